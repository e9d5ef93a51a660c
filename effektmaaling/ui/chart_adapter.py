"""From the analysis' chart description (``analysis.chart.ChartSpec``) to what :mod:`chart` draws."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from ..analysis.chart import build_chart_spec
from ..domain.formatting import format_number, with_unit
from .analysis_cache import TrialResult
from .chart_data import ChartData, Marker, Phase, Signal


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _rule_words() -> dict[str, str]:
    return {
        "beyond-limits": tr("uden for kontrolgrænserne"),
        "shift": tr("skift (7 punkter på samme side)"),
        "trend": tr("tendens (6 punkter i træk)"),
        "two-of-three": tr("2 af 3 nær grænsen"),
    }


def chart_data(result: TrialResult, indicator_id: uuid.UUID) -> ChartData:
    bundle = result.bundle
    analysis = result.indicator_analysis(indicator_id)
    ind = next(i for i in bundle.indicators if i.id == indicator_id)
    if analysis is None:
        return ChartData(title=ind.name, unit=ind.unit, decimals=ind.decimals)
    spec = build_chart_spec(analysis, bundle.milestones, bundle.trial.start_date)
    dates = [p.date for p in spec.points]
    data = ChartData(title=spec.title, unit=spec.unit, decimals=spec.decimals, dates=dates,
                     values=[p.value for p in spec.points], n=[p.n for p in spec.points])
    if spec.baseline_start is not None and spec.baseline_start < spec.baseline_end:
        data.baseline_start, data.baseline_end = spec.baseline_start, spec.baseline_end
        data.baseline_centre = spec.baseline_value
    elif spec.baseline_value is not None:  # a typed baseline without measurements before the start
        data.baseline_end, data.baseline_centre, data.baseline_typed = spec.baseline_end, spec.baseline_value, True
        # a single measurement in the baseline period is the baseline (the typed one is no longer used)
        data.baseline_measured = analysis.baseline.source != "manual"
    data.target = spec.target_value
    if spec.target_value is not None:
        data.target_label = tr("Mål {value}").format(
            value=with_unit(format_number(spec.target_value, spec.decimals), spec.unit))
    data.markers = [Marker(m.date, tr("Forsøget starter") if m.kind == "start" else m.label.get(), m.kind)
                    for m in spec.markers]
    if spec.has_limits:
        data.limit_dates = list(dates)
        data.lower = [float("nan") if v is None else v for v in spec.lcl]
        data.upper = [float("nan") if v is None else v for v in spec.ucl]
        data.centre = list(spec.centres) or ([spec.centre] * len(dates) if spec.centre is not None else [])
        for ph in reversed(spec.phases):  # a gap before each phase: its centre and limits are drawn on their own
            i = ph.first
            data.limit_dates.insert(i, dates[i])
            for col in (data.lower, data.upper, data.centre):
                if col:
                    col.insert(i, float("nan"))
        data.phases = [Phase(ph.start, ph.name, ph.centre, ph.median, spec.points[ph.stop - 1].date) for ph in spec.phases]
        if spec.phases:
            data.median_until = spec.points[spec.phases[0].first - 1].date
    data.median = spec.median
    words = _rule_words()
    for p in spec.points:
        if p.signal is not None:
            meaning = tr("Signal: forbedring") if p.signal.value == "improvement" else tr("Signal: forværring")
            data.signals.append(Signal(p.date, p.value, p.signal.value,
                                       f"{meaning} ({', '.join(words.get(r, r) for r in p.rules)})"))
    return data
