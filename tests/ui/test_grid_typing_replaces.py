"""Typing into a cell reached by Tab, Shift+Tab, Enter or an arrow replaces its content, as in any
spreadsheet, also right after an edit of the same row was stored (the stored edit reloads the grid while the
next cell's editor is already open: its text was put back unselected, and a typed 3 became 2,83).

Keys go to the focused widget with the event loop running between them; the values are read from the file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace

TAB, ENTER, UP, DOWN, RIGHT, LEFT = (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Up, Qt.Key.Key_Down,
                                     Qt.Key.Key_Right, Qt.Key.Key_Left)
BACKTAB = (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


def keys(qtbot, *items) -> None:
    """Each key to whatever has the focus at that moment, the event loop running between keys."""
    for item in items:
        w = QApplication.focusWidget()
        assert w is not None
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(QApplication.focusWidget(), ch)
                qtbot.wait(2)
        elif isinstance(item, tuple):
            qtbot.keyClick(w, item[0], item[1])
            qtbot.wait(5)
        else:
            qtbot.keyClick(w, item)
            qtbot.wait(5)


def stored(path, name: str):
    ws = Workspace.open(path, readonly=True)
    try:
        ind = ws.find_indicator(ws.find_trial("Tasterne").id, name)
        return {m.date: (m.value, m.n, m.sd) for m in ws.measurements(ind.id)}
    finally:
        ws.close()


@pytest.fixture
def grid(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Tasterne", start_date=dt.date(2025, 1, 1))
    mean = ws.create_indicator(t.id, name="Indlæggelsesdage", bottom_line="productivity", unit="dage",
                               decimals=1, direction="decrease")
    for d, v in ((dt.date(2025, 6, 15), 2.5), (dt.date(2025, 7, 15), 2.8), (dt.date(2025, 9, 15), 2.9)):
        ws.add_measurement(mean.id, date=d, value=v, n=20, sd=0.5, comment="")
    window.navigator.select("indicator", mean.id)
    view = window.page("indicator")
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
    return window, view


def _at(view, row: int, col: int) -> None:
    view.table.setCurrentIndex(view.model.index(row, col))  # the user clicks the cell


def test_tab_after_a_changed_date_then_typing_replaces_the_value(grid, qtbot):
    window, view = grid
    _at(view, 1, 0)
    keys(qtbot, "14-08-2025", TAB, "3", ENTER)
    assert stored(window.ws.path, "Indlæggelsesdage")[dt.date(2025, 8, 14)][0] == 3.0  # was 2,83


def test_tab_after_a_date_that_moves_the_row_then_typing_replaces(grid, qtbot):
    window, view = grid
    _at(view, 1, 0)
    keys(qtbot, "14-05-2025", TAB, "3", TAB, "41", ENTER)  # the row moves above 15-06-2025
    got = stored(window.ws.path, "Indlæggelsesdage")
    assert got[dt.date(2025, 5, 14)] == (3.0, 41, 0.5)
    assert got[dt.date(2025, 6, 15)] == (2.5, 20, 0.5)


def test_tab_after_a_changed_value_then_typing_replaces_n_and_sd(grid, qtbot):
    window, view = grid
    _at(view, 0, 1)
    keys(qtbot, "4", TAB, "33", TAB, "1", ENTER)
    assert stored(window.ws.path, "Indlæggelsesdage")[dt.date(2025, 6, 15)] == (4.0, 33, 1.0)


def test_shift_tab_after_a_changed_value_then_typing_replaces_the_date(grid, qtbot):
    window, view = grid
    _at(view, 2, 1)
    keys(qtbot, "5", BACKTAB, "16-09-2025", ENTER)
    got = stored(window.ws.path, "Indlæggelsesdage")
    assert got[dt.date(2025, 9, 16)][0] == 5.0 and dt.date(2025, 9, 15) not in got


def test_enter_and_arrows_after_a_changed_date_then_typing_replaces(grid, qtbot):
    window, view = grid
    _at(view, 1, 0)
    keys(qtbot, "14-08-2025", ENTER, UP, RIGHT, "3", ENTER)  # Enter stores the date and goes down
    got = stored(window.ws.path, "Indlæggelsesdage")
    assert got[dt.date(2025, 8, 14)][0] == 3.0
    keys(qtbot, UP, UP, "6", DOWN, LEFT, RIGHT, "7", ENTER)
    got = stored(window.ws.path, "Indlæggelsesdage")
    assert got[dt.date(2025, 6, 15)][0] == 6.0 and got[dt.date(2025, 8, 14)][0] == 7.0


def test_the_new_row_typed_with_tabs_after_a_stored_edit(grid, qtbot):
    window, view = grid
    _at(view, 0, 1)
    keys(qtbot, "4", ENTER)  # a stored edit: the grid reloads while the cursor moves on
    _at(view, view.model.rowCount() - 1, 0)
    keys(qtbot, "15-10-2025", TAB, "3", TAB, "12", TAB, "0,4", ENTER)
    assert stored(window.ws.path, "Indlæggelsesdage")[dt.date(2025, 10, 15)] == (3.0, 12, 0.4)


def test_f2_and_a_double_click_edit_in_place(grid, qtbot):
    window, view = grid
    _at(view, 1, 1)
    keys(qtbot, Qt.Key.Key_F2, "5", ENTER)  # F2: the cursor after the text, as in a spreadsheet: 2,8 -> 2,85
    assert stored(window.ws.path, "Indlæggelsesdage")[dt.date(2025, 7, 15)][0] == 2.85
    table = view.table
    rect = table.visualRect(view.model.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click is a
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click, then this
    qtbot.wait(5)
    assert QApplication.focusWidget() is not table, "the double click did not open an editor"
    keys(qtbot, "1", ENTER)  # n 20 -> 201
    assert stored(window.ws.path, "Indlæggelsesdage")[dt.date(2025, 6, 15)][1] == 201


def test_the_sd_column_is_shown_with_the_value_columns_decimals(grid, qtbot):
    window, view = grid
    ind = view.model.indicator
    window.ws.add_measurement(ind.id, date=dt.date(2025, 10, 15), value=3.0, n=20, sd=1.0, comment="")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=2000)
    sd = [c.key for c in view.model.cols].index("sd")
    assert [view.model.data(view.model.index(r, sd)) for r in range(4)] == ["0,5", "0,5", "0,5", "1,0"]  # was 1
