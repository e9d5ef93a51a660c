"""Typed, frozen results of the effect analysis. GUI, reports, comparison and JSON output read these."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..domain.enums import (
    BottomLine,
    Direction,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialVerdict,
    Verdict,
)
from ..domain.formatting import level_decimals
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
    TOO_EARLY = "too-early"  # fewer than 6 points in the current period
    NOT_POSSIBLE = "not-possible"  # the indicator's frequency can never give 6 points in its current period


class Attainment(StrEnum):
    """What is said about the target besides (or instead of) the attainment percentage."""

    REACHED = "reached"  # the current level lies on the good side of the target
    PROGRESS = "progress"  # a share of the way: the percentage is shown
    INSIDE_BASELINE_VARIATION = "inside-baseline-variation"  # the target lies within the baseline's limits
    MOVING_AWAY = "moving-away"  # the status is "worsened" and the level moved away from the target
    NO_PROGRESS = "no-progress"  # not closer to the target than the baseline, without a detectable change


STATUS_LABELS: dict[Status, Text] = {
    Status.IMPROVED: Text("Forbedret", "Improved"),
    Status.WORSENED: Text("Forværret", "Worsened"),
    Status.NO_CHANGE: Text("Ingen påviselig ændring", "No detectable change"),
    Status.INSUFFICIENT: Text("For få data", "Insufficient data"),
}

ASSURANCE_LABELS: dict[Assurance, Text] = {
    Assurance.CONSISTENTLY_MEETS: Text("Når målet stabilt", "Consistently meets the target"),
    # a statement about the process (the target lies within the current limits), not about the measurements:
    # what the measurements did is said by :func:`assurance_label`
    Assurance.INCONSISTENT: Text("Målet ligger inden for den normale variation: det kan nås til tider, men ikke stabilt",
                                 "The target lies within the normal variation: it can be met at times, "
                                 "but not consistently"),
    Assurance.CONSISTENTLY_FAILS: Text("Når ikke målet med den nuværende praksis", "Consistently fails the target"),
    Assurance.TOO_EARLY: Text("For tidligt at vurdere, om målet nås stabilt (under 6 målinger i den aktuelle periode)",
                              "Too early to judge whether the target is met consistently "
                              "(fewer than 6 measurements in the current period)"),
    Assurance.NOT_POSSIBLE: Text("Om målet nås stabilt kan ikke vurderes: målefrekvensen giver aldrig 6 målinger "
                                 "i den aktuelle periode",
                                 "Whether the target is met consistently cannot be judged: the measuring frequency "
                                 "never gives 6 measurements in the current period"),
}

ATTAINMENT_LABELS: dict[Attainment, Text] = {
    Attainment.REACHED: Text("nået", "reached"),
    Attainment.INSIDE_BASELINE_VARIATION: Text("målet ligger inden for baselinens normale variation",
                                               "the target lies within the baseline's normal variation"),
    Attainment.MOVING_AWAY: Text("udviklingen går væk fra målet", "moving away from the target"),
    Attainment.NO_PROGRESS: Text("ingen påviselig fremgang mod målet", "no detectable progress towards the target"),
}


def assurance_label(a: IndicatorAnalysis) -> Text | None:
    """Whether the target is met consistently, in words that are true of the measurements too: the
    assurance judges the process (is the target within the current period's control limits?), and when it
    is, the words say whether any measurement in the period actually reached the target."""
    if a.assurance is None:
        return None
    if a.assurance is not Assurance.INCONSISTENT:
        return ASSURANCE_LABELS[a.assurance]
    counts = a.current_points_reaching_target()
    if counts is None or counts[1] == 0:
        return ASSURANCE_LABELS[a.assurance]
    k, n = counts
    if a.attainment_note is Attainment.REACHED and k < n:  # the level is past the target, not every point
        return Text(f"Målet er nået i gennemsnit; {k} af {n} målinger i perioden har nået det: målet ligger inden "
                    "for den normale variation, så det nås ikke stabilt endnu",
                    f"The target is reached on average; {k} of {n} measurements in the period reached it: the "
                    "target lies within the normal variation, so it is not yet met consistently")
    if k == 0:
        return Text("Ingen måling i perioden har nået målet, men målet ligger inden for den normale variation: "
                    "det kan nås til tider, men ikke stabilt",
                    "No measurement in the period has reached the target, but the target lies within the normal "
                    "variation: it can be met at times, but not consistently")
    if k == n:
        return Text("Alle målinger i perioden har nået målet, men målet ligger inden for den normale variation: "
                    "det nås ikke stabilt",
                    "Every measurement in the period has reached the target, but the target lies within the normal "
                    "variation: it will not be met consistently")
    return Text(f"Målingerne i perioden ligger på begge sider af målet ({k} af {n} har nået det): målet ligger "
                "inden for den normale variation og nås til tider, men ikke stabilt",
                f"The measurements in the period fall on both sides of the target ({k} of {n} reached it): the "
                "target lies within the normal variation and is met at times, but not consistently")


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
    end_date: dt.date  # the last day of the baseline (inclusive)
    source: str  # "points" | "manual" | "none"
    start_date: dt.date | None = None  # the first baseline measurement

    def to_dict(self) -> dict:
        return {"value": num(self.value), "n_points": self.n_points, "start_date": iso(self.start_date),
                "end_date": iso(self.end_date), "source": self.source}


@dataclass(frozen=True, slots=True)
class PeriodResult:
    """The current period: which follow-up measurements make the "nu" level."""

    choice: str  # a CurrentPeriod value
    start: dt.date  # the first and the last measurement in it
    end: dt.date
    n_points: int

    def to_dict(self) -> dict:
        return {"choice": self.choice, "start": iso(self.start), "end": iso(self.end), "n_points": self.n_points}


@dataclass(frozen=True, slots=True)
class TestResult:
    method: str  # welch-summary | two-proportion-z | fisher-exact | poisson-exact | welch-points | one-sample-*
    statistic: float
    p_value: float
    difference: float  # follow-up minus baseline, in the indicator's unit
    ci_low: float
    ci_high: float
    compared: str  # what was compared: "baseline-vs-current" or "typed-baseline-vs-current"

    @property
    def significant(self) -> bool:
        return self.p_value < 0.05

    def to_dict(self) -> dict:
        return {"method": self.method, "statistic": num(self.statistic), "p_value": num(self.p_value),
                "difference": num(self.difference), "ci_low": num(self.ci_low), "ci_high": num(self.ci_high),
                "compared": self.compared}


RATIO_KINDS = frozenset({"rate-ratio"})


@dataclass(frozen=True, slots=True)
class EffectSize:
    """An effect size as computed (current period against baseline), and the indicator's direction sign
    (+1 when higher is better). ``signed``: the same figure turned so that + (or, for a ratio, above 1)
    is an improvement."""

    kind: str  # hedges-g | hedges-g-points | cohens-h | rate-ratio
    value: float
    ci_low: float
    ci_high: float
    sign: int = 1

    @property
    def is_ratio(self) -> bool:
        return self.kind in RATIO_KINDS

    @property
    def signed(self) -> tuple[float, float, float]:
        """(value, ci_low, ci_high) signed so that + is an improvement (a ratio: above 1)."""
        if self.is_ratio:
            if self.sign > 0:
                return self.value, self.ci_low, self.ci_high
            inv = [math.inf if x == 0 else 1 / x for x in (self.value, self.ci_high, self.ci_low)]
            return inv[0], inv[1], inv[2]
        lo, hi = sorted((self.ci_low * self.sign, self.ci_high * self.sign))
        return self.value * self.sign, lo, hi

    @property
    def improvement(self) -> float:
        """How far the signed effect lies on the improvement side: the signed value, or the log of a ratio."""
        v = self.signed[0]
        return (math.log(v) if v > 0 else -math.inf) if self.is_ratio else v

    def to_dict(self) -> dict:
        sv, slo, shi = self.signed
        return {"kind": self.kind, "value": num(self.value), "ci_low": num(self.ci_low), "ci_high": num(self.ci_high),
                "signed": {"value": num(sv), "ci_low": num(slo), "ci_high": num(shi)}}


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
class PhaseLimits:
    """One SPC phase after the baseline's: from a phase-change milestone to the next (point indices)."""

    start: int  # index of its first point
    name: str  # the milestone's text
    centre: float
    n_limit_points: int  # the points its limits come from (≤ 12); 0: too few, the previous phase's limits go on
    stop: int  # index after its last point

    def to_dict(self) -> dict:
        return {"name": self.name, "start": self.start, "stop": self.stop, "centre": num(self.centre),
                "n_limit_points": self.n_limit_points}


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
    phases: tuple[PhaseLimits, ...] = ()  # the phases after the baseline's (phase-change milestones)
    centre_points: tuple[float, ...] = ()  # per point, with phases; else ``centre`` everywhere

    def centre_at(self, i: int) -> float:
        return self.centre_points[i] if self.centre_points else self.centre

    def to_dict(self) -> dict:
        out = {"chart": self.chart, "centre": num(self.centre), "lcl": num(self.lcl), "ucl": num(self.ucl),
               "sigma": num(self.sigma), "signals": [s.to_dict() for s in self.signals]}
        if self.phases:
            out["phases"] = [p.to_dict() for p in self.phases]
        return out


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
    current_period: PeriodResult | None = None
    latest_value: float | None = None  # the latest single measurement (labelled as such)
    latest_date: dt.date | None = None
    level_method: str = ""  # how both levels are made: pooled-counts | pooled-summary | mean-of-points
    attainment_note: Attainment | None = None
    warnings: tuple[Text, ...] = ()  # guardrails, in words a project lead understands
    anhoej: Text | None = None  # the run-chart line: longest run and crossings against their limits
    signal_from: dt.date | None = None  # the first decisive chart signal in the status' direction

    @property
    def level_decimals(self) -> int:
        """The decimals the baseline, the level now and the change are shown with (see
        :func:`~effektmaaling.domain.formatting.level_decimals`)."""
        return level_decimals(self.baseline.value, self.current_value, self.mean_decimals)

    @property
    def mean_decimals(self) -> int:
        """The decimals of a mean of the measurements (a level, the control chart's centre line and limits): a
        count's own decimals are 0, its means get one (9,8 and 9,0, not 10 and 9)."""
        return max(self.decimals, 1) if self.measure_type is MeasureType.COUNT else self.decimals

    @property
    def status_label(self) -> Text:
        return STATUS_LABELS[self.status]

    # ``points`` and ``explanation`` may be given as Deferred; they are computed when first read.

    def current_points_reaching_target(self) -> tuple[int, int] | None:
        """(how many of the current period's measurements reached the target, how many there are); None
        without a target or a current period. Reached: on the target or on its good side."""
        if self.target_value is None or self.current_period is None:
            return None
        p = self.current_period
        sign = self.direction.sign
        values = [pt.value for pt in self.points if not pt.baseline and p.start <= pt.date <= p.end]
        return sum(1 for v in values if sign * (v - self.target_value) >= 0), len(values)

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
                       "attainment": num(self.attainment),
                       "attainment_note": self.attainment_note.value if self.attainment_note else None},
            "periods": {"baseline": {"start": iso(self.baseline.start_date), "end": iso(self.baseline.end_date),
                                     "n_points": self.baseline.n_points, "source": self.baseline.source},
                        "current": self.current_period.to_dict() if self.current_period else None},
            "latest": {"value": num(self.latest_value), "date": iso(self.latest_date)},
            "level_method": self.level_method or None,
            "warnings": [w.as_dict() for w in self.warnings],
            "anhoej": self.anhoej.as_dict() if self.anhoej else None,
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

    @property
    def examined(self) -> bool:
        """Measured (an effect indicator with a status) or assessed by the team; else "ikke belyst"."""
        return self.computed is not None or self.assessed is not None

    @property
    def counts(self) -> Verdict | None:
        """The verdict that counts for the overall rule (the cautious reading when the two disagree):
        minus when either is minus, else plus when either is plus, else neutral."""
        both = (self.computed, self.assessed)
        for v in (Verdict.MINUS, Verdict.PLUS, Verdict.NEUTRAL):
            if v in both:
                return v
        return None

    def to_dict(self) -> dict:
        return {"line": self.line.value, "computed": self.computed.value if self.computed else None,
                "assessed": self.assessed.value if self.assessed else None, "agree": self.agree,
                "counts": self.counts.value if self.counts else None, "examined": self.examined,
                "n_indicators": self.n_indicators}


@dataclass(frozen=True, slots=True)
class OverallVerdict:
    """The model's rule: a trial need not be plus on every line, but must not be minus on any."""

    verdict: TrialVerdict  # minus: a minus; incomplete: no minus, a line neither measured nor assessed;
    # plus: no minus, every line measured or assessed, at least one plus; neutral: the same without a plus
    plus_lines: tuple[BottomLine, ...]
    minus_lines: tuple[BottomLine, ...]
    text: Text
    unexamined_lines: tuple[BottomLine, ...] = ()  # neither measured nor assessed ("ikke belyst")

    def to_dict(self) -> dict:
        return {"verdict": self.verdict.value, "no_minus": not self.minus_lines,
                "plus_lines": [x.value for x in self.plus_lines], "minus_lines": [x.value for x in self.minus_lines],
                "unexamined_lines": [x.value for x in self.unexamined_lines], "text": self.text.as_dict()}


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
