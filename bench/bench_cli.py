"""The command line on a generated database of many trials: ``trials``, ``check`` and ``analyse`` of all trials.

    uv run python -m bench.bench_cli [--trials 1000] [--runs 3] [--quick]

Each run is a fresh process (as a user runs the command), timed from before the process starts, with its
peak memory. Baseline in the same run: ``effektmaaling --version`` (the interpreter and the command line's
start, the floor of every command). ``trials`` is also timed as the first opening after a change (SQLite's
``quick_check`` of the whole file; later openings skip it until something writes to the file). Aims (issue 19): ``trials`` < 1 s and ``check`` < 60 s at 10 M
measurements; ``analyse`` of all 1,000 trials < 10 s and < 500 MB.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .common import Result, Settings, run_alone, run_cli


def measure(settings: Settings) -> list[Result]:
    db = str(settings.database())
    base = [run_cli(["--version"])["seconds"] for _ in range(settings.runs)]
    out = []
    size = f"{settings.trials:,} trials"
    with tempfile.TemporaryDirectory() as tmp:
        # Opening runs SQLite's quick_check (every page read) unless nothing has written to the file since it
        # last passed it: a user data folder of its own per run gives the first opening after a change ...
        first = [run_cli(["--db", db, "trials"], data_dir=Path(tmp) / f"first{i}") for i in range(settings.runs)]
        out.append(Result(f"CLI trials, {size}, first opening after a change", "s", [r["seconds"] for r in first],
                          base, "--version"))
        data = Path(tmp) / "data"  # ... and one kept for the rest: the openings that follow
        run_cli(["--db", db, "trials"], data_dir=data)
        for name, args, aim in (("trials", ["trials"], 1.0), ("check", ["check"], 60.0),
                                ("analyse (all trials)", ["analyse"], 10.0)):
            runs = [run_cli(["--db", db, *args], data_dir=data) for _ in range(settings.runs)]
            out.append(Result(f"CLI {name}, {size}", "s", [r["seconds"] for r in runs], base, "--version",
                              None if settings.quick else aim))
            if name.startswith("analyse"):
                # Many trials are analysed in worker processes: the main process's peak plus, for each
                # worker, the largest worker's peak (an upper bound of all the processes together).
                from effektmaaling.cli.commands.analyse import process_count

                workers = process_count(settings.trials)
                workers = workers if workers > 1 else 0
                out.append(Result(f"CLI {name}, {size}: peak memory, all processes ({workers} workers)", "MB",
                                  [r["max_rss_mb"] + workers * r.get("children_max_rss_mb", 0) for r in runs],
                                  aim=None if settings.quick else 500.0))
    return out


if __name__ == "__main__":
    run_alone(measure, __doc__)
