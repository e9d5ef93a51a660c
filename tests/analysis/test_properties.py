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
