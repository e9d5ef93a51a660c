"""The command line on a shared database, run as a user runs it: the demo written with ``demo`` into a
set-up PostgreSQL database gives the same ``analyse --json`` figures as the SQLite demo, and ``trials``,
``report`` and ``export`` work on it too."""

from __future__ import annotations

import json
import subprocess
import sys

from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True, timeout=300)


def test_analyse_json_on_postgres_equals_the_sqlite_demo(shared, demo_db_template, tmp_path):
    url = shared.url()
    r = run("--db", url, "demo", url)
    assert r.returncode == 0, r.stderr
    lead = shared.login("central", "effektmaaling_central")
    pg = run("--db", shared.url(lead), "analyse", "--json")
    assert pg.returncode == 0, pg.stderr
    lite = run("--db", str(demo_db_template), "analyse", "--json")
    assert lite.returncode == 0, lite.stderr
    assert json.loads(pg.stdout) == json.loads(lite.stdout)
    assert len(json.loads(pg.stdout)["trials"]) == 3

    r = run("--db", shared.url(lead), "trials")
    assert r.returncode == 0 and "FriNoVa" in r.stdout
    pdf = tmp_path / "frinova.pdf"
    r = run("--db", shared.url(lead), "report", "--trial", "FriNoVa", "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    assert "FriNoVa" in PdfReader(pdf).pages[0].extract_text()
    xlsx = tmp_path / "frinova.xlsx"
    r = run("--db", shared.url(lead), "export", "--trial", "FriNoVa", "-o", str(xlsx))
    assert r.returncode == 0, r.stderr
    assert xlsx.stat().st_size > 0


def test_analyse_in_worker_processes_on_postgres_gives_the_same_bytes(shared, capsys, monkeypatch):
    """Worker processes log in to the shared database as the same user (the URL with its password handed
    through their pipes) and see the same trials: the same bytes as one process."""
    from effektmaaling.cli.commands import analyse as analyse_command
    from effektmaaling.cli.main import main

    url = shared.url()
    assert run("--db", url, "demo", url).returncode == 0
    lead = shared.url(shared.login("central", "effektmaaling_central"))
    monkeypatch.setattr(analyse_command, "process_count", lambda n: 0)
    assert main(["--db", lead, "analyse"]) == 0
    alone = capsys.readouterr().out
    used = []
    run_in_processes = analyse_command._run_in_processes
    monkeypatch.setattr(analyse_command, "_run_in_processes", lambda *a, **k: used.append(run_in_processes(*a, **k))
                        or used[-1])
    monkeypatch.setattr(analyse_command, "process_count", lambda n: 2)
    monkeypatch.setattr(analyse_command, "BATCH", 1)
    assert main(["--db", lead, "analyse"]) == 0
    assert used == [True]
    assert capsys.readouterr().out.encode() == alone.encode()
    assert alone.count("\n\n") >= 2  # three trials
