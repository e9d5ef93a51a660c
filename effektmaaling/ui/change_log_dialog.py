"""Vis -> Ændringslog: who changed what and when, filtered by trial, indicator and period; CSV export.

Self-contained: ``ChangeLogDialog(ws, parent, trial_id=...)``. The rows come from
:meth:`Workspace.change_log`; the readable table and the CSV from :mod:`effektmaaling.io.change_log`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError, ValidationError
from ..domain.formatting import format_date
from ..domain.i18n import Text, current_language
from ..io.change_log import HEADERS, ChangeRow, change_rows, write_change_log_csv
from ..services.workspace import Workspace
from . import file_dialogs
from .widgets import ComboBox, DateEdit, FieldError, resize_within_screen

MAX_ROWS = 20_000


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class ChangeLogModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChangeRow] = []

    def set_rows(self, rows: list[ChangeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section].get()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        values = [f"{format_date(r.at.date())} {r.at:%H:%M:%S}", r.user, r.action, r.entity, r.trial, r.record,
                  r.changes, r.entity_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return r.changes.replace("; ", "\n") or None
        return None


class ChangeLogDialog(QDialog):
    """The change log of the open database."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, trial_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("changeLogDialog")
        self.setWindowTitle(tr("Ændringslog"))
        resize_within_screen(self, 1000, 560)
        self.trials = ws.trials()
        self.names: dict[str, str] = {str(t.id): t.name for t in self.trials}
        self.indicators_by_trial = {t.id: ws.indicators(t.id) for t in self.trials}
        for t in self.trials:
            bundle = ws.bundle(t.id)  # names for the records the entries refer to
            for ind in bundle.indicators:
                self.names[str(ind.id)] = ind.name
                for m in bundle.measurements.get(ind.id, []):
                    self.names[str(m.id)] = f"{ind.name} / {format_date(m.date)}"

        self.trial_box = ComboBox(objectName="trialFilter")
        self.trial_box.setAccessibleName(tr("Vis ændringer for forsøg"))
        self.trial_box.addItem(tr("Alle forsøg"), None)
        for t in self.trials:
            self.trial_box.addItem(t.name, t.id)
        self.indicator_box = ComboBox(objectName="indicatorFilter")
        self.indicator_box.setAccessibleName(tr("Vis ændringer for indikator"))
        self.period_box = QCheckBox(tr("Periode:"), objectName="periodFilter")
        today = dt.date.today()
        # typed as the grid reads dates (31-12-2014, 1-1-2015, 1/1/2015) or picked in the calendar
        self.from_edit = DateEdit(field="start", calendar=True)
        self.to_edit = DateEdit(field="end", calendar=True)
        self.from_edit.setObjectName("fromDate")
        self.to_edit.setObjectName("toDate")
        self.from_edit.set_date(_month_before(today))
        self.to_edit.set_date(today)
        self.from_edit.setAccessibleName(tr("Fra dato"))
        self.to_edit.setAccessibleName(tr("Til dato"))
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
        self.period_error = FieldError()
        self.period_error.setObjectName("periodError")
        self.count_label = QLabel(objectName="countLabel")

        # two rows, so that the dialog fits a screen at 200 % (one row is wider than 800 points)
        filters = QVBoxLayout()
        which, when = QHBoxLayout(), QHBoxLayout()
        which.addWidget(QLabel(tr("Forsøg:")))
        which.addWidget(self.trial_box, 2)
        which.addWidget(QLabel(tr("Indikator:")))
        which.addWidget(self.indicator_box, 2)
        when.addWidget(self.period_box)
        when.addWidget(self.from_edit)
        when.addWidget(QLabel("–"))
        when.addWidget(self.to_edit)
        when.addStretch(1)
        filters.addLayout(which)
        filters.addLayout(when)
        filters.addWidget(self.period_error)

        self.model = ChangeLogModel(self)
        self.table = QTableView(objectName="changeLogTable")
        self.table.setAccessibleName(tr("Ændringsloggen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate([140, 90, 80, 90, 160, 170, 320, 80]):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)

        self.export_button = QPushButton(tr("Eksportér til CSV …"), objectName="exportCsvButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.trial_box.currentIndexChanged.connect(self._trial_changed)
        self.indicator_box.currentIndexChanged.connect(self.refresh)
        self.period_box.toggled.connect(self._period_toggled)
        self.from_edit.editingFinished.connect(self.refresh)
        self.to_edit.editingFinished.connect(self.refresh)
        if trial_id is not None:
            ids = [self.trial_box.itemData(i) for i in range(self.trial_box.count())]
            self.trial_box.setCurrentIndex(ids.index(trial_id) if trial_id in ids else 0)
        self._trial_changed()

    # --- filters ---------------------------------------------------------------------------------

    def _trial_changed(self) -> None:
        self.indicator_box.blockSignals(True)
        self.indicator_box.clear()
        self.indicator_box.addItem(tr("Alle indikatorer"), None)
        trial_id = self.trial_box.currentData()
        for ind in self.indicators_by_trial.get(trial_id, []):
            self.indicator_box.addItem(ind.name, ind.id)
        self.indicator_box.setEnabled(trial_id is not None)
        self.indicator_box.blockSignals(False)
        self.refresh()

    def _period_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def filters(self) -> dict:
        out: dict = {"limit": MAX_ROWS}
        if self.trial_box.currentData() is not None:
            out["trial_id"] = self.trial_box.currentData()
        if self.indicator_box.currentData() is not None:
            out["indicator_id"] = self.indicator_box.currentData()
        if self.period_box.isChecked():
            for key, edit, label in (("since", self.from_edit, tr("Fra")), ("until", self.to_edit, tr("Til"))):
                try:
                    day = edit.date()
                except ValidationError as exc:
                    message = f"{label}: {exc.text()}"
                    raise ValidationError(Text(message, message), field=edit.field) from None
                if day is not None:  # an empty field: no limit on that side
                    out[key] = _utc_start_of(day + dt.timedelta(days=1 if key == "until" else 0))
        return out

    def refresh(self) -> None:
        """Show the entries the filters choose; a date that cannot be read is said under the period (the
        rows shown stay until it is corrected: never a silent fall-back to another date)."""
        try:
            filters = self.filters()
        except ValidationError as exc:
            self.period_error.show_error(exc.text())
            return
        self.period_error.show_error(None)
        entries = self.ws.change_log(**filters)
        self.model.set_rows(change_rows(entries, self.names, current_language()))
        n = len(self.model.rows)
        self.count_label.setText(tr("1 ændring") if n == 1 else tr("{n} ændringer").format(n=n) if n < MAX_ROWS
                                 else tr("De nyeste {n} ændringer").format(n=n))
        self.export_button.setEnabled(n > 0)

    # --- export ----------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        path, _ = file_dialogs.save_file_name(self, tr("Eksportér ændringslog"),
                                              str((Path.home() / "x" if self.ws.shared else self.ws.path)
                                                  .with_name(tr("ændringslog.csv"))),
                                              tr("CSV-fil (*.csv)"), purpose="export")
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> Path | None:
        """Write the rows shown to ``path`` in a worker thread (the window answers meanwhile; a progress
        dialog shows if it takes a while; no Annullér: the file is being written). The written path, or
        None after a warning."""
        from .background import run_with_progress, wait_for

        rows, lang = list(self.model.rows), current_language()
        written: list[Path] = []

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | DomainError):
                raise exc
            QMessageBox.warning(self, tr("Eksportér ændringslog"),
                                exc.text() if isinstance(exc, DomainError) else str(exc))

        wait_for(run_with_progress(self, tr("Eksportér ændringslog"), tr("Eksporterer ændringsloggen …"),
                                   lambda _job: write_change_log_csv(path, rows, lang), on_success=written.append,
                                   on_error=failed, cancellable=False, name="export-change-log"))
        return written[0] if written else None


def _month_before(day: dt.date) -> dt.date:
    """The same day a month earlier (the last day of that month when it is shorter)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _utc_start_of(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day`` as naive UTC (how the change log stores times)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC).replace(tzinfo=None)
