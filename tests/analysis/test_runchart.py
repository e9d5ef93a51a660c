"""Run-chart analysis with the Anhøj rules (Anhøj & Olesen 2014; qicharts2's runs.analysis)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from effektmaaling.analysis.runchart import crossings_min, longest_run_max, run_chart, runs_and_crossings

# Critical values for n useful points. Longest run: round(log2 n) + 3; fewest crossings: the 5th
# percentile of Bin(n - 1, 1/2) (qicharts2: qbinom(0.05, n.useful - 1, 0.5)). Checked by hand below.
# NB: the values sometimes quoted as 24, 33, 42 for n = 60, 80, 100 are qbinom(0.05, n, 0.5) (n, not
# n - 1) and do not follow the published rule; Bin(59, 1/2) gives P(X <= 22) = 0.034 < 0.05 <= P(X <= 23).
ANHOEJ_TABLE = {
    10: (6, 2), 11: (6, 2), 12: (7, 3), 13: (7, 3), 14: (7, 4), 15: (7, 4), 16: (7, 4), 17: (7, 5),
    18: (7, 5), 19: (7, 6), 20: (7, 6), 25: (8, 8), 30: (8, 10), 40: (8, 14), 50: (9, 19), 60: (9, 23),
    70: (9, 28), 80: (9, 32), 90: (9, 37), 100: (10, 41),
}


def _binom_quantile_05(trials: int) -> int:
    """Smallest k with P(Bin(trials, 1/2) <= k) >= 0.05, summed exactly with integers."""
    total, cum = 2**trials, 0
    for k in range(trials + 1):
        cum += math.comb(trials, k)
        if cum * 20 >= total:
            return k
    raise AssertionError


def test_crossings_min_is_scipys_binomial_quantile():
    """runchart.crossings_min keeps its search over scipy.special.bdtr (see its text for why): it gives
    scipy.stats.binom.ppf's integer for every n up to 3,000."""
    from scipy.stats import binom

    ns = np.arange(2, 3001)
    assert [crossings_min(int(n)) for n in ns] == binom.ppf(0.05, ns - 1, 0.5).astype(int).tolist()


@pytest.mark.parametrize("n", range(10, 101))
def test_critical_values_10_to_100(n):
    assert crossings_min(n) == _binom_quantile_05(n - 1)
    assert longest_run_max(n) == round(math.log2(n)) + 3
    if n in ANHOEJ_TABLE:
        assert (longest_run_max(n), crossings_min(n)) == ANHOEJ_TABLE[n]


def test_runs_and_crossings_ignore_points_on_the_centre():
    #           +  +  0  +  -  -  0  -  +
    values = np.array([2, 3, 1, 4, 0, -1, 1, -2, 5], dtype=float)
    n_useful, longest, crossings = runs_and_crossings(values, 1.0)
    assert n_useful == 7  # the two points on the centre are not useful
    assert longest == 3  # + + (0) + : the point on the centre neither breaks nor extends the run
    assert crossings == 2


def test_centre_is_baseline_median_with_six_baseline_points_else_all():
    values = np.array([1, 2, 3, 4, 5, 6, 20, 21, 22, 23], dtype=float)
    rc = run_chart(values, 6)
    assert rc.centre == 3.5 and rc.centre_from == "baseline"
    rc = run_chart(values, 5)
    assert rc.centre == float(np.median(values)) and rc.centre_from == "all"


def test_long_run_signals_and_random_series_does_not():
    # 20 points alternating around 0, then a run of 8 above: longest run 8 > 7 (n = 20)
    values = np.array([1, -1] * 6 + [1] * 8, dtype=float)
    rc = run_chart(values, 6)  # centre: median of the six alternating baseline points = 0
    assert rc.centre == 0.0
    assert rc.n_useful == 20 and rc.longest_run_max == 7
    assert rc.longest_run == 8 and rc.crossings == 12 and rc.signal
    alternating = np.array([1, -1] * 10, dtype=float)
    rc = run_chart(alternating, 0)
    assert rc.longest_run == 1 and rc.crossings == 19 and not rc.signal


def test_few_crossings_signal():
    # 20 points, runs of 5: longest 5 <= 7 but only 3 crossings < 6
    values = np.array([1] * 5 + [-1] * 5 + [1] * 5 + [-1] * 5, dtype=float)
    rc = run_chart(values, 0)
    assert rc.longest_run == 5 and rc.crossings == 3 and rc.crossings_min == 6
    assert rc.signal


def test_too_few_points():
    assert run_chart(np.array([1.0]), 0) is None
    assert run_chart(np.array([2.0, 2.0, 2.0]), 0) is None  # every point on the median
