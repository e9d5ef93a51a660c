"""The effect chart described once, in data terms. The GUI draws it with pyqtgraph and the PDF report
with reportlab.graphics; neither decides what goes on the chart."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.entities import Milestone
from ..domain.enums import Direction, MeasureType
from ..domain.i18n import Text
from .results import IndicatorAnalysis, Meaning


@dataclass(frozen=True, slots=True)
class ChartPoint:
    date: dt.date
    value: float
    n: int | None  # respondents/cases, or the denominator of a proportion or rate
    baseline: bool
    signal: Meaning | None  # the strongest signal at this point, if any
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChartMarker:
    date: dt.date
    label: Text
    kind: str  # "start" | "milestone"


@dataclass(frozen=True, slots=True)
class ChartPhase:
    """An SPC phase after the baseline's, from a phase-change milestone ("ny praksis") to the next."""

    start: dt.date  # the milestone's date
    name: str  # the milestone's text
    first: int  # index of its first point
    stop: int  # index after its last point
    centre: float | None  # its control-chart centre
    median: float | None  # its run-chart centre: the median of the points its limits come from


@dataclass(frozen=True, slots=True)
class ChartSpec:
    title: str
    unit: str
    decimals: int
    direction: Direction
    points: tuple[ChartPoint, ...]
    baseline_start: dt.date | None
    baseline_end: dt.date
    baseline_value: float | None
    target_value: float | None
    target_date: dt.date | None
    spc_chart: str | None  # "I" | "P" | "U"
    centre: float | None
    lcl: tuple[float | None, ...]  # per point; empty without a control chart
    ucl: tuple[float | None, ...]
    median: float | None  # run-chart centre
    markers: tuple[ChartMarker, ...]
    x_min: dt.date | None
    x_max: dt.date | None
    phases: tuple[ChartPhase, ...] = ()  # with phase changes: later phases, each with its own centre and limits
    centres: tuple[float, ...] = ()  # control-chart centre per point, with phases

    def centre_segments(self) -> list[tuple[int, int, float]]:
        """(first, stop, centre) of each phase's control-chart centre, the baseline's phase first."""
        if self.centre is None:
            return []
        stops = [ph.first for ph in self.phases] + [len(self.points)]
        out = [(0, stops[0], self.centre)]
        out += [(ph.first, stop, ph.centre) for ph, stop in zip(self.phases, stops[1:], strict=True)
                if ph.centre is not None]
        return out

    @property
    def has_limits(self) -> bool:
        return bool(self.lcl)


def _says_start(text: str) -> bool:
    words = " ".join(text.casefold().replace(".", " ").replace("!", " ").split())
    return words in {"forsøget starter", "forsøget begynder", "forsøgsstart", "start", "trial starts", "trial start"}


def build_chart_spec(analysis: IndicatorAnalysis, milestones: Sequence[Milestone], trial_start: dt.date) -> ChartSpec:
    by_index: dict[int, list] = {}
    if analysis.spc is not None:
        for s in analysis.spc.signals:
            by_index.setdefault(s.index, []).append(s)
    points = []
    for i, p in enumerate(analysis.points):
        sigs = by_index.get(i, [])
        meaning = None
        if sigs:
            meanings = {s.meaning for s in sigs}
            meaning = Meaning.DETERIORATION if Meaning.DETERIORATION in meanings else Meaning.IMPROVEMENT
        n = p.n if p.n is not None else (round(p.denominator) if p.denominator is not None else None)
        points.append(ChartPoint(p.date, p.value, n, p.baseline, meaning, tuple(sorted({s.rule for s in sigs}))))
    # a milestone on the start date is drawn too (»Teams etableret« the day the trial starts); only one that
    # just says the trial starts is left out, as the start marker says that already
    markers = [ChartMarker(trial_start, Text("Forsøget starter", "Trial starts"), "start")]
    markers += [ChartMarker(m.date, Text(f"{m.text} (ny praksis)", f"{m.text} (new practice)") if m.phase_change
                            else Text(m.text, m.text), "milestone")
                for m in sorted(milestones, key=lambda m: m.date)
                if not (m.date == trial_start and not m.phase_change and _says_start(m.text))]
    dates = [p.date for p in points] + [m.date for m in markers]
    baseline_points = [p for p in points if p.baseline]
    unit = "%" if analysis.measure_type is MeasureType.PROPORTION else analysis.unit
    phases: list[ChartPhase] = []
    when = {m.text: m.date for m in milestones if m.phase_change}
    for ph in analysis.spc.phases if analysis.spc is not None else ():
        used = points[ph.start:ph.start + (ph.n_limit_points or ph.stop - ph.start)]
        phases.append(ChartPhase(when.get(ph.name, points[ph.start].date), ph.name, ph.start, ph.stop, ph.centre,
                                 statistics.median(p.value for p in used) if used else None))
    return ChartSpec(
        title=analysis.name, unit=unit, decimals=analysis.decimals, direction=analysis.direction,
        points=tuple(points),
        baseline_start=baseline_points[0].date if baseline_points else None,
        baseline_end=analysis.baseline.end_date, baseline_value=analysis.baseline.value,
        target_value=analysis.target_value, target_date=analysis.target_date,
        spc_chart=analysis.spc.chart if analysis.spc else None,
        centre=analysis.spc.centre if analysis.spc else None,
        lcl=analysis.spc.lcl_points if analysis.spc else (),
        ucl=analysis.spc.ucl_points if analysis.spc else (),
        median=analysis.run_chart.centre if analysis.run_chart else None,
        markers=tuple(markers),
        x_min=min(dates) if dates else None, x_max=max(dates) if dates else None,
        phases=tuple(phases), centres=analysis.spc.centre_points if analysis.spc is not None else (),
    )
