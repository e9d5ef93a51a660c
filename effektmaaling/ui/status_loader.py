"""The navigator's status icons, computed off the GUI thread.

One worker thread takes tasks from a queue: a *pass* over all trials (the stored summary first: the icons
of trials unchanged since they were last analysed come from it at once; the others are analysed one by
one and stored, in batches) or one trial (after a change: it goes to the front of the queue). Results
come back to the GUI thread through a queued Qt signal; the GUI applies them a few at a time (see
:class:`~effektmaaling.ui.navigator.Navigator`), so no turn of the event loop is long.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from . import errors

if TYPE_CHECKING:
    from ..services import Workspace

BATCH_SECONDS = 0.1  # results are sent (and stored) at least this often
BATCH_TRIALS = 25
OWNER_CHECK = 1.0  # seconds: how often an idle worker looks whether its navigator still exists


class StatusLoader(QObject):
    ready = Signal(object)  # list of (trial id, {indicator id: status})
    pass_finished = Signal(int)  # the number of the pass (see start) whose trials all have their statuses
    # (trial id, change mark, statuses) to keep in the stored summary: written by the GUI thread (a write
    # transaction from the worker thread hung against the GUI thread in the full test run)
    computed = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._tasks: deque[tuple[str, object]] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self._passes = 0
        self._busy = False
        self.computed.connect(self._store)
        self._thread = threading.Thread(target=self._loop, name="effektmaaling-statuses", daemon=True)
        from .background import collect_on_gui_thread

        collect_on_gui_thread(self._thread.is_alive)  # never a garbage collection on the worker (it could free Qt objects there)
        self._thread.start()

    # --- called from the GUI thread -----------------------------------------------------------------

    def _store(self, stored: list) -> None:
        from ..services.analysis import store_statuses

        if not self._closed:
            store_statuses(self.ws, stored)

    def start(self, trial_ids: list[uuid.UUID]) -> int:
        """A pass over ``trial_ids`` (in this order), replacing an unfinished one; returns its number."""
        with self._cond:
            self._passes += 1
            self._tasks = deque(t for t in self._tasks if t[0] == "trial")
            self._tasks.append(("pass", (self._passes, list(trial_ids))))
            self._cond.notify()
            return self._passes

    def refresh(self, trial_id: uuid.UUID) -> None:
        """Analyse ``trial_id`` again soon (before the rest of a pass)."""
        with self._cond:
            if ("trial", trial_id) not in self._tasks:
                self._tasks.appendleft(("trial", trial_id))
            self._cond.notify()

    def idle(self) -> bool:
        with self._cond:
            return not self._tasks and not self._busy

    def close(self, timeout: float = 1.0) -> None:
        """Stop after the trial being analysed (at most ``timeout`` seconds are waited for)."""
        with self._cond:
            self._closed = True
            self._tasks.clear()
            self._cond.notify()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # --- the worker thread ------------------------------------------------------------------------

    def _next(self) -> tuple[str, object] | None:
        with self._cond:
            self._busy = False
            while not self._tasks and not self._closed:
                if not self._cond.wait(OWNER_CHECK) and not shiboken6.isValid(self):
                    self._closed = True  # the navigator went without closing us (its window was deleted)
            if self._closed:
                return None
            self._busy = True
            return self._tasks.popleft()

    def _loop(self) -> None:
        _lower_priority()
        while (task := self._next()) is not None:
            try:
                if task[0] == "pass":
                    number, ids = task[1]  # type: ignore[misc]
                    self._pass(number, ids)
                else:
                    self._trials([task[1]], {})  # type: ignore[list-item]
            except Exception:  # the icons are a convenience: never take the program down for them
                errors.log.exception("status icons could not be computed")

    def _stopping(self, number: int | None = None) -> bool:
        with self._cond:
            return self._closed or (number is not None and number != self._passes)

    def _pass(self, number: int, ids: list[uuid.UUID]) -> None:
        from ..services.analysis import stored_statuses

        stored = stored_statuses(self.ws, ids)
        known = list(stored.valid.items())
        for k in range(0, len(known), 200):  # in pieces: the GUI applies them a few at a time anyway
            if self._stopping(number):
                return
            self.ready.emit(known[k:k + 200])
        if not self._trials(stored.stale, stored.marks, number):
            return
        if not self._stopping(number):
            self.pass_finished.emit(number)

    def _trials(self, ids: list[uuid.UUID], marks: dict[uuid.UUID, int], number: int | None = None) -> bool:
        """Analyse ``ids``, sending and storing the results in batches; False when stopped early.
        A refresh asked for meanwhile is done first (it pauses the pass)."""
        from ..domain.errors import DomainError
        from ..services.analysis import compute_statuses
        from ..storage import repository as repo

        if ids and not marks:
            with self.ws.db.read() as s:
                marks = repo.change_marks(s)
        batch: list[tuple[uuid.UUID, dict]] = []
        stored: list[tuple[uuid.UUID, int, dict]] = []
        sent = time.monotonic()

        def flush() -> None:
            nonlocal batch, stored, sent
            if batch:
                self.ready.emit(batch)
            if stored:
                self.computed.emit(stored)
            batch, stored, sent = [], [], time.monotonic()

        for tid in ids:
            if self._stopping(number):
                flush()
                return False
            if number is not None:
                self._refreshes_first()
            try:
                statuses = compute_statuses(self.ws, tid)
            except DomainError:  # deleted meanwhile, or unreadable: no icons for it
                continue
            time.sleep(0.001)  # let the GUI thread have the interpreter between trials
            batch.append((tid, statuses))
            stored.append((tid, marks.get(tid, 0), statuses))
            if len(batch) >= BATCH_TRIALS or time.monotonic() - sent >= BATCH_SECONDS:
                flush()
        flush()
        return True

    def _refreshes_first(self) -> None:
        while True:
            with self._cond:
                if not self._tasks or self._tasks[0][0] != "trial":
                    return
                task = self._tasks.popleft()
            self._trials([task[1]], {})  # type: ignore[list-item]


def _lower_priority() -> None:
    """Run this (worker) thread at a lower priority where the system allows it (Linux: a thread has its
    own nice value), so the GUI thread gets the processor first on a busy machine."""
    import contextlib
    import os

    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
