"""Every bulk change is one named undo step, and undo/redo are exact: the file's SQL dump after an undo is
the dump before the change, after a redo the dump after it (the change log excepted: it records the undo; and
the status summary, a cache of the navigator's icons keyed by the newest change-log entry).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from effektmaaling.services import Workspace
from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file
from effektmaaling.ui.exchange_dialogs import ImportTrialDialog
from effektmaaling.ui.import_wizard import ImportWizard

from .helpers import settle


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump()
                if not line.startswith(('INSERT INTO "change_log"', 'INSERT INTO "status_summary"'))]
    finally:
        con.close()


def check_undo_redo(window, qtbot, before: list[str], name: str) -> None:
    path = window.ws.path
    after = dump(path)
    assert after != before
    assert window.act_undo.text() == f"&Fortryd {name}"
    window.act_undo.trigger()
    settle(qtbot)
    assert dump(path) == before
    window.act_redo.trigger()
    settle(qtbot)
    assert dump(path) == after
    window.act_undo.trigger()
    settle(qtbot)
    assert dump(path) == before


def test_paste_and_delete_undo_exactly(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    table, model = view.table, view.model
    path = w.ws.path

    # a block over two stored rows and two new ones
    before = dump(path)
    QGuiApplication.clipboard().setText("4,1\t\n4,2\t\n")
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    check_undo_redo(w, qtbot, before, "indsæt 2 målinger i »Tid til dokumentation«")

    # three rows deleted with the Delete key
    before = dump(path)
    table.setFocus()
    table.setCurrentIndex(model.index(1, 0))
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot)
    assert len(w.ws.measurements(ind.id)) == model.rowCount() - 1
    check_undo_redo(w, qtbot, before, "slet 3 målinger i »Tid til dokumentation«")


def test_import_wizard_is_one_undo_step(demo_window, qtbot, tmp_path):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    other = w.ws.indicators(t.id)[-1]
    w.navigator.select("indicator", ind.id)
    path = tmp_path / "nye.csv"
    path.write_text("Dato;Værdi (timer pr. uge);n;Spredning;Kommentar;Ekstra\n31-01-2016;4,1;30;1,2;a;x\n"
                    "29-02-2016;4,0;31;1,1;b;y\n31-03-2016;3,9;29;1,0;c;z\n", encoding="utf-8")
    before = dump(w.ws.path)
    wiz = ImportWizard(w.ws, t.id, ind.id, parent=w, path=path, undo_stack=w.stack)
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(3):
        wiz.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wiz.check_page.job.over, timeout=30000)  # the file is checked off the GUI thread
    assert wiz.check_page.isComplete()
    assert "Bruges ikke: »Ekstra«" in wiz.check_page.summary.text()
    assert {f: wiz.mapping_page.field_boxes[f].currentIndex() for f in ("date", "value", "n", "sd", "comment")} == {
        "date": 1, "value": 2, "n": 3, "sd": 4, "comment": 5}
    wiz.accept()  # the import runs off the GUI thread
    qtbot.waitUntil(lambda: wiz.job.over, timeout=30000)
    assert wiz.report.inserted == 3
    # the user looks at another indicator; undo shows the one the import touched
    w.navigator.select("indicator", other.id)
    check_undo_redo(w, qtbot, before, "import af 3 målinger i »Tid til dokumentation«")
    assert w.current_indicator_id() == ind.id


def test_merge_undo_and_redo_are_exact(demo_window, qtbot, tmp_path):
    w = demo_window
    laptop = w.ws
    trial = laptop.find_trial("FriNoVa")
    central = Workspace.open(tmp_path / "central.db")
    try:
        export_trial(laptop, trial.id, tmp_path / "a.json")
        import_trial(central, read_exchange_file(tmp_path / "a.json"))
        ind = laptop.find_indicator(trial.id, "Tid til dokumentation")
        ms = laptop.measurements(ind.id)
        laptop.update_measurement(ms[0].id, comment="laptop", value=7.5)
        central.update_measurement(ms[0].id, comment="central")
        central.update_measurement(ms[1].id, value=9.25)
        central.add_milestone(trial.id, ms[2].date, "Ny leder")
        export_trial(central, trial.id, tmp_path / "b.json")
    finally:
        central.close()
    settle(qtbot)
    before = dump(laptop.path)
    dialog = ImportTrialDialog(laptop, read_exchange_file(tmp_path / "b.json"), w, w.stack)
    qtbot.addWidget(dialog)
    dialog.show()
    [view] = dialog.views
    view.theirs.click()  # "Tag deres version"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.job.over, timeout=30000)  # the merge is written off the GUI thread
    assert laptop.measurements(ind.id)[0].comment == "central"
    check_undo_redo(w, qtbot, before, "sammenfletning af »FriNoVa« (3 ændringer)")
    assert laptop.measurements(ind.id)[0].comment == "laptop"  # the version before the merge
    w.act_redo.trigger()
    settle(qtbot)
    assert laptop.measurements(ind.id)[0].comment == "central"  # the version chosen
    assert laptop.measurements(ind.id)[1].value == 9.25


def test_undo_names_the_indicator_and_the_toolbar_keeps_its_width(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    button = w.toolbar.widgetForAction(w.act_undo)
    width = button.sizeHint().width()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClicks(view.table, "5")
    qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Return)
    settle(qtbot)
    first = w.ws.measurements(ind.id)[0]
    assert w.act_undo.text() == f"&Fortryd ret værdi (timer pr. uge) {first.date:%d-%m-%Y} i »Tid til dokumentation«"
    assert button.sizeHint().width() == width and button.text() == "Fortryd"
    other = w.ws.indicators(t.id)[-1]
    w.navigator.select("indicator", other.id)
    w.act_undo.trigger()
    settle(qtbot)
    assert w.current_indicator_id() == ind.id  # undo shows what it changed
    assert "Fortrudt: ret værdi" in w.statusBar().currentMessage()


def test_an_import_that_changes_nothing_keeps_the_undo_history(demo_window, qtbot, tmp_path):
    """Importing a trial file this database already holds is not an undo step: Fortryd keeps naming the step
    before, and what the user had undone can still be redone."""
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    export_trial(w.ws, t.id, tmp_path / "same.json")
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    QGuiApplication.clipboard().setText("4,1\t\n")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    w.act_undo.trigger()
    settle(qtbot)
    assert w.stack.canRedo()
    undo_text, count = w.act_undo.text(), w.stack.count()
    dialog = ImportTrialDialog(w.ws, read_exchange_file(tmp_path / "same.json"), w, w.stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.over, timeout=30_000)
    assert dialog.result_plan is not None
    assert w.stack.count() == count and w.stack.canRedo() and w.act_undo.text() == undo_text
    w.act_redo.trigger()  # the undone paste comes back
    settle(qtbot)
    assert w.ws.measurements(ind.id)[0].value == 4.1
