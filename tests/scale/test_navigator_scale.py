"""The navigator on a generated database of 1,000 trials × 20 indicators: listed at once, every status icon
filled off the GUI thread, driven with the keyboard and the search meanwhile, and after the listing no turn
of the event loop longer than 200 ms of the GUI thread's processor time (a loose bound for a noisy machine;
wall time on the shared development machine also counts waiting for a processor, and is reported with a
failure; ``python -m bench.bench_gui`` measures the wall-time stalls). The next start finds every trial's statuses in the stored summary."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from bench.generate import generate

TURN_LIMIT = 0.2


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    folder = tmp_path_factory.mktemp("thousand")
    return generate(folder / "thousand.db", trials=1000, indicators=20, months=4, templates=2, check=False,
                    quiet=True)


class TurnWatch:
    """The longest turn of the event loop, roughly: the longest time between ticks of a 10 ms timer, as the
    GUI thread's own processor time (what the program does in the turn, garbage collections included) and
    as wall time (which on a shared, loaded machine also counts the time the thread waits for a processor)."""

    def __init__(self) -> None:
        self.longest, self.where, self.longest_wall = 0.0, "", 0.0
        self.phase = "start"
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest_wall = max(self.longest_wall, now - self._last - 0.010)
        if cpu - self._last_cpu > self.longest:
            self.longest, self.where = cpu - self._last_cpu, self.phase
        self._last, self._last_cpu = now, cpu


def test_a_thousand_trials_stay_responsive(qtbot, thousand):
    from effektmaaling.services import Workspace
    from effektmaaling.ui.hub import Hub
    from effektmaaling.ui.navigator import KIND_ROLE, STATUS_ROLE, Navigator

    ws = Workspace.open(thousand, daily_backup=False)
    try:
        nav = Navigator()
        qtbot.addWidget(nav)
        nav.resize(400, 800)
        nav.show()
        qtbot.waitExposed(nav)
        t0 = time.thread_time()
        nav.attach(ws, Hub(ws, nav))
        listed = time.thread_time() - t0  # processor time, as the turns below
        assert nav.model.rowCount() == 1000
        # Listing is the one turn known to be longer than the bound (the trials and the indicators' names are
        # read at once; docs/performance.md): bounded here by the aim for the whole start, with room for load.
        assert listed < 2.0, f"listing 1,000 trials took {listed:.2f} s"

        watch = TurnWatch()
        watch.phase = "status icons"
        nav.start_statuses()
        nav.tree.setFocus()
        qtbot.waitUntil(lambda: nav.tree.hasFocus(), timeout=2000)
        watch.phase = "keyboard"
        nav.tree.setCurrentIndex(nav.model.index(0, 0))
        for key in [Qt.Key.Key_Down] * 15 + [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Home]:
            QTest.keyClick(nav.tree, key)
            qtbot.wait(20)
        watch.phase = "search"
        nav.search.setFocus()
        for ch in "Indikator 07":  # typed: one key per turn of the event loop
            QTest.keyClicks(nav.search, ch)
            qtbot.wait(30)
        qtbot.waitUntil(lambda: nav.model.pattern != "", timeout=5000)
        qtbot.wait(300)
        assert nav.model.rowCount() > 0
        nav.search.clear()
        qtbot.wait(300)
        watch.phase = "status icons"
        qtbot.waitUntil(lambda: nav.statuses_done, timeout=240_000)
        qtbot.wait(50)
        watch.timer.stop()

        model = nav.model
        items = [model.index(c, 0, model.index(r, 0)) for r in range(model.rowCount())
                 for c in range(model.rowCount(model.index(r, 0)))]
        statuses = [it.data(STATUS_ROLE) for it in items if it.data(KIND_ROLE) == "indicator"]
        assert len(statuses) == 20_000 and all(statuses)
        assert watch.longest < TURN_LIMIT, (f"an event-loop turn of {watch.longest * 1000:.0f} ms of processor time "
                                            f"({watch.where}; longest wall time {watch.longest_wall * 1000:.0f} ms)")
        assert nav.current() is not None

        # the next start: every icon from the stored summary, nothing analysed again
        from effektmaaling.services.analysis import stored_statuses

        stored = stored_statuses(ws, [t.id for t in ws.trials()])
        assert not stored.stale and len(stored.valid) == 1000
        t0 = time.perf_counter()
        nav.close_statuses()
        assert time.perf_counter() - t0 < 1.0
    finally:
        ws.close()
