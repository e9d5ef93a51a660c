"""The effect report of a stored trial: load it in one read, choose the period, analyse, write the PDF.

The period filter keeps the baseline: measurements before the baseline's end (the trial start, or the
indicator's own baseline end) are always kept, even when ``date_from`` is later, because the baseline
is what the trial is compared with. Only the follow-up is cut to the period.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.i18n import Text
from ..reports.effect_report import build_effect_report
from .analysis import analyse_bundle
from .workspace import TrialBundle, Workspace


def filter_period(bundle: TrialBundle, date_from: dt.date | None, date_to: dt.date | None) -> TrialBundle:
    """The bundle with the follow-up measurements cut to ``date_from``–``date_to`` (baseline kept)."""
    if date_from is None and date_to is None:
        return bundle
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(Text("Periodens start ligger efter dens slutning", "The period starts after it ends"),
                              field="from")
    by_id = {ind.id: ind for ind in bundle.indicators}
    kept = {}
    for ind_id, ms in bundle.measurements.items():
        ind = by_id.get(ind_id)
        baseline_end = (ind.baseline_end_date if ind and ind.baseline_end_date else bundle.trial.start_date)
        kept[ind_id] = [m for m in ms if m.date < baseline_end or (
            (date_from is None or m.date >= date_from) and (date_to is None or m.date <= date_to))]
    return dataclasses.replace(bundle, measurements=kept)


def write_effect_report(ws: Workspace, trial_name_or_id: str | uuid.UUID, out: str | Path, lang: str = "da",
                        date_from: dt.date | None = None, date_to: dt.date | None = None,
                        indicator_ids: Sequence[uuid.UUID] | None = None, generated: dt.date | None = None) -> Path:
    """Write the effect report of a trial (by name or id) to ``out``; NotFoundError for an unknown trial."""
    trial = ws.find_trial(str(trial_name_or_id))
    bundle = filter_period(ws.bundle(trial.id), date_from, date_to)
    analysis = analyse_bundle(bundle)
    period = (date_from, date_to) if (date_from or date_to) else None
    return build_effect_report(bundle, analysis, out, lang=lang, period=period, indicator_ids=indicator_ids,
                               generated=generated)
