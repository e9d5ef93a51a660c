"""Restoring over a damaged database file -- the case a restore is most needed for, and one the program
cannot open: from the command line, as a real process; the damaged bytes are moved aside, not lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.services.backups import list_backups, restore_backup


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=120)


def _make(path: Path) -> Path:
    ws = Workspace.open(path)
    ws.create_trial(name="FriNoVa", start_date=dt.date(2014, 1, 1))
    ws.close()
    Workspace.open(path).close()  # the day's backup
    return path


def test_cli_restores_over_a_damaged_file_and_keeps_its_bytes(tmp_path: Path) -> None:
    db = _make(tmp_path / "data.db")
    garbage = b"\x00garbage, the header was overwritten" * 300
    db.write_bytes(garbage)
    with pytest.raises(StorageError):
        Workspace.open(db)
    listed = _run("--db", str(db), "backups", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [b["reason"] for b in json.loads(listed.stdout)["backups"]] == ["daily"]
    r = _run("--db", str(db), "backups", "--restore", "nyeste")
    assert r.returncode == 0, r.stderr
    assert "gendannet" in r.stdout
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [row[0] for row in con.execute("SELECT name FROM trials")] == ["FriNoVa"]
    finally:
        con.close()
    damaged = [b for b in list_backups(db) if b.reason == "damaged"]
    assert len(damaged) == 1 and damaged[0].path.read_bytes() == garbage
    ws = Workspace.open(db)  # usable again
    ws.create_trial(name="Efter gendannelse", start_date=dt.date(2014, 1, 1))
    ws.close()


def test_a_failed_restore_puts_the_damaged_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _make(tmp_path / "data.db")
    good = list_backups(db)[0].path
    garbage = b"not a database any more" * 100
    db.write_bytes(garbage)
    Path(f"{db}-wal").write_bytes(b"old wal")
    from effektmaaling.services import backups as service

    def disk_full(src: Path, dest: Path) -> None:
        raise StorageError(service.Text("Disken er fuld", "The disk is full"))

    monkeypatch.setattr(service, "restore_into", disk_full)
    with pytest.raises(StorageError, match="fuld"):
        restore_backup(good, db)
    assert db.read_bytes() == garbage and Path(f"{db}-wal").read_bytes() == b"old wal"
    assert not [b for b in list_backups(db) if b.reason == "damaged"]


def test_cli_names_a_missing_backup(tmp_path: Path) -> None:
    db = _make(tmp_path / "data.db")
    r = _run("--db", str(db), "backups", "--restore", "findes-ikke.db")
    assert r.returncode != 0 and "findes ikke" in r.stderr
    r = _run("--db", str(db), "backups")
    assert r.returncode == 0 and "daily" in r.stdout and "1 forsøg" in r.stdout
