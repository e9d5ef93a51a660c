"""The navigator on a generated database of 1,000 trials × 20 indicators: listed at once, every status icon
filled off the GUI thread, driven with the keyboard meanwhile, and no turn of the event loop longer than
200 ms (a loose bound for a noisy machine; ``python -m bench.bench_gui`` measures the real figures)."""

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
    """The longest gap between ticks of a 10 ms timer: the longest turn of the event loop, roughly."""

    def __init__(self) -> None:
        self.longest, self.where = 0.0, ""
        self.phase = "start"
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last - 0.010
        if gap > self.longest:
            self.longest, self.where = gap, self.phase
        self._last = now


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
        t0 = time.perf_counter()
        nav.attach(ws, Hub(ws, nav))
        listed = time.perf_counter() - t0
        assert nav.model.rowCount() == 1000
        assert listed < 1.0, f"listing 1,000 trials took {listed:.2f} s"

        watch = TurnWatch()
        watch.phase = "status icons"
        nav.start_statuses()
        nav.tree.setFocus()
        qtbot.waitUntil(lambda: nav.tree.hasFocus(), timeout=2000)
        watch.phase = "keyboard"
        nav.tree.setCurrentIndex(nav.proxy.index(0, 0))
        for key in [Qt.Key.Key_Down] * 15 + [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Home]:
            QTest.keyClick(nav.tree, key)
            qtbot.wait(20)
        watch.phase = "search"
        nav.search.setFocus()
        for ch in "Indikator 07":  # typed: one key per turn of the event loop
            QTest.keyClicks(nav.search, ch)
            qtbot.wait(30)
        qtbot.waitUntil(lambda: nav.proxy.filterRegularExpression().pattern() != "", timeout=5000)
        qtbot.wait(300)
        assert nav.proxy.rowCount() > 0
        nav.search.clear()
        qtbot.wait(300)
        watch.phase = "status icons"
        qtbot.waitUntil(lambda: nav.statuses_done, timeout=240_000)
        qtbot.wait(50)
        watch.timer.stop()

        items = [nav.model.item(r).child(c) for r in range(nav.model.rowCount())
                 for c in range(nav.model.item(r).rowCount())]
        statuses = [it.data(STATUS_ROLE) for it in items if it.data(KIND_ROLE) == "indicator"]
        assert len(statuses) == 20_000 and all(statuses)
        assert watch.longest < TURN_LIMIT, f"an event-loop turn of {watch.longest * 1000:.0f} ms ({watch.where})"
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
