"""Typed, frozen results of the effect analysis. GUI, reports, comparison and JSON output read these."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..domain.enums import BottomLine, Direction, IndicatorKind, MeasureType, Stakeholder, Verdict
from ..domain.i18n import Text


class Status(StrEnum):
    IMPROVED = "improved"
    WORSENED = "worsened"
    NO_CHANGE = "no-change"
    INSUFFICIENT = "insufficient-data"


class Meaning(StrEnum):
    IMPROVEMENT = "improvement"
    DETERIORATION = "deterioration"


class Assurance(StrEnum):
    CONSISTENTLY_MEETS = "consistently-meets"
    INCONSISTENT = "inconsistent"
    CONSISTENTLY_FAILS = "consistently-fails"


STATUS_LABELS: dict[Status, Text] = {
    Status.IMPROVED: Text("Forbedret", "Improved"),
    Status.WORSENED: Text("Forværret", "Worsened"),
    Status.NO_CHANGE: Text("Ingen påviselig ændring", "No detectable change"),
    Status.INSUFFICIENT: Text("For få data", "Insufficient data"),
}

ASSURANCE_LABELS: dict[Assurance, Text] = {
    Assurance.CONSISTENTLY_MEETS: Text("Når målet stabilt", "Consistently meets the target"),
    Assurance.INCONSISTENT: Text("Når målet til tider (skiftevis)", "Hit and miss against the target"),
    Assurance.CONSISTENTLY_FAILS: Text("Når ikke målet med den nuværende praksis", "Consistently fails the target"),
}


def num(x: float | None) -> float | None:
    """A JSON-safe number: None for missing, NaN or infinite."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


class Deferred:
    """A field value computed on first read (see :func:`_resolve_on_read`): the engine hands one to the
    constructor instead of the value when the value is costly and often not read (the points of an
    indicator, its explanation sentence)."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[], object]) -> None:
        self.compute = compute


class _ResolvingSlot:
    """Wraps a dataclass slot: a :class:`Deferred` in it is computed and stored on first read, so every
    reader (attribute access, ``==``, ``repr``, ``hash``, ``dataclasses.replace``, pickling) sees the value."""

    __slots__ = ("slot",)

    def __init__(self, slot: object) -> None:
        self.slot = slot  # the member descriptor dataclass(slots=True) made

    def __get__(self, obj: object, objtype: type | None = None) -> object:
        if obj is None:
            return self
        value = self.slot.__get__(obj, objtype)  # type: ignore[attr-defined]
        if type(value) is Deferred:
            value = value.compute()
            self.slot.__set__(obj, value)  # type: ignore[attr-defined]
        return value

    def __set__(self, obj: object, value: object) -> None:  # only object.__setattr__ in __init__ gets here
        self.slot.__set__(obj, value)  # type: ignore[attr-defined]

    def __delete__(self, obj: object) -> None:
        self.slot.__delete__(obj)  # type: ignore[attr-defined]


def _resolve_on_read(cls: type, *names: str) -> type:
    for name in names:
        setattr(cls, name, _ResolvingSlot(cls.__dict__[name]))
    return cls


@dataclass(frozen=True, slots=True)
class Point:
    """One cleaned measurement as the analysis sees it."""

    date: dt.date
    value: float
    n: int | None = None
    sd: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    baseline: bool = False


@dataclass(frozen=True, slots=True)
class BaselineResult:
    value: float | None
    n_points: int
    end_date: dt.date
    source: str  # "points" | "manual" | "none"

    def to_dict(self) -> dict:
        return {"value": num(self.value), "n_points": self.n_points, "end_date": iso(self.end_date),
                "source": self.source}


@dataclass(frozen=True, slots=True)
class TestResult:
    method: str  # welch-summary | two-proportion-z | poisson-exact | welch-points
    statistic: float
    p_value: float
    difference: float  # follow-up minus baseline, in the indicator's unit
    ci_low: float
    ci_high: float
    compared: str  # what was compared, e.g. "last-baseline-vs-latest" or "baseline-vs-follow-up"

    @property
    def significant(self) -> bool:
        return self.p_value < 0.05

    def to_dict(self) -> dict:
        return {"method": self.method, "statistic": num(self.statistic), "p_value": num(self.p_value),
                "difference": num(self.difference), "ci_low": num(self.ci_low), "ci_high": num(self.ci_high),
                "compared": self.compared}


@dataclass(frozen=True, slots=True)
class EffectSize:
    kind: str  # hedges-g | cohens-h
    value: float
    ci_low: float
    ci_high: float

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": num(self.value), "ci_low": num(self.ci_low), "ci_high": num(self.ci_high)}


@dataclass(frozen=True, slots=True)
class RunChartResult:
    centre: float
    centre_from: str  # "baseline" | "all"
    n_useful: int
    longest_run: int
    longest_run_max: int
    crossings: int
    crossings_min: int

    @property
    def signal(self) -> bool:
        return self.longest_run > self.longest_run_max or self.crossings < self.crossings_min

    def to_dict(self) -> dict:
        return {"centre": num(self.centre), "centre_from": self.centre_from, "n_useful": self.n_useful,
                "longest_run": self.longest_run, "longest_run_max": self.longest_run_max,
                "crossings": self.crossings, "crossings_min": self.crossings_min, "signal": self.signal}


@dataclass(frozen=True, slots=True)
class Signal:
    date: dt.date
    index: int  # position in IndicatorAnalysis.points
    rule: str  # beyond-limits | shift | trend | two-of-three
    meaning: Meaning

    def to_dict(self) -> dict:
        return {"date": iso(self.date), "rule": self.rule, "meaning": self.meaning.value}


@dataclass(frozen=True, slots=True)
class SpcResult:
    chart: str  # "I" | "P" | "U"
    centre: float
    lcl: float | None  # of the latest point (P/U limits vary per point)
    ucl: float | None
    sigma: float
    lcl_points: tuple[float | None, ...]  # per point of IndicatorAnalysis.points
    ucl_points: tuple[float | None, ...]
    signals: tuple[Signal, ...]
    n_baseline: int

    def to_dict(self) -> dict:
        return {"chart": self.chart, "centre": num(self.centre), "lcl": num(self.lcl), "ucl": num(self.ucl),
                "sigma": num(self.sigma), "signals": [s.to_dict() for s in self.signals]}


_resolve_on_read(SpcResult, "signals")  # the engine may give them as Deferred


@dataclass(frozen=True, slots=True)
class TrendResult:
    slope_per_month: float
    ci_low: float
    ci_high: float
    n_points: int

    def to_dict(self) -> dict:
        return {"slope_per_month": num(self.slope_per_month), "ci_low": num(self.ci_low),
                "ci_high": num(self.ci_high), "n_points": self.n_points}


@dataclass(frozen=True, slots=True)
class IndicatorAnalysis:
    indicator_id: uuid.UUID
    name: str
    kind: IndicatorKind
    stakeholder: Stakeholder
    measure_type: MeasureType
    direction: Direction
    bottom_line: BottomLine
    theme: str
    unit: str
    decimals: int
    points: tuple[Point, ...]
    baseline: BaselineResult
    current_value: float | None
    current_date: dt.date | None
    follow_up_mean: float | None
    n_follow_up: int
    change_absolute: float | None
    change_relative: float | None
    improvement: float | None
    target_value: float | None
    target_date: dt.date | None
    attainment: float | None
    test: TestResult | None
    test_reason: Text | None
    effect_size: EffectSize | None
    run_chart: RunChartResult | None
    spc: SpcResult | None
    spc_reason: Text | None
    assurance: Assurance | None
    trend: TrendResult | None
    status: Status
    explanation: Text
    reasons: tuple[Text, ...] = ()  # why data are insufficient, or what was cleaned

    @property
    def status_label(self) -> Text:
        return STATUS_LABELS[self.status]

    # ``points`` and ``explanation`` may be given as Deferred; they are computed when first read.

    def to_dict(self) -> dict:
        return {
            "id": str(self.indicator_id),
            "name": self.name,
            "kind": self.kind.value,
            "stakeholder": self.stakeholder.value,
            "measure_type": self.measure_type.value,
            "direction": self.direction.value,
            "bottom_line": self.bottom_line.value,
            "theme": self.theme or None,
            "unit": self.unit,
            "n_points": len(self.points),
            "baseline": self.baseline.to_dict(),
            "current": {"value": num(self.current_value), "date": iso(self.current_date)},
            "follow_up_mean": num(self.follow_up_mean),
            "change": {"absolute": num(self.change_absolute), "relative": num(self.change_relative),
                       "improvement": num(self.improvement)},
            "target": {"value": num(self.target_value), "date": iso(self.target_date),
                       "attainment": num(self.attainment)},
            "test": self.test.to_dict() if self.test else None,
            "test_reason": self.test_reason.as_dict() if self.test_reason else None,
            "effect_size": self.effect_size.to_dict() if self.effect_size else None,
            "run_chart": self.run_chart.to_dict() if self.run_chart else None,
            "spc": self.spc.to_dict() if self.spc else None,
            "spc_reason": self.spc_reason.as_dict() if self.spc_reason else None,
            "assurance": self.assurance.value if self.assurance else None,
            "trend": self.trend.to_dict() if self.trend else None,
            "status": self.status.value,
            "explanation": self.explanation.as_dict(),
            "reasons": [r.as_dict() for r in self.reasons],
        }


_resolve_on_read(IndicatorAnalysis, "points", "explanation")


@dataclass(frozen=True, slots=True)
class BottomLineResult:
    line: BottomLine
    computed: Verdict | None  # None: not measured
    assessed: Verdict | None
    agree: bool | None  # None when one of the two is missing
    n_indicators: int
    justification: str = ""
    evidence: str = ""

    def to_dict(self) -> dict:
        return {"line": self.line.value, "computed": self.computed.value if self.computed else None,
                "assessed": self.assessed.value if self.assessed else None, "agree": self.agree,
                "n_indicators": self.n_indicators}


@dataclass(frozen=True, slots=True)
class OverallVerdict:
    """The model's rule: a trial need not be plus on every line, but must not be minus on any."""

    verdict: Verdict  # plus: no minus and at least one plus; neutral: no minus, no plus; minus: a minus
    plus_lines: tuple[BottomLine, ...]
    minus_lines: tuple[BottomLine, ...]
    text: Text

    def to_dict(self) -> dict:
        return {"verdict": self.verdict.value, "no_minus": not self.minus_lines,
                "plus_lines": [x.value for x in self.plus_lines], "minus_lines": [x.value for x in self.minus_lines],
                "text": self.text.as_dict()}


@dataclass(frozen=True, slots=True)
class TrialAnalysis:
    trial_id: uuid.UUID
    name: str
    start_date: dt.date
    indicators: tuple[IndicatorAnalysis, ...]
    bottom_lines: tuple[BottomLineResult, ...]
    overall: OverallVerdict
    counts: dict[str, int] = field(default_factory=dict)  # status -> number of indicators

    def indicator(self, indicator_id: uuid.UUID) -> IndicatorAnalysis | None:
        return next((a for a in self.indicators if a.indicator_id == indicator_id), None)

    def to_dict(self) -> dict:
        return {"id": str(self.trial_id), "name": self.name, "start_date": iso(self.start_date),
                "indicators": [a.to_dict() for a in self.indicators],
                "bottom_lines": [b.to_dict() for b in self.bottom_lines],
                "verdict": self.overall.to_dict(), "counts": dict(self.counts)}
