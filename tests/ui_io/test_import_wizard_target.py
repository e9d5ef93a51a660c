"""The import wizard and the file's Indikator column, and what it tells about the import (pytest-qt).

Found by a tester: with "Tid til dokumentation" selected and a file whose Indikator column said "Borgernes
livskvalitet", everything went into "Tid til dokumentation". Now a detected indicator column is the default
target; choosing one indicator anyway is warned about (rows and names) and must be confirmed; names that
are no indicator of the trial are errors with their rows. Driven with clicks and key events; what lands in
the SQLite file is read back with sqlite3.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from effektmaaling.ui.import_wizard import ImportWizard


@pytest.fixture
def docs_ws(workspace):
    if workspace.db.shared:
        pytest.skip("reads the SQLite file back")
    trial = workspace.create_trial(name="Dokumentation", start_date=dt.date(2013, 4, 1))
    workspace.docs = workspace.create_indicator(trial.id, name="Tid til dokumentation", bottom_line="productivity",
                                                valid_min=0, valid_max=100)
    workspace.life = workspace.create_indicator(trial.id, name="Borgernes livskvalitet", bottom_line="service",
                                                valid_min=0, valid_max=10)
    workspace.trial_id = trial.id
    workspace.add_measurement(workspace.docs.id, date=dt.date(2014, 12, 31), value=12.0)
    return workspace


def _rows(ws) -> list[tuple[str, str, float]]:
    """What is in the database file: (indicator, date, value), read with sqlite3."""
    con = sqlite3.connect(ws.path)
    try:
        return con.execute("SELECT i.name, m.date, m.value FROM measurements m JOIN indicators i "
                           "ON i.id = m.indicator_id ORDER BY i.name, m.date").fetchall()
    finally:
        con.close()


def _click(qtbot, wiz, which):
    button = wiz.button(which)
    assert button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if wiz.currentPage() is wiz.check_page and which == QWizard.WizardButton.NextButton:
        qtbot.waitUntil(lambda: wiz.check_page.job.over, timeout=30000)


def _import(qtbot, wiz):
    _click(qtbot, wiz, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wiz.job is not None and wiz.job.over, timeout=30000)
    assert wiz.result() == QWizard.DialogCode.Accepted


def _tick(qtbot, button):
    """Click a radio button or check box on its box (a wide one is not hit in its empty middle)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _choose(qtbot, box, text):
    """Pick an item of a combo box as a user does with the keyboard: focus it, arrow keys."""
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    target = box.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > box.currentIndex() else Qt.Key.Key_Up
    while box.currentIndex() != target:
        qtbot.keyClick(box, key)


def _wizard(qtbot, ws, path, indicator):
    wiz = ImportWizard(ws, ws.trial_id, indicator.id, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


FILE = ("Indikator;Dato;Værdi\n"
        "Borgernes livskvalitet;31-12-2014;6,5\n"
        "Borgernes livskvalitet;31-12-2015;7\n")


def test_a_detected_indicator_column_is_the_default_target(qtbot, docs_ws, tmp_path):
    path = tmp_path / "livskvalitet.csv"
    path.write_text(FILE, encoding="utf-8")
    wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)  # "Tid til dokumentation" selected in the window
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    page = wiz.mapping_page
    assert page.field_boxes["indicator"].currentText() == "1: Indikator"
    assert page.indicator_box.currentText() == "Fra kolonnen »Indikator« i filen"
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    table = wiz.preview_page.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Borgernes livskvalitet"] * 2
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    check = wiz.check_page
    assert "Bruges ikke" not in check.summary.text() and not check.other_label.isVisible()
    assert not check.dup_label.isVisible()  # the 31-12-2014 of the other indicator is no duplicate
    _import(qtbot, wiz)
    assert _rows(docs_ws) == [("Borgernes livskvalitet", "2014-12-31", 6.5),
                              ("Borgernes livskvalitet", "2015-12-31", 7.0),
                              ("Tid til dokumentation", "2014-12-31", 12.0)]  # untouched
    box = wiz.summary_box
    assert "2 nye målinger" in box.text() and "»Borgernes livskvalitet«: 2 nye" in box.text()
    box.close()


def test_unmapping_the_column_targets_the_selected_indicator_and_mapping_it_again_the_file(qtbot, docs_ws, tmp_path):
    path = tmp_path / "livskvalitet.csv"
    path.write_text(FILE, encoding="utf-8")
    wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    page = wiz.mapping_page
    _choose(qtbot, page.field_boxes["indicator"], "—")
    assert page.indicator_box.currentText() == "Tid til dokumentation"
    _choose(qtbot, page.field_boxes["indicator"], "1: Indikator")
    assert page.indicator_box.currentText() == "Fra kolonnen »Indikator« i filen"


def test_one_indicator_chosen_while_the_file_names_another_is_warned_and_must_be_confirmed(
        qtbot, docs_ws, tmp_path):
    path = tmp_path / "livskvalitet.csv"
    path.write_text(FILE + "Tid til dokumentation;31-12-2016;9\n", encoding="utf-8")
    wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    _choose(qtbot, wiz.mapping_page.indicator_box, "Tid til dokumentation")
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    table = wiz.preview_page.table  # the preview says it too, in the rows
    assert "rækken er til indikatoren »Borgernes livskvalitet«, ikke »Tid til dokumentation«" in table.item(0, 1).text()
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    check = wiz.check_page
    assert check.other_label.isVisible() and check.other_confirm.isVisible()
    text = check.other_label.text()
    assert "2 rækker i filens kolonne »Indikator« er til andre indikatorer end »Tid til dokumentation«" in text
    assert "»Borgernes livskvalitet«: rækkerne 2, 3" in text
    assert check.dup_label.isVisible()  # 31-12-2014 has a value in the chosen indicator
    _tick(qtbot, check.update_radio)
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()  # not without the confirmation
    assert _rows(docs_ws) == [("Tid til dokumentation", "2014-12-31", 12.0)]
    _tick(qtbot, check.other_confirm)
    assert check.other_confirm.text() == "Importér alligevel alle rækker til »Tid til dokumentation«"
    _import(qtbot, wiz)  # confirmed: the user's choice is done
    assert _rows(docs_ws) == [("Tid til dokumentation", "2014-12-31", 6.5),
                              ("Tid til dokumentation", "2015-12-31", 7.0),
                              ("Tid til dokumentation", "2016-12-31", 9.0)]
    wiz.summary_box.close()


def test_names_that_are_no_indicator_of_the_trial_are_errors_with_their_rows(qtbot, docs_ws, tmp_path):
    path = tmp_path / "ukendt.csv"
    path.write_text(FILE + "Ventetid;31-12-2016;9\nVentetid;31-12-2017;8\n", encoding="utf-8")
    for chosen in ("Tid til dokumentation", "Fra kolonnen »Indikator« i filen"):
        wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)
        _click(qtbot, wiz, QWizard.WizardButton.NextButton)
        _choose(qtbot, wiz.mapping_page.indicator_box, chosen)
        for _ in range(2):
            _click(qtbot, wiz, QWizard.WizardButton.NextButton)
        problems = wiz.check_page.problems
        assert [(problems.item(r, 0).text(), problems.item(r, 1).text(), problems.item(r, 2).text())
                for r in range(problems.rowCount())] == [
            ("4", "Indikator", "indikatoren »Ventetid« findes ikke i forsøget"),
            ("5", "Indikator", "indikatoren »Ventetid« findes ikke i forsøget")]
        assert wiz.check_page.summary.text().startswith("4 rækker læst, 2 målinger. 2 rækker har fejl")
        wiz.check_page.other_confirm.setChecked(True)  # even confirmed: nothing can be imported
        assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
        wiz.close()
    assert _rows(docs_ws) == [("Tid til dokumentation", "2014-12-31", 12.0)]


def test_kontrol_lists_the_updates_old_to_new_and_the_summary_stays_until_closed(qtbot, docs_ws, tmp_path):
    for i in range(1, 12):  # with the fixture's 31-12-2014: 12 dates already measured
        docs_ws.add_measurement(docs_ws.docs.id, date=dt.date(2014, 12, 31) + dt.timedelta(days=i), value=float(i))
    lines = ["Dato;Værdi"] + [f"{dt.date(2014, 12, 31) + dt.timedelta(days=i):%d-%m-%Y};{50 + i}" for i in range(14)]
    path = tmp_path / "tid.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)
    for _ in range(3):
        _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    text = wiz.check_page.dup_label.text()
    assert text.startswith("12 datoer har allerede en måling i databasen.")
    assert "• 31-12-2014: 12,0 → 50,0 (række 2)" in text and "• 01-01-2015: 1,0 → 51,0 (række 3)" in text
    assert "09-01-2015" in text and "10-01-2015" not in text and "… og 2 flere" in text
    _tick(qtbot, wiz.check_page.update_radio)
    _import(qtbot, wiz)
    assert len(_rows(docs_ws)) == 14 and _rows(docs_ws)[0] == ("Tid til dokumentation", "2014-12-31", 50.0)
    box = wiz.summary_box
    assert isinstance(box, QMessageBox) and box.isVisible() and not wiz.isVisible()
    text = box.text()
    assert "2 nye målinger" in text and "12 målinger opdateret" in text and "0 målinger sprunget over" in text
    assert "»Tid til dokumentation«: 2 nye, 12 opdateret" in text
    backup = wiz.report.backup
    assert backup is not None and backup.exists() and backup.name in text
    qtbot.wait(200)
    assert box.isVisible()  # stays until closed
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box not in QApplication.topLevelWidgets() or not box.isVisible())


def test_skipped_duplicates_are_counted_in_the_summary(qtbot, docs_ws, tmp_path):
    path = tmp_path / "tid.csv"
    path.write_text("Dato;Værdi\n31-12-2014;40\n31-12-2015;41\n", encoding="utf-8")
    wiz = _wizard(qtbot, docs_ws, path, docs_ws.docs)
    for _ in range(3):
        _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert "• 31-12-2014: 12,0 → 40,0 (række 2)" in wiz.check_page.dup_label.text()
    _tick(qtbot, wiz.check_page.skip_radio)
    _import(qtbot, wiz)
    assert _rows(docs_ws) == [("Tid til dokumentation", "2014-12-31", 12.0),
                              ("Tid til dokumentation", "2015-12-31", 41.0)]
    text = wiz.summary_box.text()
    assert "1 ny måling" in text and "0 målinger opdateret" in text
    assert "1 måling sprunget over (den eksisterende er beholdt)" in text
    assert "»Tid til dokumentation«: 1 ny, 1 sprunget over" in text
    wiz.summary_box.close()
