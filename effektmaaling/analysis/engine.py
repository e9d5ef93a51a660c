"""Effect analysis of an indicator and of a trial. Pure functions: plain data in, frozen results out."""

from __future__ import annotations

import datetime as dt
import math
import operator
import uuid
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import islice, repeat
from typing import NamedTuple

import numpy as np

from ..domain.entities import Assessment, Indicator, Measurement, MeasurementColumns, Milestone, Trial
from ..domain.enums import CurrentPeriod, Frequency, MeasureType
from ..domain.formatting import format_date, format_number
from ..domain.i18n import Text
from . import stats, vector
from .bottomlines import bottom_lines, overall
from .explain import explanation
from .results import (
    Assurance,
    Attainment,
    BaselineResult,
    Deferred,
    EffectSize,
    IndicatorAnalysis,
    Meaning,
    PeriodResult,
    Point,
    RunChartResult,
    SpcResult,
    Status,
    TestResult,
    TrialAnalysis,
)
from .runchart import run_chart
from .spc import (
    MIN_ASSURANCE,
    PHASE_FREEZE,
    assurance,
    assurance_from_sigma,
    baseline_limits,
    chart_kind,
    spc_with_decisive,
    weigh_decisive,
)

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
        points.append(Point(d, float(m.value), n, sd, num, den, d <= baseline_end))  # type: ignore[arg-type]
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
    columns = isinstance(measurements, MeasurementColumns)  # the stored columns: no row is made
    dates = list(measurements.dates) if columns else [m.date for m in measurements]  # type: ignore[attr-defined]
    n = len(dates)
    try:  # (a missing date cannot be compared: TypeError)
        if n == 0 or dates[0] is None or not all(map(operator.lt, dates, islice(dates, 1, None))):
            return None
    except TypeError:
        return None
    raw = list(measurements.values) if columns else [m.value for m in measurements]  # type: ignore[attr-defined]
    types = set(map(type, raw))
    array = _finite_array(raw, types)
    if array is None:
        return None
    ns: list | None = list(measurements.n) if columns else [m.n for m in measurements]  # type: ignore[attr-defined]
    if _all_none(ns):  # type: ignore[arg-type]
        ns = None
    elif set(map(type, ns)) != {int} or min(ns) < 1:  # type: ignore[arg-type,type-var]
        return None
    sds: list | None = list(measurements.sd) if columns else [m.sd for m in measurements]  # type: ignore[attr-defined]
    if _all_none(sds):  # type: ignore[arg-type]
        sds = None
    elif set(map(type, sds)) != {float} or not all(map(math.isfinite, sds)) or min(sds) < 0:  # type: ignore[arg-type]
        return None
    nums: list | None = (list(measurements.numerator) if columns  # type: ignore[attr-defined]
                         else [m.numerator for m in measurements])
    dens: list | None = (list(measurements.denominator) if columns  # type: ignore[attr-defined]
                         else [m.denominator for m in measurements])
    if _all_none(nums) and _all_none(dens):  # type: ignore[arg-type]
        nums = dens = None
        num_a = den_a = np.full(n, np.nan)
    else:
        num_a = _finite_array(nums, set(map(type, nums)))  # type: ignore[arg-type]
        den_a = _finite_array(dens, set(map(type, dens)))  # type: ignore[arg-type]
        if num_a is None or den_a is None or not np.minimum.reduce(den_a) > 0:
            return None  # (the points keep numerator and denominator as given, like clean_points)
    return _Series(dates, raw if types == {float} else array.tolist(), ns, sds, nums, dens, array, num_a, den_a)


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
                     [d <= baseline_end for d in series.dates]))


def _float_column(col: list[float | None] | None, n: int) -> np.ndarray:
    if col is None:
        return np.full(n, np.nan)
    if None not in col:
        return np.array(col, dtype=float)
    return np.array([np.nan if x is None else x for x in col], dtype=float)


def _months_back(d: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it has fewer days)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, min(d.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# points a year can hold at each frequency (the default current period is a year)
_PER_YEAR = {Frequency.WEEKLY: 52, Frequency.MONTHLY: 12, Frequency.QUARTERLY: 4, Frequency.HALF_YEARLY: 2,
             Frequency.YEARLY: 1}


def current_start(dates: Sequence[dt.date], nb: int, choice: CurrentPeriod, phase_starts: Sequence[int] = ()) -> int:
    """The index of the first point of the current period (follow-up points are ``dates[nb:]``);
    ``phase_starts``: the first point of each SPC phase after the baseline's."""
    n = len(dates)
    if n <= nb:
        return n
    if choice is CurrentPeriod.LATEST:
        return n - 1
    if choice is CurrentPeriod.FOLLOW_UP:
        return nb
    if choice is CurrentPeriod.LATEST_PHASE:  # without a phase change: the whole follow-up
        return max((s for s in phase_starts if nb <= s < n), default=nb)
    cutoff = _months_back(dates[-1], 12)
    return max(nb, bisect_right(dates, cutoff))


class _Levels(NamedTuple):
    method: str  # pooled-summary | pooled-counts | mean-of-points
    baseline: tuple | None  # per method: (mean, sd, N) | (events, exposure) | (mean, sd, count)
    current: tuple | None


def _complete(col: list | None, sl: slice) -> bool:
    return col is not None and (None not in col or None not in col[sl])  # (the whole column first: no copy)


def _levels(ind: Indicator, series: _Series, base: slice, cur: slice, pre: vector.Row | None = None) -> _Levels:
    """How both periods' levels are made (the same way for both) and their pooled summaries; ``pre``: the
    figures the indicator's group computed (see :mod:`.vector`)."""
    periods = [sl for sl in (base, cur) if sl.stop > sl.start]
    has_base, has_cur = base.stop > base.start, cur.stop > cur.start
    mt = ind.measure_type
    if mt in (MeasureType.PROPORTION, MeasureType.RATE) and all(
            _complete(series.numerator, sl) and _complete(series.denominator, sl) for sl in periods):
        if pre is not None and (pre.base_counts or pre.cur_counts):
            return _Levels("pooled-counts", pre.base_counts, pre.cur_counts)

        def counts(sl: slice) -> tuple:
            return float(_sum(series.num_array[sl])), float(_sum(series.den_array[sl]))
        return _Levels("pooled-counts", counts(base) if has_base else None, counts(cur) if has_cur else None)
    if all(_complete(series.n, sl) and _complete(series.sd, sl) for sl in periods):
        def summary(sl: slice) -> tuple:
            return stats.pooled_summary(series.values[sl], series.sd[sl], series.n[sl])  # type: ignore[index,arg-type]
        return _Levels("pooled-summary", summary(base) if has_base else None, summary(cur) if has_cur else None)
    if pre is not None:
        return _Levels("mean-of-points", pre.base, pre.cur)

    def plain(sl: slice) -> tuple:
        return stats.sample_stats(series.array[sl])
    return _Levels("mean-of-points", plain(base) if has_base else None, plain(cur) if has_cur else None)


def _partial_summaries(ind: Indicator, series: _Series, periods: list[slice]) -> list[Text]:
    """A warning when some, not all, measurements of the compared periods carry n and sd (a proportion's or
    a rate's counts): the test then falls back to the measurements themselves, and its effect size measures
    the variation between measurements, not between people: a change of method the user must be told of."""
    counted = ind.measure_type in (MeasureType.PROPORTION, MeasureType.RATE)
    cols = (series.numerator, series.denominator) if counted else (series.n, series.sd)
    if any(c is None for c in cols):
        return []
    idx = [i for sl in periods for i in range(sl.start, sl.stop)]
    with_both = sum(1 for i in idx if all(c[i] is not None for c in cols))  # type: ignore[index]
    missing = len(idx) - with_both
    if not with_both or not missing:
        return []
    if counted:
        return [Text(f"Tæller og nævner mangler for {missing} af {len(idx)} målinger i de sammenlignede perioder, "
                     "så testen bygger på målingerne selv i stedet for de samlede tal. Udfyld dem for alle målinger "
                     "for at teste på antallene.",
                     f"The numerator and denominator are missing for {missing} of {len(idx)} measurements in the "
                     "compared periods, so the test uses the measurements themselves instead of the pooled counts. "
                     "Fill them in for every measurement to test on the counts.")]
    return [Text(f"n og spredning mangler for {missing} af {len(idx)} målinger i de sammenlignede perioder, så "
                 "testen og effektstørrelsen bygger på variationen mellem målingerne, ikke mellem personerne: "
                 "effektstørrelsen kan ikke sammenlignes med en, der bygger på n og spredning. Udfyld n og "
                 "spredning for alle målinger for at bruge dem.",
                 f"n and the standard deviation are missing for {missing} of {len(idx)} measurements in the "
                 "compared periods, so the test and the effect size rest on the variation between measurements, "
                 "not between people: the effect size cannot be compared with one based on n and the standard "
                 "deviation. Fill in n and the standard deviation for every measurement to use them.")]


def _level_value(levels: _Levels, which: tuple | None, ind: Indicator) -> float | None:
    if which is None:
        return None
    if levels.method == "pooled-counts":
        x, e = which
        return (100.0 if ind.measure_type is MeasureType.PROPORTION else ind.rate_per) * x / e
    return float(which[0])


def phase_starts(dates: Sequence[dt.date], nb: int, phase_changes: Iterable[tuple[dt.date, str]]) -> list[tuple[int, str]]:
    """The SPC phases after the baseline's: (index of the first point on or after a phase-change milestone,
    its text), for milestones after the baseline's last point with a point on or after them; two on the same
    point: the later."""
    found: dict[int, str] = {}
    for day, name in sorted(phase_changes, key=lambda p: p[0]):
        i = bisect_left(dates, day)
        if nb <= i < len(dates) and nb:
            found[i] = name
    return sorted(found.items())


class _Prepared(NamedTuple):
    """An indicator's cleaned series and its periods: what :func:`_analyse` starts from."""

    ind: Indicator
    series: _Series
    points: tuple[Point, ...] | Deferred
    reasons: list[Text]
    baseline_end: dt.date
    nb: int  # the baseline's points: series[:nb]
    phases: list[tuple[int, str]]
    ic: int  # the current period: series[ic:]


def _prepare(ind: Indicator, measurements: Sequence[Measurement], trial_start: dt.date,
             phase_changes: Sequence[tuple[dt.date, str]]) -> _Prepared:
    baseline_end = ind.baseline_end_date or trial_start - dt.timedelta(days=1)  # the last baseline day
    series = _plain_series(measurements)
    points: tuple[Point, ...] | Deferred
    if series is not None:
        reasons: list[Text] = []
        points = Deferred(partial(_points, series, baseline_end))
    else:
        cleaned, reasons = clean_points(ind, measurements, baseline_end)
        series, points = _series_of(cleaned), tuple(cleaned)
    dates = series.dates
    nb = bisect_right(dates, baseline_end)  # the points on or before the last baseline day (sorted by date)
    phases = phase_starts(dates, nb, phase_changes) if phase_changes else []
    ic = current_start(dates, nb, ind.current_period, [i for i, _ in phases])
    return _Prepared(ind, series, points, reasons, baseline_end, nb, phases, ic)


def analyse_indicator(ind: Indicator, measurements: Sequence[Measurement], trial_start: dt.date,
                      phase_changes: Sequence[tuple[dt.date, str]] = ()) -> IndicatorAnalysis:
    """``phase_changes``: the (date, text) of the trial's phase-change milestones ("ny praksis").

    One indicator alone, with 1-D arrays; :func:`analyse_trial` computes a trial's indicators together
    (:mod:`.vector`), to the same figures."""
    return _analyse(_prepare(ind, measurements, trial_start, phase_changes))


def _analyse(prep: _Prepared, pre: vector.Row | None = None) -> IndicatorAnalysis:
    """The analysis of a prepared indicator; ``pre``: the figures its group computed (:mod:`.vector`),
    the rest from 1-D arrays."""
    ind, series, points, reasons, baseline_end, nb, phases, ic = prep
    warnings: list[Text] = []
    dates = series.dates
    n = len(dates)
    values = series.array
    num, den = series.num_array, series.den_array
    kind = pre.kind if pre is not None else chart_kind(ind.measure_type, num, den)
    base, follow = values[:nb], values[nb:]
    sign = ind.direction.sign
    cur = slice(ic, n)
    n_cur = n - ic
    levels = _levels(ind, series, slice(0, nb), cur, pre) if n else None
    if levels is not None and levels.method == "mean-of-points":
        warnings.extend(_partial_summaries(ind, series, [slice(0, nb), cur]))

    if nb:
        baseline = BaselineResult(_level_value(levels, levels.baseline, ind) if levels else float(base.mean()),
                                  nb, baseline_end, "points", dates[0])
        if ind.baseline_value is not None:
            why_da = ("der er 1 måling i baselineperioden; den er baselinen" if nb == 1 else
                      f"der er {nb} målinger i baselineperioden; de er baselinen")
            why_en = ("there is 1 measurement in the baseline period; it is the baseline" if nb == 1 else
                      f"there are {nb} measurements in the baseline period; they are the baseline")
            warnings.append(Text(
                f"Den indtastede baseline ({format_number(ind.baseline_value, ind.decimals, 'da')}) er ikke brugt, "
                f"fordi {why_da}.",
                f"The typed baseline ({format_number(ind.baseline_value, ind.decimals, 'en')}) is not used, because "
                f"{why_en}."))
    elif ind.baseline_value is not None:
        baseline = BaselineResult(float(ind.baseline_value), 0, baseline_end, "manual")
        warnings.append(Text("Baselinen er indtastet, ikke målt: testen sammenligner den aktuelle periode med det "
                             "indtastede tal (en ét-stikprøve-test).",
                             "The baseline was typed, not measured: the test compares the current period with the "
                             "typed figure (a one-sample test)."))
    else:
        baseline = BaselineResult(None, 0, baseline_end, "none")
        reasons.append(Text("der er ingen målinger i baselineperioden og ingen indtastet baseline",
                            "there are no measurements in the baseline period and no typed baseline"))
    if len(follow) == 0:
        reasons.append(Text("der er ingen målinger efter baselineperioden",
                            "there are no measurements after the baseline period"))

    choice = ind.current_period
    if choice is CurrentPeriod.LATEST_PHASE and not any(i == ic for i, _ in phases):
        choice = CurrentPeriod.FOLLOW_UP  # no phase change in the follow-up: the whole follow-up, said so
    period = PeriodResult(choice.value, dates[ic], dates[-1], n_cur) if n_cur else None
    current_value = _level_value(levels, levels.current, ind) if levels else None
    latest_value = series.values[-1] if len(follow) else None
    latest_date = dates[-1] if len(follow) else None
    follow_mean = (pre.follow_mean if pre is not None else float(follow.mean())) if len(follow) else None
    change = rel = improvement = None
    if baseline.value is not None and current_value is not None:
        change = current_value - baseline.value
        rel = change / abs(baseline.value) if baseline.value != 0 else None
        improvement = change * sign

    test, test_reason, effect = _test(ind, levels, baseline, nb, n_cur, series, cur, warnings, pre)

    rc = pre.run_chart if pre is not None and pre.has_run_chart else run_chart(values, nb)
    if pre is not None and pre.spc is not None:
        spc_res = pre.spc
    else:
        spc_res = spc_with_decisive(values, num, den, nb, ind.measure_type, ind.rate_per, sign, dates,
                                    SPC_DECISIVE_RULES, kind, ic, phases) if n else Text("ingen målinger",
                                                                                          "no measurements")
    spc_reason = spc_res if isinstance(spc_res, Text) else None
    spc_ok, decisive = (None, None) if isinstance(spc_res, Text) else spc_res
    if spc_ok is not None and nb < 12:
        warnings.append(Text(f"Kontrolgrænserne bygger på kun {nb} baselinemåling{'' if nb == 1 else 'er'} (mindst 12 "
                             "anbefales), så de er usikre: et punkt uden for dem er et svagere tegn end ellers.",
                             f"The control limits rest on only {nb} baseline measurement{'' if nb == 1 else 's'} "
                             "(at least 12 are "
                             "recommended), so they are uncertain: a point outside them is a weaker sign than usual."))
    for ph in spc_ok.phases if spc_ok is not None else ():
        if ph.n_limit_points == 0:
            warnings.append(Text(f"Fasen »{ph.name}« har for få målinger ({ph.stop - ph.start}) til egne kontrolgrænser; "
                                 "den forrige fases grænser er brugt.",
                                 f"The phase '{ph.name}' has too few measurements ({ph.stop - ph.start}) for limits of "
                                 "its own; the previous phase's limits are used."))
        elif ph.n_limit_points < PHASE_FREEZE:
            warnings.append(Text(f"Kontrolgrænserne for fasen »{ph.name}« bygger på kun {ph.n_limit_points} målinger "
                                 f"(de fastlåses efter {PHASE_FREEZE}), så de er usikre.",
                                 f"The control limits of the phase '{ph.name}' rest on only {ph.n_limit_points} "
                                 f"measurements (they are frozen after {PHASE_FREEZE}), so they are uncertain."))
    if kind in ("P", "U") and n >= 2:
        lo_d, hi_d = float(np.minimum.reduce(den)), float(np.maximum.reduce(den))
        if hi_d > 2 * lo_d:
            warnings.append(Text(f"Nævnerne skifter meget (fra {format_number(lo_d, 0, 'da')} til "
                                 f"{format_number(hi_d, 0, 'da')}): niveauerne er vægtet efter nævneren, og "
                                 "kontrolgrænserne er beregnet for hvert punkt.",
                                 f"The denominators change a lot (from {format_number(lo_d, 0, 'en')} to "
                                 f"{format_number(hi_d, 0, 'en')}): the levels are weighted by the denominator, and "
                                 "the control limits are computed for each point."))
    if 0 < n_cur < MIN_ASSURANCE and baseline.value is not None:
        warnings.append(Text(f"Den aktuelle periode har kun {n_cur} måling{'er' if n_cur != 1 else ''} (færre end "
                             f"{MIN_ASSURANCE}), så niveauet nu er usikkert.",
                             f"The current period has only {n_cur} measurement{'s' if n_cur != 1 else ''} (fewer than "
                             f"{MIN_ASSURANCE}), so the current level is uncertain."))
    if pre is not None and pre.has_trend:
        tr = pre.trend
    else:
        days = np.fromiter(map(dt.date.toordinal, dates[nb:]), float, len(follow)) - EPOCH_ORDINAL  # exact
        tr = stats.trend(days, follow)

    status = _status(baseline, current_value, test, spc_ok, rc, current_value, sign,
                     set(decisive) if decisive is not None else None)
    if status is Status.INSUFFICIENT and test is None and spc_ok is None and baseline.value is not None and len(follow):
        reasons.append(test_reason or Text("for få målinger", "too few measurements"))

    assure = None
    if ind.target_value is not None and current_value is not None:
        if n_cur >= MIN_ASSURANCE:
            assure = (assurance_from_sigma(pre.assurance_sigma, sign, ind.target_value, current_value)
                      if pre is not None and pre.has_assurance else
                      assurance(values, num, den, cur, kind, ind.rate_per, sign, ind.target_value, current_value))
        elif ind.current_period is CurrentPeriod.LATEST or (
                ind.current_period is CurrentPeriod.LAST_12_MONTHS
                and _PER_YEAR.get(ind.frequency, MIN_ASSURANCE) < MIN_ASSURANCE):
            assure = Assurance.NOT_POSSIBLE
        else:
            assure = Assurance.TOO_EARLY

    limits = (pre.baseline_limits if pre is not None and pre.has_baseline_limits
              else baseline_limits(kind, values, num, den, nb, ind.rate_per))
    attainment, note = _attainment(ind, baseline.value, current_value, status, sign, limits)
    signal_from = None
    if decisive and status in (Status.IMPROVED, Status.WORSENED):
        wanted = Meaning.IMPROVEMENT if status is Status.IMPROVED else Meaning.DETERIORATION
        if wanted in decisive:
            signal_from = dates[decisive[wanted]]
    anhoej_line = anhoej_text(rc) if rc is not None else None
    reasons_t = tuple(reasons)
    expl = Deferred(partial(
        explanation, status=status, baseline=baseline.value, current=current_value, relative=rel,
        decimals=max(ind.decimals, 1) if ind.measure_type is MeasureType.COUNT else ind.decimals,  # as mean_decimals
        unit="%" if ind.measure_type is MeasureType.PROPORTION else ind.unit,
        test=test, spc=spc_ok, attainment=attainment, reasons=reasons_t, attainment_note=note,
        run_chart=rc, signal_from=signal_from, baseline_source=baseline.source, period=period,
        proportion=ind.measure_type is MeasureType.PROPORTION, assurance=assure))
    return IndicatorAnalysis(
        indicator_id=ind.id, name=ind.name, kind=ind.kind, stakeholder=ind.stakeholder, measure_type=ind.measure_type,
        direction=ind.direction, bottom_line=ind.bottom_line, theme=ind.theme, unit=ind.unit, decimals=ind.decimals,
        points=points, baseline=baseline, current_value=current_value,  # type: ignore[arg-type]  # computed on read
        current_date=latest_date, follow_up_mean=follow_mean, n_follow_up=len(follow),
        change_absolute=change, change_relative=rel, improvement=improvement, target_value=ind.target_value,
        target_date=ind.target_date, attainment=attainment, test=test, test_reason=test_reason, effect_size=effect,
        run_chart=rc, spc=spc_ok, spc_reason=spc_reason, assurance=assure, trend=tr, status=status,
        explanation=expl, reasons=reasons_t,  # type: ignore[arg-type]  # computed on read
        current_period=period, latest_value=latest_value, latest_date=latest_date,
        level_method=levels.method if levels else "", attainment_note=note, warnings=tuple(warnings),
        anhoej=anhoej_line, signal_from=signal_from,
    )


def _attainment(ind: Indicator, base: float | None, current: float | None, status: Status, sign: int,
                limits: tuple[float, float] | None) -> tuple[float | None, Attainment | None]:
    """Target attainment (current - baseline) / (target - baseline), never negative, and what to say:
    reached when the current level is on the good side of the target; no percentage when the target lies
    inside the baseline's control limits; moving away only when the status is worsened."""
    target = ind.target_value
    if target is None or current is None:
        return None, None
    if (current - target) * sign >= 0:  # (a target on the bad side of the baseline was reached before the trial)
        share = (current - base) / (target - base) if base is not None and target != base else None
        return share if share is not None and share >= 0 else None, Attainment.REACHED
    if base is None:
        return None, None
    if limits is not None and limits[0] <= target <= limits[1]:
        return None, Attainment.INSIDE_BASELINE_VARIATION
    share = (current - base) / (target - base) if target != base else 0.0
    if share <= 0:
        return None, Attainment.MOVING_AWAY if status is Status.WORSENED and share < 0 else Attainment.NO_PROGRESS
    return share, Attainment.PROGRESS


def anhoej_text(rc: RunChartResult) -> Text:
    """The run chart's line: "Seriediagram: længste løb 32 (grænse 8), 7 krydsninger (mindst 15)"."""
    verdict_da = "ikke-tilfældig variation" if rc.signal else "ingen tegn på ikke-tilfældig variation"
    verdict_en = "non-random variation" if rc.signal else "no sign of non-random variation"
    return Text(f"Seriediagram: længste løb {rc.longest_run} (grænse {rc.longest_run_max}), {rc.crossings} "
                f"krydsning{'er' if rc.crossings != 1 else ''} (mindst {rc.crossings_min}): {verdict_da}",
                f"Run chart: longest run {rc.longest_run} (limit {rc.longest_run_max}), {rc.crossings} "
                f"crossing{'s' if rc.crossings != 1 else ''} (at least {rc.crossings_min}): {verdict_en}")


def _test(ind: Indicator, levels: _Levels | None, baseline: BaselineResult, nb: int, n_cur: int, series: _Series,
          cur: slice, warnings: list[Text],
          pre: vector.Row | None = None) -> tuple[TestResult | None, Text | None, EffectSize | None]:
    """The test of the current period against the baseline, on the same pooled data as the levels, and
    the matching effect size (see docs/methods.md)."""
    if levels is None or levels.current is None or baseline.value is None:
        return None, Text("en test kræver målinger både i baselineperioden og efter den",
                          "a test needs measurements both in the baseline period and after it"), None
    sign = ind.direction.sign
    if nb == 0:  # a typed baseline: a one-sample test of the current period against it
        return _one_sample(ind, levels, baseline.value, n_cur, series, cur)
    b, c = levels.baseline, levels.current
    if levels.method == "pooled-summary":
        test = stats.welch_from_stats(*b, *c, "baseline-vs-current")  # type: ignore[misc]
        if test is not None:
            return test, None, stats.hedges_g(*b, *c, sign)  # type: ignore[misc]
    elif levels.method == "pooled-counts":
        (x1, e1), (x2, e2) = b, c  # type: ignore[misc]
        if ind.measure_type is MeasureType.PROPORTION:
            test = stats.two_proportions(x1, e1, x2, e2)
            if test is not None:
                if test.method == "fisher-exact":
                    warnings.append(Text("Nogle forventede antal er under 5, så Fishers eksakte test er brugt i "
                                         "stedet for z-testen.",
                                         "Some expected counts are below 5, so Fisher's exact test is used instead "
                                         "of the z-test."))
                return test, None, stats.cohens_h(x1 / e1, e1, x2 / e2, e2, sign)
        else:
            test = stats.poisson_rates(x1, e1, x2, e2, ind.rate_per)
            if test is not None:
                return test, None, stats.rate_ratio(x1, e1, x2, e2, sign)
    if nb >= 3 and n_cur >= 3:
        base, follow = series.array[:nb], series.array[cur]
        if pre is not None and pre.constant is not None and pre.base is not None and pre.cur is not None:
            constant, s1, s2 = pre.constant, pre.base, pre.cur
        else:
            constant = _constant(base) and _constant(follow)
            s1 = s2 = None
        if constant:
            return None, Text("alle målinger er ens inden for baseline og den aktuelle periode, så variationen kan "
                              "ikke vurderes",
                              "all values are equal within the baseline and the current period, so variation "
                              "cannot be judged"), None
        if s1 is None or s2 is None:
            s1, s2 = stats.sample_stats(base), stats.sample_stats(follow)
        return (stats.welch_from_stats(*s1, *s2, "baseline-vs-current", points=True), None,
                stats.hedges_g(*s1, *s2, sign, kind="hedges-g-points"))
    return None, Text(f"en test kræver mindst 3 målinger i baselineperioden og 3 i den aktuelle periode "
                      f"(her {nb} og {n_cur})",
                      f"a test needs at least 3 measurements in the baseline period and 3 in the current period "
                      f"(here {nb} and {n_cur})"), None


def _one_sample(ind: Indicator, levels: _Levels, typed: float, n_cur: int, series: _Series,
                cur: slice) -> tuple[TestResult | None, Text | None, EffectSize | None]:
    c = levels.current
    test: TestResult | None = None
    if levels.method == "pooled-counts":
        x, e = c
        test = (stats.one_sample_proportion(x, e, typed / 100.0) if ind.measure_type is MeasureType.PROPORTION
                else stats.one_sample_rate(x, e, typed, ind.rate_per))
    elif levels.method == "pooled-summary":
        test = stats.one_sample_t(*c, typed, "one-sample-t-summary")
    elif n_cur >= 3:
        test = stats.one_sample_t(*stats.sample_stats(series.array[cur]), typed, "one-sample-t-points")
    if test is None:
        return None, Text("en test mod den indtastede baseline kræver mindst 3 målinger med variation i den "
                          "aktuelle periode", "a test against the typed baseline needs at least 3 varying "
                          "measurements in the current period"), None
    return test, None, None


def _constant(a: np.ndarray) -> bool:
    """``np.ptp(a) == 0`` for finite values."""
    return bool(np.maximum.reduce(a) == np.minimum.reduce(a))


def _status(baseline: BaselineResult, current: float | None, test: TestResult | None, spc_res: SpcResult | None,
            rc: RunChartResult | None, level: float | None, sign: int,
            decisive: set[Meaning] | None = None) -> Status:
    """The status rule (docs/methods.md):

    - the test speaks when it is significant (p < 0.05): its sign says improved or worsened;
    - the control chart speaks when its decisive signals in the current period (a shift, or points beyond
      the limits), weighed by :func:`.spc.weigh_decisive` (a one-way shift outweighs single points beyond the
      limits the other way), all point one way, the run chart confirms non-random variation (Anhøj rules), and the
      current level lies on that side of the baseline;
    - improved/worsened when one speaks and the other does not contradict it (a significant test is
      contradicted by a decisive signal the other way in the current period); no detectable change when
      neither speaks or they disagree; insufficient data when neither a test nor a chart is possible.

    ``decisive``: the meanings of the decisive signals when the caller has them (else read from ``spc_res``).
    """
    if baseline.value is None or current is None or (test is None and spc_res is None):
        return Status.INSUFFICIENT
    t_score = 0
    if test is not None and test.significant:
        t_score = 1 if test.difference * sign > 0 else -1 if test.difference * sign < 0 else 0
    s_score = 0
    if decisive is not None:
        meanings = decisive
    else:
        by_rule: dict[str, dict[Meaning, int]] = {}
        for s in spc_res.signals if spc_res is not None else ():
            if s.rule in SPC_DECISIVE_RULES:
                by_rule.setdefault(s.rule, {}).setdefault(s.meaning, s.index)
        meanings = set(weigh_decisive(by_rule))
    if spc_res is not None and rc is not None and rc.signal and level is not None:
        side = (level - baseline.value) * sign
        if meanings == {Meaning.IMPROVEMENT} and side > 0:
            s_score = 1
        elif meanings == {Meaning.DETERIORATION} and side < 0:
            s_score = -1
    if t_score and (Meaning.DETERIORATION if t_score > 0 else Meaning.IMPROVEMENT) in meanings:
        return Status.NO_CHANGE  # the chart shows the opposite in the current period: the two disagree
    score = t_score if t_score != 0 and s_score != -t_score else s_score if t_score == 0 else 0
    return Status.IMPROVED if score > 0 else Status.WORSENED if score < 0 else Status.NO_CHANGE


def analyse_trial(
    trial: Trial,
    indicators: Sequence[Indicator],
    measurements_by_indicator: Mapping[uuid.UUID, Sequence[Measurement]],
    assessments: Sequence[Assessment] = (),
    milestones: Sequence[Milestone] = (),
) -> TrialAnalysis:
    phase_changes = [(m.date, m.text) for m in milestones if m.phase_change]
    prepared = [_prepare(ind, measurements_by_indicator.get(ind.id, ()), trial.start_date, phase_changes)
                for ind in indicators]
    results = tuple(map(_analyse, prepared, _group_figures(prepared)))
    lines = bottom_lines(results, assessments)
    counts = Counter(a.status.value for a in results)
    return TrialAnalysis(trial.id, trial.name, trial.start_date, results, lines, overall(lines),
                         {s.value: counts.get(s.value, 0) for s in Status})


def _group_figures(prepared: Sequence[_Prepared]) -> list[vector.Row | None]:
    """The figures of a trial's indicators computed together (:mod:`.vector`): indicators with series of
    the same length, baseline and current period, without SPC phases, form a group; None for the others
    (an empty series, phases): they are analysed alone."""
    groups: dict[tuple, list[int]] = {}
    for i, p in enumerate(prepared):
        n = len(p.series.dates)
        if n and not p.phases:
            groups.setdefault((n, p.nb, p.ic), []).append(i)
    out: list[vector.Row | None] = [None] * len(prepared)
    for (_, nb, ic), members in groups.items():
        ps = [prepared[i] for i in members]
        inds = [p.ind for p in ps]
        rows = vector.analyse_group(
            [i.measure_type for i in inds], [i.rate_per for i in inds],
            [i.direction.sign for i in inds], [p.series.dates for p in ps], np.array([p.series.array for p in ps]),
            np.array([p.series.num_array for p in ps]), np.array([p.series.den_array for p in ps]),
            nb, ic, [i.target_value is not None for i in inds])
        for i, row in zip(members, rows, strict=True):
            out[i] = row
    return out
