"""``setup`` creates and migrates the shared database's schema (the same Alembic revisions as a file) and
its access rules, again and again; the program refuses a database that is not set up; the password comes
from the operating system's keyring."""

from __future__ import annotations

import subprocess
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend

from effektmaaling.domain.errors import StorageError
from effektmaaling.services import Workspace
from effektmaaling.storage.database import HEAD_REVISION


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True, timeout=120)


def test_setup_creates_the_schema_and_can_run_again(pg_cluster, pg_database):
    url = pg_cluster.url(pg_database)
    r = run_cli("--db", url, "setup")
    assert r.returncode == 0, r.stderr
    assert f"skema tom → {HEAD_REVISION}" in r.stdout
    assert pg_cluster.password not in r.stdout  # the URL is shown without its password
    r = run_cli("--db", url, "setup")
    assert r.returncode == 0, r.stderr
    assert f"skema {HEAD_REVISION} → {HEAD_REVISION}" in r.stdout
    rls = dict(pg_cluster.execute("SELECT relname, relrowsecurity FROM pg_class WHERE relname IN "
                                  "('trials','indicators','measurements','milestones','assessments','change_log',"
                                  "'sync_state','trial_members')", pg_database))
    assert len(rls) == 8 and all(rls.values())
    r = run_cli("--db", url, "check")
    assert r.returncode == 0, r.stderr
    assert f"Skemaversion: {HEAD_REVISION}" in r.stdout and pg_cluster.password not in r.stdout


def test_a_database_not_set_up_is_refused_with_what_to_do(pg_cluster, pg_database):
    with pytest.raises(StorageError) as err:
        Workspace.open(pg_cluster.url(pg_database))
    assert "setup" in err.value.text("da") and "ikke sat op" in err.value.text("da")


def test_wrong_password_and_missing_database_are_one_sentence(pg_cluster, pg_database):
    with pytest.raises(StorageError) as err:
        Workspace.open(pg_cluster.url(pg_database, "postgres", "wrong"))
    assert "forkert brugernavn eller adgangskode" in err.value.text("da")
    with pytest.raises(StorageError) as err:
        Workspace.open(pg_cluster.url("no_such_db"))
    assert "findes ikke" in err.value.text("da")


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def test_the_password_comes_from_the_keyring(pg_cluster, pg_database, monkeypatch):
    from effektmaaling.storage.postgres import forget_password, remember_password, setup_database

    setup_database(pg_cluster.url(pg_database))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        bare = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/{pg_database}"
        with pytest.raises(StorageError):
            Workspace.open(bare)
        remember_password(bare, pg_cluster.password)
        assert list(ring.store.values()) == [pg_cluster.password]
        ws = Workspace.open(bare)
        assert ws.location == bare and ws.db.login == "postgres"
        ws.close()
        forget_password(bare)
        assert ring.store == {}
    finally:
        keyring.set_keyring(previous)
