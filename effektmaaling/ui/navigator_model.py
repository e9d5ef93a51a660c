"""The navigator's tree as a Qt item model over plain rows: trials, and under each its details and indicators.

The rows are the tuples :meth:`~effektmaaling.services.Workspace.outline` reads (two queries, no ORM
object); nothing is made per row up front, so a thousand trials of twenty indicators list in a few
milliseconds. Qt asks for what it shows (:meth:`NavigatorModel.data`), the texts, icons and tooltips are
made then. A search is applied by the model itself (:meth:`NavigatorModel.set_filter`: one pass over the
names in Python instead of a proxy model calling into Python for every one of 21,000 rows), as a reset.

Indexes: a trial's has internal id 0, a child's the row of its trial + 1 (rows change only by a reset).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QIcon

from ..domain.labels import label
from .icons import status_icon, trial_icon

if TYPE_CHECKING:
    from ..services.workspace import IndicatorRow, Outline, TrialRow

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "trial" | "details" | "indicator"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TRIAL_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_FONT = Qt.ItemDataRole.FontRole
_STATUS_ROLES = [_DECORATION, _TOOLTIP, _ACCESSIBLE, STATUS_ROLE]

DETAILS = None  # a trial's first child (its details) in a list of shown children; the others are IndicatorRows
_MISSING = object()


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


STATUS_WORDS = {
    "improved": QT_TRANSLATE_NOOP("Status", "Forbedret"),
    "worsened": QT_TRANSLATE_NOOP("Status", "Forværret"),
    "no-change": QT_TRANSLATE_NOOP("Status", "Ingen påviselig ændring"),
    "insufficient-data": QT_TRANSLATE_NOOP("Status", "For få data"),
}


def status_word(status: str | None) -> str:
    return QCoreApplication.translate("Status", STATUS_WORDS.get(status or "insufficient-data", "For få data"))


class NavigatorModel(QAbstractItemModel):
    """Trials (in the listed order), each with its details and its indicators (with their status icons)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trials: list[TrialRow] = []
        self._indicators: dict[uuid.UUID, list[IndicatorRow]] = {}
        # the rows shown: (trial, its shown children) -- None: all of them (the details, then the indicators)
        self._shown: list[tuple[TrialRow, list | None]] = []
        self._row_of: dict[uuid.UUID, int] = {}  # trial id -> its shown row
        self._listed: set[uuid.UUID] = set()  # the trials' ids
        self._asked: set[int] = set()  # shown rows whose children a view has counted (since the last reset)
        self._trial_of: dict[str, uuid.UUID] | None = None  # indicator key (its id as text) -> trial id (made when needed)
        self._statuses: dict[uuid.UUID, str | None] = {}  # kept across reloads
        self.pattern = ""  # the search applied (stripped); empty: everything shown
        self._icons: dict[Any, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._texts = self._translated()

    @staticmethod
    def _translated() -> dict[str, str]:
        return {"details": tr("Forsøgets detaljer"), "archived": tr(" (arkiveret)"),
                "overview": tr("{name}: oversigt over effekterne")}

    # --- the rows ---------------------------------------------------------------------------------

    def set_outline(self, outline: Outline, pattern: str = "") -> None:
        """List ``outline`` (a reset), showing what matches ``pattern``."""
        self.beginResetModel()
        self._trials, self._indicators = outline.trials, outline.indicators
        self._trial_of = None
        self._listed = {t.id for t in outline.trials}
        self._texts = self._translated()
        self._show(pattern)
        self.endResetModel()

    def set_filter(self, pattern: str) -> None:
        """Show only what contains ``pattern`` (any case): a trial with its matching indicators (and its
        details when they match), or a trial whose own name matches (as Qt's recursive filtering does)."""
        pattern = pattern.strip()
        if pattern == self.pattern:
            return
        self.beginResetModel()
        self._show(pattern)
        self.endResetModel()

    def _show(self, pattern: str) -> None:
        self.pattern = pattern
        self._asked = set()
        if not pattern:
            self._shown = [(t, None) for t in self._trials]
        else:
            needle = pattern.lower()
            details = needle in self._texts["details"].lower()
            shown = []
            for t in self._trials:
                children: list = [DETAILS] if details else []
                children += [i for i in self._indicators.get(t.id, ()) if needle in i.name.lower()]
                if children or needle in self._trial_text(t).lower():
                    shown.append((t, children))
            self._shown = shown
        self._row_of = {t.id: row for row, (t, _children) in enumerate(self._shown)}

    def _trial_text(self, t: TrialRow) -> str:
        return t.name + self._texts["archived"] if t.archived else t.name

    def _children(self, row: int) -> list | None:
        return self._shown[row][1]

    def _child_count(self, row: int) -> int:
        children = self._shown[row][1]
        return 1 + len(self._indicators.get(self._shown[row][0].id, ())) if children is None else len(children)

    def _child(self, trial_row: int, row: int) -> IndicatorRow | None:
        trial, children = self._shown[trial_row]
        if children is not None:
            return children[row]
        return DETAILS if row == 0 else self._indicators[trial.id][row - 1]

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._shown) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()  # an indicator has no children
        trial_row = parent.row()
        return self.createIndex(row, 0, trial_row + 1) if row < self._child_count(trial_row) else QModelIndex()

    def parent(self, index: QModelIndex | None = None) -> Any:
        if index is None:
            return super().parent()
        trial_row = index.internalId() - 1 if index.isValid() else -1
        return self.createIndex(trial_row, 0, 0) if trial_row >= 0 else QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() != 0:
            return 0
        self._asked.add(parent.row())
        return self._child_count(parent.row())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._shown)
        return parent.internalId() == 0 and (self._shown[parent.row()][1] is None or bool(self._shown[parent.row()][1]))

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        parent_id = index.internalId()
        if parent_id == 0:
            trial = self._shown[index.row()][0]
            if role == _DISPLAY:
                return self._trial_text(trial)
            if role == _DECORATION:
                return self._icon(("trial", trial.archived))
            if role == _FONT:
                return self._bold
            if role == KIND_ROLE:
                return "trial"
            if role in (ID_ROLE, TRIAL_ROLE):
                return trial.id
            if role == _TOOLTIP:
                return self._texts["overview"].format(name=trial.name)
            return None
        trial = self._shown[parent_id - 1][0]
        child = self._child(parent_id - 1, index.row())
        if child is DETAILS:
            if role == _DISPLAY:
                return self._texts["details"]
            if role == KIND_ROLE:
                return "details"
            if role in (ID_ROLE, TRIAL_ROLE):
                return trial.id
            return None
        if role == _DISPLAY:
            return child.name
        if role == KIND_ROLE:
            return "indicator"
        if role == TRIAL_ROLE:
            return trial.id
        ind_id = child.id
        if role == ID_ROLE:
            return ind_id
        status = self._statuses.get(ind_id)
        if role == _DECORATION:
            return self._icon(status or "insufficient-data")
        if role == STATUS_ROLE:
            return status
        if role == _TOOLTIP:
            return f"{child.name} · {status_word(status) if status else label(child.bottom_line)}"
        if role == _ACCESSIBLE:
            return f"{child.name}, {status_word(status)}" if status else child.name
        return None

    def _icon(self, key: Any) -> QIcon:
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = trial_icon(key[1]) if isinstance(key, tuple) else status_icon(key)
        return icon

    # --- finding rows -----------------------------------------------------------------------------

    def trials(self) -> list[TrialRow]:
        """The listed trials (shown or not), in their order."""
        return self._trials

    def indicators_of(self, trial_id: uuid.UUID) -> list[IndicatorRow]:
        return self._indicators.get(trial_id, [])

    def trial_of(self, indicator_id: Any) -> uuid.UUID | None:
        """The listed trial of an indicator (None when it is not listed)."""
        if self._trial_of is None:
            self._trial_of = {i.key: trial_id for trial_id, rows in self._indicators.items() for i in rows}
        return self._trial_of.get(indicator_id.hex) if isinstance(indicator_id, uuid.UUID) else None

    def listed(self, kind: str, item_id: Any) -> bool:
        """Whether the item is listed (shown now or hidden by the search)."""
        if kind == "indicator":
            return self.trial_of(item_id) is not None
        return item_id in self._listed

    def find(self, kind: str, item_id: Any) -> QModelIndex:
        """The index of a shown item (invalid when it is not shown)."""
        trial_id = self.trial_of(item_id) if kind == "indicator" else item_id
        row = self._row_of.get(trial_id)
        if row is None:
            return QModelIndex()
        if kind == "trial":
            return self.createIndex(row, 0, 0)
        children = self._children(row)
        if kind == "details":
            found = 0 if children is None or (children and children[0] is DETAILS) else -1
        elif kind == "indicator":
            rows = self._indicators.get(trial_id, ()) if children is None else children
            key = getattr(item_id, "hex", None)
            found = next((k for k, i in enumerate(rows) if i is not DETAILS and i.key == key), -1)
            if found >= 0 and children is None:
                found += 1  # after the details
        else:
            return QModelIndex()
        return self.createIndex(found, 0, row + 1) if found >= 0 else QModelIndex()

    def trial_index(self, row: int) -> QModelIndex:
        return self.createIndex(row, 0, 0) if 0 <= row < len(self._shown) else QModelIndex()

    # --- status icons -----------------------------------------------------------------------------

    def status(self, indicator_id: uuid.UUID) -> str | None:
        return self._statuses.get(indicator_id)

    def set_statuses(self, statuses: dict[uuid.UUID, str | None], trial_id: uuid.UUID | None = None) -> None:
        """Show these indicators' statuses (of ``trial_id`` when given; else each is looked up): one
        :attr:`dataChanged` per trial whose icons changed and whose rows a view has asked for (a view
        asks for the rows it shows; a signal costs ~0.2 ms in the tree, so 0.2 s for a thousand trials)."""
        changed: set[uuid.UUID] = set()
        known = self._statuses
        for ind_id, status in statuses.items():
            if known.get(ind_id, _MISSING) != status:
                known[ind_id] = status
                owner = trial_id if trial_id is not None else self.trial_of(ind_id)
                if owner is not None:
                    changed.add(owner)
        for owner in changed:
            row = self._row_of.get(owner)
            if row is not None and row in self._asked:
                count = self._child_count(row)
                if count:
                    self.dataChanged.emit(self.createIndex(0, 0, row + 1), self.createIndex(count - 1, 0, row + 1),
                                          _STATUS_ROLES)
