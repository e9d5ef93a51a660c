"""The writer process of the crash test (tests/safety/test_crash.py).

Run as ``python crash_writer.py DB``: it imports the program once, then for every line ``fork`` on
stdin forks a child that opens a :class:`Workspace` on ``DB`` and adds measurements in a loop,
printing ``committed <id>`` (flushed) only after ``add_measurement`` has returned, i.e. after the
commit. The test kills the child with SIGKILL. Forking from a process that has already imported
SQLAlchemy and Alembic keeps each start at a few milliseconds, so that the test can kill many
real writer processes in well under a minute. ``reap <pid>`` waits for a killed child and answers
``reaped <pid> <status>`` (every line the child wrote is in the pipe before that answer).
"""

from __future__ import annotations

import datetime as dt
import os
import sys


def write_forever(db: str) -> None:
    from effektmaaling.services import Workspace

    ws = Workspace.open(db)
    trials = ws.trials()
    trial = trials[0] if trials else ws.create_trial(name="Nedbrudstest", start_date=dt.date(2000, 1, 1))
    indicators = ws.indicators(trial.id)
    ind = indicators[0] if indicators else ws.create_indicator(trial.id, name="Tæller", bottom_line="productivity")
    day = max((m.date for m in ws.measurements(ind.id)), default=dt.date(2000, 1, 1))
    print("open", flush=True)
    while True:
        day += dt.timedelta(days=1)
        m = ws.add_measurement(ind.id, date=day, value=float(day.toordinal() % 997), comment="nedbrudstest")
        print(f"committed {m.id}", flush=True)


def main() -> None:
    db = sys.argv[1]
    import effektmaaling.services  # noqa: F401  (import once, before forking)

    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    write_forever(db)
                except BaseException as exc:  # a failure must be visible to the test, not silent
                    print(f"error {type(exc).__name__}: {exc}", flush=True)
                finally:
                    os._exit(3)
            print(f"child {pid}", flush=True)
        elif cmd == "reap":
            _, status = os.waitpid(int(arg), 0)
            print(f"reaped {arg} {status}", flush=True)
        elif cmd == "quit":
            break


if __name__ == "__main__":
    main()
