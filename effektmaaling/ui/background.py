"""Work off the GUI thread: a function runs in a worker thread; its result, error or progress comes back to
the GUI thread through queued Qt signals. Cancelling asks the function to stop at its next check (it is
given a :class:`Job` to report progress and to look at :attr:`Job.cancelled`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from . import errors


class Job(QObject):
    """One piece of background work. Connect to the signals, then :meth:`start`."""

    progress = Signal(int, int, str)  # done, total (0: unknown), what is being done
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, fn: Callable[[Job], Any], parent: QObject | None = None, *, name: str = "job") -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"effektmaaling-{name}", daemon=True)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False

    def start(self) -> Job:
        self._thread.start()
        return self

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """From the worker: how far it is (emitted to the GUI thread)."""
        self.progress.emit(done, total, text)

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.result = self._fn(self)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.error = exc
            if not isinstance(exc, Exception):
                errors.log.exception("background job stopped")
            self.done = True
            self.failed.emit(exc)
        else:
            self.done = True
            self.succeeded.emit(self.result)
        self.finished.emit()
