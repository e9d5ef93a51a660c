"""Work off the GUI thread: a function runs in a worker thread; its result, error or progress comes back to
the GUI thread through queued Qt signals. Cancelling asks the function to stop at its next check (it is
given a :class:`Job` to report progress and to look at :attr:`Job.cancelled`).

:func:`run_with_progress` shows the work in a small window-modal dialog (what is being done, a progress bar,
Annullér while cancelling is safe). A function that writes calls :meth:`Job.commit_point` before the write
that must not be cut short: from then on Annullér is disabled and the work always runs to its end.

Tests wait for background work with ``qtbot.waitUntil(background.idle)`` (every job's result handled on the
GUI thread) or on a job's :attr:`Job.over`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from . import errors


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class Cancelled(Exception):
    """Raised in the worker (by :meth:`Job.report` or :meth:`Job.check`) when the user cancelled."""


_open_jobs: set[Job] = set()  # started and not yet handled on the GUI thread (kept alive until then)
_held: tuple[tuple[int, int, int], float] | None = None
SWITCH_INTERVAL = 0.0005  # seconds: how long a worker may keep Python's lock when the GUI thread wants it


def _share_the_lock(working: bool) -> None:
    """While background work runs, Python's lock (the GIL) is shared so that the window keeps answering:

    - the garbage collector's full passes wait: a full pass holds the lock for as long as it walks every
      object (0.3-0.5 s in a process with a few hundred thousand), and one set off by the worker's
      allocations stops the window for that long. The young generations are still collected; the
      postponed full pass comes when the collector next counts after the work;
    - the worker hands the lock over after 0.5 ms instead of Python's 5 ms: the GUI thread gives the lock up
      in every call into Qt and must wait for it to come back, so painting a window of a hundred Qt calls
      otherwise takes a hundred switch intervals."""
    import gc
    import sys

    global _held
    if working and _held is None:
        _held = gc.get_threshold(), sys.getswitchinterval()
        gc.set_threshold(_held[0][0], _held[0][1], 1_000_000)
        sys.setswitchinterval(SWITCH_INTERVAL)
    elif not working and _held is not None:
        gc.set_threshold(*_held[0])
        sys.setswitchinterval(_held[1])
        _held = None


class _GuiThreadCollector(QObject):
    """While a worker thread runs, Python's cyclic garbage collector runs on the GUI thread only.

    A collection is started by whichever thread allocates when a threshold is passed, and it frees all the
    cyclic garbage there is at that moment, Qt objects included: a chart item or a widget destroyed on a
    worker thread while the GUI thread paints crashes the program. So, as pyqtgraph's ``GarbageCollector``
    does, automatic collection is off while a worker of ours lives, and a timer on the GUI thread collects
    each generation when its count passes its threshold (read at every tick: :func:`_share_the_lock` raises
    the oldest one while a job runs). When none of the workers registered with :func:`collect_on_gui_thread`
    is alive any more, automatic collection is back on."""

    INTERVAL_MS = 100

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.workers: list[Callable[[], bool]] = []

    def activate(self, alive: Callable[[], bool]) -> None:
        import gc

        self.workers = [w for w in self.workers if w()] + [alive]
        gc.disable()
        if not self.timer.isActive():
            self.timer.start()

    def check(self) -> None:
        import gc

        (count0, count1, count2), (limit0, limit1, limit2) = gc.get_count(), gc.get_threshold()
        if count0 > limit0:
            gc.collect(0)
            if count1 > limit1:
                gc.collect(1)
                if count2 > limit2:
                    gc.collect(2)
        self.workers = [w for w in self.workers if w()]
        if not self.workers:
            self.timer.stop()
            gc.enable()


_collector: _GuiThreadCollector | None = None


def collect_on_gui_thread(alive: Callable[[], bool]) -> None:
    """Call on the GUI thread right before starting a worker thread; ``alive()`` says whether it still runs
    (automatic collection stays off until every registered worker has ended)."""
    global _collector
    if QCoreApplication.instance() is None or threading.current_thread() is not threading.main_thread():
        return
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = _GuiThreadCollector()
    _collector.activate(alive)


def idle() -> bool:
    """True when no background job is running or waiting for its result to be handled."""
    return not _open_jobs


class Job(QObject):
    """One piece of background work. Connect to the signals, then :meth:`start`."""

    progress = Signal(int, int, str)  # done, total (0: unknown), what is being done
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (Cancelled when cancelled)
    finished = Signal()  # after succeeded or failed
    cancellable_changed = Signal(bool)

    def __init__(self, fn: Callable[[Job], Any], parent: QObject | None = None, *, name: str = "job") -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._cancellable = True
        self._thread = threading.Thread(target=self._run, name=f"effektmaaling-{name}", daemon=True)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False  # set by the worker when the function has returned or raised
        self.over = False  # set on the GUI thread after the result's handlers ran
        self.finished.connect(self._handled, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Job:
        _open_jobs.add(self)
        _share_the_lock(True)
        collect_on_gui_thread(self._thread.is_alive)
        self._thread.start()
        return self

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancellable(self) -> bool:
        return self._cancellable

    def cancel(self) -> bool:
        """Ask the work to stop; False (and nothing happens) once it has passed its commit point."""
        with self._lock:
            if not self._cancellable:
                return False
            self._cancel.set()
            return True

    # --- called from the worker -----------------------------------------------------------------

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user cancelled (and cancelling is still allowed)."""
        if self._cancel.is_set() and self._cancellable:
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """How far the work is (emitted to the GUI thread); also a point where a cancel takes effect."""
        self.check()
        self.progress.emit(done, total, text)

    def commit_point(self) -> None:
        """From here the work must run to its end (a write that is committed whole): a cancel that came
        before is honoured now, later ones are refused."""
        with self._lock:
            if self._cancel.is_set():
                raise Cancelled
            self._cancellable = False
        self.cancellable_changed.emit(False)

    def wait(self, timeout: float | None = None) -> bool:
        if not self._thread.is_alive() and not self.done:
            return True  # never started
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
            self._emit(self.failed, exc)
        else:
            self.done = True
            self._emit(self.succeeded, self.result)
        self._emit(self.finished)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the job's owner (and with it the job) was deleted: nobody waits for it
            _open_jobs.discard(self)

    def _handled(self) -> None:
        self.over = True
        _open_jobs.discard(self)
        if not _open_jobs:
            _share_the_lock(False)


class ProgressDialog(QDialog):
    """What a job is doing: a sentence, a bar (busy while the total is unknown) and Annullér."""

    def __init__(self, job: Job, title: str, text: str, parent: QWidget | None = None, *,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(text, objectName="progressLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(objectName="progressBar")
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(title)
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Annullér"))
        self.cancel_button.setObjectName("progressCancel")
        self.cancel_button.setEnabled(cancellable)
        self.buttons.rejected.connect(self._cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.buttons)
        job.progress.connect(self._progress)
        job.cancellable_changed.connect(self.cancel_button.setEnabled)
        job.finished.connect(self._finish)

    def _progress(self, done: int, total: int, text: str) -> None:
        if text and not self.job.cancelled:
            self.label.setText(text)
        if total > 0:
            self.bar.setTextVisible(True)
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setTextVisible(False)
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        if self.job.cancel():
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Annullerer …"))

    def reject(self) -> None:  # Esc and the title bar's close: the same as Annullér (never a hidden job)
        if self.cancel_button.isEnabled():
            self._cancel()

    def _finish(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def run_with_progress(parent: QWidget | None, title: str, text: str, fn: Callable[[Job], Any], *,
                      on_success: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
                      on_cancel: Callable[[], None] | None = None, cancellable: bool = True, name: str = "job",
                      show_after_ms: int = 300) -> Job:
    """Run ``fn(job)`` in a worker thread with a progress dialog over ``parent``. On the GUI thread then:
    ``on_success(result)``; ``on_cancel()`` when the user cancelled; ``on_error(exc)`` for any other error
    (default: raised again, so the program's own handler shows it). The dialog shows only if the work
    takes longer than ``show_after_ms`` (no flash for quick work)."""
    job = Job(fn, None, name=name)  # (not owned by the window: it ends its work even if the window goes first)
    dialog = ProgressDialog(job, title, text, parent, cancellable=cancellable)
    if parent is not None:
        parent.destroyed.connect(job.cancel)
    job.dialog = dialog  # type: ignore[attr-defined]  # for tests and screenshots

    def show() -> None:
        if not job.done:
            dialog.open()

    def alive() -> bool:  # the window the work was for may have been closed and deleted meanwhile
        return parent is None or shiboken6.isValid(parent)

    def succeeded(result: Any) -> None:
        if alive():
            on_success(result)

    def failed(exc: BaseException) -> None:
        if not alive():
            return
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
            return
        if on_error is None:
            raise exc
        on_error(exc)

    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    QTimer.singleShot(max(0, show_after_ms), dialog, show)
    return job.start()


def wait_for(job: Job) -> None:
    """Wait until the job's result has been handled, the event loop running meanwhile (the window answers,
    its progress shows, Annullér works): for callers that need the result before they go on."""
    from PySide6.QtCore import QEventLoop

    if job.over:
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: job.over and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
