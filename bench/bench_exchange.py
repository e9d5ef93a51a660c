"""Benchmark: merging a trial of 20 indicators x 1,000 measurements per side with 10 % edited on each side.

Two databases share the trial (A exported it, B imported it). Then A changes the value of every tenth
measurement, adds 100 and deletes 100; B changes the comment of a different tenth and moves 50 dates
(edits made with SQL, as any change is: the exchange finds them by comparing with the last exchange).
Timed, each run on fresh copies of both databases: A's export, reading and checking the file, and B's
import (find B's own changes, merge, validate, back up, write in one transaction with the change log and
the histories). Baseline, measured in the same run: the floor of any merge of these two -- ``json.loads``
of the file and reading B's rows of the trial and their histories with plain sqlite3.

Usage: ``uv run python -m bench.bench_exchange [--quick] [--runs N]`` (the suite's rows: ``python -m bench
exchange``). Aim (#18): read + merge < 2 s.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    from .common import Result, Settings, run_alone
except ImportError:  # run as a script
    from common import Result, Settings, run_alone  # type: ignore[no-redef]
from effektmaaling.services import Workspace
from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file

INDICATORS = 20
PER = 1000


def setup(folder: Path, indicators: int = INDICATORS, per: int = PER) -> tuple[Path, Path, object]:
    a_path, b_path = folder / "a.db", folder / "b.db"
    a = Workspace.open(a_path, daily_backup=False)
    trial = a.create_trial(name="Stort forsøg", start_date=dt.date(2000, 1, 1))
    for i in range(indicators):
        ind = a.create_indicator(trial.id, name=f"Indikator {i:02d}", bottom_line="service", valid_min=0,
                                 valid_max=1000)
        a.upsert_measurements(ind.id, [{"date": dt.date(2000, 1, 1) + dt.timedelta(days=d), "value": float(d % 500),
                                        "n": 20, "comment": ""} for d in range(per)])
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


def raw_floor(path: Path, db: Path, trial_hex: str) -> None:
    """What any merge of the file into B has to do at least: parse the file, read B's rows and histories."""
    json.loads(path.read_bytes())
    con = sqlite3.connect(db)
    try:
        con.execute("SELECT m.* FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.trial_id = ?",
                    (trial_hex,)).fetchall()
        con.execute("SELECT * FROM sync_records WHERE trial_id = ?", (trial_hex,)).fetchall()
    finally:
        con.close()


def measure(settings: Settings) -> list[Result]:
    indicators, per = (3, 100) if settings.quick else (INDICATORS, PER)
    times: dict[str, list[float]] = {"export": [], "read": [], "merge": [], "floor": []}
    cpu: dict[str, list[float]] = {k: [] for k in times}

    def timed(name: str, fn: Callable[..., Any], *args: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        out = fn(*args)
        times[name].append(time.perf_counter() - t)
        cpu[name].append(time.process_time() - c)
        return out

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        a0, b0, tid = setup(folder, indicators, per)
        edit(a0, b0)
        print(f"[exchange: setup {time.perf_counter() - t0:.0f} s, {indicators} indicators x {per} measurements]",
              file=sys.stderr, flush=True)
        for run in range(settings.runs):
            a_path, b_path = folder / f"a{run}.db", folder / f"b{run}.db"
            shutil.copy(a0, a_path)
            shutil.copy(b0, b_path)
            a = Workspace.open(a_path, daily_backup=False)
            b = Workspace.open(b_path, daily_backup=False)
            try:
                path = folder / f"a{run}.json"
                timed("export", export_trial, a, tid, path)
                timed("floor", raw_floor, path, b_path, tid.hex)
                incoming = timed("read", read_exchange_file, path)
                plan = timed("merge", import_trial, b, incoming)
            finally:
                a.close()
                b.close()
        assert plan.updated["measurement"] and not plan.conflicts
    both = [r + m for r, m in zip(times["read"], times["merge"], strict=True)]
    both_cpu = [r + m for r, m in zip(cpu["read"], cpu["merge"], strict=True)]
    print(f"[exchange: CPU seconds of this process, median: export {statistics.median(cpu['export']):.2f}, read "
          f"{statistics.median(cpu['read']):.2f}, merge {statistics.median(cpu['merge']):.2f}, read + merge "
          f"{statistics.median(both_cpu):.2f}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores]",
          file=sys.stderr, flush=True)
    size = f"{indicators} ind. × {per:,} meas., 10 % edited per side"
    floor, name = times["floor"], "json.loads + sqlite3 rows"
    return [
        Result(f"exchange export, {size}", "s", times["export"], extra={"cpu": cpu["export"]}),
        Result("exchange read and check the file", "s", times["read"], extra={"cpu": cpu["read"]}),
        Result("exchange merge (import) into the other side", "s", times["merge"], extra={"cpu": cpu["merge"]}),
        Result("exchange read + merge", "s", both, floor, name, None if settings.quick else 2.0,
               extra={"cpu": both_cpu, "floor_cpu": cpu["floor"]}),
    ]


if __name__ == "__main__":
    run_alone(measure, __doc__)
