"""Analysis of stored trials: load them in one read and run the pure analysis."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ..analysis import TrialAnalysis, analyse_trial
from .workspace import TrialBundle, Workspace


def analyse_bundle(bundle: TrialBundle) -> TrialAnalysis:
    return analyse_trial(bundle.trial, bundle.indicators, bundle.measurements, bundle.assessments)


def analyse_trials(ws: Workspace, trial_ids: Sequence[uuid.UUID] | None = None) -> list[TrialAnalysis]:
    ids = list(trial_ids) if trial_ids is not None else [t.id for t in ws.trials()]
    return [analyse_bundle(ws.bundle(tid)) for tid in ids]
