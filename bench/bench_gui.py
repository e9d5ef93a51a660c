"""Desktop program speed, with a bare PySide6 window measured in the same run as the baseline.

    uv run python bench/bench_gui.py            (offscreen unless QT_QPA_PLATFORM is set)

1. Launch to first painted window: a fresh Python process per run, from process start to the first
   paint event of the main window, on the demo data; beside it the same for a bare QMainWindow.
   Aim: within 1.5x of the bare window.
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

CHILD = r'''
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"{time.time() - t0:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False
app = QApplication(sys.argv[:1])
mode = sys.argv[2]
if mode == "bare":
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.resize(1200, 800)
else:
    import os
    os.environ["EFFEKTMAALING_DATA_DIR"] = sys.argv[4]
    from pathlib import Path
    from effektmaaling.ui.app import Application
    from effektmaaling.ui.settings import Settings
    controller = Application.__new__(Application)
    controller.app, controller.settings, controller.window = app, Settings(), None
    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow
    w = MainWindow(Workspace.open(Path(sys.argv[3])), controller.settings)
    w.resize(1200, 800)
    w.call_after_first_paint(w.restore_selection)
f = FirstPaint()
w.installEventFilter(f)
w.show()
app.exec()
'''


def launch(mode: str, db: Path, data: Path) -> float:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(t0), mode, str(db), str(data)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from effektmaaling.services.demo import write_demo

    work = Path(tempfile.mkdtemp(prefix="effektmaaling-bench-"))
    demo = write_demo(work / "demo.db")
    data = work / "data"
    data.mkdir()
    launch("app", demo, data)  # warm the file cache once
    bare = [launch("bare", demo, data) for _ in range(RUNS)]
    ours = [launch("app", demo, data) for _ in range(RUNS)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"launch to first paint (median of {RUNS}): bare PySide6 window {b * 1000:.0f} ms, "
          f"Effektmåling on demo data {o * 1000:.0f} ms, ratio {o / b:.2f}x (aim <= 1.5x)")

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
    main()
