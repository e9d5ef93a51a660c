"""Crash safety: a writer process is killed with SIGKILL at random moments, 60 times. Afterwards the
file passes ``PRAGMA integrity_check`` and ``foreign_key_check``, every write the writer had reported
committed is there, and no batch is there in part (each user action is one transaction)."""

from __future__ import annotations

import datetime as dt
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from effektmaaling.services import Workspace
from effektmaaling.storage.locking import lock_path_for

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test needs fork and SIGKILL")

KILLS = 60
WRITER = Path(__file__).with_name("crash_writer.py")


def _uuid_text(stored: object) -> str:
    return str(uuid.UUID(bytes=stored) if isinstance(stored, bytes) else uuid.UUID(str(stored)))


def _reader(stream, out: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        out.put(line.rstrip("\n"))
    out.put(None)


def _until(lines: queue.Queue, prefix: str, seen: list[str], timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        assert line is not None, "the writer process ended unexpectedly"
        seen.append(line)
        if line.startswith(prefix):
            return line


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path):
    db = tmp_path / "crash.db"
    ws = Workspace.open(db)
    trial = ws.create_trial(name="Kill-test", start_date=dt.date(2000, 1, 1))
    indicators = [ws.create_indicator(trial.id, name=f"I{i}", bottom_line="service").id for i in range(KILLS)]
    ws.close()

    rng = random.Random(20141231)
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, bufsize=1, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    seen: list[str] = []
    killed_while_open = 0
    try:
        _until(lines, "ready", seen)
        for ind_id in indicators:
            proc.stdin.write(f"go {ind_id}\n")
            proc.stdin.flush()
            pid = int(_until(lines, "pid ", seen).split()[1])
            # Most kills land amid the writes (after the child reports the database open, however slow
            # the machine), one in five while the child may still be opening it.
            if rng.random() >= 0.2 and f"open {pid}" not in seen:
                _until(lines, f"open {pid}", seen)
            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(pid, signal.SIGKILL)
            _until(lines, f"dead {pid}", seen)
            killed_while_open += not any(s == f"open {pid}" for s in seen)
        proc.stdin.write("stop\n")
        proc.stdin.flush()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    committed = {line.split()[1] for line in seen if line.startswith("m ")}
    batches = {line.split()[1] for line in seen if line.startswith("b ")}
    # A precondition, not the point: some writes must have been reported before the kills for the
    # check below to mean anything. How many depends on the machine's speed and load.
    assert len(committed) >= 10, f"too few writes reported ({len(committed)}); the kills came too early"

    # The last child was killed holding the lock: the file is left behind, and cleared on opening.
    assert lock_path_for(db).exists()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = {row[0] for row in con.execute("SELECT id FROM measurements")}
        by_tag = dict(con.execute("SELECT comment, count(*) FROM measurements WHERE comment != '' GROUP BY comment"))
        logged = {row[0] for row in con.execute("SELECT entity_id FROM change_log WHERE entity = 'measurement'")}
    finally:
        con.close()
    stored = {_uuid_text(i) for i in ids}
    missing = committed - stored
    assert not missing, f"{len(missing)} reported-committed measurements are missing"
    assert all(tag in by_tag for tag in batches)
    assert set(by_tag.values()) <= {10}, f"a batch was stored in part: {by_tag}"
    assert {_uuid_text(i) for i in logged} >= committed  # and the change log has each of them

    ws = Workspace.open(db, daily_backup=False)
    try:
        assert ws.db.lock is not None and ws.db.lock.stale is not None
        assert any("ikke lukket korrekt" in w.da for w in ws.warnings)
        assert sum(len(ws.measurements(i)) for i in indicators) == len(ids)
    finally:
        ws.close()
    assert not lock_path_for(db).exists()
    print(f"\n{KILLS} kills, {len(committed)} single writes and {len(batches)} batches reported committed, "
          f"{killed_while_open} kills before the database was open")
