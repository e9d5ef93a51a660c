"""Opening a cell or a number field and leaving it unchanged changes nothing (regressions of #15).

The editor starts with the stored value in full (3,93, not the shown 3,9); Enter on an unchanged cell
writes nothing: the SQLite file keeps the value, its version and its ``updated_at``; no undo step.
Keys go to the focused widget; what is stored is read from the file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

F2, ENTER = Qt.Key.Key_F2, Qt.Key.Key_Return


def _row(path, mid):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value, n, sd, numerator, denominator, row_version, updated_at "
                           "FROM measurements WHERE id = ?", (mid.hex,)).fetchone() or \
            con.execute("SELECT value, n, sd, numerator, denominator, row_version, updated_at "
                        "FROM measurements WHERE id = ?", (str(mid),)).fetchone()
    finally:
        con.close()


@pytest.fixture
def shown(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="FriNoVa", start_date=dt.date(2015, 1, 1))
    mean = ws.create_indicator(t.id, name="Tid til dokumentation", bottom_line="productivity", unit="dage",
                               decimals=1, direction="decrease")
    prop = ws.create_indicator(t.id, name="Andel", bottom_line="service", measure_type="proportion", unit="%")
    ms = {
        "mean": ws.add_measurement(mean.id, date=dt.date(2015, 11, 30), value=3.93, n=12, sd=1.23456, comment=""),
        "typed": ws.add_measurement(mean.id, date=dt.date(2015, 12, 31), value=4.25, n=1234, sd=0.5, comment=""),
        "prop": ws.add_measurement(prop.id, date=dt.date(2015, 11, 30), numerator=12.345, denominator=1234.5678,
                                   comment=""),
    }

    def open_indicator(ind):
        window.navigator.select("indicator", ind.id)
        view = window.page("indicator")
        view.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
        return view

    return window, {"mean": mean, "prop": prop}, ms, open_indicator


def _f2_enter(qtbot, view, row: int, col: int) -> str:
    view.table.setCurrentIndex(view.model.index(row, col))
    qtbot.keyClick(QApplication.focusWidget(), F2)
    editor = QApplication.focusWidget()
    assert editor is not view.table, "F2 did not open an editor"
    text = editor.text()
    qtbot.keyClick(editor, ENTER)
    qtbot.wait(5)
    return text


@pytest.mark.parametrize(("which", "column", "expected_text"), [
    ("mean", 1, "3,93"), ("mean", 2, "12"), ("mean", 3, "1,23456"),
    ("typed", 1, "4,25"), ("typed", 2, "1.234"), ("typed", 3, "0,5"),
])
def test_f2_enter_on_a_stored_number_shows_it_in_full_and_writes_nothing(shown, qtbot, which, column,
                                                                           expected_text):
    window, inds, ms, open_indicator = shown
    path = window.ws.path
    view = open_indicator(inds["mean"])
    row = 0 if which == "mean" else 1
    before = _row(path, ms[which].id)
    if (which, column) == ("mean", 1):
        assert view.model.data(view.model.index(row, column)) == "3,9"  # shown rounded to the decimals
    steps = window.stack.count()
    assert _f2_enter(qtbot, view, row, column) == expected_text
    assert _row(path, ms[which].id) == before  # value, version and updated_at untouched
    assert window.stack.count() == steps
    assert not view.message.isVisible()


@pytest.mark.parametrize(("column", "expected_text"), [(1, "12,345"), (2, "1.234,5678")])
def test_f2_enter_on_numerator_and_denominator_writes_nothing(shown, qtbot, column, expected_text):
    window, inds, ms, open_indicator = shown
    path = window.ws.path
    view = open_indicator(inds["prop"])
    before = _row(path, ms["prop"].id)
    steps = window.stack.count()
    assert _f2_enter(qtbot, view, 0, column) == expected_text
    assert _row(path, ms["prop"].id) == before
    assert window.stack.count() == steps


def test_a_changed_cell_is_still_stored(shown, qtbot):
    window, inds, ms, open_indicator = shown
    view = open_indicator(inds["mean"])
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(QApplication.focusWidget(), F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "3,94")
    qtbot.keyClick(editor, ENTER)
    qtbot.wait(5)
    assert _row(window.ws.path, ms["mean"].id)[0] == 3.94
    assert window.stack.undoText().startswith("Ret")


def test_number_field_in_the_indicator_form_keeps_the_full_value(window, qtbot):
    from effektmaaling.ui.widgets import NumberEdit

    field = NumberEdit(field="baseline_value")
    qtbot.addWidget(field)
    for value in (3.93, 4.25, 1234.5, 0.1234567, 2 / 3, -2.5):
        field.set_value(value)
        assert field.value() == value
    field.set_value(1234.5)
    assert field.text() == "1.234,5"
    field.set_value(0.1234567)
    assert field.text() == "0,1234567"


def test_indicator_form_opened_and_accepted_unchanged_writes_nothing(window, qtbot):
    """Baseline and target with more digits than the form used to show (six): Enter in the baseline field
    accepts the form; nothing is written, no undo step, the value in the file is the same."""
    from effektmaaling.ui.indicator_editor import IndicatorEditor

    ws = window.ws
    t = ws.create_trial(name="FriNoVa", start_date=dt.date(2015, 1, 1))
    ind = ws.create_indicator(t.id, name="Tid til dokumentation", bottom_line="productivity", unit="dage",
                              decimals=1, direction="decrease", baseline_value=3.123456789, target_value=4.25,
                              valid_max=1234.5)
    con = sqlite3.connect(ws.path)
    before = con.execute("SELECT baseline_value, target_value, valid_max, row_version, updated_at FROM indicators")\
        .fetchall()
    con.close()
    steps = window.stack.count()
    editor = IndicatorEditor(ws, window.stack, t.id, ws.indicator(ind.id), window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    field = editor.inputs["baseline_value"]
    assert field.text() == "3,123456789"
    assert editor.inputs["valid_max"].text() == "1.234,5"
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), ENTER)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert editor.result() == editor.DialogCode.Accepted
    con = sqlite3.connect(ws.path)
    after = con.execute("SELECT baseline_value, target_value, valid_max, row_version, updated_at FROM indicators")\
        .fetchall()
    con.close()
    assert after == before and after[0][0] == 3.123456789
    assert window.stack.count() == steps


def test_copy_gives_stored_numbers_in_full_so_a_paste_back_keeps_them(shown, qtbot):
    """Ctrl+C copied the shown, rounded text (3,9 for 3,93): pasted back into the grid (or kept in Excel)
    it changed the value. The copy carries every significant digit; a derived column stays as shown."""
    window, inds, ms, open_indicator = shown
    path = window.ws.path
    view = open_indicator(inds["mean"])
    view.table.setCurrentIndex(view.model.index(0, 1))  # 30-11-2015, value 3,93 shown as 3,9
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "3,93\n"
    view.table.setCurrentIndex(view.model.index(1, 1))  # 31-12-2015, value 4,25
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _row(path, ms["typed"].id)[0] != 4.25, timeout=5000)
    assert _row(path, ms["typed"].id)[0] == 3.93

