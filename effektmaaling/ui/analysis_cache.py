"""The analysis of each trial, computed once and shared by the dashboard, the indicator view and the navigator.

Results are dropped when a change concerns the trial and recomputed on the next request. At most
:data:`MAX_TRIALS` trials are kept (the least recently used goes first), and a trial's measurements are
read as light rows and not kept once analysed, so memory does not grow with the time the window is open.
The analysis itself lives in :mod:`effektmaaling.analysis`; the GUI only reads its results.

:meth:`AnalysisCache.request` computes a trial's analysis in a worker thread (reading it on the worker's own
session) and says so with :attr:`AnalysisCache.ready` when it is kept: the dashboard opens a trial without
stopping the window, also for its first analysis at the program's start, which waits for numpy and scipy to
be imported (:func:`warm_up` imports them in a thread right after the window's first paint).
:meth:`AnalysisCache.result` computes on the calling thread (for callers that need the result at once).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the analysis (numpy, scipy) is imported when the first trial is analysed
    from ..analysis import IndicatorAnalysis, TrialAnalysis
    from ..services import Workspace
    from ..services.workspace import Change, TrialBundle
    from .background import Job
    from .hub import Hub


@dataclass
class TrialResult:
    bundle: TrialBundle
    analysis: TrialAnalysis

    def indicator_analysis(self, indicator_id: uuid.UUID) -> IndicatorAnalysis | None:
        return self.analysis.indicator(indicator_id)


MAX_TRIALS = 24
_warming: threading.Thread | None = None


def warm_up() -> None:
    """Import the analysis (numpy, scipy: 1-3 s on a busy machine) in a thread, so that the first
    dashboard does not wait for it on the GUI thread. Imports are safe in threads (Python's import locks);
    the analysis shares no module with what the GUI thread imports meanwhile (SQLAlchemy, Qt)."""
    global _warming
    if _warming is not None:
        return

    def run() -> None:
        # the analysis alone (the GUI thread imports the services and SQLAlchemy meanwhile); an error here
        # comes again, and is reported, where the analysis is needed
        with contextlib.suppress(Exception):
            import effektmaaling.analysis.chart  # noqa: F401

    _warming = threading.Thread(target=run, name="effektmaaling-imports", daemon=True)
    _warming.start()


def _compute(ws: Workspace, trial_id: uuid.UUID) -> TrialResult:
    from ..services.analysis import analyse_bundle

    bundle = ws.values_bundle(trial_id)
    found = TrialResult(bundle, analyse_bundle(bundle))
    bundle.measurements = {}  # the analysis holds what the views read (its points)
    return found


class AnalysisCache(QObject):
    invalidated = Signal(object)  # trial id (None: everything)
    ready = Signal(object)  # trial id: its analysis, asked for with request(), is kept now
    failed = Signal(object, object)  # trial id, the exception: its analysis could not be made (e.g. deleted)

    def __init__(self, ws: Workspace, hub: Hub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._results: OrderedDict[uuid.UUID, TrialResult] = OrderedDict()
        self._jobs: dict[uuid.UUID, Job] = {}  # analyses being made in a worker
        self._version = 0  # counts changes: a result begun before a change to its trial is not kept
        self._changed_at: dict[uuid.UUID | None, int] = {}  # trial (None: all) -> the version of its last change
        hub.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._version += 1
        if change.trial_id is None or change.entity == "database":
            self._changed_at = {None: self._version}
            self._results.clear()
            self.invalidated.emit(None)
        else:
            self._changed_at[change.trial_id] = self._version
            self._results.pop(change.trial_id, None)
            self.invalidated.emit(change.trial_id)

    def _keep(self, trial_id: uuid.UUID, found: TrialResult) -> None:
        self._results[trial_id] = found
        self._results.move_to_end(trial_id)
        while len(self._results) > MAX_TRIALS:
            self._results.popitem(last=False)

    def result(self, trial_id: uuid.UUID) -> TrialResult:
        """The trial's result, computed here and now if it is not kept."""
        found = self._results.get(trial_id)
        if found is not None:
            self._results.move_to_end(trial_id)
            return found
        found = _compute(self.ws, trial_id)
        self._keep(trial_id, found)
        return found

    def request(self, trial_id: uuid.UUID) -> TrialResult | None:
        """The trial's result if it is kept; else None, and it is computed in a worker thread: :attr:`ready`
        (or :attr:`failed`) says when. Asking again meanwhile starts no second computation."""
        found = self._results.get(trial_id)
        if found is not None:
            self._results.move_to_end(trial_id)
            return found
        if trial_id not in self._jobs:
            from .background import Job

            ws, version = self.ws, self._version
            job = Job(lambda _job: _compute(ws, trial_id), self, name="analysis")
            job.succeeded.connect(lambda found, t=trial_id, v=version: self._computed(t, v, found))
            job.failed.connect(lambda exc, t=trial_id: self._not_computed(t, exc))
            self._jobs[trial_id] = job
            job.start()
        return None

    def pending(self, trial_id: uuid.UUID) -> bool:
        """Whether the trial's analysis is being made in a worker."""
        return trial_id in self._jobs

    def _computed(self, trial_id: uuid.UUID, version: int, found: TrialResult) -> None:
        self._jobs.pop(trial_id, None)
        changed = max(self._changed_at.get(trial_id, -1), self._changed_at.get(None, -1))
        if changed > version and trial_id not in self._results:  # its data changed meanwhile: again
            self.request(trial_id)
            return
        if trial_id not in self._results:  # (a result computed meanwhile by result() is as new)
            self._keep(trial_id, found)
        self.ready.emit(trial_id)

    def _not_computed(self, trial_id: uuid.UUID, exc: BaseException) -> None:
        self._jobs.pop(trial_id, None)
        self.failed.emit(trial_id, exc)

    def analysis_if_made(self, trial_id: uuid.UUID) -> TrialAnalysis | None:
        """The trial's analysis if it is kept here, else None (nothing is computed)."""
        found = self._results.get(trial_id)
        return found.analysis if found is not None else None

    def statuses(self, trial_id: uuid.UUID) -> dict[uuid.UUID, str | None]:
        res = self.result(trial_id)
        out: dict[uuid.UUID, str | None] = {}
        for ind in res.bundle.indicators:
            a = res.indicator_analysis(ind.id)
            out[ind.id] = a.status.value if a is not None else None
        return out
