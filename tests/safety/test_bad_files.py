"""Files that are not what they claim, read-only files and folders, a full disk: each gets a clear
message, and nothing is half-written (the file is byte-for-byte unchanged, no debris beside it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.storage import ReadOnlyLocationError
from effektmaaling.storage.backups import list_backups

from .fs_helpers import read_only_file, read_only_folder, small_filesystem


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_db(path: Path, trials: int = 1) -> Path:
    ws = Workspace.open(path)
    for i in range(trials):
        ws.create_trial(name=f"Forsøg {i + 1}", start_date=dt.date(2014, 1, 1))
    ws.close()
    return path


def _other_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT)")
    con.execute("INSERT INTO kunder (navn) VALUES ('x')")
    con.commit()
    con.close()


def _damaged(path: Path) -> None:
    make_db(path)
    data = bytearray(path.read_bytes())
    data[100:4096 * 3] = b"\xa5" * (4096 * 3 - 100)  # header intact, schema pages overwritten
    path.write_bytes(bytes(data))


def _newer_schema(path: Path) -> None:
    make_db(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()


CASES = {
    "text": (lambda p: p.write_text("Dette er et brev, ikke en database.\n", encoding="utf-8"),
             "ikke en SQLite-fil"),
    "pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)) * 20),
            "ikke en SQLite-fil"),
    "other_sqlite": (_other_sqlite, "SQLite-fil, men ikke en Effektmåling-database"),
    "damaged": (_damaged, "beskadiget"),
    "newer_schema": (_newer_schema, "nyere version af Effektmåling (skema 0099_from_the_future)"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("readonly", [False, True])
def test_file_that_is_not_what_it_claims_is_refused_unchanged(tmp_path, case, readonly, _isolated_user_data):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "effekt.db"
    make, expected = CASES[case]
    make(path)
    before, files = digest(path), listing(folder)
    with pytest.raises(StorageError) as err:
        Workspace.open(path, readonly=readonly)
    assert expected in err.value.text("da"), err.value.text("da")
    assert "effekt.db" in err.value.text("da")
    assert digest(path) == before
    assert listing(folder) == files  # no lock file, -wal, -shm or journal left behind
    assert not list(_isolated_user_data.rglob("*.db"))  # nor a backup or migration of it


def test_newer_schema_is_not_migrated_down(tmp_path):
    path = tmp_path / "future.db"
    _newer_schema(path)
    with pytest.raises(StorageError) as err:
        Workspace.open(path)
    assert "Opdatér programmet; filen er ikke ændret." in err.value.text("da")
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099_from_the_future",)
    con.close()


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(StorageError, match="er en mappe, ikke en databasefil"):
        Workspace.open(tmp_path)


def test_read_only_folder(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    make_db(folder / "effekt.db", trials=2)
    with read_only_folder(folder) as ro:
        path = ro / "effekt.db"
        before, files = digest(path), listing(ro)
        with pytest.raises(ReadOnlyLocationError) as err:
            Workspace.open(path)
        assert err.value.folder and str(ro) in err.value.text("da") and "skrivebeskyttet" in err.value.text("da")
        ws = Workspace.open(path, readonly=True)  # what the message offers
        try:
            assert len(ws.trials()) == 2
            with pytest.raises(StorageError, match="åbnet skrivebeskyttet"):
                ws.create_trial(name="Ny", start_date=dt.date(2014, 1, 1))
        finally:
            ws.close()
        assert digest(path) == before and listing(ro) == files


def test_read_only_file(tmp_path):
    path = make_db(tmp_path / "effekt.db", trials=1)
    with read_only_file(path) as ro:
        before = digest(ro)
        with pytest.raises(ReadOnlyLocationError) as err:
            Workspace.open(ro)
        assert not err.value.folder and "Databasefilen" in err.value.text("da")
        assert not (tmp_path / "effekt.db.lock").exists()
        ws = Workspace.open(ro, readonly=True)
        try:
            assert [t.name for t in ws.trials()] == ["Forsøg 1"]
        finally:
            ws.close()
        assert digest(ro) == before


def _fill_until_full(ws: Workspace, indicator_id, start: dt.date) -> tuple[StorageError, int]:
    """Add batches of 100 measurements until the disk is full; returns the error and rows stored."""
    stored, day = 0, start
    for _ in range(10_000):
        rows = [{"date": day + dt.timedelta(days=i), "value": 1.0, "comment": "x" * 300} for i in range(100)]
        try:
            ws.upsert_measurements(indicator_id, rows)
        except StorageError as exc:
            return exc, stored
        stored += 100
        day += dt.timedelta(days=100)
    raise AssertionError("the disk never filled up")


def _assert_sound(path: Path, rows: int) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == rows
    finally:
        con.close()


def test_full_disk_injected_at_sqlite_level(tmp_path):
    """SQLite's own 'database or disk is full' (max_page_count reached), for any user on any system."""
    path = tmp_path / "full.db"
    ws = Workspace.open(path)
    trial = ws.create_trial(name="Fuld disk", start_date=dt.date(1990, 1, 1))
    ind = ws.create_indicator(trial.id, name="I", bottom_line="service")
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(ws.db.engine, "connect")
    def _limit(dbapi_conn, _rec):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 300}")

    ws.db.engine.dispose()
    err, stored = _fill_until_full(ws, ind.id, dt.date(1990, 1, 2))
    assert "Disken er fuld; ændringen blev ikke gemt" in err.text("da") and "disk is full" in err.text("en")
    assert stored > 0
    assert sum(1 for _ in ws.measurements(ind.id)) == stored  # the failed batch left nothing behind
    ws.close()
    _assert_sound(path, stored)


def test_full_disk_on_a_real_small_file_system(tmp_path):
    with small_filesystem(tmp_path / "small", 768) as fs:
        path = fs / "full.db"
        ws = Workspace.open(path, backup_dir=fs / "backups")
        trial = ws.create_trial(name="Fuld disk", start_date=dt.date(1990, 1, 1))
        ind = ws.create_indicator(trial.id, name="I", bottom_line="service")
        err, stored = _fill_until_full(ws, ind.id, dt.date(1990, 1, 2))
        assert "Disken er fuld" in err.text("da")
        assert len(ws.measurements(ind.id)) == stored
        # A backup onto the full disk fails clearly and leaves no half-written copy.
        with pytest.raises(StorageError, match="Disken er fuld; sikkerhedskopien"):
            ws.backup_before("merge")
        ws.close()
        _assert_sound(path, stored)
        # (the last commits may still be in full.db-wal: the checkpoint needs room the disk has not got)
        assert {p.name for p in fs.iterdir()} <= {"backups", "full.db", "full.db-wal", "full.db-shm"}
        assert not list(fs.rglob("*.part*"))


def test_new_database_on_a_full_disk_leaves_no_file(tmp_path):
    with small_filesystem(tmp_path / "tiny", 40) as fs:
        (fs / "filler").write_bytes(b"\0" * (36 * 1024))
        with pytest.raises(StorageError) as err:
            Workspace.open(fs / "new.db")
        assert "fuld" in err.value.text("da")
        assert sorted(p.name for p in fs.iterdir()) == ["filler"]


def test_daily_backup_failing_does_not_stop_opening(tmp_path):
    path = make_db(tmp_path / "effekt.db")
    with small_filesystem(tmp_path / "backups", 16):
        ws = Workspace.open(path, backup_dir=tmp_path / "backups")
        try:
            assert any("Dagens sikkerhedskopi kunne ikke laves" in w.da for w in ws.warnings)
            assert list_backups(path, folder=tmp_path / "backups") == []
            assert not list((tmp_path / "backups").iterdir())  # no .part debris
        finally:
            ws.close()
