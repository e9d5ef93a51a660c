"""Files that are not what they claim, read-only files and folders, a full disk: a clear message,
and nothing half-written."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.storage import locking
from effektmaaling.storage.locking import lock_path


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@pytest.fixture
def filled(tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "data.db")
    trial = ws.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Antal", bottom_line="productivity")
    ws.add_measurement(ind.id, date=dt.date(2014, 1, 31), value=3.0)
    yield ws
    ws.close()


def test_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "målinger.xlsx.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="ikke en SQLite-fil"):
        Workspace.open(path)
    assert path.read_bytes() == before and _leftovers(path) == []


def test_newer_schema_is_refused_and_not_migrated_down(tmp_path: Path) -> None:
    path = tmp_path / "data.db"
    Workspace.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StorageError, match="nyere version") as info:
            Workspace.open(path, readonly=readonly)
        assert "Update the program" in info.value.text("en")
    assert path.read_bytes() == before
    assert not lock_path(path).exists()


def test_readonly_opening_refuses_writes_with_a_clear_message(filled: Workspace) -> None:
    path = filled.path
    filled.close()
    before = _dump(path)
    ws = Workspace.open(path, readonly=True)
    try:
        trial = ws.trials()[0]
        with pytest.raises(StorageError, match="skrivebeskyttet"):
            ws.update_trial(trial.id, purpose="ny")
    finally:
        ws.close()
    assert _dump(path) == before


def _fail_commit(ws: Workspace, monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    """Make SQLite's COMMIT fail as it does on a read-only medium or a full disk."""
    def failing_commit(dbapi_connection: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(ws.db.engine.dialect, "do_commit", failing_commit)


@pytest.mark.parametrize(("error", "expected_da", "expected_en"), [
    ("attempt to write a readonly database", "skrivebeskyttet; ændringen blev ikke gemt", "read-only"),
    ("database or disk is full", "Disken er fuld; ændringen blev ikke gemt", "disk is full"),
])
def test_injected_commit_failures_change_nothing(filled: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                 error: str, expected_da: str, expected_en: str) -> None:
    ind = filled.indicators(filled.trials()[0].id)[0]
    before = _dump(filled.path)
    _fail_commit(filled, monkeypatch, error)
    with pytest.raises(StorageError) as info:
        filled.add_measurement(ind.id, date=dt.date(2014, 2, 28), value=4.0)
    assert expected_da in info.value.text("da") and expected_en in info.value.text("en")
    with pytest.raises(StorageError):
        filled.upsert_measurements(ind.id, [{"date": dt.date(2014, 3, 31), "value": 1.0},
                                            {"date": dt.date(2014, 4, 30), "value": 2.0}])
    monkeypatch.undo()
    assert _dump(filled.path) == before
    assert [m.value for m in filled.measurements(ind.id)] == [3.0]


def test_readonly_folder_refuses_a_writable_opening_clearly(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom chmod does not block writing; inject what the OS says instead.
    path = tmp_path / "data.db"
    Workspace.open(path).close()
    before = path.read_bytes()
    real_open = open

    def readonly_folder_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if "w" in mode and str(file).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(locking, "open", readonly_folder_open, raising=False)
    with pytest.raises(StorageError, match="skrivebeskyttet") as info:
        Workspace.open(path)
    assert "read-only" in info.value.text("en")
    monkeypatch.undo()
    assert path.read_bytes() == before and _leftovers(path) == []
    Workspace.open(path, readonly=True).close()  # the suggested way out works


@contextlib.contextmanager
def _small_file_system(where: Path, size_kb: int) -> Iterator[Path]:
    where.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs Linux and root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_real_full_disk(tmp_path: Path) -> None:
    with _small_file_system(tmp_path / "small", 192) as folder:
        path = folder / "data.db"
        ws = Workspace.open(path)
        try:
            trial = ws.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
            ind = ws.create_indicator(trial.id, name="Antal", bottom_line="productivity")
            saved: list[dt.date] = []
            day = dt.date(2014, 1, 1)
            with pytest.raises(StorageError) as info:
                for _ in range(5000):
                    day += dt.timedelta(days=1)
                    ws.add_measurement(ind.id, date=day, value=1.0, comment="x" * 400)
                    saved.append(day)
            assert "Disken er fuld" in info.value.text("da")
            assert [m.date for m in ws.measurements(ind.id)] == saved  # the failed write left nothing
        finally:
            ws.close()
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == len(saved)
        finally:
            con.close()
