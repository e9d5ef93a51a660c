"""Driving the real widgets from tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def type_into_cell(qtbot, table, row: int, col: int, text: str, end=Qt.Key.Key_Return) -> None:
    """Select a cell, type as a user does (the first key opens the editor), finish with Enter or Tab."""
    window = table.window()
    if not window.isActiveWindow():  # a dialog just closed (offscreen does not hand activation back)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    focus = QApplication.focusWidget()
    index = table.model().index(row, col)
    if table.state() == table.State.EditingState and table.currentIndex() == index and focus is not table:
        editor = focus  # Tab already opened the editor of this cell
        qtbot.keyClicks(editor, text[0])
    else:
        table.setFocus()
        table.setCurrentIndex(index)
        qtbot.keyClick(table, text[0])
        editor = QApplication.focusWidget()
    assert editor is not None and editor is not table, "typing did not open an editor"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, end)
    qtbot.wait(5)


def settle(qtbot) -> None:
    """Let queued reloads and moves run."""
    qtbot.wait(10)


def open_demo_indicator(w, qtbot, trial="Den Sociale Hjemmepleje Valby/Vesterbro",
                        name="Kontinuitet: forskellige medarbejdere i hjemmet"):
    """Select a demo indicator in the navigator and wait until its page has laid out its chart and grid:
    (the indicator page, the indicator)."""
    t = w.ws.find_trial(trial)
    ind = w.ws.find_indicator(t.id, name)
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] > 0 and getattr(view, "_split_done", True), timeout=3000)
    return view, ind


def wait_for_dashboard(w, qtbot, trial_id=None, timeout: int = 10_000):
    """The dashboard page once it shows the trial (``trial_id``, else the selected one): its analysis is made
    in a worker thread when it is not kept, and the page is built when it comes."""
    dashboard = w.page("dashboard")
    wanted = trial_id if trial_id is not None else dashboard.trial_id
    qtbot.waitUntil(lambda: dashboard.shown_trial == wanted and not dashboard.waiting, timeout=timeout)
    return dashboard
