"""Another program changed the file's schema: ``check`` names everything foreign or missing, and a file
with a foreign trigger is opened read-only, so the trigger cannot delete data on the next import."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from effektmaaling.services import Workspace
from effektmaaling.storage.schema_check import expected_schema


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env={**os.environ}, timeout=120)


def count_measurements(db) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM measurements").fetchone()[0]
    finally:
        con.close()


def test_a_clean_file_has_exactly_the_programs_schema(demo_db):
    r = run_cli("--db", str(demo_db), "check", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["ok"] is True
    want = expected_schema()
    assert {"trials", "indicators", "measurements", "alembic_version"} <= set(want.tables)
    assert not want.triggers and not want.views


def test_check_reports_every_foreign_object(demo_db):
    any_index = sorted(expected_schema().indexes)[0]
    con = sqlite3.connect(demo_db)
    con.executescript(f"""
        CREATE TRIGGER wipe AFTER INSERT ON measurements
        BEGIN DELETE FROM measurements WHERE indicator_id = NEW.indicator_id AND id != NEW.id; END;
        CREATE VIEW oversigt AS SELECT name FROM trials;
        CREATE INDEX ix_fremmed ON measurements(comment);
        CREATE TABLE noter (id INTEGER PRIMARY KEY, tekst TEXT);
        ALTER TABLE trials ADD COLUMN hemmelig TEXT;
        DROP INDEX {any_index};
    """)
    con.close()
    r = run_cli("--db", str(demo_db), "check")
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    assert "Fremmed trigger »wipe« på tabellen measurements" in out
    assert "Fremmed view »oversigt«" in out
    assert "Fremmed indeks »ix_fremmed«" in out
    assert "Fremmed tabel »noter«" in out
    assert "Tabellen trials har fremmede kolonner: hemmelig" in out
    assert f"Indekset »{any_index}«" in out and "mangler" in out
    assert "Ingen fejl fundet" not in out


def test_a_foreign_trigger_makes_the_file_read_only(demo_db, tmp_path):
    from effektmaaling.services.exchange import export_trial

    ws = Workspace.open(demo_db)
    export_trial(ws, ws.find_trial("FriNoVa").id, tmp_path / "f.json")
    ws.close()
    con = sqlite3.connect(demo_db)
    con.execute("CREATE TRIGGER wipe AFTER UPDATE ON measurements BEGIN DELETE FROM measurements; END")
    con.commit()
    con.close()
    before = count_measurements(demo_db)

    ws = Workspace.open(demo_db)
    try:
        assert ws.readonly and "wipe" in ws.warnings[0].da and "skrivebeskyttet" in ws.warnings[0].da
    finally:
        ws.close()
    r = run_cli("--db", str(demo_db), "import-trial", str(tmp_path / "f.json"), "--prefer", "theirs")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "wipe" in r.stderr
    assert count_measurements(demo_db) == before
