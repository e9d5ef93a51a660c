"""What a chart of one indicator draws, in data terms (filled from the analysis' chart description by
:mod:`chart_adapter`), and its sentence for screen readers. Plain Python: the dashboard's small charts
(:mod:`card_chart`) use it without pyqtgraph."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..domain.formatting import format_date, format_number, with_unit


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


@dataclass
class Marker:
    date: dt.date
    text: str
    kind: str = "milestone"  # start | milestone


@dataclass
class Signal:
    date: dt.date
    value: float
    kind: str  # improvement | deterioration
    meaning: str = ""


@dataclass
class Phase:
    """An SPC phase after the baseline's (a phase-change milestone): its own centre, limits and median."""

    start: dt.date
    name: str
    centre: float | None
    median: float | None
    end: dt.date  # its last point


@dataclass
class ChartData:
    """What the chart draws, in data terms (filled from the analysis' chart description)."""

    title: str = ""
    unit: str = ""
    decimals: int = 1
    dates: list[dt.date] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    n: list[int | None] = field(default_factory=list)
    baseline_start: dt.date | None = None
    baseline_end: dt.date | None = None
    baseline_centre: float | None = None
    baseline_typed: bool = False  # the baseline was typed (no measurements before the start): a dotted level
    baseline_measured: bool = False  # that level is the mean of measurements (one point: no band), not typed
    target: float | None = None
    target_label: str = ""
    markers: list[Marker] = field(default_factory=list)
    limit_dates: list[dt.date] = field(default_factory=list)
    centre: list[float] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    median: float | None = None
    signals: list[Signal] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    median_until: dt.date | None = None  # with phases: the baseline phase's median ends here


def chart_summary(d: ChartData | None) -> str:
    """What the chart shows, in a sentence for screen readers."""
    if d is None or not d.dates:
        return tr("Ingen målinger endnu.")

    def num(v: float) -> str:
        return with_unit(format_number(v, d.decimals), d.unit)

    parts = [(tr("1 måling, {first}") if len(d.dates) == 1 else tr("{n} målinger fra {first} til {last}")).format(
                 n=len(d.dates), first=format_date(d.dates[0]), last=format_date(d.dates[-1])),
             tr("seneste {value}").format(value=num(d.values[-1]))]
    if d.baseline_centre is not None:
        parts.append(tr("baseline {value}").format(value=num(d.baseline_centre)))
    if d.target is not None:
        parts.append(tr("mål {value}").format(value=num(d.target)))
    if d.signals:
        parts.append(tr("{n} signaler").format(n=len(d.signals)))
    return "; ".join(parts) + "."
