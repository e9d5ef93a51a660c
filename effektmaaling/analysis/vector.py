"""A trial's indicators analysed together: the figures of :mod:`.engine` that cost numpy calls, computed for
a group of indicators at once, as 2-D arrays (one row per indicator).

A group is indicators of one trial with series of the same length, the same number of baseline points
and the same first point of the current period, without SPC phases (the control limits are computed per
chart kind within the group: I, P, U rows each as one sub-array). Every row
reduction then sums the same elements in the same order as the 1-D reduction of :mod:`.engine`,
:mod:`.spc`, :mod:`.runchart` and :mod:`.stats` does (numpy reduces each contiguous row with the same
pairwise summation as a 1-D array), and every element-wise step is the same operation on the same
operands: the figures are the same to the last bit (``tests/analysis/test_vector.py`` checks it against
the 1-D path, ``test_golden.py`` against the stored results).

Where the 1-D code gives a reason instead of a figure (limits that cannot be made), the field is left
unset (``spc`` None) and the 1-D code makes the reason.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..domain.enums import MeasureType
from .results import Deferred, Meaning, RunChartResult, SpcResult, TrendResult
from .runchart import crossings_min, longest_run_max
from .spc import (
    MIN_ASSURANCE,
    MIN_BASELINE,
    MR_EXCLUDE,
    RULES,
    SHIFT_LENGTH,
    TREND_LENGTH,
    XMR_LIMIT,
    _signals,
    weigh_decisive,
)
from .stats import _t_crit

_sum = np.add.reduce
_BEYOND, _SHIFT = RULES.index("beyond-limits"), RULES.index("shift")


@dataclass(slots=True)
class Row:
    """What the group computed for one indicator; unset fields are left to the 1-D code."""

    kind: str  # the control chart's (spc.chart_kind)
    base: tuple | None = None  # (mean, sd, count) of the baseline points (stats.sample_stats)
    cur: tuple | None = None  # ... of the current period's points
    follow_mean: float | None = None  # mean of the follow-up points
    base_counts: tuple | None = None  # (sum of numerators, sum of denominators) of the baseline (P and U)
    cur_counts: tuple | None = None  # ... of the current period
    constant: bool | None = None  # the baseline's and the current period's points each all equal
    has_run_chart: bool = False
    run_chart: RunChartResult | None = None
    spc: tuple | None = None  # (SpcResult, decisive meanings) as spc.spc_with_decisive
    has_baseline_limits: bool = False
    baseline_limits: tuple[float, float] | None = None
    has_assurance: bool = False
    assurance_sigma: float | None = None  # the sigma of the latest point from the current period's limits
    has_trend: bool = False
    trend: TrendResult | None = None


def _run_masks(sides: np.ndarray, min_len: int) -> np.ndarray:
    """Per row, as spc._run_masks: True for every element in a run of ≥ ``min_len`` equal non-zero values."""
    k, m = sides.shape
    if m < min_len:
        return np.zeros((k, m), dtype=bool)
    flat = sides.ravel()
    change = np.empty(k * m, dtype=bool)
    change[0] = True
    np.not_equal(flat[1:], flat[:-1], out=change[1:])
    change[::m] = True  # a run never crosses into the next row
    starts = change.nonzero()[0]
    lengths = np.diff(starts, append=k * m)
    return np.repeat((lengths >= min_len) & (flat[starts] != 0), lengths).reshape(k, m)


def _signal_masks(x: np.ndarray, c: np.ndarray, s: np.ndarray, lcl: np.ndarray,
                  ucl: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """spc._signal_masks for every row: flags (rows × rules × points), above, rising."""
    k, m = x.shape
    flags = np.zeros((k, len(RULES), m), dtype=bool)
    flags[:, 0] = (x > ucl) | (x < lcl)
    above = x > c
    flags[:, 1] = _run_masks(np.sign(x - c), SHIFT_LENGTH)
    steps = np.sign(x[:, 1:] - x[:, :-1])
    in_trend = _run_masks(steps, TREND_LENGTH - 1)
    own = np.zeros((k, m))
    own[:, :-1] = np.where(in_trend, steps, 0.0)
    prev = np.zeros((k, m))
    prev[:, 1:] = own[:, :-1]
    direction = np.where(own != 0, own, prev)
    flags[:, 2] = direction != 0
    rising = direction > 0
    if m >= 3:  # a point beyond 2 sigma with another on its side at most two points away
        two = flags[:, 3]
        for beyond in (x > c + 2 * s, x < c - 2 * s):
            near = np.zeros((k, m), dtype=bool)
            near[:, 1:] |= beyond[:, :-1]
            near[:, 2:] |= beyond[:, :-2]
            near[:, :-1] |= beyond[:, 1:]
            near[:, :-2] |= beyond[:, 2:]
            two |= beyond & near
    return flags, above, rising


def _mean_moving_range(values: np.ndarray) -> np.ndarray:
    """Per row the mean moving range as spc._limits makes it, after leaving out moving ranges above
    3.267 × their mean (a row that leaves some out sums the rest as a 1-D array, as spc._limits does:
    leaving zeros in their place would change the order of the pairwise summation)."""
    mr = np.abs(values[:, 1:] - values[:, :-1])
    mr_bar = _sum(mr, axis=1) / mr.shape[1]
    kept = mr <= MR_EXCLUDE * mr_bar[:, None]
    for r in (~kept.all(axis=1)).nonzero()[0].tolist():
        rest = mr[r][kept[r]]
        if len(rest):
            mr_bar[r] = _sum(rest) / len(rest)
    return mr_bar


def _runs_and_crossings(values: np.ndarray, centre: np.ndarray) -> tuple[list, list, list]:
    """runchart.runs_and_crossings for every row: (n_useful, longest run, crossings) as lists."""
    k, n = values.shape
    side = np.sign(values - centre[:, None])
    keep = side != 0
    s = side[keep]
    row = np.broadcast_to(np.arange(k)[:, None], (k, n))[keep]
    useful = np.bincount(row, minlength=k)
    if len(s) == 0:
        return useful.tolist(), [0] * k, [0] * k
    new_run = np.empty(len(s), dtype=bool)
    new_run[0] = True
    np.not_equal(s[1:], s[:-1], out=new_run[1:])
    same_row = np.empty(len(s), dtype=bool)
    same_row[0] = False
    np.equal(row[1:], row[:-1], out=same_row[1:])
    crossings = np.bincount(row[new_run & same_row], minlength=k)
    starts = (new_run | ~same_row).nonzero()[0]
    lengths = np.diff(starts, append=len(s))
    longest = np.zeros(k, dtype=np.intp)
    np.maximum.at(longest, row[starts], lengths)
    return useful.tolist(), longest.tolist(), crossings.tolist()


def _sample_stats(a: np.ndarray) -> list[tuple]:
    """stats.sample_stats of every row (mean, sd with ddof 1 and 0 for one value, count)."""
    k, m = a.shape
    means = a.mean(axis=1)
    sds = a.std(axis=1, ddof=1).tolist() if m > 1 else [0.0] * k
    return [(mu, sd, m) for mu, sd in zip(means.tolist(), sds, strict=True)]


def analyse_group(measure_types: list[MeasureType], rate_per: list[float], signs: list[int],
                  dates: list[list], values: np.ndarray, num: np.ndarray, den: np.ndarray, nb: int, ic: int,
                  targets: list[bool]) -> list[Row]:
    """The figures of a group of indicators (see the module's text): per row its measure type, rate base,
    sign of the desired direction, dates and whether it has a target (the assurance is computed only
    then); ``values``, ``num`` and ``den`` as rows × points (NaN where there is no numerator or
    denominator); ``nb`` baseline points; the current period from ``ic``."""
    n = values.shape[1]
    # spc.chart_kind: P for proportions and U for rates when every point has a numerator and a positive
    # denominator; else I
    complete = (np.isfinite(num).all(axis=1) & np.isfinite(den).all(axis=1) & (den > 0).all(axis=1)).tolist()
    kinds = ["P" if mt is MeasureType.PROPORTION and c else "U" if mt is MeasureType.RATE and c else "I"
             for mt, c in zip(measure_types, complete, strict=True)]
    rows = [Row(kind) for kind in kinds]
    m = n - nb
    base, follow, cur = values[:, :nb], values[:, nb:], values[:, ic:]
    if nb:
        for r, st in zip(rows, _sample_stats(base), strict=True):
            r.base = st
    if n > ic:
        for r, st in zip(rows, _sample_stats(cur), strict=True):
            r.cur = st
    if m:
        for r, mu in zip(rows, follow.mean(axis=1).tolist(), strict=True):
            r.follow_mean = mu
    if nb >= 3 and n - ic >= 3:
        const = ((np.maximum.reduce(base, axis=1) == np.minimum.reduce(base, axis=1))
                 & (np.maximum.reduce(cur, axis=1) == np.minimum.reduce(cur, axis=1)))
        for r, c in zip(rows, const.tolist(), strict=True):
            r.constant = c
    counted = [kd != "I" for kd in kinds]
    if any(counted):
        for sl, field in ((slice(0, nb), "base_counts"), (slice(ic, n), "cur_counts")):
            if sl.stop > sl.start:
                sums = zip(_sum(num[:, sl], axis=1).tolist(), _sum(den[:, sl], axis=1).tolist(), strict=True)
                for r, c, xe in zip(rows, counted, sums, strict=True):
                    if c:
                        setattr(r, field, xe)

    # the run chart: centre = median of the baseline's points when there are at least 6, else of all
    if n >= 2:
        centre_from = "baseline" if nb >= 6 else "all"
        centre = np.median(base if nb >= 6 else values, axis=1)
        useful, longest, crossings = _runs_and_crossings(values, centre)
        for r, c, u, lg, cr in zip(rows, centre.tolist(), useful, longest, crossings, strict=True):
            r.has_run_chart = True
            r.run_chart = (RunChartResult(c, centre_from, u, lg, longest_run_max(u), cr, crossings_min(u))
                           if u >= 2 else None)
    else:
        for r in rows:
            r.has_run_chart = True

    # the trend of the follow-up
    if m >= 3:
        days = _days(dates, nb)
        x = days / 30.4375
        xm, ym = _sum(x, axis=1) / m, _sum(follow, axis=1) / m
        dx = x - xm[:, None]
        sxx = _sum(dx**2, axis=1)
        ok = sxx != 0
        sxx_safe = np.where(ok, sxx, 1.0)
        slope = _sum(dx * (follow - ym[:, None]), axis=1) / sxx_safe
        resid = follow - (ym[:, None] + slope[:, None] * dx)
        se = np.sqrt(_sum(resid**2, axis=1) / (m - 2) / sxx_safe)
        half = _t_crit(m - 2) * se
        for r, good, b, h in zip(rows, ok.tolist(), slope.tolist(), half.tolist(), strict=True):
            r.has_trend = True
            r.trend = TrendResult(b, b - h, b + h, m) if good else None
    else:
        for r in rows:
            r.has_trend = True

    by_kind: dict[str, list[int]] = {}
    for i, kd in enumerate(kinds):
        by_kind.setdefault(kd, []).append(i)
    # control limits from the baseline, and the signals after it
    if nb >= MIN_BASELINE:
        centre_b, sigma_b, ok_b = _limits(by_kind, values, num, den, slice(0, nb), rate_per)
        _spc_rows(rows, kinds, measure_types, rate_per, signs, dates, values, den, nb, ic, centre_b, sigma_b, ok_b)

    # can the process as it is now meet the target: limits from the current period's own points
    if n - ic >= MIN_ASSURANCE and any(targets):
        _, sigma_c, ok_c = _limits(by_kind, values, num, den, slice(ic, n), rate_per, last_only=True)
        for r, good, s, t in zip(rows, ok_c, sigma_c.tolist(), targets, strict=True):
            if t:
                r.has_assurance = True
                r.assurance_sigma = s if good else None
    return rows


_EPOCH_ORDINAL = 719163  # dt.date(1970, 1, 1).toordinal()


def _days(dates: list[list], nb: int) -> np.ndarray:
    """The follow-up's dates of every row as days since 1970 (exact: whole numbers); rows with the same
    dates as the row before (the usual case in a trial) are converted once."""
    rows: list[np.ndarray] = []
    prev: list | None = None
    for ds in dates:
        if ds != prev:
            day = np.fromiter(map(dt.date.toordinal, ds[nb:]), float, len(ds) - nb) - _EPOCH_ORDINAL
            prev = ds
        rows.append(day)
    return np.array(rows)


def _limits(by_kind: dict[str, list[int]], values: np.ndarray, num: np.ndarray, den: np.ndarray, idx: slice,
            rate_per: list[float], last_only: bool = False) -> tuple[np.ndarray, np.ndarray, list[bool]]:
    """spc._limits for every row from the points in ``idx``, by the rows' chart kinds (``by_kind``: the
    rows of each kind): centre, sigma (rows × points, or only the latest point's with ``last_only``) and
    per row whether there are limits (else spc._limits gives a reason)."""
    k, n = values.shape
    centre = np.zeros(k)
    sigma = np.zeros(k if last_only else (k, n))
    ok = [False] * k
    for kind, members in by_kind.items():
        sub = slice(None) if len(members) == k else members  # (all rows: no copy)
        if kind == "I":
            part = values[sub, idx]
            if part.shape[1] < 2:
                continue
            mr_bar = _mean_moving_range(part)
            good = mr_bar != 0
            centre[sub] = part.mean(axis=1)
            s = XMR_LIMIT * mr_bar / 3.0
            sigma[sub] = s if last_only else s[:, None]
        else:
            p = _sum(num[sub, idx], axis=1) / _sum(den[sub, idx], axis=1)
            d = den[sub, -1] if last_only else den[sub]
            if kind == "P":
                good = (p > 0) & (p < 1)
                q = np.where(good, p, 0.5)  # (rows without limits: any valid value, unused)
                centre[sub] = 100.0 * p
                sigma[sub] = 100.0 * np.sqrt((q * (1 - q)) / d if last_only else (q * (1 - q))[:, None] / d)
            else:
                per = np.array(rate_per, dtype=float)[members]
                good = p > 0
                q = np.where(good, p, 1.0)
                centre[sub] = p * per
                sigma[sub] = per * np.sqrt(q / d) if last_only else per[:, None] * np.sqrt(q[:, None] / d)
        for i, g in zip(members, good.tolist(), strict=True):
            ok[i] = g
    return centre, sigma, ok


def _spc_rows(rows: list[Row], kinds: list[str], measure_types: list[MeasureType], rate_per: list[float],
              signs: list[int], dates: list[list], values: np.ndarray, den: np.ndarray, nb: int, decisive_from: int,
              centre: np.ndarray, sig: np.ndarray, ok: list[bool]) -> None:
    """spc.spc_with_decisive (without phases, the decisive rules beyond-limits and shift) for every row
    whose limits could be made (``sig``: rows × points), and spc.baseline_limits."""
    n = values.shape[1]
    ucl = centre[:, None] + 3 * sig
    lcl = centre[:, None] - 3 * sig
    # clipped: P limits to 0-100, U limits and those of counts at 0 (as spc._phase_limits)
    high = [kd == "P" for kd in kinds]
    low = [kd != "I" or mt is MeasureType.COUNT for kd, mt in zip(kinds, measure_types, strict=True)]
    if any(high):
        ucl = np.where(np.array(high)[:, None], np.minimum(ucl, 100.0), ucl)
    if any(low):
        lcl = np.where(np.array(low)[:, None], np.maximum(lcl, 0.0), lcl)
    m = n - nb
    if m:
        flags, above, rising = _signal_masks(values[:, nb:], centre[:, None], sig[:, nb:], lcl[:, nb:], ucl[:, nb:])
        any_flag = flags.reshape(len(rows), -1).any(axis=1).tolist()
        skip = max(0, decisive_from - nb)
        hits = []  # per decisive rule: (name, up anywhere from skip, first up, down anywhere from skip, first down)
        for name, rule in (("beyond-limits", _BEYOND), ("shift", _SHIFT)):
            hit = flags[:, rule]
            up, down = hit & above, hit > above
            hits.append((name, up[:, skip:].any(axis=1).tolist(), up.argmax(axis=1).tolist(),
                         down[:, skip:].any(axis=1).tolist(), down.argmax(axis=1).tolist()))
    # an I chart's limits are the same at every point: its row is not converted point by point
    lcl_first, ucl_first = lcl[:, 0].tolist(), ucl[:, 0].tolist()
    last_sigma = sig[:, -1].tolist()
    centres = centre.tolist()
    mean_den = (_sum(den[:, :nb], axis=1) / nb).tolist()  # (NaN for rows without denominators: unused)
    for i, (row, good) in enumerate(zip(rows, ok, strict=True)):
        if not good:  # no limits: the 1-D code gives the reason
            row.has_baseline_limits = True
            continue
        sign = signs[i]
        meaning_up = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
        meaning_down = Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT
        signals: tuple | Deferred = ()
        meanings: dict[Meaning, int] = {}
        if m and any_flag[i]:
            by_rule: dict[str, dict[Meaning, int]] = {}
            for name, up_any, up_first, down_any, down_first in hits:
                found_by = by_rule.setdefault(name, {})
                for meaning, found, first in ((meaning_up, up_any, up_first), (meaning_down, down_any, down_first)):
                    if found[i]:
                        found_by[meaning] = nb + first[i]
            meanings = weigh_decisive(by_rule)
            signals = Deferred(partial(_signals, flags[i], above[i], rising[i], nb, dates[i], meaning_up, meaning_down))
        kind = kinds[i]
        if kind == "I":
            lcl_points, ucl_points = (lcl_first[i],) * n, (ucl_first[i],) * n
        else:
            lcl_points, ucl_points = tuple(lcl[i].tolist()), tuple(ucl[i].tolist())
        res = SpcResult(kind, centres[i], lcl_points[-1], ucl_points[-1], last_sigma[i], lcl_points, ucl_points,
                        signals, nb, (), ())  # type: ignore[arg-type]
        row.spc = (res, meanings)
        # spc.baseline_limits: for P and U charts, at the mean baseline denominator
        c = centres[i]
        if kind == "I":
            s = last_sigma[i]
        else:
            scale = 100.0 if kind == "P" else rate_per[i]
            f = c / scale
            s = scale * math.sqrt((f * (1 - f) if kind == "P" else f) / mean_den[i])
        row.has_baseline_limits = True
        row.baseline_limits = (c - 3 * s, c + 3 * s)
