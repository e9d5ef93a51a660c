"""Opening a database while another program reads it, an interrupted first demo start, an orphan -wal
file, a damaged file: each gets a clear answer and never loses or half-makes data."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from effektmaaling.domain import StorageError
from effektmaaling.services import Workspace
from effektmaaling.storage import backup_file
from effektmaaling.storage import database as database_module


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


READER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN")
con.execute("SELECT count(*) FROM measurements").fetchone()
print("reading", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
con.close()
"""


def _reader(db: Path, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", READER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "reading"
    return p


@pytest.fixture
def rollback_journal_db(demo_db_template, tmp_path) -> Path:
    """A demo database in rollback-journal mode (as a backup or a copy is): opening it for writing
    switches it to WAL, which needs the file to itself."""
    db = backup_file(demo_db_template, tmp_path / "r.db")
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    return db


def test_opening_waits_for_a_reader_and_says_so(rollback_journal_db, monkeypatch):
    told = []
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    reader = _reader(rollback_journal_db, 2.0)
    try:
        ws = Workspace.open(rollback_journal_db, on_busy=told.append, daily_backup=False)
    finally:
        reader.wait(timeout=30)
    try:
        assert len(told) == 1 and "venter" in told[0].da
        with sqlite3.connect(rollback_journal_db) as con:
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert len(ws.trials()) == 3
    finally:
        ws.close()


def test_opening_gives_up_with_a_clear_message_when_the_reader_stays(rollback_journal_db, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(database_module, "WAL_WAIT_SECONDS", 1.0)
    before = digest(rollback_journal_db)
    reader = _reader(rollback_journal_db, 4.0)
    try:
        with pytest.raises(StorageError) as err:
            Workspace.open(rollback_journal_db, daily_backup=False)
    finally:
        reader.wait(timeout=30)
    assert "bruges af et andet program" in err.value.text()
    assert digest(rollback_journal_db) == before
    assert not Path(f"{rollback_journal_db}.lock").exists()


def test_cli_while_a_check_reads_waits_with_a_message(rollback_journal_db, tmp_path):
    reader = _reader(rollback_journal_db, 11.0)  # longer than SQLite's own 5 s busy wait
    try:
        r = run_cli("--db", str(rollback_journal_db), "export-trial", "--trial", "FriNoVa", "-o",
                    str(tmp_path / "f.json"))
    finally:
        reader.wait(timeout=30)
    assert r.returncode == 0, r.stderr
    assert "venter" in r.stderr and "uventet" not in r.stderr and "Traceback" not in r.stderr


def test_an_interrupted_first_demo_start_leaves_no_empty_demo(tmp_path):
    """The first ``--demo`` start writes the demo database; killed in the middle, the next start must
    write it again, not open an empty file for good."""
    data = tmp_path / "data"
    env = {"EFFEKTMAALING_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    code = ("import sys, time\n"
            "import effektmaaling.services.demo as d\n"
            "real = d.validate_measurement\n"
            "def slow(*a):\n"
            "    print('writing', flush=True); time.sleep(60)\n"
            "d.validate_measurement = slow\n"
            "from effektmaaling.cli.main import main\n"
            "sys.exit(main(['--demo']))\n")
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, **env})
    try:
        assert p.stdout.readline().strip() == "writing"
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
    demo = data / "demo.db"
    assert not demo.exists(), "an interrupted demo start left a database behind"
    # the next start writes the whole demo (written here by the same function the start uses)
    from effektmaaling.services.demo import write_demo

    write_demo(demo)
    ws = Workspace.open(demo, readonly=True)
    try:
        assert len(ws.trials()) == 3
    finally:
        ws.close()
    assert not list(data.glob("*.part*"))


def test_orphan_wal_is_refused_and_kept(tmp_path):
    db = tmp_path / "x.db"
    wal = tmp_path / "x.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    before = digest(wal)
    with pytest.raises(StorageError) as err:
        Workspace.open(db)
    assert "x.db-wal" in err.value.text() and "findes ikke" in err.value.text()
    assert digest(wal) == before and not db.exists()
    from effektmaaling.services.demo import write_demo

    with pytest.raises(StorageError):
        write_demo(db)  # the demo too: a stray -wal would be replayed into the new file
    assert digest(wal) == before and not db.exists()
    r = run_cli("--db", str(db), "import-trial", str(tmp_path / "nothing.json"))
    assert r.returncode == 1 and "Traceback" not in r.stderr


def damage(db: Path) -> None:
    """Overwrite 4 KiB in the middle of the file (a page of measurements), as a disk fault might."""
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(os.urandom(4096))


def test_a_damaged_file_is_opened_read_only_and_refuses_writes(demo_db, tmp_path):
    from effektmaaling.services.exchange import export_trial

    good = Workspace.open(demo_db)
    export_trial(good, good.find_trial("FriNoVa").id, tmp_path / "f.json")
    good.close()
    damage(demo_db)
    before = digest(demo_db)
    ws = Workspace.open(demo_db)
    try:
        assert ws.readonly and ws.db.damaged
        assert "beskadiget" in ws.warnings[0].da and "Gendan" in ws.warnings[0].da
        with pytest.raises(StorageError) as err:
            ws.create_trial(name="Nyt forsøg", start_date=dt.date(2014, 1, 1))
        assert "beskadiget" in err.value.text()
    finally:
        ws.close()
    assert digest(demo_db) == before

    r = run_cli("--db", str(demo_db), "import-trial", str(tmp_path / "f.json"), "--prefer", "theirs")
    assert r.returncode == 1 and "beskadiget" in r.stderr and "Traceback" not in r.stderr, r.stderr
    r = run_cli("--db", str(demo_db), "trials")
    assert "beskadiget" in r.stderr
    assert digest(demo_db) == before
    r = run_cli("--db", str(demo_db), "check")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_a_file_nothing_wrote_to_since_its_check_is_not_read_through_again(demo_db, monkeypatch):
    """``quick_check`` reads every page (seconds for a thousand trials): a file that passed it and that
    nothing has written to since is not checked again; any write (here a new trial) brings the check back."""
    calls = []
    real = database_module._quick_check
    monkeypatch.setattr(database_module, "_quick_check", lambda engine: calls.append(1) or real(engine))

    def open_and_close(readonly: bool = True) -> None:
        Workspace.open(demo_db, readonly=readonly).close()

    open_and_close(readonly=False)  # checked, then switched to write-ahead logging: a write
    open_and_close()
    assert len(calls) == 2
    open_and_close()
    open_and_close(readonly=False)
    assert len(calls) == 2
    ws = Workspace.open(demo_db)
    ws.create_trial(name="Skrevet efter kontrollen", start_date=dt.date(2014, 1, 1))
    ws.close()
    open_and_close()
    assert len(calls) == 3
    open_and_close()
    assert len(calls) == 3


def test_a_file_damaged_after_its_check_is_found_at_the_next_opening(demo_db):
    r = run_cli("--db", str(demo_db), "trials")
    assert r.returncode == 0 and "beskadiget" not in r.stderr, r.stderr
    damage(demo_db)
    r = run_cli("--db", str(demo_db), "trials")
    assert "beskadiget" in r.stderr, r.stderr
    ws = Workspace.open(demo_db)
    try:
        assert ws.readonly and ws.db.damaged
    finally:
        ws.close()


def test_a_user_data_folder_that_cannot_be_written_only_means_checking_every_time(demo_db, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the user data folder should be")
    monkeypatch.setenv("EFFEKTMAALING_DATA_DIR", str(blocked))
    calls = []
    real = database_module._quick_check
    monkeypatch.setattr(database_module, "_quick_check", lambda engine: calls.append(1) or real(engine))
    for _ in range(2):
        ws = Workspace.open(demo_db, readonly=True, daily_backup=False)
        try:
            assert ws.trials()
        finally:
            ws.close()
    assert len(calls) == 2


# --- the GUI's opening: the quick_check in a thread while the trials are listed ---------------------

@pytest.fixture
def slow_check(monkeypatch):
    """The background quick_check held until the test lets it go (no timing assumptions)."""
    import threading

    started, release = threading.Event(), threading.Event()
    real = database_module._run_quick_check

    def held(con):
        started.set()
        assert release.wait(30)
        return real(con)

    monkeypatch.setattr(database_module, "_run_quick_check", held)
    return started, release


def test_the_trials_are_read_while_the_opening_check_runs_and_a_write_waits_for_it(demo_db, slow_check):
    import threading

    started, release = slow_check
    ws = Workspace.open(demo_db, daily_backup=False, check_in_background=True)
    try:
        assert started.wait(10)
        assert ws.db.check_pending and not ws.readonly
        assert len(ws.trials()) == 3  # listed before the check has ended
        with sqlite3.connect(demo_db) as con:  # nothing written yet, not even the switch to WAL
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        wrote = threading.Event()
        writer = threading.Thread(target=lambda: (ws.create_trial(name="Under kontrollen",
                                                                  start_date=dt.date(2014, 1, 1)), wrote.set()))
        writer.start()
        assert not wrote.wait(0.3)  # waits for the check ...
        assert not [t for t in ws.trials() if t.name == "Under kontrollen"]
        release.set()
        writer.join(20)
        assert wrote.is_set()  # ... and is made once it has passed
        assert not ws.db.check_pending and not ws.db.check_unsettled and not ws.readonly
        assert [t for t in ws.trials() if t.name == "Under kontrollen"]
    finally:
        release.set()
        ws.close()
    with sqlite3.connect(demo_db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_damaged_file_found_by_the_background_check_is_never_written(demo_db, slow_check):
    started, release = slow_check
    damage(demo_db)
    before = digest(demo_db)
    ws = Workspace.open(demo_db, daily_backup=False, check_in_background=True)
    try:
        assert started.wait(10) and ws.db.check_pending
        assert ws.db.lock is not None and ws.db.lock.held
        release.set()
        with pytest.raises(StorageError) as err:  # the write waits for the check, which finds the damage
            ws.create_trial(name="Nyt forsøg", start_date=dt.date(2014, 1, 1))
        assert "beskadiget" in err.value.text() and "Gendan" in err.value.text()
        assert ws.readonly and ws.db.damaged  # as when the opening itself finds it: read-only, lock given up
        assert "beskadiget" in ws.warnings[0].da
        assert ws.db.lock is None and not Path(str(demo_db) + ".lock").exists()
        with pytest.raises(StorageError):
            ws.create_trial(name="Igen", start_date=dt.date(2014, 1, 1))
        assert ws.daily_backup() is None
    finally:
        release.set()
        ws.close()
    assert digest(demo_db) == before
    with sqlite3.connect(demo_db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    ws = Workspace.open(demo_db, check_in_background=True)  # not remembered as sound: refused again
    try:
        ws.db.settle_check()
        assert ws.db.damaged
    finally:
        ws.close()
