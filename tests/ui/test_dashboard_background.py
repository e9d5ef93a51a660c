"""The dashboard analyses a trial in a worker thread and builds its page when the result comes; its cards'
charts are painted with QPainter (no pyqtgraph)."""

from __future__ import annotations

import threading

from PySide6.QtGui import QColor

from effektmaaling.ui import analysis_cache, background
from effektmaaling.ui.icons import IMPROVED, TARGET

from .helpers import wait_for_dashboard


def _colours(widget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) & 0xFFFFFF for x in range(image.width()) for y in range(image.height())}


def test_a_trial_not_analysed_yet_says_so_then_shows_its_cards(demo_window, qtbot, monkeypatch):
    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    qtbot.waitUntil(background.idle, timeout=10000)  # the first trial's dashboard, shown by the fixture
    w.cache._on_change(type("Change", (), {"trial_id": None, "entity": "database"})())  # nothing kept
    threads, release = [], threading.Event()
    real = analysis_cache._compute

    def compute(ws, trial_id):
        if trial_id == trial.id:
            threads.append(threading.current_thread())
        release.wait(10)  # the page is looked at while the analysis is still being made
        return real(ws, trial_id)

    monkeypatch.setattr(analysis_cache, "_compute", compute)
    w.navigator.select("trial", trial.id)
    dashboard = w.page("dashboard")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert dashboard.analysing and dashboard.waiting and dashboard.cards == []
    assert w.current_page() == "dashboard"
    texts = [label.text() for label in dashboard.widget().findChildren(type(dashboard.widget().children()[1]))]
    assert "FriNoVa" in texts and "Analyserer forsøgets målinger …" in texts
    assert threads[0] is not threading.main_thread()
    release.set()
    wait_for_dashboard(w, qtbot, trial.id)
    assert not dashboard.analysing
    assert len(dashboard.cards) == len(w.ws.indicators(trial.id)) > 0
    # asked again: kept, so built at once with no second analysis
    w.navigator.select("details", trial.id)
    w.navigator.select("trial", trial.id)
    assert not dashboard.analysing and dashboard.shown_trial == trial.id and len(threads) == 1


def test_after_a_change_the_page_stays_until_the_new_analysis_comes(demo_window, qtbot):
    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("trial", trial.id)
    dashboard = wait_for_dashboard(w, qtbot, trial.id)
    page = dashboard.widget()
    w.ws.update_trial(trial.id, name="FriNoVa 2")
    assert dashboard.widget() is page or not dashboard.analysing  # never the empty "Analyserer …" page
    qtbot.waitUntil(lambda: not dashboard.waiting, timeout=10000)
    assert "FriNoVa 2" in dashboard.accessibleName()


def test_card_charts_draw_target_signals_and_say_what_they_show(demo_window, qtbot):
    w = demo_window
    trial = w.ws.find_trial("Den Sociale Hjemmepleje Valby/Vesterbro")
    w.navigator.select("trial", trial.id)
    dashboard = wait_for_dashboard(w, qtbot, trial.id)
    card = next(c for c in dashboard.cards if c.chart.data_.target is not None and c.chart.data_.signals)
    assert type(card.chart).__name__ == "CardChart"
    seen = _colours(card.chart)
    assert QColor(TARGET).rgb() & 0xFFFFFF in seen  # the target line
    assert QColor(IMPROVED).rgb() & 0xFFFFFF in seen  # an improvement signal
    assert "målinger fra" in card.chart.accessibleDescription()
    assert "pyqtgraph" not in type(card.chart).__module__
