"""One writer: a second program or window is told who holds the database and since when, and may open
it read-only; a lock left by a killed program is detected and cleared. Real processes, real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from effektmaaling.cli.main import main as cli_main
from effektmaaling.services import Workspace
from effektmaaling.storage import DatabaseInUseError
from effektmaaling.storage.locking import is_locked, lock_path_for, pid_alive, read_lock_info

HOLDER = textwrap.dedent("""
    import datetime as dt, sys
    from effektmaaling.services import Workspace
    ws = Workspace.open(sys.argv[1])
    ws.create_trial(name="Fra det andet program", start_date=dt.date(2014, 1, 1))
    print("ready", flush=True)
    sys.stdin.readline()
    ws.close()
    print("closed", flush=True)
""")


@pytest.fixture
def holder(tmp_path):
    """Another program with tmp_path/'held.db' open for writing."""
    db = tmp_path / "held.db"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read()
    yield db, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_second_program_is_told_who_and_since_when_and_may_read(holder):
    db, proc = holder
    with pytest.raises(DatabaseInUseError) as err:
        Workspace.open(db)
    who = err.value.holder
    assert who is not None and who.pid == proc.pid and who.host == socket.gethostname()
    assert abs(dt.datetime.now() - who.since) < dt.timedelta(minutes=2)
    text = err.value.text("da")
    assert f"proces {proc.pid}" in text and "skrivebeskyttet" in text and who.since.strftime("%H:%M") in text
    assert f"process {proc.pid}" in err.value.text("en")

    ro = Workspace.open(db, readonly=True)  # the offered way out
    try:
        assert [t.name for t in ro.trials()] == ["Fra det andet program"]
        assert ro.db.lock is None
    finally:
        ro.close()
    assert is_locked(db)

    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "closed"
    proc.wait(timeout=10)
    assert not lock_path_for(db).exists()
    ws = Workspace.open(db)
    try:
        assert ws.db.lock.stale is None and ws.warnings == []
        assert read_lock_info(db).pid == os.getpid()
    finally:
        ws.close()


def test_lock_of_a_killed_program_is_detected_and_cleared(holder):
    db, proc = holder
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    left = read_lock_info(db)
    assert lock_path_for(db).exists() and left is not None and left.pid == proc.pid
    assert not pid_alive(proc.pid)
    assert not is_locked(db)
    ws = Workspace.open(db)
    try:
        assert ws.db.lock.stale is not None and ws.db.lock.stale.pid == proc.pid
        assert any("ikke lukket korrekt" in w.da and str(proc.pid) in w.da for w in ws.warnings)
        assert [t.name for t in ws.trials()] == ["Fra det andet program"]  # its committed work is kept
        assert read_lock_info(db).pid == os.getpid()
    finally:
        ws.close()


def test_command_line_write_is_refused_while_held_but_check_works(holder, tmp_path, capsys):
    db, proc = holder
    csv = tmp_path / "m.csv"
    csv.write_text("dato;værdi\n31-01-2014;5\n", encoding="utf-8")
    assert cli_main(["--db", str(db), "import", str(csv), "--trial", "Fra det andet program",
                     "--indicator", "x"]) == 1
    err = capsys.readouterr().err
    assert f"proces {proc.pid}" in err and "allerede åbnet til redigering" in err
    assert cli_main(["--db", str(db), "check"]) == 0


def test_second_window_in_the_same_program(tmp_path):
    db = tmp_path / "w.db"
    first = Workspace.open(db)
    with pytest.raises(DatabaseInUseError) as err:
        Workspace.open(db)
    assert err.value.holder.pid == os.getpid()
    first.close()
    first.close()  # closing twice is harmless
    second = Workspace.open(db)
    second.close()


def test_read_only_opening_takes_no_lock(tmp_path):
    db = tmp_path / "r.db"
    Workspace.open(db).close()
    ro = Workspace.open(db, readonly=True)
    try:
        assert not lock_path_for(db).exists()
        ws = Workspace.open(db)  # a reader does not keep a writer out
        ws.close()
    finally:
        ro.close()


@pytest.mark.parametrize("content", [b"", b'{"user": "x", "ho', b"\x00\xff garbage"])
def test_half_written_or_garbage_lock_file_is_cleared(tmp_path, content):
    db = tmp_path / "g.db"
    Workspace.open(db).close()
    lock_path_for(db).write_bytes(content)
    ws = Workspace.open(db)
    try:
        assert json.loads(lock_path_for(db).read_text())["pid"] == os.getpid()
    finally:
        ws.close()
    assert not lock_path_for(db).exists()
