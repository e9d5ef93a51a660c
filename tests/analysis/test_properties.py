"""Properties that must hold for any data (hypothesis): shifting every value by a constant leaves the
tests' p-values unchanged; flipping the desired direction flips improvement, status, assurance and
the meaning of every signal, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from effektmaaling.analysis import Assurance, Meaning, Status, analyse_indicator
from effektmaaling.domain.enums import Direction, MeasureType

from .helpers import START, counts_series, indicator, series

SETTINGS = settings(max_examples=100, deadline=None)
values = hs.integers(-5000, 5000).map(lambda v: v / 100)  # two decimals, as typed
FLIP_STATUS = {Status.IMPROVED: Status.WORSENED, Status.WORSENED: Status.IMPROVED}
FLIP_ASSURANCE = {Assurance.CONSISTENTLY_MEETS: Assurance.CONSISTENTLY_FAILS,
                  Assurance.CONSISTENTLY_FAILS: Assurance.CONSISTENTLY_MEETS}


@hs.composite
def value_series(draw):
    nb = draw(hs.integers(0, 14))
    nf = draw(hs.integers(0, 14))
    base = draw(hs.lists(values, min_size=nb, max_size=nb))
    follow = draw(hs.lists(values, min_size=nf, max_size=nf))
    extra = {}
    if draw(hs.booleans()):
        extra["n"] = draw(hs.lists(hs.integers(1, 200), min_size=nb + nf, max_size=nb + nf))
        extra["sd"] = draw(hs.lists(hs.integers(0, 500).map(lambda v: v / 100), min_size=nb + nf, max_size=nb + nf))
    return base, follow, extra


@SETTINGS
@given(value_series(), hs.integers(-100_000, 100_000).map(lambda v: v / 100))
def test_adding_a_constant_leaves_p_values_unchanged(data, shift):
    base, follow, extra = data
    ind = indicator()
    a = analyse_indicator(ind, series(ind, base, follow, **extra), START)
    b = analyse_indicator(ind, series(ind, [v + shift for v in base], [v + shift for v in follow], **extra), START)
    assert (a.test is None) == (b.test is None)
    if a.test is not None:
        assert b.test.method == a.test.method
        assert b.test.p_value == pytest.approx(a.test.p_value, rel=1e-6, abs=1e-12)
        assert b.test.difference == pytest.approx(a.test.difference, rel=1e-6, abs=1e-6)
    if a.effect_size is not None:
        assert b.effect_size.value == pytest.approx(a.effect_size.value, rel=1e-6, abs=1e-9)
    if a.trend is not None:
        assert b.trend.slope_per_month == pytest.approx(a.trend.slope_per_month, rel=1e-6, abs=1e-6)
    if a.change_absolute is not None:
        assert b.change_absolute == pytest.approx(a.change_absolute, abs=1e-6)


def _check_flip(a, b):
    assert a.status is FLIP_STATUS.get(b.status, b.status)
    if a.improvement is None:
        assert b.improvement is None
    else:
        assert b.improvement == pytest.approx(-a.improvement)
    assert a.assurance is FLIP_ASSURANCE.get(b.assurance, b.assurance)
    if a.spc is None:
        assert b.spc is None
        return
    assert [(s.index, s.rule) for s in a.spc.signals] == [(s.index, s.rule) for s in b.spc.signals]
    for s, t in zip(a.spc.signals, b.spc.signals, strict=True):
        assert {s.meaning, t.meaning} == {Meaning.IMPROVEMENT, Meaning.DETERIORATION}
    assert (a.spc.centre, a.spc.lcl_points, a.spc.ucl_points) == (b.spc.centre, b.spc.lcl_points, b.spc.ucl_points)
    assert a.test == b.test and a.run_chart == b.run_chart


@SETTINGS
@given(value_series(), hs.one_of(hs.none(), values))
def test_flipping_direction_flips_improvement_and_every_signal(data, target):
    base, follow, extra = data
    up = indicator(direction=Direction.INCREASE, target_value=target)
    down = indicator(direction=Direction.DECREASE, target_value=target)
    _check_flip(analyse_indicator(up, series(up, base, follow, **extra), START),
                analyse_indicator(down, series(down, base, follow, **extra), START))


@hs.composite
def count_series(draw):
    n = draw(hs.integers(0, 24))
    nb = draw(hs.integers(0, n))
    den = draw(hs.lists(hs.integers(1, 300), min_size=n, max_size=n))
    num = [draw(hs.integers(0, d)) for d in den]
    return num, den, nb


@SETTINGS
@given(count_series(), hs.sampled_from([MeasureType.PROPORTION, MeasureType.RATE]),
       hs.one_of(hs.none(), hs.integers(0, 100).map(float)))
def test_flipping_direction_for_proportions_and_rates(data, measure_type, target):
    num, den, nb = data
    up = indicator(measure_type, direction=Direction.INCREASE, target_value=target, rate_per=100.0)
    down = indicator(measure_type, direction=Direction.DECREASE, target_value=target, rate_per=100.0)
    _check_flip(analyse_indicator(up, counts_series(up, num, den, nb), START),
                analyse_indicator(down, counts_series(down, num, den, nb), START))


@SETTINGS
@given(value_series())
def test_never_crashes_and_json_is_finite(data):
    import json

    base, follow, extra = data
    ind = indicator(target_value=1.0)
    a = analyse_indicator(ind, series(ind, base, follow, **extra), START)
    json.dumps(a.to_dict(), allow_nan=False)
    if a.status is Status.INSUFFICIENT:
        assert a.explanation.en.startswith("Too little data") and a.explanation.en != "Too little data to judge an effect: ."


@SETTINGS
@given(count_series(), hs.sampled_from([MeasureType.PROPORTION, MeasureType.RATE]))
def test_pooling_the_baseline_into_one_point_with_the_same_totals_gives_the_same_test(data, measure_type):
    """The levels and tests use the pooled counts: one baseline point holding the baseline's totals gives
    the same baseline, test and effect size as the baseline month by month."""
    num, den, nb = data
    if nb < 2:
        return
    ind = indicator(measure_type, rate_per=100.0)
    monthly = analyse_indicator(ind, counts_series(ind, num, den, nb), START)
    pooled = counts_series(ind, [sum(num[:nb]), *num[nb:]], [sum(den[:nb]), *den[nb:]], 1)
    one = analyse_indicator(ind, pooled, START)
    assert one.baseline.value == pytest.approx(monthly.baseline.value)
    assert one.current_value == pytest.approx(monthly.current_value) if monthly.current_value is not None else True
    assert (one.test is None) == (monthly.test is None)
    if monthly.test is not None:
        assert one.test.method == monthly.test.method
        assert one.test.p_value == pytest.approx(monthly.test.p_value, rel=1e-9, abs=1e-12)
        assert (one.test.ci_low, one.test.ci_high) == pytest.approx((monthly.test.ci_low, monthly.test.ci_high))
    if monthly.effect_size is not None:
        assert one.effect_size.value == pytest.approx(monthly.effect_size.value)


@SETTINGS
@given(value_series())
def test_pooling_means_with_n_and_sd_into_one_point_gives_the_same_welch_test(data):
    base, follow, extra = data
    if len(base) < 2 or not follow or "n" not in extra:
        return
    nb = len(base)
    ind = indicator()
    monthly = analyse_indicator(ind, series(ind, base, follow, **extra), START)
    from effektmaaling.analysis import stats

    m, s, n = stats.pooled_summary(base, extra["sd"][:nb], extra["n"][:nb])
    pooled = series(ind, [m], follow, n=[n, *extra["n"][nb:]], sd=[s, *extra["sd"][nb:]])
    one = analyse_indicator(ind, pooled, START)
    assert one.baseline.value == pytest.approx(monthly.baseline.value)
    assert (one.test is None) == (monthly.test is None)
    if monthly.test is not None and one.test is not None:
        assert one.test.method == monthly.test.method == "welch-summary"
        assert one.test.p_value == pytest.approx(monthly.test.p_value, rel=1e-6, abs=1e-12)


@SETTINGS
@given(value_series(), hs.one_of(hs.none(), values))
def test_swapping_direction_flips_every_signed_effect_size(data, target):
    base, follow, extra = data
    up = indicator(direction=Direction.INCREASE, target_value=target)
    down = indicator(direction=Direction.DECREASE, target_value=target)
    a = analyse_indicator(up, series(up, base, follow, **extra), START)
    b = analyse_indicator(down, series(down, base, follow, **extra), START)
    assert (a.effect_size is None) == (b.effect_size is None)
    if a.effect_size is not None:
        assert a.effect_size.value == b.effect_size.value  # the raw effect is the same
        sa, sb = a.effect_size.signed, b.effect_size.signed
        assert sa[0] == pytest.approx(-sb[0]) and (sa[1], sa[2]) == pytest.approx((-sb[2], -sb[1]))
        d = a.to_dict()["effect_size"]["signed"]
        assert d["value"] == pytest.approx(-b.to_dict()["effect_size"]["signed"]["value"])


@SETTINGS
@given(count_series())
def test_swapping_direction_inverts_the_signed_rate_ratio(data):
    num, den, nb = data
    up = indicator(MeasureType.RATE, direction=Direction.INCREASE, rate_per=100.0)
    down = indicator(MeasureType.RATE, direction=Direction.DECREASE, rate_per=100.0)
    a = analyse_indicator(up, counts_series(up, num, den, nb), START)
    b = analyse_indicator(down, counts_series(down, num, den, nb), START)
    if a.effect_size is None or not 0 < a.effect_size.value < float("inf"):
        return
    assert a.effect_size.signed[0] * b.effect_size.signed[0] == pytest.approx(1.0)
