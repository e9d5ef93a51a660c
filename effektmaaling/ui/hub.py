"""One Qt signal for every committed change, so views refresh what concerns them.

The workspace calls its subscribers after each commit; the hub turns that into
:attr:`Hub.changed`. Views connect to it and look at the :class:`Change` to decide whether
to reload; no view ever calls another view.

On a shared (PostgreSQL) database the hub also listens for the changes that every other user commits
(``Workspace.watch``: LISTEN/NOTIFY on a connection of its own, in a background thread). What is heard is
queued and handed to the views on the GUI thread a few times a second, as the same :class:`Change`
(marked ``remote``), so open windows show other users' changes within seconds without a refresh.
"""

from __future__ import annotations

import contextlib
import queue
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.workspace import Change

POLL_MS = 250  # how often heard changes are handed to the views
MANY = 200  # more changes than this at once (an import by someone else): one "refresh everything"


class Hub(QObject):
    changed = Signal(object)  # a services.workspace.Change

    def __init__(self, ws: Workspace, parent: QObject | None = None, *, live: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self._unsubscribe = ws.subscribe(self._on_change)
        self._heard: queue.SimpleQueue[Change] = queue.SimpleQueue()
        self._stop_watching = None
        self._timer: QTimer | None = None
        if live and getattr(ws, "shared", False):
            self.start_watching()

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    # --- other users' changes (shared database) ---------------------------------------------------

    @property
    def watching(self) -> bool:
        return self._stop_watching is not None

    def start_watching(self) -> None:
        if self._stop_watching is not None:
            return
        from .background import collect_on_gui_thread

        collect_on_gui_thread(lambda: self._stop_watching is not None)  # the listener's thread never runs a garbage collection (see there)
        self._stop_watching = self.ws.watch(self._heard.put)  # the listener's thread only queues
        self._timer = QTimer(self)
        self._timer.setObjectName("liveChanges")
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver_heard)
        self._timer.start()

    def deliver_heard(self) -> int:
        """Hand what was heard since the last time to the views (duplicates once); returns how many."""
        batch: list[Change] = []
        with contextlib.suppress(queue.Empty):
            while len(batch) <= MANY:
                batch.append(self._heard.get_nowait())
        if not batch:
            return 0
        if len(batch) > MANY or any(c.entity == "database" for c in batch):
            from ..services.workspace import Change

            with contextlib.suppress(queue.Empty):  # the rest is covered by refreshing everything
                while True:
                    self._heard.get_nowait()
            self.changed.emit(Change("merge", "database", remote=True))
            return len(batch)
        for change in dict.fromkeys(batch):
            self.changed.emit(change)
        return len(batch)

    def close(self) -> None:
        self._unsubscribe()
        if self._timer is not None:
            self._timer.stop()
        if self._stop_watching is not None:
            stop, self._stop_watching = self._stop_watching, None
            stop()
