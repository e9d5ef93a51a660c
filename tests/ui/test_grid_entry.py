"""Typing measurements into the grid as a user does: every key goes to the widget that has the focus.

No ``setData``, no model calls: the keys are sent to ``QApplication.focusWidget()`` (the table, or the
cell editor the table opened), and what is stored is read back from the SQLite file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace

ROWS = 20


def focused():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the focus"
    return w


def keys(qtbot, *items) -> None:
    """Type text (str) and press keys (Qt.Key) in order, each to whatever has the focus at that moment;
    the event loop runs between keys, as it does between a user's key strokes (Qt hands in an editor's
    text with a queued call)."""
    for item in items:
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(focused(), ch)
                QApplication.processEvents()
        elif isinstance(item, tuple):
            qtbot.keyClick(focused(), item[0], item[1])
            qtbot.wait(1)
        else:
            qtbot.keyClick(focused(), item)
            qtbot.wait(1)


TAB, ENTER, ESC = Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Escape
BACKTAB = (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)


def stored(path, indicator_name: str):
    ws = Workspace.open(path, readonly=True)
    try:
        t = ws.find_trial("Skrivning")
        ind = ws.find_indicator(t.id, indicator_name)
        return [(m.date, m.value, m.n, m.sd, m.numerator, m.denominator, m.comment) for m in ws.measurements(ind.id)]
    finally:
        ws.close()


@pytest.fixture
def grid(window, qtbot):
    """The window on a new database with a trial and three empty indicators; the grid of the first has focus."""
    ws = window.ws
    t = ws.create_trial(name="Skrivning", start_date=dt.date(2013, 1, 1))
    inds = {
        "mean": ws.create_indicator(t.id, name="Sagsbehandlingstid", bottom_line="productivity", unit="dage",
                                    decimals=1, direction="decrease"),
        "proportion": ws.create_indicator(t.id, name="Andel tilfredse", bottom_line="service",
                                          measure_type="proportion", unit="%"),
        "rate": ws.create_indicator(t.id, name="Fald pr. 1000 plejedøgn", bottom_line="service",
                                    measure_type="rate", rate_per=1000, direction="decrease"),
    }

    def open_indicator(kind: str):
        window.navigator.select("indicator", inds[kind].id)
        view = window.page("indicator")
        view.table.setFocus()  # the user clicks into the grid
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
        return view

    return window, inds, open_indicator


def _date(i: int) -> dt.date:
    return dt.date(2013 + i // 12, i % 12 + 1, 15)


def _typed_date(i: int) -> str:
    return _date(i).strftime("%d-%m-%Y")


def test_twenty_rows_of_each_measure_type_typed_with_tab_and_enter(grid, qtbot):
    window, _inds, open_indicator = grid
    path = window.ws.path

    view = open_indicator("mean")
    for i in range(ROWS):  # date Tab value Tab n Tab sd Tab comment Enter: no Home, no mouse
        keys(qtbot, _typed_date(i), TAB, f"{30 + i},5", TAB, str(40 + i), TAB, f"8,{i % 10}", TAB,
             f"maaned {i + 1} ok", ENTER)
        assert view.table.currentIndex().row() == i + 1 and view.table.currentIndex().column() == 0
    assert stored(path, "Sagsbehandlingstid") == [
        (_date(i), 30 + i + 0.5, 40 + i, 8 + (i % 10) / 10, None, None, f"maaned {i + 1} ok") for i in range(ROWS)]

    view = open_indicator("proportion")
    for i in range(ROWS):  # the derived share is skipped by Tab; n left empty
        keys(qtbot, _typed_date(i), TAB, str(30 + i), TAB, str(45 + i), TAB, TAB, f"svar {i}", ENTER)
    rows = stored(path, "Andel tilfredse")
    assert [r[0] for r in rows] == [_date(i) for i in range(ROWS)]
    for i, (_d, value, n, sd, num, den, comment) in enumerate(rows):
        assert (num, den, n, sd, comment) == (30 + i, 45 + i, None, None, f"svar {i}")
        assert value == pytest.approx(100 * (30 + i) / (45 + i))

    view = open_indicator("rate")
    for i in range(ROWS):
        keys(qtbot, _typed_date(i), TAB, str(3 + i % 4), TAB, f"{1200 + 10 * i}", TAB, TAB, f"afd. {i}", ENTER)
    rows = stored(path, "Fald pr. 1000 plejedøgn")
    assert [r[0] for r in rows] == [_date(i) for i in range(ROWS)]
    for i, (_d, value, n, sd, num, den, comment) in enumerate(rows):
        assert (num, den, n, sd, comment) == (3 + i % 4, 1200 + 10 * i, None, None, f"afd. {i}")
        assert value == pytest.approx((3 + i % 4) / (1200 + 10 * i) * 1000)
    assert view.model.rowCount() == ROWS + 1
    assert not view.message.isVisible()
    assert window.stack.undoText() == "Tilføj måling 15-08-2014 i »Fald pr. 1000 plejedøgn«"


def test_row_is_stored_only_when_left_and_whole(grid, qtbot):
    """The finding: n and sd typed after date and value belonged to the next row."""
    window, _inds, open_indicator = grid
    path = window.ws.path
    view = open_indicator("mean")
    keys(qtbot, "31-10-2013", TAB, "32,5", TAB)
    assert stored(path, "Sagsbehandlingstid") == []  # date and value typed, the row is still being written
    keys(qtbot, "40", TAB, "8,2", ENTER)
    keys(qtbot, "30-11-2013", TAB, "31", TAB, "38", TAB, "7,5", ENTER)
    assert stored(path, "Sagsbehandlingstid") == [
        (dt.date(2013, 10, 31), 32.5, 40, 8.2, None, None, ""),
        (dt.date(2013, 11, 30), 31.0, 38, 7.5, None, None, "")]
    assert view.model.pending_text == {}

    # leaving the row with an arrow key stores it too
    keys(qtbot, "31-12-2013", TAB, "30", ENTER)
    assert len(stored(path, "Sagsbehandlingstid")) == 3
    keys(qtbot, "31-01-2014", TAB, "29", TAB, "41")
    keys(qtbot, Qt.Key.Key_Up)  # the n editor hands in "41", the row is left
    assert stored(path, "Sagsbehandlingstid")[-1] == (dt.date(2014, 1, 31), 29.0, 41, None, None, None, "")

    # focus elsewhere (the navigator) leaves the row as well
    view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, 0))
    keys(qtbot, "28-02-2014", TAB, "28")
    window.navigator.tree.setFocus()
    qtbot.waitUntil(lambda: len(stored(path, "Sagsbehandlingstid")) == 5, timeout=2000)


def test_typo_corrected_mid_row(grid, qtbot):
    window, _inds, open_indicator = grid
    path = window.ws.path
    view = open_indicator("mean")
    # a wrong character taken back with Backspace; a letter O for a zero in n, gone back to with Shift+Tab
    keys(qtbot, "31-10-2013", TAB, "32,x", Qt.Key.Key_Backspace, "5", TAB, "4O", TAB)
    model = view.model
    assert model.data(model.index(0, 2)) == "4O"  # kept as typed, marked
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "»4O« er ikke et tal" in view.message.label.text()
    keys(qtbot, BACKTAB, "40", TAB, "8,2", TAB, "ret", ENTER)
    assert stored(path, "Sagsbehandlingstid") == [(dt.date(2013, 10, 31), 32.5, 40, 8.2, None, None, "ret")]
    assert not view.message.isVisible()  # the banner goes when the row is stored


def test_row_abandoned_with_escape_stores_nothing(grid, qtbot):
    window, _inds, open_indicator = grid
    path = window.ws.path
    view = open_indicator("mean")
    keys(qtbot, "31-10-2013", TAB, "32,5", TAB, ESC)  # the n editor is empty: Esc takes back the row
    assert view.model.pending_text == {}
    assert view.model.data(view.model.index(0, 0)) == "Ny måling …"
    # with text in the cell: the first Esc takes back the cell, the second the row
    keys(qtbot, "30-11-2013", TAB, "31", TAB, "38", ESC)
    assert view.model.pending_text == {"date": "30-11-2013", "value": "31"}
    keys(qtbot, ESC)
    assert view.model.pending_text == {}
    view.table.setCurrentIndex(view.model.index(0, 3))
    window.navigator.tree.setFocus()  # leaving: nothing to store
    qtbot.wait(20)
    assert stored(path, "Sagsbehandlingstid") == []
    assert not window.stack.canUndo()


def test_refused_value_keeps_what_was_typed(grid, qtbot):
    window, _inds, open_indicator = grid
    path = window.ws.path
    view = open_indicator("mean")
    model = view.model
    keys(qtbot, "31-10-2013", TAB, "tolv", TAB, "40", TAB, "8,2", ENTER)
    assert stored(path, "Sagsbehandlingstid") == []
    assert [model.data(model.index(0, c)) for c in range(4)] == ["31-10-2013", "tolv", "40", "8,2"]
    assert "Ny række, Værdi (dage): »tolv« er ikke et tal" in view.message.label.text()
    assert view.message.isVisible()
    assert view.table.currentIndex().column() == 1  # the cell that needs attention
    keys(qtbot, "12", ENTER)
    assert stored(path, "Sagsbehandlingstid") == [(dt.date(2013, 10, 31), 12.0, 40, 8.2, None, None, "")]
    assert not view.message.isVisible()

    # a required cell left empty: the row stays, the empty cell is named
    keys(qtbot, "30-11-2013", TAB, TAB, "38", ENTER)
    assert len(stored(path, "Sagsbehandlingstid")) == 1
    assert "Værdi (dage): skal udfyldes" in view.message.label.text()
    assert model.pending_text == {"date": "30-11-2013", "n": "38"}

    # a date that is taken: refused by the service, everything kept
    keys(qtbot, ESC)
    view.table.setCurrentIndex(model.index(1, 0))
    keys(qtbot, "31-10-2013", TAB, "5", ENTER)
    assert "der findes allerede en måling" in view.message.label.text()
    assert model.pending_text == {"date": "31-10-2013", "value": "5"}
    keys(qtbot, ESC)

    # a refused edit of a stored cell: the typed text stays in the cell, marked, the file unchanged
    view.table.setCurrentIndex(model.index(0, 1))
    keys(qtbot, "tolv", ENTER)
    assert model.data(model.index(0, 1)) == "tolv"
    assert stored(path, "Sagsbehandlingstid")[0][1] == 12.0
    view.table.setCurrentIndex(model.index(0, 1))
    keys(qtbot, ESC)  # abandon: the stored value is shown again, the banner goes
    assert model.data(model.index(0, 1)) == "12,0"
    assert not view.message.isVisible()


def test_unsaved_row_waits_when_the_indicator_is_changed(grid, qtbot):
    window, _inds, open_indicator = grid
    path = window.ws.path
    view = open_indicator("mean")
    keys(qtbot, "31-10-2013", TAB, "tolv", TAB)
    view = open_indicator("rate")
    assert stored(path, "Sagsbehandlingstid") == []
    assert view.model.pending_text == {}
    view = open_indicator("mean")
    assert view.model.pending_text == {"date": "31-10-2013", "value": "tolv"}  # still there
    assert "»tolv« er ikke et tal" in view.message.label.text()
    # a complete row is stored when the indicator is changed
    view.table.setCurrentIndex(view.model.index(0, 1))
    keys(qtbot, "12", TAB)
    open_indicator("proportion")
    assert stored(path, "Sagsbehandlingstid") == [(dt.date(2013, 10, 31), 12.0, None, None, None, None, "")]


def test_closing_the_window_stores_the_row_or_asks(grid, qtbot, answer_yes):
    window, _inds, open_indicator = grid
    path = window.ws.path
    open_indicator("mean")
    keys(qtbot, "31-10-2013", TAB, "12")
    window.close()  # a complete row is stored on closing, without a question
    assert answer_yes == []
    assert stored(path, "Sagsbehandlingstid") == [(dt.date(2013, 10, 31), 12.0, None, None, None, None, "")]


def test_closing_with_an_unsaved_row_asks_first(grid, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, _inds, open_indicator = grid
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    open_indicator("mean")
    keys(qtbot, "31-10-2013", TAB, "tolv", TAB)
    window.close()
    assert window.isVisible() and "»Sagsbehandlingstid«" in asked[0]  # No: the window stays, the row too
    assert window.page("indicator").model.pending_text == {"date": "31-10-2013", "value": "tolv"}
