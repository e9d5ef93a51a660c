"""The analysis of each trial, computed once and shared by the dashboard, the indicator view and the navigator.

Results are dropped when a change concerns the trial and recomputed on the next request. At most
:data:`MAX_TRIALS` trials are kept (the least recently used goes first), and a trial's measurements are
read as light rows and not kept once analysed, so memory does not grow with the time the window is open.
The analysis itself lives in :mod:`effektmaaling.analysis`; the GUI only reads its results.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the analysis (numpy, scipy) is imported when the first trial is analysed
    from ..analysis import IndicatorAnalysis, TrialAnalysis
    from ..services import Workspace
    from ..services.workspace import Change, TrialBundle
    from .hub import Hub


@dataclass
class TrialResult:
    bundle: TrialBundle
    analysis: TrialAnalysis

    def indicator_analysis(self, indicator_id: uuid.UUID) -> IndicatorAnalysis | None:
        return self.analysis.indicator(indicator_id)


MAX_TRIALS = 24


class AnalysisCache(QObject):
    invalidated = Signal(object)  # trial id (None: everything)

    def __init__(self, ws: Workspace, hub: Hub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._results: OrderedDict[uuid.UUID, TrialResult] = OrderedDict()
        hub.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.trial_id is None or change.entity == "database":
            self._results.clear()
            self.invalidated.emit(None)
        else:
            self._results.pop(change.trial_id, None)
            self.invalidated.emit(change.trial_id)

    def result(self, trial_id: uuid.UUID) -> TrialResult:
        found = self._results.get(trial_id)
        if found is not None:
            self._results.move_to_end(trial_id)
            return found
        from ..services.analysis import analyse_bundle

        bundle = self.ws.values_bundle(trial_id)
        found = TrialResult(bundle, analyse_bundle(bundle))
        bundle.measurements = {}  # the analysis holds what the views read (its points)
        self._results[trial_id] = found
        while len(self._results) > MAX_TRIALS:
            self._results.popitem(last=False)
        return found

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
