"""One writer: a real second process holding the database, a lock left by a killed process, a lock
from another computer, a reused process number, and a second window of the same program."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from effektmaaling.services import Workspace
from effektmaaling.storage.locking import DatabaseInUseError, lock_path

HOLDER = textwrap.dedent("""
    import sys
    from effektmaaling.services import Workspace
    ws = Workspace.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    ws.close()
""")


def _holder(db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"  # type: ignore[union-attr]
    return proc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data.db"
    Workspace.open(path).close()
    assert not lock_path(path).exists()
    return path


def test_second_program_is_told_who_holds_it_and_may_read(db: Path) -> None:
    proc = _holder(db)
    try:
        with pytest.raises(DatabaseInUseError) as info:
            Workspace.open(db)
        holder = info.value.holder
        assert holder is not None and holder.pid == proc.pid and holder.host == socket.gethostname()
        text = info.value.text("da")
        assert f"af {holder.user} på {holder.host} siden " in text and "skrivebeskyttet" in text
        assert "since" in info.value.text("en")
        ro = Workspace.open(db, readonly=True)  # reading is allowed meanwhile
        assert ro.trials() == []
        ro.close()
        assert lock_path(db).exists()  # a read-only opening neither takes nor removes the lock
    finally:
        proc.communicate("quit\n", timeout=20)
    assert proc.returncode == 0
    assert not lock_path(db).exists()  # released on close
    Workspace.open(db).close()


def test_lock_of_a_killed_program_is_cleared(db: Path) -> None:
    proc = _holder(db)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert json.loads(lock_path(db).read_text())["pid"] == proc.pid
    ws = Workspace.open(db)
    try:
        assert any("ikke længere kører" in n.da for n in ws.notices)
        assert json.loads(lock_path(db).read_text())["pid"] == os.getpid()
    finally:
        ws.close()
    assert not lock_path(db).exists()


def test_second_window_of_the_same_program(db: Path) -> None:
    ws = Workspace.open(db)
    try:
        with pytest.raises(DatabaseInUseError, match="dette program") as info:
            Workspace.open(db)
        assert "(this program)" in info.value.text("en")
    finally:
        ws.close()


def _write_lock(db: Path, **fields: object) -> None:
    data = {"user": "kollega", "host": socket.gethostname(), "pid": 999_999_999,
            "since": "2014-03-01T08:15:00", "started": None} | fields
    lock_path(db).write_text(json.dumps(data))


def test_lock_from_another_computer_is_respected(db: Path) -> None:
    _write_lock(db, host="en-anden-pc")
    with pytest.raises(DatabaseInUseError, match="kollega på en-anden-pc siden 01-03-2014 08:15"):
        Workspace.open(db)
    assert lock_path(db).exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times from /proc")
def test_reused_process_number_and_damaged_lock_are_stale(db: Path) -> None:
    _write_lock(db, pid=os.getppid(), started="1")  # a live process, but one that started later
    ws = Workspace.open(db)
    ws.close()
    lock_path(db).write_text('{"user": "x", ')  # unreadable: never written by us (we link whole files)
    ws = Workspace.open(db)
    assert ws.notices
    ws.close()
    assert not lock_path(db).exists()
    assert list(db.parent.glob("*.tmp")) == [] and list(db.parent.glob("*.stale")) == []
