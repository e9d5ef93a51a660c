"""The process that bench_gui.py launches: ``python -m bench.gui_child T0 bare|app|demo [DB|DATA_DIR]``.

``bare``: a bare QMainWindow, until its first paint. ``app``: the real start (``effektmaaling --db DB``
through the command line's main()); ``demo``: the real ``effektmaaling --demo`` with DATA_DIR as the user
data folder (the demo database is written there on the first run). Both with a watch on the window: its first paint, the trials listed, the
first trial's dashboard painted, every navigator status icon filled (with the longest gap between ticks
of a 10 ms timer meanwhile: the longest stall of the event loop), the peak memory, then the time to close
the window and end. Prints one JSON line. Times are seconds since T0 (before the process started).
"""

import json
import os
import sys
import time

from bench.peak import peak_rss_mb


def run() -> None:  # (a function: the status icons' worker processes, started with spawn, import this module again)

    t0 = float(sys.argv[1])
    mode = sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    out: dict[str, float] = {}


    def mark(name: str) -> None:
        marks.setdefault(name, time.time() - t0)


    class PaintOnce(QObject):
        def __init__(self, name, then):
            super().__init__()
            self.name, self.then = name, then

        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and self.name not in marks:
                mark(self.name)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, self.then)
            return False


    def report() -> None:
        out.update(marks)
        out["max_rss_mb"] = peak_rss_mb()
        print(json.dumps(out), flush=True)


    if mode == "bare":
        w = QMainWindow()
        w.resize(1200, 800)
        f = PaintOnce("paint", lambda: (report(), w.close(), QApplication.quit()))
        w.installEventFilter(f)
        w.show()
        app.exec()
        sys.exit(0)

    from effektmaaling.ui import main_window as mw

    watchers: list = []
    stall = {"longest": 0.0, "last": 0.0}
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)


    def tick() -> None:
        now = time.perf_counter()
        if stall["last"]:
            stall["longest"] = max(stall["longest"], now - stall["last"] - 0.010)
        stall["last"] = now


    ticker.timeout.connect(tick)


    def close_window(window) -> None:
        ticker.stop()
        out["longest_stall"] = stall["longest"]
        start = time.perf_counter()
        window.close()
        out["close_window"] = time.perf_counter() - start  # closeEvent: statuses stopped, backup awaited, layout saved
        out["_closing"] = start


    workers: dict[int, float] = {}  # the status icons' worker processes: pid -> peak memory (MB)
    sampled = [0.0]

    def sample_workers(nav) -> None:
        pids = getattr(getattr(nav, "_loader", None), "worker_pids", None)
        if pids is None or time.perf_counter() - sampled[0] < 0.2:
            return
        sampled[0] = time.perf_counter()
        for pid in pids():
            try:
                with open(f"/proc/{pid}/status", encoding="ascii") as fh:
                    for line in fh:
                        if line.startswith("VmHWM:"):
                            workers[pid] = max(workers.get(pid, 0.0), int(line.split()[1]) / 1024)
            except OSError:
                pass

    def poll(window) -> None:
        d = window._pages.get("dashboard")
        nav = window.navigator
        sample_workers(nav)
        if "populated" not in marks and d is not None and d.cards and window.centre.currentWidget() is d:
            f = PaintOnce("populated", lambda: None)
            watchers.append(f)
            d.cards[0].installEventFilter(f)
            d.cards[0].update()
        if "populated" in marks and "stall_from" not in out:
            out["stall_from"] = marks["populated"]  # the longest stall is measured while the icons fill
            stall["longest"] = 0.0
        if nav.statuses_done and "icons" not in marks:
            mark("icons")
        if "icons" in marks and "populated" in marks and time.time() - t0 > marks["icons"] + 0.2:
            close_window(window)
            return
        if time.time() - t0 > 300:
            out["timeout"] = 1
            close_window(window)
            return
        QTimer.singleShot(5, lambda: poll(window))


    class Listed(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint and obj.parent().model().rowCount() and "listed" not in marks:
                mark("listed")
            return False


    original = mw.MainWindow.event


    def event(self, ev):
        result = original(self, ev)
        if ev.type() == QEvent.Type.Paint and "paint" not in marks:
            mark("paint")
            if self.navigator.model.rowCount():
                mark("listed")
            else:
                watchers.append(Listed())
                self.navigator.tree.viewport().installEventFilter(watchers[-1])
            ticker.start(10)
            QTimer.singleShot(0, lambda: poll(self))
        return result


    mw.MainWindow.event = event
    from effektmaaling.cli.main import main

    if mode == "demo":
        os.environ["EFFEKTMAALING_DATA_DIR"] = sys.argv[3]
        code = main(["--demo"])
    else:
        code = main(["--db", sys.argv[3]])
    if "_closing" in out:
        out["close"] = time.perf_counter() - out.pop("_closing")  # the window closed and the database released
    import resource

    own, ended = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    out["cpu_self"] = own.ru_utime + own.ru_stime  # processor time of the window's process, start to end
    out["cpu_workers"] = ended.ru_utime + ended.ru_stime  # of its worker processes (ended by now)
    out["workers"] = len(workers)
    out["workers_peak_mb"] = sum(workers.values())  # they run side by side
    report()
    sys.exit(code)


if __name__ == "__main__":
    run()
