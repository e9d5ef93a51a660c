"""Fil -> Effektrapport …: choose indicators, period and language; preview, print and save the PDF.

The PDF is written by the services (:func:`effektmaaling.services.reporting.write_effect_report`)
into a temporary folder, shown with Qt's PDF module, printed page by page through the Qt print
dialog, and saved by writing it again to the chosen file.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.i18n import current_language
from ..services.reporting import write_effect_report
from ..services.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReportDialog(QDialog):
    """Effektrapport for one trial. ``generate()`` writes the preview; ``save_as``/``print_report`` use it."""

    def __init__(self, ws: Workspace, trial_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.trial = ws.trial(trial_id)
        self.setObjectName("reportDialog")
        self.setWindowTitle(tr("Effektrapport – {name}").format(name=self.trial.name))
        self.resize(1150, 820)
        self._tmp = tempfile.TemporaryDirectory(prefix="effektrapport-")
        self._counter = 0
        self.current_pdf: Path | None = None

        # choices
        self.indicator_list = QListWidget()
        self.indicator_list.setObjectName("reportIndicators")
        for ind in ws.indicators(trial_id):
            item = QListWidgetItem(ind.name)
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.indicator_list.addItem(item)
        all_btn, none_btn = QPushButton(tr("Vælg alle")), QPushButton(tr("Fravælg alle"))
        all_btn.clicked.connect(lambda: self._check_all(True))
        none_btn.clicked.connect(lambda: self._check_all(False))
        ind_box = QGroupBox(tr("Indikatorer"))
        ind_layout = QVBoxLayout(ind_box)
        ind_layout.addWidget(self.indicator_list)
        row = QHBoxLayout()
        row.addWidget(all_btn)
        row.addWidget(none_btn)
        ind_layout.addLayout(row)

        self.from_check, self.to_check = QCheckBox(tr("Fra")), QCheckBox(tr("Til"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, check in ((self.from_edit, self.from_check), (self.to_edit, self.to_check)):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.from_edit.setDate(_qdate(self.trial.start_date))
        self.to_edit.setDate(_qdate(self.trial.end_date or dt.date.today()))
        period_box = QGroupBox(tr("Periode"))
        form = QFormLayout(period_box)
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        note = QLabel(tr("Uden afgrænsning dækker rapporten alle målinger. Baselinemålingerne kommer altid med, "
                         "fordi de er sammenligningsgrundlaget."))
        note.setWordWrap(True)
        form.addRow(note)

        self.lang_box = QComboBox()
        self.lang_box.addItem("Dansk", "da")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(0 if current_language() == "da" else 1)
        lang_form = QFormLayout()
        lang_form.addRow(tr("Sprog"), self.lang_box)

        self.preview_btn = QPushButton(tr("Vis &forhåndsvisning"))
        self.preview_btn.setObjectName("reportPreview")
        self.print_btn = QPushButton(tr("&Udskriv …"))
        self.print_btn.setObjectName("reportPrint")
        self.save_btn = QPushButton(tr("&Gem som …"))
        self.save_btn.setObjectName("reportSave")
        close_btn = QPushButton(tr("Luk"))
        self.preview_btn.clicked.connect(self.preview)
        self.print_btn.clicked.connect(lambda: self.print_report())
        self.save_btn.clicked.connect(lambda: self.save_as())
        close_btn.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(ind_box, 1)
        side_layout.addWidget(period_box)
        side_layout.addLayout(lang_form)
        for b in (self.preview_btn, self.print_btn, self.save_btn):
            side_layout.addWidget(b)
        side_layout.addWidget(self.status)
        side_layout.addStretch()
        side_layout.addWidget(close_btn)

        # preview
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("reportView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 850])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- choices -------------------------------------------------------------------------------------

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.indicator_list.count()):
            self.indicator_list.item(i).setCheckState(state)

    def selected_indicator_ids(self) -> list[uuid.UUID]:
        items = (self.indicator_list.item(i) for i in range(self.indicator_list.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        return (_pydate(self.from_edit.date()) if self.from_check.isChecked() else None,
                _pydate(self.to_edit.date()) if self.to_check.isChecked() else None)

    def language(self) -> str:
        return str(self.lang_box.currentData())

    # --- actions -------------------------------------------------------------------------------------

    def write(self, path: str | Path) -> Path | None:
        """Write the report with the current choices to ``path``; a message box on bad input."""
        date_from, date_to = self.period()
        try:
            return write_effect_report(self.ws, str(self.trial.id), path, self.language(), date_from, date_to,
                                       self.selected_indicator_ids())
        except DomainError as exc:
            QMessageBox.warning(self, tr("Effektrapport"), exc.text())
        except OSError as exc:
            QMessageBox.warning(self, tr("Effektrapport"), tr("Rapporten kunne ikke skrives: {e}").format(e=exc))
        return None

    def generate(self) -> Path | None:
        """Write the report into the temporary folder and show it in the preview."""
        self._counter += 1
        path = self.write(Path(self._tmp.name) / f"effektrapport-{self._counter}.pdf")
        if path is None:
            return None
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.status.setText(tr("Forhåndsvisningen kunne ikke åbne rapporten."))
            return None
        self.current_pdf = path
        self.status.setText(tr("{n} sider").format(n=self.document.pageCount()))
        return path

    def preview(self) -> None:
        self.generate()

    def save_as(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.trial.name).strip()
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Gem effektrapport"),
                                                    str(Path.home() / f"Effektrapport {name}.pdf"),
                                                    tr("PDF-dokument (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        source = self.generate()
        if source is None:
            return None
        try:
            shutil.copyfile(source, path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Effektrapport"), tr("Rapporten kunne ikke gemmes: {e}").format(e=exc))
            return None
        self.status.setText(tr("Gemt: {path}").format(path=path))
        return path

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the report; without ``printer`` the Qt print dialog asks for one."""
        if self.generate() is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.document.pageCount())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        render_to_printer(self.document, printer)
        self.status.setText(tr("Sendt til udskrivning."))
        return True

    def done(self, result: int) -> None:
        self.document.close()
        self._tmp.cleanup()
        super().done(result)


def render_to_printer(document: QPdfDocument, printer: QPrinter, max_dpi: int = 300) -> None:
    """Draw every page (or the chosen range) of ``document`` onto ``printer``, scaled to fit the paper."""
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Printeren kunne ikke startes"))
    try:
        dpi = min(printer.resolution(), max_dpi)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            scale = min(area.width() / size.width(), area.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
    finally:
        painter.end()


__all__ = ["ReportDialog", "render_to_printer"]
