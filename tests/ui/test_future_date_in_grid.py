"""A measurement typed into the grid with a date after today is refused, saying what and where (the rule is
the domain's: the grid shows it as it shows any refused cell). Keys go to the focused widget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.domain import clock

TAB, ENTER, ESC = Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Escape


def keys(qtbot, *items) -> None:
    for item in items:
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(QApplication.focusWidget(), ch)
                QApplication.processEvents()
        else:
            qtbot.keyClick(QApplication.focusWidget(), item)
            qtbot.wait(1)


@pytest.fixture
def view(window, qtbot, monkeypatch):
    monkeypatch.setattr(clock, "_fixed", dt.date(2026, 12, 2))  # the tester's today
    ws = window.ws
    t = ws.create_trial(name="Skrivning", start_date=dt.date(2026, 1, 1))
    ind = ws.create_indicator(t.id, name="Sagsbehandlingstid", bottom_line="productivity", unit="dage")
    window.navigator.select("indicator", ind.id)
    page = window.page("indicator")
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=2000)
    return window, ws, ind, page


def test_a_future_date_typed_in_the_new_row_is_refused_and_nothing_saved(view, qtbot):
    _window, ws, ind, page = view
    model = page.model
    keys(qtbot, "31-12-2026", TAB, "12", ENTER)
    assert ws.measurements(ind.id) == []
    message = "Ny række, Dato: 31-12-2026 ligger efter i dag (02-12-2026); en måling kan kun dateres til i dag eller før – ret datoen"
    assert page.message.isVisible() and page.message.label.text() == message
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == message  # on the cell too
    assert model.pending_text == {"date": "31-12-2026", "value": "12"}  # what was typed stays
    # corrected (today is allowed): stored, the message goes
    keys(qtbot, ESC)
    page.table.setCurrentIndex(model.index(0, 0))
    keys(qtbot, "02-12-2026", TAB, "12", ENTER)
    assert [(m.date, m.value) for m in ws.measurements(ind.id)] == [(dt.date(2026, 12, 2), 12.0)]
    assert not page.message.isVisible()


def test_a_stored_date_changed_to_a_future_one_is_refused(view, qtbot):
    _window, ws, ind, page = view
    ws.add_measurement(ind.id, date=dt.date(2026, 11, 30), value=5.0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    keys(qtbot, "30-11-2027", ENTER)
    assert [m.date for m in ws.measurements(ind.id)] == [dt.date(2026, 11, 30)]
    assert "Række 1, Dato: 30-11-2027 ligger efter i dag (02-12-2026)" in page.message.label.text()
