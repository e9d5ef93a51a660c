"""The command line, run as a user runs it: a real process, real files, one clear line on errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_demo_then_trials_json(tmp_path):
    db = tmp_path / "x.db"
    r = run("demo", str(db))
    assert r.returncode == 0, r.stderr
    r = run("--db", str(db), "trials", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert sorted(t["name"] for t in data["trials"]) == [
        "Center for Selvstændige Boformer", "Den Sociale Hjemmepleje Valby/Vesterbro", "FriNoVa"]
    assert all(t["is_demo"] and t["indicators"] >= 4 for t in data["trials"])


def test_env_variable_selects_database(tmp_path, demo_db):
    r = run("trials", env={"EFFEKTMAALING_DB": str(demo_db)})
    assert r.returncode == 0 and "FriNoVa" in r.stdout


def test_check_reports_counts_and_version(demo_db):
    r = run("--db", str(demo_db), "check")
    assert r.returncode == 0, r.stderr
    assert "Skemaversion: 0001" in r.stdout or "Skemaversion:" in r.stdout
    assert "3 forsøg" in r.stdout and "Ingen fejl fundet." in r.stdout
    assert re.search(r"\d+ poster i ændringsloggen", r.stdout), r.stdout
    r = run("--lang", "en", "--db", str(demo_db), "check", "--json")
    data = json.loads(r.stdout)
    assert data["ok"] is True and data["counts"]["trials"] == 3


def test_check_finds_value_outside_range(demo_db):
    import sqlite3

    con = sqlite3.connect(demo_db)
    con.execute("UPDATE indicators SET valid_max = 10 WHERE name = 'Kontinuitet: forskellige medarbejdere i hjemmet'")
    con.commit()
    con.close()
    r = run("--db", str(demo_db), "check")
    assert r.returncode == 1
    assert "uden for indikatorens gyldige interval" in r.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--db", "{tmp}/missing.db", "trials"], "findes ikke"),
        (["--db", "{tmp}/notes.txt", "trials"], "ikke en Effektmåling-database"),
        (["--db", "{tmp}", "trials"], "er en mappe"),
        (["frobnicate"], "ugyldigt valg"),
        (["--lang", "xx", "trials"], "ugyldigt valg"),
        (["demo", "{tmp}/notes.txt"], "findes allerede"),
    ],
)
def test_user_errors_print_one_line_and_exit_nonzero(tmp_path, args, expected):
    (tmp_path / "notes.txt").write_text("not a database")
    r = run(*[a.format(tmp=tmp_path) for a in args])
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert expected in lines[0]


def test_english_errors(tmp_path):
    r = run("--lang", "en", "--db", str(tmp_path / "missing.db"), "trials")
    assert r.returncode == 1 and "does not exist" in r.stderr


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("Effektmåling ")


def test_import_maps_danish_and_grid_headers_and_names_unused_columns(demo_db, tmp_path):
    """Spredning (sd) was dropped silently and the grid's own header "Værdi (…)" was not recognised."""
    import sqlite3

    path = tmp_path / "nye.csv"
    path.write_text("Dato;Værdi (timer pr. uge);Antal besvarelser;Spredning;Bemærkning;Ekstra\n"
                    "31-01-2016;4,1;30;1,2;a;x\n29-02-2016;4,0;31;1,1;b;y\n", encoding="utf-8")
    r = run("--db", str(demo_db), "import", str(path), "--trial", "FriNoVa", "--indicator", "Tid til dokumentation")
    assert r.returncode == 0, r.stderr
    assert "2 målinger importeret" in r.stdout
    assert "»Ekstra« bruges ikke" in r.stderr
    con = sqlite3.connect(demo_db)
    rows = con.execute("SELECT date, value, n, sd, comment FROM measurements WHERE date >= '2016-01-31' "
                       "AND indicator_id = (SELECT id FROM indicators WHERE name = 'Tid til dokumentation') "
                       "ORDER BY date").fetchall()
    con.close()
    assert rows == [("2016-01-31", 4.1, 30, 1.2, "a"), ("2016-02-29", 4.0, 31, 1.1, "b")]
    r = run("--db", str(demo_db), "import", str(path), "--trial", "FriNoVa", "--indicator", "Tid til dokumentation",
            "--on-duplicate", "skip", "--json")
    assert json.loads(r.stdout)["unused_columns"] == ["Ekstra"]
    assert json.loads(r.stdout)["columns"]["sd"] == "Spredning"


def test_import_rate_with_count_and_exposure_headers(tmp_path):
    import sqlite3

    db = tmp_path / "r.db"
    from effektmaaling.services import Workspace

    ws = Workspace.open(db)
    t_ = ws.create_trial(name="R", start_date=__import__("datetime").date(2013, 1, 1))
    ws.create_indicator(t_.id, name="Fald", bottom_line="service", measure_type="rate", rate_per=1000)
    ws.close()
    path = tmp_path / "r.csv"
    path.write_text("Dato;Antal;Eksponering;Kommentar\n31-01-2014;3;1200;x\n", encoding="utf-8")
    r = run("--db", str(db), "import", str(path), "--trial", "R", "--indicator", "Fald")
    assert r.returncode == 0, r.stderr
    assert "bruges ikke" not in r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT numerator, denominator, value, comment FROM measurements").fetchall() == [
        (3.0, 1200.0, 2.5, "x")]
    con.close()


def test_demo_flag_with_a_command_uses_the_demo_database(tmp_path):
    """``effektmaaling --demo trials`` works on the demo data, as ``effektmaaling --demo`` opens the window on
    it (written on first use), instead of looking for the default database."""
    env = {"EFFEKTMAALING_DATA_DIR": str(tmp_path / "data")}
    r = run("--demo", "trials", "--json", env=env)
    assert r.returncode == 0, r.stderr
    assert {t["name"] for t in json.loads(r.stdout)["trials"]} >= {"FriNoVa"}
    assert (tmp_path / "data" / "demo.db").is_file() and not (tmp_path / "data" / "effektmaaling.db").exists()
    other = tmp_path / "other.db"
    r = run("--demo", "trials", "--db", str(other))  # --db names the database: it wins
    assert r.returncode == 1 and str(other) in r.stderr


def test_analyse_table_gives_a_proportions_change_in_percentage_points(demo_db):
    r = run("--db", str(demo_db), "analyse", "--trial", "FriNoVa")
    assert r.returncode == 0, r.stderr
    row = next(line for line in r.stdout.splitlines() if line.startswith("Borgere med egen recovery-plan"))
    assert "28\u00a0%" in row and "67\u00a0%" in row and "+38\u00a0procentpoint" in row and "+134" not in row
    row = next(line for line in r.stdout.splitlines() if line.startswith("Klager over afgørelser"))
    assert "3,8" in row and "4,4" in row  # two different levels never read as the same (4 and 4)
