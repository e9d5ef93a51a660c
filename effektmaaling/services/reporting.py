"""The effect report of a stored trial: load it in one read, analyse the chosen period, write the PDF.

The command line (``effektmaaling report``) and the GUI (Fil -> Effektrapport...) both call
:func:`make_effect_report`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from ..analysis import TrialAnalysis, analyse_trial
from ..domain.errors import NotFoundError
from ..domain.i18n import Text, current_language
from ..reports.effect_report import Period, build_effect_report, select_period
from .workspace import TrialBundle, Workspace


def analyse_period(bundle: TrialBundle, period: Period | None = None) -> TrialAnalysis:
    """The analysis of the trial limited to the period (the baseline kept), as the report shows it."""
    sel = select_period(bundle, period)
    return analyse_trial(sel.trial, sel.indicators, sel.measurements, sel.assessments, sel.milestones)


def make_effect_report(
    ws: Workspace,
    trial_id: uuid.UUID,
    out_path: str | Path,
    *,
    lang: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    indicator_ids: Sequence[uuid.UUID] | None = None,
    today: dt.date | None = None,
    on_page: Callable[[int, int | None], None] | None = None,
) -> Path:
    """Write the effect report of a trial to ``out_path`` (PDF). Raises NotFoundError for an unknown
    trial or indicator, ValidationError for a period that ends before it starts. ``on_page(page, pages)``
    follows the layout (see :func:`build_effect_report`)."""
    period = Period(start, end)
    bundle = ws.bundle(trial_id)
    if indicator_ids is not None:
        known = {i.id for i in bundle.indicators}
        unknown = [i for i in indicator_ids if i not in known]
        if unknown:
            raise NotFoundError(Text(f"Indikatoren {unknown[0]} hører ikke til forsøget »{bundle.trial.name}«",
                                     f"The indicator {unknown[0]} does not belong to the trial '{bundle.trial.name}'"))
    return build_effect_report(bundle, out_path, lang=lang or current_language(), period=period,
                               indicator_ids=indicator_ids, analysis=analyse_period(bundle, period), today=today,
                               on_page=on_page)
