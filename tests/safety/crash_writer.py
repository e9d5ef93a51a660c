"""A writer process for the kill test (POSIX only).

Started once as ``python crash_writer.py DB``: it imports the program (the slow part) and then, for
every line ``go <indicator-id>`` on stdin, forks a child that opens the database and writes until it
is killed: alternately one measurement (``add_measurement``) and a batch of 10 (``upsert_measurements``),
printing ``m <id>`` / ``b <tag>`` after each commit has returned. The parent prints ``pid <pid>``, waits
for the child to die (the test kills it with SIGKILL) and prints ``dead <pid>``. Lines are short and
flushed one by one, so they never interleave.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid

from effektmaaling.services import Workspace


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def child(db: str, indicator_id: uuid.UUID) -> None:
    ws = Workspace.open(db, daily_backup=False)
    say(f"open {os.getpid()}")
    day = dt.date(2000, 1, 1)
    k = 0
    while True:
        m = ws.add_measurement(indicator_id, date=day, value=float(k % 50))
        say(f"m {m.id}")
        day += dt.timedelta(days=1)
        tag = f"{indicator_id.hex[:8]}-{k}"
        rows = [{"date": day + dt.timedelta(days=i), "value": 1.0, "comment": tag} for i in range(10)]
        ws.upsert_measurements(indicator_id, rows)
        say(f"b {tag}")
        day += dt.timedelta(days=10)
        k += 1


def main() -> None:
    db = sys.argv[1]
    say("ready")
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(db, uuid.UUID(arg))
            finally:
                os._exit(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say(f"dead {pid}")


if __name__ == "__main__":
    main()
