"""Shared fixtures. Tests run headless: Qt uses the offscreen platform, user data goes to a temp folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (building the bundle and the installers) run only when asked for with
    ``-m slow``; .ci/run does so after the normal run."""
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="slow: builds the bundle and the .deb (minutes); run with "
                                   "uv run --group packaging pytest -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's backups, logs and default database out of the real user data folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("EFFEKTMAALING_DATA_DIR", str(folder))
    monkeypatch.delenv("EFFEKTMAALING_DB", raising=False)
    from effektmaaling.domain.i18n import set_language

    set_language("da")
    return folder


# --- databases: an SQLite file, and (in the folders of PG_FOLDERS) the same on PostgreSQL ------------

# The tests in these folders that use the ``workspace``, ``demo_workspace``, ``demo_db`` or
# ``demo_db_template`` fixtures run twice: on an SQLite file and on a shared PostgreSQL database (the
# ``backend`` parameter). EFFEKTMAALING_TEST_PG=0 runs them on SQLite only.
PG_FOLDERS = {"storage", "services", "analysis", "reports", "io"}

# Tests of those folders that stay on SQLite, and why (they test the file itself).
SQLITE_ONLY: dict[str, str] = {
    "test_every_entity_round_trips": "opens and reopens a database file",
    "test_rejected_changes_leave_the_file_unchanged": "compares the bytes of the SQLite file",
    "test_demo_is_identical_across_runs": "compares two demo files byte for byte",
    "test_demo_refuses_to_overwrite_without_force": "a file that exists",
    "test_bulk_rows_are_stored_exactly_like_orm_rows": "reads SQLite's storage classes (tests/shared has the "
                                                       "PostgreSQL counterpart)",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    if (folder in PG_FOLDERS and os.environ.get("EFFEKTMAALING_TEST_PG", "1") != "0"
            and metafunc.definition.originalname not in SQLITE_ONLY):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: which back-end the database fixtures give."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_templates(request: pytest.FixtureRequest):
    """On the test cluster: an admin login, a set-up empty template database and a demo template (both
    never opened by a test, so that CREATE DATABASE … TEMPLATE can copy them), and a read-only demo copy."""
    cluster = request.getfixturevalue("pg_cluster")
    from effektmaaling.services.demo import write_demo
    from effektmaaling.storage.postgres import setup_database

    empty = cluster.create_database("tpl_empty")
    setup_database(cluster.url(empty))
    demo = cluster.create_database("tpl_demo", template=empty)
    write_demo(cluster.url(demo))
    shared_demo = cluster.create_database("demo", template=demo)
    admin = "effekt_test_admin"
    cluster.create_login(admin, "pw-admin")
    cluster.execute(f"GRANT effektmaaling_admin TO {admin}")
    return {"cluster": cluster, "empty": empty, "demo": demo, "shared_demo": shared_demo, "admin": admin}


def _pg_url(tpl: dict, dbname: str) -> str:
    """The URL of the test administrator's login (a member of effektmaaling_admin, not the owner: the
    row-level security policies apply to it)."""
    return tpl["cluster"].url(dbname, tpl["admin"], "pw-admin")


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory, backend: str, request: pytest.FixtureRequest):
    """The demo database, written once per test session (copy it before changing it): a file, or on
    PostgreSQL a database's URL."""
    if backend == "postgresql":
        tpl = request.getfixturevalue("pg_templates")
        return _pg_url(tpl, tpl["shared_demo"])
    from effektmaaling.services.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo_db(demo_db_template, tmp_path: Path, backend: str, request: pytest.FixtureRequest):
    """A private copy of the demo database that a test may change (a file, or a PostgreSQL URL)."""
    if backend == "postgresql":
        tpl = request.getfixturevalue("pg_templates")
        name = tpl["cluster"].create_database("demo", template=tpl["demo"])
        request.addfinalizer(lambda: tpl["cluster"].drop_database(name))
        return _pg_url(tpl, name)
    from effektmaaling.storage import backup_file

    return backup_file(demo_db_template, tmp_path / "demo.db")


@pytest.fixture
def workspace(tmp_path: Path, backend: str, request: pytest.FixtureRequest):
    """An empty database: a file in a temp folder, or a new PostgreSQL database."""
    from effektmaaling.services import Workspace

    if backend == "postgresql":
        tpl = request.getfixturevalue("pg_templates")
        name = tpl["cluster"].create_database("ws", template=tpl["empty"])
        request.addfinalizer(lambda: tpl["cluster"].drop_database(name))
        ws = Workspace.open(_pg_url(tpl, name))
    else:
        ws = Workspace.open(tmp_path / "test.db")
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(demo_db):
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


@pytest.fixture(autouse=True)
def _no_window_left_for_the_next_test():
    """After a test that used Qt: let its background jobs end (up to 10 s) and close message boxes it left
    open (a lasting import summary, a notice), so the next test's "the dialog that opened" and "no job
    running" are about that test alone. Nothing here asserts: a test checks its own outcome."""
    yield
    import sys
    import time

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None:
        return
    background = sys.modules.get("effektmaaling.ui.background")
    deadline = time.monotonic() + 10
    while background is not None and not background.idle() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for w in app.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()
    app.processEvents()
