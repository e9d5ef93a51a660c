"""Analysis of stored trials: load them in one read and run the pure analysis."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence

from ..analysis import TrialAnalysis, analyse_trial
from .workspace import TrialBundle, Workspace


def analyse_bundle(bundle: TrialBundle) -> TrialAnalysis:
    return analyse_trial(bundle.trial, bundle.indicators, bundle.measurements, bundle.assessments)


def iter_analyses(ws: Workspace, trial_ids: Sequence[uuid.UUID] | None = None) -> Iterator[TrialAnalysis]:
    """The analysis of each trial in turn (all trials by default), read trial by trial with the
    measurements as light rows: memory stays that of one trial, however many there are."""
    ids = list(trial_ids) if trial_ids is not None else [t.id for t in ws.trials()]
    for tid in ids:
        yield analyse_bundle(ws.values_bundle(tid))


def analyse_trials(ws: Workspace, trial_ids: Sequence[uuid.UUID] | None = None) -> list[TrialAnalysis]:
    return list(iter_analyses(ws, trial_ids))
