"""Fil -> Effektrapport … (Ctrl+P): the report dialog for the selected trial, installed as an extension.

``install(window)`` needs of the window: ``ws``, ``current_trial_id()`` and ``add_file_action(action)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .report_dialog import ReportDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def install(window: Any) -> QAction:
    """Add "Effektrapport …" to the Fil menu."""

    def open_dialog() -> None:
        trial_id = window.current_trial_id()
        if trial_id is None:
            QMessageBox.information(window, tr("Vælg et forsøg"), tr("Vælg først et forsøg i oversigten."))
            return
        dialog = ReportDialog(window.ws, trial_id, window)
        window.report_dialog = dialog  # reachable for tests and for the window's lifetime
        dialog.generate()
        dialog.exec()

    action = QAction(tr("Effekt&rapport …"), window)
    action.setObjectName("actionEffectReport")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setStatusTip(tr("Effektrapport som PDF: forhåndsvisning, udskrift og gem"))
    action.triggered.connect(open_dialog)
    return window.add_file_action(action)
