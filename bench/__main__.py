"""All benchmarks, one table: ``uv run python -m bench [--quick] [--runs N] [--trials N] [NAME ...]``.

NAME: cli, gui, analysis, report, import, exchange (default: all). Each also runs alone: ``python -m
bench.bench_cli``, ``bench.bench_gui``, ``bench.bench_analysis``, ``bench.bench_report``,
``bench.import_measurements``, ``bench.bench_exchange``.
Prints the table (median and min–max of the runs, the baseline measured in the same run, the ratio, the aim
and whether it is met) and writes ``bench/results/latest.json``. The generated database (1,000 trials ×
20 indicators × 120 months by default) is written once into ``bench/results/cache`` and reused.
``--quick``: tiny sizes, one run (what the test suite's smoke test runs).
"""

from __future__ import annotations

import importlib
import sys
import time
from dataclasses import asdict

from .common import RESULTS, Result, Settings, parser, table, write_json

BENCHMARKS = {"analysis": "bench_analysis", "cli": "bench_cli", "report": "bench_report",
              "import": "import_measurements", "exchange": "bench_exchange", "gui": "bench_gui"}


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__)
    ap.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], help="benchmarks to run (default: all)")
    args = ap.parse_args(argv)
    settings = Settings.of(args)
    results: list[Result] = []
    for name in args.names or list(BENCHMARKS):
        t0 = time.perf_counter()
        module = importlib.import_module(f".{BENCHMARKS[name]}", __package__)
        got = module.measure(settings)
        results += got
        print(f"[{name}: {len(got)} figures in {time.perf_counter() - t0:.0f} s]", file=sys.stderr, flush=True)
    print(table(results))
    path = args.json or RESULTS / ("quick.json" if settings.quick else "latest.json")
    write_json(results, path, asdict(settings))
    print(f"\n{path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
