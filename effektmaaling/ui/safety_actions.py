"""Data safety in the desktop program: Vis → Ændringslog, Fil → Gendan fra sikkerhedskopi …,
Hjælp → Kontrollér database. Installed into the main window as an extension (``ui/extensions.py``).

``install(window)`` needs of the window: ``ws``, ``menu("view")``, ``add_file_action``,
``add_help_action``, ``current_trial_id()`` and the ``database_requested`` signal (to reopen the
database after a restore).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain.errors import DomainError
from ..domain.formatting import format_date, format_number
from ..domain.i18n import current_language
from ..services import backups
from ..services.changelog import LogRow, export_log_csv, log_rows
from ..services.maintenance import check_database
from ..services.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _when(at: dt.datetime) -> str:
    return f"{format_date(at.date(), current_language())} {at:%H:%M:%S}"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class ChangeLogDialog(QDialog):
    """Who changed what and when, filtered by trial, indicator and period; export to CSV."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, trial_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[LogRow] = []
        self.setObjectName("changeLogDialog")
        self.setWindowTitle(tr("Ændringslog"))
        self.trial_box = QComboBox(objectName="logTrial")
        self.trial_box.addItem(tr("Alle forsøg"), None)
        for t in ws.trials():
            self.trial_box.addItem(t.name, t.id)
        self.indicator_box = QComboBox(objectName="logIndicator")
        self.period = QCheckBox(tr("Periode:"), objectName="logPeriod")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1), objectName="logSince", calendarPopup=True)
        self.until = QDateEdit(today, objectName="logUntil", calendarPopup=True)
        for d in (self.since, self.until):
            d.setDisplayFormat("dd-MM-yyyy")
            d.setEnabled(False)
        self.period.toggled.connect(self.since.setEnabled)
        self.period.toggled.connect(self.until.setEnabled)
        filters = QHBoxLayout()
        for w in (QLabel(tr("Forsøg:")), self.trial_box, QLabel(tr("Indikator:")), self.indicator_box,
                  self.period, self.since, QLabel("–"), self.until):
            filters.addWidget(w)
        filters.addStretch(1)
        self.table = _table([tr("Tidspunkt"), tr("Bruger"), tr("Handling"), tr("Hvad"), tr("Forsøg"), tr("Ændring")])
        self.table.setObjectName("logTable")
        self.count = QLabel(objectName="logCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(tr("Eksportér til CSV …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("logExport")
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        lay.addWidget(buttons)
        self.resize(1000, 560)
        if trial_id is not None:
            for i in range(self.trial_box.count()):
                if self.trial_box.itemData(i) == trial_id:
                    self.trial_box.setCurrentIndex(i)
        self._fill_indicators()
        self.trial_box.currentIndexChanged.connect(self._fill_indicators)
        for signal in (self.indicator_box.currentIndexChanged, self.period.toggled, self.since.dateChanged,
                       self.until.dateChanged):
            signal.connect(self.refresh)
        self.refresh()

    def _fill_indicators(self, *_: Any) -> None:
        self.indicator_box.blockSignals(True)
        self.indicator_box.clear()
        self.indicator_box.addItem(tr("Alle indikatorer"), None)
        trial_id = self.trial_box.currentData()
        if trial_id is not None:
            for ind in self.ws.indicators(trial_id):
                self.indicator_box.addItem(ind.name, ind.id)
        self.indicator_box.setEnabled(trial_id is not None)
        self.indicator_box.blockSignals(False)
        self.refresh()

    def refresh(self, *_: Any) -> None:
        since = self.since.date().toPython() if self.period.isChecked() else None
        until = self.until.date().toPython() if self.period.isChecked() else None
        self.rows = log_rows(self.ws, trial_id=self.trial_box.currentData(),
                             indicator_id=self.indicator_box.currentData(), since=since, until=until)  # type: ignore[arg-type]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((_when(row.at), row.user, row.action, row.entity, row.trial, row.what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.count.setText(tr("{n} ændringer").format(n=len(self.rows)))

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Eksportér ændringslog"),
                                                    str(Path.home() / "aendringslog.csv"), tr("CSV-fil (*.csv)"))
            if not chosen:
                return None
            path = chosen
        try:
            return export_log_csv(self.rows, path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Eksportér ændringslog"), str(exc))
            return None


def reason_text(reason: str) -> str:
    if reason == "daily":
        return tr("Daglig")
    if reason == "before-merge":
        return tr("Før fletning")
    if reason == "before-restore":
        return tr("Før gendannelse")
    if reason.startswith("before-migration"):
        return tr("Før opdatering af programmet")
    return reason


class BackupsDialog(QDialog):
    """The database's backups (date, reason, size, trials); choose one to restore."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("backupsDialog")
        self.setWindowTitle(tr("Gendan fra sikkerhedskopi"))
        self.entries = backups.list_backups(ws.path, folder=ws.backup_dir)
        self.table = _table([tr("Dato"), tr("Årsag"), tr("Størrelse"), tr("Forsøg")])
        self.table.setObjectName("backupsTable")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(self.entries))
        lang = current_language()
        for r, e in enumerate(self.entries):
            cells = (_when(e.created), reason_text(e.reason), f"{format_number(e.size / 1024, 0, lang)} kB",
                     "" if e.trials is None else str(e.trials))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if self.entries:
            self.table.selectRow(0)
        folder = self.entries[0].path.parent if self.entries else (ws.backup_dir or paths.backups_dir())
        info = QLabel(tr("Sikkerhedskopierne ligger i {folder}. Før en gendannelse tages en kopi af den "
                         "nuværende fil, så gendannelsen kan fortrydes.").format(folder=folder))
        info.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(tr("Gendan …"), objectName="restoreButton")
        self.restore_button.setEnabled(bool(self.entries) and not ws.readonly)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(640, 420)

    def selected(self) -> backups.BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None


def restore_into_window(window: Any, entry: backups.BackupEntry, *, confirm: bool = True) -> bool:
    """Ask, close the window's workspace, restore, and have the database reopened."""
    if confirm:
        answer = QMessageBox.question(
            window, tr("Gendan fra sikkerhedskopi"),
            tr("Erstat databasen med sikkerhedskopien fra {when} ({n} forsøg)? Den nuværende fil gemmes først "
               "som en ny sikkerhedskopi.").format(when=_when(entry.created), n=entry.trials))
        if answer != QMessageBox.StandardButton.Yes:
            return False
    path = window.ws.path
    window.ws.close()  # release the file (and its lock) before replacing it
    try:
        backups.restore_backup(entry, path, folder=window.ws.backup_dir)
        ok = True
    except DomainError as exc:
        QMessageBox.warning(window, tr("Gendan fra sikkerhedskopi"), exc.text())
        ok = False
    window.database_requested.emit(path)
    return ok


class CheckDialog(QDialog):
    """Runs the database check and shows what it found."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(tr("Kontrollér database"))
        self.report = check_database(ws)
        lines = [str(ws.path), ""]
        lines += [n.get() for n in ws.notices]
        if self.report.ok:
            lines.append(tr("Ingen fejl fundet."))
        else:
            lines.append(tr("{n} problem(er) fundet:").format(n=len(self.report.findings)))
            lines += [f"• {f.get()}" for f in self.report.findings]
        self.text = QPlainTextEdit("\n".join(lines), objectName="checkText", readOnly=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.resize(640, 360)


def install(window: Any) -> list[QAction]:
    def show_log() -> None:
        ChangeLogDialog(window.ws, window, window.current_trial_id()).exec()

    def show_backups() -> None:
        dialog = BackupsDialog(window.ws, window)
        if dialog.exec() == QDialog.DialogCode.Accepted and (entry := dialog.selected()) is not None:
            restore_into_window(window, entry)

    def show_check() -> None:
        CheckDialog(window.ws, window).exec()

    log = QAction(tr("Æ&ndringslog …"), window, objectName="actionChangeLog")
    log.triggered.connect(show_log)
    view = window.menu("view")
    view.addSeparator()
    view.addAction(log)
    restore = window.add_file_action(QAction(tr("&Gendan fra sikkerhedskopi …"), window,
                                             objectName="actionRestoreBackup"))
    restore.triggered.connect(show_backups)
    check = window.add_help_action(QAction(tr("&Kontrollér database"), window, objectName="actionCheckDatabase"))
    check.triggered.connect(show_check)
    return [log, restore, check]
