"""``effektmaaling check --db PATH``: SQLite's integrity and foreign-key checks and the model's own
checks on a real file; findings printed, exit code 1 when there are any."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import uuid

import pytest

from effektmaaling.cli.main import main as cli_main
from effektmaaling.services import Workspace


@pytest.fixture
def db_with_data(tmp_path):
    path = tmp_path / "check.db"
    ws = Workspace.open(path)
    trial = ws.create_trial(name="Kontrol", start_date=dt.date(2014, 1, 1))
    score = ws.create_indicator(trial.id, name="Trivsel", bottom_line="staff-wellbeing", valid_min=0, valid_max=10)
    share = ws.create_indicator(trial.id, name="Andel", bottom_line="service", measure_type="proportion")
    for i, v in enumerate([2.0, 7.5, 9.5]):
        ws.add_measurement(score.id, date=dt.date(2014, 1 + i, 1), value=v)
    ws.add_measurement(share.id, date=dt.date(2014, 1, 1), numerator=3, denominator=4)
    ws.close()
    return path, score, share


def test_clean_database_exits_0(db_with_data, capsys):
    path, *_ = db_with_data
    assert cli_main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    assert "Ingen fejl fundet." in out and "1 forsøg, 2 indikatorer, 4 målinger" in out


def test_values_outside_a_changed_range_are_found(db_with_data, capsys):
    path, score, _ = db_with_data
    ws = Workspace.open(path)
    try:
        ws.update_indicator(score.id, valid_max=8)  # 9,5 is now outside
    except Exception:
        pass
    finally:
        ws.close()
    con = sqlite3.connect(path)  # whether or not the program allowed it: a range changed under the data
    con.execute("UPDATE indicators SET valid_max = 8 WHERE name = 'Trivsel'")
    con.commit()
    con.close()
    assert cli_main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "1 problem(er) fundet:" in out
    assert "Kontrol / Trivsel / 01-03-2014: værdien 9,5 ligger uden for indikatorens gyldige interval" in out


def test_numerator_above_denominator_and_orphans_are_found(db_with_data, capsys):
    path, *_ = db_with_data
    con = sqlite3.connect(path)
    con.execute("UPDATE measurements SET numerator = 5, denominator = 4")
    con.execute("PRAGMA foreign_keys = OFF")
    stored = con.execute("SELECT id FROM indicators LIMIT 1").fetchone()[0]
    orphan = uuid.uuid4().bytes if isinstance(stored, bytes) else uuid.uuid4().hex
    con.execute("UPDATE measurements SET indicator_id = ? WHERE value = 2.0", (orphan,))
    con.commit()
    con.close()
    assert cli_main(["--db", str(path), "check", "--json"]) == 1
    import json

    report = json.loads(capsys.readouterr().out)
    assert not report["ok"]
    assert any("tælleren er større end nævneren" in f for f in report["findings"])
    assert any(f.startswith("SQLite:") and "measurements" in f for f in report["findings"])


def test_damaged_pages_are_found_by_a_real_process(db_with_data):
    path, *_ = db_with_data
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'measurements'").fetchone()[0]
    con.close()
    assert root < pages
    data = bytearray(path.read_bytes())
    page = (root - 1) * 4096
    data[page + 8:page + 4096] = os.urandom(4088)  # keep the page header's type, scramble its cells
    path.write_bytes(bytes(data))
    r = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(path), "check"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert "SQLite: database disk image is malformed" in r.stdout or "SQLite: *** in database main" in r.stdout
    assert "Gendan den fra en sikkerhedskopi" in r.stdout or "problem(er) fundet" in r.stdout
