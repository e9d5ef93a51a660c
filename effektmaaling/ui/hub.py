"""One Qt signal for every committed change, so views refresh what concerns them.

The workspace calls its subscribers after each commit; the hub turns that into
:attr:`Hub.changed`. Views connect to it and look at the :class:`Change` to decide whether
to reload; no view ever calls another view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.workspace import Change


class Hub(QObject):
    changed = Signal(object)  # a services.workspace.Change

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._unsubscribe = ws.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self._unsubscribe()
