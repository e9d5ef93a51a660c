"""A refused edit of a stored cell (a value outside the scale, a date that is taken) is shown as refused while
the user is on it: the cursor stays on the cell, the typed text marked, the reason beside the grid. It is not
shown as the row's value after the user has left the row, undone a step or gone to another indicator: the
stored value is shown again (the grid agrees with the chart) and the message keeps what was typed
(»54« blev ikke gemt: …). The new row's draft is kept as before. Keys go to the focused widget; values are
read from the SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace

ENTER, TAB, ESC, UP, DOWN = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down


def keys(qtbot, *items) -> None:
    for item in items:
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(QApplication.focusWidget(), ch)
                qtbot.wait(2)
        else:
            qtbot.keyClick(QApplication.focusWidget(), item)
            qtbot.wait(5)


def stored_values(path, ind_id):
    ws = Workspace.open(path, readonly=True)
    try:
        return [(m.date, m.value) for m in ws.measurements(ind_id)]
    finally:
        ws.close()


@pytest.fixture
def grid(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Trivsel", start_date=dt.date(2025, 1, 1))
    scale = ws.create_indicator(t.id, name="Medarbejdertrivsel", bottom_line="staff-wellbeing", unit="point",
                                decimals=2, valid_min=1, valid_max=5)
    other = ws.create_indicator(t.id, name="Sygefravær", bottom_line="staff-wellbeing", unit="dage")
    for d, v in ((dt.date(2025, 6, 15), 2.9), (dt.date(2025, 7, 15), 3.0), (dt.date(2025, 8, 15), 2.8)):
        ws.add_measurement(scale.id, date=d, value=v, n=20, comment="")

    def open_indicator(ind):
        window.navigator.select("indicator", ind.id)
        view = window.page("indicator")
        view.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
        return view

    return window, scale, other, open_indicator


def _shown(view, row, col):
    return view.model.data(view.model.index(row, col))


def test_a_refused_value_is_shown_while_on_it_and_the_stored_one_when_the_row_is_left(grid, qtbot):
    window, scale, _other, open_indicator = grid
    view = open_indicator(scale)
    view.table.setCurrentIndex(view.model.index(2, 1))
    keys(qtbot, "54", ENTER)
    assert view.table.currentIndex() == view.model.index(2, 1)  # Enter stays on the refused cell
    assert _shown(view, 2, 1) == "54" and view.model.data(view.model.index(2, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Række 3, Værdi (point):" in view.message.label.text()
    assert stored_values(window.ws.path, scale.id)[2] == (dt.date(2025, 8, 15), 2.8)
    keys(qtbot, UP)  # the user leaves the row: the stored value again, the typed text in the message
    assert _shown(view, 2, 1) == "2,80"
    assert not view.model.data(view.model.index(2, 1), Qt.ItemDataRole.ToolTipRole)
    text = view.message.label.text()
    assert view.message.isVisible() and "15-08-2025" in text and "»54« blev ikke gemt" in text, text


def test_tab_on_a_refused_cell_stays_and_a_correction_is_stored(grid, qtbot):
    window, scale, _other, open_indicator = grid
    view = open_indicator(scale)
    view.table.setCurrentIndex(view.model.index(1, 1))
    keys(qtbot, "54", TAB)
    assert view.table.currentIndex() == view.model.index(1, 1)
    keys(qtbot, "4", ENTER)  # typing replaces the refused text
    assert stored_values(window.ws.path, scale.id)[1] == (dt.date(2025, 7, 15), 4.0)
    assert not view.model.errors and not view.message.isVisible()


def test_a_taken_date_is_taken_back_after_undo(grid, qtbot):
    window, scale, _other, open_indicator = grid
    view = open_indicator(scale)
    view.table.setCurrentIndex(view.model.index(0, 1))
    keys(qtbot, "3,5", ENTER)  # stored: something to undo
    view.table.setCurrentIndex(view.model.index(1, 0))
    keys(qtbot, "15-06-2025", ENTER)  # the date of row 1: refused
    assert _shown(view, 1, 0) == "15-06-2025" and (view.model.rows[1].id, "date") in view.model.errors
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    qtbot.wait(20)
    assert stored_values(window.ws.path, scale.id)[0] == (dt.date(2025, 6, 15), 2.9)  # undone
    assert _shown(view, 1, 0) != "15-06-2025" and not view.model.drafts and not view.model.errors
    assert [_shown(view, r, 1) for r in range(3)] == ["2,90", "3,00", "2,80"]


def test_a_refused_value_is_gone_when_the_user_comes_back_to_the_indicator(grid, qtbot):
    _window, scale, other, open_indicator = grid
    view = open_indicator(scale)
    view.table.setCurrentIndex(view.model.index(2, 1))
    keys(qtbot, "54", ENTER)
    view = open_indicator(other)
    view = open_indicator(scale)
    assert [_shown(view, r, 1) for r in range(3)] == ["2,90", "3,00", "2,80"]
    assert not view.model.errors


def test_the_new_row_keeps_its_draft_when_left(grid, qtbot):
    _window, scale, _other, open_indicator = grid
    view = open_indicator(scale)
    view.table.setCurrentIndex(view.model.index(3, 0))
    keys(qtbot, "15-09-2025", TAB, "54", ENTER)
    assert view.model.pending_text == {"date": "15-09-2025", "value": "54"}
    keys(qtbot, UP)
    assert view.model.pending_text == {"date": "15-09-2025", "value": "54"}  # deliberate: it waits
    keys(qtbot, DOWN, ESC, ESC)
