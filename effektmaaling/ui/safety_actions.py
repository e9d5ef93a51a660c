"""Data-safety actions installed into the main window: Fil → Gendan fra sikkerhedskopi …,
Vis → Ændringslog, Hjælp → Kontrollér database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

# The dialogs are imported when an action is used: a fast start.


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def install(window: Any) -> list[QAction]:
    restore = QAction(tr("&Gendan fra sikkerhedskopi …"), window)
    restore.setObjectName("actionRestoreBackup")

    def open_backups() -> None:
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(window.ws, window)
        dialog.reopen_requested.connect(window.database_requested)
        dialog.exec()

    restore.triggered.connect(open_backups)
    window.add_file_action(restore)

    log = QAction(tr("Ændrings&log"), window)
    log.setObjectName("actionChangeLog")
    log.setShortcut(QKeySequence("Ctrl+L"))

    def open_change_log() -> None:
        from .change_log_dialog import ChangeLogDialog

        ChangeLogDialog(window.ws, window, trial_id=window.current_trial_id()).exec()

    log.triggered.connect(open_change_log)
    window.menu("view").addAction(log)

    check = QAction(tr("&Kontrollér database"), window)
    check.setObjectName("actionCheckDatabase")

    def open_check() -> None:
        from .check_dialog import CheckDialog

        CheckDialog(window.ws, window).exec()

    check.triggered.connect(open_check)
    window.add_help_action(check)
    if window.ws is not None and window.ws.shared:
        # A shared database has no file to copy back or to check: IT backs up and looks after the server.
        for action in (restore, check):
            action.setEnabled(False)
            action.setStatusTip(tr("Den delte database sikkerhedskopieres og kontrolleres af IT på serveren."))
    return [restore, log, check]
