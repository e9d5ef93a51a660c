"""Time the effect report of a 20-indicator trial (aim: under one second on the development machine).

    uv run python bench/bench_report.py [--indicators 20] [--months 48] [--repeat 3]

A synthetic trial is written to a temporary database (values, proportions and rates; monthly points,
half before the start). Printed: the time to load + analyse (the service's part), the time to build
the PDF, the pages and the file size; and, as a baseline measured in the same run, the time of the
analysis alone, so the report's own cost is visible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np

try:
    from .common import Result, Settings, run_alone, timed
except ImportError:  # run as a script
    from common import Result, Settings, run_alone, timed  # type: ignore[no-redef]
from effektmaaling.services import Workspace
from effektmaaling.services.reporting import analyse_period, make_effect_report


def synthetic(ws: Workspace, n_ind: int, months: int) -> object:
    rng = np.random.default_rng(7)
    start = dt.date(2014, 1, 1)
    trial = ws.create_trial(name="Benchmark-forsøg på Nørrebro", start_date=start, unit="Center for Bænkemål",
                            purpose="Et syntetisk forsøg til at måle, hvor hurtigt rapporten laves.",
                            theory_of_change="## Problem\nFor lang ventetid.\n\n## Aktiviteter\n- Faste teams\n- Færre møder")
    lines = ["productivity", "service", "political", "legal-rights", "staff-wellbeing"]
    for k in range(n_ind):
        kind = ("value", "proportion", "rate")[k % 3]
        fields = {"name": f"Indikator {k + 1:02d} – ændring på året", "bottom_line": lines[k % 5], "measure_type": kind,
                  "direction": "increase" if k % 2 else "decrease", "unit": "dage" if kind == "value" else "",
                  "target_value": 60.0 if kind == "proportion" else None}
        if kind == "rate":
            fields["rate_per"] = 1000.0
            fields["unit"] = "pr. 1.000 dage"
        ind = ws.create_indicator(trial.id, **fields)
        rows = []
        for m in range(months):
            d = dt.date(2014 + (m - months // 2) // 12, (m - months // 2) % 12 + 1, 28)
            after = d >= start
            if kind == "value":
                rows.append({"date": d, "value": round(50 + (6 if after else 0) + rng.normal(0, 3), 2)})
            else:
                den = int(rng.integers(150, 250))
                p = 0.40 + (0.12 if after else 0)
                num = int(rng.binomial(den, p)) if kind == "proportion" else int(rng.poisson(den * 0.03))
                rows.append({"date": d, "numerator": num, "denominator": den})
        ws.upsert_measurements(ind.id, rows)
    return trial


def measure(settings: Settings) -> list[Result]:
    """The suite's rows: the effect report of a 20-indicator trial (baseline: its load and analysis alone),
    and the comparison PDF of 10 and of 50 trials of the generated database (baseline: their analysis)."""
    from effektmaaling.services.analysis import analyse_trials
    from effektmaaling.services.comparing import make_compare_report

    out: list[Result] = []
    n_ind, months = (5, 24) if settings.quick else (20, 48)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.db")
        trial = synthetic(ws, n_ind, months)
        pdf = Path(tmp) / "report.pdf"
        make_effect_report(ws, trial.id, pdf)  # warm up: fonts registered, modules imported
        base = timed(lambda: analyse_period(ws.bundle(trial.id)), settings.runs)
        runs = timed(lambda: make_effect_report(ws, trial.id, pdf), settings.runs)
        ws.close()
        out.append(Result(f"effect report, {n_ind} indicators × {months} months", "s", runs, base, "load + analysis",
                          None if settings.quick else 1.0))
        ws = Workspace.open(settings.database(), readonly=True)
        try:
            ids = [t.id for t in ws.trials()]
            for k in (10, 50):
                if len(ids) < k:
                    continue
                chosen = ids[:k]
                base = timed(lambda chosen=chosen: analyse_trials(ws, chosen), settings.runs)
                runs = timed(lambda chosen=chosen, k=k: make_compare_report(ws, chosen, Path(tmp) / f"c{k}.pdf",
                                                                            lang="da"), settings.runs)
                n = len(ws.indicators(chosen[0]))
                out.append(Result(f"comparison PDF, {k} trials × {n} indicators", "s", runs, base, "their analysis"))
        finally:
            ws.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--indicators", type=int, default=20)
    ap.add_argument("--months", type=int, default=48)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.db")
        trial = synthetic(ws, args.indicators, args.months)
        out = Path(tmp) / "report.pdf"
        make_effect_report(ws, trial.id, out)  # warm up: fonts registered, modules imported
        analysis_times, report_times = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            analyse_period(ws.bundle(trial.id))
            analysis_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            make_effect_report(ws, trial.id, out)
            report_times.append(time.perf_counter() - t0)
        ws.close()
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        size = out.stat().st_size
    a, r = min(analysis_times), min(report_times)
    print(f"{args.indicators} indicators × {args.months} months, best of {args.repeat}:")
    print(f"  baseline: load + analysis alone  {a * 1000:7.0f} ms")
    print(f"  full report (load, analysis, PDF) {r * 1000:7.0f} ms   ({pages} pages, {size / 1024:.0f} KiB)")
    print(f"  report's own cost                {max(0.0, r - a) * 1000:7.0f} ms   (aim: total under 1000 ms)")


if __name__ == "__main__":
    import sys

    if any(a in sys.argv for a in ("--quick", "--runs", "--trials", "--json")):
        run_alone(measure, __doc__)
    else:
        main()
