"""Small things a user-style tester found (polish round): the exported chart's title and unit, Synkronisér on a
plain file, a message after deleting rows, the demo's Formål without Markdown signs, the new row's
placeholder whole in English."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPlainTextEdit

SHOTS = os.environ.get("EFFEKT_KEEP_PNG_DIR")


def _keep(widget_or_image, name: str) -> None:
    if SHOTS:
        image = widget_or_image.grab() if hasattr(widget_or_image, "grab") else widget_or_image
        image.save(str(Path(SHOTS) / name))


def _open_indicator(w, qtbot, trial="Den Sociale Hjemmepleje Valby/Vesterbro",
                    name="Kontinuitet: forskellige medarbejdere i hjemmet"):
    t = w.ws.find_trial(trial)
    ind = w.ws.find_indicator(t.id, name)
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] > 0 and getattr(view, "_split_done", True), timeout=3000)
    return view, ind


def test_synchronise_is_disabled_on_a_plain_file_and_says_why(window):
    action = window.findChild(QAction, "actionSynchronise")
    assert action is not None
    assert not action.isEnabled()  # was enabled and then only gave a message
    assert "taget med offline" in action.toolTip()
    assert window.findChild(QAction, "actionTakeAlong").isEnabled() is False


def test_deleting_rows_with_delete_says_how_many_and_how_to_undo(demo_window, qtbot):
    w = demo_window
    view, ind = _open_indicator(w, qtbot)
    table, model = view.table, view.model
    before = len(w.ws.measurements(ind.id))
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # two rows' date cells
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(w.ws.measurements(ind.id)) == before - 2, timeout=2000)
    assert w.statusBar().currentMessage() == "2 målinger slettet – Ctrl+Z fortryder"
    qtbot.wait(20)  # the grid reloads after the change
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(0, 0)).center())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(w.ws.measurements(ind.id)) == before - 3, timeout=2000)
    assert w.statusBar().currentMessage() == "1 måling slettet – Ctrl+Z fortryder"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(w.ws.measurements(ind.id)) == before - 2, timeout=2000)


def test_demo_purpose_has_no_markdown_signs(demo_window, qtbot):
    w = demo_window
    for trial in w.ws.trials():
        assert "**" not in trial.purpose and "Illustrative data" in trial.purpose
    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("trial", trial.id)
    w.act_details.trigger()
    QApplication.processEvents()
    shown = [e.toPlainText() for e in w.findChildren(QPlainTextEdit) if "Illustrative" in e.toPlainText()]
    assert shown and all("**" not in text for text in shown)


def test_new_row_placeholder_fits_its_column_in_english(qapp, make_window, demo_db, qtbot):
    from effektmaaling.domain.i18n import set_language
    from effektmaaling.ui.app import install_translations

    translators = install_translations(qapp, "en")
    set_language("en")
    try:
        w = make_window(demo_db)
        w.restore_selection()
        view, _ind = _open_indicator(w, qtbot)
        table, model = view.table, view.model
        text = model.data(model.index(model.rowCount() - 1, 0))
        assert text == "New measurement …"
        needed = table.fontMetrics().horizontalAdvance(text) + 2 * 6
        assert table.columnWidth(0) >= needed, (table.columnWidth(0), needed)
        _keep(view, "grid-en.png")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        for t in install_translations(qapp, "da"):  # the Danish locale back; its translator is there already
            qapp.removeTranslator(t)
        set_language("da")
