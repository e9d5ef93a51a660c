"""Python's cyclic garbage collector runs on the GUI thread only while work runs in the background.

A collection started by a worker thread's allocations frees whatever cyclic garbage exists at that moment,
Qt objects included, on that thread: a widget or a chart item destroyed there while the GUI thread paints
crashes the program (a segmentation fault seen in the full test run). While a worker runs, automatic
collection is off and the GUI thread collects on a timer (as pyqtgraph's GarbageCollector does).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

FREED_ON: list[str] = []


class Marker:
    """Records the thread on which the cycle holding it is freed."""

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def test_cyclic_garbage_with_a_qt_object_is_freed_on_the_gui_thread(qtbot):
    from effektmaaling.ui import background

    FREED_ON.clear()
    gc.collect()
    release = threading.Event()
    allocating = threading.Event()

    def work(_job) -> int:
        release.wait(10)
        for _ in range(20_000):  # young cyclic objects: Python's gen-0 threshold is passed many times over
            a: list = []
            a.append(a)
        allocating.set()
        return 0

    job = background.Job(work, name="gc-test").start()
    holder = QObject()
    cycle = {"qt": holder, "marker": Marker()}
    cycle["self"] = cycle
    del holder, cycle  # cyclic garbage from now on, with a Qt object in it
    release.set()
    assert allocating.wait(10)
    qtbot.waitUntil(lambda: job.over, timeout=10_000)
    qtbot.waitUntil(lambda: bool(FREED_ON), timeout=5_000)
    assert [threading.main_thread().name] == FREED_ON


def test_automatic_collection_comes_back_when_no_worker_runs(qtbot):
    """Once every registered worker has ended, automatic collection is on again; while one still runs (a
    status loader of a window another test left open, say) it stays off, and the ended job is forgotten."""
    from effektmaaling.ui import background

    job = background.Job(lambda _job: 0, name="gc-test").start()
    qtbot.waitUntil(lambda: job.over, timeout=10_000)
    collector = background._collector

    def settled() -> bool:
        return not job._thread.is_alive() and (gc.isenabled() or (bool(collector.workers)
                                                                  and all(w() for w in collector.workers)))

    qtbot.waitUntil(settled, timeout=5_000)
    assert job._thread.is_alive not in collector.workers
    assert gc.isenabled() == (not collector.workers)
