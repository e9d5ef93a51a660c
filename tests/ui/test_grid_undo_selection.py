"""After undo with Ctrl held (Ctrl+Z, Ctrl+Z ...), one cell is selected: the one the undo went to.

Moving the cursor from the program (undo, redo, Enter, a paste) used the held Ctrl as "add to the
selection", so the cell selected before stayed selected beside the new one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.ui import commands as cmd

CTRL = Qt.KeyboardModifier.ControlModifier


def test_undo_with_ctrl_held_leaves_one_cell_selected(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Lang", start_date=dt.date(2010, 1, 1))
    ind = ws.create_indicator(t.id, name="A", bottom_line="service", unit="dage", decimals=1)
    ws.upsert_measurements(ind.id, [{"date": dt.date(2010, m, 1), "value": 10.0 + m, "comment": ""}
                                    for m in range(1, 11)])
    window.navigator.select("indicator", ind.id)
    view = window.page("indicator")
    table = view.table
    qtbot.waitUntil(lambda: len(view.model.rows) == 10, timeout=2000)
    rows = ws.measurements(ind.id)
    for row, value in ((1, 21.0), (7, 27.0)):  # two undoable steps (how they were made is not the point)
        cmd.execute(window.stack, cmd.UpdateMeasurement(ws, f"Ret {row}", rows[row].id, {"value": value},
                                                        indicator_id=ind.id, trial_id=t.id))
    qtbot.waitUntil(lambda: view.model.rows[7].value == 27.0, timeout=2000)
    assert [m.value for m in ws.measurements(ind.id)][1::6] == [21.0, 27.0]
    table.setFocus()
    table.setCurrentIndex(view.model.index(4, 2))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    for expected_row in (7, 1):
        qtbot.keyPress(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Ctrl stays down a moment
        qtbot.wait(30)
        qtbot.keyRelease(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
        qtbot.wait(10)
        assert table.currentIndex().row() == expected_row
        selected = {(i.row(), i.column()) for i in table.selectedIndexes()}
        assert selected == {(table.currentIndex().row(), table.currentIndex().column())}
    assert [m.value for m in ws.measurements(ind.id)][1::6] == [12.0, 18.0]
