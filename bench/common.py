"""What every benchmark shares: a measured figure (:class:`Result`), the table, the JSON file, timing helpers.

A figure is several runs (median and min–max are shown), optionally with a baseline measured in the same
run (the ratio is median / median) and an aim: either a ratio to the baseline or a limit on the median.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    name: str
    unit: str  # "s", "ms" or "MB"
    runs: list[float]
    baseline: list[float] | None = None
    baseline_name: str = ""
    aim: float | None = None
    aim_kind: str = "max"  # "max": median <= aim; "ratio": median / baseline median <= aim
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base else None

    @property
    def met(self) -> bool | None:
        if self.aim is None:
            return None
        if self.aim_kind == "ratio":
            return None if self.ratio is None else self.ratio <= self.aim
        return self.median <= self.aim

    def aim_text(self) -> str:
        if self.aim is None:
            return "–"
        return f"≤ {self.aim:g}×" if self.aim_kind == "ratio" else f"≤ {_fmt(self.aim)} {self.unit}"

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(median=self.median, min=min(self.runs), max=max(self.runs), ratio=self.ratio, met=self.met)
        return d


def _fmt(x: float) -> str:
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.1f}" if abs(x) >= 10 else f"{x:.2f}" if abs(x) >= 1 else f"{x:.3f}"


def table(results: Sequence[Result]) -> str:
    head = ("measure", "median", "min–max", "baseline (same run)", "ratio", "aim", "met")
    rows = [head]
    for r in results:
        base = f"{_fmt(statistics.median(r.baseline))} {r.unit} {r.baseline_name}".strip() if r.baseline else "–"
        rows.append((r.name, f"{_fmt(r.median)} {r.unit}", f"{_fmt(min(r.runs))}–{_fmt(max(r.runs))}", base,
                     f"{r.ratio:.2f}×" if r.ratio is not None else "–", r.aim_text(),
                     {True: "yes", False: "NO", None: "–"}[r.met]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                           if line.startswith("model name"))
        info["memory_gb"] = round(int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                                           if line.startswith("MemTotal"))) / 1e6, 1)
        info["load_average"] = os.getloadavg()
    except (OSError, StopIteration):
        pass
    return info


def write_json(results: Sequence[Result], path: Path, settings: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"when": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": machine(), "settings": settings,
           "results": [r.to_dict() for r in results]}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds of ``runs`` calls of ``fn``."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


CHILD_CLI = r"""
import contextlib, io, json, sys, time
t0 = float(sys.argv[1])
from bench.peak import peak_rss_mb
from effektmaaling.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[2:])
    except SystemExit as exc:  # --version
        code = exc.code
import resource  # the largest of its worker processes (analyse), once they are ended (KiB on Linux)
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": time.time() - t0, "code": code, "max_rss_mb": peak_rss_mb(),
                  "children_max_rss_mb": children}), file=sys.stderr)
"""


def child_env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its .pyc files
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def run_cli(args: Sequence[str], data_dir: Path | None = None) -> dict:
    """One command-line run in a fresh process: wall seconds from before the process starts, peak memory.
    ``data_dir``: the user data folder the program uses (``EFFEKTMAALING_DATA_DIR``)."""
    env = child_env()
    if data_dir is not None:
        env["EFFEKTMAALING_DATA_DIR"] = str(data_dir)
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD_CLI, repr(t0), *args], capture_output=True, text=True,
                         env=env, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(f"effektmaaling {' '.join(args)} failed: {out.stderr[-2000:]}")
    got = json.loads(out.stderr.strip().splitlines()[-1])
    if got["code"] not in (0, None):
        raise RuntimeError(f"effektmaaling {' '.join(args)} exited with {got['code']}")
    return got


def parser(doc: str | None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0] if doc else None)
    ap.add_argument("--quick", action="store_true", help="tiny sizes, one run (the smoke test)")
    ap.add_argument("--runs", type=int, default=None, help="runs per figure (default 3; 1 with --quick)")
    ap.add_argument("--trials", type=int, default=None, help="trials in the generated database (default 1000)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    return ap


@dataclass
class Settings:
    quick: bool = False
    runs: int = 3
    trials: int = 1000

    @classmethod
    def of(cls, args: argparse.Namespace) -> Settings:
        quick = bool(args.quick)
        return cls(quick, args.runs or (1 if quick else 3), args.trials or (12 if quick else 1000))

    def database(self) -> Path:
        """The generated database of this size (written once, then reused from bench/results/cache)."""
        from .generate import cached

        if self.quick:
            return cached(self.trials, indicators=3, months=24, templates=2)
        return cached(self.trials)


def run_alone(measure: Callable[[Settings], list[Result]], doc: str | None) -> None:
    """``python -m bench.<name>``: this benchmark's rows of the table."""
    args = parser(doc).parse_args()
    settings = Settings.of(args)
    results = measure(settings)
    print(table(results))
    if args.json:
        write_json(results, args.json, asdict(settings))
