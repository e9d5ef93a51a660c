"""Benchmark: merging a trial of 20 indicators x 1,000 measurements per side with 10 % edited on each side.

Two databases share the trial (A exported it, B imported it). Then A changes the value of every tenth
measurement, adds 100 and deletes 100; B changes the comment of a different tenth and moves 50 dates
(edits made with SQL, as any change is: the exchange finds them by comparing with the last exchange).
Timed: A's export, reading and checking the file, and B's import (find B's own changes, merge, validate,
write in one transaction with the change log and the histories), best and median of the runs.

Usage: ``uv run python bench/bench_exchange.py [RUNS]`` (default 3). Goal (#18): the merge < 2 s.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from effektmaaling.services import Workspace
from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file

INDICATORS = 20
PER = 1000


def setup(folder: Path) -> tuple[Path, Path, object]:
    a_path, b_path = folder / "a.db", folder / "b.db"
    a = Workspace.open(a_path, daily_backup=False)
    trial = a.create_trial(name="Stort forsøg", start_date=dt.date(2000, 1, 1))
    for i in range(INDICATORS):
        ind = a.create_indicator(trial.id, name=f"Indikator {i:02d}", bottom_line="service", valid_min=0,
                                 valid_max=1000)
        a.upsert_measurements(ind.id, [{"date": dt.date(2000, 1, 1) + dt.timedelta(days=d), "value": float(d % 500),
                                        "n": 20, "comment": ""} for d in range(PER)])
    export_trial(a, trial.id, folder / "first.json")
    a.close()
    b = Workspace.open(b_path, daily_backup=False)
    import_trial(b, read_exchange_file(folder / "first.json"))
    b.close()
    return a_path, b_path, trial.id


def edit(a_path: Path, b_path: Path) -> None:
    con = sqlite3.connect(a_path)
    with con:
        con.execute("UPDATE measurements SET value = value + 1 WHERE rowid % 10 = 0")
        con.execute("DELETE FROM measurements WHERE rowid % 200 = 1")
        ind, last = con.execute("SELECT indicator_id, max(date) FROM measurements GROUP BY indicator_id").fetchone()
        rows = [(f"{k:032x}", ind, (dt.date.fromisoformat(last) + dt.timedelta(days=k + 1)).isoformat(), 1.0,
                 "", "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000") for k in range(1, 101)]
        con.executemany("INSERT INTO measurements (id, indicator_id, date, value, comment, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    con = sqlite3.connect(b_path)
    with con:
        con.execute("UPDATE measurements SET comment = 'rettet på B' WHERE rowid % 10 = 5")
        con.execute("UPDATE measurements SET date = date(date, '+3000 days') WHERE rowid % 400 = 7")
    con.close()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        a0, b0, tid = setup(folder)
        edit(a0, b0)
        print(f"setup: {time.perf_counter() - t0:.1f} s ({INDICATORS} indicators x {PER} measurements per side)")
        times: dict[str, list[float]] = {"export": [], "read": [], "import (merge)": []}
        cpu: dict[str, list[float]] = {k: [] for k in times}
        for run in range(runs):
            a_path, b_path = folder / f"a{run}.db", folder / f"b{run}.db"
            shutil.copy(a0, a_path)
            shutil.copy(b0, b_path)
            a = Workspace.open(a_path, daily_backup=False)
            b = Workspace.open(b_path, daily_backup=False)
            try:
                path = folder / f"a{run}.json"
                t, c = time.perf_counter(), time.process_time()
                export_trial(a, tid, path)
                times["export"].append(time.perf_counter() - t)
                cpu["export"].append(time.process_time() - c)
                t, c = time.perf_counter(), time.process_time()
                incoming = read_exchange_file(path)
                times["read"].append(time.perf_counter() - t)
                cpu["read"].append(time.process_time() - c)
                t, c = time.perf_counter(), time.process_time()
                plan = import_trial(b, incoming)
                times["import (merge)"].append(time.perf_counter() - t)
                cpu["import (merge)"].append(time.process_time() - c)
            finally:
                a.close()
                b.close()
        size = path.stat().st_size / 1e6
        print(f"file: {size:.1f} MB; merge: {dict(plan.inserted)} added, {dict(plan.updated)} updated, "
              f"{dict(plan.deleted)} deleted, {len(plan.conflicts)} conflicts")
        print("(wall clock; CPU time of this process in brackets: on a busy machine the wall clock includes "
              "waiting for a core)")
        for name, values in times.items():
            print(f"{name:17s} best {min(values):.2f} s [{min(cpu[name]):.2f}]   median {statistics.median(values):.2f} s "
                  f"[{statistics.median(cpu[name]):.2f}]")
        for label, keys in (("read+merge", ("read", "import (merge)")), ("export+read+merge", tuple(times))):
            total = [sum(times[k][i] for k in keys) for i in range(runs)]
            total_cpu = [sum(cpu[k][i] for k in keys) for i in range(runs)]
            print(f"{label:17s} best {min(total):.2f} s [{min(total_cpu):.2f}]   median {statistics.median(total):.2f} s "
                  f"[{statistics.median(total_cpu):.2f}]")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
