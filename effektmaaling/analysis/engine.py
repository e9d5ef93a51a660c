"""Effect analysis of an indicator and of a trial. Pure functions: plain data in, frozen results out."""

from __future__ import annotations

import datetime as dt
import math
import operator
import uuid
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import partial
from itertools import islice, repeat
from typing import NamedTuple

import numpy as np

from ..domain.entities import Assessment, Indicator, Measurement, Trial
from ..domain.enums import MeasureType
from ..domain.formatting import format_date
from ..domain.i18n import Text
from . import stats
from .bottomlines import bottom_lines, overall
from .explain import explanation
from .results import (
    BaselineResult,
    Deferred,
    EffectSize,
    IndicatorAnalysis,
    Meaning,
    Point,
    RunChartResult,
    SpcResult,
    Status,
    TestResult,
    TrialAnalysis,
)
from .runchart import run_chart
from .spc import assurance, chart_kind, spc_with_decisive

EPOCH = dt.date(1970, 1, 1)
EPOCH_ORDINAL = EPOCH.toordinal()
SPC_DECISIVE_RULES = ("beyond-limits", "shift")


def _finite(x: object) -> bool:
    t = type(x)
    if t is float:  # the common case first (this runs for every field of every measurement)
        return x - x == 0.0  # type: ignore[operator]  # False for NaN and the infinities
    if t is int or x is None:
        return x is not None
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def clean_points(ind: Indicator, measurements: Sequence[Measurement], baseline_end: dt.date) -> tuple[list[Point], list[Text]]:
    """Usable points sorted by date; one per date (the most recently updated wins)."""
    reasons: list[Text] = []
    by_date: dict[dt.date, Measurement] = {}
    dropped = 0
    for m in measurements:
        if not _finite(m.value) or m.date is None:
            dropped += 1
            continue
        prev = by_date.get(m.date)
        if prev is None:
            by_date[m.date] = m
            continue
        reasons.append(Text(f"to målinger den {format_date(m.date, 'da')}; den nyeste er brugt",
                            f"two measurements on {format_date(m.date, 'en')}; the newest is used"))
        if (m.updated_at or dt.datetime.min) >= (prev.updated_at or dt.datetime.min):
            by_date[m.date] = m
    if dropped:
        reasons.append(Text(f"{dropped} måling(er) uden gyldig værdi er udeladt",
                            f"{dropped} measurement(s) without a valid value were left out"))
    points = []
    for d in sorted(by_date):
        m = by_date[d]
        num, den, n, sd = m.numerator, m.denominator, m.n, m.sd
        if (num is not None or den is not None) and not (_finite(num) and _finite(den) and den > 0):  # type: ignore[operator]
            num = den = None
        n = int(n) if n is not None and _finite(n) and n >= 1 else None  # type: ignore[operator]
        sd = float(sd) if sd is not None and _finite(sd) and sd >= 0 else None  # type: ignore[operator]
        points.append(Point(d, float(m.value), n, sd, num, den, d < baseline_end))  # type: ignore[arg-type]
    return points, reasons


class _Series(NamedTuple):
    """The cleaned points as columns (what the statistics read); n, sd, numerator and denominator are
    None when no point has one."""

    dates: list[dt.date]
    values: list[float]
    n: list[int | None] | None
    sd: list[float | None] | None
    numerator: list[float | None] | None
    denominator: list[float | None] | None
    array: np.ndarray  # the values
    num_array: np.ndarray  # numerators and denominators, NaN where missing
    den_array: np.ndarray


_FLOAT_TYPES = {float, np.float64}
_sum = np.add.reduce


def _finite_array(xs: list, types: set[type]) -> np.ndarray | None:
    """The list as a float array if it holds only floats (Python or numpy; ``types`` are the types in
    it) and none is NaN or infinite."""
    if not types <= _FLOAT_TYPES:
        return None
    arr = np.array(xs, dtype=float)
    # a finite sum means every term is finite; an overflowing sum of finite values is checked one by one
    return arr if math.isfinite(_sum(arr)) or np.isfinite(arr).all() else None


def _all_none(xs: list) -> bool:
    return xs[0] is None and xs.count(None) == len(xs)


def _plain_series(measurements: Sequence[Measurement]) -> _Series | None:
    """The columns straight from the measurements when :func:`clean_points` would change nothing: dates
    strictly increasing, finite float values, and n, sd, numerator/denominator each either absent from
    every point or valid on every point. None otherwise (then ``clean_points`` does the work)."""
    dates = [m.date for m in measurements]
    n = len(dates)
    try:  # (a missing date cannot be compared: TypeError)
        if n == 0 or dates[0] is None or not all(map(operator.lt, dates, islice(dates, 1, None))):
            return None
    except TypeError:
        return None
    raw = [m.value for m in measurements]
    array = _finite_array(raw, set(map(type, raw)))
    if array is None:
        return None
    ns: list | None = [m.n for m in measurements]
    if _all_none(ns):  # type: ignore[arg-type]
        ns = None
    elif set(map(type, ns)) != {int} or min(ns) < 1:  # type: ignore[arg-type,type-var]
        return None
    sds: list | None = [m.sd for m in measurements]
    if _all_none(sds):  # type: ignore[arg-type]
        sds = None
    elif set(map(type, sds)) != {float} or not all(map(math.isfinite, sds)) or min(sds) < 0:  # type: ignore[arg-type]
        return None
    nums: list | None = [m.numerator for m in measurements]
    dens: list | None = [m.denominator for m in measurements]
    if _all_none(nums) and _all_none(dens):  # type: ignore[arg-type]
        nums = dens = None
        num_a = den_a = np.full(n, np.nan)
    else:
        num_a = _finite_array(nums, set(map(type, nums)))  # type: ignore[arg-type]
        den_a = _finite_array(dens, set(map(type, dens)))  # type: ignore[arg-type]
        if num_a is None or den_a is None or not np.minimum.reduce(den_a) > 0:
            return None  # (the points keep numerator and denominator as given, like clean_points)
    return _Series(dates, array.tolist(), ns, sds, nums, dens, array, num_a, den_a)


def _series_of(points: Sequence[Point]) -> _Series:
    def column(name: str) -> list | None:
        col = [getattr(p, name) for p in points]
        return None if col.count(None) == len(col) else col

    values = [p.value for p in points]
    num, den = column("numerator"), column("denominator")
    return _Series([p.date for p in points], values, column("n"), column("sd"), num, den,
                   np.array(values, dtype=float), _float_column(num, len(points)), _float_column(den, len(points)))


def _points(series: _Series, baseline_end: dt.date) -> tuple[Point, ...]:
    """What :func:`clean_points` makes of the same measurements, built when first read."""
    none = repeat(None)
    return tuple(map(Point, series.dates, series.values, series.n or none, series.sd or none,
                     series.numerator or none, series.denominator or none,
                     [d < baseline_end for d in series.dates]))


def _float_column(col: list[float | None] | None, n: int) -> np.ndarray:
    if col is None:
        return np.full(n, np.nan)
    if None not in col:
        return np.array(col, dtype=float)
    return np.array([np.nan if x is None else x for x in col], dtype=float)


def analyse_indicator(ind: Indicator, measurements: Sequence[Measurement], trial_start: dt.date) -> IndicatorAnalysis:
    baseline_end = ind.baseline_end_date or trial_start
    series = _plain_series(measurements)
    points: tuple[Point, ...] | Deferred
    if series is not None:
        reasons: list[Text] = []
        points = Deferred(partial(_points, series, baseline_end))
    else:
        cleaned, reasons = clean_points(ind, measurements, baseline_end)
        series, points = _series_of(cleaned), tuple(cleaned)
    dates = series.dates
    n = len(dates)
    values = series.array
    num, den = series.num_array, series.den_array
    nb = bisect_left(dates, baseline_end)  # the points before the end of the baseline period (sorted by date)
    base, follow = values[:nb], values[nb:]
    sign = ind.direction.sign

    if nb:
        baseline = BaselineResult(stats.mean(base), nb, baseline_end, "points")
    elif ind.baseline_value is not None:
        baseline = BaselineResult(float(ind.baseline_value), 0, baseline_end, "manual")
    else:
        baseline = BaselineResult(None, 0, baseline_end, "none")
        reasons.append(Text("der er ingen målinger før baselineperiodens slutning og ingen manuel baseline",
                            "there are no measurements before the end of the baseline period and no manual baseline"))
    if len(follow) == 0:
        reasons.append(Text("der er ingen målinger efter forsøgets start", "there are no measurements after the trial start"))

    current_value = series.values[-1] if len(follow) else None
    current_date = dates[-1] if len(follow) else None
    follow_mean = stats.mean(follow) if len(follow) else None
    change = rel = improvement = attainment = None
    if baseline.value is not None and current_value is not None:
        change = current_value - baseline.value
        rel = change / abs(baseline.value) if baseline.value != 0 else None
        improvement = change * sign
        if ind.target_value is not None and ind.target_value != baseline.value:
            attainment = change / (ind.target_value - baseline.value)

    test, test_reason, effect = _test(ind, series, nb, base, follow)

    rc = run_chart(values, nb)
    kind = chart_kind(ind.measure_type, num, den)
    spc_res = spc_with_decisive(values, num, den, nb, ind.measure_type, ind.rate_per, sign, dates,
                                SPC_DECISIVE_RULES, kind) if n else Text("ingen målinger", "no measurements")
    spc_reason = spc_res if isinstance(spc_res, Text) else None
    spc_ok, decisive = (None, None) if isinstance(spc_res, Text) else spc_res
    assure = assurance(values, num, den, nb, ind.measure_type, ind.rate_per, sign, ind.target_value, kind)
    days = np.fromiter(map(dt.date.toordinal, dates[nb:]), float, len(follow)) - EPOCH_ORDINAL  # exact: whole numbers
    tr = stats.trend(days, follow)

    status = _status(baseline, current_value, test, spc_ok, rc, follow_mean, sign, decisive)
    if status is Status.INSUFFICIENT and test is None and spc_ok is None and baseline.value is not None and len(follow):
        reasons.append(test_reason or Text("for få målinger", "too few measurements"))
    reasons_t = tuple(reasons)
    expl = Deferred(partial(
        explanation, status=status, baseline=baseline.value, current=current_value, relative=rel,
        decimals=ind.decimals, unit="%" if ind.measure_type is MeasureType.PROPORTION else ind.unit,
        test=test, spc=spc_ok, attainment=attainment, reasons=reasons_t))
    return IndicatorAnalysis(
        indicator_id=ind.id, name=ind.name, kind=ind.kind, stakeholder=ind.stakeholder, measure_type=ind.measure_type,
        direction=ind.direction, bottom_line=ind.bottom_line, theme=ind.theme, unit=ind.unit, decimals=ind.decimals,
        points=points, baseline=baseline, current_value=current_value,  # type: ignore[arg-type]  # computed on read
        current_date=current_date, follow_up_mean=follow_mean, n_follow_up=len(follow),
        change_absolute=change, change_relative=rel, improvement=improvement, target_value=ind.target_value,
        target_date=ind.target_date, attainment=attainment, test=test, test_reason=test_reason, effect_size=effect,
        run_chart=rc, spc=spc_ok, spc_reason=spc_reason, assurance=assure, trend=tr, status=status,
        explanation=expl, reasons=reasons_t,  # type: ignore[arg-type]  # computed on read
    )


def _test(ind: Indicator, series: _Series, nb: int, base: np.ndarray,
          follow: np.ndarray) -> tuple[TestResult | None, Text | None, EffectSize | None]:
    """The first test that applies (summary statistics, counts, points), and the matching effect size."""
    if nb == 0 or len(follow) == 0:
        return None, Text("en test kræver målinger både før og efter forsøgets start",
                          "a test needs measurements both before and after the trial start"), None
    a, b = nb - 1, len(series.values) - 1
    av, bv = series.values[a], series.values[b]
    an, bn = (series.n[a], series.n[b]) if series.n else (None, None)
    asd, bsd = (series.sd[a], series.sd[b]) if series.sd else (None, None)
    if an and bn and asd is not None and bsd is not None and an >= 2 and bn >= 2:
        test = stats.welch_from_stats(av, asd, an, bv, bsd, bn, "last-baseline-vs-latest")
        if test is not None:
            return test, None, stats.hedges_g(av, asd, an, bv, bsd, bn)
    anum, bnum = (series.numerator[a], series.numerator[b]) if series.numerator else (None, None)
    aden, bden = (series.denominator[a], series.denominator[b]) if series.denominator else (None, None)
    if anum is not None and bnum is not None:
        if ind.measure_type is MeasureType.PROPORTION:
            test = stats.two_proportions(anum, aden, bnum, bden)  # type: ignore[arg-type]
            if test is not None:
                return test, None, stats.cohens_h(anum / aden, aden, bnum / bden, bden)  # type: ignore[operator,arg-type]
        elif ind.measure_type is MeasureType.RATE:
            test = stats.poisson_rates(anum, aden, bnum, bden, ind.rate_per)  # type: ignore[arg-type]
            if test is not None:
                return test, None, _g_from_points(base, follow)
    if nb >= 3 and len(follow) >= 3:
        if _constant(base) and _constant(follow):
            return None, Text("alle målinger er ens inden for baseline og opfølgning, så variationen kan ikke vurderes",
                              "all values are equal within the baseline and the follow-up, so variation cannot be judged"), None
        s1, s2 = stats.sample_stats(base), stats.sample_stats(follow)  # = welch_points and _g_from_points
        return stats.welch_from_stats(*s1, *s2, "baseline-vs-follow-up"), None, stats.hedges_g(*s1, *s2)
    return None, Text(f"en test kræver mindst 3 målinger før og 3 efter start (her {nb} og {len(follow)})",
                      f"a test needs at least 3 measurements before and 3 after the start (here {nb} and {len(follow)})"), None


def _constant(a: np.ndarray) -> bool:
    """``np.ptp(a) == 0`` for finite values."""
    return bool(np.maximum.reduce(a) == np.minimum.reduce(a))


def _g_from_points(base: np.ndarray, follow: np.ndarray) -> EffectSize | None:
    if len(base) < 2 or len(follow) < 2:
        return None
    m1, s1, n1 = stats.sample_stats(base)
    m2, s2, n2 = stats.sample_stats(follow)
    return stats.hedges_g(m1, s1, n1, m2, s2, n2)


def _status(baseline: BaselineResult, current: float | None, test: TestResult | None, spc_res: SpcResult | None,
            rc: RunChartResult | None, follow_mean: float | None, sign: int,
            decisive: set[Meaning] | None = None) -> Status:
    """The status rule (docs/methods.md):

    - the test speaks when it is significant (p < 0.05): its sign says improved or worsened;
    - the control chart speaks when its decisive signals in the follow-up (a shift, or points beyond the
      limits) all point one way, the run chart confirms non-random variation (Anhøj rules), and the
      follow-up mean lies on that side of the baseline;
    - improved/worsened when one speaks and the other does not contradict it; no detectable change when
      neither speaks or they disagree; insufficient data when neither a test nor a chart is possible.

    ``decisive``: the meanings of the decisive signals when the caller has them (else read from ``spc_res``).
    """
    if baseline.value is None or current is None or (test is None and spc_res is None):
        return Status.INSUFFICIENT
    t_score = 0
    if test is not None and test.significant:
        t_score = 1 if test.difference * sign > 0 else -1 if test.difference * sign < 0 else 0
    s_score = 0
    if spc_res is not None and rc is not None and rc.signal and follow_mean is not None:
        meanings = decisive if decisive is not None else \
            {s.meaning for s in spc_res.signals if s.rule in SPC_DECISIVE_RULES}
        level = (follow_mean - baseline.value) * sign
        if meanings == {Meaning.IMPROVEMENT} and level > 0:
            s_score = 1
        elif meanings == {Meaning.DETERIORATION} and level < 0:
            s_score = -1
    score = t_score if t_score != 0 and s_score != -t_score else s_score if t_score == 0 else 0
    return Status.IMPROVED if score > 0 else Status.WORSENED if score < 0 else Status.NO_CHANGE


def analyse_trial(
    trial: Trial,
    indicators: Sequence[Indicator],
    measurements_by_indicator: Mapping[uuid.UUID, Sequence[Measurement]],
    assessments: Sequence[Assessment] = (),
) -> TrialAnalysis:
    results = tuple(analyse_indicator(ind, measurements_by_indicator.get(ind.id, ()), trial.start_date)
                    for ind in indicators)
    lines = bottom_lines(results, assessments)
    counts = Counter(a.status.value for a in results)
    return TrialAnalysis(trial.id, trial.name, trial.start_date, results, lines, overall(lines),
                         {s.value: counts.get(s.value, 0) for s in Status})
