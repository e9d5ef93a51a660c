"""From the analysis' chart description (``analysis.chart.ChartSpec``) to what :mod:`chart` draws."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.enums import MeasureType
from ..domain.formatting import format_number
from .analysis_cache import TrialResult
from .chart import ChartData, Marker


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def unit_of(ind: Any) -> str:
    return "%" if ind.measure_type is MeasureType.PROPORTION else (ind.unit or "")


def chart_data(result: TrialResult, indicator_id: uuid.UUID) -> ChartData:
    bundle = result.bundle
    ind = next(i for i in bundle.indicators if i.id == indicator_id)
    ms = bundle.measurements.get(indicator_id, [])
    trial = bundle.trial
    data = ChartData(title=ind.name, unit=unit_of(ind), decimals=ind.decimals,
                     dates=[m.date for m in ms], values=[m.value for m in ms],
                     n=[m.n if m.n is not None else (int(m.denominator) if m.denominator else None) for m in ms])
    baseline_end = ind.baseline_end_date or trial.start_date
    if ms and ms[0].date < baseline_end:
        data.baseline_start, data.baseline_end = ms[0].date, baseline_end
    data.target = ind.target_value
    if ind.target_value is not None:
        data.target_label = tr("Mål {value}").format(value=format_number(ind.target_value, ind.decimals)) + (
            f" {data.unit}" if data.unit else "")
    data.markers = [Marker(trial.start_date, tr("Forsøget starter"), "start")]
    data.markers += [Marker(m.date, m.text) for m in bundle.milestones if m.date != trial.start_date]
    return data
