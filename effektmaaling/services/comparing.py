"""Comparison of stored trials: analyse them (one read each) and build the comparison model.

The GUI (Vis -> Sammenlign forsøg) and the command line (``effektmaaling compare``) both use this.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from ..analysis.compare import Comparison, Filters, build_comparison
from ..domain.errors import ValidationError
from ..domain.i18n import Text, current_language
from ..reports.compare_report import build_compare_report
from .analysis import analyse_trials
from .workspace import Workspace


def compare_trials(ws: Workspace, trial_ids: Sequence[uuid.UUID], filters: Filters | None = None) -> Comparison:
    ids = list(dict.fromkeys(trial_ids))
    if len(ids) < 2:
        raise ValidationError(Text("Vælg mindst to forsøg at sammenligne", "Choose at least two trials to compare"),
                              field="trial")
    return build_comparison(analyse_trials(ws, ids), filters)


def make_compare_report(ws: Workspace, trial_ids: Sequence[uuid.UUID], out_path: str | Path, *,
                        lang: str | None = None, filters: Filters | None = None,
                        today: dt.date | None = None) -> Path:
    """Write the comparison report (PDF) of the trials to ``out_path``."""
    comparison = compare_trials(ws, trial_ids, filters)
    demo = [t for t in trial_ids if ws.trial(t).is_demo]
    return build_compare_report(comparison, out_path, lang=lang or current_language(), today=today,
                                demo_trials=demo)
