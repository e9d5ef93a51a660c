"""The data-safety dialogs driven as a user drives them (pytest-qt): the change log with filters and CSV
export, the backups list with restore, the database check."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace
from effektmaaling.services.backups import list_backups
from effektmaaling.ui.backups_dialog import BackupsDialog
from effektmaaling.ui.change_log_dialog import ChangeLogDialog
from effektmaaling.ui.check_dialog import CheckDialog


@pytest.fixture
def logged(workspace):
    a = workspace.create_trial(name="FriNoVa", start_date=dt.date(2014, 1, 1))
    b = workspace.create_trial(name="Boformer", start_date=dt.date(2014, 1, 1))
    i1 = workspace.create_indicator(a.id, name="Trivsel", bottom_line="staff-wellbeing")
    i2 = workspace.create_indicator(a.id, name="Ventetid", bottom_line="service")
    workspace.create_indicator(b.id, name="Klager", bottom_line="legal-rights")
    m = workspace.add_measurement(i1.id, date=dt.date(2014, 2, 1), value=3.0)
    workspace.update_measurement(m.id, value=4.5, comment="=HYPERLINK(\"http://x\")")
    workspace.add_measurement(i2.id, date=dt.date(2014, 2, 1), value=10.0)
    return workspace, a, b, i1, i2


def _type_date(qtbot, edit, text):
    """Select the field's text and type over it, then Tab: keys to the focused widget, as a user does."""
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _cells(dlg, col):
    return [dlg.model.index(r, col).data() for r in range(dlg.model.rowCount())]


def test_change_log_filters_by_trial_indicator_and_period(qtbot, logged):
    ws, *_ = logged
    dlg = ChangeLogDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == len(ws.change_log()) == 8
    assert not dlg.indicator_box.isEnabled()
    assert dlg.count_label.text() == "8 ændringer"

    dlg.trial_box.setCurrentIndex(dlg.trial_box.findText("Boformer"))
    assert set(_cells(dlg, 4)) == {"Boformer"} and dlg.model.rowCount() == 2

    dlg.trial_box.setCurrentIndex(dlg.trial_box.findText("FriNoVa"))
    assert dlg.indicator_box.isEnabled() and dlg.indicator_box.count() == 3
    dlg.indicator_box.setCurrentIndex(dlg.indicator_box.findText("Trivsel"))
    assert _cells(dlg, 2) == ["Ændret", "Oprettet", "Oprettet"]  # newest first
    assert _cells(dlg, 5) == ["Trivsel / 01-02-2014", "Trivsel / 01-02-2014", "Trivsel"]
    changes = _cells(dlg, 6)[0]
    assert "4,5" in changes and "3" in changes and "→" in changes

    dlg.period_box.setChecked(True)  # the last month up to today holds them all
    assert dlg.model.rowCount() == 3
    today = dt.date.today()
    _type_date(qtbot, dlg.to_edit, (today - dt.timedelta(days=2)).strftime("%d-%m-%Y"))
    ten = today - dt.timedelta(days=10)
    _type_date(qtbot, dlg.from_edit, f"{ten.day}/{ten.month}/{ten.year}")  # as 1/1/2015
    assert dlg.model.rowCount() == 0 and not dlg.export_button.isEnabled()
    # a date that cannot be read is said under the period; the rows shown stay (no silent fall-back)
    _type_date(qtbot, dlg.from_edit, "31-01--")
    assert dlg.period_error.isVisible()
    assert dlg.period_error.text() == "⚠ Fra: »31-01--« er ikke en gyldig dato; skriv fx 31-12-2014"
    assert dlg.model.rowCount() == 0
    _type_date(qtbot, dlg.from_edit, (today - dt.timedelta(days=40)).strftime("%d-%m-%Y"))
    assert not dlg.period_error.isVisible()
    _type_date(qtbot, dlg.to_edit, today.strftime("%d-%m-%Y"))
    assert dlg.model.rowCount() == 3
    dlg.period_box.setChecked(False)
    assert dlg.model.rowCount() == 3


def test_change_log_csv_export_neutralises_formulas(qtbot, logged, tmp_path):
    ws, a, *_ = logged
    dlg = ChangeLogDialog(ws, trial_id=a.id)
    qtbot.addWidget(dlg)
    assert dlg.trial_box.currentText() == "FriNoVa"
    path = dlg.export_csv(tmp_path / "log.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Tidspunkt", "Bruger", "Handling", "Type", "Forsøg", "Post", "Ændringer", "Id"]
    assert len(rows) == 1 + dlg.model.rowCount() == 1 + 6
    assert all(r[4] == "FriNoVa" for r in rows[1:])
    dt.datetime.strptime(rows[1][0], "%d-%m-%Y %H:%M")
    update = next(r for r in rows if r[2] == "Ændret")
    assert "=HYPERLINK" in update[6] and not update[6].startswith("=")
    for r in rows:
        assert not any(cell.startswith(("=", "+", "@")) for cell in r)


def test_change_log_csv_is_written_off_the_gui_thread(qtbot, logged, tmp_path, monkeypatch):
    """The export writes in a worker thread (the window answers meanwhile) and still returns the file."""
    import threading

    from effektmaaling.ui import change_log_dialog

    ws, a, *_ = logged
    dlg = ChangeLogDialog(ws, trial_id=a.id)
    qtbot.addWidget(dlg)
    threads = []
    real = change_log_dialog.write_change_log_csv

    def write(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(change_log_dialog, "write_change_log_csv", write)
    path = dlg.export_csv(tmp_path / "log.csv")
    assert threads and threads[0] is not threading.main_thread()
    assert path == tmp_path / "log.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh, delimiter=";"))) == 1 + dlg.model.rowCount()
    # a folder that cannot be written: a warning, no file, and the dialog still answers
    warned = []
    monkeypatch.setattr(change_log_dialog.QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert dlg.export_csv(tmp_path / "missing" / "log.csv") is None
    assert warned and not (tmp_path / "missing").exists()


def test_change_log_user_who_looks_like_a_formula(tmp_path):
    from effektmaaling.io.change_log import ChangeRow, write_change_log_csv

    row = ChangeRow(dt.datetime(2014, 1, 1, 12, 0), "=cmd|'/c calc'!A0", "Oprettet", "Forsøg", "-x", "+y", "@z", "1")
    path = write_change_log_csv(tmp_path / "x.csv", [row], "da")
    cells = next(csv.reader(path.open(encoding="utf-8-sig").read().splitlines()[1:], delimiter=";"))
    assert cells[1] == "'=cmd|'/c calc'!A0" and cells[4:7] == ["'-x", "'+y", "'@z"]


def test_backups_dialog_lists_and_restores(qtbot, tmp_path):
    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    ws.create_trial(name="Først", start_date=dt.date(2014, 1, 1))
    ws.close()
    ws = Workspace.open(path)  # the day's backup: 1 trial
    ws.create_trial(name="Senere", start_date=dt.date(2014, 1, 1))
    ws.backup_before("merge")  # 2 trials
    dlg = BackupsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    t = dlg.table
    assert t.rowCount() == 2
    assert [t.item(r, 1).text() for r in range(2)] == ["Før fletning af forsøg", "Daglig"]
    assert [t.item(r, 3).text() for r in range(2)] == ["2", "1"]
    assert t.item(0, 2).text().endswith("kB") and t.item(0, 0).text().startswith(dt.date.today().strftime("%d-%m-%Y"))

    dlg.confirm = lambda question: False  # the user says no: nothing happens
    t.selectRow(1)
    assert not dlg.restore_selected()
    assert [x.name for x in ws.trials()] == ["Først", "Senere"]

    asked: list[str] = []
    dlg.confirm = lambda question: asked.append(question) or True
    with qtbot.waitSignal(dlg.reopen_requested, timeout=20000) as sig:  # the restore runs off the GUI thread
        assert dlg.restore_selected()
    assert "(1 forsøg)" in asked[0] and "gemmes først som sikkerhedskopi" in asked[0]
    assert sig.args == [path] and dlg.restored_from is not None
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM trials")] == ["Først"]
    con.close()
    assert "before-restore" in [b.reason for b in list_backups(path)]
    ws = Workspace.open(path)
    assert [x.name for x in ws.trials()] == ["Først"]
    ws.close()


def test_restore_runs_off_the_gui_thread_and_can_be_cancelled_until_the_file_is_replaced(qtbot, tmp_path,
                                                                                       monkeypatch):
    import threading

    from effektmaaling.ui import backups_dialog
    from effektmaaling.ui.background import Cancelled

    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    ws.create_trial(name="Først", start_date=dt.date(2014, 1, 1))
    ws.backup_before("merge")
    ws.create_trial(name="Senere", start_date=dt.date(2014, 1, 1))
    real, go = backups_dialog.restore_backup, threading.Event()
    commit_points: list[bool] = []

    def held(backup, db_path, *, backup_dir, commit_point):  # the real restore, held until the user has clicked
        go.wait(10)

        def point():
            commit_points.append(True)
            commit_point()

        return real(backup, db_path, backup_dir=backup_dir, commit_point=point)

    monkeypatch.setattr(backups_dialog, "restore_backup", held)
    dlg = BackupsDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.confirm = lambda question: True
    dlg.table.selectRow(0)
    with qtbot.waitSignal(dlg.reopen_requested, timeout=20000):
        assert dlg.restore_selected()
        box = dlg.job.dialog
        qtbot.waitUntil(box.isVisible, timeout=5000)  # the progress dialog, saying what is done
        assert box.label.text() == "Kontrollerer sikkerhedskopien …" and box.cancel_button.isEnabled()
        qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
        go.set()
    qtbot.waitUntil(lambda: dlg.job.over, timeout=5000)
    assert commit_points == [True] and isinstance(dlg.job.error, Cancelled)
    assert dlg.restored_from is None and dlg.isVisible()
    con = sqlite3.connect(path)
    assert sorted(r[0] for r in con.execute("SELECT name FROM trials")) == ["Først", "Senere"]  # unchanged
    con.close()
    assert "before-restore" not in [b.reason for b in list_backups(path)]


def test_backups_dialog_without_backups(qtbot, workspace):
    dlg = BackupsDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.empty_label.isVisible() and not dlg.restore_button.isEnabled()


def test_check_dialog_clean_and_with_findings(qtbot, logged):
    ws, *_ = logged
    dlg = CheckDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.progress.isVisible() and dlg.summary.text() == "Kontrollerer databasen …"  # off the GUI thread
    qtbot.waitUntil(lambda: dlg.job.over, timeout=30000)
    assert not dlg.progress.isVisible() and not dlg.cancel_button.isVisible()
    assert dlg.report.ok and dlg.summary.text().startswith("Ingen fejl fundet.")
    assert not dlg.findings.isVisible()
    con = sqlite3.connect(ws.path)
    con.execute("UPDATE indicators SET valid_max = 4 WHERE name = 'Trivsel'")
    con.commit()
    con.close()
    dlg.again_button.click()
    qtbot.waitUntil(lambda: dlg.job.over, timeout=30000)
    assert not dlg.report.ok and dlg.summary.text().startswith("1 problem fundet.")
    assert dlg.findings.isVisible() and "værdien 4,5 ligger uden for" in dlg.findings.item(0).text()


def test_check_dialog_can_be_cancelled(qtbot, logged, monkeypatch):
    import threading

    from effektmaaling.services.maintenance import check_database
    from effektmaaling.ui import check_dialog
    from effektmaaling.ui.background import Cancelled

    clicked = threading.Event()

    def slow_check(ws, progress):  # the real check, held after its first step until the user has clicked
        def held(step, done, total):
            progress(step, done, total)
            clicked.wait(10)

        return check_database(ws, held)

    monkeypatch.setattr(check_dialog, "check_database", slow_check)
    ws, *_ = logged
    dlg = CheckDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: "SQLite" in dlg.summary.text(), timeout=10000)  # the first step is told
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert dlg.summary.text() == "Annullerer …" and not dlg.cancel_button.isEnabled()
    clicked.set()
    qtbot.waitUntil(lambda: dlg.job.over, timeout=30000)
    assert isinstance(dlg.job.error, Cancelled) and dlg.report is None
    assert dlg.summary.text() == "Kontrollen blev annulleret; intet er ændret."
    assert dlg.again_button.isEnabled() and not dlg.cancel_button.isVisible()
    dlg.again_button.click()  # and it can be run again to its end
    qtbot.waitUntil(lambda: dlg.job.over, timeout=30000)
    assert dlg.report.ok


def test_opening_a_held_database_offers_read_only(qtbot, tmp_path):
    from effektmaaling.ui.safe_open import open_workspace_interactively

    path = tmp_path / "held.db"
    holder = Workspace.open(path)
    holder.create_trial(name="Holdt", start_date=dt.date(2014, 1, 1))
    try:
        asked: list[str] = []
        assert open_workspace_interactively(None, path, ask=lambda _p, text: asked.append(text) and False) is None
        assert "allerede åbnet til redigering" in asked[0]
        ws = open_workspace_interactively(None, path, ask=lambda _p, _t: True)
        assert ws is not None and ws.readonly and [t.name for t in ws.trials()] == ["Holdt"]
        ws.close()
    finally:
        holder.close()
    ws = open_workspace_interactively(None, path, ask=lambda _p, _t: pytest.fail("not held any more"))
    assert ws is not None and not ws.readonly
    ws.close()
