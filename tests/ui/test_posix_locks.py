"""SQLite's POSIX locks on the open database survive everything the program does with files.

On Linux a process that opens the database file (or its -wal/-shm) a second time, by any means but
SQLite's own, and closes it, loses every POSIX lock it holds on that file. Qt's default file dialog
does that (it reads a file's first bytes to name its type). This test holds a real database open in
a real main window, drives every file dialog of the program to the database's folder, runs every
feature that touches files, and reads /proc/locks after each step.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QMessageBox

from effektmaaling.ui import file_dialogs

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")


def posix_locks(path: Path, pid: int | None = None) -> list[str]:
    """This process's POSIX (and open-file-description) locks on ``path``'s inode, from /proc/locks."""
    pid = os.getpid() if pid is None else pid
    st = path.stat()
    found = []
    with open("/proc/locks") as fh:
        for line in fh:
            fields = line.split()
            if fields[1] == "->":  # a waiting lock
                fields = [fields[0], *fields[2:]]
            if fields[1] not in ("POSIX", "OFDLCK") or fields[4] != str(pid):
                continue
            ino = int(fields[5].split(":")[2])
            if ino == st.st_ino:
                found.append(line.strip())
    return found


def assert_locked(db: Path, step: str) -> None:
    assert posix_locks(db), f"after {step}: the process holds no lock on {db.name} any more"
    shm = db.with_name(db.name + "-shm")
    assert shm.exists() and posix_locks(shm), f"after {step}: no lock on {shm.name} any more"


class DialogDriver:
    """Stands in for the user at every file dialog: opens it on the database's folder with every file
    shown, waits until the dialog has listed (and typed) the files, then cancels or picks a name."""

    def __init__(self, qtbot, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.seen: list[str] = []
        self.answer: Path | None = None

    def __call__(self, dialog: QFileDialog) -> bool:
        self.seen.append(dialog.windowTitle())
        dialog.setNameFilter("*")
        dialog.setDirectory(str(self.folder))
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        assert model is not None

        def listed() -> bool:
            index = model.index(str(self.folder / "r.db"))
            return index.isValid() and bool(model.type(index)) and model.rowCount(model.index(str(self.folder))) > 0

        self.qtbot.waitUntil(listed, timeout=5000)
        self.qtbot.wait(300)  # the icon/type gatherer thread works on: let it finish
        dialog.hide()
        if self.answer is None:
            return False
        dialog.selectFile(str(self.answer))
        return True


@pytest.fixture
def setup(make_window, demo_db_template, tmp_path, qtbot, monkeypatch):
    from effektmaaling.storage import backup_file

    folder = tmp_path / "data"
    folder.mkdir()
    db = backup_file(demo_db_template, folder / "r.db")
    w = make_window(db)
    w.restore_selection()
    with w.ws.db.read():
        pass
    driver = DialogDriver(qtbot, folder)
    monkeypatch.setattr(file_dialogs, "_run", driver)
    boxes: list[str] = []

    def no_box(parent, title, text, *a, **k):
        boxes.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", no_box)
    monkeypatch.setattr(QMessageBox, "information", no_box)
    assert_locked(db, "opening")
    expected = os.environ.get("EFFEKTMAALING_EXPECT_PLATFORM")  # set by the run under Xvfb
    if expected:
        from PySide6.QtGui import QGuiApplication

        assert QGuiApplication.platformName() == expected
    return w, db, folder, driver, boxes


def test_every_file_dialog_and_file_feature_keeps_the_locks(setup, qtbot, tmp_path):
    from effektmaaling.services.exchange import export_trial, read_exchange_file
    from effektmaaling.services.exporting import export_measurements
    from effektmaaling.services.maintenance import check_database
    from effektmaaling.ui.change_log_dialog import ChangeLogDialog
    from effektmaaling.ui.exchange_dialogs import export_trial_dialog, import_trial_dialog
    from effektmaaling.ui.import_wizard import ImportWizard
    from effektmaaling.ui.io_actions import export_measurements_dialog
    from effektmaaling.ui.report_dialog import ReportDialog

    w, db, folder, driver, boxes = setup
    ws = w.ws
    trial = ws.find_trial("FriNoVa")

    w.open_database_dialog()
    assert_locked(db, "Fil → Åbn database")
    w.new_database()
    assert_locked(db, "Fil → Ny database")
    export_measurements_dialog(w, ws, trial.id)
    assert_locked(db, "Eksportér målinger (dialog)")
    export_trial_dialog(w, ws, trial.id)
    assert_locked(db, "Eksportér forsøg (dialog)")
    import_trial_dialog(w, ws)
    assert_locked(db, "Importér forsøg (dialog)")
    wizard = ImportWizard(ws, trial.id, parent=w)
    qtbot.addWidget(wizard)
    wizard.file_page._browse()
    assert_locked(db, "Importér målinger: Vælg fil")
    wizard.close()

    ind = ws.indicators(trial.id)[0]
    w.navigator.select("indicator", ind.id)
    qtbot.waitUntil(lambda: w.current_page() == "indicator", timeout=3000)
    w.export_chart()
    assert_locked(db, "Eksportér graf (dialog)")

    log = ChangeLogDialog(ws, parent=w)
    qtbot.addWidget(log)
    log._export_clicked()
    assert_locked(db, "Ændringslog → Eksportér (dialog)")
    log.close()

    report = ReportDialog(ws, trial.id, parent=w)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitUntil(lambda: report.preview_path is not None and report.preview_path.exists(), timeout=60000)
    report.save_dialog()
    assert_locked(db, "Effektrapport → Gem (dialog)")

    action = next(a for a in w.menu("view").actions() if a.objectName() == "actionCompareTrials")
    action.trigger()
    compare = w._compare_dialog
    for i in range(compare.trials.count()):
        compare.trials.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=30000)
    compare.export_xlsx()
    assert_locked(db, "Sammenlign → Eksportér (dialog)")
    compare.save_report()
    assert_locked(db, "Sammenlign → Rapport (dialog)")

    assert len(driver.seen) == 11, driver.seen

    # choosing the open database (or its -wal) as the output of an export is refused, nothing written
    for target in (db, db.with_name("r.db-wal")):
        driver.answer = target
        assert export_measurements_dialog(w, ws, trial.id) is None
        assert export_trial_dialog(w, ws, trial.id) is None
        assert report.save_dialog() is None
        assert_locked(db, f"an export onto {target.name}")
    driver.answer = None
    assert any("programmet har åben" in b for b in boxes) or w.findChildren(QMessageBox)

    # the file features, with real files in the database's folder
    out = folder / "frinova.xlsx"
    export_measurements(ws, trial.id, out)
    assert_locked(db, "export XLSX")
    export_measurements(ws, trial.id, folder / "frinova.csv", "csv-da")
    assert_locked(db, "export CSV")
    export_trial(ws, trial.id, folder / "frinova.json")
    assert_locked(db, "export-trial")
    incoming = read_exchange_file(folder / "frinova.json")
    from effektmaaling.services.exchange import import_trial

    import_trial(ws, incoming, prefer="mine")
    assert_locked(db, "import-trial (merge, with a backup first)")
    ws.backup_before("test")
    assert_locked(db, "a backup")
    report.save_to(folder / "rapport.pdf")
    assert_locked(db, "save report")
    w.page("indicator").chart.export(folder / "graf.png")
    assert_locked(db, "export chart")
    log.export_csv(folder / "log.csv")
    assert_locked(db, "export change log")
    compare.export_xlsx(folder / "cmp.xlsx")
    compare.save_report(folder / "cmp.pdf")
    assert_locked(db, "compare exports")
    assert check_database(ws).ok
    assert_locked(db, "check")

    # hostile choices as input: the database itself as CSV/XLSX or exchange file
    from effektmaaling.domain.errors import DomainError
    from effektmaaling.io.tabular import open_table

    for target in (db, db.with_name("r.db-wal"), db.with_name("r.db-shm")):
        with pytest.raises(DomainError):
            open_table(target)
        with pytest.raises(DomainError):
            read_exchange_file(target)
        assert_locked(db, f"reading {target.name} as input")

    # opening the same database a second time in this process (read-only, as a check or a second
    # window does; for writing, which its lock file refuses) keeps the locks too
    from effektmaaling.services import Workspace

    second = Workspace.open(db, readonly=True)
    assert second.trials()
    second.close()
    assert_locked(db, "opening and closing the same database read-only")
    with pytest.raises(DomainError):
        Workspace.open(db)
    assert_locked(db, "trying to open the same database for writing")
    for companion in ("r.db-wal", "r.db-shm"):  # chosen in Fil → Åbn database: refused, never opened
        with pytest.raises(DomainError):
            Workspace.open(db.with_name(companion), readonly=True)
        assert_locked(db, f"trying to open {companion} as a database")

    # meanwhile another process's sqlite3 backup never deletes the WAL
    wal = db.with_name("r.db-wal")
    assert wal.exists()
    code = ("import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); d=sqlite3.connect(sys.argv[2]); "
            "s.backup(d); d.close(); s.close()")
    subprocess.run([sys.executable, "-c", code, str(db), str(tmp_path / "copy.db")], check=True, timeout=60)
    assert wal.exists(), "the other process deleted the WAL under the running program"
    assert_locked(db, "another process's backup")
    with sqlite3.connect(tmp_path / "copy.db") as con:
        assert con.execute("SELECT count(*) FROM trials").fetchone()[0] == 3
    report.close()
    compare.close()
    w._compare_dialog = None


def test_the_default_qt_dialog_does_drop_the_lock(setup, qtbot, monkeypatch):
    """The reason for the name-only icon provider: without it the same dialog drops the lock (so the
    test above can fail)."""
    w, db, _folder, _driver, _boxes = setup
    monkeypatch.setattr(file_dialogs, "icon_provider", lambda: None)
    real = QFileDialog.setIconProvider
    monkeypatch.setattr(QFileDialog, "setIconProvider", lambda self, p: None if p is None else real(self, p))
    w.open_database_dialog()
    assert not posix_locks(db), "Qt's default provider kept the lock: the test above proves nothing"


def test_name_only_provider_never_reads_files(tmp_path, qtbot):
    from PySide6.QtCore import QFileInfo

    p = file_dialogs.NameOnlyIconProvider()
    f = tmp_path / "x.db"
    f.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    f.chmod(0)
    try:
        assert p.type(QFileInfo(str(f))) == "DB-fil"
        assert p.type(QFileInfo(str(tmp_path))) == "Mappe"
    finally:
        f.chmod(0o600)

