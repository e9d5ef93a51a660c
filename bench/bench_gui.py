"""Desktop program speed, with a bare PySide6 window measured in the same run as the baseline.

    uv run python bench/bench_gui.py [--startup-only] [--no-bytecode]   (offscreen unless QT_QPA_PLATFORM is set)
    uv run python -m bench.bench_gui [--quick] [--trials N]   (the suite's rows on a generated database)

1. Launch to first painted window: a fresh Python process per run, from process start to the first
   paint event of the main window of ``effektmaaling --demo`` (the real command-line start on the
   existing demo database), and to the first paint of the selected trial's dashboard (cards and
   charts); beside it the same for a bare QMainWindow. Best and median of 5. Aim: within 1.5x of
   the bare window. ``python -X importtime`` on the same start shows where the import time goes.
   The launches may write .pyc files (as an installed program has them; PYTHONDONTWRITEBYTECODE=1
   would compile every imported module from source on every start). ``--no-bytecode`` keeps that
   variable as it is.
2. A big indicator: open an indicator holding the most daily points the model allows (one per day,
   1950-2097, about 54,000: dates are unique and limited to 1950-2100) in the real indicator view,
   and redraw a chart of 100,000 points (peak downsampling and clipping). Aim: redraw under 50 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = 5

try:
    from .common import Result, Settings, run_alone, timed
except ImportError:  # run as a script
    from common import Result, Settings, run_alone, timed  # type: ignore[no-redef]

def launch(mode: str, data: Path) -> tuple[float, ...]:
    """(first paint, trials listed, dashboard painted) in seconds from before the process starts: ``bare``
    or the real ``effektmaaling --demo`` with ``data`` as the user data folder (bench/gui_child.py)."""
    got = _launch(mode if mode == "bare" else "demo", str(data), keep_bytecode_setting="--no-bytecode" in sys.argv)
    paint = got["paint"]
    return paint, got.get("listed", paint), got.get("populated", paint)


def startup(data: Path) -> None:
    launch("app", data)  # writes the demo database once (as the first --demo does) and warms the file cache
    bare = [launch("bare", data)[0] for _ in range(RUNS)]
    ours = [launch("app", data) for _ in range(RUNS)]
    b = min(bare)
    print(f"launch to first paint, fresh processes, best (median) of {RUNS}:")
    print(f"  {'bare PySide6 window':36} {b * 1000:5.0f} ms ({statistics.median(bare) * 1000:.0f})")
    for i, (what, note) in enumerate((("window", "aim <= 1.5x"), ("trials listed", "database open"),
                                      ("dashboard", "the first trial's cards and charts"))):
        t = [run[i] for run in ours]
        print(f"  {'effektmaaling --demo, ' + what:36} {min(t) * 1000:5.0f} ms ({statistics.median(t) * 1000:.0f})  "
              f"ratio {min(t) / b:.2f}x ({note})")


def _launch(*args: str, keep_bytecode_setting: bool = False) -> dict:
    import json

    try:
        from .common import child_env
    except ImportError:  # run as a script
        from common import child_env  # type: ignore[no-redef]

    env = child_env()
    if keep_bytecode_setting and "PYTHONDONTWRITEBYTECODE" in os.environ:
        env["PYTHONDONTWRITEBYTECODE"] = os.environ["PYTHONDONTWRITEBYTECODE"]
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "bench.gui_child", repr(t0), *args], capture_output=True, text=True,
                         env=env, cwd=Path(__file__).resolve().parent.parent, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"the GUI benchmark process failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(settings: Settings) -> list[Result]:
    """The suite's rows: the real start on the generated database (a fresh user data folder each run, so
    every run is the first opening of the day, with its backup), beside a bare PySide6 window; then the
    same with the stored status summary cleared (every icon computed); and chart redraws."""
    import shutil
    import sqlite3

    db = settings.database()
    size = f"{settings.trials:,} trials"
    if not settings.quick:
        _launch("bare")  # warm the file cache and the .pyc files
    bare = [_launch("bare")["paint"] for _ in range(settings.runs)]
    runs = []
    for _ in range(settings.runs + (0 if settings.quick else 1)):  # a first run stores the status summary
        with tempfile.TemporaryDirectory() as data:
            os.environ["EFFEKTMAALING_DATA_DIR"] = data
            runs.append(_launch("app", str(db)))
    if not settings.quick:
        runs = runs[1:]
    computed = []
    for _ in range(min(settings.runs, 2)):  # every icon computed: a fresh copy without the stored summary each run
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "copy.db"
            shutil.copy(db, copy)
            con = sqlite3.connect(copy)
            con.execute("DELETE FROM status_summary")
            con.commit()
            con.close()
            os.environ["EFFEKTMAALING_DATA_DIR"] = tmp
            computed.append(_launch("app", str(copy)))
    quick = settings.quick

    def col(rows: list[dict], key: str, offset: str | None = None) -> list[float]:
        return [r[key] - (r[offset] if offset else 0.0) for r in rows]

    out = [
        Result(f"GUI window painted, {size}", "s", col(runs, "paint"), bare, "bare PySide6 window",
               None if quick else 1.5, "ratio"),
        Result(f"GUI trials listed, {size}", "s", col(runs, "listed"), aim=None if quick else 1.0),
        Result(f"GUI first dashboard painted, {size}", "s", col(runs, "populated"), aim=None if quick else 1.5),
        Result(f"GUI all status icons (stored summary), {size}", "s", col(runs, "icons"),
               aim=None if quick else 5.0),
        Result(f"GUI all status icons (all computed), {size}", "s", col(computed, "icons"),
               aim=None if quick else 5.0),
        Result(f"GUI longest event-loop stall (stored), {size}", "ms", [1000 * x for x in col(runs, "longest_stall")],
               aim=None if quick else 50.0),
        Result(f"GUI longest event-loop stall (computed), {size}", "ms",
               [1000 * x for x in col(computed, "longest_stall")], aim=None if quick else 50.0),
        Result(f"GUI peak memory (all computed), {size}", "MB", col(computed, "max_rss_mb"),
               aim=None if quick else 400.0),
        Result(f"GUI closing the window, {size}", "s", col(runs + computed, "close_window"),
               aim=None if quick else 1.0),
        Result(f"GUI all computed: processor time, the window's process, {size}", "s", col(computed, "cpu_self")),
        Result(f"GUI all computed: processor time, its worker processes, {size}", "s",
               col(computed, "cpu_workers")),
        Result(f"GUI all computed: peak memory of the worker processes together, {size}", "MB",
               col(computed, "workers_peak_mb")),
    ]
    return out + chart_redraw(settings)


def chart_redraw(settings: Settings) -> list[Result]:
    """Redraw and paint the indicator chart with 100,000 and 1,000,000 points (in this process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from effektmaaling.ui.chart import ChartData, EffectChart

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = []
    rng = np.random.default_rng(1)
    for n in ((2_000,) if settings.quick else (100_000, 1_000_000)):
        chart = EffectChart()
        chart.resize(1000, 500)
        chart.show()
        start = dt.date(1, 1, 1)
        dates = [start + dt.timedelta(days=i) for i in range(n)]
        chart.set_data(ChartData(dates=dates, values=list(50 + np.cumsum(rng.normal(0, 0.2, n))), n=[None] * n,
                                 target=60.0))
        chart.repaint()
        app.processEvents()

        def redraw(chart=chart) -> None:
            chart.redraw()
            chart.repaint()

        times = [t * 1000 for t in timed(redraw, max(settings.runs, 5))]
        out.append(Result(f"chart redraw and paint, {n:,} points", "ms", times,
                          aim=None if settings.quick or n > 100_000 else 50.0))
        chart.close()
    return out


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="effektmaaling-bench-"))
    data = work / "data"
    data.mkdir()
    startup(data)
    if "--startup-only" in sys.argv:
        return

    # --- a big indicator ------------------------------------------------------------------------
    os.environ["EFFEKTMAALING_DATA_DIR"] = str(data)
    from PySide6.QtWidgets import QApplication

    from effektmaaling.services import Workspace
    from effektmaaling.ui.chart import ChartData
    from effektmaaling.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    big = work / "big.db"
    ws = Workspace.open(big)
    trial = ws.create_trial(name="Stor serie", start_date=dt.date(2020, 1, 1))
    ind = ws.create_indicator(trial.id, name="Daglig måling", bottom_line="service", decimals=2)
    first = dt.date(1950, 1, 1)
    days = (dt.date(2097, 12, 31) - first).days
    import numpy as np

    rng = np.random.default_rng(1)
    values = np.round(50 + np.cumsum(rng.normal(0, 0.2, days)), 2)
    t = time.perf_counter()
    ws.upsert_measurements(ind.id, [{"date": first + dt.timedelta(days=i), "value": float(values[i])}
                                    for i in range(days)])
    print(f"storing {days:,} measurements in one transaction: {time.perf_counter() - t:.1f} s")
    window = MainWindow(ws)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    t = time.perf_counter()
    window.navigator.select("indicator", ind.id)
    view = window.page("indicator")
    view.chart.repaint()
    app.processEvents()
    print(f"open an indicator with {days:,} points (table, analysis, chart painted): "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")

    chart = view.chart
    n = 100_000
    start = dt.date(1800, 1, 1)
    chart.set_data(ChartData(dates=[start + dt.timedelta(days=i) for i in range(n)],
                             values=list(50 + np.cumsum(rng.normal(0, 0.2, n))), n=[None] * n, target=60.0))
    chart.repaint()
    app.processEvents()
    times = []
    for _ in range(10):
        t = time.perf_counter()
        chart.redraw()
        chart.repaint()
        times.append(time.perf_counter() - t)
    print(f"redraw and paint a chart of {n:,} points (median of 10): {statistics.median(times) * 1000:.1f} ms "
          f"(aim < 50 ms)")
    window.close()
    ws.close()


if __name__ == "__main__":
    if any(a in sys.argv for a in ("--quick", "--runs", "--trials", "--json")):
        run_alone(measure, __doc__)
    else:
        main()
