"""The measurement grid: a Qt model over the service layer and a keyboard-first table view.

The last row is a new measurement being written: every cell typed in it belongs to it, and it is
stored (one undoable service call) when the user leaves the row (Enter, an arrow or a click on another
row, focus elsewhere, another indicator, closing the window) and it is complete. Esc abandons it. A
row that cannot be stored keeps everything typed, each refused cell marked, the reason beside the table.
An edit of a stored cell is stored at once; a refused one keeps the typed text, marked, until it is
corrected or abandoned with Esc. A pasted block is one all-or-nothing ``upsert_measurements`` call.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

from ..domain.entities import Indicator, Measurement
from ..domain.enums import MeasureType
from ..domain.errors import DomainError, EditConflictError, ValidationError
from ..domain.formatting import (
    format_date,
    format_number,
    format_number_exact,
    number_reading,
    parse_date,
    parse_number,
)
from ..domain.i18n import Text
from ..domain.privacy import PRIVACY_NOTE
from ..domain.validation import field_label
from ..services import Workspace
from ..services.workspace import Change
from . import commands as cmd
from .hub import Hub
from .icons import status_icon

PENDING = "pending"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # date | number | int | text
    editable: bool = True


def new_row_text() -> str:
    """The placeholder in the date cell of the empty row at the bottom."""
    return tr("Ny måling …")


def columns_for(ind: Indicator) -> list[Column]:
    t = ind.measure_type
    if t in (MeasureType.PROPORTION, MeasureType.RATE):
        return [Column("date", "date"), Column("numerator", "number"), Column("denominator", "number"),
                Column("value", "number", editable=False), Column("n", "int"), Column("comment", "text")]
    if t is MeasureType.COUNT:
        return [Column("date", "date"), Column("value", "number"), Column("comment", "text")]
    return [Column("date", "date"), Column("value", "number"), Column("n", "int"), Column("sd", "number"),
            Column("comment", "text")]


def required_for(ind: Indicator) -> tuple[str, ...]:
    if ind.measure_type in (MeasureType.PROPORTION, MeasureType.RATE):
        return ("date", "numerator", "denominator")
    return ("date", "value")


def header_text(ind: Indicator, key: str) -> str:
    if key == "value":
        if ind.measure_type is MeasureType.PROPORTION:
            return tr("Andel (%)")
        if ind.measure_type is MeasureType.RATE:
            return tr("Rate pr. {per}").format(per=format_number(ind.rate_per, 0))
        if ind.measure_type is MeasureType.COUNT:
            return tr("Antal")
        return tr("Værdi") + (f" ({ind.unit})" if ind.unit else "")
    return field_label(key)


def conflict_formats(ind: Indicator) -> dict[str, dict[str, Any]]:
    """How a conflict about one of ``ind``'s measurements (or the indicator itself) shows its values: the
    grid's column names and the indicator's decimals (»1,0«, not »1«), as ``ask_about_conflict``'s keywords."""
    labels = {c.key: header_text(ind, c.key) for c in columns_for(ind)}
    decimals = {key: ind.decimals for key in ("value", "baseline_value", "target_value", "valid_min", "valid_max")}
    return {"labels": labels, "decimals": decimals}


def _number_text(value: float | None, decimals: int | None = None) -> str:
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(4, len(f"{value:.4f}".rstrip("0").split(".")[1]))
    return format_number(value, decimals, typing=True)  # a cell is edited and copied: the hyphen-minus


def parse_cell(col: Column, text: str) -> Any:
    """The value of a typed or pasted cell; raises ValidationError naming the field."""
    text = (text or "").strip()
    if col.kind == "text":
        return text
    if not text:
        if col.key == "date":
            raise ValidationError(Text("Dato: skal udfyldes", "Date: is required"), field="date")
        return None
    if col.kind == "date":
        return parse_date(text, field=col.key)
    value = parse_number(text, field=col.key)
    if col.kind == "int":
        if not value.is_integer():
            raise ValidationError(Text(f"»{text}« er ikke et helt tal", f"'{text}' is not a whole number"), field=col.key)
        return int(value)
    return value


def _split_cells(lines: list[str]) -> list[list[str]]:
    """The cells of pasted lines: tab-separated (a spreadsheet's copy); without any tab, semicolon-separated
    as Danish CSV is (``15-09-2025;18;31``, a quoted cell may hold a semicolon), as spreadsheets read it."""
    if any("\t" in line for line in lines) or not any(";" in line for line in lines):
        return [line.split("\t") for line in lines]
    import csv

    return [next(csv.reader([line], delimiter=";"), [""]) for line in lines]


class MeasurementModel(QAbstractTableModel):
    """Rows are the indicator's measurements by date, then one empty row for a new measurement."""

    refused = Signal(str)  # the reason a cell or paste was refused
    accepted = Signal(str)  # a short confirmation (for the status bar)
    conflict = Signal(object, object, str)  # (EditConflictError, measurement id, column key): ask the user
    # a paste or a delete of many refused because someone else changed one of its rows since they were shown:
    # (EditConflictError, what it concerns, retry: the same change made knowingly on top of theirs)
    bulk_conflict = Signal(object, str, object)
    pasted = Signal(list, int, int)  # the dates of the rows a paste stored, its first and last column

    def __init__(self, ws: Workspace, hub: Hub, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws, self.hub, self.stack = ws, hub, stack
        self.indicator: Indicator | None = None
        self.cols: list[Column] = []
        self.rows: list[Measurement] = []
        self.pending_text: dict[str, str] = {}  # what is typed in the new row, by column key
        self.drafts: dict[tuple[Any, str], str] = {}  # refused text in stored rows: (row id, column key)
        self.draft_reasons: dict[tuple[Any, str], str] = {}  # why each draft was refused (for leave_drafts)
        self.errors: dict[tuple[Any, str], str] = {}  # (row key, column key) -> message
        self.kept: dict[uuid.UUID, dict[str, str]] = {}  # unsaved new rows of other indicators
        # what an open cell editor's edit is based on: (row id, column key) -> (value, row version); a
        # reload while the user types (another user's change) must not move the base of the edit
        self.edit_base: dict[tuple[Any, str], tuple[Any, int | None]] = {}
        self.writable = not ws.readonly  # this login may change the shown indicator's trial
        self._reload_scheduled = False
        hub.changed.connect(self._on_change)
        stack.indexChanged.connect(self._on_step)

    def _on_step(self, _index: int) -> None:
        """An undo or a redo (not a new step being pushed): a refused text no longer stands for the row."""
        if shiboken6.isValid(self) and shiboken6.isValid(self.stack) and not self.stack.property("pushing"):
            self.leave_drafts()

    # --- loading --------------------------------------------------------------------------------

    def set_indicator(self, indicator_id: uuid.UUID | None) -> None:
        if self.indicator is not None and indicator_id != self.indicator.id and self.has_pending():
            # leaving the indicator leaves the new row: store it, or keep it for when the user comes back
            left = self.indicator
            if not self.commit_pending():
                self.kept[left.id] = dict(self.pending_text)
                self.accepted.emit(tr("Den nye række i »{name}« er ikke gemt: den venter, når du vender "
                                      "tilbage.").format(name=left.name))
        self.beginResetModel()
        self.pending_text, self.errors, self.drafts, self.draft_reasons = {}, {}, {}, {}
        if indicator_id is None:
            self.indicator, self.cols, self.rows = None, [], []
        else:
            self.indicator = self.ws.indicator(indicator_id)
            self.writable = self._may_write(self.indicator.trial_id)
            self.cols = columns_for(self.indicator)
            self.rows = self.ws.measurements(indicator_id)
            self.pending_text = self.kept.pop(indicator_id, {})
        self.endResetModel()
        if self.pending_text:
            self._check_pending()

    def _may_write(self, trial_id: uuid.UUID) -> bool:
        """On a shared database a reader of the trial sees the grid but cannot type in it."""
        from ..services import access

        try:
            return access.may_write(self.ws, trial_id)
        except DomainError:
            return not self.ws.readonly

    def _on_change(self, change: Change) -> None:
        if self.indicator is None:
            return
        if change.entity == "access":  # a membership changed: may this login still type in the grid?
            self.writable = self._may_write(self.indicator.trial_id)
            return
        if change.entity == "indicator" and self.indicator.id in change.ids:
            if change.action == "delete":
                self.set_indicator(None)
                return
            self._schedule_reload()
        elif (change.entity == "measurement" and change.indicator_id == self.indicator.id) or (change.entity in ("trial", "database") and change.action in ("delete", "import", "merge")):
            self._schedule_reload()

    def _schedule_reload(self) -> None:
        # Reload after the current edit has finished (an editor may still be closing).
        if not self._reload_scheduled:
            self._reload_scheduled = True
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        self._reload_scheduled = False
        if self.indicator is None:
            return
        try:
            ind = self.ws.indicator(self.indicator.id)
        except DomainError:
            self.set_indicator(None)
            return
        rows = self.ws.measurements(ind.id)
        same_shape = columns_for(ind) == self.cols and [m.id for m in rows] == [m.id for m in self.rows]
        if same_shape:
            self.indicator, self.rows = ind, rows
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.cols) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.cols) - 1)
            return
        if columns_for(ind) != self.cols:
            self.beginResetModel()
            self.indicator, self.cols, self.rows = ind, columns_for(ind), rows
            self.errors, self.drafts = {}, {}
            self.endResetModel()
            if self.pending_text:
                self._check_pending()
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [m.id for m in self.rows]
        self.indicator, self.rows = ind, rows
        new = {m.id: i for i, m in enumerate(rows)}
        pending_row = len(rows)
        for idx in self.persistentIndexList():
            r, c = idx.row(), idx.column()
            nr = pending_row if r >= len(old_ids) else new.get(old_ids[r], min(r, pending_row))
            self.changePersistentIndex(idx, self.index(nr, c))
        live = {m.id for m in rows} | {PENDING}
        self.errors = {k: v for k, v in self.errors.items() if k[0] in live}
        self.drafts = {k: v for k, v in self.drafts.items() if k[0] in live}
        self.layoutChanged.emit()

    # --- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.indicator is None else len(self.rows) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and self.cols[section].key == "comment"):
            return PRIVACY_NOTE.get()  # names of citizens cannot be detected: say so where they would be typed
        if role != Qt.ItemDataRole.DisplayRole or self.indicator is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_text(self.indicator, self.cols[section].key)
        return "*" if section == len(self.rows) else str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cols[index.column()].editable and self.writable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def row_key(self, row: int) -> Any:
        return self.rows[row].id if row < len(self.rows) else PENDING

    def pending_row(self) -> int:
        return len(self.rows)

    def is_pending_row(self, row: int) -> bool:
        return self.indicator is not None and row == len(self.rows)

    def has_pending(self) -> bool:
        return any(t.strip() for t in self.pending_text.values())

    def cell_value(self, row: int, key: str) -> Any:
        if row < len(self.rows):
            return getattr(self.rows[row], key)
        col = next((c for c in self.cols if c.key == key), None)
        if col is None or key not in self.pending_text:
            return None
        try:
            return parse_cell(col, self.pending_text[key])
        except DomainError:
            return None

    def raw_text(self, row: int, col: Column) -> str | None:
        """What the user typed and is not stored (the new row, or a refused cell), else None."""
        if row >= len(self.rows):
            return self.pending_text.get(col.key)
        return self.drafts.get((self.rows[row].id, col.key))

    def display_text(self, row: int, col: Column) -> str:
        raw = self.raw_text(row, col)
        if raw is not None and (row < len(self.rows) or (PENDING, col.key) in self.errors):
            return raw  # refused: shown exactly as typed
        value = self.cell_value(row, col.key)
        if value is None or value == "":
            return raw or ""
        if col.kind == "date":
            return format_date(value)
        if col.kind == "text":
            return str(value)
        if col.key in ("value", "sd"):  # the sd is in the value's unit: the same decimals (1,0 beside 0,8)
            return _number_text(value, self.indicator.decimals if self.indicator else 1)
        return _number_text(value)

    def edit_text(self, row: int, col: Column) -> str:
        """What a cell's editor starts with: the typed text, or the stored value in full (every significant
        digit, not rounded to the shown decimals: an editor opened and left unchanged changes nothing)."""
        raw = self.raw_text(row, col)
        if raw is not None:
            return raw
        if col.kind in ("number", "int"):
            return format_number_exact(self.cell_value(row, col.key))
        return self.display_text(row, col)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.indicator is None:
            return None
        row, col = index.row(), self.cols[index.column()]
        error = self.errors.get((self.row_key(row), col.key))
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.display_text(row, col)
            if role == Qt.ItemDataRole.DisplayRole and not text and row == len(self.rows) and col.key == "date" \
                    and not self.has_pending():
                return new_row_text()
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.kind in ("number", "int"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and error:
            return status_icon("worsened")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) and error:
            return error
        if role == Qt.ItemDataRole.FontRole and row == len(self.rows):
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and ((row == len(self.rows) and not self.has_pending())
                                                       or not col.editable):
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    # --- editing --------------------------------------------------------------------------------

    def _message(self, row: int, col: Column, exc: DomainError) -> str:
        text = exc.text()
        label = field_label(exc.field or col.key)
        if text.startswith(label + ": "):
            text = text[len(label) + 2:]
        where = tr("Række {row}").format(row=row + 1) if row < len(self.rows) else tr("Ny række")
        key = exc.field or col.key
        if self.indicator is not None and key in {c.key for c in self.cols}:
            label = header_text(self.indicator, key)  # as the column is headed
        return f"{where}, {label}: {text}"

    def _reason(self, col: Column, exc: DomainError) -> str:
        """The refusal without the field's name in front (the message names the column)."""
        text = exc.text()
        label = field_label(exc.field or col.key)
        return text[len(label) + 2:] if text.startswith(label + ": ") else text

    def leave_drafts(self, row: int | None = None) -> bool:
        """The user has left a stored row with refused cells (``row``; None: every row, after an undo or a
        redo): the row shows its stored values again, as the chart does, and the message keeps what was
        typed and why it was not saved. The new row's draft is not touched (it waits to be stored)."""
        ids = [m.id for m in self.rows] if row is None else ([self.rows[row].id] if 0 <= row < len(self.rows)
                                                                else [])
        left = [k for k in self.drafts if k[0] in set(ids)]
        if self.indicator is None or not left:
            return False
        notes = []
        for key in left:
            typed = self.drafts.pop(key)
            reason = self.draft_reasons.pop(key, "") or self.errors.get(key, "")
            self.errors.pop(key, None)
            r = self.row_of(key[0])
            if r is None:
                continue
            notes.append(tr("Målingen {date}, {field}: »{typed}« blev ikke gemt: {reason}").format(
                date=format_date(self.rows[r].date), field=header_text(self.indicator, key[1]),
                typed=typed.strip(), reason=reason))
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.cols) - 1))
        remaining = next(iter(self.errors.values()), "")
        self.refused.emit(remaining or "; ".join(notes))
        return True

    def _refuse(self, row: int, col: Column, exc: DomainError, *, announce: bool = True) -> str:
        message = self._message(row, col, exc)
        self.errors[(self.row_key(row), col.key)] = message
        idx = self.index(row, self.cols.index(col))
        self.dataChanged.emit(idx, idx)
        if announce:
            self.refused.emit(message)
        return message

    def _clear_error(self, row: int, col: Column) -> None:
        if self.errors.pop((self.row_key(row), col.key), None) is not None:
            idx = self.index(row, self.cols.index(col))
            self.dataChanged.emit(idx, idx)
            self._announce_remaining()

    def _announce_remaining(self) -> None:
        """The banner shows the first reason still standing, or disappears when none is left."""
        self.refused.emit(next(iter(self.errors.values()), ""))

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.indicator is None:
            return False
        row, col = index.row(), self.cols[index.column()]
        if not col.editable:
            return False
        if row >= len(self.rows):
            self._set_pending(col, str(value))
            return True
        m = self.rows[row]
        text = str(value)
        based_value, based_version = self.edit_base.pop(
            (m.id, col.key), (getattr(m, col.key), getattr(m, "row_version", None)))
        try:
            parsed = parse_cell(col, text) if not isinstance(value, dt.date | float | int) else value
            if getattr(m, col.key) == parsed or (parsed == "" and not m.comment and col.key == "comment"):
                self.drafts.pop((m.id, col.key), None)
                self._clear_error(row, col)
                return True
            self._store_cell(m, col, parsed, based_value, based_version)
        except EditConflictError as exc:
            # Someone else saved this measurement's value since the user's edit began: nothing is saved,
            # the typed text stays (marked) and the user chooses (the view shows both values).
            self.drafts[(m.id, col.key)] = text
            self._refuse(row, col, exc)
            self.conflict.emit(exc, m.id, col.key)
            return False
        except DomainError as exc:
            self.drafts[(m.id, col.key)] = text  # what was typed stays, marked, while the user is on the row
            self.draft_reasons[(m.id, col.key)] = self._reason(col, exc)
            self._refuse(row, col, exc)
            return False
        self.drafts.pop((m.id, col.key), None)
        self._clear_error(row, col)
        self.accepted.emit(tr("Gemt"))
        return True

    def _store_cell(self, m: Measurement, col: Column, parsed: Any, based_value: Any,
                    based_version: int | None) -> None:
        """One undoable update of the cell, based on ``based_version``. When the stored measurement has moved
        on only in other fields (another user changed its comment while this one typed its value), the
        edit is saved on the new version: nothing of theirs is overwritten. Raises EditConflictError when
        the cell itself was changed by someone else."""
        from .conflict_dialog import only_other_fields_changed

        assert self.indicator is not None
        name = header_text(self.indicator, col.key)
        text = tr("Ret {field} {date} i »{indicator}«").format(
            field=name.lower(), date=format_date(m.date), indicator=self.indicator.name)
        version = based_version
        for attempt in range(3):
            try:
                cmd.execute(self.stack, cmd.UpdateMeasurement(
                    self.ws, text, m.id, {col.key: parsed}, expected_version=version,
                    indicator_id=self.indicator.id, trial_id=self.indicator.trial_id))
                return
            except EditConflictError as exc:
                if attempt == 2 or not only_other_fields_changed(exc, {col.key: based_value}):
                    raise  # their change is in this cell (or it keeps moving): the user decides
                version = exc.version

    def row_of(self, measurement_id: uuid.UUID) -> int | None:
        return next((r for r, m in enumerate(self.rows) if m.id == measurement_id), None)

    def note_edit_base(self, row: int, column: int) -> None:
        """An editor opened on a stored cell: its edit is based on the value and version shown now."""
        if self.indicator is None or not 0 <= row < len(self.rows) or not 0 <= column < len(self.cols):
            return
        m, key = self.rows[row], self.cols[column].key
        self.edit_base.setdefault((m.id, key), (getattr(m, key), getattr(m, "row_version", None)))

    def resolve_conflict(self, exc: EditConflictError, measurement_id: uuid.UUID, key: str,
                         choice: str | None) -> bool:
        """The user's answer to a conflict on a cell: keep theirs (the typed text is dropped, the stored value
        shown), overwrite with mine (saved on top of the stored version, undoable) or, closed without an
        answer, nothing: the typed text stays in the cell, marked. Returns whether the cell is settled."""
        from .conflict_dialog import KEEP_MINE, KEEP_THEIRS

        row = self.row_of(measurement_id)
        col = next((c for c in self.cols if c.key == key), None)
        if row is None or col is None or (measurement_id, key) not in self.drafts:
            return False  # gone meanwhile (deleted, another indicator shown, abandoned with Esc)
        if choice == KEEP_THEIRS:
            self.drafts.pop((measurement_id, key), None)
            self._clear_error(row, col)
            self._schedule_reload()
            self.accepted.emit(tr("Den anden brugers værdi er beholdt."))
            return True
        if choice != KEEP_MINE:
            return False
        text = self.drafts[(measurement_id, key)]
        m = self.rows[row]
        try:
            parsed = parse_cell(col, text)
            self._store_cell(m, col, parsed, exc.theirs.get(key), exc.version)
        except EditConflictError as again:  # a third person saved in between: ask again
            self._refuse(row, col, again)
            self.conflict.emit(again, measurement_id, key)
            return False
        except DomainError as error:
            self._refuse(row, col, error)
            return False
        self.drafts.pop((measurement_id, key), None)
        self._clear_error(row, col)
        self.accepted.emit(tr("Gemt: din værdi har erstattet den anden brugers."))
        return True

    def _set_pending(self, col: Column, text: str) -> None:
        """A cell of the new row: kept as typed; a value that cannot be read is marked at once."""
        row = len(self.rows)
        if text.strip():
            self.pending_text[col.key] = text
        else:
            self.pending_text.pop(col.key, None)
        self.errors.pop((PENDING, col.key), None)
        if text.strip():
            try:
                parse_cell(col, text)
            except DomainError as exc:
                self._refuse(row, col, exc)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
        if not any(k[0] == PENDING for k in self.errors):
            self._announce_remaining()

    def _pending_values(self) -> tuple[dict[str, Any], list[str]]:
        """The new row's values and the reasons it cannot be stored (each refused cell marked)."""
        assert self.indicator is not None
        row = len(self.rows)
        self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}
        values: dict[str, Any] = {}
        problems: list[str] = []
        for col in self.cols:
            if not col.editable:
                continue
            try:
                parsed = parse_cell(col, self.pending_text.get(col.key, ""))
            except DomainError as exc:
                problems.append(self._refuse(row, col, exc, announce=False))
                continue
            if parsed is not None and parsed != "":
                values[col.key] = parsed
        for key in required_for(self.indicator):
            if key not in values and (PENDING, key) not in self.errors:
                col = next(c for c in self.cols if c.key == key)
                problems.append(self._refuse(row, col, ValidationError(Text("skal udfyldes", "is required"),
                                                                        field=key), announce=False))
        return values, problems

    def _check_pending(self) -> None:
        """Mark what stands in the way of storing the new row (a kept row shown again)."""
        if self.indicator is None:
            return
        _values, problems = self._pending_values()
        self.refused.emit(problems[0] if problems else "")

    def commit_pending(self) -> bool:
        """Store the new row if anything is typed in it; True when it is stored (or empty).

        A row that cannot be stored keeps everything typed; its refused cells are marked and the reason
        is announced."""
        if self.indicator is None or not self.has_pending():
            return True
        if not self.writable:
            return False
        values, problems = self._pending_values()
        if problems:
            self.refused.emit(problems[0])
            return False
        values.setdefault("comment", "")
        row = len(self.rows)
        try:
            cmd.execute(self.stack, cmd.AddMeasurement(
                self.ws, tr("Tilføj måling {date} i »{indicator}«").format(
                    date=format_date(values["date"]), indicator=self.indicator.name),
                self.indicator.id, values, trial_id=self.indicator.trial_id))
        except DomainError as exc:
            keys = [c.key for c in self.cols]
            col = self.cols[keys.index(exc.field)] if exc.field in keys else self.cols[0]
            self._refuse(row, col, exc)
            return False
        self.pending_text = {}
        self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}
        self.reload()  # the stored row takes its place by date, and a new empty row follows
        self._announce_remaining()
        self.accepted.emit(tr("Gemt"))
        return True

    def abandon_pending(self) -> None:
        """Esc on the new row: forget what is typed in it (nothing was stored)."""
        if self.indicator is None:
            return
        row = len(self.rows)
        self.pending_text = {}
        self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
        self._announce_remaining()

    def abandon_drafts(self, row: int) -> bool:
        """Esc on a stored row: put back what is stored where a refused text was kept."""
        if row >= len(self.rows):
            return False
        key = self.rows[row].id
        if not any(k[0] == key for k in self.drafts):
            return False
        self.drafts = {k: v for k, v in self.drafts.items() if k[0] != key}
        self.draft_reasons = {k: v for k, v in self.draft_reasons.items() if k[0] != key}
        self.errors = {k: v for k, v in self.errors.items() if k[0] != key}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
        self._announce_remaining()
        return True

    # --- paste, delete, copy --------------------------------------------------------------------

    def paste(self, top: int, left: int, text: str) -> bool:
        """Take in a block of tab-separated text (from Excel), or semicolon-separated without tabs (Danish
        CSV), at ``(top, left)``: all or nothing."""
        if self.indicator is None or not self.writable:
            return False
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        grid = _split_cells(lines)
        if grid and self._looks_like_header(grid[0], left):
            grid = grid[1:]
        if not grid:
            return False
        problems: list[str] = []
        rows: list[dict[str, Any]] = []
        grid_rows: list[int] = []
        for i, cells in enumerate(grid):
            r = top + i
            values: dict[str, Any] = {}
            if r < len(self.rows):  # pasting over an existing row: keep what is not pasted
                m = self.rows[r]
                values = {k: getattr(m, k) for k in ("date", "value", "n", "sd", "numerator", "denominator", "comment")}
            for j, cell in enumerate(cells):
                c = left + j
                if c >= len(self.cols) or not self.cols[c].editable:
                    continue
                col = self.cols[c]
                try:
                    values[col.key] = parse_cell(col, cell)
                except DomainError as exc:
                    problems.append(self._paste_message(r, col, exc))
            if self.indicator.measure_type in (MeasureType.PROPORTION, MeasureType.RATE) and r < len(self.rows):
                values.pop("value", None)  # derived from numerator and denominator
            if values.get("comment") is None:
                values["comment"] = ""
            if values.get("date") is None and not any(p.startswith(self._where(r)) for p in problems):
                problems.append(self._paste_message(r, self.cols[0], ValidationError(
                    Text("skal udfyldes", "is required"), field="date")))
            rows.append(values)
            grid_rows.append(r)
        if problems:
            self.refused.emit(tr("Intet blev indsat. ") + "; ".join(problems[:6])
                              + (" …" if len(problems) > 6 else ""))
            return False
        expected = {m.date: int(m.row_version) for m in self.rows if getattr(m, "row_version", None) is not None}
        width = max(len(cells) for cells in grid)
        self._paste_columns = (left, min(left + width, len(self.cols)) - 1)
        return self._paste_rows(self.indicator, rows, grid_rows, top, expected)

    def _paste_rows(self, ind: Indicator, rows: list[dict[str, Any]], grid_rows: list[int], top: int,
                    expected: dict[dt.date, int]) -> bool:
        """One undoable upsert of the pasted rows, based on the versions shown (``expected``, by date)."""
        n = len(rows)
        text = (tr("Indsæt 1 måling i »{indicator}«") if n == 1 else
                tr("Indsæt {n} målinger i »{indicator}«")).format(n=n, indicator=ind.name)
        try:
            result = cmd.execute(self.stack, cmd.TrialStateCommand(
                self.ws, text, ind.trial_id,
                lambda: self.ws.upsert_measurements(ind.id, rows, on_duplicate="update", expected_versions=expected),
                indicator_id=ind.id))
        except EditConflictError as exc:
            # Someone else changed (or added) a measurement of the block since the grid showed it: nothing is
            # pasted; the user sees both values and may paste again on top of theirs, knowingly.
            self.refused.emit(tr("Intet blev indsat. ") + exc.message.get())
            dates = getattr(exc, "dates", None) or [rows[0]["date"]]
            what = tr("målingen {date} i »{indicator}«").format(date=format_date(dates[0]), indicator=ind.name)
            again = {**expected, **getattr(exc, "versions", {})}
            self.bulk_conflict.emit(exc, what, lambda: self._paste_rows(ind, rows, grid_rows, top, again))
            return False
        except DomainError as exc:
            message = exc.message.get()
            if exc.location:
                try:
                    n = int(exc.location.split()[-1])
                    message = f"{self._where(grid_rows[n - 1])}: {message}"
                except (ValueError, IndexError):
                    message = exc.text()
            self.refused.emit(tr("Intet blev indsat. ") + message)
            return False
        if self.indicator is not None and self.indicator.id == ind.id and top >= len(self.rows):
            self.pending_text = {}  # the block took the new row's place
            self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}
        self._announce_remaining()
        self.accepted.emit((tr("1 måling indsat, {u} rettet") if len(result.inserted) == 1 else
                            tr("{n} målinger indsat, {u} rettet")).format(n=len(result.inserted), u=len(result.updated)))
        if self.indicator is not None and self.indicator.id == ind.id:
            first, last = getattr(self, "_paste_columns", (0, len(self.cols) - 1))
            self.pasted.emit([r["date"] for r in rows], first, last)
        return True

    def flush_reload(self) -> None:
        """A reload waiting for the event loop, done now (to find rows that were just stored)."""
        if self._reload_scheduled:
            self.reload()

    def _where(self, row: int) -> str:
        return tr("Række {row}").format(row=row + 1)

    def _paste_message(self, row: int, col: Column, exc: DomainError) -> str:
        text = exc.message.get()
        label = field_label(col.key)
        if text.startswith(label + ": "):
            text = text[len(label) + 2:]
        return f"{self._where(row)}, {header_text(self.indicator, col.key)}: {text}"  # type: ignore[arg-type]

    def _looks_like_header(self, cells: list[str], left: int) -> bool:
        """A first line in which no number or date column parses is a header line (e.g. "Dato  Værdi")."""
        checked = 0
        for j, cell in enumerate(cells):
            c = left + j
            if c >= len(self.cols) or self.cols[c].kind == "text" or not cell.strip():
                continue
            checked += 1
            try:
                parse_cell(self.cols[c], cell)
                return False
            except DomainError:
                continue
        return checked > 0

    def delete_rows(self, rows: list[int]) -> bool:
        if self.indicator is None or not self.writable:
            return False
        ids = [self.rows[r].id for r in sorted(set(rows)) if r < len(self.rows)]
        if not ids:
            if any(r >= len(self.rows) for r in rows):
                self.abandon_pending()
            return False
        ind = self.indicator
        if len(ids) == 1:
            date = next(m.date for m in self.rows if m.id == ids[0])
            text = tr("Slet målingen {date} i »{indicator}«").format(date=format_date(date), indicator=ind.name)
        else:
            text = tr("Slet {n} målinger i »{indicator}«").format(n=len(ids), indicator=ind.name)
        seen = [m for m in self.rows if m.id in set(ids)]  # as shown when the user chose to delete them
        return self._delete(ind, ids, seen, text)

    def _delete(self, ind: Indicator, ids: list[uuid.UUID], seen: list[Measurement] | None, text: str) -> bool:
        try:
            cmd.execute(self.stack, cmd.TrialStateCommand(
                self.ws, text, ind.trial_id, lambda: self.ws.delete_measurements(ids, seen=seen),
                indicator_id=ind.id))
        except EditConflictError as exc:
            self.refused.emit(tr("Intet blev slettet. ") + exc.message.get())
            changed = next((m for m in seen or () if m.id in {i for i in ids}
                            and any(k in exc.theirs for k in exc.yours)), None)
            what = tr("målingen {date} i »{indicator}«").format(
                date=format_date(changed.date) if changed else "", indicator=ind.name)
            self.bulk_conflict.emit(exc, what, lambda: self._delete(ind, ids, None, text))
            return False
        except DomainError as exc:
            self.refused.emit(exc.text())
            return False
        n = len(ids)
        self.accepted.emit(tr("1 måling slettet – Ctrl+Z fortryder") if n == 1 else
                            tr("{n} målinger slettet – Ctrl+Z fortryder").format(n=n))
        return True

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        """Empty optional cells (n, sd, comment); a cell that cannot be empty is refused."""
        changes: dict[int, dict[str, Any]] = {}
        for r, c in cells:
            if r < len(self.rows) and self.cols[c].editable:
                changes.setdefault(r, {})[self.cols[c].key] = "" if self.cols[c].kind == "text" else None
        if not changes:
            return
        self.stack.beginMacro(tr("Ryd {n} celler i »{indicator}«").format(n=len(cells), indicator=self.indicator.name))
        try:
            for r, ch in changes.items():
                try:
                    cmd.execute(self.stack, cmd.UpdateMeasurement(  # based on the version shown
                        self.ws, tr("Ryd celler"), self.rows[r].id, ch,
                        expected_version=getattr(self.rows[r], "row_version", None)))
                except DomainError as exc:
                    self._refuse(r, self.cols[[col.key for col in self.cols].index(exc.field)]
                                 if exc.field in [col.key for col in self.cols] else self.cols[0], exc)
        finally:
            self.stack.setProperty("pushing", True)
            self.stack.endMacro()
            self.stack.setProperty("pushing", False)

    def copy_text(self, cells: list[tuple[int, int]]) -> str:
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        chosen = set(cells)

        def text(r: int, col: Column) -> str:
            # what an editor would start with (every significant digit, not the shown decimals: pasted back,
            # or kept in a spreadsheet, the value is the stored one); a derived column as shown
            return self.edit_text(r, col) if col.editable else self.display_text(r, col)

        return "\n".join("\t".join(text(r, self.cols[c]) if (r, c) in chosen else "" for c in cols)
                         for r in rows if r < len(self.rows)) + "\n"


class _CellDelegate(QStyledItemDelegate):
    """The cell editor says how a number with a dot is read ("»1.234« læses som 1234 …", "»4.5« læses som
    4,5 …") while it is typed, beside the cell and in the status bar, before the row is saved."""

    def __init__(self, table: MeasurementTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        cols = self.table.m.cols
        if isinstance(editor, QLineEdit) and 0 <= index.column() < len(cols) \
                and cols[index.column()].kind in ("number", "int"):
            editor.textChanged.connect(lambda text, e=editor: self.table.say_reading(e, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        """A cell editor starts with the cell's text, wholly selected: the first key typed replaces it. Later
        refreshes (the grid reloads while it is open: the edit of the row just stored, another user's change)
        leave it alone: Qt put the text back unselected with the cursor after it, and a 3 typed after Tab
        became 2,83. The edit stays based on what the editor opened with (another user's change of the same
        cell is asked about when it is handed in)."""
        if not isinstance(editor, QLineEdit):
            super().setEditorData(editor, index)
            return
        if editor.property("filled"):
            return
        editor.setProperty("filled", True)
        text = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if text is None else str(text))
        editor.selectAll()


class MeasurementTable(QTableView):
    """Keyboard first: Enter moves down, Tab across, typing edits, Ctrl+V pastes a block, Delete removes."""

    def __init__(self, model: MeasurementModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tab_start: int | None = None  # the column where a run of Tabs began (Enter goes back to it)
        self._moving = False
        self._program_move = False
        self.m = model
        self.setModel(model)
        self.setObjectName("measurementTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        model.modelReset.connect(self._fit_columns)
        model.modelReset.connect(self._to_new_row)
        model.layoutAboutToBeChanged.connect(self._note_current_in_view)
        model.layoutChanged.connect(self._keep_current_in_view)
        model.conflict.connect(self._ask_about_conflict)
        model.pasted.connect(self._show_pasted)
        model.bulk_conflict.connect(self._ask_about_bulk_conflict)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.setAccessibleName(tr("Målinger"))
        self.setItemDelegate(_CellDelegate(self))
        self.reading_said = ""

    reading = Signal(str)  # how a typed number is read, when it could be read two ways ("" when no longer)

    def say_reading(self, editor: QLineEdit, text: str) -> None:
        note = number_reading(text)
        said = note.get() if note is not None else ""
        editor.setToolTip(said)
        if said:
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), said, editor)
        elif self.reading_said:
            QToolTip.hideText()
        if said or self.reading_said:
            self.reading.emit(said)
        self.reading_said = said

    def _fit_columns(self) -> None:
        fm = self.fontMetrics()
        for c, col in enumerate(self.m.cols):
            width = {"date": "00-00-00000", "number": "0.000.000,00", "int": "000000", "text": "x" * 30}[col.kind]
            header = self.m.headerData(c, Qt.Orientation.Horizontal) or ""
            texts = [width, header] + ([new_row_text()] if c == 0 else [])  # the new row's placeholder whole
            self.setColumnWidth(c, max(fm.horizontalAdvance(t) for t in texts) + 28)

    def go_to_new_row(self) -> None:
        self._set_current(self.m.index(len(self.m.rows), 0))
        self.scroll_to_current_later()

    def _to_new_row(self) -> None:
        """Another indicator (or the same one again): the cursor waits in its new row, scrolled into view."""
        if self.m.indicator is not None and not self.currentIndex().isValid():
            self.go_to_new_row()

    def scroll_to_current_later(self) -> None:
        """Scroll the current cell into view once the rows are laid out (right after a reset the scroll
        range is still the previous indicator's, so scrolling at once stops short) and, when the grid is
        hidden, when it is shown."""
        self._scroll_wanted = True
        QTimer.singleShot(0, self, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if not getattr(self, "_scroll_wanted", False) or not self.isVisible():
            return
        self._scroll_wanted = False
        self.doItemsLayout()  # the scroll range of the rows shown now
        cur = self.currentIndex()
        if cur.isValid():
            self.scrollTo(cur)

    def _current_in_view(self, extra: int = 0) -> bool:
        """The current cell is wholly in view (in a viewport ``extra`` pixels higher than now)."""
        cur = self.currentIndex()
        if not cur.isValid():
            return False
        rect = self.visualRect(cur)
        return rect.isValid() and rect.top() >= 0 and rect.bottom() <= self.viewport().height() + extra

    def _note_current_in_view(self) -> None:
        self._in_view_before_layout = self._current_in_view()

    def _keep_current_in_view(self) -> None:
        """Rows stored or removed around the current one (a reload): the current row stays in view if it was."""
        if getattr(self, "_in_view_before_layout", False):
            self.scroll_to_current_later()

    def resizeEvent(self, event: Any) -> None:
        """A grid made lower (a message under it, the chart above growing) keeps the current row in view when
        it was in view: the row being typed is never cut in half."""
        shrunk = event.oldSize().height() - event.size().height()
        keep = shrunk > 0 and self._current_in_view(shrunk)
        super().resizeEvent(event)
        if keep:
            self.scrollTo(self.currentIndex())  # at once (no frame with the row cut), and again once laid out
            self.scroll_to_current_later()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._rows_from_top()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._rows_from_top()

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        self._rows_from_top()

    def _rows_from_top(self) -> None:
        """Whole rows at the bottom too: scrolled to the end, Qt lines the last row up with the bottom edge
        and cuts the top row in half; the rows start at the top instead (the last rows still fit whole,
        as the scroll range is counted in rows that fit, with the spare part of a row left empty below)."""
        bar = self.verticalScrollBar()
        header = self.verticalHeader()
        if (self.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem and bar.maximum() > 0
                and bar.value() == bar.maximum() and header.offset() != header.sectionPosition(bar.value())):
            header.setOffsetToSectionPosition(bar.value())
            self.updateEditorGeometries()  # an open editor moves with its cell (it stayed half a row low)
            self.viewport().update()

    def selectionCommand(self, index: QModelIndex | QPersistentModelIndex,
                         event: Any = None) -> QItemSelectionModel.SelectionFlag:
        """A move made by the program (undo or redo going to its row, Enter, a paste) selects the one cell
        it goes to. Qt reads the keys held at that moment, and Ctrl is still down after Ctrl+Z: the cell
        selected before stayed selected beside the new one."""
        if event is None and self._program_move:  # not a header click with Ctrl or Shift: that adds rows
            return QItemSelectionModel.SelectionFlag.ClearAndSelect
        if (event is not None and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            # Qt's extended selection leaves the selection where it was on a move with Ctrl held (to pick
            # cells with Ctrl+Space): the old cell stayed highlighted and the cursor was hard to see
            return QItemSelectionModel.SelectionFlag.ClearAndSelect
        return super().selectionCommand(index, event)

    def setCurrentIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:  # type: ignore[override]
        """The program moves the cursor (undo going to its row, Enter, a paste): that cell alone is selected,
        whatever keys are held. (The user's own moves, keys and clicks, do not come through here.)"""
        self._program_move = True
        try:
            super().setCurrentIndex(index)
        finally:
            self._program_move = False

    def move_to(self, index: QModelIndex) -> None:
        self.setCurrentIndex(index)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if getattr(self, "_scroll_wanted", False):
            QTimer.singleShot(0, self, self._scroll_to_current)

    def _connect_selection(self) -> None:
        sm = self.selectionModel()
        if sm is not None and sm is not getattr(self, "_watched_selection", None):
            self._watched_selection = sm
            sm.currentRowChanged.connect(self._row_changed)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self._connect_selection()

    # --- leaving the new row stores it ------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and current.row() != previous.row() and self.m.is_pending_row(previous.row()) \
                and not self._moving:
            self.m.commit_pending()
        elif previous.isValid() and current.row() != previous.row():
            self.m.leave_drafts(previous.row())  # a refused edit of a stored row is not kept as its value

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Focus went from the table (or its editor) to another widget of the program: the row is left."""
        if new is None or old is None or not shiboken6.isValid(self):
            return
        mine = self._owns(old) and not self._owns(new)
        if mine and self.m.has_pending():
            QTimer.singleShot(0, self, self.m.commit_pending)  # after the editor has handed in its text

    def _owns(self, w: QWidget) -> bool:
        return w is self or self.isAncestorOf(w)

    # --- moving: Tab goes right, Enter to the next row (where the run of Tabs began) -----------------

    def _editable_cols(self) -> list[int]:
        return [c for c, col in enumerate(self.m.cols) if col.editable]

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        cur = self.currentIndex()
        CA = QAbstractItemView.CursorAction
        if action in (CA.MoveNext, CA.MovePrevious) and cur.isValid():
            if self._tab_start is None:
                self._tab_start = cur.column()
            cols = self._editable_cols()
            if action == CA.MoveNext:
                later = [c for c in cols if c > cur.column()]
                if later:
                    return self.m.index(cur.row(), later[0])
                return self.m.index(min(cur.row() + 1, len(self.m.rows)), cols[0] if cols else 0)
            earlier = [c for c in cols if c < cur.column()]
            if earlier:
                return self.m.index(cur.row(), earlier[-1])
            return self.m.index(max(cur.row() - 1, 0), cols[-1] if cols else 0)
        self._tab_start = None
        if action == CA.MoveEnd and modifiers & Qt.KeyboardModifier.ControlModifier:
            return self.m.index(len(self.m.rows), 0)  # Ctrl+End: the entry row's date (not its comment)
        return super().moveCursor(action, modifiers)

    # --- two people at once ------------------------------------------------------------------------

    def edit(self, index: QModelIndex, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:
            return super().edit(index)  # type: ignore[call-overload]  # comes back here with a trigger
        started = super().edit(index, trigger, event)
        if started and index.isValid():
            self.m.note_edit_base(index.row(), index.column())
            T = QAbstractItemView.EditTrigger
            editor = self.indexWidget(index)
            if trigger in (T.EditKeyPressed, T.DoubleClicked) and isinstance(editor, QLineEdit):
                editor.deselect()  # F2 or a double click edits in place, the cursor after the text (as in
                editor.end(False)  # a spreadsheet); Tab, Enter, an arrow and typing replace the whole text
        return started

    def _ask_about_conflict(self, exc: EditConflictError, measurement_id: uuid.UUID, key: str) -> None:
        """Both values and a choice, shown after the cell's editor has closed (the typed text stays in the
        cell, marked, until the user has chosen)."""
        def ask() -> None:
            from .conflict_dialog import ask_about_conflict

            if not shiboken6.isValid(self) or self.m.indicator is None:
                return
            row = self.m.row_of(measurement_id)
            if row is None:
                return
            ind = self.m.indicator
            what = tr("målingen {date} i »{indicator}«").format(date=format_date(self.m.rows[row].date),
                                                               indicator=ind.name)
            self.conflict_dialog = ask_about_conflict(
                self, exc, what, lambda choice: self.m.resolve_conflict(exc, measurement_id, key, choice),
                **conflict_formats(ind))

        QTimer.singleShot(0, self, ask)

    def _ask_about_bulk_conflict(self, exc: EditConflictError, what: str, retry: Any) -> None:
        """A paste or a delete of many was refused (nothing written): both values and a choice; *Overskriv med
        min* makes the same change again on top of the stored versions (one undoable step)."""
        def ask() -> None:
            from .conflict_dialog import KEEP_MINE, KEEP_THEIRS, ask_about_conflict

            if not shiboken6.isValid(self) or self.m.indicator is None:
                return

            def decide(choice: str | None) -> None:
                if choice == KEEP_MINE:
                    retry()
                elif choice == KEEP_THEIRS:
                    self.m.refused.emit("")
                    self.m.accepted.emit(tr("Den anden brugers værdi er beholdt."))
                    self.m.reload()

            self.conflict_dialog = ask_about_conflict(self, exc, what, decide, **conflict_formats(self.m.indicator))

        QTimer.singleShot(0, self, ask)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.m.edit_base.clear()  # the edit has been handed in (or taken back)
        H = QAbstractItemDelegate.EndEditHint
        cur = self.currentIndex()
        row, col = cur.row(), cur.column()
        on_new_row = self.m.is_pending_row(row)
        if hint == H.RevertModelCache and on_new_row:
            unchanged = isinstance(editor, QLineEdit) and editor.text() == (self.m.data(cur, Qt.ItemDataRole.EditRole)
                                                                            or "")
            super().closeEditor(editor, H.NoHint)
            if unchanged:  # nothing to take back in the cell: Esc takes back the row (as Access does)
                self._abandon_row()
            return
        refused = not on_new_row and cur.isValid() and (self.m.row_key(row), self.m.cols[col].key) in self.m.drafts
        if refused and hint in (H.SubmitModelCache, H.EditNextItem, H.EditPreviousItem):
            super().closeEditor(editor, H.NoHint)  # the refused cell keeps the cursor: correct it or Esc
            self._tab_start = None
            return
        if hint == H.SubmitModelCache:  # Enter
            super().closeEditor(editor, H.NoHint)
            self._enter(row, col)
            return
        if hint == H.EditNextItem and on_new_row and col == (self._editable_cols() or [0])[-1]:
            super().closeEditor(editor, H.NoHint)  # Tab from the last cell ends the row as Enter does
            self._enter(row, col)
            return
        super().closeEditor(editor, hint)

    def _enter(self, row: int, col: int) -> None:
        target = self._tab_start if self._tab_start is not None else col
        self._tab_start = None
        if self.m.is_pending_row(row):
            if self.m.commit_pending():  # the next measurement starts in the first column
                self._set_current(self.m.index(len(self.m.rows), 0))
            else:  # the row stays, everything typed in it kept; go to the first cell that needs attention
                bad = [c for c, column in enumerate(self.m.cols) if (PENDING, column.key) in self.m.errors]
                self._set_current(self.m.index(row, bad[0] if bad else col))
            return
        self._set_current(self.m.index(min(row + 1, len(self.m.rows)), target))

    def finish_editing(self) -> None:
        """Hand in the text of an open cell editor (before the window closes or the row is stored)."""
        cur = self.currentIndex()
        editor = self.indexWidget(cur) if cur.isValid() else None
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _abandon_row(self) -> None:
        self.m.abandon_pending()
        self._tab_start = None
        self.go_to_new_row()

    def _set_current(self, index: QModelIndex) -> None:
        self._moving = True
        try:
            self.move_to(index)
        finally:
            self._moving = False

    def keyPressEvent(self, event: Any) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.m.copy_text(self._selected_cells()))
            return
        key = event.key()
        cur = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            if cur.isValid():
                self._enter(cur.row(), cur.column())
            return
        if key == Qt.Key.Key_Escape and not editing and cur.isValid():
            self._tab_start = None
            if self.m.is_pending_row(cur.row()):
                self._abandon_row()
            else:
                self.m.abandon_drafts(cur.row())
            return
        if key == Qt.Key.Key_Tab and not editing and cur.isValid() and self.m.is_pending_row(cur.row()) \
                and cur.column() == (self._editable_cols() or [0])[-1]:
            self._enter(cur.row(), cur.column())
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self.delete_selection()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        self._tab_start = None
        super().mousePressEvent(event)

    def _selected_cells(self) -> list[tuple[int, int]]:
        cells = [(i.row(), i.column()) for i in self.selectedIndexes()]
        if not cells and self.currentIndex().isValid():
            cells = [(self.currentIndex().row(), self.currentIndex().column())]
        return cells

    def paste_clipboard(self) -> bool:
        cur = self.currentIndex()
        cells = self._selected_cells()
        top = min((r for r, _ in cells), default=cur.row() if cur.isValid() else len(self.m.rows))
        left = min((c for _, c in cells), default=0)
        return self.m.paste(top, left, QGuiApplication.clipboard().text())

    def _show_pasted(self, dates: list[dt.date], first: int, last: int) -> None:
        """The rows a paste stored are selected (the pasted columns) and scrolled into view."""
        self.m.flush_reload()
        wanted = set(dates)
        rows = [r for r, m in enumerate(self.m.rows) if m.date in wanted]
        sm = self.selectionModel()
        if not rows or sm is None:
            return
        first, last = max(0, first), max(first, min(last, len(self.m.cols) - 1))
        selection = QItemSelection()
        for r in rows:
            selection.select(self.m.index(r, first), self.m.index(r, last))
        self._set_current(self.m.index(rows[0], first))
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(self.m.index(rows[-1], first))
        self.scrollTo(self.m.index(rows[0], first))  # the whole block when it fits, else its beginning

    def delete_selection(self) -> None:
        """Delete removes whole measurements when the date column or whole rows are selected; else it
        empties the selected optional cells."""
        cells = self._selected_cells()
        if not cells:
            return
        whole_rows = {i.row() for i in self.selectionModel().selectedRows()} if self.selectionModel() else set()
        if whole_rows or any(c == 0 for _, c in cells):
            self.m.delete_rows(sorted(whole_rows | {r for r, c in cells if c == 0}))
        else:
            self.m.clear_cells(cells)

    def delete_selected_rows(self) -> None:
        self.m.delete_rows(sorted({r for r, _ in self._selected_cells()}))

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Kopiér"), lambda: QGuiApplication.clipboard().setText(self.m.copy_text(self._selected_cells())))
        menu.addAction(tr("Indsæt"), self.paste_clipboard)
        menu.addSeparator()
        menu.addAction(tr("Slet valgte målinger"), self.delete_selected_rows)
        menu.popup(self.viewport().mapToGlobal(pos))
