"""A trial's indicators computed together (``analysis/vector.py``, used by ``analyse_trial``) give exactly what
each indicator analysed alone with 1-D arrays (``analyse_indicator``) gives: every field, every float to the
last bit (compared through ``repr``, which round-trips floats and tells -0.0 from 0.0), the deferred points,
signals and explanation included."""

from __future__ import annotations

import datetime as dt
import math
import uuid

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from effektmaaling.analysis import analyse_indicator, analyse_trial, engine, vector
from effektmaaling.domain.entities import Indicator, Measurement, Milestone, Trial
from effektmaaling.domain.enums import BottomLine, CurrentPeriod, Direction, IndicatorKind, MeasureType

from .golden import awkward_trial, synthetic_trials

START = dt.date(2015, 1, 1)


def _full(a: object) -> str:
    """Everything a reader can see of an indicator's analysis, deferred fields read."""
    return repr((a, a.points, a.spc.signals if a.spc else None, a.explanation, a.to_dict()))  # type: ignore[attr-defined]


def _assert_same(trial: Trial, inds: list[Indicator], ms: dict, milestones: list[Milestone] = ()) -> None:
    together = analyse_trial(trial, inds, ms, (), milestones)
    phase_changes = [(m.date, m.text) for m in milestones if m.phase_change]
    for ind, a in zip(inds, together.indicators, strict=True):
        alone = analyse_indicator(ind, ms.get(ind.id, []), trial.start_date, phase_changes)
        assert _full(a) == _full(alone), ind.name


def test_the_benchmarks_trials_with_short_and_long_series_are_the_same_together_and_alone():
    """40 points (a pairwise sum of one block) and 300 (numpy sums more than 128 values pairwise in halves)."""
    for points in (40, 300):
        for trial, inds, ms, _ in synthetic_trials(trials=2, points=points, seed=points):
            _assert_same(trial, inds, ms)


def test_awkward_inputs_are_the_same_together_and_alone():
    trial, inds, ms, _ = awkward_trial()
    _assert_same(trial, inds, ms)


def test_the_trials_indicators_really_are_computed_together():
    """The comparison above is between two paths: the benchmark's indicators form one group per trial,
    whose rows carry the control chart, the run chart, the trend and the levels."""
    trial, inds, ms, _ = synthetic_trials(trials=1, points=60)[0]
    prepared = [engine._prepare(ind, ms[ind.id], trial.start_date, []) for ind in inds]
    rows = engine._group_figures(prepared)
    assert all(isinstance(r, vector.Row) for r in rows)
    assert all(r.spc is not None and r.has_run_chart and r.has_trend and r.base is not None for r in rows)
    assert {r.spc[0].chart for r in rows} == {"I", "P", "U"}  # type: ignore[index]


def test_run_masks_per_row_are_the_1d_ones():
    from effektmaaling.analysis.spc import _run_masks

    rng = np.random.default_rng(5)
    for m in (1, 5, 6, 7, 8, 30):
        sides = rng.choice([-1.0, 0.0, 1.0], size=(6, m), p=[0.45, 0.1, 0.45])
        sides[2] = 1.0  # a whole row one run, running into the next row
        got = vector._run_masks(sides, 7)
        for r in range(6):
            assert (got[r] == _run_masks(sides[r], 7)).all()


# --- random trials -------------------------------------------------------------------------------------

values = hs.integers(-3000, 3000).map(lambda v: v / 100)
odd_values = hs.sampled_from([math.nan, math.inf, None, 0.0, -0.0])
MEASURE_TYPES = [MeasureType.VALUE, MeasureType.COUNT, MeasureType.PROPORTION, MeasureType.RATE]


def _month(i: int) -> dt.date:
    y, m = divmod(START.month - 1 + i, 12)
    return dt.date(START.year + y, m + 1, 1)


@hs.composite
def random_trial(draw):
    """A trial whose indicators share a few series shapes (so that they form groups of several rows) and
    differ in everything else: measure type, n and sd, counts, missing or non-finite values, a later
    baseline end, the current period, the target, the direction; sometimes a phase change."""
    trial = Trial(name="T", start_date=START, id=uuid.UUID(int=1))
    shapes = draw(hs.lists(hs.tuples(hs.integers(0, 16), hs.integers(0, 16)), min_size=1, max_size=3))
    inds, ms = [], {}
    for i in range(draw(hs.integers(1, 8))):
        nb, nf = draw(hs.sampled_from(shapes))
        mt = draw(hs.sampled_from(MEASURE_TYPES))
        ind = Indicator(
            trial_id=trial.id, name=f"I{i}", measure_type=mt, bottom_line=BottomLine.SERVICE,
            kind=IndicatorKind.EFFECT, direction=draw(hs.sampled_from(list(Direction))),
            target_value=draw(hs.none() | values), rate_per=draw(hs.sampled_from([100.0, 1000.0])),
            current_period=draw(hs.sampled_from(list(CurrentPeriod))),
            baseline_end_date=draw(hs.none() | hs.integers(-4, 2).map(lambda k: _month(k) - dt.timedelta(days=1))),
            baseline_value=draw(hs.none() | values), id=uuid.UUID(int=100 + i))
        dates = [_month(k - nb) for k in range(nb + nf)]
        rows = []
        with_stats = draw(hs.booleans())
        for d in dates:
            extra: dict = {}
            if mt in (MeasureType.PROPORTION, MeasureType.RATE):
                den = float(draw(hs.integers(1, 400)))
                x = float(draw(hs.integers(0, int(den))))
                value = (100.0 if mt is MeasureType.PROPORTION else ind.rate_per) * x / den
                if draw(hs.integers(0, 9)) > 0:  # now and then without counts
                    extra = {"numerator": x, "denominator": den}
            elif mt is MeasureType.COUNT:
                value = float(draw(hs.integers(0, 12)))
            else:
                value = draw(values)
                if with_stats:
                    extra = {"n": draw(hs.integers(1, 80)), "sd": draw(hs.integers(0, 900).map(lambda v: v / 100))}
            if draw(hs.integers(0, 19)) == 0:
                value = draw(odd_values)
            rows.append(Measurement(ind.id, d, value, **extra))
        inds.append(ind)
        ms[ind.id] = rows
    milestones = [Milestone(trial.id, _month(draw(hs.integers(0, 10))), "ny praksis", phase_change=True)] \
        if draw(hs.integers(0, 3)) == 0 else []
    return trial, inds, ms, milestones


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(random_trial())
def test_random_trials_are_the_same_together_and_alone(data):
    trial, inds, ms, milestones = data
    _assert_same(trial, inds, ms, milestones)
