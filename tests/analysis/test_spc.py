"""Control charts: limits against a published worked example and the textbook formulas; every signal
rule on constructed series, firing exactly where it should, with the meaning the direction gives it."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from effektmaaling.analysis import Assurance, Meaning, analyse_indicator
from effektmaaling.analysis.spc import assurance, spc
from effektmaaling.domain.enums import Direction, MeasureType
from effektmaaling.domain.i18n import Text

from .helpers import START, counts_series, indicator

NAN = float("nan")


def _i_chart(values, nb, sign=1, measure_type=MeasureType.VALUE):
    values = np.asarray(values, dtype=float)
    n = len(values)
    dates = [dt.date(2000, 1, 1) + dt.timedelta(days=30 * i) for i in range(n)]
    return spc(values, np.full(n, NAN), np.full(n, NAN), nb, measure_type, 1.0, sign, dates)


def _signals(res, rule=None):
    return [(s.index, s.meaning) for s in res.signals if rule is None or s.rule == rule]


def test_xmr_nist_worked_example():
    """NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.2.2 (individuals control chart):
    flow rate of the first 10 batches 49.6 47.6 49.9 51.3 47.8 51.2 52.6 52.4 53.6 52.1;
    mean 50.81, mean moving range 1.8778, UCL = 50.81 + 3 (1.8778 / 1.128) = 55.80, LCL = 45.82."""
    base = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1]
    res = _i_chart([*base, 50.0], 10)
    assert res.chart == "I"
    assert round(res.centre, 2) == 50.81
    assert round(res.ucl, 2) == 55.80 and round(res.lcl, 2) == 45.82
    assert res.sigma == pytest.approx(2.66 * 16.9 / 9 / 3)  # 2.66 x mean MR = 3 sigma
    assert res.lcl_points == pytest.approx([res.lcl] * 11) and res.ucl_points == pytest.approx([res.ucl] * 11)
    assert res.signals == ()


def test_xmr_leaves_out_moving_ranges_above_3267_times_their_mean():
    # moving ranges 1,1,1,1,20,20,1,1,1: mean 47/9 = 5.22, cut-off 17.06 -> the two 20s are left out
    base = [10, 11, 10, 11, 10, 30, 10, 11, 10, 11]
    res = _i_chart([*base, 12], 10)
    assert res.centre == pytest.approx(np.mean(base))
    assert res.ucl == pytest.approx(np.mean(base) + 2.66 * 1.0)
    assert res.lcl == pytest.approx(np.mean(base) - 2.66 * 1.0)


# A baseline with mean 0 and every moving range 2: sigma = 2.66 * 2 / 3, limits +-5.32, 2 sigma = 3.55
BASE = [-1.0, 1.0] * 5
SIGMA = 2.66 * 2 / 3


def test_zigzag_baseline_limits():
    res = _i_chart([*BASE, 0.5], 10)
    assert res.centre == 0 and res.sigma == pytest.approx(SIGMA)
    assert res.ucl == pytest.approx(5.32) and res.lcl == pytest.approx(-5.32)


@pytest.mark.parametrize("sign", [1, -1])
def test_point_beyond_limits(sign):
    up, down = (Meaning.IMPROVEMENT, Meaning.DETERIORATION) if sign > 0 else (Meaning.DETERIORATION, Meaning.IMPROVEMENT)
    res = _i_chart([*BASE, 0.5, -0.5, 6.0, 0.5, -5.5, 0.2], 10, sign)
    assert _signals(res) == [(12, up), (14, down)]
    assert {s.rule for s in res.signals} == {"beyond-limits"}
    assert _i_chart([*BASE, 5.3, -5.3], 10, sign).signals == ()  # inside the limits


@pytest.mark.parametrize("sign", [1, -1])
def test_shift_of_seven_points(sign):
    meaning = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
    follow = [0.5, -0.5, 1.0, 1.2, 0.9, 1.1, 1.0, 1.3, 0.8, -0.5]
    res = _i_chart([*BASE, *follow], 10, sign)
    assert _signals(res, "shift") == [(i, meaning) for i in range(12, 19)]
    assert res.signals == tuple(s for s in res.signals if s.rule == "shift")
    # six on one side is not a shift; neither are seven below when broken by a point on the centre
    assert _i_chart([*BASE, 1.0, 1.2, 0.9, 1.1, 1.0, 1.3, -0.5], 10, sign).signals == ()
    res = _i_chart([*BASE, -1.0, -1.2, -0.9, 0.0, -1.1, -1.0, -1.3, -0.8], 10, sign)
    assert res.signals == ()
    res = _i_chart([*BASE, -1.0, -1.2, -0.9, -1.1, -1.0, -1.3, -0.8], 10, sign)
    assert _signals(res) == [(i, Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT) for i in range(10, 17)]


@pytest.mark.parametrize("sign", [1, -1])
def test_trend_of_six_points(sign):
    follow = [-0.5, 0.5, -1.0, -0.6, -0.2, 0.2, 0.6, 1.0, 0.3]  # indices 12..17 rise (5 steps)
    res = _i_chart([*BASE, *follow], 10, sign)
    meaning = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
    assert _signals(res, "trend") == [(i, meaning) for i in range(12, 18)]
    assert {s.rule for s in res.signals} == {"trend"}
    falling = [-x for x in follow]
    res = _i_chart([*BASE, *falling], 10, sign)
    assert _signals(res, "trend") == [(i, Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT)
                                      for i in range(12, 18)]
    # five rising points, or six with a tie, are not a trend
    assert _i_chart([*BASE, -1.0, -0.6, -0.2, 0.2, 0.6, 0.3], 10, sign).signals == ()
    assert _i_chart([*BASE, -1.0, -0.6, -0.6, 0.2, 0.6, 1.0, 0.3], 10, sign).signals == ()


@pytest.mark.parametrize("sign", [1, -1])
def test_two_of_three_beyond_two_sigma(sign):
    # 2 sigma = 3.547: 4.0 and 4.2 in the window (4.0, 0.5, 4.2)
    res = _i_chart([*BASE, 0.0, 4.0, 0.5, 4.2, 0.0, -4.0, 0.3, -0.2], 10, sign)
    meaning = Meaning.IMPROVEMENT if sign > 0 else Meaning.DETERIORATION
    assert _signals(res) == [(11, meaning), (13, meaning)]
    assert {s.rule for s in res.signals} == {"two-of-three"}
    # beyond 2 sigma on opposite sides, or two points four apart, do not count
    assert _i_chart([*BASE, 4.0, -4.0, 0.0], 10, sign).signals == ()
    assert _i_chart([*BASE, 4.0, 0.0, 0.0, 4.0], 10, sign).signals == ()
    res = _i_chart([*BASE, -4.0, -0.5, -4.1], 10, sign)
    assert _signals(res) == [(10, Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT),
                             (12, Meaning.DETERIORATION if sign > 0 else Meaning.IMPROVEMENT)]


def test_signals_only_in_the_follow_up():
    # a baseline point far out and a baseline run do not signal; limits come from the baseline only
    base = [0, 0.5, 0.4, 0.6, 0.5, 0.4, 0.6, 0.5, 30.0, 0.5]
    res = _i_chart([*base, float(np.mean(base))], 10)
    assert res.signals == ()
    assert res.ucl < 30.0
    assert all(s.index >= 10 for s in _i_chart([*BASE, 9.0, 9.0], 10).signals)


def test_count_chart_lower_limit_not_below_zero():
    res = _i_chart([0, 3, 0, 4, 1, 0, 2], 6, measure_type=MeasureType.COUNT)
    assert res.lcl == 0.0 and all(v == 0.0 for v in res.lcl_points)


def test_p_chart_limits_per_point():
    ind = indicator(MeasureType.PROPORTION)
    num = [30, 42, 35, 28, 40, 33, 50, 5]
    den = [100, 120, 90, 80, 110, 100, 100, 10]
    a = analyse_indicator(ind, counts_series(ind, num, den, 6), START)
    p = sum(num[:6]) / sum(den[:6])
    assert a.spc.chart == "P"
    assert a.spc.centre == pytest.approx(100 * p)
    for i, d in enumerate(den):
        s = math.sqrt(p * (1 - p) / d)
        assert a.spc.ucl_points[i] == pytest.approx(min(100.0, 100 * (p + 3 * s)))
        assert a.spc.lcl_points[i] == pytest.approx(max(0.0, 100 * (p - 3 * s)))
    assert a.spc.lcl_points[7] == 0.0  # n = 10: p - 3 sigma < 0, clipped
    # 50 % of 100 is beyond the upper limit of 100 (46.5 %): an improvement for an increasing indicator
    assert [(s.index, s.rule, s.meaning) for s in a.spc.signals] == [(6, "beyond-limits", Meaning.IMPROVEMENT)]


def test_u_chart_limits_per_point():
    ind = indicator(MeasureType.RATE, Direction.DECREASE, rate_per=1000.0)
    num = [12, 10, 15, 11, 9, 13, 30, 2]
    den = [4800, 4900, 5000, 4700, 4600, 5100, 4800, 900]
    a = analyse_indicator(ind, counts_series(ind, num, den, 6, per=1000.0), START)
    u = sum(num[:6]) / sum(den[:6])
    assert a.spc.chart == "U"
    assert a.spc.centre == pytest.approx(1000 * u)
    for i, e in enumerate(den):
        s = math.sqrt(u / e)
        assert a.spc.ucl_points[i] == pytest.approx(1000 * (u + 3 * s))
        assert a.spc.lcl_points[i] == pytest.approx(max(0.0, 1000 * (u - 3 * s)))
    # 30 events in 4800 days is far above the limits: a deterioration for a rate that should fall
    assert [(s.index, s.rule, s.meaning) for s in a.spc.signals] == [(6, "beyond-limits", Meaning.DETERIORATION)]


def test_p_chart_falls_back_to_i_chart_without_denominators():
    ind = indicator(MeasureType.PROPORTION)
    ms = counts_series(ind, [30, 42, 35, 28, 40, 33, 50], [100, 120, 90, 80, 110, 100, 100], 6)
    ms[2].numerator = ms[2].denominator = None
    assert analyse_indicator(ind, ms, START).spc.chart == "I"


def test_limits_need_three_baseline_points_and_variation():
    assert isinstance(_i_chart([1.0, 2.0, 3.0, 4.0], 2), Text)
    assert isinstance(_i_chart([2.0, 2.0, 2.0, 4.0], 3), Text)


@pytest.mark.parametrize(("target", "sign", "expected"), [
    (11.0, 1, Assurance.INCONSISTENT),  # inside the current period's limits 11 +- 5.32
    (5.0, 1, Assurance.CONSISTENTLY_MEETS),  # the whole band is above a target we want to exceed
    (17.0, 1, Assurance.CONSISTENTLY_FAILS),
    (5.0, -1, Assurance.CONSISTENTLY_FAILS),  # the whole band is above a target we want to be below
    (17.0, -1, Assurance.CONSISTENTLY_MEETS),
    (None, 1, None),
])
def test_assurance_uses_the_current_periods_own_limits_centred_on_its_level(target, sign, expected):
    follow = [10.0, 12.0] * 3  # mean 11, moving range 2: limits 11 +- 5.32 (the baseline is about 0)
    values = np.array([*BASE, *follow], dtype=float)
    nan = np.full(len(values), NAN)
    assert assurance(values, nan, nan, slice(10, 16), "I", 1.0, sign, target, 11.0) is expected


def test_assurance_reads_the_current_period_not_the_ramp_up():
    """A ramp-up from the baseline level to a new level that hovers around the target: the whole
    follow-up's limits (pulled down by the ramp) lay wholly below the target ("consistently fails"); the
    current period (the plateau) meets the target only at times."""
    ramp = [32.0, 44.0, 52.0, 64.0, 74.0]
    now = [86.4, 86.2, 84.9, 87.1, 85.8, 86.7, 86.2, 86.3, 85.0, 85.7, 85.4, 84.9, 86.4, 86.5, 86.1, 86.2,
           85.1, 85.4, 84.0, 85.6, 85.2, 86.3, 86.6, 86.2]
    values = np.array([*(np.array(BASE) + 22.0), *ramp, *now], dtype=float)
    nan = np.full(len(values), NAN)
    cur = slice(len(values) - 12, len(values))
    level = float(values[cur].mean())
    assert assurance(values, nan, nan, cur, "I", 1.0, 1, 85.0, level) is Assurance.INCONSISTENT
    assert assurance(values, nan, nan, cur, "I", 1.0, 1, 80.0, level) is Assurance.CONSISTENTLY_MEETS
    # what the whole follow-up would have said (limits from ramp and plateau together)
    whole = values[10:]
    mr = np.abs(np.diff(whole))
    mr_bar = mr[mr <= 3.267 * mr.mean()].mean()
    assert whole.mean() + 2.66 * mr_bar < 85.0


def test_assurance_on_the_demo_ramp_up_indicator(demo_db_template):
    from effektmaaling.services import Workspace
    from effektmaaling.services.analysis import analyse_trials

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        analyses = {f"{ta.name} / {a.name}": a for ta in analyse_trials(ws) for a in ta.indicators}
    finally:
        ws.close()
    team = analyses["Den Sociale Hjemmepleje Valby/Vesterbro / Besøg planlagt af brugerens faste team"]
    assert team.current_value > team.target_value and team.assurance is Assurance.INCONSISTENT


def _reference_signals(x, c, s, lcl, ucl, sign):
    """The signal rules as first written (loops per run and per window, then sorted), kept as the
    reference for the vectorised engine: (index in the follow-up, rule, meaning), in the engine's order."""
    def runs(sides, min_len):
        out = np.zeros(len(sides), dtype=bool)
        if len(sides) < min_len:
            return out
        change = np.flatnonzero(np.diff(sides) != 0) + 1
        for a, b in zip(np.concatenate(([0], change)), np.concatenate((change, [len(sides)])), strict=True):
            if b - a >= min_len and sides[a] != 0:
                out[a:b] = True
        return out

    up, down = (Meaning.IMPROVEMENT, Meaning.DETERIORATION) if sign > 0 else (Meaning.DETERIORATION, Meaning.IMPROVEMENT)
    flags = {"beyond-limits": (x > ucl) | (x < lcl), "shift": runs(np.sign(x - c), 7)}
    steps = np.sign(np.diff(x))
    trend_steps = runs(steps, 5)
    trend_dir = np.zeros(len(x))
    for j in np.flatnonzero(trend_steps):
        trend_dir[j] = trend_dir[j + 1] = steps[j]
    flags["trend"] = trend_dir != 0
    two = np.zeros(len(x), dtype=bool)
    for mask in (x > c + 2 * s, x < c - 2 * s):
        if len(x) >= 3:
            window = np.convolve(mask.astype(int), np.ones(3, dtype=int), mode="valid") >= 2
            for start in np.flatnonzero(window):
                two[start:start + 3] |= mask[start:start + 3]
    flags["two-of-three"] = two
    out = []
    for rule, mask in flags.items():
        ups = trend_dir > 0 if rule == "trend" else x > c
        out += [(i, rule, up if ups[i] else down) for i in np.flatnonzero(mask)]
    return sorted(out, key=lambda t: (t[0], t[1]))


@pytest.mark.parametrize("seed", range(60))
def test_signals_match_the_reference_rules(seed):
    """Random series with shifts, trends, plateaus (ties) and outliers: the engine flags exactly what the
    straightforward rules flag, in the same order, with the same meanings."""
    r = np.random.default_rng(seed)
    nb, m = int(r.integers(3, 15)), int(r.integers(0, 60))
    sign_of_trend = 1 if seed % 10 else -1
    follow = r.normal(0, 1, m) + (r.uniform(-3, 3) if seed % 3 else 0) + np.linspace(0, r.uniform(-4, 4), m)
    if seed % 4 == 0:
        follow = np.round(follow)  # ties with the centre and flat steps
    if seed % 5 == 0 and m > 8:
        follow[3:9] = np.arange(6) * 0.5 * sign_of_trend  # a trend
    if seed % 7 == 0 and m > 25:
        follow[10:22] = np.array([0, 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]) * 0.5  # two trends meeting at the top
    values = np.concatenate((r.normal(0, 1, nb), follow))
    sign = 1 if seed % 2 else -1
    res = _i_chart(values, nb, sign)
    c = res.centre
    s = np.full(m, (res.ucl - c) / 3)
    lcl, ucl = np.array(res.lcl_points[nb:]), np.array(res.ucl_points[nb:])
    expected = _reference_signals(follow, c, s, lcl, ucl, sign)
    assert [(sg.index - nb, sg.rule, sg.meaning) for sg in res.signals] == expected
    assert all(sg.date == dt.date(2000, 1, 1) + dt.timedelta(days=30 * sg.index) for sg in res.signals)
