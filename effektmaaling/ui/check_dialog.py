"""Hjælp -> Kontrollér database: SQLite's integrity and foreign-key checks and the model's own
checks (:func:`effektmaaling.services.maintenance.check_database`), with the findings listed.

Self-contained: ``CheckDialog(ws, parent)``; it runs the check when shown (and on "Kontrollér igen"), off
the GUI thread with a progress bar and Annullér (the check only reads: cancelling is always safe).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.maintenance import CheckReport, check_database
from ..services.workspace import Workspace
from .background import Cancelled, Job
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
        self.job: Job | None = None
        self.progress = QProgressBar(objectName="checkProgress")
        self.progress.setAccessibleName(tr("Kontrollen skrider frem"))
        self.cancel_button = QPushButton(tr("Annullér"), objectName="checkCancelButton")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.again_button = QPushButton(tr("Kontrollér &igen"), objectName="checkAgainButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.again_button.clicked.connect(self.run_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.path_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.findings, 10)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.run_check()

    def run_check(self) -> Job:
        """Start the check off the GUI thread; the findings are shown when it is done (``job.over``)."""
        if self.job is not None and not self.job.done:
            return self.job
        ws = self.ws
        texts = {"integrity": tr("Kontrollerer filens sammenhæng (SQLite) …"),
                 "schema": tr("Kontrollerer databasens skema …")}

        def work(job: Job) -> CheckReport:
            def progress(step: str, done: int, total: int) -> None:
                text = texts.get(step) or tr("Kontrollerer målingernes værdier: indikator {done} af {total} …").format(
                    done=done, total=total)
                job.report(done, total, text)

            return check_database(ws, progress)

        job = self.job = Job(work, name="check")
        job.progress.connect(self._progress)
        job.succeeded.connect(self.show_report)
        job.failed.connect(self._failed)
        self.summary.setText(tr("Kontrollerer databasen …"))
        self.summary.setStyleSheet("")
        self.findings.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.again_button.setEnabled(False)
        return job.start()

    def cancel_check(self) -> None:
        if self.job is not None and self.job.cancel():
            self.cancel_button.setEnabled(False)
            self.summary.setText(tr("Annullerer …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.job is not None and self.job.cancelled:
            return
        self.summary.setText(text)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.again_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, Cancelled):
            self.summary.setText(tr("Kontrollen blev annulleret; intet er ændret."))
            return
        raise exc

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:  # closed during the check: stop it
            self.job.cancel()
            self.job.wait(10)
        super().done(result)

    def show_report(self, report: CheckReport) -> CheckReport:
        self._idle()
        self.report = report
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
