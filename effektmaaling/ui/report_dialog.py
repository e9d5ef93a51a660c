"""Fil -> Effektrapport…: choose indicators, period and language, preview the PDF, print it or save it.

The PDF is made by ``services.reporting.make_effect_report`` (the same as ``effektmaaling report``)
into a temporary file, shown with Qt's PDF module, printed through the Qt print dialog, and copied
where the user saves it.

Hook into the main window: add ``"effektmaaling.ui.report_dialog"`` to ``EXTENSIONS`` in
``ui/extensions.py``; :func:`install` then adds the action to the Fil menu.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTemporaryDir
from PySide6.QtGui import QAction, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError, ValidationError
from ..domain.i18n import Text, current_language
from ..filesafety import refuse_database_target
from . import file_dialogs
from .widgets import ComboBox, DateEdit, FieldError, SavedNotice, form_block, resize_within_screen

if TYPE_CHECKING:
    from ..services.workspace import Workspace
    from .background import Job


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class ReportDialog(QDialog):
    """Self-contained: needs only a Workspace and the id of the trial."""

    def __init__(self, ws: Workspace, trial_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.trial_id = trial_id
        self.trial = ws.trial(trial_id)
        self._tmp = QTemporaryDir()
        self._serial = 0
        self.preview_path: Path | None = None
        self._previewed: tuple | None = None  # the choices the preview was made from
        self._making: tuple | None = None  # the choices of the preview being made
        self.job: Job | None = None  # the preview being made (off the GUI thread)
        self.setObjectName("reportDialog")
        self.setWindowTitle(tr("Effektrapport – {name}").format(name=self.trial.name))
        resize_within_screen(self, 1100, 780)

        # --- choices --------------------------------------------------------------------------
        self.indicators = QListWidget()
        self.indicators.setObjectName("reportIndicators")
        self.indicators.setAccessibleName(tr("Indikatorer i rapporten"))
        # a long name shortened in the middle to the list's width, whole in its tooltip (no sideways scrolling)
        self.indicators.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for ind in ws.indicators(trial_id):
            item = QListWidgetItem(ind.name)
            item.setToolTip(ind.name)
            item.setData(Qt.ItemDataRole.UserRole, ind.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.indicators.addItem(item)
        all_btn, none_btn = QPushButton(tr("Alle")), QPushButton(tr("Ingen"))
        all_btn.clicked.connect(lambda: self._check_all(True))
        none_btn.clicked.connect(lambda: self._check_all(False))
        ind_box = QGroupBox(tr("Indikatorer"))
        ind_lay = QVBoxLayout(ind_box)
        ind_lay.addWidget(self.indicators)
        row = QHBoxLayout()
        row.addWidget(all_btn)
        row.addWidget(none_btn)
        row.addStretch()
        ind_lay.addLayout(row)

        first, last = self._measured_span()
        self.use_from, self.use_to = QCheckBox(tr("Fra")), QCheckBox(tr("Til"))
        self.use_from.setObjectName("reportUseFrom")
        self.use_to.setObjectName("reportUseTo")
        # typed as the grid reads dates (31-12-2014, 1-1-2015, 1/1/2015, 2014-12-31) or picked in the calendar
        self.date_from = DateEdit(required=True, field="start", calendar=True)
        self.date_to = DateEdit(required=True, field="end", calendar=True)
        self.date_from.setObjectName("reportDateFrom")
        self.date_to.setObjectName("reportDateTo")
        self.date_from.set_date(first)
        self.date_to.set_date(last)
        self.use_from.setAccessibleName(tr("Begræns perioden fra en dato"))
        self.use_to.setAccessibleName(tr("Begræns perioden til en dato"))
        self.date_from.setAccessibleName(tr("Fra dato"))
        self.date_to.setAccessibleName(tr("Til dato"))
        self.from_error, self.to_error = FieldError(), FieldError()
        self.from_error.setObjectName("reportDateFromError")
        self.to_error.setObjectName("reportDateToError")
        for w, check in ((self.date_from, self.use_from), (self.date_to, self.use_to)):
            w.setEnabled(False)
            check.toggled.connect(w.setEnabled)
            check.toggled.connect(lambda _on: self.period_problem())
            w.editingFinished.connect(self.period_problem)  # a date that cannot be read is said at once
        period_box = QGroupBox(tr("Periode"))
        form = QFormLayout(period_box)
        form.addRow(self.use_from, form_block(self.date_from, self.from_error))
        form.addRow(self.use_to, form_block(self.date_to, self.to_error))
        note = QLabel(tr("Baselinen bevares altid: den er det, opfølgningen sammenlignes med."))
        note.setWordWrap(True)
        form.addRow(note)

        self.lang = ComboBox()
        self.lang.setObjectName("reportLanguage")
        self.lang.setAccessibleName(tr("Rapportens sprog"))
        self.lang.addItem("Dansk", "da")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if current_language() == "da" else 1)
        lang_row = QWidget()  # a line of its own, not a group: the choices fit a low dialog (200 % on a laptop)
        lang_form = QFormLayout(lang_row)
        lang_form.setContentsMargins(0, 0, 0, 0)
        lang_form.addRow(tr("Sprog"), self.lang)

        self.update_btn = QPushButton(tr("&Opdatér forhåndsvisning"))
        self.update_btn.setObjectName("reportUpdate")
        self.update_btn.clicked.connect(self.update_preview)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("reportStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(tr("Rapporten laves"))
        self.cancel_btn = QPushButton(tr("Annullér"))
        self.cancel_btn.setObjectName("reportCancel")
        self.cancel_btn.clicked.connect(self.cancel_preview)
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_btn)
        self.progress_row.hide()

        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 6, 0)  # the dialog's own margins are round it already
        side_lay.addWidget(ind_box, 1)
        side_lay.addWidget(period_box)
        side_lay.addWidget(lang_row)
        side_lay.addWidget(self.progress_row)
        side_lay.addWidget(self.status)

        # --- preview --------------------------------------------------------------------------
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("reportPreview")
        self.view.setAccessibleName(tr("Forhåndsvisning af rapporten"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        side_scroll = QScrollArea()  # the choices scroll when the dialog is low (200 % scaling, small screens)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setWidget(side)
        # the indicator list gives up rows first (it scrolls itself, keeping at least three), so that the
        # period, language and update button stay in view in a low dialog (200 % scaling on a laptop); the
        # panel scrolls only when even that does not fit
        rows = min(max(self.indicators.count(), 1), 3)
        self.indicators.setMinimumHeight(self.indicators.sizeHintForRow(0) * rows + self.indicators.frameWidth() * 2 + 4
                                         if self.indicators.count() else self.fontMetrics().height() * 3)
        policy = self.indicators.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)  # its wished height never pushes the others out
        self.indicators.setSizePolicy(policy)
        side.setMinimumHeight(side.minimumSizeHint().height())
        splitter = QSplitter()
        splitter.addWidget(side_scroll)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])

        self.print_btn = QPushButton(tr("&Udskriv …"))
        self.save_btn = QPushButton(tr("&Gem …"))
        close_btn = QPushButton(tr("Luk"))
        self.print_btn.setObjectName("reportPrint")
        self.save_btn.setObjectName("reportSave")
        self.print_btn.clicked.connect(self.print_dialog)
        self.save_btn.clicked.connect(self.save_dialog)
        close_btn.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_btn)  # under the choices, always in view (it scrolled out of a low panel)
        buttons.addStretch()
        for b in (self.print_btn, self.save_btn, close_btn):
            buttons.addWidget(b)

        self.saved = SavedNotice()
        # a notice about the file saved from other choices would be taken for the report now shown
        self.indicators.itemChanged.connect(self._choices_changed)
        for check in (self.use_from, self.use_to):
            check.toggled.connect(self._choices_changed)
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(self._choices_changed)
            edit.date_picked.connect(self._choices_changed)
        self.lang.currentIndexChanged.connect(self._choices_changed)
        lay = QVBoxLayout(self)
        lay.addWidget(splitter, 1)
        lay.addWidget(self.saved)
        lay.addLayout(buttons)
        self.update_preview()

    def _measured_span(self) -> tuple[dt.date, dt.date]:
        """The dates the period fields start at: the trial's first and last measurement (the baseline
        included), else its start and its end (or today)."""
        dates = [m.date for ind in self.ws.indicators(self.trial_id) for m in self.ws.measurements(ind.id)]
        start = self.trial.start_date or dt.date.today()
        if not dates:
            return start, self.trial.end_date or max(start, dt.date.today())
        return min(dates), max(dates)

    # --- choices ----------------------------------------------------------------------------------

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.indicators.count()):
            self.indicators.item(i).setCheckState(state)

    def chosen_indicators(self) -> list[uuid.UUID]:
        return [self.indicators.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.indicators.count())
                if self.indicators.item(i).checkState() == Qt.CheckState.Checked]

    def _choices_changed(self, *_args: Any) -> None:
        self.saved.hide()

    def _dates(self) -> list[tuple[DateEdit, FieldError, dt.date | None, str | None]]:
        """Each period field with its error label, its date (None when not ticked or not readable) and the
        reason it cannot be read (``Fra: »31-01--« er ikke en gyldig dato; skriv fx 31-12-2014``)."""
        out = []
        for edit, check, error, label in ((self.date_from, self.use_from, self.from_error, tr("Fra")),
                                          (self.date_to, self.use_to, self.to_error, tr("Til"))):
            day, message = None, None
            if check.isChecked():
                try:
                    day = edit.date()
                    if day is None:
                        raise ValidationError(Text("skal udfyldes", "is required"), field=edit.field)
                except ValidationError as exc:
                    message = f"{label}: {exc.text()}"
            out.append((edit, error, day, message))
        return out

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The chosen period; raises ValidationError (saying which field) when a ticked date cannot be read."""
        (edit, _e, start, problem), (_t, _e2, end, problem_to) = self._dates()
        if problem or problem_to:
            message = problem or problem_to
            raise ValidationError(Text(message, message), field=edit.field if problem else _t.field)
        return start, end

    def period_problem(self) -> str | None:
        """Check the ticked dates; each one that cannot be read gets its reason under it (and in the status
        line). Returns the first reason, or None."""
        first: str | None = None
        for _edit, error, _day, message in self._dates():
            error.show_error(message)
            first = first or message
        if first:
            self.status.setText(first)
        return first

    def language(self) -> str:
        return str(self.lang.currentData())

    def choices(self) -> tuple:
        return tuple(self.chosen_indicators()), self.period(), self.language()

    def preview_is_current(self) -> bool:
        try:
            return self.preview_path is not None and self._previewed == self.choices()
        except ValidationError:
            return False

    # --- making the PDF ---------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.over

    def update_preview(self) -> Job | None:
        """Make the report into a temporary file off the GUI thread and show it when done (on bad input the
        reason is shown in the status line). A preview being made is cancelled (its file removed) first.
        Returns the job: ``job.over`` once the preview (or the reason) is shown; None when a date cannot be
        read (the reason is shown under the field, nothing is made)."""
        from .background import Job

        if self.period_problem():
            self.print_btn.setEnabled(False)
            self.save_btn.setEnabled(False)
            return None

        if self.job is not None and not self.job.done:
            self.job.cancel()  # its result is not shown (a newer serial) and its file not kept
        self._serial += 1
        serial, choices = self._serial, self.choices()
        self._making = choices
        path = Path(self._tmp.path()) / f"preview-{serial}.pdf"
        ws, trial_id, (start, end), lang, ids = self.ws, self.trial_id, self.period(), self.language(), list(choices[0])

        def work(job: Job) -> Path:
            from ..services.reporting import make_effect_report  # reportlab: imported when a report is made

            job.report(0, 0, tr("Læser og analyserer forsøget …"))
            passes = [0]

            def on_page(page: int, pages: int | None) -> None:
                if page == 1:
                    passes[0] += 1
                job.report(page, pages or 0, tr("Opsætter side {page} …").format(page=page) if not pages else
                           tr("Opsætter side {page} af {pages} (gennemløb {n}) …").format(
                               page=page, pages=pages, n=passes[0]))

            return make_effect_report(ws, trial_id, path, lang=lang, start=start, end=end, indicator_ids=ids,
                                      on_page=on_page)

        job = self.job = Job(work, name="effect-report")
        job.progress.connect(self._progress)
        # (the dialog may be gone when the job ends: then its file is only removed)
        job.succeeded.connect(lambda made: self._preview_made(serial, made, choices) if shiboken6.isValid(self)
                              else made.unlink(missing_ok=True))
        job.failed.connect(lambda exc: shiboken6.isValid(self) and self._preview_failed(serial, exc))
        self.destroyed.connect(job.cancel)
        self.print_btn.setEnabled(False)
        self.save_btn.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress_row.show()
        self.cancel_btn.setEnabled(True)
        self.status.setText(tr("Laver rapporten …"))
        return job.start()

    def cancel_preview(self) -> None:
        if self.job is not None and self.job.cancel():
            self.cancel_btn.setEnabled(False)
            self.status.setText(tr("Annullerer …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.job is not None and self.job.cancelled:
            return
        self.status.setText(text)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _done_making(self, serial: int) -> bool:
        """True if the job that ended is the latest (an older one's end changes nothing)."""
        if serial != self._serial:
            return False
        self.progress_row.hide()
        return True

    def _preview_made(self, serial: int, path: Path, choices: tuple) -> None:
        if not self._done_making(serial):
            path.unlink(missing_ok=True)
            return
        self.document.close()
        self.document.load(str(path))
        if self.preview_path is not None and self.preview_path != path:
            self.preview_path.unlink(missing_ok=True)
        self.preview_path = path
        self._previewed = choices
        pages = self.document.pageCount()
        self.status.setText(tr("1 side") if pages == 1 else tr("{n} sider").format(n=pages))
        self.print_btn.setEnabled(True)
        self.save_btn.setEnabled(True)

    def _preview_failed(self, serial: int, exc: BaseException) -> None:
        from .background import Cancelled

        if not self._done_making(serial):
            return
        if isinstance(exc, Cancelled):
            self.status.setText(tr("Rapporten blev annulleret."))
            ok = self.preview_path is not None
            self.print_btn.setEnabled(ok)
            self.save_btn.setEnabled(ok)
            return
        if isinstance(exc, DomainError):
            self.status.setText(exc.text())
            self.print_btn.setEnabled(False)
            self.save_btn.setEnabled(False)
            return
        raise exc

    def ensure_preview(self) -> bool:
        """The preview made from the current choices, waiting for it if need be (the window answers and
        the progress shows meanwhile); False if it could not be made (the reason in the status line)."""
        from .background import wait_for

        if self.period_problem():
            return False
        if self.preview_is_current() and not self.busy():
            return True
        if not self.busy() or self._making != self.choices():
            self.update_preview()
        assert self.job is not None
        wait_for(self.job)
        return self.preview_is_current()

    def done(self, result: int) -> None:
        if self.job is not None and not self.job.done:  # closed while a preview is made: stop it
            self.job.cancel()
            self.job.wait(10)
        super().done(result)

    # --- save and print ---------------------------------------------------------------------------

    def default_file_name(self) -> str:
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.trial.name).strip()
        return tr("Effektrapport {name}.pdf").format(name=name)

    def save_to(self, path: str | Path) -> Path:
        """Save the report as previewed (the preview is rebuilt first if the choices changed)."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        refuse_database_target(path)
        if not self.ensure_preview():
            raise RuntimeError("no report to save")
        shutil.copyfile(self.preview_path, path)  # type: ignore[arg-type]
        return path

    def save_dialog(self) -> Path | None:
        if not self.ensure_preview():
            return None  # the reason is shown in the status line
        chosen, _ = file_dialogs.save_file_name(self, tr("Gem effektrapport"), str(Path.home() / self.default_file_name()),
                                                tr("PDF-dokument (*.pdf)"), suffix=".pdf",
                                                purpose="report")
        if not chosen:
            return None
        try:
            saved = self.save_to(chosen)
        except OSError as exc:
            QMessageBox.warning(self, tr("Gem effektrapport"), tr("Rapporten kunne ikke gemmes: {error}").format(
                error=exc.strerror or str(exc)))
            return None
        self.saved.show_saved(saved, tr("Effektrapporten er gemt: {path}").format(path=saved))
        return saved

    def print_to(self, printer: QPrinter) -> int:
        """Render every page of the preview onto the printer; returns the number of pages printed."""
        n = self.document.pageCount()
        if n <= 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            first, last = 0, n - 1
            if printer.fromPage() > 0:
                first, last = printer.fromPage() - 1, min(n, printer.toPage()) - 1
            for i in range(first, last + 1):
                if i > first:
                    printer.newPage()
                points = self.document.pagePointSize(i)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(i, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                       Qt.TransformationMode.SmoothTransformation))
            return last - first + 1
        finally:
            painter.end()

    def print_dialog(self) -> None:
        if not self.ensure_preview():
            return  # the reason is shown in the status line
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)


def open_report_dialog(parent: QWidget | None, ws: Workspace, trial_id: uuid.UUID) -> ReportDialog:
    dialog = ReportDialog(ws, trial_id, parent)
    dialog.open()
    return dialog


def install(window: Any) -> list[QAction]:
    """Add Fil -> Effektrapport… to the main window (needs ``ws``, ``current_trial_id()``, ``add_file_action``)."""

    def action() -> None:
        trial_id = window.current_trial_id()
        if trial_id is None:
            QMessageBox.information(window, tr("Vælg et forsøg"), tr("Vælg først et forsøg i oversigten."))
            return
        open_report_dialog(window, window.ws, trial_id)

    act = QAction(tr("Effekt&rapport …"), window)
    act.setObjectName("actionEffectReport")
    act.setShortcut("Ctrl+P")
    act.triggered.connect(action)
    window.add_file_action(act)
    if hasattr(window, "add_toolbar_action"):
        window.add_toolbar_action(act)
    return [act]
