"""The import wizard and the trial exchange dialogs, driven as a user drives them (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QWizard

from effektmaaling.services import Workspace
from effektmaaling.services.exchange import export_trial, import_trial, read_exchange_file
from effektmaaling.ui.exchange_dialogs import ImportTrialDialog, export_trial_dialog
from effektmaaling.ui.import_wizard import ImportWizard


@pytest.fixture
def trial_ws(workspace):
    trial = workspace.create_trial(name="Forsøg A", start_date=dt.date(2013, 4, 1))
    workspace.value_ind = workspace.create_indicator(trial.id, name="Livskvalitet", bottom_line="service",
                                                     valid_min=0, valid_max=10)
    workspace.count_ind = workspace.create_indicator(trial.id, name="Klager", bottom_line="legal-rights",
                                                     measure_type="count")
    workspace.trial_id = trial.id
    return workspace


def _next(qtbot, wiz):
    button = wiz.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    wiz.next()
    if wiz.currentPage() is wiz.check_page:  # the whole file is checked off the GUI thread
        qtbot.waitUntil(lambda: wiz.check_page.job.over, timeout=30000)


def test_wizard_bad_file_shows_every_bad_row_and_cannot_import(qtbot, trial_ws, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Dato;Værdi\n31-12-2014;5\n31-12-2015;12\n31-13-2016;4\n", encoding="cp1252")
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, trial_ws.value_ind.id, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    _next(qtbot, wiz)  # file -> mapping
    assert wiz.mapping_page.field_boxes["date"].currentIndex() == 1
    assert wiz.mapping_page.field_boxes["value"].currentIndex() == 2
    _next(qtbot, wiz)  # -> preview
    table = wiz.preview_page.table
    assert table.rowCount() == 3
    assert table.item(0, 3).text() == "5,0" and table.item(0, 2).text() == "31-12-2014"
    assert "Række 3" in table.item(1, 1).text()
    _next(qtbot, wiz)  # -> check
    problems = wiz.check_page.problems
    assert [(problems.item(r, 0).text(), problems.item(r, 1).text()) for r in range(problems.rowCount())] == [
        ("3", "Værdi"), ("4", "Dato")]
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert trial_ws.measurements(trial_ws.value_ind.id) == []


def test_wizard_checks_the_file_off_the_gui_thread(qtbot, trial_ws, tmp_path):
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, trial_ws.value_ind.id, path=_long_csv(tmp_path))
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(2):
        _next(qtbot, wiz)
    wiz.next()  # -> check: the page shows at once and says what it does
    page = wiz.check_page
    assert page.progress.isVisible() and not page.isComplete()
    assert page.summary.text() == "Kontrollerer filen …"
    qtbot.waitUntil(lambda: page.job.over, timeout=30000)
    assert not page.progress.isVisible() and page.isComplete()
    assert page.summary.text().startswith("2500 rækker læst, 2500 målinger. Ingen fejl.")


def test_wizard_duplicates_need_a_choice_then_import(qtbot, trial_ws, tmp_path):
    trial_ws.add_measurement(trial_ws.value_ind.id, date=dt.date(2014, 12, 31), value=1.0)
    path = tmp_path / "good.csv"
    path.write_text("date,value\n2014-12-31,5.5\n2015-12-31,6\n", encoding="utf-8")
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, trial_ws.value_ind.id, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(3):
        _next(qtbot, wiz)
    page = wiz.check_page
    assert page.update_radio.isVisible() and not page.isComplete()
    page.update_radio.setChecked(True)
    assert page.isComplete()
    wiz.accept()  # the import runs off the GUI thread
    qtbot.waitUntil(lambda: wiz.job.over, timeout=30000)
    assert wiz.result() == QWizard.DialogCode.Accepted
    assert [(m.date, m.value) for m in trial_ws.measurements(trial_ws.value_ind.id)] == [
        (dt.date(2014, 12, 31), 5.5), (dt.date(2015, 12, 31), 6.0)]


def _long_csv(tmp_path, rows=2500):
    path = tmp_path / "lang.csv"
    day = dt.date(2000, 1, 1)
    lines = ["Dato;Værdi"] + [f"{(day + dt.timedelta(days=i)):%d-%m-%Y};{i % 10}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_wizard_import_cancelled_while_reading_writes_nothing(qtbot, trial_ws, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from effektmaaling.ui import import_wizard
    from effektmaaling.ui.background import Cancelled

    real, clicked = import_wizard.import_measurements, threading.Event()

    def held(*args, progress, **kwargs):  # the real import, held at its first progress until Annullér is clicked
        def step(what, rows):
            progress(what, rows)
            clicked.wait(20)
        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(import_wizard, "import_measurements", held)
    stack = QUndoStack()
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, trial_ws.value_ind.id, path=_long_csv(tmp_path),
                       undo_stack=stack)
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(3):
        _next(qtbot, wiz)
    wiz.accept()
    box = wiz.job.dialog
    qtbot.waitUntil(lambda: box.isVisible() and "1000 rækker" in box.label.text(), timeout=20000)
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: wiz.job.over, timeout=30000)
    assert isinstance(wiz.job.error, Cancelled)
    assert trial_ws.measurements(trial_ws.value_ind.id) == []  # rolled back: nothing half-written
    assert stack.count() == 0 and wiz.isVisible() and wiz.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_wizard_import_cannot_be_cancelled_once_it_commits(qtbot, trial_ws, tmp_path):
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, trial_ws.value_ind.id, path=_long_csv(tmp_path),
                       undo_stack=stack)
    qtbot.addWidget(wiz)
    wiz.show()
    for _ in range(3):
        _next(qtbot, wiz)
    wiz.accept()
    job = wiz.job
    texts, cancellable = [], []
    job.progress.connect(lambda d, t, text: texts.append(text))
    job.cancellable_changed.connect(cancellable.append)
    qtbot.waitUntil(lambda: job.over, timeout=30000)
    assert cancellable == [False] and not job.cancel()  # the commit point: Annullér refused from there
    assert texts[-1] == "Gemmer målingerne …" and any("rækker" in t for t in texts)
    assert len(trial_ws.measurements(trial_ws.value_ind.id)) == 2500
    assert stack.count() == 1 and stack.text(0) == "Import af 2500 målinger i »Livskvalitet«"


def test_wizard_wide_sheet(qtbot, trial_ws, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "wide.xlsx"
    wb = Workbook()
    wb.active.append(["Dato", "Livskvalitet", "Klager", "Noter"])
    wb.active.append([dt.date(2014, 3, 31), 6.5, 3, "x"])
    wb.save(path)
    wiz = ImportWizard(trial_ws, trial_ws.trial_id, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    _next(qtbot, wiz)
    assert wiz.mapping_page.wide_radio.isChecked()  # two headers name indicators
    for _ in range(2):
        _next(qtbot, wiz)
    assert wiz.check_page.isComplete()
    wiz.accept()  # the import runs off the GUI thread
    qtbot.waitUntil(lambda: wiz.job.over, timeout=30000)
    assert [m.value for m in trial_ws.measurements(trial_ws.count_ind.id)] == [3.0]
    assert [m.value for m in trial_ws.measurements(trial_ws.value_ind.id)] == [6.5]


def test_import_trial_dialog_resolves_conflicts_side_by_side(qtbot, demo_workspace, tmp_path):
    laptop = demo_workspace
    trial = laptop.find_trial("FriNoVa")
    central = Workspace.open(tmp_path / "central.db")
    export_trial(laptop, trial.id, tmp_path / "a.json")
    import_trial(central, read_exchange_file(tmp_path / "a.json"))
    ind = laptop.find_indicator(trial.id, "Tid til dokumentation")
    m = laptop.measurements(ind.id)[0]
    laptop.update_measurement(m.id, comment="laptop", value=7.5)
    central.update_measurement(m.id, comment="central")
    path = export_trial_dialog(None, central, trial.id, tmp_path / "b.json")
    dialog = ImportTrialDialog(laptop, read_exchange_file(path))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "1 konflikt:" in dialog.summary.text() and not ok.isEnabled()
    [view] = dialog.views
    cells = {view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
             for r in range(view.table.rowCount())}
    assert cells["Kommentar"] == ("laptop", "central") and cells["Værdi"][0] == "7,5"
    view.theirs.click()
    assert ok.isEnabled()
    dialog.grab().save(str(tmp_path / "conflict.png"))
    ok.click()  # the merge is written off the GUI thread: one transaction, so no Annullér
    progress = dialog.job.dialog
    assert not progress.cancel_button.isEnabled() and not dialog.buttons.isEnabled()
    assert progress.label.text() == "Fletter forsøget »FriNoVa« ind i databasen …"
    qtbot.waitUntil(lambda: dialog.job.over, timeout=30000)
    assert dialog.result_plan is not None and dialog.result_plan.updated == {"measurement": 1}
    assert laptop.measurements(ind.id)[0].comment == "central"
    central.close()


def test_import_trial_dialog_shows_field_conflicts_and_edit_vs_delete(qtbot, trial_ws, tmp_path):
    """Field-level conflicts side by side (the conflicting field marked, other edits merged), an edit against
    a deletion with who deleted it; chosen with the mouse, the result keeps every one-sided edit."""
    from PySide6.QtCore import Qt

    laptop = trial_ws
    tid, ind = laptop.trial_id, laptop.value_ind
    m = laptop.add_measurement(ind.id, date=dt.date(2013, 5, 1), value=4.0)
    central = Workspace.open(tmp_path / "central.db", daily_backup=False)
    export_trial(laptop, tid, tmp_path / "a.json")
    import_trial(central, read_exchange_file(tmp_path / "a.json"))
    laptop.update_indicator(ind.id, target_value=8.0, unit="point")
    central.update_indicator(ind.id, target_value=9.0, theme="Trivsel")
    laptop.update_measurement(m.id, comment="rettet på laptop")
    central.delete_measurements([m.id])
    path = export_trial_dialog(None, central, tid, tmp_path / "b.json")
    dialog = ImportTrialDialog(laptop, read_exchange_file(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "2 konflikter" in dialog.summary.text()
    field_view, deleted_view = sorted(dialog.views, key=lambda v: v.conflict.reason)
    assert field_view.conflict.reason == "both-changed" and "mål" in field_view.conflict.label.get()
    rows = {field_view.table.item(r, 0).text(): r for r in range(field_view.table.rowCount())}
    target = rows["Mål"]
    assert (field_view.table.item(target, 1).text(), field_view.table.item(target, 2).text()) == ("8", "9")
    assert field_view.table.item(target, 1).font().bold() and not field_view.table.item(rows["Enhed"], 1).font().bold()
    assert "Feltet »Mål«" in field_view.reason.text()
    assert deleted_view.conflict.reason == "deleted-there" and "Slettet i filen" in deleted_view.reason.text()
    rows = {deleted_view.table.item(r, 0).text(): r for r in range(deleted_view.table.rowCount())}
    assert deleted_view.table.item(rows["Kommentar"], 1).text() == "rettet på laptop"
    assert deleted_view.table.item(rows["Kommentar"], 2).text() == "(slettet)"
    assert deleted_view.theirs.text() == "Slet (som i filen)"
    dialog.list.setCurrentRow(dialog.views.index(field_view))
    dialog.grab().save(str(tmp_path / "field_conflict.png"))
    qtbot.mouseClick(field_view.theirs, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(dialog.views.index(deleted_view))
    dialog.grab().save(str(tmp_path / "deleted_conflict.png"))
    qtbot.mouseClick(deleted_view.mine, Qt.MouseButton.LeftButton)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.over, timeout=30000)  # the merge is written off the GUI thread
    got = laptop.indicator(ind.id)
    assert (got.target_value, got.unit, got.theme) == (9.0, "point", "Trivsel")
    assert [x.comment for x in laptop.measurements(ind.id)] == ["rettet på laptop"]
    central.close()


def test_menu_hook_adds_file_actions(qtbot, trial_ws):
    from PySide6.QtWidgets import QMenu

    from effektmaaling.ui.io_actions import install

    class Window(QMainWindow):
        def __init__(self, ws):
            super().__init__()
            self.ws = ws
            self.file_menu = QMenu("Fil", self)

        def current_trial_id(self):
            return self.ws.trial_id

        def add_file_action(self, action):
            self.file_menu.addAction(action)
            return action

    window = Window(trial_ws)
    qtbot.addWidget(window)
    actions = install(window)
    assert [a.objectName() for a in actions] == ["actionImportMeasurements", "actionExportMeasurements",
                                                  "actionExportTrial", "actionImportTrial"]
    assert [a.text() for a in window.file_menu.actions()][2] == "&Eksportér forsøg …"


def test_import_trial_dialog_reads_off_the_gui_thread_and_imports_a_colliding_file_as_a_copy(
        qtbot, demo_workspace, tmp_path, monkeypatch):
    """The file is read and planned in a worker; a file whose ids belong to another trial here (IdCollision)
    is, when the user says yes, imported as a copy with new ids, also in a worker, and the result told."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from effektmaaling.domain.i18n import Text
    from effektmaaling.services.exchange import IdCollision
    from effektmaaling.ui import background, exchange_dialogs
    from effektmaaling.ui.exchange_dialogs import import_trial_dialog

    ws = demo_workspace
    trial = ws.find_trial("FriNoVa")
    path = export_trial_dialog(None, ws, trial.id, tmp_path / "frinova.json")
    threads: list[str] = []

    def colliding(ws_, incoming):
        import threading

        threads.append(threading.current_thread().name)
        raise IdCollision(Text("Importen er afvist: samme id.", "The import is refused: same id."))

    real_copy = exchange_dialogs.import_as_copy

    def copy(ws_, incoming):
        import threading

        threads.append(threading.current_thread().name)
        return real_copy(ws_, incoming)

    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(exchange_dialogs, "plan_import", colliding)
    monkeypatch.setattr(exchange_dialogs, "import_as_copy", copy)
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    before = len(ws.trials())
    plan = import_trial_dialog(parent, ws, path)
    assert asked[0].startswith("Importen er afvist: samme id.") and "nye id'er" in asked[0]
    assert plan is not None and len(ws.trials()) == before + 1 and told
    assert threads == ["effektmaaling-read-exchange", "effektmaaling-import-copy"]  # and copied off it
    qtbot.waitUntil(background.idle, timeout=10000)


def test_import_summary_counts_with_their_unit_and_names_what_changes(qtbot, demo_workspace, tmp_path):
    """"189 uændrede" said neither of what nor which records change: now "… målinger uændrede" and each
    updated measurement with its old and new value (the first five, the rest counted)."""
    laptop = demo_workspace
    trial = laptop.find_trial("FriNoVa")
    central = Workspace.open(tmp_path / "central.db")
    export_trial(laptop, trial.id, tmp_path / "a.json")
    import_trial(central, read_exchange_file(tmp_path / "a.json"))
    ind = central.find_indicator(trial.id, "Tid til dokumentation")
    ms = central.measurements(ind.id)
    for i, m in enumerate(ms[:8]):
        central.update_measurement(m.id, value=m.value + 1 + i)
    path = export_trial_dialog(None, central, trial.id, tmp_path / "b.json")
    dialog = ImportTrialDialog(laptop, read_exchange_file(path))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.summary.text()
    total = sum(len(laptop.measurements(i.id)) for i in laptop.indicators(trial.id))
    assert f"{total - 8} målinger" in text and "uændrede" in text
    first = ms[0]
    from effektmaaling.domain.formatting import format_date, format_number

    assert "8 målinger opdateres: " in text
    import re

    shown = re.search(rf"Indikatoren »Tid til dokumentation«, målingen {format_date(first.date)}: værdi "
                      r"([0-9.,]+) → ([0-9.,]+)", text)
    assert shown, text
    assert [float(v.replace(".", "").replace(",", ".")) for v in shown.groups()] == pytest.approx(
        [first.value, first.value + 1])
    assert format_number(first.value, 1)[:2] in shown.group(1)
    assert "… og 3 flere" in text
    central.close()
