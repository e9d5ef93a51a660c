"""A project lead's month, driven through the real widgets, with the database checked after each step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from effektmaaling.services import Workspace

from .helpers import settle, type_into_cell, wait_for_dashboard


def db_measurements(path, trial_name: str, indicator_name: str):
    ws = Workspace.open(path, readonly=True)
    try:
        t = ws.find_trial(trial_name)
        ind = ws.find_indicator(t.id, indicator_name)
        return [(m.date, m.value, m.n, m.comment) for m in ws.measurements(ind.id)]
    finally:
        ws.close()


def test_create_trial_indicator_type_paste_undo_redo(window, qtbot):
    path = window.ws.path

    # --- create a trial through the dialog
    dialog = window.new_trial()
    dialog.name.insert("Natcafé Nørrebro")  # QTest types ASCII only
    dialog.start.setText("01-03-2014")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    ws = Workspace.open(path, readonly=True)
    trial = ws.find_trial("Natcafé Nørrebro")
    assert trial.start_date == dt.date(2014, 3, 1)
    ws.close()
    assert window.current_trial_id() == trial.id
    assert window.current_page() == "details"

    # --- add an indicator through the editor
    editor = window.new_indicator()
    editor.inputs["name"].insert("Gæster pr. aften")
    editor.inputs["name"].textEdited.emit("Gæster pr. aften")
    qtbot.keyClicks(editor.inputs["unit"], "personer")
    editor.inputs["target_value"].setText("25")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften") == []
    assert window.current_page() == "indicator"
    view = window.page("indicator")
    table, model = view.table, view.model

    # --- type a measurement in Danish format: date, Tab, value, Enter
    type_into_cell(qtbot, table, 0, 0, "31-01-2014", Qt.Key.Key_Tab)
    settle(qtbot)
    assert db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften") == []  # not complete yet
    type_into_cell(qtbot, table, 0, 1, "12,5")
    settle(qtbot)
    assert db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften") == [(dt.date(2014, 1, 31), 12.5, None, "")]
    assert model.rowCount() == 2  # the measurement and the new empty row
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == 0  # Enter moved to the new row
    assert model.data(model.index(0, 1)) == "12,5"

    # --- edit n of the stored row (ISO date elsewhere is accepted too)
    type_into_cell(qtbot, table, 0, 2, "40")
    settle(qtbot)
    assert db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")[0][2] == 40

    # --- paste a block from Excel (with a header line) into the empty last row
    QGuiApplication.clipboard().setText("Dato\tVærdi\tn\n28-02-2014\t1.234,5\t\n2014-03-31\t13\t38\n")
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    rows = db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")
    assert [(d, v) for d, v, *_ in rows] == [(dt.date(2014, 1, 31), 12.5), (dt.date(2014, 2, 28), 1234.5),
                                            (dt.date(2014, 3, 31), 13.0)]
    assert rows[2][2] == 38
    assert model.data(model.index(1, 1)) == "1.234,5"

    # --- the chart and the dashboard follow
    assert view.chart.data_.values == [12.5, 1234.5, 13.0]
    assert view.chart.data_.target == 25
    window.navigator.select("trial", trial.id)
    dashboard = wait_for_dashboard(window, qtbot, trial.id)
    assert window.current_page() == "dashboard"
    assert len(dashboard.cards) == 1
    assert dashboard.cards[0].chart.data_.values == [12.5, 1234.5, 13.0]

    # --- undo the paste, redo it, undo the n edit: each checked in the file
    window.act_undo.trigger()
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 1
    assert window.current_page() == "indicator" and len(view.chart.data_.values) == 1  # the undo shows what it changed
    window.navigator.select("trial", trial.id)  # and the dashboard, shown again, follows
    assert wait_for_dashboard(window, qtbot, trial.id).cards[0].chart.data_.values == [12.5]
    window.act_redo.trigger()
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 3
    window.act_undo.trigger()
    window.act_undo.trigger()
    settle(qtbot)
    assert db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften") == [(dt.date(2014, 1, 31), 12.5, None, "")]
    window.act_redo.trigger()
    window.act_redo.trigger()
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 3

    # --- Ctrl+Z in the table undoes the last edit too
    window.navigator.select("indicator", model.indicator.id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 1
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 3
    assert view.chart.data_.values == [12.5, 1234.5, 13.0]

    # --- delete a row with the Delete key (date cell selected), then undo
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot)
    assert [d for d, *_ in db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")] == [
        dt.date(2014, 1, 31), dt.date(2014, 3, 31)]
    window.act_undo.trigger()
    settle(qtbot)
    assert len(db_measurements(path, "Natcafé Nørrebro", "Gæster pr. aften")) == 3


def test_invalid_cell_is_refused_with_reason_and_stores_nothing(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    before = [(m.date, m.value) for m in w.ws.measurements(ind.id)]
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    type_into_cell(qtbot, view.table, 0, 1, "tolv")
    settle(qtbot)
    assert "Række 1" in view.message.label.text() and "»tolv« er ikke et tal" in view.message.label.text()
    assert view.message.isVisible()
    assert view.model.data(view.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)  # marked on the cell
    assert [(m.date, m.value) for m in Workspace.open(w.ws.path, readonly=True).measurements(ind.id)] == before
    assert not w.stack.canUndo()

    # a date that already has a measurement, typed in the new row: refused, nothing stored
    new_row = view.model.rowCount() - 1
    type_into_cell(qtbot, view.table, new_row, 0, "31-03-2013", Qt.Key.Key_Tab)
    type_into_cell(qtbot, view.table, new_row, 1, "4,2")
    settle(qtbot)
    assert "der findes allerede en måling" in view.message.label.text()
    assert len(w.ws.measurements(ind.id)) == len(before)

    # a pasted block with one bad cell: nothing stored, the bad cell named
    QGuiApplication.clipboard().setText("31-01-2016\t4,1\n29-02-2016\tx\n")
    view.table.setCurrentIndex(view.model.index(view.model.rowCount() - 1, 0))
    assert not view.table.paste_clipboard()
    assert "Intet blev indsat" in view.message.label.text()
    assert f"Række {len(before) + 2}" in view.message.label.text()
    assert len(w.ws.measurements(ind.id)) == len(before)

    # a valid value clears the mark
    type_into_cell(qtbot, view.table, 0, 1, "4,75")
    settle(qtbot)
    assert w.ws.measurements(ind.id)[0].value == 4.75
    assert not view.model.data(view.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_delete_trial_asks_and_can_be_undone(demo_window, qtbot, answer_yes):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    n_before = {k: v for k, v in w.ws.counts().items() if k != "change_log"}
    w.navigator.select("trial", t.id)
    assert w.delete_selected()
    assert answer_yes and "FriNoVa" in answer_yes[0]
    assert [x.name for x in Workspace.open(w.ws.path, readonly=True).trials()].count("FriNoVa") == 0
    w.act_undo.trigger()
    settle(qtbot)
    assert {k: v for k, v in w.ws.counts().items() if k != "change_log"} == n_before
    assert w.navigator.select("trial", t.id)


def test_trial_details_fields_milestones_assessments(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    w.navigator.select("details", t.id)
    details = w.page("details")
    field = details.inputs["contact_person"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Projektleder Hansen")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.ws.trial(t.id).contact_person == "Projektleder Hansen"

    end = details.inputs["end_date"]
    end.setText("01-01-2010")
    assert not details.commit("end_date")
    assert "Slutdato" in details.errors["end_date"].text() and not details.errors["end_date"].isHidden()
    assert w.ws.trial(t.id).end_date is None

    # theory of change is formatted text stored as Markdown
    toc = details.inputs["theory_of_change"]
    toc.edit.setMarkdown("## Problem\n\nFor meget **papir**.\n")
    assert details.commit("theory_of_change")
    assert "**papir**" in w.ws.trial(t.id).theory_of_change

    # a milestone through its dialog
    dialog = details._milestone_dialog(None)
    dialog.date.setText("15-06-2015")
    dialog.text.setText("Ny leder")
    dialog.accept()
    assert any(m.text == "Ny leder" and m.date == dt.date(2015, 6, 15) for m in w.ws.milestones(t.id))
    w.act_undo.trigger()
    assert not any(m.text == "Ny leder" for m in w.ws.milestones(t.id))

    # the assessment of a bottom line
    box = details.assessment_boxes[next(iter(details.assessment_boxes))]
    box.justification.setPlainText("Mere tid hos borgerne")
    box.verdict.setCurrentIndex(1)  # plus
    box.verdict.activated.emit(1)
    a = next(a for a in w.ws.assessments(t.id) if a.bottom_line == box.line)
    assert a.verdict.value == "plus" and a.justification == "Mere tid hos borgerne"

    # archive and reopen
    details.archive_button.click()
    assert w.ws.trial(t.id).archived
    w.act_undo.trigger()
    assert not w.ws.trial(t.id).archived


def test_indicator_editor_inline_validation_and_reorder(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    first, second = w.ws.indicators(t.id)[:2]
    w.navigator.select("indicator", first.id)
    editor = w.edit_indicator()
    editor.inputs["valid_min"].setText("50")
    editor.inputs["valid_max"].setText("abc")
    editor.inputs["valid_max"].textEdited.emit("abc")
    assert "»abc« er ikke et tal" in editor.error_labels["valid_max"].text()
    assert not editor.error_labels["valid_max"].isHidden()
    editor.inputs["valid_max"].setText("10")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible()  # refused
    assert "større end mindste gyldige værdi" in editor.error_labels["valid_max"].text()
    assert w.ws.indicator(first.id).valid_max == first.valid_max
    editor.reject()

    w.move_indicator(1)
    assert [i.id for i in w.ws.indicators(t.id)][:2] == [second.id, first.id]
    w.act_undo.trigger()
    assert [i.id for i in w.ws.indicators(t.id)][:2] == [first.id, second.id]
