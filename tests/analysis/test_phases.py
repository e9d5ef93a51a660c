"""SPC phases: a milestone marked as a phase change ("ny praksis") starts a phase with its own centre and
limits (from its first 12 points, then frozen), and its signals are judged against them."""

from __future__ import annotations

import numpy as np
import pytest

from effektmaaling.analysis import analyse_indicator
from effektmaaling.analysis.engine import current_start
from effektmaaling.domain.enums import CurrentPeriod, Direction, MeasureType

from .helpers import counts_series, indicator, month, series

RNG = np.random.default_rng(16)


def _xmr(xs):
    """XmR limits straight from the formula (NHS: moving ranges above 3.267 × their mean left out)."""
    xs = np.asarray(xs, float)
    mr = np.abs(np.diff(xs))
    mr = mr[mr <= 3.267 * mr.mean()]
    c = xs.mean()
    return c, c - 2.66 * mr.mean(), c + 2.66 * mr.mean()


def _phase_at(k):
    return [(month(k), "Ny visitation")]


def test_i_chart_limits_per_phase_equal_the_xmr_formula_on_that_phases_first_12_points():
    base = list(10 + RNG.normal(0, 1, 12))
    old = list(10 + RNG.normal(0, 1, 6))
    new = list(20 + RNG.normal(0, 2, 18))
    ind = indicator()
    a = analyse_indicator(ind, series(ind, base, old + new), month(0), _phase_at(6))
    assert a.spc is not None and len(a.spc.phases) == 1
    ph = a.spc.phases[0]
    assert (ph.start, ph.stop, ph.name, ph.n_limit_points) == (18, 36, "Ny visitation", 12)
    c0, l0, u0 = _xmr(base)
    c1, l1, u1 = _xmr(new[:12])  # frozen after the phase's first 12 points
    assert a.spc.centre == pytest.approx(c0)
    for i in range(18):
        assert (a.spc.lcl_points[i], a.spc.ucl_points[i], a.spc.centre_at(i)) == pytest.approx((l0, u0, c0))
    for i in range(18, 36):
        assert (a.spc.lcl_points[i], a.spc.ucl_points[i], a.spc.centre_at(i)) == pytest.approx((l1, u1, c1))
    assert ph.centre == pytest.approx(c1)
    # without the phase change the new level is a run of signals against the baseline's limits
    plain = analyse_indicator(ind, series(ind, base, old + new), month(0))
    assert sum(s.index >= 18 for s in plain.spc.signals) >= 18
    assert not plain.spc.phases and plain.spc.centre_at(30) == pytest.approx(c0)


def test_a_signal_is_judged_by_its_phases_limits():
    base = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9]
    new = [20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 28, 20]  # 28: beyond the new phase's limits
    ind = indicator()
    a = analyse_indicator(ind, series(ind, base, new), month(0), _phase_at(0))
    _c1, l1, u1 = _xmr(new[:12])
    assert u1 < 28
    beyond = [s.index for s in a.spc.signals if s.rule == "beyond-limits"]
    assert beyond == [12 + 13]  # only the 28; the other new points lie inside their phase's limits
    # a point inside the baseline's limits but outside the new phase's
    new2 = [*new[:13], 12.0, 20]
    b = analyse_indicator(ind, series(ind, base, new2), month(0), _phase_at(0))
    assert [s.index for s in b.spc.signals if s.rule == "beyond-limits"] == [25]
    assert l1 > 12.0 and _xmr(base)[1] < 12.0 < _xmr(base)[2]


def test_runs_do_not_cross_a_phase_change():
    base = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9]
    ind = indicator()
    follow = [12, 12.5, 12.2, 12.4, 12.1, 12.3, 5, 6, 4, 5, 6, 4, 5, 6, 4]
    a = analyse_indicator(ind, series(ind, base, follow), month(0), _phase_at(6))
    # 6 points above the baseline centre (not 7), then a new phase: no shift
    assert not [s for s in a.spc.signals if s.rule == "shift" and s.index < 18]


@pytest.mark.parametrize("mt", [MeasureType.PROPORTION, MeasureType.RATE])
def test_p_and_u_limits_per_phase_from_the_phases_pooled_counts(mt):
    den = [int(d) for d in RNG.integers(80, 160, 30)]
    num = [round(d * (0.3 if i < 18 else 0.6)) for i, d in enumerate(den)]
    ind = indicator(mt, rate_per=100.0) if mt is MeasureType.RATE else indicator(mt)
    a = analyse_indicator(ind, counts_series(ind, num, den, 12), month(0), _phase_at(6))
    [ph] = a.spc.phases
    assert ph.n_limit_points == 12
    nn, dd = np.array(num[18:30], float), np.array(den[18:30], float)
    p = nn.sum() / dd.sum()
    for i in range(18, 30):
        if mt is MeasureType.PROPORTION:
            s = 100 * np.sqrt(p * (1 - p) / den[i])
            c = 100 * p
        else:
            s = 100 * np.sqrt(p / den[i])
            c = 100 * p
        assert a.spc.centre_at(i) == pytest.approx(c)
        assert a.spc.ucl_points[i] == pytest.approx(min(c + 3 * s, 100.0) if mt is MeasureType.PROPORTION else c + 3 * s)
        assert a.spc.lcl_points[i] == pytest.approx(max(c - 3 * s, 0.0))


def test_a_short_phase_gets_a_warning_and_a_very_short_one_keeps_the_previous_limits():
    base = list(10 + RNG.normal(0, 1, 12))
    ind = indicator()
    a = analyse_indicator(ind, series(ind, base, list(10 + RNG.normal(0, 1, 10))), month(0), _phase_at(4))
    [ph] = a.spc.phases
    assert ph.n_limit_points == 6
    assert any("Ny visitation" in w.da and "kun 6" in w.da for w in a.warnings)
    b = analyse_indicator(ind, series(ind, base, list(10 + RNG.normal(0, 1, 10))), month(0), _phase_at(8))
    [ph] = b.spc.phases
    assert ph.n_limit_points == 0 and b.spc.lcl_points[21] == b.spc.lcl_points[19]
    assert any("for få målinger" in w.da for w in b.warnings)


def test_latest_phase_as_the_current_period():
    dates = [month(i) for i in range(-12, 24)]
    assert current_start(dates, 12, CurrentPeriod.LATEST_PHASE, [18, 30]) == 30
    assert current_start(dates, 12, CurrentPeriod.LATEST_PHASE, []) == 12  # no phase change: the follow-up
    base = [10.0, 11, 9] * 4
    ind = indicator(direction=Direction.INCREASE, current_period=CurrentPeriod.LATEST_PHASE)
    follow = [10.0, 11, 9] * 2 + [15.0, 16, 14] * 4
    a = analyse_indicator(ind, series(ind, base, follow), month(0), _phase_at(6))
    assert a.current_period.start == month(6) and a.current_period.n_points == 12
    assert a.current_value == pytest.approx(15.0)
    assert a.current_period.choice == "latest-phase" and "den seneste fase" in a.explanation.da
    # no phase change: the whole follow-up, and the words say so
    b = analyse_indicator(ind, series(ind, base, follow), month(0))
    assert b.current_period.choice == "follow-up" and b.current_period.n_points == 18


def test_no_phase_change_changes_nothing():
    base = list(10 + RNG.normal(0, 1, 12))
    follow = list(11 + RNG.normal(0, 1, 14))
    ind = indicator()
    a = analyse_indicator(ind, series(ind, base, follow), month(0)).to_dict()
    b = analyse_indicator(ind, series(ind, base, follow), month(0), [(month(-30), "før alt")]).to_dict()
    assert a == b and "phases" not in a["spc"]
