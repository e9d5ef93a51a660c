"""Benchmark: the effect analysis of 100 trials x 20 indicators x N points (default N = 60, 120, 240).

The trials are built in memory as domain dataclasses (no database), with a mix of measure types as
in real trials: means with n and sd, plain values, proportions, counts and rates; half the indicators
shift after the start. Each size is timed best of 3 with ``analyse_trial`` over all trials. For scale,
the same run times a reference: ``scipy.stats.ttest_ind`` once per indicator on the same points.

Aim: under 0.3 s for 120 points per indicator, growing linearly with the number of points.

The engine builds an indicator's points, its signals and its explanation sentence when they are first
read (the overview and the bottom lines never read them). The last column therefore also times the
analysis with every one of them read, as a report or a JSON export of all trials does.

Usage: ``uv run python bench/bench_analysis.py [POINTS ...]`` (the table of several sizes), or
``uv run python -m bench.bench_analysis`` (the suite's rows: 120 points, with the reference as baseline).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import uuid

import numpy as np
from scipy import stats

try:
    from .common import Result, Settings, run_alone, timed
except ImportError:  # run as a script: python bench/bench_analysis.py
    from common import Result, Settings, run_alone, timed  # type: ignore[no-redef]
from effektmaaling.analysis import analyse_trial
from effektmaaling.domain.entities import Indicator, Measurement, Trial
from effektmaaling.domain.enums import BottomLine, Direction, IndicatorKind, MeasureType

TRIALS = 100
INDICATORS = 20
KINDS = (MeasureType.VALUE, MeasureType.VALUE, MeasureType.PROPORTION, MeasureType.COUNT, MeasureType.RATE)


def _dates(n: int, start: dt.date) -> list[dt.date]:
    """n weekly dates, a third of them before ``start``."""
    first = start - dt.timedelta(weeks=n // 3)
    return [first + dt.timedelta(weeks=i) for i in range(n)]


def build(points: int, seed: int = 1, trials: int = TRIALS) -> list[tuple[Trial, list[Indicator], dict]]:
    rng = np.random.default_rng(seed)
    out = []
    lines = list(BottomLine)
    for t in range(trials):
        start = dt.date(2013, 1, 1) + dt.timedelta(days=7 * t)
        trial = Trial(name=f"Forsøg {t}", start_date=start, id=uuid.UUID(int=t + 1))
        indicators, measurements = [], {}
        dates = _dates(points, start)
        after = np.array([d >= start for d in dates])
        for i in range(INDICATORS):
            mt = KINDS[i % len(KINDS)]
            shift = (i % 2) * 1.0
            ind = Indicator(trial_id=trial.id, name=f"Indikator {i}", bottom_line=lines[i % 5], measure_type=mt,
                            kind=IndicatorKind.EFFECT, direction=Direction.INCREASE if i % 3 else Direction.DECREASE,
                            target_value=60.0, rate_per=1000.0, id=uuid.UUID(int=(t + 1) * 1000 + i))
            rows = []
            if mt is MeasureType.PROPORTION:
                den = rng.integers(80, 120, points)
                num = rng.binomial(den, 0.4 + 0.1 * shift * after)
                for d, x, n in zip(dates, num, den, strict=True):
                    rows.append(Measurement(ind.id, d, 100.0 * x / n, numerator=float(x), denominator=float(n)))
            elif mt is MeasureType.RATE:
                den = rng.integers(4000, 5000, points)
                num = rng.poisson(den * (2.0 - 0.5 * shift * after) / 1000)
                for d, x, n in zip(dates, num, den, strict=True):
                    rows.append(Measurement(ind.id, d, 1000.0 * x / n, numerator=float(x), denominator=float(n)))
            elif mt is MeasureType.COUNT:
                for d, x in zip(dates, rng.poisson(4 + 2 * shift * after), strict=True):
                    rows.append(Measurement(ind.id, d, float(x)))
            else:
                values = 50 + 3 * shift * after + rng.normal(0, 2, points)
                with_stats = i % 5 == 0
                for d, v in zip(dates, values, strict=True):
                    rows.append(Measurement(ind.id, d, round(float(v), 2), n=60 if with_stats else None,
                                            sd=8.0 if with_stats else None))
            indicators.append(ind)
            measurements[ind.id] = rows
        out.append((trial, indicators, measurements))
    return out


def best_of(k: int, fn) -> float:
    times = []
    for _ in range(k):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


AIM_S, AIM_POINTS = 0.3, 120


def read_everything(results: list) -> None:
    """What a report or an export of every trial reads: points, signals, explanations, the JSON dict."""
    for ta in results:
        ta.to_dict()
        for a in ta.indicators:
            a.points  # noqa: B018 - reading is the point
            _ = a.spc.signals if a.spc else ()


def main(sizes: list[int]) -> None:
    print(f"{TRIALS} trials x {INDICATORS} indicators; best of 3; reference: scipy.stats.ttest_ind once per indicator")
    print(f"{'points':>6} {'analysis s':>10} {'per ind. ms':>11} {'ref s':>6} {'x ref':>6} {'x first':>16} "
          f"{'aim':>8} {'all read s':>10}")
    first = None
    for n in sizes:
        data = build(n)
        analysis = best_of(3, lambda data=data: [analyse_trial(t, inds, ms) for t, inds, ms in data])
        full = best_of(3, lambda data=data: read_everything([analyse_trial(t, inds, ms) for t, inds, ms in data]))
        arrays = [np.array([m.value for m in rows]) for _, _, ms in data for rows in ms.values()]
        ref = best_of(3, lambda arrays=arrays, n=n: [stats.ttest_ind(a[: n // 3], a[n // 3:], equal_var=False)
                                                     for a in arrays])
        first = first or (n, analysis)
        aim = "-" if n != AIM_POINTS else ("met" if analysis < AIM_S else "NOT met")
        print(f"{n:>6} {analysis:>10.3f} {1000 * analysis / (TRIALS * INDICATORS):>11.3f} {ref:>6.3f} "
              f"{analysis / ref:>6.2f} {analysis / first[1]:>6.2f} (x{n / first[0]:g} pts) {aim:>8} {full:>10.3f}")
    print(f"aim: < {AIM_S} s for {AIM_POINTS} points per indicator, growing linearly with the points")


def measure(settings: Settings) -> list[Result]:
    """The suite's rows: the analysis of 100 trials × 20 indicators × 120 points (10 trials with --quick),
    with scipy's ``ttest_ind`` once per indicator as the baseline measured in the same run."""
    trials = 10 if settings.quick else TRIALS
    data = build(AIM_POINTS, trials=trials)
    run = [analyse_trial(t, inds, ms) for t, inds, ms in data]  # warm-up (imports, caches)
    analysis = timed(lambda: [analyse_trial(t, inds, ms) for t, inds, ms in data], settings.runs)
    arrays = [np.array([m.value for m in rows]) for _, _, ms in data for rows in ms.values()]
    n = AIM_POINTS
    ref = timed(lambda: [stats.ttest_ind(a[: n // 3], a[n // 3:], equal_var=False) for a in arrays], settings.runs)
    full = timed(lambda: read_everything([analyse_trial(t, inds, ms) for t, inds, ms in data]), settings.runs)
    del run
    size = f"{trials} trials × {INDICATORS} ind. × {n} pts"
    return [Result(f"analysis, {size}", "s", analysis, ref, "scipy ttest_ind per ind.", AIM_S if not settings.quick
                   else None),
            Result(f"analysis with everything read, {size}", "s", full, ref, "scipy ttest_ind per ind.")]


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        main([int(a) for a in sys.argv[1:]])
    else:
        run_alone(measure, __doc__)
