"""Backups on real files: the daily copy, the copy before a merge and a migration, retention with a
faked clock, listing, and restoring (with the current file backed up first)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from effektmaaling import paths
from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.services import backups as b
from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def _trial_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM trials"))
    finally:
        con.close()


def _make_db(path: Path, *names: str) -> Path:
    ws = Workspace.open(path)
    try:
        for name in names:
            ws.create_trial(name=name, start_date=dt.date(2014, 1, 1))
    finally:
        ws.close()
    return path


def test_opening_makes_one_daily_backup_per_day(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "data.db", "A", "B")
    assert b.list_backups(db) == []  # a new file has nothing to protect
    Workspace.open(db).close()
    Workspace.open(db).close()
    copies = b.list_backups(db)
    assert len(copies) == 1
    assert copies[0].reason == "daily" and copies[0].trials == 2 and copies[0].size > 0
    assert copies[0].path.parent == paths.backups_dir()
    assert _trial_names(copies[0].path) == ["A", "B"]
    Workspace.open(db, readonly=True).close()
    assert len(b.list_backups(db)) == 1


def test_daily_backup_follows_the_clock(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "data.db", "A")
    clock = Clock(dt.datetime(2014, 3, 1, 9, 0))
    assert b.daily_backup(db, now=clock) is not None
    clock.now = dt.datetime(2014, 3, 1, 17, 0)
    assert b.daily_backup(db, now=clock) is None
    clock.now = dt.datetime(2014, 3, 2, 8, 0)
    assert b.daily_backup(db, now=clock) is not None
    other = _make_db(tmp_path / "other.db", "X")
    assert b.daily_backup(other, now=clock) is not None  # decided per database
    assert len(b.list_backups(db)) == 2 and len(b.list_backups(other)) == 1


def test_retention_keeps_ten_days_and_four_weeks(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "data.db", "A")
    folder = tmp_path / "backups"
    clock = Clock(dt.datetime(2014, 1, 1, 10, 0))
    for _ in range(70):  # 70 days, one opening a day, plus a merge now and then
        b.daily_backup(db, folder=folder, now=clock)
        if clock.now.day % 7 == 0:
            clock.now += dt.timedelta(hours=1)
            b.backup_now(db, "before-merge", folder=folder, now=clock)
        clock.now += dt.timedelta(days=1)
    kept = b.list_backups(db, folder=folder)
    days = sorted({e.created.date() for e in kept})
    last = dt.date(2014, 3, 11)
    recent = [d for d in days if d > last - dt.timedelta(days=10)]
    assert recent == [last - dt.timedelta(days=i) for i in range(9, -1, -1)]
    older = [e for e in kept if e.created.date() <= last - dt.timedelta(days=10)]
    assert len(older) == 4
    assert len({e.created.isocalendar()[:2] for e in older}) == 4
    # both copies of a recent merge day are kept
    assert sum(1 for e in kept if e.created.date() == dt.date(2014, 3, 7)) == 2
    assert len(list(folder.iterdir())) == len(kept)


def test_restore_checks_the_copy_and_backs_up_the_current_file(tmp_path: Path) -> None:
    db = _make_db(tmp_path / "data.db", "A")
    folder = tmp_path / "backups"
    clock = Clock(dt.datetime(2014, 5, 1, 9, 0))
    b.backup_now(db, "daily", folder=folder, now=clock)
    ws = Workspace.open(db, daily_backup=False)
    ws.create_trial(name="B", start_date=dt.date(2014, 1, 1))
    ws.close()
    entry = b.list_backups(db, folder=folder)[0]
    clock.now += dt.timedelta(hours=2)
    before = b.restore_backup(entry, db, folder=folder, now=clock)
    assert _trial_names(db) == ["A"]
    assert _trial_names(before) == ["A", "B"] and "before-restore" in before.name
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    ws = Workspace.open(db)  # the restored file opens and is writable
    ws.create_trial(name="C", start_date=dt.date(2014, 1, 1))
    ws.close()

    damaged = folder / "data-20140501-120000-daily.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    state = db.read_bytes()
    with pytest.raises(StorageError, match="beskadiget"):
        b.restore_backup(damaged, db, folder=folder, now=clock)
    assert db.read_bytes() == state


def test_merge_and_migration_back_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _make_db(tmp_path / "src.db", "Fælles")
    ws = Workspace.open(src)
    exchange = tmp_path / "x.json"
    export_trial(ws, ws.find_trial("Fælles").id, exchange)
    ws.close()
    dest = _make_db(tmp_path / "dest.db", "Eget")
    ws = Workspace.open(dest, daily_backup=False)
    import_trial(ws, read_exchange_file(exchange))
    ws.close()
    copies = b.list_backups(dest)
    assert [c.reason for c in copies] == ["before-merge"]
    assert _trial_names(copies[0].path) == ["Eget"]
    assert _trial_names(dest) == ["Eget", "Fælles"]

    # a file at the first schema revision is copied into the same folder, same naming, before upgrading
    old = tmp_path / "old.db"
    from alembic import command

    from effektmaaling.storage.database import alembic_config, all_revisions

    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{old}")
    command.upgrade(cfg, all_revisions()[0])
    Workspace.open(old, daily_backup=False).close()
    reasons = [c.reason for c in b.list_backups(old)]
    assert reasons == [f"before-migration-{all_revisions()[0]}"]
