"""The import wizard: file (and sheet) -> columns -> preview -> validation report -> import all or nothing.

Self-contained: ``ImportWizard(ws, trial_id, indicator_id=None)``. Reading, checking and importing
are the services' and io's (:mod:`effektmaaling.services.importing`); the wizard only shows them.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import DomainError, EditConflictError
from ..domain.formatting import format_date, format_number
from ..io.measurement_rows import (
    HEADER_NAMES,
    ColumnMapping,
    RowProblem,
    check_mapping,
    detect_mapping,
    read_measurements,
    unused_columns,
)
from ..io.tabular import TableSource, open_table
from ..services.importing import (
    ImportRejected,
    ImportReport,
    check_import,
    default_number_lang,
    import_measurements,
    stored_versions,
)
from ..services.workspace import Workspace
from . import commands as cmd
from . import file_dialogs
from .background import Cancelled, Job, run_with_progress
from .icons import status_icon
from .widgets import ComboBox, resize_within_screen

PREVIEW_ROWS = 20
DUPLICATES_SHOWN = 10  # the dates an import would update, listed with old -> new (the rest counted)
ROWS_SHOWN = 12  # the row numbers named in a warning (the rest counted)
BAD = QColor("#b00020")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


FIELD_TITLES = {  # marked for lupdate here, translated where shown
    "date": QT_TRANSLATE_NOOP("", "Dato"), "value": QT_TRANSLATE_NOOP("", "Værdi"), "n": "n",
    "sd": QT_TRANSLATE_NOOP("", "Spredning (sd)"), "numerator": QT_TRANSLATE_NOOP("", "Tæller"),
    "denominator": QT_TRANSLATE_NOOP("", "Nævner"), "comment": QT_TRANSLATE_NOOP("", "Kommentar"),
    "indicator": QT_TRANSLATE_NOOP("", "Indikator"),
}


def _item(text: str, *, bad: bool = False, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if bad:  # colour, sign and word: an error is never shown by colour alone
        item.setForeground(BAD)
        item.setIcon(status_icon("worsened"))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Fejl: {text}").format(text=text))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:ROWS_SHOWN])
    text = (tr("række {rows}") if len(rows) == 1 else tr("rækkerne {rows}")).format(rows=shown)
    if len(rows) > ROWS_SHOWN:
        text += " " + tr("… og {n} flere").format(n=len(rows) - ROWS_SHOWN)
    return text


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class ImportWizard(QWizard):
    """Import measurements of one trial from a CSV or XLSX file."""

    def __init__(self, ws: Workspace, trial_id: uuid.UUID, indicator_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, *, path: str | Path | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.ws, self.trial_id, self.indicator_id = ws, trial_id, indicator_id
        self.undo_stack = undo_stack  # the import becomes one undo step on it
        self.indicators = ws.indicators(trial_id)
        self.source: TableSource | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None  # the import running off the GUI thread
        self.setWindowTitle(tr("Importér målinger"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Importér"))
        resize_within_screen(self, 820, 560)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    # shared state ---------------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        return self.mapping_page.mapping()

    def target_indicator(self) -> uuid.UUID | None:
        return self.mapping_page.target_indicator()

    def number_lang(self) -> str:
        return self.mapping_page.number_lang()

    def accept(self) -> None:
        """Import off the GUI thread under a progress dialog. The file is read inside the write transaction,
        so Annullér rolls everything back (nothing written) until the commit, and is disabled from then.
        With an undo stack the import lands on it as one named step when it is done."""
        assert self.source is not None
        if self.job is not None and not self.job.over:
            return
        source, mapping, target = self.source, self.mapping(), self.target_indicator()
        lang, on_dup, others = self.number_lang(), self.check_page.on_duplicate(), self.check_page.other_indicators()
        title = tr("Importér målinger")
        current: dict[str, Job] = {}

        def progress(step: str, rows: int) -> None:
            job = current["job"]
            if step == "commit":  # from here the transaction commits: it must not be cut short
                job.commit_point()
                job.report(0, 0, tr("Gemmer målingerne …"))
            else:
                job.report(rows, 0, tr("Læser og kontrollerer filen: {n} rækker …").format(n=rows))

        def run() -> ImportReport:
            return import_measurements(self.ws, source, mapping, self.trial_id, target, number_lang=lang,
                                       on_duplicate=on_dup, progress=progress,
                                       expected_versions=self.check_page.checked_versions, other_indicators=others)

        def work(job: Job) -> ImportReport:
            current["job"] = job
            return run()

        def finished(report: ImportReport) -> None:
            self.report = report
            QWizard.accept(self)
            self.show_summary(report)

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            if isinstance(exc, EditConflictError):  # someone else changed a measurement to update: a choice
                self.ask_about_conflict(exc)
            elif isinstance(exc, ImportRejected):
                self.check_page.show_report(exc.report)
                QMessageBox.warning(self, title, exc.text())
            elif isinstance(exc, DomainError):
                QMessageBox.warning(self, title, exc.text())
            else:
                raise exc

        def cancelled() -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        text = tr("Importerer målingerne …")
        if self.undo_stack is None:
            self.job = run_with_progress(self, title, text, work, on_success=finished, on_error=failed,
                                         on_cancel=cancelled, name="import")
            return
        where = (self.ws.indicator(target).name if target is not None else self.ws.trial(self.trial_id).name)
        command = cmd.TrialStateCommand(
            self.ws, tr("Import af målinger i »{where}«").format(where=where), self.trial_id, run,
            describe=lambda r, _n: (tr("Import af 1 måling i »{where}«") if r.inserted + r.updated == 1 else
                                    tr("Import af {n} målinger i »{where}«")).format(
                                        n=r.inserted + r.updated, where=where),
            indicator_id=target)
        self.job = cmd.execute_in_background(self.undo_stack, command, self, title=title, text=text,
                                             on_success=finished, on_error=failed, on_cancel=cancelled,
                                             started=lambda job: current.update(job=job), name="import")

    def ask_about_conflict(self, exc: EditConflictError) -> None:
        """A measurement to update was changed by someone else after the check (nothing was imported): both
        values and the choice the grid offers. *Overskriv med min* imports again based on what is stored now;
        *Behold deres* checks the file again against it, so the user sees their values before importing."""
        from .conflict_dialog import KEEP_MINE, KEEP_THEIRS, ask_about_conflict
        from .measurement_table import conflict_formats

        target = self.target_indicator()
        others = getattr(exc, "count", 1) - 1
        what = (tr("en måling, som importen skulle opdatere") if others <= 0 else
                tr("en måling, som importen skulle opdatere (og {n} andre)").format(n=others))
        formats = conflict_formats(self.ws.indicator(target)) if target is not None else {}

        def decide(choice: str | None) -> None:
            if not shiboken6.isValid(self):
                return
            if choice == KEEP_MINE:
                self.check_page.checked_versions = stored_versions(self.ws, self.trial_id, target)
                self.accept()
            elif choice == KEEP_THEIRS:
                self.check_page.initializePage()  # the duplicates again, with the values stored now

        self.conflict_dialog = ask_about_conflict(self, exc, what, decide, **formats)

    def show_summary(self, report: ImportReport) -> None:
        """What the import did, in a message that stays until the user closes it."""
        box = self.summary_box = QMessageBox(QMessageBox.Icon.Information, tr("Importér målinger"),
                                             import_summary(report, {i.id: i.name for i in self.indicators},
                                                            shared=self.ws.db.shared,
                                                            undoable=self.undo_stack is not None),
                                             QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("importSummary")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def reject(self) -> None:
        if self.job is not None and not self.job.over:
            return  # the import is running: its progress dialog has Annullér while cancelling is safe
        super().reject()


def import_summary(report: ImportReport, names: dict[uuid.UUID, str], *, shared: bool = False,
                   undoable: bool = False) -> str:
    """New, updated and skipped measurements, per indicator, and the backup taken before the import."""
    def count(n: int, one: str, many: str) -> str:
        return (tr(one) if n == 1 else tr(many)).format(n=n)

    lines = [tr("Importen er gennemført."), "",
             count(report.inserted, QT_TRANSLATE_NOOP("", "1 ny måling"), QT_TRANSLATE_NOOP("", "{n} nye målinger")),
             count(report.updated, QT_TRANSLATE_NOOP("", "1 måling opdateret"),
                   QT_TRANSLATE_NOOP("", "{n} målinger opdateret")),
             count(report.skipped, QT_TRANSLATE_NOOP("", "1 måling sprunget over (den eksisterende er beholdt)"),
                   QT_TRANSLATE_NOOP("", "{n} målinger sprunget over (de eksisterende er beholdt)"))]
    per: dict[uuid.UUID, list[int]] = {}
    for ind_id, n in report.inserted_by_indicator.items():
        per.setdefault(ind_id, [0, 0, 0])[0] += n
    for d in report.duplicates:
        per.setdefault(d.indicator_id, [0, 0, 0])[1 if report.updated else 2] += 1
    if per:
        lines += ["", tr("Indikatorer:")]
        for ind_id, (new, updated, skipped) in sorted(per.items(), key=lambda kv: names.get(kv[0], "")):
            parts = [count(new, QT_TRANSLATE_NOOP("", "1 ny"), QT_TRANSLATE_NOOP("", "{n} nye"))] if new else []
            if updated:
                parts.append(count(updated, QT_TRANSLATE_NOOP("", "1 opdateret"), QT_TRANSLATE_NOOP("", "{n} opdateret")))
            if skipped:
                parts.append(count(skipped, QT_TRANSLATE_NOOP("", "1 sprunget over"),
                                   QT_TRANSLATE_NOOP("", "{n} sprunget over")))
            lines.append("• " + tr("»{name}«: {counts}").format(name=names.get(ind_id, "?"), counts=", ".join(parts)))
    lines.append("")
    if report.backup is not None:
        lines.append(tr("Databasen blev sikkerhedskopieret før importen ({name}). Den kan gendannes under "
                        "Fil → Gendan fra sikkerhedskopi …").format(name=report.backup.name))
    elif not shared:  # a shared database is backed up by IT on its server
        lines.append(tr("Databasen havde ingen målinger før importen, så der blev ikke taget en sikkerhedskopi."))
    if undoable:
        lines.append(tr("Importen kan fortrydes med Redigér → Fortryd."))
    return "\n".join(lines)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Vælg fil"))
        self.setSubTitle(tr("En CSV-fil (semikolon eller komma) eller et Excel-ark (.xlsx)."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(tr("Fil"))
        browse = QPushButton(tr("Gennemse …"))
        browse.clicked.connect(self._browse)
        self.sheet_box = ComboBox()
        self.sheet_box.setObjectName("importSheet")
        self.sheet_box.setAccessibleName(tr("Ark"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("Fil:"), row)
        form.addRow(tr("Ark:"), self.sheet_box)
        form.addRow(self.info)
        self.path_edit.textChanged.connect(self._load)
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)

    def _browse(self) -> None:
        path, _ = file_dialogs.open_file_name(self, tr("Vælg fil"), self.path_edit.text() or str(Path.home()),
                                              tr("Regneark og CSV (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)"),
                                              purpose="import")
        if path:
            self.path_edit.setText(path)

    def _load(self, *_: object, sheet: str | None = None) -> None:
        self.w.source = None
        text = self.path_edit.text().strip()
        if text:
            try:
                self.w.source = open_table(text, sheet=sheet)
            except DomainError as exc:
                self.info.setText(exc.text())
                self.info.setStyleSheet("color: #b00020")
        src = self.w.source
        if src is not None:
            self.info.setStyleSheet("")
            kind = (tr("Excel-ark »%1«").replace("%1", src.sheet or "") if src.kind == "xlsx" else
                    tr("CSV, tegnsæt %1, skilletegn »%2«").replace("%1", src.encoding or "")
                    .replace("%2", {"\t": "tab"}.get(src.delimiter or "", src.delimiter or "")))
            self.info.setText(tr("%1; kolonner: %2").replace("%1", kind).replace("%2", ", ".join(src.header)))
            if sheet is None:
                self.sheet_box.blockSignals(True)
                self.sheet_box.clear()
                self.sheet_box.addItems(src.sheets)
                self.sheet_box.setEnabled(src.kind == "xlsx" and len(src.sheets) > 1)
                self.sheet_box.blockSignals(False)
        elif not text:
            self.info.setText("")
        self.completeChanged.emit()

    def _sheet_changed(self, sheet: str) -> None:
        if sheet and self.w.source is not None and self.w.source.kind == "xlsx" and sheet != self.w.source.sheet:
            self._load(sheet=sheet)

    def isComplete(self) -> bool:
        return self.w.source is not None


class MappingPage(QWizardPage):
    NONE = "—"

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Kolonner"))
        self.setSubTitle(tr("Vælg, hvilken kolonne der indeholder hvad. Kolonner med kendte overskrifter er valgt på forhånd."))
        self.long_radio = QRadioButton(tr("Én række pr. måling (dato, værdi og evt. indikator)"))
        self.wide_radio = QRadioButton(tr("Én kolonne pr. indikator og en kolonne med datoen"))
        self.long_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.long_radio)
        group.addButton(self.wide_radio)
        self.decimal_box = ComboBox()
        self.decimal_box.addItem(tr("Komma (12,5)"), "da")
        self.decimal_box.addItem(tr("Punktum (12.5)"), "en")
        self.stack = QStackedWidget()
        # long format
        long_w = QWidget()
        long_form = QFormLayout(long_w)
        self.indicator_box = ComboBox()
        self.indicator_box.setObjectName("importIndicator")
        self.indicator_box.setAccessibleName(tr("Importér til indikator"))
        long_form.addRow(tr("Importér til indikator:"), self.indicator_box)
        self.indicator_box.currentIndexChanged.connect(self.completeChanged)
        self.field_boxes: dict[str, QComboBox] = {}
        for fld in HEADER_NAMES:
            box = ComboBox()
            box.setObjectName(f"column_{fld}")
            box.setAccessibleName(tr("Kolonne med {field}").format(field=tr(FIELD_TITLES[fld]).lower()))
            self.field_boxes[fld] = box
            box.currentIndexChanged.connect(self.completeChanged)
            long_form.addRow(tr(FIELD_TITLES[fld]) + ":", box)
        self.field_boxes["indicator"].currentIndexChanged.connect(self._indicator_column_changed)
        self.stack.addWidget(long_w)
        # wide format
        wide_w = QWidget()
        wide_layout = QFormLayout(wide_w)
        self.wide_date_box = ComboBox()
        self.wide_date_box.setAccessibleName(tr("Kolonne med datoen"))
        wide_layout.addRow(tr("Dato:"), self.wide_date_box)
        self.wide_table = _table([tr("Kolonne"), tr("Indikator")])
        self.wide_table.setObjectName("wideTable")
        self.wide_table.setAccessibleName(tr("Kolonner og indikatorer"))
        wide_layout.addRow(self.wide_table)
        self.stack.addWidget(wide_w)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.long_radio)
        layout.addWidget(self.wide_radio)
        dec = QFormLayout()
        dec.addRow(tr("Decimaltegn i tekst:"), self.decimal_box)
        layout.addLayout(dec)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        self.long_radio.toggled.connect(lambda on: self.stack.setCurrentIndex(0 if on else 1))
        self.long_radio.toggled.connect(self.completeChanged)
        self.wide_boxes: list[tuple[int, QComboBox]] = []

    def initializePage(self) -> None:
        src = self.w.source
        assert src is not None
        header = src.header
        labels = [self.NONE] + [f"{i + 1}: {h}" if h else f"{i + 1}" for i, h in enumerate(header)]
        detected = detect_mapping(header)
        for fld, box in self.field_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItems(labels)
            box.setCurrentIndex(detected.columns.get(fld, -1) + 1)
            box.blockSignals(False)
        self.indicator_box.clear()
        self.indicator_box.addItem(tr("Fra kolonnen »Indikator« i filen"), None)
        for ind in self.w.indicators:
            self.indicator_box.addItem(ind.name, str(ind.id))
        if "indicator" not in detected.columns:  # a file that names its indicators is imported to them
            self._choose_single_indicator()
        self.decimal_box.setCurrentIndex(self.decimal_box.findData(default_number_lang(src)))
        # wide: each column whose header names an indicator is that indicator's
        self.wide_date_box.clear()
        self.wide_date_box.addItems(labels)
        self.wide_date_box.setCurrentIndex(detected.columns.get("date", -1) + 1)
        by_name = {ind.name.casefold(): ind for ind in self.w.indicators}
        self.wide_table.setRowCount(0)
        self.wide_boxes = []
        matched = 0
        for i, h in enumerate(header):
            if i == detected.columns.get("date"):
                continue
            r = self.wide_table.rowCount()
            self.wide_table.insertRow(r)
            self.wide_table.setItem(r, 0, _item(h or str(i + 1)))
            box = ComboBox()
            box.addItem(tr("(spring over)"), None)
            for ind in self.w.indicators:
                box.addItem(ind.name, str(ind.id))
            ind = by_name.get(h.strip().casefold())
            if ind is not None:
                box.setCurrentIndex(box.findData(str(ind.id)))
                matched += 1
            box.currentIndexChanged.connect(self.completeChanged)
            self.wide_table.setCellWidget(r, 1, box)
            self.wide_boxes.append((i, box))
        if matched >= 2 and not ({"value", "numerator"} & set(detected.columns)):
            self.wide_radio.setChecked(True)

    def _choose_single_indicator(self) -> None:
        """The indicator selected in the main window (or the first) as the target."""
        if self.w.indicator_id is not None:
            self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(str(self.w.indicator_id)), 0))
        elif self.w.indicators:
            self.indicator_box.setCurrentIndex(1)

    def _indicator_column_changed(self, index: int) -> None:
        """Choosing the indicator column means importing to its indicators; no column, a single one."""
        if index > 0:
            self.indicator_box.setCurrentIndex(0)
        elif self.indicator_box.currentIndex() == 0:
            self._choose_single_indicator()

    def is_wide(self) -> bool:
        return self.wide_radio.isChecked()

    def mapping(self) -> ColumnMapping:
        if self.is_wide():
            cols = {"date": self.wide_date_box.currentIndex() - 1} if self.wide_date_box.currentIndex() > 0 else {}
            wide = {i: uuid.UUID(box.currentData()) for i, box in self.wide_boxes if box.currentData()}
            return ColumnMapping(cols, wide)
        # with one chosen indicator, a mapped indicator column is kept: the import checks the file's names
        # against the chosen one (other indicators named must be confirmed; unknown names are errors)
        cols = {fld: box.currentIndex() - 1 for fld, box in self.field_boxes.items() if box.currentIndex() > 0}
        return ColumnMapping(cols)

    def target_indicator(self) -> uuid.UUID | None:
        data = None if self.is_wide() else self.indicator_box.currentData()
        return uuid.UUID(data) if data else None

    def number_lang(self) -> str:
        return self.decimal_box.currentData()

    def isComplete(self) -> bool:
        src = self.w.source
        if src is None:
            return False
        try:
            mapping = self.mapping()
            if self.is_wide() and not mapping.wide:
                self.error.setText(tr("Vælg mindst én kolonne med en indikator."))
                return False
            check_mapping(mapping, src.header, needs_indicator=self.target_indicator() is None)
        except DomainError as exc:
            self.error.setText(exc.text())
            return False
        self.error.setText("")
        return True


class PreviewPage(QWizardPage):
    HEADERS: tuple[str, ...] = (  # marked for lupdate here, translated where shown
        QT_TRANSLATE_NOOP("", "Række"), QT_TRANSLATE_NOOP("", "Indikator"), QT_TRANSLATE_NOOP("", "Dato"),
        QT_TRANSLATE_NOOP("", "Værdi"), "n", "sd", QT_TRANSLATE_NOOP("", "Tæller"), QT_TRANSLATE_NOOP("", "Nævner"),
        QT_TRANSLATE_NOOP("", "Kommentar"))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Forhåndsvisning"))
        self.setSubTitle(tr("De første rækker, som de vil blive læst. Rækker med fejl er markeret med et "
                            "advarselstegn og forklaret i rækken."))
        self.table = _table([tr(h) for h in self.HEADERS])
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(tr("Forhåndsvisning"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        src = self.w.source
        assert src is not None
        names = {ind.id: ind for ind in self.w.indicators}
        self.table.setRowCount(0)
        try:
            items = list(read_measurements(src, self.w.mapping(), names, indicator_id=self.w.target_indicator(),
                                           number_lang=self.w.number_lang(), limit=PREVIEW_ROWS))
        except DomainError as exc:
            items = [RowProblem(0, "", exc.message)]
        for item in items:
            r = self.table.rowCount()
            self.table.insertRow(r)
            if isinstance(item, RowProblem):
                self.table.setItem(r, 0, _item(str(item.row), bad=True, align_right=True))
                self.table.setItem(r, 1, _item(item.text(), bad=True))
                self.table.setSpan(r, 1, 1, len(self.HEADERS) - 1)
                continue
            number, ind_id, date, value, n, sd, num, den, comment = item
            dec = names[ind_id].decimals
            cells = [str(number), names[ind_id].name, format_date(date), format_number(value, dec),
                     "" if n is None else str(n), "" if sd is None else format_number(sd, 2),
                     "" if num is None else format_number(num, 0 if float(num).is_integer() else 2),
                     "" if den is None else format_number(den, 0 if float(den).is_integer() else 2), comment]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, _item(text, align_right=c in (0, 3, 4, 5, 6, 7)))


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Kontrol"))
        self.setSubTitle(tr("Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden."))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.problems = _table([tr("Række"), tr("Kolonne"), tr("Årsag")])
        self.problems.setObjectName("problemTable")
        self.problems.setAccessibleName(tr("Fejl i filen"))
        # one chosen indicator while the file's indicator column names others: said loudly, to be confirmed
        self.other_label = QLabel()
        self.other_label.setObjectName("otherIndicators")
        self.other_label.setWordWrap(True)
        self.other_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.other_label.setTextFormat(Qt.TextFormat.PlainText)
        self.other_confirm = QCheckBox()
        self.other_confirm.setObjectName("otherIndicatorsConfirm")
        self.other_confirm.toggled.connect(lambda *_: self.completeChanged.emit())
        self.dup_label = QLabel()
        self.dup_label.setObjectName("duplicatesText")
        self.dup_label.setWordWrap(True)
        self.dup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.update_radio = QRadioButton(tr("Opdatér de eksisterende målinger med filens værdier"))
        self.skip_radio = QRadioButton(tr("Spring rækkerne over (behold de eksisterende målinger)"))
        self.update_radio.setObjectName("duplicatesUpdate")
        self.skip_radio.setObjectName("duplicatesSkip")
        self.dup_group = QButtonGroup(self)
        self.dup_group.addButton(self.update_radio)
        self.dup_group.addButton(self.skip_radio)
        self.dup_group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setAccessibleName(tr("Filen kontrolleres"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.job: Job | None = None  # the check of the whole file, off the GUI thread
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.other_label)
        layout.addWidget(self.other_confirm)
        layout.addWidget(self.dup_label)
        layout.addWidget(self.update_radio)
        layout.addWidget(self.skip_radio)
        layout.addStretch(1)  # what is shown stays together at the top; the rest of the page stays empty below
        self.page_layout = layout
        self.report: ImportReport | None = None

    def other_indicators(self) -> str:
        """"allow" once the user has confirmed that rows naming other indicators go to the chosen one."""
        return "allow" if self.other_confirm.isChecked() else "problem"

    def on_duplicate(self) -> str:
        if self.update_radio.isChecked():
            return "update"
        return "skip"

    def initializePage(self) -> None:
        self.dup_group.setExclusive(False)
        self.update_radio.setChecked(False)
        self.skip_radio.setChecked(False)
        self.dup_group.setExclusive(True)
        self.other_confirm.setChecked(False)
        src = self.w.source
        assert src is not None
        self.report = None
        if self.job is not None and not self.job.done:
            self.job.cancel()
        ws, mapping, trial_id, target, lang = (self.w.ws, self.w.mapping(), self.w.trial_id, self.w.target_indicator(),
                                               self.w.number_lang())

        def work(job: Job) -> ImportReport:  # the whole file read and checked off the GUI thread
            def progress(_step: str, rows: int) -> None:
                job.report(rows, 0, tr("Kontrollerer filen: {n} rækker …").format(n=rows))

            # "skip" only to find the duplicates: the user chooses below what happens to them
            try:
                return check_import(ws, src, mapping, trial_id, target, number_lang=lang, on_duplicate="skip",
                                    progress=progress, other_indicators="allow")
            except DomainError as exc:
                return ImportReport(problems=[RowProblem(0, "", exc.message)])

        job = self.job = Job(work, name="import-check")
        def current() -> bool:  # the page still there and this its latest check
            return shiboken6.isValid(self) and job is self.job

        job.progress.connect(lambda _d, _t, text: current() and self.summary.setText(text))
        job.succeeded.connect(lambda report: current() and self._checked(report))
        job.failed.connect(lambda exc: current() and self._check_failed(exc))
        self.destroyed.connect(job.cancel)
        self.summary.setText(tr("Kontrollerer filen …"))
        self.summary.setStyleSheet("")
        for w in (self.problems, self.other_label, self.other_confirm, self.dup_label, self.update_radio,
                  self.skip_radio):
            w.hide()
        self.progress.show()
        self.completeChanged.emit()
        job.start()

    def cleanupPage(self) -> None:  # back to the preview: a check still running is stopped
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self.progress.hide()
        super().cleanupPage()

    checked_versions: dict | None = None  # the versions the check saw (an update of duplicates is based on them)

    def _checked(self, report: ImportReport) -> None:
        self.checked_versions = report.versions
        self.progress.hide()
        self.show_report(report)

    def _check_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        if not isinstance(exc, Cancelled):
            raise exc

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        n_bad = len(report.problems)
        rows = tr("1 række") if report.rows_read == 1 else tr("{n} rækker").format(n=report.rows_read)
        found = tr("1 måling") if report.measurements == 1 else tr("{n} målinger").format(n=report.measurements)
        text = tr("{rows} læst, {measurements}.").format(rows=rows, measurements=found)
        if n_bad:
            text += " " + (tr("1 række har fejl; ret filen, og prøv igen. Intet importeres.") if n_bad == 1 else
                           tr("%1 rækker har fejl; ret filen, og prøv igen. Intet importeres.").replace("%1", str(n_bad)))
            self.summary.setStyleSheet("color: #b00020")
        else:
            text += " " + tr("Ingen fejl.")
            self.summary.setStyleSheet("")
        unused = self.unused_columns()
        if unused:  # never dropped silently: say which columns are not imported
            text += "\n" + tr("Bruges ikke: {columns}. Vælg dem under Kolonner, hvis de skal med.").format(
                columns=", ".join(f"»{c}«" for c in unused))
        self.summary.setText(text)
        self.problems.setRowCount(0)
        for p in report.problems:
            r = self.problems.rowCount()
            self.problems.insertRow(r)
            self.problems.setItem(r, 0, _item(str(p.row), align_right=True))
            self.problems.setItem(r, 1, _item(p.column))
            self.problems.setItem(r, 2, _item(p.message.get(), bad=True))
        self.problems.setVisible(bool(n_bad))
        self.page_layout.setStretch(self.page_layout.count() - 1, 0 if n_bad else 1)  # the table takes the room
        self._show_other_indicators(report)
        self._show_duplicates(report)
        self.completeChanged.emit()

    def _show_other_indicators(self, report: ImportReport) -> None:
        others = report.other_indicators
        target = self.w.target_indicator()
        show = bool(others) and target is not None
        self.other_label.setVisible(show)
        self.other_confirm.setVisible(show)
        if not show:
            return
        name = self.w.ws.indicator(target).name
        n_rows = sum(len(rows) for rows in others.values())
        lines = [(tr("Advarsel: 1 række i filens kolonne »Indikator« er til en anden indikator end »{target}«:")
                  if n_rows == 1 else
                  tr("Advarsel: {n} rækker i filens kolonne »Indikator« er til andre indikatorer end »{target}«:"))
                 .format(n=n_rows, target=name)]
        for other, rows in others.items():
            lines.append("• " + tr("»{name}«: {rows}").format(name=other, rows=_rows_text(rows)))
        lines.append(tr("Vælg »Fra kolonnen »Indikator« i filen« under Kolonner for at importere hver række til "
                        "sin indikator."))
        self.other_label.setText("\n".join(lines))
        self.other_confirm.setText(tr("Importér alligevel alle rækker til »{target}«").format(target=name))

    def _show_duplicates(self, report: ImportReport) -> None:
        dups = len(report.duplicates)
        for w in (self.dup_label, self.update_radio, self.skip_radio):
            w.setVisible(dups > 0)
        if not dups:
            return
        names = {ind.id: ind for ind in self.w.indicators}
        several = len({d.indicator_id for d in report.duplicates}) > 1
        lines = [tr("1 dato har allerede en måling i databasen. Hvad skal der ske med den?") if dups == 1
                 else tr("%1 datoer har allerede en måling i databasen. Hvad skal der ske med dem?")
                 .replace("%1", str(dups))]
        for d in report.duplicates[:DUPLICATES_SHOWN]:
            ind = names.get(d.indicator_id)
            dec = ind.decimals if ind is not None else 2
            old = "–" if d.old_value is None else format_number(d.old_value, dec)
            new = "–" if d.value is None else format_number(d.value, dec)
            where = format_date(d.date) + (f" ({ind.name})" if several and ind is not None else "")
            lines.append("• " + tr("{date}: {old} → {new} (række {row})").format(date=where, old=old, new=new,
                                                                                 row=d.row))
        if dups > DUPLICATES_SHOWN:
            lines.append(tr("… og {n} flere").format(n=dups - DUPLICATES_SHOWN))
        self.dup_label.setText("\n".join(lines))

    def unused_columns(self) -> list[str]:
        src = self.w.source
        if src is None:
            return []
        try:
            return unused_columns(self.w.mapping(), src.header)
        except DomainError:
            return []

    def isComplete(self) -> bool:
        if self.report is None or self.report.problems:
            return False
        if self.report.other_indicators and self.w.target_indicator() is not None and not self.other_confirm.isChecked():
            return False
        return not self.report.duplicates or self.dup_group.checkedButton() is not None
