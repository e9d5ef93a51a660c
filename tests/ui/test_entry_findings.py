"""The findings of issue 15 other than grid typing: each reproduced through the real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox

from effektmaaling.services import Workspace


def test_rate_per_can_be_set_for_a_new_rate_indicator(window, qtbot):
    ws = window.ws
    t = ws.create_trial(name="Rater", start_date=dt.date(2013, 1, 1))
    window.navigator.select("trial", t.id)
    editor = window.new_indicator()
    qtbot.keyClicks(editor.inputs["name"], "Fald pr. plejedoegn")
    box = editor.inputs["measure_type"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # the last type: rate
    assert editor.inputs["rate_per"].isEnabled()
    field = editor.inputs["rate_per"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1.000")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    check = Workspace.open(ws.path, readonly=True)
    try:
        ind = check.find_indicator(t.id, "Fald pr. plejedoegn")
        assert (ind.measure_type.value, ind.rate_per) == ("rate", 1000.0)
    finally:
        check.close()
    # editing it again shows the type and the factor, and Rate pr. stays editable
    window.navigator.select("indicator", ind.id)
    editor = window.edit_indicator()
    assert editor.inputs["measure_type"].currentText() == editor.inputs["measure_type"].itemText(3)
    assert editor.inputs["rate_per"].isEnabled() and editor.inputs["rate_per"].text() == "1.000"
    assert editor.changes() == {}
    editor.reject()


def test_hovering_over_a_chart_point_shows_its_tooltip(demo_window, qtbot):
    from PySide6.QtWidgets import QToolTip

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    w.navigator.select("indicator", ind.id)
    chart = w.page("indicator").chart
    qtbot.waitUntil(lambda: len(chart._x) > 0, timeout=3000)
    i = len(chart._x) // 2

    def hover() -> bool:
        # where the point is drawn now (the page's layout settles in the event loop after the data came)
        scene = chart.getPlotItem().vb.mapViewToScene(QPointF(chart._x[i], chart._y[i]))
        qtbot.mouseMove(chart.viewport(), chart.mapFromScene(scene))  # an error in the handler fails the test
        return QToolTip.isVisible()

    qtbot.waitUntil(hover, timeout=3000)
    assert QToolTip.text() == chart.point_text(i)
    assert ind.name and f"{chart.data_.dates[i]:%d-%m-%Y}" in QToolTip.text()


def test_import_wizard_starts_on_the_shown_indicator_and_reads_proportions(demo_window, qtbot, tmp_path,
                                                                            monkeypatch):
    from PySide6.QtWidgets import QWizard

    from effektmaaling.ui.import_wizard import ImportWizard

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Borgere med egen recovery-plan")
    w.navigator.select("indicator", ind.id)
    path = tmp_path / "andel.csv"
    path.write_text("Dato;Tæller;Nævner;Kommentar\n31-01-2016;30;40;a\n29-02-2016;31;40;b\n", encoding="utf-8")
    shown = []

    def exec_(wiz):
        shown.append(wiz)
        wiz.file_page.path_edit.setText(str(path))
        wiz.show()
        for _ in range(3):
            wiz.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda: wiz.check_page.job.over, timeout=30000)  # the file is checked off the GUI thread
        wiz.accept()  # the import runs off the GUI thread
        qtbot.waitUntil(lambda: wiz.job.over, timeout=30000)
        return wiz.result()

    monkeypatch.setattr(ImportWizard, "exec", exec_)
    w.findChild(type(w.act_undo), "actionImportMeasurements").trigger()
    [wiz] = shown
    assert wiz.mapping_page.indicator_box.currentData() == str(ind.id)  # the indicator on screen
    preview = wiz.preview_page.table
    assert preview.rowCount() == 2
    assert [preview.item(r, 3).text() for r in range(2)] == ["75", "78"]  # no row marked "Værdi skal udfyldes"
    assert wiz.report.inserted == 2
    assert w.statusBar().currentMessage() == "Importeret: 2 nye målinger, 0 målinger opdateret"
    dates = [m.date.isoformat() for m in w.ws.measurements(ind.id)]
    assert "2016-01-31" in dates and "2016-02-29" in dates
    wiz.summary_box.close()  # the lasting summary: left open, a later test's Ctrl+N found it as "the dialog"


def test_navigator_status_icons_follow_a_typed_row_at_once(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from effektmaaling.ui.navigator import ID_ROLE, STATUS_ROLE

    ws = window.ws
    t = ws.create_trial(name="Status", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(t.id, name="Ventetid", bottom_line="service", direction="decrease")
    for i, v in enumerate([10, 11, 10, 12, 11, 10]):  # a baseline before the start
        ws.add_measurement(ind.id, date=dt.date(2013, i + 1, 28), value=v)
    window.navigator.select("indicator", ind.id)

    def status():
        model = window.navigator.model
        for r in range(model.rowCount()):
            trial = model.index(r, 0)
            for c in range(model.rowCount(trial)):
                if model.index(c, 0, trial).data(ID_ROLE) == ind.id:
                    return model.index(c, 0, trial).data(STATUS_ROLE)
        return "missing"

    qtbot.wait(50)
    before = status()
    table = window.page("indicator").table
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().rowCount() - 1, 0))
    for text in ("28-02-2014", "5", "28-03-2014", "4", "28-04-2014", "4", "28-05-2014", "3"):
        for ch in text:
            qtbot.keyClick(QApplication.focusWidget(), ch)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab if "-" in text else Qt.Key.Key_Return)
        qtbot.wait(1)
    assert len(ws.measurements(ind.id)) == 10
    qtbot.waitUntil(lambda: status() not in (before, None, "insufficient-data"), timeout=3000)
    assert status() == window.cache.statuses(t.id)[ind.id]


def test_chart_legend_avoids_the_points_and_an_empty_indicator_says_what_to_do(window, qtbot, tmp_path):
    ws = window.ws
    t = ws.create_trial(name="Graf", start_date=dt.date(2014, 1, 1))
    rising = ws.create_indicator(t.id, name="Stigende", bottom_line="service")
    empty = ws.create_indicator(t.id, name="Tom", bottom_line="service")
    for i in range(12):  # the newest points are high, in the upper right where the legend used to be
        ws.add_measurement(rising.id, date=dt.date(2013, i + 1, 28), value=10 + i * i)
    window.navigator.select("indicator", rising.id)
    view = window.page("indicator")
    chart = view.chart
    qtbot.waitUntil(lambda: len(chart._x) == 12, timeout=3000)
    assert chart.legend_corner == "below"  # outside the plot area
    legend = chart.legend.mapRectToScene(chart.legend.boundingRect())
    vb = chart.getPlotItem().vb
    for xv, yv in zip(chart._x, chart._y, strict=True):
        assert not legend.contains(vb.mapViewToScene(QPointF(xv, yv)))
    chart.grab().save(str(tmp_path / "legend.png"))

    window.navigator.select("indicator", empty.id)
    qtbot.waitUntil(lambda: len(chart._x) == 0, timeout=3000)
    assert "Ingen målinger endnu" in chart.empty_message
    bottom = chart.getPlotItem().getAxis("bottom")
    assert bottom._tickLevels is not None and all(level == [] for level in bottom._tickLevels)  # no old dates
    chart.grab().save(str(tmp_path / "empty.png"))


def test_cpr_refused_free_text_keeps_the_edit_and_says_why(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    w.navigator.select("details", t.id)
    details = w.page("details")
    field = details.inputs["contact_person"]
    before = w.ws.trial(t.id).contact_person
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Ring til 010203-1234 om sagen")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.ws.trial(t.id).contact_person == before  # refused
    assert not details.errors["contact_person"].isHidden() and "CPR" in details.errors["contact_person"].text()
    # another field is stored: the page reloads, the refused text stays as typed
    unit = details.inputs["unit"]
    unit.setFocus()
    unit.selectAll()
    qtbot.keyClicks(unit, "Ny enhed")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert w.ws.trial(t.id).unit == "Ny enhed"
    assert field.text() == "Ring til 010203-1234 om sagen"
    assert not details.errors["contact_person"].isHidden()
    # corrected: stored, the reason goes
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Ring til teamet om sagen")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert w.ws.trial(t.id).contact_person == "Ring til teamet om sagen"
    assert details.errors["contact_person"].isHidden()


def test_milestone_dialog_shows_the_whole_date_error(qtbot):
    from effektmaaling.ui.trial_details import MilestoneDialog

    dialog = MilestoneDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.date, "31-02-2014")
    qtbot.keyClicks(dialog.text, "Teams etableret")
    dialog.accept()
    label = dialog.error
    assert label.isVisible() and label.text()
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed  # every line of the message is shown
    assert dialog.date.text() == "31-02-2014" and dialog.text.text() == "Teams etableret"  # nothing typed is lost
