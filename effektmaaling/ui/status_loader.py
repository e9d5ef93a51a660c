"""The navigator's status icons, computed off the GUI thread.

One worker thread takes tasks from a queue: a *pass* over all trials (the stored summary first: the icons
of trials unchanged since they were last analysed come from it at once; the others are analysed and
stored, in batches) or one trial (after a change: it goes to the front of the queue, and is analysed before
the rest of a pass). Results come back to the GUI thread through a queued Qt signal; the GUI applies them a
few at a time (see :class:`~effektmaaling.ui.navigator.Navigator`), so no turn of the event loop is long.

A pass with many trials to analyse (at least :data:`PROCESSES_FROM`) is computed in worker *processes*
(:func:`multiprocessing` with the ``spawn`` start method: never a fork of a Qt program), as many as the
machine has processors (at most :data:`MAX_PROCESSES`): Python's GIL lets a second thread do nothing, and a
process's allocations and garbage collections never stop the window. Each process opens the database itself,
read-only (an SQLite file's path; a shared PostgreSQL database's URL with the password it was opened with,
sent through the process's pipe), and answers a batch of trial ids at a time with plain ``(trial id,
{indicator id: status})`` lists (``services.analysis.serve_statuses``). The worker thread hands out the
batches and sends the answers on; a changed trial is analysed by the worker thread itself at once, and an
older answer for it that arrives later is dropped. The processes start when a pass needs them (after the
window is painted and the stored summary applied) and end with the pass; closing the window terminates them
(:meth:`StatusLoader.close`). Where a process cannot start or fails, the worker thread analyses the rest.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from . import errors

if TYPE_CHECKING:
    from ..services import Workspace

BATCH_SECONDS = 0.1  # results are sent (and stored) at least this often
BATCH_TRIALS = 25
OWNER_CHECK = 1.0  # seconds: how often an idle worker looks whether its navigator still exists
PROCESSES_FROM = 24  # trials to analyse in one pass: fewer are analysed in the worker thread (a process
# takes a second or two to start: Python, SQLAlchemy, numpy and scipy imported again)
MAX_PROCESSES = 4  # each holds ~100 MB while the pass lasts
PROCESS_BATCH = 25  # trials per request to a process (read together: five queries)
POLL = 0.05  # seconds: how often the worker thread looks for a refresh or a close while processes work


def process_count() -> int:
    import os

    return max(1, min(MAX_PROCESSES, os.cpu_count() or 1))


class StatusLoader(QObject):
    ready = Signal(object)  # list of (trial id, {indicator id: status})
    pass_finished = Signal(int)  # the number of the pass (see start) whose trials all have their statuses
    # (trial id, change mark, statuses) to keep in the stored summary: written by the GUI thread (a write
    # transaction from the worker thread hung against the GUI thread in the full test run)
    computed = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None, *, processes: int | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.processes = process_count() if processes is None else processes  # 0: never a process
        self._tasks: deque[tuple[str, object]] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self._passes = 0
        self._busy = False
        self._workers: _Workers | None = None
        self._refreshed: dict[uuid.UUID, int] = {}  # trial id -> the request count when it was last refreshed
        self._requests = 0
        self._since = 0  # the request count when the pass began
        self.computed.connect(self._store)
        self._thread = threading.Thread(target=self._loop, name="effektmaaling-statuses", daemon=True)
        from .background import collect_on_gui_thread

        collect_on_gui_thread(self._thread.is_alive)  # never a garbage collection on the worker (it could free Qt objects there)
        self._thread.start()

    # --- called from the GUI thread -----------------------------------------------------------------

    def _store(self, stored: list) -> None:
        from ..services.analysis import store_statuses

        if self._closed:
            return
        if getattr(self.ws.db, "check_unsettled", False):
            # the opening's quick_check still runs: a write would wait for it (a frozen window); later
            QTimer.singleShot(250, self, lambda: self._store(stored))
            return
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
            self._requests += 1
            self._refreshed[trial_id] = self._requests
            if ("trial", trial_id) not in self._tasks:
                self._tasks.appendleft(("trial", trial_id))
            self._cond.notify()

    def idle(self) -> bool:
        with self._cond:
            return not self._tasks and not self._busy

    def worker_pids(self) -> list[int]:
        """The process ids of the worker processes running now (none between passes)."""
        workers = self._workers
        return workers.pids() if workers is not None else []

    def close(self, timeout: float = 1.0) -> None:
        """Stop: worker processes are terminated at once, the worker thread stops after the trial it is
        analysing (at most ``timeout`` seconds are waited for, in all)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._closed = True
            self._tasks.clear()
            workers = self._workers
            self._cond.notify()
        if workers is not None:
            workers.stop(deadline, close_pipes=False)  # (the worker thread may be reading them: it closes them)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(max(0.0, deadline - time.monotonic()))

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
        with self._cond:
            self._since = self._requests  # a trial refreshed from now on is not analysed again by this pass
        if self.processes and len(stored.stale) >= PROCESSES_FROM:
            done = self._trials_in_processes(stored.stale, stored.marks, number)
        else:
            done = self._trials(stored.stale, stored.marks, number)
        if done and not self._stopping(number):
            self.pass_finished.emit(number)

    def _trials(self, ids: list[uuid.UUID], marks: dict[uuid.UUID, int], number: int | None = None) -> bool:
        """Analyse ``ids`` in this thread, sending and storing the results in batches; False when stopped
        early. A refresh asked for meanwhile is done first (it pauses the pass)."""
        from ..domain.errors import DomainError
        from ..services.analysis import compute_statuses

        marks = marks if not ids or marks else self._marks()
        out = _Out(self)
        for tid in ids:
            if self._stopping(number):
                out.flush()
                return False
            if number is not None:
                self._refreshes_first()
                if self._refreshed_since(tid, self._since):
                    continue
            try:
                statuses = compute_statuses(self.ws, tid)
            except DomainError:  # deleted meanwhile, or unreadable: no icons for it
                continue
            time.sleep(0.001)  # let the GUI thread have the interpreter between trials
            out.add(tid, marks.get(tid, 0), statuses)
        out.flush()
        return True

    def _marks(self) -> dict[uuid.UUID, int]:
        from ..storage import repository as repo

        with self.ws.db.read() as s:
            return repo.change_marks(s)

    def _trials_in_processes(self, ids: list[uuid.UUID], marks: dict[uuid.UUID, int], number: int) -> bool:
        """Analyse ``ids`` in worker processes (see the module's description); False when stopped early."""
        from multiprocessing.connection import wait

        from ..services.analysis import status_location

        batches = deque(ids[k:k + PROCESS_BATCH] for k in range(0, len(ids), PROCESS_BATCH))
        try:
            workers = _Workers(status_location(self.ws), min(self.processes, len(batches)))
        except Exception:  # no process could start (a restricted system): all in this thread
            errors.log.exception("the status icons' worker processes could not start")
            return self._trials(ids, marks, number)
        with self._cond:
            if self._closed:
                workers.stop(time.monotonic() + 1.0)
                return False
            self._workers = workers
        out = _Out(self)
        asked: dict[Any, tuple[list[uuid.UUID], int]] = {}  # connection -> (its batch, the request count then)
        idle = list(workers.conns)
        left: list[uuid.UUID] = []  # batches of processes that failed: analysed here at the end
        try:
            while batches or asked:
                if self._stopping(number):
                    return False
                self._refreshes_first()
                while idle and batches:
                    batch = [t for t in batches.popleft() if not self._refreshed_since(t, self._since)]
                    if not batch:
                        continue
                    conn = idle.pop()
                    try:
                        conn.send(batch)
                    except OSError:
                        left.extend(batch)
                        continue
                    with self._cond:
                        asked[conn] = (batch, self._requests)
                if not asked:  # every process failed: the rest here
                    left.extend(t for batch in batches for t in batch)
                    break
                for conn in wait(list(asked), POLL):
                    batch, request = asked.pop(conn)
                    try:
                        answer = conn.recv()
                    except (EOFError, OSError):  # the process ended (terminated by close, or crashed)
                        answer = None
                    if self._stopping(number):
                        return False
                    if not isinstance(answer, list):
                        if answer is not None:
                            errors.log.warning("status icons in a worker process failed: %s", answer[1])
                        else:
                            errors.log.warning("a status icons' worker process ended unexpectedly")
                        left.extend(batch)  # this process gets no more work
                        continue
                    idle.append(conn)
                    for tid, statuses in answer:
                        if not self._refreshed_since(tid, request):  # else a refresh has the newer statuses
                            out.add(tid, marks.get(tid, 0), statuses)
                    out.flush()
        finally:
            with self._cond:
                if self._workers is workers:
                    self._workers = None
            workers.stop(time.monotonic() + 1.0, ask_first=True)
            out.flush()
        if left:
            return self._trials(left, marks, number)
        return not self._stopping(number)

    def _refreshed_since(self, tid: uuid.UUID, request: int) -> bool:
        with self._cond:
            return self._refreshed.get(tid, 0) > request

    def _refreshes_first(self) -> None:
        while True:
            with self._cond:
                if not self._tasks or self._tasks[0][0] != "trial":
                    return
                task = self._tasks.popleft()
            self._trials([task[1]], {})  # type: ignore[list-item]


class _Out:
    """Results on their way to the GUI thread: sent (and stored) in batches of :data:`BATCH_TRIALS` or
    every :data:`BATCH_SECONDS`."""

    def __init__(self, loader: StatusLoader) -> None:
        self.loader = loader
        self.batch: list[tuple[uuid.UUID, dict]] = []
        self.stored: list[tuple[uuid.UUID, int, dict]] = []
        self.sent = time.monotonic()

    def add(self, tid: uuid.UUID, mark: int, statuses: dict) -> None:
        self.batch.append((tid, statuses))
        self.stored.append((tid, mark, statuses))
        if len(self.batch) >= BATCH_TRIALS or time.monotonic() - self.sent >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.loader.ready.emit(self.batch)
        if self.stored:
            self.loader.computed.emit(self.stored)
        self.batch, self.stored, self.sent = [], [], time.monotonic()


class _Workers:
    """Worker processes (``spawn``), each with a pipe: a list of trial ids goes in, their statuses come out."""

    def __init__(self, location: str, count: int) -> None:
        import multiprocessing

        from ..services.analysis import serve_statuses

        ctx = multiprocessing.get_context("spawn")
        self.procs: list[Any] = []
        self.conns: list[Any] = []
        self._lock = threading.Lock()
        try:
            for k in range(count):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=serve_statuses, args=(location, theirs), daemon=True,
                                   name=f"effektmaaling-statuses-{k + 1}")
                proc.start()
                theirs.close()
                self.procs.append(proc)
                self.conns.append(mine)
        except BaseException:
            self.stop(time.monotonic() + 1.0)
            raise

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs if p.pid is not None]

    def stop(self, deadline: float, *, close_pipes: bool = True, ask_first: bool = False) -> None:
        """Terminate the processes and wait for them until ``deadline`` (``time.monotonic()``); called by
        the GUI thread (closing) and the worker thread (the pass is over), one after the other. With
        ``ask_first`` (the pass is over: they are idle) they are first asked to end, closing their database
        connection themselves, for half the time."""
        import contextlib

        with self._lock:
            if ask_first:
                for conn in self.conns:
                    with contextlib.suppress(Exception):
                        conn.send(None)
                for proc in self.procs:
                    with contextlib.suppress(Exception):
                        proc.join(max(0.0, (deadline - time.monotonic()) / 2))
            for proc in self.procs:
                with contextlib.suppress(Exception):
                    if proc.exitcode is None:
                        proc.terminate()
            for proc in self.procs:
                with contextlib.suppress(Exception):
                    proc.join(max(0.0, deadline - time.monotonic()))
                    if proc.exitcode is None:
                        proc.kill()
                        proc.join(0.2)
            if close_pipes:
                for conn in self.conns:
                    with contextlib.suppress(Exception):
                        conn.close()


def _lower_priority() -> None:
    """Run this (worker) thread at a lower priority where the system allows it (Linux: a thread has its
    own nice value), so the GUI thread gets the processor first on a busy machine."""
    import contextlib
    import os

    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
