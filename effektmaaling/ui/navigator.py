"""The searchable navigator on the left: trials, and under each its details and indicators with status icons.

The status icons are computed off the GUI thread (:class:`~effektmaaling.ui.status_loader.StatusLoader`):
:meth:`Navigator.start_statuses` fills them all (from the stored summary where a trial is unchanged since
it was last analysed), :meth:`Navigator.refresh` analyses one trial again after a change to it. The GUI
thread only applies results: a dictionary update per batch, and a signal for each trial shown unfolded.

The tree is a :class:`~effektmaaling.ui.navigator_model.NavigatorModel` over the plain rows of
:meth:`~effektmaaling.services.Workspace.outline` (two queries): a thousand trials of twenty indicators
are listed in one short turn, with every indicator row there at once.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from .navigator_model import (  # noqa: F401 (the roles and status words are used by the views and tests)
    ID_ROLE,
    KIND_ROLE,
    STATUS_ROLE,
    STATUS_WORDS,
    TRIAL_ROLE,
    NavigatorModel,
    status_word,
)

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.workspace import Change
    from .hub import Hub
    from .status_loader import StatusLoader

SEARCH_DELAY_MS = 150
EXPAND_ALL_UP_TO = 50  # trials listed unfolded when no trial was unfolded before; more are listed folded


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


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
        down = QAction(tr("Til første træf"), self.search)  # Down in the search field: into the list, at its first match
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self._focus_first_match)
        self.search.addAction(down)
        self.model = NavigatorModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("navigatorTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(tr("Forsøg og indikatorer"))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
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
        self._kept: tuple[str, Any, Any] | None = None  # the item last selected (kept while a search hides it)
        self._unfolded_before_search: set[Any] = set()
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

    # --- listing --------------------------------------------------------------------------------

    def reload(self) -> None:
        """List the trials and their indicators, read as plain rows in two queries (the model makes what
        it shows when Qt asks for it), keeping what was unfolded and selected."""
        if self.ws is None:
            return
        self._keep_current()
        unfolded = self._unfolded_trials()
        if not self.model.pattern:
            self._unfolded_before_search = unfolded
        self._suppress = True
        outline = self.ws.outline(include_archived=self.show_archived)
        self.model.set_outline(outline, self.search.text() if not self._filter_timer.isActive() else self.model.pattern)
        if self.model.pattern:
            self._expand_matches()
        else:
            few = len(outline.trials) <= EXPAND_ALL_UP_TO
            self._unfold(unfolded, every=few and not unfolded)
        self._suppress = False
        self._show_kept()
        if len(outline.trials) > EXPAND_ALL_UP_TO:
            _settle_memory()

    def _unfold(self, trial_ids: set[Any], *, every: bool = False) -> None:
        model = self.model
        if every:
            for row in range(model.rowCount()):
                self.tree.expand(model.trial_index(row))
        else:
            for trial_id in trial_ids:
                idx = model.find("trial", trial_id)
                if idx.isValid():
                    self.tree.expand(idx)

    def _unfolded_trials(self) -> set[Any]:
        model = self.model
        out = set()
        for row in range(model.rowCount()):
            idx = model.trial_index(row)
            if self.tree.isExpanded(idx):
                out.add(idx.data(ID_ROLE))
        return out

    def _keep_current(self) -> None:
        cur = self.current()
        if cur is not None:
            self._kept = cur

    def _show_kept(self) -> None:
        """Select the item last selected again where it is shown (after a reload or a search; no signal)."""
        if self._kept is None or self.tree.currentIndex().isValid():
            return
        idx = self.model.find(self._kept[0], self._kept[1])
        if idx.isValid():
            self._suppress = True
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)
            self._suppress = False

    # --- status icons, computed off the GUI thread ----------------------------------------------------

    def set_statuses(self, statuses: dict[uuid.UUID, str | None]) -> None:
        """Show these indicators' statuses (one lookup per indicator: the cost does not grow with the trials)."""
        self.model.set_statuses(statuses)

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
        ids = [t.id for t in self.model.trials()]
        if first is not None and self.model.listed("trial", first):
            ids.remove(first)
            ids.insert(0, first)
        self.statuses_done = self._pass_done = False
        self._pass = self._loader.start(ids)

    def refresh(self, trial_id: uuid.UUID) -> None:
        """Analyse ``trial_id`` again and update its indicators' icons (after a change to its data)."""
        if self._loader is not None:
            self._loader.refresh(trial_id)

    def _statuses_arrived(self, results: list) -> None:
        """Results of up to a few hundred trials: a dictionary update and one signal per trial (~20 us)."""
        for trial_id, statuses in results:
            self.model.set_statuses(statuses, trial_id)
        self._check_complete()

    def _pass_finished(self, number: int) -> None:
        if number == self._pass:
            self._pass_done = True
            self._check_complete()

    def _check_complete(self) -> None:
        if self._pass_done and not self.statuses_done:
            self.statuses_done = True
            self.statuses_complete.emit()

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
        if len(self.model.trials()) <= EXPAND_ALL_UP_TO:
            self._filter(text)  # a few trials: at once, as before
        else:
            self._filter_timer.start()

    def _filter(self, text: str) -> None:
        """Show what contains ``text``: the first matching trials unfolded; the selection kept where it
        still shows. Clearing the search unfolds again what was unfolded before it."""
        self._filter_timer.stop()
        pattern = text.strip()
        if pattern == self.model.pattern:
            return
        self._keep_current()
        if not self.model.pattern:
            self._unfolded_before_search = self._unfolded_trials()
        self._suppress = True
        self.model.set_filter(pattern)
        if pattern:
            self._expand_matches()
        else:
            kept_trial = self._kept[2] if self._kept else None
            self._unfold(self._unfolded_before_search | ({kept_trial} if self._kept and self._kept[0] != "trial" else set()))
        self._suppress = False
        self._show_kept()

    def _expand_matches(self) -> None:
        """Unfold the trials that match (the first :data:`EXPAND_ALL_UP_TO` of them: unfolding a thousand
        trials would lay out every row, and nobody reads past the first screens)."""
        for row in range(min(self.model.rowCount(), EXPAND_ALL_UP_TO)):
            self.tree.expand(self.model.trial_index(row))

    def _focus_first_match(self) -> None:
        """Return in the search field: to the first matching indicator (or the first trial) in the list."""
        if self._filter_timer.isActive():
            self._filter(self.search.text())
        idx = self.model.trial_index(0)
        if not idx.isValid():
            return
        if self.model.pattern:
            for row in range(self.model.rowCount()):
                trial = self.model.trial_index(row)
                child = next((c for k in range(self.model.rowCount(trial))
                              if (c := self.model.index(k, 0, trial)).data(KIND_ROLE) == "indicator"), None)
                if child is not None:
                    idx = child
                    break
        self.tree.setCurrentIndex(idx)
        self.tree.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._kept = current.data(KIND_ROLE), current.data(ID_ROLE), current.data(TRIAL_ROLE)
        if not self._suppress:
            self.selected.emit(*self._kept)

    def current(self) -> tuple[str, Any, Any] | None:
        idx = self.tree.currentIndex()
        if not idx.isValid():
            return None
        return idx.data(KIND_ROLE), idx.data(ID_ROLE), idx.data(TRIAL_ROLE)

    def select(self, kind: str, item_id: Any, *, emit: bool = True) -> bool:
        """Select an item (unfolding its trial); a search that hides it is cleared. False when not listed."""
        if not self.model.listed(kind, item_id):
            return False
        idx = self.model.find(kind, item_id)
        if not idx.isValid() and self.model.pattern:
            self.search.clear()
            self._filter("")
            idx = self.model.find(kind, item_id)
        if not idx.isValid():
            return False
        self._suppress = not emit
        self.tree.setCurrentIndex(idx)
        self.tree.scrollTo(idx)
        self._suppress = False
        return True

    def indicator_ids(self, trial_id: uuid.UUID) -> list[uuid.UUID]:
        return [i.id for i in self.model.indicators_of(trial_id)]

    def first_trial(self, *, include_archived: bool = False) -> uuid.UUID | None:
        """The first listed trial (not archived unless ``include_archived``)."""
        return next((t.id for t in self.model.trials() if include_archived or not t.archived), None)


def _settle_memory() -> None:
    """Move what the process holds now (the modules, the list of a large database) out of the garbage
    collector's full passes (``gc.freeze``): with a thousand trials listed, every full pass otherwise walks
    hundreds of thousands of long-lived objects and stops the window for 0.3-0.8 s, several times while
    the status icons are computed. Objects frozen stay until the end (at most what exists now)."""
    import gc

    gc.freeze()  # (no collection first: that would itself stop the window for as long)
