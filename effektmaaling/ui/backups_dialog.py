"""Fil -> Gendan fra sikkerhedskopi …: the database's backups (date, reason, size, trials) and restoring one.

Self-contained: ``BackupsDialog(ws, parent, release=...)``. Restoring needs the database closed:
the dialog calls ``release()`` (default ``ws.close``) first, restores (the backup is checked, the
current file backed up), and then emits :attr:`reopen_requested` with the database's path, whether
or not the restore succeeded, so the main window opens it afresh. The restore runs off the GUI thread with a
progress dialog; Annullér works while the backup is checked, not once the file is being replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.formatting import format_date, format_number
from ..services.backups import BackupInfo, list_backups, restore_backup
from ..services.workspace import Workspace
from . import errors
from .background import Job, run_with_progress
from .widgets import announce, resize_within_screen


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def reason_label(reason: str) -> str:
    if reason.startswith("daily"):
        return tr("Daglig")
    if reason.startswith("before-migration"):
        return tr("Før opdatering af databasen")
    if reason.startswith("before-merge"):
        return tr("Før fletning af forsøg")
    if reason.startswith("before-restore"):
        return tr("Før gendannelse")
    if reason.startswith("before-import"):
        return tr("Før import af målinger")
    return reason


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{format_number(size / (1024 * 1024), 1)} MB"
    return f"{format_number(size / 1024, 0)} kB"


class BackupsDialog(QDialog):
    reopen_requested = Signal(Path)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 release: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(tr("Gendan fra sikkerhedskopi"))
        resize_within_screen(self, 640, 400)
        self.db_path = ws.path
        self.folder = ws.backup_folder
        self.release = release or ws.close
        self.restored_from: Path | None = None
        self.job: Job | None = None  # the restore running
        self.confirm: Callable[[str], bool] = self._ask  # tests replace it

        intro = QLabel(tr("Programmet tager selv en sikkerhedskopi første gang databasen åbnes hver dag og før "
                          "opdateringer, fletninger og import af målinger. De seneste 10 daglige og 4 ugentlige gemmes.\n"
                          "Mappe: {folder}").format(folder=self.folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4, objectName="backupsTable")
        self.table.setAccessibleName(tr("Sikkerhedskopier"))
        self.table.setHorizontalHeaderLabels([tr("Dato"), tr("Anledning"), tr("Størrelse"), tr("Forsøg")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(tr("Der er endnu ingen sikkerhedskopier af denne database."),
                                  objectName="emptyLabel")
        self.restore_button = QPushButton(tr("&Gendan …"), objectName="restoreButton")
        self.folder_button = QPushButton(tr("Åbn &mappe"), objectName="openFolderButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))
        self.table.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.backups: list[BackupInfo] = list_backups(self.db_path, folder=self.folder)
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            cells = [f"{format_date(b.taken_at.date())} {b.taken_at:%H:%M}", reason_label(b.reason),
                     size_text(b.size), "?" if b.trial_count is None else str(b.trial_count)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.empty_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def reject(self) -> None:
        if self.job is not None and not self.job.over:
            return  # a restore is running: the dialog stays until it is done (and the database reopened)
        super().reject()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Gendan fra sikkerhedskopi"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        when = f"{format_date(backup.taken_at.date())} {backup.taken_at:%H:%M}"
        trials = "?" if backup.trial_count is None else str(backup.trial_count)
        question = tr("Gendan sikkerhedskopien fra {when} ({trials} forsøg)?\n\nDatabasens nuværende indhold "
                      "erstattes. Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og "
                      "fortryd-historikken slettes. Det nuværende indhold gemmes først som sikkerhedskopi, "
                      "så du kan gendanne det herfra.").format(when=when, trials=trials)
        if not self.confirm(question):
            return False
        self.release()
        title = tr("Gendan fra sikkerhedskopi")

        def work(job: Job) -> Path | None:
            job.report(0, 2, tr("Kontrollerer sikkerhedskopien …"))

            def commit_point() -> None:  # from here the file is replaced: no more Annullér
                job.commit_point()
                job.report(1, 2, tr("Gemmer det nuværende indhold og gendanner sikkerhedskopien …"))

            return restore_backup(backup.path, self.db_path, backup_dir=self.folder, commit_point=commit_point)

        def succeeded(_before: object) -> None:
            self.restored_from = backup.path
            self.reopen_requested.emit(self.db_path)
            window = self.parentWidget()
            text = tr("Databasen er gendannet fra sikkerhedskopien {name} ({when}). Det tidligere indhold er "
                      "gemt som sikkerhedskopi (Før gendannelse).").format(name=backup.path.name,
                                                                          when=when)
            if window is not None:  # after the database has been opened again (that writes the status line)
                QTimer.singleShot(0, window, lambda: announce(window, text, 30000))
            self.accept()

        def not_restored() -> None:  # cancelled or refused: the database as it was, opened again
            self.reopen_requested.emit(self.db_path)
            self.refresh()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DomainError):
                not_restored()
                raise exc
            errors.show_domain_error(self, exc, title)
            not_restored()

        # off the GUI thread: checking a large backup and copying it take a while
        self.job = run_with_progress(self, title, tr("Kontrollerer sikkerhedskopien …"), work, on_success=succeeded,
                                     on_error=failed, on_cancel=not_restored, name="restore")
        return True
