"""Hjælp -> Kontrollér database: SQLite's integrity and foreign-key checks and the model's own
checks (:func:`effektmaaling.services.maintenance.check_database`), with the findings listed.

Self-contained: ``CheckDialog(ws, parent)``; it runs the check when shown (and on "Kontrollér igen").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.maintenance import CheckReport, check_database
from ..services.workspace import Workspace
from .widgets import resize_within_screen


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class CheckDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.report: CheckReport | None = None
        self.setObjectName("checkDialog")
        self.setWindowTitle(tr("Kontrollér database"))
        resize_within_screen(self, 620, 300)
        self.path_label = QLabel(str(ws.path), objectName="pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(objectName="summaryLabel")
        self.summary.setWordWrap(True)
        self.findings = QListWidget(objectName="findingsList")
        self.findings.setWordWrap(True)
        self.again_button = QPushButton(tr("Kontrollér &igen"), objectName="checkAgainButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.again_button.clicked.connect(self.run_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.path_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 10)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.run_check()

    def run_check(self) -> CheckReport:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QApplication.processEvents()
            self.report = report = check_database(self.ws)
        finally:
            QGuiApplication.restoreOverrideCursor()
        c = report.counts
        counts = (tr("{t} forsøg, {i} indikatorer, {m} målinger, {c} poster i ændringsloggen.").format(
            t=c.get("trials", 0), i=c.get("indicators", 0), m=c.get("measurements", 0), c=c.get("change_log", 0))
            if c else "")
        if report.ok:
            self.summary.setText(tr("Ingen fejl fundet.") + " " + counts + " "
                                 + tr("Skemaversion: {v}.").format(v=report.schema_revision))
            self.summary.setStyleSheet("color: #116329; font-weight: bold;")
        else:
            self.summary.setText((tr("1 problem fundet.") if len(report.findings) == 1
                                  else tr("{n} problemer fundet.").format(n=len(report.findings))) + " " + counts + " "
                                 + tr("Ret værdierne, eller gendan fra en sikkerhedskopi (Fil → Gendan fra "
                                      "sikkerhedskopi …)."))
            self.summary.setStyleSheet("color: #b42318; font-weight: bold;")
        self.findings.clear()
        self.findings.addItems([f.get() for f in report.findings])
        self.findings.setVisible(not report.ok)
        return report
