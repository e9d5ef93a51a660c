"""A deterministic generator of large databases for the benchmarks.

    uv run python -m bench.generate OUT.db [--trials 1000] [--indicators 20] [--months 120] [--templates 10]

Ten template trials (``--templates``) are written through the services, exactly as the program writes
them (validation, change log): indicators of every measure type, monthly points, a third of them before
the trial's start, half of the indicators shifting after it, milestones and bottom-line assessments. The
other trials are copies of the templates made with bulk SQL (``INSERT … SELECT``) under new names and
ids, so that a database of a thousand trials and 2.4 million measurements takes seconds, not hours.
The same arguments give the same file content (fixed seed, ids from ``uuid5``, a fixed clock for the
change log); :func:`generate` runs the program's ``check`` on the result and raises if it finds anything.

:func:`cached` keeps generated files in ``bench/results/cache`` so a benchmark run reuses them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
import uuid
from pathlib import Path

import numpy as np

NAMESPACE = uuid.UUID("6f1d3a52-6c3e-4f7e-9a35-3d1f0c2b7a10")
CACHE = Path(__file__).resolve().parent / "results" / "cache"
LINES = ("productivity", "service", "political", "legal-rights", "staff-wellbeing")
THEMES = ("Ventetid", "Tilfredshed", "Sygefravær", "Genindlæggelser", "Dokumentation", "Fremmøde", "Klager")
FIRST_MONTH = dt.date(2010, 1, 1)


def _id(*parts: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(map(str, parts)))


def _month(k: int) -> dt.date:
    y, m = divmod(FIRST_MONTH.month - 1 + k, 12)
    return dt.date(FIRST_MONTH.year + y, m + 1, 1)


def _template(ws, t: int, indicators: int, months: int, rng: np.random.Generator, own_rows: bool = False) -> None:
    start = _month(months // 3)
    trial = ws.create_trial(
        id=_id("trial", t), name=f"Skabelon {t + 1:02d}", start_date=start,
        end_date=_month(months + 6), unit=f"Center {t + 1}", status="active", contact_person="Benchmark",
        purpose="Et genereret forsøg til at måle programmets hastighed på store databaser.",
        theory_of_change="## Problem\nFor lang ventetid.\n\n## Aktiviteter\n- Faste teams\n- Færre møder")
    for k in range(indicators):
        kind = ("value", "proportion", "rate", "count", "value")[k % 5]
        fields = {
            "id": _id("indicator", t, k), "name": f"Indikator {k + 1:02d}", "bottom_line": LINES[k % 5],
            "measure_type": kind, "direction": "increase" if k % 2 else "decrease",
            "unit": {"value": "dage", "proportion": "", "rate": "pr. 1.000 dage", "count": "sager"}[kind],
            "theme": "" if own_rows and k % 2 else THEMES[k % len(THEMES)], "decimals": 1,
        }
        if kind == "proportion":
            fields["target_value"] = 60.0
        elif kind == "rate":
            fields["rate_per"] = 1000.0
        ind = ws.create_indicator(trial.id, **fields)
        shift = (1 if k % 2 else -1) * (k % 4 != 0)  # half of them move after the start, some up, some down
        rows = []
        for m in range(months):
            after = m >= months // 3
            if kind == "value":
                row = {"value": round(50 + (5 * shift if after else 0) + float(rng.normal(0, 3)), 1)}
                if k % 10 == 4:  # means with their n and sd
                    row.update(n=int(rng.integers(20, 60)), sd=round(float(rng.uniform(4, 9)), 2))
            elif kind == "count":
                row = {"value": float(rng.poisson(30 + (6 * shift if after else 0)))}
            else:
                den = int(rng.integers(150, 250))
                p = 0.40 + (0.1 * shift if after else 0)
                num = int(rng.binomial(den, p)) if kind == "proportion" else int(rng.poisson(den * (0.03 + 0.01 * shift * after)))
                row = {"numerator": num, "denominator": den}
            rows.append({"date": _month(m), **row})
        ws.upsert_measurements(ind.id, rows)
    ws.add_milestone(trial.id, start, "Forsøget starter")
    ws.add_milestone(trial.id, _month(months // 2), "Midtvejsevaluering")
    for j, line in enumerate(LINES):
        ws.set_assessment(trial.id, line, ("plus", "neutral", "plus", "minus", "neutral")[(t + j) % 5],
                          justification="Vurderet ud fra indikatorerne.")


def _fix_clock(path: Path) -> None:
    """One fixed time and user in the templates' timestamps and change log (the same file every run)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        at = "2024-01-01 12:00:00.000000"
        con.execute("BEGIN IMMEDIATE")
        for table in ("trials", "indicators", "measurements"):
            con.execute(f"UPDATE {table} SET created_at = ?, updated_at = ?", (at, at))
        con.execute("UPDATE change_log SET at = ?, user = 'benchmark'", (at,))
        con.execute("COMMIT")
    finally:
        con.close()


def _copy_sql(path: Path, templates: int, trials: int) -> None:
    """Copies ``templates`` trials to ``trials`` trials in all, with bulk SQL in one transaction."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA synchronous=OFF")  # a generated file: rebuilt when anything goes wrong
        con.execute("BEGIN IMMEDIATE")
        tmpl = [row[0] for row in con.execute("SELECT id FROM trials ORDER BY name")]
        con.execute("CREATE TEMP TABLE trial_map (old TEXT, new TEXT, copy INTEGER, name TEXT)")
        con.execute("CREATE TEMP TABLE ind_map (old TEXT, new TEXT, copy INTEGER)")
        trial_rows, ind_rows = [], []
        inds_of = {t: [r[0] for r in con.execute("SELECT id FROM indicators WHERE trial_id = ? ORDER BY name", (t,))]
                   for t in tmpl}
        for c in range(len(tmpl), trials):
            old = tmpl[c % len(tmpl)]
            trial_rows.append((old, _id("copy", c).hex, c, f"Forsøg {c + 1:05d}"))
            ind_rows += [(i, _id("copy", c, i).hex, c) for i in inds_of[old]]
        con.executemany("INSERT INTO trial_map VALUES (?, ?, ?, ?)", trial_rows)
        con.executemany("INSERT INTO ind_map VALUES (?, ?, ?)", ind_rows)
        con.execute("CREATE INDEX temp.ix_ind_map ON ind_map (old)")
        cols = lambda table: [r[1] for r in con.execute(f"PRAGMA table_info({table})")]  # noqa: E731
        trial_cols = cols("trials")
        select = ", ".join("m.new" if c == "id" else "m.name" if c == "name" else f"t.{c}" for c in trial_cols)
        con.execute(f"INSERT INTO trials ({', '.join(trial_cols)}) SELECT {select} "
                    "FROM trial_map m JOIN trials t ON t.id = m.old ORDER BY m.copy")
        ind_cols = cols("indicators")
        select = ", ".join("im.new" if c == "id" else "tm.new" if c == "trial_id" else f"i.{c}" for c in ind_cols)
        con.execute(f"INSERT INTO indicators ({', '.join(ind_cols)}) SELECT {select} FROM ind_map im "
                    "JOIN indicators i ON i.id = im.old JOIN trial_map tm ON tm.old = i.trial_id AND tm.copy = im.copy "
                    "ORDER BY im.copy, i.name")
        m_cols = cols("measurements")
        # a new id: the indicator copy's first 20 hex digits and the template measurement's rowid
        select = ", ".join("substr(im.new, 1, 20) || printf('%012x', m.rowid)" if c == "id" else
                           "im.new" if c == "indicator_id" else f"m.{c}" for c in m_cols)
        con.execute(f"INSERT INTO measurements ({', '.join(m_cols)}) SELECT {select} FROM ind_map im "
                    "JOIN measurements m ON m.indicator_id = im.old ORDER BY im.copy, im.new, m.date")
        for table in ("milestones", "assessments"):
            tcols = cols(table)
            select = ", ".join("substr(tm.new, 1, 20) || printf('%012x', x.rowid)" if c == "id" else
                               "tm.new" if c == "trial_id" else f"x.{c}" for c in tcols)
            con.execute(f"INSERT INTO {table} ({', '.join(tcols)}) SELECT {select} FROM trial_map tm "
                        f"JOIN {table} x ON x.trial_id = tm.old ORDER BY tm.copy, x.rowid")
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def generate(path: Path, *, trials: int = 1000, indicators: int = 20, months: int = 120, templates: int = 10,
             check: bool = True, quiet: bool = False, own_rows: bool = False) -> Path:
    """Write a new database of ``trials`` trials at ``path`` (replacing a file there). ``own_rows``: every
    second indicator without a theme (in a comparison each of them is a row of its own: hundreds of rows)."""
    from effektmaaling.services import Workspace
    from effektmaaling.services.maintenance import check_database

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    templates = max(1, min(templates, trials))
    t0 = time.perf_counter()
    rng = np.random.default_rng(20141231)
    ws = Workspace.open(path, daily_backup=False, backup_dir=path.parent / f"{path.stem}-backups")
    try:
        for t in range(templates):
            _template(ws, t, indicators, months, rng, own_rows)
    finally:
        ws.close()
    _fix_clock(path)
    t1 = time.perf_counter()
    if trials > templates:
        _copy_sql(path, templates, trials)
    t2 = time.perf_counter()
    if check:
        ws = Workspace.open(path, readonly=True)
        try:
            report = check_database(ws)
        finally:
            ws.close()
        if not report.ok:
            raise RuntimeError(f"the generated database {path} fails the check: "
                               + "; ".join(f.get() for f in report.findings[:5]))
        counts = report.counts
    else:
        counts = {}
    if not quiet:
        print(f"{path}: {trials:,} trials × {indicators} indicators × {months} months"
              f" ({counts.get('measurements', trials * indicators * months):,} measurements): templates "
              f"{t1 - t0:.1f} s, copies {t2 - t1:.1f} s" + (f", check {time.perf_counter() - t2:.1f} s" if check else ""),
              file=sys.stderr)
    return path


def cached(trials: int = 1000, indicators: int = 20, months: int = 120, templates: int = 10,
           folder: Path = CACHE) -> Path:
    """The generated database of these dimensions, written once and kept in ``folder``."""
    from effektmaaling.storage.database import HEAD_REVISION

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"generated-{trials}x{indicators}x{months}-t{templates}-r{HEAD_REVISION}.db"
    done = path.with_suffix(".ok")
    if not (path.exists() and done.exists()):
        done.unlink(missing_ok=True)
        generate(path, trials=trials, indicators=indicators, months=months, templates=templates)
        done.write_text("ok\n")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--indicators", type=int, default=20)
    ap.add_argument("--months", type=int, default=120)
    ap.add_argument("--templates", type=int, default=10)
    ap.add_argument("--no-check", action="store_true")
    args = ap.parse_args(argv)
    generate(args.out, trials=args.trials, indicators=args.indicators, months=args.months, templates=args.templates,
             check=not args.no_check)


if __name__ == "__main__":
    main()
