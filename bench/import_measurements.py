"""Benchmark: import a CSV of 1,000,000 measurements (Danish format) and compare with raw sqlite3.

Both runs load the same rows into the same schema (a fresh database each) in the same process:
- "import": the real path: read the CSV (encoding/delimiter detection, csv module), parse Danish
  numbers and dates, check every row with the domain's rules, bulk insert in one transaction, one
  change-log entry (``services.importing.import_measurements``);
- "raw sqlite3": ``executemany`` of the already-parsed rows (text ids, ISO dates) in one transaction.

Usage: ``uv run python bench/import_measurements.py [ROWS]`` (default 1,000,000), or
``uv run python -m bench.import_measurements [--quick]`` (the suite's row). Aim: within 2x of raw sqlite3.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

try:
    from .common import Result, Settings, run_alone
except ImportError:  # run as a script
    from common import Result, Settings, run_alone  # type: ignore[no-redef]
from effektmaaling.io.measurement_rows import detect_mapping
from effektmaaling.io.tabular import open_table
from effektmaaling.services import Workspace
from effektmaaling.services.importing import import_measurements

N_INDICATORS = 50


def write_csv(path: Path, rows: int) -> list[tuple]:
    """A long-format CSV with an indicator column (``;``, decimal comma, ``31-12-2014``); returns the rows."""
    per = rows // N_INDICATORS
    start = dt.date(1950, 1, 1)
    parsed = []
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Indikator;Dato;Værdi;n;Kommentar\r\n")
        for i in range(N_INDICATORS):
            name = f"Indikator {i:02d}"
            for d in range(per):
                date = start + dt.timedelta(days=d)
                value = ((d * 37 + i * 11) % 10000) / 100
                n = 10 + d % 50
                fh.write(f"{name};{date:%d-%m-%Y};{str(value).replace('.', ',')};{n};\r\n")
                parsed.append((i, date, value, n))
    return parsed


def once(rows: int) -> tuple[float, float, int]:
    """(raw sqlite3 seconds, import seconds, rows) of one run in fresh databases."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    csv_path = tmp / "measurements.csv"
    parsed = write_csv(csv_path, rows)

    def fresh(name: str) -> tuple[Workspace, uuid.UUID, list[uuid.UUID]]:
        ws = Workspace.open(tmp / name)
        trial = ws.create_trial(name="Benchmark", start_date=dt.date(1950, 1, 1))
        ids = [ws.create_indicator(trial.id, name=f"Indikator {i:02d}", bottom_line="service", valid_min=0,
                                   valid_max=100).id for i in range(N_INDICATORS)]
        return ws, trial.id, ids

    # raw sqlite3 executemany of the same rows into the same schema
    ws, _, ids = fresh("raw.db")
    ws.close()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    hex_ids = [i.hex for i in ids]
    raw_rows = [(uuid.uuid4().hex, hex_ids[i], date.isoformat(), value, n, None, None, None, "", now, now)
                for i, date, value, n in parsed]
    con = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO measurements (id, indicator_id, date, value, n, sd, numerator, denominator, "
                    "comment, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", raw_rows)
    con.execute("COMMIT")
    raw_s = time.perf_counter() - t0
    count_raw = con.execute("SELECT count(*) FROM measurements").fetchone()[0]
    con.close()
    del raw_rows

    # the program's import, from the CSV file
    ws, trial_id, _ = fresh("import.db")
    t0 = time.perf_counter()
    src = open_table(csv_path)
    report = import_measurements(ws, src, detect_mapping(src.header), trial_id)
    imp_s = time.perf_counter() - t0
    count_imp = ws.counts()["measurements"]
    ws.close()

    assert count_raw == count_imp == len(parsed) == report.inserted, (count_raw, count_imp, report.inserted)
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return raw_s, imp_s, len(parsed)


def measure(settings: Settings) -> list[Result]:
    rows = 20_000 if settings.quick else 1_000_000
    got = [once(rows) for _ in range(settings.runs)]
    return [Result(f"import {rows:,} rows from CSV", "s", [g[1] for g in got], [g[0] for g in got],
                   "raw sqlite3 executemany", None if settings.quick else 2.0, "ratio")]


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    raw_s, imp_s, n = once(rows)
    print(f"{n:,} rows, {N_INDICATORS} indicators")
    print(f"raw sqlite3 executemany: {raw_s:6.2f} s  {n / raw_s:>10,.0f} rows/s  (parsed rows, insert only)")
    print(f"effektmaaling import:    {imp_s:6.2f} s  {n / imp_s:>10,.0f} rows/s  "
          f"(read CSV + parse + check + insert)")
    print(f"ratio import / raw: {imp_s / raw_s:.2f}x (aim: within 2x)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        run_alone(measure, __doc__)
    else:
        main()
