"""Shared fixtures. Tests run headless: Qt uses the offscreen platform, user data goes to a temp folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's backups, logs and default database out of the real user data folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("EFFEKTMAALING_DATA_DIR", str(folder))
    monkeypatch.delenv("EFFEKTMAALING_DB", raising=False)
    from effektmaaling.domain.i18n import set_language

    set_language("da")
    return folder


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once per test session (copy it before changing it)."""
    from effektmaaling.services.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo_db(demo_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database that a test may change."""
    from effektmaaling.storage import backup_file

    return backup_file(demo_db_template, tmp_path / "demo.db")


@pytest.fixture
def workspace(tmp_path: Path):
    """An empty database in a temp folder."""
    from effektmaaling.services import Workspace

    ws = Workspace.open(tmp_path / "test.db")
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(demo_db: Path):
    from effektmaaling.services import Workspace

    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


# --- PostgreSQL (the shared database) --------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the whole test session (tests/pg_cluster.py), removed afterwards.

    Skipped, with the reason, where PostgreSQL is not installed; where it is installed but cannot start,
    the tests fail under CI (``CI=true``) and are skipped elsewhere."""
    from pg_cluster import ClusterUnavailable, find_bin_dir, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        if os.environ.get("CI") == "true" and find_bin_dir() is not None:
            pytest.fail(f"PostgreSQL is installed but the test cluster could not start: {exc}")
        pytest.skip(f"no PostgreSQL for the shared-database tests: {exc}")
    yield cluster
    cluster.remove()


@pytest.fixture
def pg_database(pg_cluster):
    """A new, empty database in the test cluster (dropped afterwards); yields its name."""
    name = pg_cluster.create_database()
    yield name
    pg_cluster.drop_database(name)
