"""The searchable navigator on the left: trials, and under each its details and indicators with status icons."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ..domain.entities import Indicator, Trial
from ..domain.labels import label
from .icons import status_icon, trial_icon

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.workspace import Change
    from .hub import Hub

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "trial" | "details" | "indicator"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TRIAL_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4


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


class Navigator(QWidget):
    """Emits :attr:`selected` with ``(kind, id, trial_id)`` when the user picks an item."""

    selected = Signal(str, object, object)

    def __init__(self, ws: Workspace | None = None, hub: Hub | None = None, parent: QWidget | None = None) -> None:
        """Empty until it has a workspace (given here, or later to :meth:`attach`)."""
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.show_archived = True
        self.search = QLineEdit()
        self.search.setObjectName("navigatorSearch")
        self.search.setPlaceholderText(tr("Søg i forsøg og indikatorer (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Søg"))
        clear = QAction(tr("Ryd søgningen"), self.search)  # Esc empties the field; on an empty field it goes to the list
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self._escape_search)
        self.search.addAction(clear)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setObjectName("navigatorTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(tr("Forsøg og indikatorer"))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._focus_first_match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._statuses: dict[uuid.UUID, str | None] = {}
        self._suppress = False
        if ws is not None and hub is not None:
            self.attach(ws, hub)

    def _escape_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def attach(self, ws: Workspace, hub: Hub) -> None:
        """List the trials of ``ws`` and follow its changes."""
        self.ws = ws
        hub.changed.connect(self._on_change)
        self.reload()

    # --- building -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ws is None:
            return
        current = self.current()
        expanded = self._expanded_trials()
        self._suppress = True
        self.model.clear()
        for trial in self.ws.trials():
            if trial.archived and not self.show_archived:
                continue
            self.model.appendRow(self._trial_item(trial, self.ws.indicators(trial.id)))
        self._filter(self.search.text())
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if not expanded or idx.data(ID_ROLE) in expanded:
                self.tree.expand(idx)
        self._suppress = False
        if current:
            self.select(current[0], current[1], emit=False)

    def _trial_item(self, trial: Trial, indicators: list[Indicator]) -> QStandardItem:
        text = trial.name + (tr(" (arkiveret)") if trial.archived else "")
        item = QStandardItem(trial_icon(trial.archived), text)
        item.setData("trial", KIND_ROLE)
        item.setData(trial.id, ID_ROLE)
        item.setData(trial.id, TRIAL_ROLE)
        item.setToolTip(tr("{name}: oversigt over effekterne").format(name=trial.name))
        f = QFont()
        f.setBold(True)
        item.setFont(f)
        details = QStandardItem(tr("Forsøgets detaljer"))
        details.setData("details", KIND_ROLE)
        details.setData(trial.id, ID_ROLE)
        details.setData(trial.id, TRIAL_ROLE)
        item.appendRow(details)
        for ind in indicators:
            child = QStandardItem(ind.name)
            child.setData("indicator", KIND_ROLE)
            child.setData(ind.id, ID_ROLE)
            child.setData(trial.id, TRIAL_ROLE)
            child.setToolTip(f"{ind.name} · {label(ind.bottom_line)}")
            self._apply_status(child, self._statuses.get(ind.id))
            item.appendRow(child)
        return item

    def _apply_status(self, item: QStandardItem, status: str | None) -> None:
        item.setData(status, STATUS_ROLE)
        item.setIcon(status_icon(status or "insufficient-data"))
        word = status_word(status) if status else ""
        item.setData(f"{item.text()}, {word}" if word else item.text(), Qt.ItemDataRole.AccessibleTextRole)
        if status:
            item.setToolTip(f"{item.text()} · {word}")

    def set_statuses(self, statuses: dict[uuid.UUID, str | None]) -> None:
        self._statuses.update(statuses)
        for row in range(self.model.rowCount()):
            trial_item = self.model.item(row)
            for r in range(trial_item.rowCount()):
                child = trial_item.child(r)
                if child.data(KIND_ROLE) == "indicator" and child.data(ID_ROLE) in statuses:
                    self._apply_status(child, statuses[child.data(ID_ROLE)])

    def _expanded_trials(self) -> set[Any]:
        out = set()
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.tree.isExpanded(idx):
                out.add(idx.data(ID_ROLE))
        return out

    def _on_change(self, change: Change) -> None:
        if change.entity in ("trial", "indicator", "database"):
            self.reload()

    # --- filtering and selection ----------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _focus_first_match(self) -> None:
        idx = self.proxy.index(0, 0)
        if idx.isValid():
            child = self.proxy.index(1, 0, idx) if self.search.text().strip() else idx
            self.tree.setCurrentIndex(child if child.isValid() else idx)
            self.tree.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress or not current.isValid():
            return
        self.selected.emit(current.data(KIND_ROLE), current.data(ID_ROLE), current.data(TRIAL_ROLE))

    def current(self) -> tuple[str, Any, Any] | None:
        idx = self.tree.currentIndex()
        if not idx.isValid():
            return None
        return idx.data(KIND_ROLE), idx.data(ID_ROLE), idx.data(TRIAL_ROLE)

    def select(self, kind: str, item_id: Any, *, emit: bool = True) -> bool:
        for row in range(self.model.rowCount()):
            trial_item = self.model.item(row)
            candidates = [trial_item] + [trial_item.child(r) for r in range(trial_item.rowCount())]
            for it in candidates:
                if it.data(KIND_ROLE) == kind and it.data(ID_ROLE) == item_id:
                    idx = self.proxy.mapFromSource(it.index())
                    if not idx.isValid():
                        self.search.clear()
                        idx = self.proxy.mapFromSource(it.index())
                    self._suppress = not emit
                    self.tree.setCurrentIndex(idx)
                    self.tree.scrollTo(idx)
                    self._suppress = False
                    return True
        return False

    def indicator_ids(self, trial_id: uuid.UUID) -> list[uuid.UUID]:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == trial_id:
                return [item.child(r).data(ID_ROLE) for r in range(item.rowCount())
                        if item.child(r).data(KIND_ROLE) == "indicator"]
        return []
