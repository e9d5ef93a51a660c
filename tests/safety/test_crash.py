"""Crash safety: a real writer process is killed with SIGKILL at random moments, over and over, on the
same file. Afterwards the file passes ``PRAGMA integrity_check`` and holds every measurement whose
commit the writer had reported."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from effektmaaling.services import Workspace

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 60

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


class Writer:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)
        self.committed: set[str] = set()
        self.errors: list[str] = []
        self.opened = 0
        assert self._line() == "ready"

    def _line(self) -> str:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        assert line.endswith("\n"), f"writer ended unexpectedly: {line!r}"
        return line.rstrip("\n")

    def _send(self, cmd: str) -> None:
        self.proc.stdin.write(cmd + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]

    def _collect_until(self, prefix: str) -> str:
        while True:
            line = self._line()
            if line.startswith("committed "):
                self.committed.add(line.split(" ", 1)[1])
            elif line == "open":
                self.opened += 1
            elif line.startswith("error "):
                self.errors.append(line)
            elif line.startswith(prefix):
                return line

    def start_child(self) -> int:
        self._send("fork")
        return int(self._collect_until("child ").split()[1])

    def reap(self, pid: int) -> None:
        self._send(f"reap {pid}")
        self._collect_until(f"reaped {pid} ")

    def close(self) -> None:
        self._send("quit")
        self.proc.wait(timeout=10)


def test_killed_writer_never_loses_a_reported_commit_nor_corrupts_the_file(tmp_path: Path) -> None:
    db = tmp_path / "data.db"
    rng = random.Random(20141231)
    writer = Writer(db)
    started = time.monotonic()
    try:
        for _ in range(KILLS):
            pid = writer.start_child()
            time.sleep(rng.uniform(0.0, 0.3))  # sometimes while opening, mostly in the middle of writes
            os.kill(pid, signal.SIGKILL)
            writer.reap(pid)
    finally:
        writer.close()
    elapsed = time.monotonic() - started

    assert writer.errors == []
    assert writer.opened >= KILLS // 2, "most children should have got as far as writing"
    assert len(writer.committed) >= 100, "the writer should have committed a good number of rows"

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    ws = Workspace.open(db, readonly=True)
    try:
        stored = {str(m.id) for t in ws.trials() for i in ws.indicators(t.id) for m in ws.measurements(i.id)}
    finally:
        ws.close()
    missing = writer.committed - stored
    assert not missing, f"{len(missing)} reported commits are missing after {KILLS} kills"
    assert elapsed < 60
