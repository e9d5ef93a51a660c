"""Where the grid stands: at the entry row whenever an indicator is shown (also on coming back to it), on
the pasted rows after Ctrl+V, and the row being typed stays in view when a message appears under the grid.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def _fully_visible(table, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return rect.isValid() and rect.top() >= 0 and rect.bottom() <= table.viewport().height()


@pytest.fixture
def two(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Lang", start_date=dt.date(2010, 1, 1))
    inds = []
    for name, count in (("A", 60), ("B", 3)):  # B fits without scrolling
        ind = ws.create_indicator(t.id, name=name, bottom_line="service", unit="dage", decimals=1)
        ws.upsert_measurements(ind.id, [{"date": dt.date(2010 + i // 12, i % 12 + 1, 1), "value": 10.0 + i,
                                         "comment": ""} for i in range(count)])
        inds.append(ind)

    def show(ind):
        window.navigator.select("indicator", ind.id)
        view = window.page("indicator")
        qtbot.wait(20)
        return view

    return window, inds, show


def test_coming_back_to_an_indicator_opens_at_the_entry_row(two, qtbot):
    _window, (a, b), show = two
    view = show(a)
    table = view.table
    assert table.currentIndex().row() == 60 and _fully_visible(table, 60)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))  # the user goes to the top
    table.scrollToTop()
    qtbot.wait(5)
    assert not _fully_visible(table, 60)
    view = show(b)
    assert table.currentIndex().row() == 3 and _fully_visible(table, 3)
    view = show(a)
    assert table.currentIndex() == table.model().index(60, 0)
    assert _fully_visible(table, 60)



def test_coming_back_through_the_trial_page_opens_at_the_entry_row(two, qtbot):
    window, (a, _b), show = two
    view = show(a)
    table = view.table
    table.setCurrentIndex(table.model().index(0, 1))
    table.scrollToTop()
    window.navigator.select("trial", a.trial_id)
    qtbot.wait(20)
    assert not view.isVisible()
    show(a)
    assert table.currentIndex() == table.model().index(60, 0)
    assert _fully_visible(table, 60)


def test_ctrl_v_selects_and_shows_the_pasted_rows(two, qtbot):
    """A block pasted in the entry row whose dates come before every stored row: it lands at the top,
    out of view; after Ctrl+V its rows (the pasted columns) are selected and scrolled into view."""
    window, (a, _b), show = two
    view = show(a)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    assert table.currentIndex().row() == 60
    QGuiApplication.clipboard().setText("01-01-2009\t1,5\n01-02-2009\t2,5\n01-03-2009\t3,5\n")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert [m.value for m in window.ws.measurements(a.id)[:3]] == [1.5, 2.5, 3.5]
    selected = sorted((i.row(), i.column()) for i in table.selectedIndexes())
    assert selected == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    assert table.currentIndex() == table.model().index(0, 0)
    assert all(_fully_visible(table, r) for r in range(3))


def test_ctrl_v_of_rows_among_the_stored_ones_selects_each(two, qtbot):
    """Dates that fall between stored rows: each pasted row is selected where it landed."""
    _window, (a, _b), show = two
    view = show(a)
    table = view.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    QGuiApplication.clipboard().setText("15-01-2010\t1,5\n15-03-2013\t2,5\n")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    rows = sorted({i.row() for i in table.selectedIndexes()})
    dates = [table.model().rows[r].date for r in rows]
    assert dates == [dt.date(2010, 1, 15), dt.date(2013, 3, 15)]
    assert _fully_visible(table, rows[0])


def test_the_row_being_typed_stays_in_view_when_the_message_appears(window, qtbot):
    """A refused new row: the message bar under the grid takes room from the grid; the row being typed
    is scrolled so that it is still wholly in view (it was cut in half)."""
    ws = window.ws
    t = ws.create_trial(name="Lang", start_date=dt.date(2010, 1, 1))
    ind = ws.create_indicator(t.id, name="A", bottom_line="service", unit="dage", decimals=1, valid_min=0,
                              valid_max=1000)
    ws.upsert_measurements(ind.id, [{"date": dt.date(2010 + i // 12, i % 12 + 1, 1), "value": 10.0 + i,
                                     "comment": ""} for i in range(60)])
    window.navigator.select("indicator", ind.id)
    view = window.page("indicator")
    table = view.table
    qtbot.wait(20)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.waitUntil(lambda: len(view.model.rows) == 60, timeout=2000)  # the rows stored after it was shown
    qtbot.wait(20)
    assert table.currentIndex().row() == 60 and _fully_visible(table, 60)
    height = table.viewport().height()
    for ch in "01-01-2016":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for ch in "1234":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(30)
    assert view.message.isVisible()
    assert "1.234 ligger uden for det gyldige interval [0; 1.000]" in view.message.text()
    assert table.viewport().height() < height  # the message took room from the grid
    assert table.currentIndex().row() == 60
    assert _fully_visible(table, 60)


def _top_row_whole(table) -> bool:
    top = table.rowAt(0)
    return table.rowViewportPosition(top) == 0


def _ragged(table, qtbot, window) -> None:
    """A grid height that is not a whole number of rows (the case where Qt cut the top row in half)."""
    row = table.rowHeight(0)
    for _ in range(3):
        rest = table.viewport().height() % row
        if row // 4 < rest < row * 3 // 4:
            return
        window.resize(window.width(), window.height() + row // 2)
        qtbot.wait(30)
    assert row // 4 < table.viewport().height() % row < row * 3 // 4


def test_scrolled_to_the_bottom_the_grid_shows_whole_rows(two, qtbot, tmp_path):
    window, (a, _b), show = two
    view = show(a)
    table = view.table
    _ragged(table, qtbot, window)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the entry row, at the bottom
    qtbot.wait(20)
    table.grab().save(str(tmp_path / "bottom.png"))
    bar = table.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    assert _top_row_whole(table), table.rowViewportPosition(table.rowAt(0))  # was about half a row above
    assert _fully_visible(table, 60)  # the entry row still whole
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    qtbot.wait(20)
    assert _top_row_whole(table) and _fully_visible(table, table.currentIndex().row())
    # coming back to the indicator: at the entry row, the top row whole too
    show(_b)
    view = show(a)
    qtbot.wait(20)
    assert table.currentIndex().row() == 60 and _fully_visible(table, 60) and _top_row_whole(table)
    for step in (table.rowHeight(0) // 3, -table.rowHeight(0) // 2):  # a window made taller or lower
        window.resize(window.width(), window.height() + step)
        qtbot.wait(30)
        assert _top_row_whole(table) and _fully_visible(table, 60)
