"""Every test, effect size and trend checked against ``scipy.stats``, ``statsmodels`` (a test-only
reference) or a hand-computed published example on the same numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as st

from effektmaaling.analysis import stats

SEEDS = range(12)


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(1000 + seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_welch_from_summary_matches_scipy(seed):
    r = _rng(seed)
    m1, m2 = r.normal(10, 3, 2)
    s1, s2 = r.uniform(0.5, 5, 2)
    n1, n2 = (int(x) for x in r.integers(2, 300, 2))
    res = stats.welch_from_stats(m1, s1, n1, m2, s2, n2, "last-baseline-vs-latest")
    ref = st.ttest_ind_from_stats(m2, s2, n2, m1, s1, n1, equal_var=False)
    assert res.method == "welch-summary"
    assert res.statistic == pytest.approx(ref.statistic, rel=1e-10)
    assert res.p_value == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-300)
    assert res.difference == pytest.approx(m2 - m1)
    # interval: the Welch-Satterthwaite df and t quantile, computed here with scipy.stats.t
    v1, v2 = s1**2 / n1, s2**2 / n2
    df = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    half = st.t.ppf(0.975, df) * math.sqrt(v1 + v2)
    assert (res.ci_low, res.ci_high) == pytest.approx((m2 - m1 - half, m2 - m1 + half), rel=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_welch_on_points_matches_scipy_ttest_ind(seed):
    r = _rng(seed)
    base = r.normal(5, r.uniform(0.2, 2), int(r.integers(3, 30)))
    follow = r.normal(5 + r.normal(0, 1), r.uniform(0.2, 2), int(r.integers(3, 30)))
    res = stats.welch_points(base, follow)
    ref = st.ttest_ind(follow, base, equal_var=False)
    ci = ref.confidence_interval(0.95)
    assert res.method == "welch-points" and res.compared == "baseline-vs-current"
    assert res.statistic == pytest.approx(ref.statistic, rel=1e-10)
    assert res.p_value == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-300)
    assert res.difference == pytest.approx(follow.mean() - base.mean())
    assert (res.ci_low, res.ci_high) == pytest.approx((ci.low, ci.high), rel=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_two_proportions_matches_chi_square_and_normal(seed):
    r = _rng(seed)
    n1, n2 = (int(x) for x in r.integers(20, 3000, 2))
    x1, x2 = int(r.binomial(n1, 0.4)), int(r.binomial(n2, r.uniform(0.2, 0.7)))
    res = stats.two_proportions(x1, n1, x2, n2)
    assert res.method == "two-proportion-z"  # every expected count is at least 5 here
    # the pooled z-test is the uncorrected chi-square test of the 2x2 table: z^2 = chi^2
    chi2, p, _, _ = st.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
    assert res.statistic**2 == pytest.approx(chi2, rel=1e-9)
    assert res.p_value == pytest.approx(p, rel=1e-9, abs=1e-300)
    p1, p2 = x1 / n1, x2 / n2
    assert math.copysign(1, res.statistic) == math.copysign(1, p2 - p1) or p1 == p2
    assert res.difference == pytest.approx(100 * (p2 - p1))


@pytest.mark.parametrize("seed", SEEDS)
def test_difference_interval_is_newcombes_hybrid_score_as_statsmodels(seed):
    from statsmodels.stats.proportion import confint_proportions_2indep

    r = _rng(seed)
    n1, n2 = (int(x) for x in r.integers(3, 400, 2))
    x1, x2 = int(r.binomial(n1, r.uniform(0.05, 0.95))), int(r.binomial(n2, r.uniform(0.05, 0.95)))
    if x1 + x2 in (0, n1 + n2):
        return
    res = stats.two_proportions(x1, n1, x2, n2)
    lo, hi = confint_proportions_2indep(x2, n2, x1, n1, method="newcomb", compare="diff")
    assert (res.ci_low, res.ci_high) == pytest.approx((100 * lo, 100 * hi), rel=1e-9, abs=1e-9)


def test_small_counts_use_fishers_exact_test():
    """0/6 against 3/6: the z-test would say p = 0.046; Fisher's exact test (two-sided) says 0.18."""
    res = stats.two_proportions(0, 6, 3, 6)
    assert res.method == "fisher-exact"
    assert res.p_value == pytest.approx(st.fisher_exact([[3, 3], [0, 6]]).pvalue, rel=1e-12)
    assert res.p_value == pytest.approx(0.1818, abs=1e-4) and not res.significant
    assert res.difference == pytest.approx(50.0)
    # one expected count below 5 is enough
    assert stats.expected_counts_ok(40, 100, 45, 100) and not stats.expected_counts_ok(2, 100, 6, 100)
    assert stats.two_proportions(2, 100, 6, 100).method == "fisher-exact"


@pytest.mark.parametrize("seed", SEEDS)
def test_rate_ratio_and_its_exact_interval(seed):
    r = _rng(seed)
    e1, e2 = (float(x) for x in r.integers(1000, 6000, 2))
    x1, x2 = int(r.poisson(e1 * 0.004)) + 1, int(r.poisson(e2 * r.uniform(0.001, 0.005)))
    es = stats.rate_ratio(x1, e1, x2, e2)
    assert es.kind == "rate-ratio" and es.value == pytest.approx((x2 / e2) / (x1 / e1))
    # the exact interval: Clopper-Pearson for x2 of x1 + x2, turned into a ratio of rates
    ci = st.binomtest(x2, x1 + x2).proportion_ci(method="exact")
    lo = ci.low / (1 - ci.low) * e1 / e2
    hi = ci.high / (1 - ci.high) * e1 / e2 if ci.high < 1 else math.inf
    assert (es.ci_low, es.ci_high) == pytest.approx((lo, hi), rel=1e-9)
    assert es.ci_low <= es.value <= es.ci_high
    # signed for "lower is better": the reciprocal, so that above 1 is an improvement
    flipped = stats.rate_ratio(x1, e1, x2, e2, -1)
    assert flipped.signed[0] == pytest.approx(1 / es.value) if es.value else flipped.signed[0] == math.inf


def test_one_sample_tests_against_a_typed_baseline():
    r = _rng(3)
    pts = r.normal(12, 2, 9)
    ref = st.ttest_1samp(pts, 10.0)
    res = stats.one_sample_t(*stats.sample_stats(pts), 10.0, "one-sample-t-points")
    assert res.p_value == pytest.approx(ref.pvalue, rel=1e-9) and res.statistic == pytest.approx(ref.statistic)
    ci = ref.confidence_interval()
    assert (res.ci_low, res.ci_high) == pytest.approx((ci.low - 10, ci.high - 10), rel=1e-9)
    prop = stats.one_sample_proportion(30, 50, 0.4)
    assert prop.p_value == pytest.approx(st.binomtest(30, 50, 0.4).pvalue, rel=1e-12)
    assert prop.difference == pytest.approx(20.0)
    rate = stats.one_sample_rate(30, 10_000, 2.0, 1000.0)  # expected 20 events
    p_ref = min(1.0, 2 * min(st.poisson.cdf(30, 20), st.poisson.sf(29, 20)))
    assert rate.p_value == pytest.approx(p_ref, rel=1e-9)
    lo, hi = st.chi2.ppf(0.025, 60) / 2, st.chi2.ppf(0.975, 62) / 2
    assert (rate.ci_low, rate.ci_high) == pytest.approx((lo / 10 - 2, hi / 10 - 2), rel=1e-9)


def test_pooled_summary_is_the_summary_of_the_pooled_people():
    """Pooling groups with n, mean and sd gives the mean and sd of all their people together."""
    r = _rng(4)
    groups = [r.normal(r.uniform(3, 7), r.uniform(0.5, 2), int(r.integers(2, 40))) for _ in range(6)]
    m, s, n = stats.pooled_summary([g.mean() for g in groups], [g.std(ddof=1) for g in groups],
                                   [len(g) for g in groups])
    everyone = np.concatenate(groups)
    assert n == len(everyone)
    assert (m, s) == pytest.approx((everyone.mean(), everyone.std(ddof=1)), rel=1e-12)


def _exact_conditional_p(x1: int, e1: float, x2: int, e2: float) -> float:
    """Przyborowski & Wilenski (1940): given k = x1 + x2, x2 ~ Bin(k, e2/(e1+e2)); two-sided p = sum of
    the probabilities no larger than that of the observed count (as R's poisson.test). Written out here
    with math.comb, independent of scipy."""
    k, q = x1 + x2, e2 / (e1 + e2)
    pmf = [math.comb(k, j) * q**j * (1 - q) ** (k - j) for j in range(k + 1)]
    return min(1.0, sum(v for v in pmf if v <= pmf[x2] * (1 + 1e-7)))


@pytest.mark.parametrize("seed", SEEDS)
def test_poisson_rates_exact_conditional(seed):
    r = _rng(seed)
    e1, e2 = (float(x) for x in r.integers(1000, 6000, 2))
    x1, x2 = int(r.poisson(e1 * 0.003)), int(r.poisson(e2 * r.uniform(0.001, 0.004)))
    res = stats.poisson_rates(x1, e1, x2, e2, 1000.0)
    if x1 + x2 == 0:
        assert res is None
        return
    assert res.method == "poisson-exact"
    assert res.p_value == pytest.approx(_exact_conditional_p(x1, e1, x2, e2), rel=1e-7)
    assert res.p_value == pytest.approx(st.binomtest(x2, x1 + x2, e2 / (e1 + e2)).pvalue, rel=1e-12)
    d = (x2 / e2 - x1 / e1) * 1000
    se = math.sqrt(x1 / e1**2 + x2 / e2**2) * 1000
    assert res.difference == pytest.approx(d)
    assert (res.ci_low, res.ci_high) == pytest.approx((d - 1.959964 * se, d + 1.959964 * se), rel=1e-6)


def test_binomial_p_value_is_binomtests():
    """The engine's two-sided binomial p-value (public scipy.special functions) is binomtest's."""
    r = np.random.default_rng(5)
    cases = [(0, 1, 0.5), (1, 1, 0.5), (5, 10, 0.5), (0, 10, 0.3), (10, 10, 0.3), (3, 7, 3 / 7), (6, 12, 0.5),
             (25_500, 50_000, 0.5), (1, 2000, 0.999), (1999, 2000, 0.001)]
    for _ in range(400):
        n = int(r.choice([2, 5, 20, 100, 1000, 20_000]) * r.uniform(0.5, 1.5)) + 1
        p = float(r.uniform(0.01, 0.99))
        k = int(min(n, max(0, r.binomial(n, min(0.999, max(0.001, p * r.uniform(0.6, 1.4)))))))
        cases.append((k, n, p))
    for k, n, p in cases:
        assert stats.binom_two_sided_p(k, n, p) == pytest.approx(st.binomtest(k, n, p).pvalue, rel=1e-9,
                                                                  abs=1e-300), (k, n, p)
    with pytest.raises(ValueError):
        stats.binom_two_sided_p(5, 3, 0.5)
    for x, n in ((0, 5), (5, 5), (3, 17), (120, 400)):
        ci = st.binomtest(x, n).proportion_ci(method="exact")
        assert stats.clopper_pearson(x, n) == pytest.approx((ci.low, ci.high), rel=1e-9, abs=1e-12)


def test_no_private_library_names():
    """Only public APIs: nothing imports a private module or name of scipy, numpy or another library."""
    import pathlib
    import re

    root = pathlib.Path(stats.__file__).parents[1]
    private = re.compile(r"(?:import|from)\s+[\w.]*\._\w|from\s+[\w.]+\s+import\s+.*\b_[a-z]\w*")
    offenders = [f"{p.relative_to(root)}:{i}" for p in root.rglob("*.py")
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if private.search(line) and "from ." not in line]
    assert offenders == []


def test_poisson_rates_refuses_non_counts_and_no_events():
    assert stats.poisson_rates(0, 100, 0, 100, 1) is None
    assert stats.poisson_rates(2.5, 100, 3, 100, 1) is None
    assert stats.poisson_rates(2, 0, 3, 100, 1) is None


def test_hedges_g_borenstein_worked_example():
    """Borenstein, Hedges, Higgins & Rothstein (2009), Introduction to Meta-Analysis, ch. 4: treated
    mean 103.00, SD 5.5, n 50; control mean 100.00, SD 4.5, n 50 -> d = 0.5970, J = 0.9923, g = 0.5924."""
    res = stats.hedges_g(100.0, 4.5, 50, 103.0, 5.5, 50)
    assert res.kind == "hedges-g"
    assert round(res.value, 4) == 0.5924
    d = res.value / (1 - 3 / (4 * 98 - 1))
    assert round(d, 4) == 0.5970
    # interval: Hedges & Olkin (1985) large-sample variance (n1+n2)/(n1 n2) + g^2 / (2 (n1+n2))
    se = math.sqrt(100 / 2500 + res.value**2 / 200)
    assert (res.ci_low, res.ci_high) == pytest.approx((res.value - 1.959964 * se, res.value + 1.959964 * se), rel=1e-6)
    assert round(se, 3) == 0.204


@pytest.mark.parametrize("seed", SEEDS)
def test_hedges_g_independent_formula(seed):
    r = _rng(seed)
    a = r.normal(0, 1, int(r.integers(2, 40)))
    b = r.normal(r.normal(), r.uniform(0.5, 2), int(r.integers(2, 40)))
    n1, n2 = len(a), len(b)
    # pooled SD from the raw points via numpy variances, small-sample factor from the gamma function
    sp = math.sqrt((np.var(a, ddof=1) * (n1 - 1) + np.var(b, ddof=1) * (n2 - 1)) / (n1 + n2 - 2))
    df = n1 + n2 - 2
    j_exact = math.exp(math.lgamma(df / 2) - math.log(math.sqrt(df / 2)) - math.lgamma((df - 1) / 2))
    g_ref = (b.mean() - a.mean()) / sp * j_exact
    res = stats.hedges_g(a.mean(), a.std(ddof=1), n1, b.mean(), b.std(ddof=1), n2)
    # the engine uses Hedges' approximation J = 1 - 3/(4 df - 1), whose relative error is below 0.06 / df^2
    assert res.value == pytest.approx(g_ref, rel=0.06 / df**2)


def test_cohens_h_reference_values():
    # Cohen (1988), ch. 6: phi = 2 arcsin sqrt(p); h(.50, .65) = 1.8755 - 1.5708 = 0.3047
    res = stats.cohens_h(0.50, 100, 0.65, 120)
    assert round(res.value, 4) == 0.3047
    assert res.value == pytest.approx(2 * np.arcsin(np.sqrt(0.65)) - 2 * np.arcsin(np.sqrt(0.5)))
    se = math.sqrt(1 / 100 + 1 / 120)
    z = st.norm.ppf(0.975)
    assert (res.ci_low, res.ci_high) == pytest.approx((res.value - z * se, res.value + z * se))
    assert stats.cohens_h(0.5, 0, 0.6, 10) is None


@pytest.mark.parametrize("seed", SEEDS)
def test_trend_matches_linregress(seed):
    r = _rng(seed)
    n = int(r.integers(3, 40))
    days = np.sort(r.choice(np.arange(15000, 17000), n, replace=False)).astype(float)
    values = 0.01 * days * r.normal() + r.normal(0, 2, n)
    res = stats.trend(days, values)
    ref = st.linregress(days / 30.4375, values)
    half = st.t.ppf(0.975, n - 2) * ref.stderr
    assert res.slope_per_month == pytest.approx(ref.slope, rel=1e-9, abs=1e-12)
    assert (res.ci_low, res.ci_high) == pytest.approx((ref.slope - half, ref.slope + half), rel=1e-8, abs=1e-12)
    assert res.n_points == n


def test_trend_needs_three_points_and_spread_in_time():
    assert stats.trend(np.array([1.0, 2.0]), np.array([1.0, 2.0])) is None
    assert stats.trend(np.array([5.0, 5.0, 5.0]), np.array([1.0, 2.0, 3.0])) is None


def test_welch_degenerate_inputs():
    assert stats.welch_from_stats(1, 0, 10, 2, 0, 10, "x") is None  # no variance at all
    assert stats.welch_from_stats(1, 1, 1, 2, 1, 10, "x") is None  # n = 1
    assert stats.two_proportions(0, 10, 0, 10) is None  # pooled proportion 0
    assert stats.two_proportions(1, 0, 1, 10) is None


def test_row_means_sds_medians_and_sums_are_numpys_1d_figures_bit_for_bit():
    """A trial's indicators are computed as rows of 2-D arrays (analysis/vector.py): each row's mean,
    sd (ddof 1), median and sum are the very floats numpy gives for the row as a 1-D array (numpy sums
    every contiguous row pairwise, as a 1-D array), also for slices of the rows and above 128 values."""
    from effektmaaling.analysis.vector import _sample_stats

    r = np.random.default_rng(11)
    groups = [np.array([[1.0, 2.0], [0.1, 0.2]]), np.array([[0.1] * 7, [-0.0] * 7]),
              np.array([[0.0, -0.0, 1.0, -1.0], [1e16, 1.0, -1e16, 3.0]])]
    for n in (2, 3, 8, 9, 40, 127, 128, 129, 300, 1000):
        groups += [np.array([r.normal(50, 10, n), r.poisson(4, n).astype(float), np.round(r.normal(0, 1e-3, n), 6),
                             r.lognormal(0, 3, n)])]
    for g in groups:
        for part in (g, g[:, 1:], g[:, : max(1, g.shape[1] // 3)]):
            rows = _sample_stats(part)
            for a, (mean, sd, count) in zip(part, rows, strict=True):
                assert str(mean) == str(float(a.mean())) and count == len(a)
                assert str(sd) == str(float(a.std(ddof=1)) if len(a) > 1 else 0.0)
                assert str(stats.sample_stats(a)) == str((mean, sd, count))
            for a, med, total in zip(part, np.median(part, axis=1), np.add.reduce(part, axis=1), strict=True):
                assert str(float(med)) == str(float(np.median(a)))  # str: the sign of a zero counts too
                assert str(float(total)) == str(float(np.add.reduce(a)))
