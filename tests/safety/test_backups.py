"""Automatic backups: the day's first opening, before a migration or merge; 10 daily + 4 weekly kept;
listing with date, size and trials; restore after a check, with the current file backed up first."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.services.backups import backup_folder, list_backups, restore_backup
from effektmaaling.storage import DatabaseInUseError, open_database
from effektmaaling.storage.backups import KEEP_DAILY, KEEP_WEEKLY, daily_backup, make_backup, prune
from effektmaaling.storage.database import all_revisions

from .test_migrations_helpers import write_at_revision


def trial_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM trials"))
    finally:
        con.close()


def add_trial(ws: Workspace, name: str) -> None:
    ws.create_trial(name=name, start_date=dt.date(2014, 1, 1))


def test_first_opening_of_the_day_makes_one_backup_in_the_user_data(tmp_path, _isolated_user_data):
    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)  # a new file has nothing to back up
    add_trial(ws, "A")
    ws.close()
    assert list_backups(path) == []
    for name in ("B", "C"):
        ws = Workspace.open(path)
        add_trial(ws, name)
        ws.close()
    backups = list_backups(path)
    assert [(b.reason, b.trial_count) for b in backups] == [("daily", 1)]  # once a day, before B was added
    folder = backup_folder(path)
    assert folder.parent == _isolated_user_data / "backups" and folder.name.startswith("effekt-")
    assert backups[0].size == backups[0].path.stat().st_size > 0
    assert abs(dt.datetime.now() - backups[0].taken_at) < dt.timedelta(minutes=2)
    ro = Workspace.open(path, readonly=True)  # read-only opening makes none
    ro.close()
    assert len(list_backups(path)) == 1


def test_two_databases_with_the_same_name_keep_separate_backups(tmp_path):
    a, b = tmp_path / "a" / "effekt.db", tmp_path / "b" / "effekt.db"
    for p, n in ((a, 1), (b, 2)):
        p.parent.mkdir()
        ws = Workspace.open(p)
        for i in range(n):
            add_trial(ws, f"T{i}")
        ws.close()
        Workspace.open(p).close()
    assert backup_folder(a) != backup_folder(b)
    assert [x.trial_count for x in list_backups(a)] == [1] and [x.trial_count for x in list_backups(b)] == [2]


def test_daily_is_keyed_by_date(tmp_path):
    path = tmp_path / "x.db"
    Workspace.open(path).close()
    folder = tmp_path / "bk"
    day1 = dt.datetime(2014, 3, 3, 9, 0)
    assert daily_backup(path, folder=folder, now=day1) is not None
    assert daily_backup(path, folder=folder, now=day1.replace(hour=17)) is None
    assert daily_backup(path, folder=folder, now=day1 + dt.timedelta(days=1)) is not None


def test_retention_keeps_10_daily_and_4_weekly(tmp_path):
    path = tmp_path / "x.db"
    Workspace.open(path).close()
    folder = tmp_path / "bk"
    start = dt.datetime(2014, 1, 1, 8, 0)  # a Wednesday
    for day in range(90):
        daily_backup(path, folder=folder, now=start + dt.timedelta(days=day))
    for i in range(12):
        make_backup(path, "before-merge", folder=folder, now=start + dt.timedelta(days=i, hours=3))
    kept = list_backups(path, folder=folder)
    daily = [b.taken_at.date() for b in kept if b.daily]
    last = (start + dt.timedelta(days=89)).date()
    assert daily[:KEEP_DAILY] == [last - dt.timedelta(days=i) for i in range(KEEP_DAILY)]
    older = daily[KEEP_DAILY:]
    weeks = {d.isocalendar()[:2] for d in daily}
    assert len(weeks) == KEEP_WEEKLY and len(older) <= KEEP_WEEKLY
    assert all(d > last - dt.timedelta(weeks=KEEP_WEEKLY + 1) for d in older)
    assert len([b for b in kept if b.reason.startswith("before-merge")]) == 10
    assert prune(path, folder=folder) == []  # stable
    assert not list(folder.glob("*.part"))


def test_backup_before_merge_is_consistent_while_another_connection_writes(tmp_path):
    path = tmp_path / "x.db"
    ws = Workspace.open(path)
    add_trial(ws, "Committed")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN")
    other.execute("UPDATE trials SET name = 'Uncommitted'")
    try:
        backup = ws.backup_before("merge")
    finally:
        other.execute("ROLLBACK")
        other.close()
    ws.close()
    assert backup.name.endswith("-before-merge.db") and backup.parent == backup_folder(path)
    assert trial_names(backup) == ["Committed"]
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()


@pytest.mark.skipif(len(all_revisions()) < 2, reason="needs an older revision to migrate from")
def test_migration_backup_uses_the_same_folder_and_names(tmp_path):
    path = tmp_path / "old.db"
    write_at_revision(path, all_revisions()[0])
    db = open_database(path)
    db.close()
    assert db.migration.backup.parent == backup_folder(path)
    assert [b.reason for b in list_backups(path)] == [f"before-migration-{all_revisions()[0]}"]


def test_restore_replaces_content_after_backing_up_the_current_file(tmp_path):
    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    add_trial(ws, "A")
    ws.close()
    ws = Workspace.open(path)  # daily backup: A
    add_trial(ws, "B")
    with pytest.raises(DatabaseInUseError):  # not while it is open
        restore_backup(list_backups(path)[0].path, path)
    ws.close()
    daily = list_backups(path)[0]
    before = restore_backup(daily.path, path)
    assert before is not None and before.name.endswith("-before-restore.db") and trial_names(before) == ["A", "B"]
    ws = Workspace.open(path)
    try:
        assert [t.name for t in ws.trials()] == ["A"]
        add_trial(ws, "C")  # the restored file works normally
    finally:
        ws.close()
    assert sorted(b.reason for b in list_backups(path)) == ["before-restore", "daily"]


def test_damaged_backup_is_not_restored(tmp_path):
    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    add_trial(ws, "A")
    ws.close()
    backup = make_backup(path, "manual")
    data = bytearray(backup.read_bytes())
    data[4096:8192] = b"\x5a" * 4096
    backup.write_bytes(bytes(data))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="beskadiget og blev ikke gendannet"):
        restore_backup(backup, path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert [b.reason for b in list_backups(path)] == ["manual"]  # no before-restore copy either


def test_backup_from_a_newer_program_is_not_restored(tmp_path):
    path = tmp_path / "effekt.db"
    Workspace.open(path).close()
    backup = make_backup(path, "manual")
    con = sqlite3.connect(backup)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="nyere version"):
        restore_backup(backup, path)


def test_merge_from_an_exchange_file_is_preceded_by_a_backup(tmp_path):
    from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file

    path = tmp_path / "effekt.db"
    ws = Workspace.open(path, daily_backup=False)
    try:
        trial = ws.create_trial(name="Delt", start_date=dt.date(2014, 1, 1), purpose="Før")
        export_trial(ws, trial.id, tmp_path / "delt.json")
        doc = json.loads((tmp_path / "delt.json").read_text(encoding="utf-8"))
        doc["trial"]["purpose"] = "Der"  # changed elsewhere (by hand)
        (tmp_path / "delt.json").write_text(json.dumps(doc), encoding="utf-8")
        ws.update_trial(trial.id, purpose="Her")
        assert list_backups(path) == []
        import_trial(ws, read_exchange_file(tmp_path / "delt.json"), prefer="theirs")  # same id: a merge
    finally:
        ws.close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before-merge"]
    con = sqlite3.connect(backups[0].path)
    assert con.execute("SELECT purpose FROM trials").fetchall() == [("Her",)]  # the state before the merge
    con.close()


def test_a_csv_import_into_a_database_with_data_is_preceded_by_a_backup(tmp_path, _isolated_user_data):
    """The backups dialog says copies are taken before imports: a CSV import made none."""
    from effektmaaling.io.measurement_rows import detect_mapping
    from effektmaaling.io.tabular import open_table
    from effektmaaling.services.importing import ImportRejected, import_measurements

    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    trial = ws.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Ventetid", bottom_line="service")
    csv_path = tmp_path / "nye.csv"
    csv_path.write_text("Dato;Værdi\n31-01-2014;5\n", encoding="utf-8")
    source = open_table(csv_path)
    first = import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id)
    assert first.backup is None  # nothing in the database yet: nothing to keep
    before = {b.path for b in list_backups(path)}

    csv_path.write_text("Dato;Værdi\n28-02-2014;6\n31-03-2014;7\n", encoding="utf-8")
    source = open_table(csv_path)
    report = import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id)
    made = [b for b in list_backups(path) if b.path not in before]
    assert [b.reason for b in made] == ["before-import"] and made[0].path == report.backup
    con = sqlite3.connect(made[0].path)  # the copy holds the database as it was before the import
    assert con.execute("SELECT COUNT(*) FROM measurements").fetchone()[0] == 1
    con.close()
    assert len(ws.measurements(ind.id)) == 3

    # a rejected import leaves no copy behind
    csv_path.write_text("Dato;Værdi\n30-04-2014;tolv\n", encoding="utf-8")
    source = open_table(csv_path)
    with pytest.raises(ImportRejected):
        import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id)
    assert len(list_backups(path)) == len(before) + 1
    ws.close()
    from effektmaaling.ui.backups_dialog import reason_label

    assert reason_label("before-import") == "Før import af målinger"


def test_a_cancelled_backup_leaves_nothing_and_the_day_still_gets_its_backup(demo_db, tmp_path, monkeypatch):
    import os
    import time

    from effektmaaling.storage import backups

    monkeypatch.setattr(backups, "BACKUP_STEP_PAGES", 4)
    folder = tmp_path / "kopier"
    asked = []

    def cancel_on_third_look() -> bool:
        asked.append(1)
        assert list(folder.glob("*.part"))  # the copy goes to a part file
        return len(asked) >= 3

    with pytest.raises(backups.BackupCancelled):
        daily_backup(demo_db, folder=folder, cancelled=cancel_on_third_look)
    assert len(asked) == 3 and list(folder.iterdir()) == []
    # a part file left by a program that ended mid-copy an hour ago goes; a fresh one (a copy running in
    # another program) stays
    old, fresh = folder / "demo-20140101-000000-daily.db.part", folder / "demo-20140102-000000-daily.db.part"
    old.write_bytes(b"half"), fresh.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    made = daily_backup(demo_db, folder=folder, cancelled=lambda: False)
    assert made is not None and made.exists() and trial_names(made) == trial_names(demo_db)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, fresh.name])
