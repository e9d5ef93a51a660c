"""The main tasks with the keyboard alone: every step is a key event sent to the focused widget.

Create a trial and an indicator, type measurements, format the theory of change, assess a bottom line,
open the report and the comparison, open an indicator from the dashboard, search and clear the search.
The database file is checked after the steps that write.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from effektmaaling.domain.enums import BottomLine, Verdict
from effektmaaling.services import Workspace

from .helpers import settle, wait_for_dashboard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifiers)
    settle(qtbot)


def type_text(qtbot, text: str):
    """Type into whatever has focus; the first key may open an editor, which then gets the rest."""
    qtbot.keyClicks(focus(), text[0])
    settle(qtbot)
    if len(text) > 1:
        qtbot.keyClicks(focus(), text[1:])


def tab_to(qtbot, wanted, limit: int = 60):
    for _ in range(limit):
        if focus() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}; it stopped at {focus()!r}")


def active_dialog(qtbot, kind=QDialog):
    """The dialog a shortcut opened, activated (the window system does that; offscreen does not)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or QApplication.activeWindow(), kind)
                    or any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=3000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def back_to(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    settle(qtbot)


def test_main_tasks_by_keyboard_alone(window, qtbot):
    w = window
    path = w.ws.path
    w.navigator.tree.setFocus()

    # --- a new trial: Ctrl+N, type, Tab, Enter
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = active_dialog(qtbot)
    assert focus() is dialog.name
    type_text(qtbot, "Natcafe")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Center Nord")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "01-03-2014")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    back_to(qtbot, w)
    trial = w.ws.find_trial("Natcafe")
    assert trial.start_date == dt.date(2014, 3, 1)
    details = w.page("details")
    assert w.current_page() == "details"

    # --- the theory of change, formatted with keys only
    toc = details.inputs["theory_of_change"]
    details.inputs["purpose"].setFocus()
    tab_to(qtbot, toc.edit)
    type_text(qtbot, "Problem")
    press(qtbot, Qt.Key.Key_2, CTRL | ALT)  # heading
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Mere tid til ")
    press(qtbot, Qt.Key.Key_B, CTRL)
    type_text(qtbot, "borgerne")
    press(qtbot, Qt.Key.Key_B, CTRL)
    type_text(qtbot, " og ")
    press(qtbot, Qt.Key.Key_I, CTRL)
    type_text(qtbot, "mindre papir")
    press(qtbot, Qt.Key.Key_I, CTRL)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)  # bullet list
    type_text(qtbot, "faste teams")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    assert focus() is not toc.edit
    md = w.ws.trial(trial.id).theory_of_change
    assert "## Problem" in md
    assert "**borgerne**" in md
    assert "*mindre papir*" in md or "_mindre papir_" in md
    assert "- faste teams" in md or "* faste teams" in md
    assert "## Mere tid" not in md  # Enter after the heading gave an ordinary paragraph

    # --- the formatting buttons are Tab stops and work with Space
    bold = toc.buttons["bold"]
    details.inputs["is_demo"].setFocus()
    tab_to(qtbot, bold)

    # --- assess a bottom line: Tab to its verdict, arrow down, Tab to the justification, type, Tab
    box = details.assessment_boxes[BottomLine.PRODUCTIVITY]
    tab_to(qtbot, box.verdict, limit=80)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is box.justification
    type_text(qtbot, "Mindre dokumentation")
    press(qtbot, Qt.Key.Key_Tab)
    assessments = {a.bottom_line: a for a in w.ws.assessments(trial.id)}
    assert assessments[BottomLine.PRODUCTIVITY].verdict == Verdict.PLUS
    assert assessments[BottomLine.PRODUCTIVITY].justification == "Mindre dokumentation"

    # --- a new indicator: Ctrl+Shift+N, type the name, Enter
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    editor = active_dialog(qtbot)
    assert focus() is editor.inputs["name"]
    type_text(qtbot, "Gaester pr. aften")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    back_to(qtbot, w)
    assert w.current_page() == "indicator"
    view = w.page("indicator")
    view.table.setFocus()  # where the program put it after creating the indicator
    view.table.go_to_new_row()

    # --- measurements: date, Tab, value, Enter; twice
    for date, value in (("31-01-2014", "12,5"), ("28-02-2014", "14")):
        type_text(qtbot, date)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, value)
        press(qtbot, Qt.Key.Key_Return)
    ws = Workspace.open(path, readonly=True)
    try:
        ind = ws.find_indicator(trial.id, "Gaester pr. aften")
        assert [(m.date, m.value) for m in ws.measurements(ind.id)] == [(dt.date(2014, 1, 31), 12.5),
                                                                       (dt.date(2014, 2, 28), 14.0)]
    finally:
        ws.close()

    # --- the report: Ctrl+P opens it, Esc closes it
    press(qtbot, Qt.Key.Key_P, CTRL)
    report = active_dialog(qtbot)
    assert report.objectName() == "reportDialog"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible(), timeout=2000)
    back_to(qtbot, w)

    # --- the comparison: Ctrl+Shift+M opens it, Esc closes it
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    compare = active_dialog(qtbot)
    assert compare.objectName() in ("compareDialog", "") and compare.windowTitle()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not compare.isVisible(), timeout=2000)
    back_to(qtbot, w)

    # --- the dashboard: Ctrl+2, Tab to the card, Enter opens the indicator
    w.navigator.tree.setFocus()
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert w.current_page() == "dashboard"
    card = wait_for_dashboard(w, qtbot).cards[0]
    tab_to(qtbot, card)
    press(qtbot, Qt.Key.Key_Return)
    assert w.current_page() == "indicator" and w.current_indicator_id() == ind.id

    # --- search: Ctrl+F, type, Esc clears, a second Esc returns to the list
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focus() is w.navigator.search
    type_text(qtbot, "zzz")
    assert w.navigator.search.text() == "zzz"
    press(qtbot, Qt.Key.Key_Escape)
    assert w.navigator.search.text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    assert focus() is w.navigator.tree
