"""A block copied as Danish CSV (``15-09-2025;18;31``: semicolons, no tabs) is pasted into the grid's columns,
as spreadsheets read it; a bad cell is named in the program's language. Keys go to the focused table; the
stored rows are read from the SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace


def stored(path, ind_id):
    ws = Workspace.open(path, readonly=True)
    try:
        return [(m.date, m.numerator, m.denominator, m.comment) for m in ws.measurements(ind_id)]
    finally:
        ws.close()


@pytest.fixture
def grid(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Bolig", start_date=dt.date(2025, 1, 1))
    ind = ws.create_indicator(t.id, name="Andel i stabil bolig", bottom_line="political",
                              measure_type="proportion", unit="%")
    ws.add_measurement(ind.id, date=dt.date(2025, 8, 15), numerator=17, denominator=29, comment="")
    window.navigator.select("indicator", ind.id)
    view = window.page("indicator")
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
    view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, 0))  # the new row
    return window, view, ind


def _paste(qtbot, text):
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)


def test_semicolon_separated_lines_are_pasted_as_columns(grid, qtbot):
    window, _view, ind = grid
    _paste(qtbot, "15-09-2025;18;31\r\n15-10-2025;20;30;;;\"flyttet; ny adresse\"\r\n")
    assert stored(window.ws.path, ind.id) == [
        (dt.date(2025, 8, 15), 17.0, 29.0, ""),
        (dt.date(2025, 9, 15), 18.0, 31.0, ""),
        (dt.date(2025, 10, 15), 20.0, 30.0, "flyttet; ny adresse"),
    ]


def test_a_bad_cell_of_a_semicolon_paste_is_named_in_danish(grid, qtbot):
    window, view, ind = grid
    _paste(qtbot, "15-09-2025;atten;31\n")
    text = view.message.label.text()
    assert text.startswith("Intet blev indsat. Række 2, Tæller: »atten« er ikke et tal"), text
    assert len(stored(window.ws.path, ind.id)) == 1


def test_a_tab_separated_paste_keeps_semicolons_in_its_cells(grid, qtbot):
    window, _view, ind = grid
    _paste(qtbot, "15-09-2025\t18\t31\t\t\ta; b\n")
    assert stored(window.ws.path, ind.id)[-1] == (dt.date(2025, 9, 15), 18.0, 31.0, "a; b")


@pytest.fixture
def english():
    from effektmaaling.domain.i18n import set_language
    from effektmaaling.ui.app import install_translations

    set_language("en")
    app = QApplication.instance()
    installed = install_translations(app, "en")
    yield
    for tr in installed:
        app.removeTranslator(tr)
    set_language("da")
    from effektmaaling.ui.app import install_translations as again

    for tr in again(app, "da"):
        app.removeTranslator(tr)


def test_a_bad_cell_of_a_semicolon_paste_is_named_in_english(english, grid, qtbot):
    _window, view, _ind = grid
    assert QCoreApplication.translate("", "Intet blev indsat. ") == "Nothing was pasted. "
    _paste(qtbot, "15-09-2025;x;31\n")
    text = view.message.label.text()
    assert text.startswith("Nothing was pasted. Row 2, Numerator: 'x' is not a number"), text
