"""The measurement grid: a Qt model over the service layer and a keyboard-first table view.

Every accepted cell edit is one undoable service call, stored at once in its own transaction
(no Save button). A refused cell keeps the stored value, gets a warning mark and the reason is
shown beside the table. A pasted block is one all-or-nothing ``upsert_measurements`` call.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from ..domain.entities import Indicator, Measurement
from ..domain.enums import MeasureType
from ..domain.errors import DomainError, ValidationError
from ..domain.formatting import format_date, format_number, parse_date, parse_number
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


def _number_text(value: float | None, decimals: int | None = None) -> str:
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(4, len(f"{value:.4f}".rstrip("0").split(".")[1]))
    return format_number(value, decimals)


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


class MeasurementModel(QAbstractTableModel):
    """Rows are the indicator's measurements by date, then one empty row for a new measurement."""

    refused = Signal(str)  # the reason a cell or paste was refused
    accepted = Signal(str)  # a short confirmation (for the status bar)

    def __init__(self, ws: Workspace, hub: Hub, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws, self.hub, self.stack = ws, hub, stack
        self.indicator: Indicator | None = None
        self.cols: list[Column] = []
        self.rows: list[Measurement] = []
        self.pending: dict[str, Any] = {}
        self.errors: dict[tuple[Any, str], str] = {}  # (row key, column key) -> message
        self._reload_scheduled = False
        hub.changed.connect(self._on_change)

    # --- loading --------------------------------------------------------------------------------

    def set_indicator(self, indicator_id: uuid.UUID | None) -> None:
        self.beginResetModel()
        self.pending, self.errors = {}, {}
        if indicator_id is None:
            self.indicator, self.cols, self.rows = None, [], []
        else:
            self.indicator = self.ws.indicator(indicator_id)
            self.cols = columns_for(self.indicator)
            self.rows = self.ws.measurements(indicator_id)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if self.indicator is None:
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
            self.errors = {}
            self.endResetModel()
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
        if self.cols[index.column()].editable and not self.ws.readonly:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def row_key(self, row: int) -> Any:
        return self.rows[row].id if row < len(self.rows) else PENDING

    def cell_value(self, row: int, key: str) -> Any:
        if row < len(self.rows):
            return getattr(self.rows[row], key)
        return self.pending.get(key)

    def display_text(self, row: int, col: Column) -> str:
        value = self.cell_value(row, col.key)
        if value is None or value == "":
            return ""
        if col.kind == "date":
            return format_date(value)
        if col.kind == "text":
            return str(value)
        if col.key == "value":
            return _number_text(value, self.indicator.decimals if self.indicator else 1)
        return _number_text(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.indicator is None:
            return None
        row, col = index.row(), self.cols[index.column()]
        error = self.errors.get((self.row_key(row), col.key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self.display_text(row, col)
            if role == Qt.ItemDataRole.DisplayRole and not text and row == len(self.rows) and col.key == "date" \
                    and not self.pending:
                return tr("Ny måling …")
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
        if role == Qt.ItemDataRole.ForegroundRole and ((row == len(self.rows) and not self.pending) or not col.editable):
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    # --- editing --------------------------------------------------------------------------------

    def _message(self, row: int, col: Column, exc: DomainError) -> str:
        text = exc.text()
        label = field_label(exc.field or col.key)
        if text.startswith(label + ": "):
            text = text[len(label) + 2:]
        where = tr("Række {row}").format(row=row + 1) if row < len(self.rows) else tr("Ny række")
        return f"{where}, {label}: {text}"

    def _refuse(self, row: int, col: Column, exc: DomainError) -> None:
        message = self._message(row, col, exc)
        self.errors[(self.row_key(row), col.key)] = message
        idx = self.index(row, self.cols.index(col))
        self.dataChanged.emit(idx, idx)
        self.refused.emit(message)

    def _clear_error(self, row: int, col: Column) -> None:
        if self.errors.pop((self.row_key(row), col.key), None) is not None:
            idx = self.index(row, self.cols.index(col))
            self.dataChanged.emit(idx, idx)
            if not self.errors:
                self.refused.emit("")

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.indicator is None:
            return False
        row, col = index.row(), self.cols[index.column()]
        if not col.editable:
            return False
        try:
            parsed = parse_cell(col, str(value)) if not isinstance(value, dt.date | float | int) else value
            if row < len(self.rows):
                m = self.rows[row]
                if getattr(m, col.key) == parsed or (parsed == "" and not m.comment and col.key == "comment"):
                    self._clear_error(row, col)
                    return True
                name = header_text(self.indicator, col.key)
                cmd.execute(self.stack, cmd.UpdateMeasurement(
                    self.ws, tr("Ret {field} {date}").format(field=name.lower(), date=format_date(m.date)),
                    m.id, {col.key: parsed}))
            else:
                self._set_pending(col, parsed)
        except DomainError as exc:
            self._refuse(row, col, exc)
            return False
        self._clear_error(row, col)
        self.accepted.emit(tr("Gemt"))
        return True

    def _set_pending(self, col: Column, parsed: Any) -> None:
        assert self.indicator is not None
        if parsed is None or parsed == "":
            self.pending.pop(col.key, None)
        else:
            self.pending[col.key] = parsed
        row = len(self.rows)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
        if all(self.pending.get(k) is not None for k in required_for(self.indicator)):
            values = dict(self.pending)
            cmd.execute(self.stack, cmd.AddMeasurement(
                self.ws, tr("Tilføj måling {date}").format(date=format_date(values["date"])),
                self.indicator.id, values))
            self.pending = {}
            self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}

    # --- paste, delete, copy --------------------------------------------------------------------

    def paste(self, top: int, left: int, text: str) -> bool:
        """Take in a block of tab-separated text (from Excel) at ``(top, left)``: all or nothing."""
        if self.indicator is None or self.ws.readonly:
            return False
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        grid = [line.split("\t") for line in lines]
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
        try:
            result = cmd.execute(self.stack, cmd.PasteMeasurements(
                self.ws, tr("Indsæt {n} rækker").format(n=len(rows)), self.indicator.id, rows))
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
        self.refused.emit("")
        self.accepted.emit(tr("{n} målinger indsat, {u} rettet").format(n=len(result.inserted), u=len(result.updated)))
        return True

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
        if self.indicator is None or self.ws.readonly:
            return False
        ids = [self.rows[r].id for r in sorted(set(rows)) if r < len(self.rows)]
        if not ids:
            if any(r >= len(self.rows) for r in rows):
                self.pending = {}
                self.errors = {k: v for k, v in self.errors.items() if k[0] != PENDING}
                self.dataChanged.emit(self.index(len(self.rows), 0), self.index(len(self.rows), len(self.cols) - 1))
            return False
        text = tr("Slet {n} målinger").format(n=len(ids)) if len(ids) > 1 else tr("Slet måling")
        try:
            cmd.execute(self.stack, cmd.DeleteMeasurements(self.ws, text, ids))
        except DomainError as exc:
            self.refused.emit(exc.text())
            return False
        self.accepted.emit(text)
        return True

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        """Empty optional cells (n, sd, comment); a cell that cannot be empty is refused."""
        changes: dict[int, dict[str, Any]] = {}
        for r, c in cells:
            if r < len(self.rows) and self.cols[c].editable:
                changes.setdefault(r, {})[self.cols[c].key] = "" if self.cols[c].kind == "text" else None
        if not changes:
            return
        self.stack.beginMacro(tr("Ryd celler"))
        try:
            for r, ch in changes.items():
                try:
                    cmd.execute(self.stack, cmd.UpdateMeasurement(self.ws, tr("Ryd celler"), self.rows[r].id, ch))
                except DomainError as exc:
                    self._refuse(r, self.cols[[col.key for col in self.cols].index(exc.field)]
                                 if exc.field in [col.key for col in self.cols] else self.cols[0], exc)
        finally:
            self.stack.endMacro()

    def copy_text(self, cells: list[tuple[int, int]]) -> str:
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        chosen = set(cells)
        return "\n".join("\t".join(self.display_text(r, self.cols[c]) if (r, c) in chosen else "" for c in cols)
                         for r in rows if r < len(self.rows)) + "\n"


class MeasurementTable(QTableView):
    """Keyboard first: Enter moves down, Tab across, typing edits, Ctrl+V pastes a block, Delete removes."""

    def __init__(self, model: MeasurementModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.m = model
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
        self._after_reload: tuple[int, int] | None = None
        model.modelReset.connect(self._fit_columns)
        self.setAccessibleName(tr("Målinger"))

    def _fit_columns(self) -> None:
        fm = self.fontMetrics()
        for c, col in enumerate(self.m.cols):
            width = {"date": "00-00-00000", "number": "0.000.000,00", "int": "000000", "text": "x" * 30}[col.kind]
            header = self.m.headerData(c, Qt.Orientation.Horizontal) or ""
            self.setColumnWidth(c, max(fm.horizontalAdvance(width), fm.horizontalAdvance(header)) + 28)

    def go_to_new_row(self) -> None:
        self.setCurrentIndex(self.m.index(len(self.m.rows), 0))

    # Enter commits and moves down (as in a spreadsheet).
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            was_pending = current.row() == len(self.m.rows)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QTimer.singleShot(0, lambda: self._move_after_enter(current.row(), current.column(), was_pending))
            return
        super().closeEditor(editor, hint)

    def _move_after_enter(self, row: int, col: int, was_pending: bool) -> None:
        if was_pending:
            if not self.m.pending:  # the new row was stored: start the next one
                self.setCurrentIndex(self.m.index(len(self.m.rows), 0))
            else:  # still incomplete: go to the next empty required cell of the new row
                self.setCurrentIndex(self.m.index(len(self.m.rows), min(col + 1, len(self.m.cols) - 1)))
            return
        self.setCurrentIndex(self.m.index(min(row + 1, len(self.m.rows)), col))

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.m.copy_text(self._selected_cells()))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            cur = self.currentIndex()
            if cur.isValid():
                self.setCurrentIndex(self.m.index(min(cur.row() + 1, self.m.rowCount() - 1), cur.column()))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.delete_selection()
            return
        super().keyPressEvent(event)

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
