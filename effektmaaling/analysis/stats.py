"""Tests of the change, effect sizes and the follow-up trend.

The formulas are the textbook ones (Welch 1947; the pooled two-proportion z-test; the conditional
binomial test of two Poisson rates, Przyborowski & Wilenski 1940; Hedges & Olkin 1985; Cohen 1988).
Distribution functions come from ``scipy.special`` (the same routines behind ``scipy.stats``, without
its per-call overhead); ``tests/analysis`` checks every result against ``scipy.stats`` on the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from scipy import special

from .results import EffectSize, TestResult, TrendResult

try:  # the binomial routines behind scipy.stats.binom (private names: fall back to binomtest if they move)
    from scipy.special._ufuncs import _binom_cdf, _binom_pmf, _binom_sf
except ImportError:  # pragma: no cover - depends on the scipy version
    _binom_cdf = _binom_pmf = _binom_sf = None

Z975 = float(special.ndtri(0.975))


def _t_two_sided(t: float, df: float) -> float:
    return float(2.0 * special.stdtr(df, -abs(t)))


@lru_cache(maxsize=1024)
def _t_crit(df: float) -> float:
    """The 97.5 % t quantile (cached: the trend asks for the same whole-number df again and again)."""
    return float(special.stdtrit(df, 0.975))


def binom_two_sided_p(k: int, n: int, p: float) -> float:
    """The two-sided p-value of ``scipy.stats.binomtest(k, n, p)``, step for step, on the same routines
    (``binom.pmf``/``cdf``/``sf`` are ``_binom_pmf``/``_binom_cdf``/``_binom_sf`` clipped to [0, 1] inside
    the support), without the distribution machinery's per-call overhead. Same floats, bit for bit;
    ``tests/analysis/test_stats.py`` checks that. Arguments outside 0 <= k <= n, n >= 1, 0 < p < 1 go to
    ``binomtest`` itself (which raises for the invalid ones)."""
    if _binom_pmf is None or not (0 <= k <= n and n >= 1 and 0.0 < p < 1.0):
        from scipy.stats import binomtest  # imported on use: scipy.stats takes long to import

        return float(binomtest(k, n, p).pvalue)
    fn = float(n)

    def pmf(x: float) -> float:
        return min(max(float(_binom_pmf(x, fn, p)), 0.0), 1.0) if 0 <= x <= n and x == math.floor(x) else 0.0

    def cdf(x: float) -> float:
        return 1.0 if x >= n else 0.0 if x < 0 else min(max(float(_binom_cdf(math.floor(x), fn, p)), 0.0), 1.0)

    def sf(x: float) -> float:
        return 1.0 if x < 0 else 0.0 if x >= n else min(max(float(_binom_sf(math.floor(x), fn, p)), 0.0), 1.0)

    d = pmf(k)
    rerr = 1 + 1e-7
    if k == p * n:
        return 1.0
    if k < p * n:
        ix = _binary_search(lambda x1: -pmf(x1), -d * rerr, float(np.ceil(p * n)), n)
        y = n - ix + int(d * rerr == pmf(ix))
        pval = cdf(k) + sf(n - y)
    else:
        ix = _binary_search(pmf, d * rerr, 0, float(np.floor(p * n)))
        y = ix + 1
        pval = cdf(y - 1) + sf(k - 1)
    return min(1.0, pval)


def _binary_search(a: Callable[[float], float], d: float, lo: float, hi: float) -> float:
    """scipy's ``_binary_search_for_binom_tst``: the i in [lo, hi] with a(i) <= d < a(i + 1)."""
    while lo < hi:
        mid = lo + (hi - lo) // 2
        midval = a(mid)
        if midval < d:
            lo = mid + 1
        elif midval > d:
            hi = mid - 1
        else:
            return mid
    return lo if a(lo) <= d else lo - 1


_sum = np.add.reduce  # what ndarray.mean/std sum with (pairwise summation)


def mean(a: np.ndarray) -> float:
    """``a.mean()`` of a 1-D float array, the same sum and division without numpy's Python wrapper
    (this runs a dozen times per indicator)."""
    return float(_sum(a) / len(a))


def sd(a: np.ndarray) -> float:
    """``a.std(ddof=1)`` of a 1-D float array (len ≥ 2), computed as numpy's ``_var`` does."""
    d = a - _sum(a) / len(a)
    return math.sqrt(_sum(d * d) / (len(a) - 1))


def welch_from_stats(m1: float, s1: float, n1: int, m2: float, s2: float, n2: int, compared: str) -> TestResult | None:
    """Welch's t-test of mean 2 against mean 1 from summary statistics (= ``ttest_ind_from_stats``,
    ``equal_var=False``), with the 95 % interval of ``m2 - m1``."""
    if n1 < 2 or n2 < 2:
        return None
    v1, v2 = s1 * s1 / n1, s2 * s2 / n2
    se2 = v1 + v2
    if se2 <= 0:
        return None
    se = math.sqrt(se2)
    df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    diff = m2 - m1
    t = diff / se
    half = _t_crit(df) * se
    return TestResult("welch-summary" if compared != "baseline-vs-follow-up" else "welch-points", t,
                      _t_two_sided(t, df), diff, diff - half, diff + half, compared)


def welch_points(base: np.ndarray, follow: np.ndarray) -> TestResult | None:
    """Welch's t-test of the follow-up points against the baseline points."""
    m1, s1, n1 = sample_stats(base)
    m2, s2, n2 = sample_stats(follow)
    return welch_from_stats(m1, s1, n1, m2, s2, n2, "baseline-vs-follow-up")


def two_proportions(x1: float, n1: float, x2: float, n2: float) -> TestResult | None:
    """Two-proportion z-test with pooled variance; difference and interval in percentage points."""
    if n1 <= 0 or n2 <= 0:
        return None
    p1, p2 = x1 / n1, x2 / n2
    p = (x1 + x2) / (n1 + n2)
    se0 = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    if se0 == 0:
        return None
    z = (p2 - p1) / se0
    pval = float(2.0 * special.ndtr(-abs(z)))
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)  # unpooled, for the interval (Wald)
    diff = p2 - p1
    return TestResult("two-proportion-z", z, pval, 100 * diff, 100 * (diff - Z975 * se), 100 * (diff + Z975 * se),
                      "last-baseline-vs-latest")


def poisson_rates(x1: float, e1: float, x2: float, e2: float, per: float) -> TestResult | None:
    """Exact conditional test of two Poisson rates: given k = x1 + x2 events, x2 ~ Bin(k, e2/(e1+e2)).

    The statistic is the rate ratio; the difference and its (Wald) interval are per ``per`` exposure."""
    k = round(x1 + x2)
    if e1 <= 0 or e2 <= 0 or k == 0 or x1 != round(x1) or x2 != round(x2):
        return None
    pvalue = binom_two_sided_p(round(x2), k, e2 / (e1 + e2))
    r1, r2 = x1 / e1, x2 / e2
    diff = (r2 - r1) * per
    se = math.sqrt(x1 / e1**2 + x2 / e2**2) * per
    ratio = r2 / r1 if r1 > 0 else math.inf
    return TestResult("poisson-exact", ratio, pvalue, diff, diff - Z975 * se, diff + Z975 * se,
                      "last-baseline-vs-latest")


def hedges_g(m1: float, s1: float, n1: int, m2: float, s2: float, n2: int) -> EffectSize | None:
    """Hedges' g of group 2 against group 1, with the usual large-sample 95 % interval."""
    if n1 < 2 or n2 < 2:
        return None
    pooled = math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2))
    if pooled == 0:
        return None
    d = (m2 - m1) / pooled
    j = 1 - 3 / (4 * (n1 + n2) - 9)
    g = j * d
    se = math.sqrt((n1 + n2) / (n1 * n2) + g * g / (2 * (n1 + n2)))
    return EffectSize("hedges-g", g, g - Z975 * se, g + Z975 * se)


def cohens_h(p1: float, n1: float, p2: float, n2: float) -> EffectSize | None:
    """Cohen's h = 2·asin(√p2) − 2·asin(√p1) (proportions as fractions), interval from SE = √(1/n1 + 1/n2)."""
    if n1 <= 0 or n2 <= 0:
        return None
    h = 2 * math.asin(math.sqrt(min(max(p2, 0.0), 1.0))) - 2 * math.asin(math.sqrt(min(max(p1, 0.0), 1.0)))
    se = math.sqrt(1 / n1 + 1 / n2)
    return EffectSize("cohens-h", h, h - Z975 * se, h + Z975 * se)


def trend(days: np.ndarray, values: np.ndarray) -> TrendResult | None:
    """Least-squares slope per month (30.4375 days) with its 95 % interval (as ``scipy.stats.linregress``)."""
    n = len(values)
    if n < 3:
        return None
    x = days / 30.4375
    xm, ym = _sum(x) / n, _sum(values) / n  # = x.mean(), values.mean()
    dx = x - xm
    sxx = float(_sum(dx**2))
    if sxx == 0:
        return None
    slope = float(_sum(dx * (values - ym)) / sxx)
    resid = values - (ym + slope * dx)
    se = math.sqrt(float(_sum(resid**2)) / (n - 2) / sxx)
    half = _t_crit(n - 2) * se
    return TrendResult(slope, slope - half, slope + half, n)


def sample_stats(values: Sequence[float] | np.ndarray) -> tuple[float, float, int]:
    """Mean, standard deviation (ddof 1; 0 for one value) and count (at least one value)."""
    arr = np.asarray(values, dtype=float)
    return mean(arr), sd(arr) if len(arr) > 1 else 0.0, len(arr)
