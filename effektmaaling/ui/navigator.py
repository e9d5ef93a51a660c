"""The searchable navigator on the left: trials, and under each its details and indicators with status icons.

The status icons are computed off the GUI thread (:class:`~effektmaaling.ui.status_loader.StatusLoader`):
:meth:`Navigator.start_statuses` fills them all (from the stored summary where a trial is unchanged since
it was last analysed), :meth:`Navigator.refresh` analyses one trial again after a change to it. The GUI
thread only applies results, a few milliseconds' worth per turn of the event loop.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ..domain.entities import Trial
from ..domain.labels import label
from .icons import status_icon, trial_icon

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.workspace import Change, IndicatorOutlines
    from .hub import Hub
    from .status_loader import StatusLoader

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "trial" | "details" | "indicator"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TRIAL_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4

APPLY_BUDGET = 0.008  # seconds of status icons (or of indicator rows) made per turn of the event loop
SEARCH_DELAY_MS = 150
EXPAND_ALL_UP_TO = 50  # trials listed unfolded when no trial was unfolded before; more are listed folded


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
    statuses_complete = Signal()  # every listed trial has its status icons (after start_statuses)

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
        # names change only by a reload (a reset): icons and statuses changing must not re-filter the rows
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setObjectName("navigatorTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(tr("Forsøg og indikatorer"))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expanded.connect(lambda idx: self._build(idx.data(ID_ROLE)) if idx.data(KIND_ROLE) == "trial" else None)
        self._filter_timer = QTimer(self)  # filter once typing pauses, not on every key
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self._filter(self.search.text()))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_first_match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._statuses: dict[uuid.UUID, str | None] = {}
        self._items: dict[uuid.UUID, QStandardItem] = {}  # indicator id -> its item
        self._trial_items: dict[uuid.UUID, QStandardItem] = {}
        self._outline: IndicatorOutlines | None = None  # every trial's indicators
        self._unbuilt: deque[uuid.UUID] = deque()  # trials whose indicator rows are still to be made
        self._built: set[uuid.UUID] = set()
        self._building = False
        self._icons: dict[str, QIcon] = {}
        self._pending: deque[dict[uuid.UUID, str | None]] = deque()
        self._loader: StatusLoader | None = None
        self._pass = 0
        self._pass_done = False
        self.statuses_done = False
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

    def close_statuses(self) -> None:
        """Stop computing status icons (the window closes or changes database)."""
        if self._loader is not None:
            self._loader.close()
            self._loader = None
        self._pending.clear()

    # --- building -------------------------------------------------------------------------------

    def reload(self) -> None:
        """List the trials at once; their indicator rows are made a few trials per turn of the event loop
        (at once for a trial that is unfolded, selected or searched), so a thousand trials list instantly."""
        if self.ws is None:
            return
        current = self.current()
        expanded = self._expanded_trials()
        self._suppress = True
        self.model.clear()
        self._items.clear()
        self._trial_items.clear()
        self._built.clear()
        self._outline = self.ws.indicator_outline()  # one query for all trials
        trials = [t for t in self.ws.trials() if self.show_archived or not t.archived]
        rows = [self._trial_item(trial) for trial in trials]
        if rows:
            self.model.invisibleRootItem().appendRows(rows)
        self._unbuilt = deque(t.id for t in trials)
        few = len(trials) <= EXPAND_ALL_UP_TO
        first = [t.id for t in trials] if few else [*expanded, *(current[2:] if current else ())]
        for tid in first:
            self._build(tid)
        self._filter(self.search.text())
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if idx.data(ID_ROLE) in expanded or (not expanded and few):
                self.tree.expand(idx)
        self._suppress = False
        if current:
            self.select(current[0], current[1], emit=False)
        self._schedule_building()
        if len(trials) > EXPAND_ALL_UP_TO:
            _settle_memory()

    def _build(self, trial_id: Any) -> None:
        """Make the indicator rows of ``trial_id`` now (if not made yet)."""
        item = self._trial_items.get(trial_id)
        if item is None or trial_id in self._built or self._outline is None:
            return
        self._built.add(trial_id)
        children = []
        for ind in self._outline.of(trial_id):
            child = QStandardItem(ind.name)
            child.setData("indicator", KIND_ROLE)
            child.setData(ind.id, ID_ROLE)
            child.setData(trial_id, TRIAL_ROLE)
            child.setToolTip(f"{ind.name} · {label(ind.bottom_line)}")
            self._apply_status(child, self._statuses.get(ind.id))
            self._items[ind.id] = child
            children.append(child)
        if children:
            item.appendRows(children)

    def _schedule_building(self) -> None:
        if self._unbuilt and not self._building:
            self._building = True
            QTimer.singleShot(0, self, self._build_some)

    def _build_some(self) -> None:
        self._building = False
        start = time.perf_counter()
        while self._unbuilt and time.perf_counter() - start < APPLY_BUDGET:
            self._build(self._unbuilt.popleft())
        if self._unbuilt:
            self._schedule_building()
        else:
            if self.search.text().strip():
                self._expand_matches()
            self._check_complete()

    def _trial_item(self, trial: Trial) -> QStandardItem:
        text = trial.name + (tr(" (arkiveret)") if trial.archived else "")
        item = QStandardItem(trial_icon(trial.archived), text)
        item.setData("trial", KIND_ROLE)
        item.setData(trial.id, ID_ROLE)
        item.setData(trial.id, TRIAL_ROLE)
        item.setToolTip(tr("{name}: oversigt over effekterne").format(name=trial.name))
        f = QFont()
        f.setBold(True)
        item.setFont(f)
        self._trial_items[trial.id] = item
        details = QStandardItem(tr("Forsøgets detaljer"))
        details.setData("details", KIND_ROLE)
        details.setData(trial.id, ID_ROLE)
        details.setData(trial.id, TRIAL_ROLE)
        item.appendRow(details)
        return item

    def _icon(self, status: str) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            icon = self._icons[status] = status_icon(status)
        return icon

    def _apply_status(self, item: QStandardItem, status: str | None) -> None:
        item.setData(status, STATUS_ROLE)
        item.setIcon(self._icon(status or "insufficient-data"))
        word = status_word(status) if status else ""
        item.setData(f"{item.text()}, {word}" if word else item.text(), Qt.ItemDataRole.AccessibleTextRole)
        if status:
            item.setToolTip(f"{item.text()} · {word}")

    def set_statuses(self, statuses: dict[uuid.UUID, str | None]) -> None:
        """Show these indicators' statuses (one lookup per indicator: the cost does not grow with the trials)."""
        self._statuses.update(statuses)
        for ind_id, status in statuses.items():
            item = self._items.get(ind_id)
            if item is not None and item.data(STATUS_ROLE) != status:
                self._apply_status(item, status)

    # --- status icons, computed off the GUI thread ----------------------------------------------------

    def start_statuses(self, first: uuid.UUID | None = None) -> None:
        """Fill every listed trial's status icons: ``first`` (the trial on screen) first, then in the listed
        order. The stored statuses of unchanged trials come at once; the others are analysed in the background."""
        if self.ws is None:
            return
        if self._loader is None:
            from .status_loader import StatusLoader

            self._loader = StatusLoader(self.ws, self)
            self._loader.ready.connect(self._statuses_arrived)
            self._loader.pass_finished.connect(self._pass_finished)
        ids = list(self._trial_items)
        if first in self._trial_items:
            ids.remove(first)
            ids.insert(0, first)
        self.statuses_done = self._pass_done = False
        self._pass = self._loader.start(ids)

    def refresh(self, trial_id: uuid.UUID) -> None:
        """Analyse ``trial_id`` again and update its indicators' icons (after a change to its data)."""
        if self._loader is not None:
            self._loader.refresh(trial_id)

    def _statuses_arrived(self, results: list) -> None:
        for _trial_id, statuses in results:
            self._pending.append(statuses)
        QTimer.singleShot(0, self, self._apply_pending)

    def _apply_pending(self) -> None:
        """Apply pending results for at most :data:`APPLY_BUDGET` seconds, then let the loop run."""
        start = time.perf_counter()
        while self._pending and time.perf_counter() - start < APPLY_BUDGET:
            self.set_statuses(self._pending.popleft())
        if self._pending:
            QTimer.singleShot(0, self, self._apply_pending)
        else:
            self._check_complete()

    def _pass_finished(self, number: int) -> None:
        if number == self._pass:
            self._pass_done = True
            self._check_complete()

    def _check_complete(self) -> None:
        if self._pass_done and not self._pending and not self._unbuilt and not self.statuses_done:
            self.statuses_done = True
            self.statuses_complete.emit()

    def _expanded_trials(self) -> set[Any]:
        out = set()
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.tree.isExpanded(idx):
                out.add(idx.data(ID_ROLE))
        return out

    def _on_change(self, change: Change) -> None:
        if change.entity in ("trial", "indicator", "database") or (
                change.entity == "access" and change.member == getattr(self.ws.db, "login", None)):
            self.reload()  # a membership of this login granted or revoked: the trials it sees have changed
        if self._loader is None:  # no icons asked for yet: a change starts them (the changed trial first)
            if change.entity in ("trial", "indicator", "measurement", "database"):
                self.start_statuses(change.trial_id)
            return
        if change.entity == "database" or change.trial_id is None:
            self.start_statuses()
        elif change.entity in ("trial", "indicator", "measurement"):
            self.refresh(change.trial_id)

    # --- filtering and selection ----------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if len(self._trial_items) <= EXPAND_ALL_UP_TO:
            self._filter(text)  # a few trials: at once, as before
        else:
            self._filter_timer.start()

    def _filter(self, text: str) -> None:
        self._filter_timer.stop()
        # indicator rows still being made are filtered as they come (and unfolded when all are there)
        # Recursive filtering walks every indicator row: only while there is something to look for, and
        # switched in the order that filters the 21,000 rows once (not once with an empty pattern).
        pattern = text.strip()
        cur = self.current()
        if pattern:
            self.proxy.setFilterFixedString(pattern)
            self.proxy.setRecursiveFilteringEnabled(True)
        else:
            self.proxy.setRecursiveFilteringEnabled(False)
            self.proxy.setFilterFixedString("")
        it = self._find(cur[0], cur[1]) if cur else None
        if it is not None and not self.tree.currentIndex().isValid():  # keep the selection where it still shows
            idx = self.proxy.mapFromSource(it.index())
            if idx.isValid():
                self._suppress = True
                self.tree.setCurrentIndex(idx)
                self._suppress = False
        if text.strip():
            self._expand_matches()

    def _expand_matches(self) -> None:
        """Unfold the trials that match (the first :data:`EXPAND_ALL_UP_TO` of them: unfolding a thousand
        trials would lay out every row, and nobody reads past the first screens)."""
        for row in range(min(self.proxy.rowCount(), EXPAND_ALL_UP_TO)):
            self.tree.expand(self.proxy.index(row, 0))

    def _focus_first_match(self) -> None:
        if self._filter_timer.isActive():
            self._filter(self.search.text())
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

    def _find(self, kind: str, item_id: Any) -> QStandardItem | None:
        if kind == "trial":
            return self._trial_items.get(item_id)
        if kind == "indicator":
            if self._outline is not None:
                self._build(self._outline.trial_of(item_id))
            return self._items.get(item_id)
        trial_item = self._trial_items.get(item_id)  # the trial's details: its first child
        return trial_item.child(0) if trial_item is not None and trial_item.rowCount() else None

    def select(self, kind: str, item_id: Any, *, emit: bool = True) -> bool:
        it = self._find(kind, item_id)
        if it is None or it.data(KIND_ROLE) != kind or it.data(ID_ROLE) != item_id:
            return False
        idx = self.proxy.mapFromSource(it.index())
        if not idx.isValid():
            self.search.clear()
            idx = self.proxy.mapFromSource(it.index())
        self._suppress = not emit
        self.tree.setCurrentIndex(idx)
        self.tree.scrollTo(idx)
        self._suppress = False
        return True

    def indicator_ids(self, trial_id: uuid.UUID) -> list[uuid.UUID]:
        if self._outline is None or trial_id not in self._trial_items:
            return []
        return [o.id for o in self._outline.of(trial_id)]


def _settle_memory() -> None:
    """Move what the process holds now (the modules, the list of a large database) out of the garbage
    collector's full passes (``gc.freeze``): with a thousand trials listed, every full pass otherwise walks
    hundreds of thousands of long-lived objects and stops the window for 0.3-0.8 s, several times while
    the status icons are computed. Objects frozen stay until the end (at most what exists now)."""
    import gc

    gc.freeze()  # (no collection first: that would itself stop the window for as long)
