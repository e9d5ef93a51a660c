"""Statistical process control: limits from the baseline, signals in the follow-up, assurance.

Assurance (can the process as it is now meet the target?) uses limits from the current period's own points.

I chart (XmR) for values, means and counts: centre = baseline mean, limits = centre ± 2.66 × mean moving
range, after leaving out moving ranges above 3.267 × their mean (NHS England, *Making Data Count*).
P chart for proportions and U chart for rates: limits per point from its own denominator (Montgomery,
*Introduction to Statistical Quality Control*). Signals (the *Making Data Count* rules), looked for in the
follow-up only: a point beyond the limits; a shift of 7 or more points on one side of the centre; a trend
of 6 or more points each higher (or each lower) than the one before; 2 of 3 points beyond 2 sigma on the
same side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from itertools import pairwise

import numpy as np

from ..domain.enums import MeasureType
from ..domain.i18n import Text
from .results import Assurance, Deferred, Meaning, PhaseLimits, Signal, SpcResult
from .stats import _sum

XMR_LIMIT = 2.66
MR_EXCLUDE = 3.267
D2 = 1.128  # E[moving range] / sigma for n = 2
SHIFT_LENGTH = 7
TREND_LENGTH = 6
MIN_BASELINE = 3
PHASE_FREEZE = 12  # a later phase's limits come from its first 12 points, then stay
MIN_ASSURANCE = 6  # points in the current period before the assurance is judged


def _limits(kind: str, values: np.ndarray, num: np.ndarray, den: np.ndarray, idx: slice, per: float,
            n: int) -> tuple[float, np.ndarray | float] | Text:
    """Centre and per-point sigma for ``n`` points, estimated from the points in ``idx`` (one sigma for
    all points of an I chart, an array of ``n`` for P and U charts)."""
    if kind == "I":
        base = values[idx]
        mr = np.abs(base[1:] - base[:-1])  # = np.diff
        if len(mr) == 0:
            return Text("for få punkter til kontrolgrænser", "too few points for control limits")
        mr_bar = _sum(mr) / len(mr)  # = mr.mean()
        kept = mr[mr <= MR_EXCLUDE * mr_bar]
        mr_bar = _sum(kept) / len(kept) if len(kept) else mr_bar
        if mr_bar == 0:
            return Text("alle baselinemålinger er ens, så variationen kan ikke vurderes",
                        "all baseline values are equal, so the variation cannot be judged")
        # 2.66 x mean MR = 3 sigma, sigma = mean MR / 1.128
        return float(base.mean()), XMR_LIMIT * mr_bar / 3.0
    if kind == "P":
        p = _sum(num[idx]) / _sum(den[idx])  # = num[idx].sum() / den[idx].sum()
        if p <= 0 or p >= 1:
            return Text("andelen er 0\u00a0% eller 100\u00a0% i hele baseline", "the proportion is 0% or 100% throughout the baseline")
        return 100.0 * p, 100.0 * np.sqrt(p * (1 - p) / den)
    u = _sum(num[idx]) / _sum(den[idx])
    if u <= 0:
        return Text("ingen hændelser i baseline", "no events in the baseline")
    return u * per, per * np.sqrt(u / den)


def chart_kind(measure_type: MeasureType, num: np.ndarray, den: np.ndarray) -> str:
    """P for proportions and U for rates when every point has a numerator and a positive denominator; else I."""
    if measure_type is not MeasureType.PROPORTION and measure_type is not MeasureType.RATE:
        return "I"
    complete = bool(np.isfinite(num).all() and np.isfinite(den).all() and (den > 0).all())
    if measure_type is MeasureType.PROPORTION and complete:
        return "P"
    if measure_type is MeasureType.RATE and complete:
        return "U"
    return "I"


def _run_masks(sides: np.ndarray, min_len: int) -> np.ndarray:
    """True for every element that belongs to a run of ≥ ``min_len`` equal non-zero values."""
    n = len(sides)
    if n < min_len:
        return np.zeros(n, dtype=bool)
    starts = (sides[1:] != sides[:-1]).nonzero()[0] + 1
    bounds = np.empty(len(starts) + 2, dtype=np.intp)
    bounds[0], bounds[1:-1], bounds[-1] = 0, starts, n
    lengths = bounds[1:] - bounds[:-1]
    return np.repeat((lengths >= min_len) & (sides[bounds[:-1]] != 0), lengths)


RULES = ("beyond-limits", "shift", "trend", "two-of-three")  # in this (alphabetical) order at each point
TREND_ROW = RULES.index("trend")


def _signal_masks(x: np.ndarray, c: float, s: np.ndarray, lcl: np.ndarray,
                  ucl: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per rule (rows in :data:`RULES` order) the follow-up points it flags; per point whether it lies
    above the centre (the direction of every rule but the trend), and whether it is in a rising trend."""
    m = len(x)
    flags = np.zeros((len(RULES), m), dtype=bool)
    flags[0] = (x > ucl) | (x < lcl)
    above = x > c
    flags[1] = _run_masks(np.sign(x - c), SHIFT_LENGTH)
    # trend: TREND_LENGTH - 1 steps the same way; where two trends meet, the point takes the later one
    steps = np.sign(x[1:] - x[:-1])
    in_trend = _run_masks(steps, TREND_LENGTH - 1).nonzero()[0]
    rising = np.zeros(m, dtype=bool)
    if len(in_trend):
        own = np.zeros(m)  # the direction of the step from each point, where that step is part of a trend
        own[in_trend] = steps[in_trend]
        prev = np.zeros(m)  # ... and of the step into it
        prev[1:] = own[:-1]
        direction = np.where(own != 0, own, prev)
        flags[2] = direction != 0
        rising = direction > 0
    # two of three consecutive points beyond 2 sigma on the same side: the points beyond it are flagged,
    # i.e. each such point with another one on its side at most two points away
    if m >= 3:
        two = flags[3]
        for beyond in (x > c + 2 * s, x < c - 2 * s):
            pos = beyond.nonzero()[0].tolist()
            for i, j in pairwise(pos):
                if j - i <= 2:
                    two[i] = two[j] = True
    return flags, above, rising


def spc(values: np.ndarray, num: np.ndarray, den: np.ndarray, n_baseline: int, measure_type: MeasureType,
        rate_per: float, sign: int, dates: list) -> SpcResult | Text:
    """Control chart with limits from the first ``n_baseline`` points and signals after them."""
    res = spc_with_decisive(values, num, den, n_baseline, measure_type, rate_per, sign, dates)
    return res if isinstance(res, Text) else res[0]


def _phase_limits(kind: str, measure_type: MeasureType, values: np.ndarray, num: np.ndarray, den: np.ndarray,
                  idx: slice, per: float, n: int) -> tuple[float, np.ndarray | float, np.ndarray, np.ndarray] | Text:
    """Centre, sigma and the (clipped) lower and upper limits for ``n`` points from the points in ``idx``."""
    lim = _limits(kind, values, num, den, idx, per, n)
    if isinstance(lim, Text):
        return lim
    centre, sigma = lim
    ucl = centre + 3 * sigma
    lcl = centre - 3 * sigma
    if kind == "P":
        ucl, lcl = np.minimum(ucl, 100.0), np.maximum(lcl, 0.0)
    elif kind == "U" or measure_type is MeasureType.COUNT:
        lcl = np.maximum(lcl, 0.0)
    return centre, sigma, np.broadcast_to(lcl, (n,)), np.broadcast_to(ucl, (n,))


def spc_with_decisive(values: np.ndarray, num: np.ndarray, den: np.ndarray, n_baseline: int,
                      measure_type: MeasureType, rate_per: float, sign: int, dates: list,
                      decisive: tuple[str, ...] = ("beyond-limits", "shift"),
                      kind: str | None = None, decisive_from: int = 0,
                      phases: Sequence[tuple[int, str]] = ()) -> tuple[SpcResult, dict[Meaning, int]] | Text:
    """:func:`spc`, and the meanings of its signals by the ``decisive`` rules at points from index
    ``decisive_from`` on (the current period), each with the index of its first such signal in the
    follow-up, read from
    the flags: the Signal objects themselves are made when first read (``SpcResult.signals`` is deferred).
    ``kind``: the :func:`chart_kind`, when the caller knows it.

    ``phases``: SPC phases after the baseline's, each as (index of its first point, name), in order, every
    index after the baseline. Each phase gets its own centre and limits, from its first
    :data:`PHASE_FREEZE` points (frozen after them), and its signals are looked for against them (runs
    and trends do not cross a phase change; a phase may start with the follow-up). A phase with fewer than :data:`MIN_BASELINE` points keeps the
    previous phase's limits."""
    n = len(values)
    if n_baseline < MIN_BASELINE:
        return Text(f"kontrolgrænser kræver mindst {MIN_BASELINE} målinger i baseline",
                    f"control limits need at least {MIN_BASELINE} baseline measurements")
    kind = kind or chart_kind(measure_type, num, den)
    first = _phase_limits(kind, measure_type, values, num, den, slice(0, n_baseline), rate_per, n)
    if isinstance(first, Text):
        return first
    centre, sigma, lcl, ucl = first
    sig_arr = np.broadcast_to(sigma, (n,))
    cen_arr = np.full(n, float(centre))
    lcl_arr, ucl_arr = np.array(lcl, float), np.array(ucl, float)
    # segments of the follow-up in which signals are looked for: (start, stop, limits from)
    bounds = [s for s, _ in phases if n_baseline <= s < n]
    starts = sorted({n_baseline, *bounds})
    stops = [*starts[1:], n]
    phase_info: list[PhaseLimits] = [PhaseLimits(0, "", float(centre), n_baseline, bounds[0] if bounds else n)]
    names = dict(phases)
    for s0, e0 in zip(starts, stops, strict=True):
        if s0 not in names:
            continue
        name = names[s0]
        used = min(PHASE_FREEZE, e0 - s0)
        lim = _phase_limits(kind, measure_type, values, num, den, slice(s0, s0 + used), rate_per, n) \
            if used >= MIN_BASELINE else Text("", "")
        if isinstance(lim, Text):  # too few points (or no variation): the previous phase's limits go on
            prev = phase_info[-1]
            phase_info.append(PhaseLimits(s0, name, prev.centre, 0, e0))
            cen_arr[s0:e0] = prev.centre
            lcl_arr[s0:e0], ucl_arr[s0:e0] = lcl_arr[s0 - 1], ucl_arr[s0 - 1]
            sig_arr = np.array(sig_arr, float)
            sig_arr[s0:e0] = sig_arr[s0 - 1]
            continue
        c_k, s_k, l_k, u_k = lim
        cen_arr[s0:e0] = c_k
        sig_arr = np.array(sig_arr, float)
        sig_arr[s0:e0] = np.broadcast_to(s_k, (n,))[s0:e0]
        lcl_arr[s0:e0], ucl_arr[s0:e0] = l_k[s0:e0], u_k[s0:e0]
        phase_info.append(PhaseLimits(s0, name, float(c_k), used, e0))

    meaning_up = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
    meaning_down = Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT
    signals: tuple[Signal, ...] | Deferred = ()
    meanings: dict[Meaning, int] = {}
    if n > n_baseline:
        parts = [_signal_masks(values[a:b], float(cen_arr[a]), sig_arr[a:b], lcl_arr[a:b], ucl_arr[a:b])
                 for a, b in zip(starts, stops, strict=True)]
        flags = np.concatenate([p[0] for p in parts], axis=1)
        above = np.concatenate([p[1] for p in parts])
        rising = np.concatenate([p[2] for p in parts])
        if flags.any():
            skip = max(0, decisive_from - n_baseline)
            by_rule: dict[str, dict[Meaning, int]] = {}
            for rule in decisive:
                row = RULES.index(rule)
                hit, up = flags[row], rising if row == TREND_ROW else above
                found = by_rule.setdefault(rule, {})
                for meaning, mask in ((meaning_up, hit & up), (meaning_down, hit > up)):  # (flagged and not up)
                    if mask[skip:].any():  # a signal this way in the current period: its first one in the follow-up
                        found[meaning] = n_baseline + int(mask.nonzero()[0][0])
            meanings = weigh_decisive(by_rule)
            signals = Deferred(partial(_signals, flags, above, rising, n_baseline, dates, meaning_up, meaning_down))
    lcl_points, ucl_points = tuple(lcl_arr.tolist()), tuple(ucl_arr.tolist())
    last_s = float(sig_arr[-1]) if n else math.nan
    last_l = lcl_points[-1] if n else None
    last_u = ucl_points[-1] if n else None
    res = SpcResult(kind, float(centre), last_l, last_u, last_s, lcl_points, ucl_points, signals,  # type: ignore[arg-type]
                    n_baseline, tuple(phase_info[1:]), tuple(cen_arr.tolist()) if len(phase_info) > 1 else ())
    return res, meanings


def weigh_decisive(by_rule: dict[str, dict[Meaning, int]]) -> dict[Meaning, int]:
    """The decisive meanings of the control chart from its decisive signals in the current period, by rule
    (each meaning with the index of its first signal in the follow-up), weighed (docs/methods.md):
    a shift (a run of :data:`SHIFT_LENGTH` points on one side of the centre) is sustained evidence, a point
    beyond the limits is a single one. When the shifts in the current period all point one way, that way
    is the chart's; points beyond the limits the other way are single points that do not cancel it (the
    explanation names them). Otherwise every decisive signal counts, and signals both ways disagree."""
    shifts = by_rule.get("shift", {})
    if len(shifts) == 1:
        (meaning, first), = shifts.items()
        return {meaning: min(first, *(found[meaning] for found in by_rule.values() if meaning in found))}
    meanings: dict[Meaning, int] = {}
    for found in by_rule.values():
        for meaning, first in found.items():
            meanings[meaning] = min(meanings.get(meaning, first), first)
    return meanings


def _signals(flags: np.ndarray, above: np.ndarray, rising: np.ndarray, n_baseline: int, dates: list,
             meaning_up: Meaning, meaning_down: Meaning) -> tuple[Signal, ...]:
    """The flagged (point, rule) pairs as signals, in point order and at each point in rule order."""
    point_idx, rule_idx = np.nonzero(flags.T)
    up = np.where(rule_idx == TREND_ROW, rising[point_idx], above[point_idx]).tolist()
    pts = point_idx.tolist()
    return tuple(map(Signal, [dates[n_baseline + i] for i in pts], [n_baseline + i for i in pts],
                     [RULES[r] for r in rule_idx.tolist()], [meaning_up if u else meaning_down for u in up]))


def assurance(values: np.ndarray, num: np.ndarray, den: np.ndarray, current: slice, kind: str, rate_per: float,
              sign: int, target: float | None, level: float) -> Assurance | None:
    """Can the process as it is now meet the target? The limits come from the current period's own points
    (the ``current`` slice, at least 6 of them; the caller says "too early" otherwise), centred on the
    current ``level`` itself, so that the level and the assurance can never contradict each other: a
    level short of the target is never "consistently meets", a level beyond it never "consistently fails".
    Compared at the latest point (P and U limits depend on its denominator)."""
    if target is None:
        return None
    lim = _limits(kind, values, num, den, current, rate_per, len(values))
    if isinstance(lim, Text):
        return None
    _, sigma = lim
    return assurance_from_sigma(float(sigma[-1]) if isinstance(sigma, np.ndarray) else sigma, sign, target, level)


def assurance_from_sigma(last: float | None, sign: int, target: float, level: float) -> Assurance | None:
    """:func:`assurance` from the sigma of the latest point (None: the current period gives no limits)."""
    if last is None:
        return None
    lo, hi = level - 3 * last, level + 3 * last
    if lo <= target <= hi:
        return Assurance.INCONSISTENT
    good_side = (lo > target) if sign > 0 else (hi < target)
    return Assurance.CONSISTENTLY_MEETS if good_side else Assurance.CONSISTENTLY_FAILS


def baseline_limits(kind: str, values: np.ndarray, num: np.ndarray, den: np.ndarray, n_baseline: int,
                    rate_per: float) -> tuple[float, float] | None:
    """The baseline's control limits (lower, upper) for an average point of the baseline (P and U charts:
    the mean baseline denominator); None without limits."""
    if n_baseline < MIN_BASELINE:
        return None
    lim = _limits(kind, values, num, den, slice(0, n_baseline), rate_per, len(values))
    if isinstance(lim, Text):
        return None
    centre, sigma = lim
    if isinstance(sigma, np.ndarray):
        d = float(np.mean(den[:n_baseline]))
        c = centre / (100.0 if kind == "P" else rate_per)
        sigma = (100.0 if kind == "P" else rate_per) * math.sqrt((c * (1 - c) if kind == "P" else c) / d)
    return centre - 3 * float(sigma), centre + 3 * float(sigma)
