"""Statistical process control: limits from the baseline, signals in the follow-up, assurance.

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

import numpy as np

from ..domain.enums import MeasureType
from ..domain.i18n import Text
from .results import Assurance, Meaning, Signal, SpcResult

XMR_LIMIT = 2.66
MR_EXCLUDE = 3.267
D2 = 1.128  # E[moving range] / sigma for n = 2
SHIFT_LENGTH = 7
TREND_LENGTH = 6
MIN_BASELINE = 3


def _limits(kind: str, values: np.ndarray, num: np.ndarray, den: np.ndarray, idx: slice, per: float,
            n: int) -> tuple[float, np.ndarray] | Text:
    """Centre and per-point sigma for ``n`` points, estimated from the points in ``idx``."""
    if kind == "I":
        base = values[idx]
        mr = np.abs(np.diff(base))
        if len(mr) == 0:
            return Text("for få punkter til kontrolgrænser", "too few points for control limits")
        mr_bar = mr.mean()
        kept = mr[mr <= MR_EXCLUDE * mr_bar]
        mr_bar = kept.mean() if len(kept) else mr_bar
        if mr_bar == 0:
            return Text("alle baselinemålinger er ens, så variationen kan ikke vurderes",
                        "all baseline values are equal, so the variation cannot be judged")
        # 2.66 x mean MR = 3 sigma, sigma = mean MR / 1.128
        return float(base.mean()), np.full(n, XMR_LIMIT * mr_bar / 3.0)
    if kind == "P":
        p = num[idx].sum() / den[idx].sum()
        if p <= 0 or p >= 1:
            return Text("andelen er 0 % eller 100 % i hele baseline", "the proportion is 0% or 100% throughout the baseline")
        return 100.0 * p, 100.0 * np.sqrt(p * (1 - p) / den)
    u = num[idx].sum() / den[idx].sum()
    if u <= 0:
        return Text("ingen hændelser i baseline", "no events in the baseline")
    return u * per, per * np.sqrt(u / den)


def chart_kind(measure_type: MeasureType, num: np.ndarray, den: np.ndarray) -> str:
    complete = bool(np.all(np.isfinite(num)) and np.all(np.isfinite(den)) and np.all(den > 0))
    if measure_type is MeasureType.PROPORTION and complete:
        return "P"
    if measure_type is MeasureType.RATE and complete:
        return "U"
    return "I"


def _run_masks(sides: np.ndarray, min_len: int) -> np.ndarray:
    """True for every element that belongs to a run of ≥ ``min_len`` equal non-zero values."""
    out = np.zeros(len(sides), dtype=bool)
    if len(sides) < min_len:
        return out
    change = np.flatnonzero(np.diff(sides) != 0) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [len(sides)]))
    for s, e in zip(starts, ends, strict=True):
        if e - s >= min_len and sides[s] != 0:
            out[s:e] = True
    return out


def spc(values: np.ndarray, num: np.ndarray, den: np.ndarray, n_baseline: int, measure_type: MeasureType,
        rate_per: float, sign: int, dates: list) -> SpcResult | Text:
    """Control chart with limits from the first ``n_baseline`` points and signals after them."""
    n = len(values)
    if n_baseline < MIN_BASELINE:
        return Text(f"kontrolgrænser kræver mindst {MIN_BASELINE} målinger i baseline",
                    f"control limits need at least {MIN_BASELINE} baseline measurements")
    kind = chart_kind(measure_type, num, den)
    lim = _limits(kind, values, num, den, slice(0, n_baseline), rate_per, n)
    if isinstance(lim, Text):
        return lim
    centre, sigma = lim
    ucl = centre + 3 * sigma
    lcl = centre - 3 * sigma
    if kind == "P":
        ucl, lcl = np.minimum(ucl, 100.0), np.maximum(lcl, 0.0)
    elif kind == "U" or measure_type is MeasureType.COUNT:
        lcl = np.maximum(lcl, 0.0)

    signals: list[Signal] = []
    f = slice(n_baseline, n)
    x, c = values[f], centre
    if len(x):
        s = sigma[f]

        meaning_up = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
        meaning_down = Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT
        dates_f = dates[n_baseline:]
        above_c = (x > c).tolist()

        flags: dict[str, np.ndarray] = {}
        above, below = x > ucl[f], x < lcl[f]
        flags["beyond-limits"] = above | below
        side = np.sign(x - c)
        flags["shift"] = _run_masks(side, SHIFT_LENGTH)
        steps = np.sign(np.diff(x))
        trend_steps = _run_masks(steps, TREND_LENGTH - 1)
        trend_dir = np.zeros(len(x))
        for j in np.flatnonzero(trend_steps):
            trend_dir[j] = trend_dir[j + 1] = steps[j]
        flags["trend"] = trend_dir != 0
        hi, lo = x > c + 2 * s, x < c - 2 * s
        two = np.zeros(len(x), dtype=bool)
        for mask in (hi, lo):
            if len(x) >= 3:
                window = np.convolve(mask.astype(int), np.ones(3, dtype=int), mode="valid") >= 2
                for start in np.flatnonzero(window):
                    two[start:start + 3] |= mask[start:start + 3]
        flags["two-of-three"] = two
        rising = (trend_dir > 0).tolist()
        for rule, mask in flags.items():
            ups = rising if rule == "trend" else above_c
            for i in np.flatnonzero(mask).tolist():
                signals.append(Signal(dates_f[i], n_baseline + i, rule, meaning_up if ups[i] else meaning_down))
    signals.sort(key=lambda sg: (sg.index, sg.rule))
    last_l = float(lcl[-1]) if n else None
    last_u = float(ucl[-1]) if n else None
    return SpcResult(kind, float(centre), last_l, last_u, float(sigma[-1]) if n else math.nan,
                     tuple(lcl.tolist()), tuple(ucl.tolist()), tuple(signals), n_baseline)


def assurance(values: np.ndarray, num: np.ndarray, den: np.ndarray, n_baseline: int, measure_type: MeasureType,
              rate_per: float, sign: int, target: float | None) -> Assurance | None:
    """Can the current process meet the target? Uses limits of the follow-up when it has ≥ 6 points
    (the process as it is now), else the baseline limits; compared at the latest point."""
    if target is None or len(values) == 0:
        return None
    n = len(values)
    kind = chart_kind(measure_type, num, den)
    idx = slice(n_baseline, n) if n - n_baseline >= 6 else slice(0, n_baseline)
    if idx.stop - idx.start < MIN_BASELINE:
        return None
    lim = _limits(kind, values, num, den, idx, rate_per, n)
    if isinstance(lim, Text):
        return None
    centre, sigma = lim
    lo, hi = centre - 3 * sigma[-1], centre + 3 * sigma[-1]
    if lo <= target <= hi:
        return Assurance.INCONSISTENT
    good_side = (lo > target) if sign > 0 else (hi < target)
    return Assurance.CONSISTENTLY_MEETS if good_side else Assurance.CONSISTENTLY_FAILS
