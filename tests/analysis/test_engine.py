"""The engine's definitions (baseline, follow-up, change, attainment, choice of test), the status rule,
the bottom lines, and robustness: odd input gives an explicit 'insufficient data' with a reason."""

from __future__ import annotations

import datetime as dt
import math
import uuid

import numpy as np
import pytest
from scipy import stats as st

from effektmaaling.analysis import Meaning, Status, analyse_indicator, analyse_trial
from effektmaaling.analysis import results as R
from effektmaaling.analysis.bottomlines import bottom_lines, computed_verdict, overall
from effektmaaling.analysis.engine import _status
from effektmaaling.domain.entities import Assessment, Measurement, Trial
from effektmaaling.domain.enums import BottomLine, Direction, IndicatorKind, MeasureType, Verdict

from .helpers import START, counts_series, indicator, month, series

RNG = np.random.default_rng(7)
BASE12 = [10.2, 9.8, 10.5, 9.6, 10.1, 10.4, 9.9, 10.0, 10.3, 9.7, 10.2, 9.8]
UP12 = [12.1, 12.6, 11.8, 12.4, 12.0, 12.3, 12.7, 11.9, 12.2, 12.5, 12.0, 12.4]


def _reasons(a) -> str:
    return " | ".join(r.en for r in a.reasons) + " | " + (a.test_reason.en if a.test_reason else "")


# --- definitions -------------------------------------------------------------------------------


def test_baseline_current_level_change_and_attainment():
    ind = indicator(target_value=14.0)
    a = analyse_indicator(ind, series(ind, [9.0, 10.0, 11.0], [11.0, 12.0, 13.0]), START)
    assert a.baseline.value == 10.0 and a.baseline.n_points == 3 and a.baseline.source == "points"
    assert a.baseline.end_date == START - dt.timedelta(days=1)  # the last baseline day (inclusive)
    # the current level is the mean of the current period (here the whole follow-up: under 12 months)
    assert a.current_value == 12.0 and a.current_date == month(2)
    assert a.latest_value == 13.0 and a.latest_date == month(2)
    assert a.current_period.start == month(0) and a.current_period.n_points == 3
    assert a.follow_up_mean == 12.0 and a.n_follow_up == 3
    assert a.change_absolute == 2.0 and a.change_relative == pytest.approx(0.2) and a.improvement == 2.0
    # the target lies outside the baseline's limits (10 +- 2.66): a share of the way
    assert a.attainment == pytest.approx(2 / 4) and a.attainment_note is R.Attainment.PROGRESS
    # a decreasing indicator moving the wrong way: never a negative percentage
    ind = indicator(direction=Direction.DECREASE, target_value=4.0)
    a = analyse_indicator(ind, series(ind, [9.0, 10.0, 11.0], [11.0, 12.0, 13.0]), START)
    assert a.improvement == -2.0 and a.attainment is None
    assert a.attainment_note in (R.Attainment.MOVING_AWAY, R.Attainment.NO_PROGRESS)
    assert (a.attainment_note is R.Attainment.MOVING_AWAY) == (a.status is Status.WORSENED)
    ind = indicator(target_value=11.5)
    a = analyse_indicator(ind, series(ind, [9.0, 10.0, 11.0], [11.0, 12.0, 13.0]), START)
    assert a.attainment_note is R.Attainment.REACHED


def test_target_inside_the_baselines_normal_variation_has_no_percentage():
    ind = indicator(target_value=10.5)
    a = analyse_indicator(ind, series(ind, BASE12, [10.1, 10.2, 10.0]), START)
    assert a.attainment is None and a.attainment_note is R.Attainment.INSIDE_BASELINE_VARIATION
    assert "normale variation" in a.explanation.da


def test_current_period_is_the_latest_12_months_by_default():
    """Monthly points over 30 months of follow-up: the current period is the follow-up after the latest
    date minus 12 months, i.e. the latest 12 points; the indicator can choose the whole follow-up or
    the latest measurement instead."""
    from effektmaaling.domain.enums import CurrentPeriod

    follow = [10.0] * 18 + [14.0] * 12
    ind = indicator()
    a = analyse_indicator(ind, series(ind, BASE12, follow), START)
    assert a.current_period.n_points == 12 and a.current_period.start == month(18)
    assert a.current_value == 14.0 and a.current_period.choice == "last-12-months"
    whole = analyse_indicator(indicator(current_period=CurrentPeriod.FOLLOW_UP), series(ind, BASE12, follow), START)
    assert whole.current_period.n_points == 30 and whole.current_value == pytest.approx(np.mean(follow))
    latest = analyse_indicator(indicator(current_period=CurrentPeriod.LATEST), series(ind, BASE12, follow), START)
    assert latest.current_period.n_points == 1 and latest.current_value == 14.0


def test_relative_change_uses_absolute_baseline_and_none_at_zero():
    ind = indicator()
    a = analyse_indicator(ind, series(ind, [-2.0, -2.0], [-1.0]), START)
    assert a.change_absolute == 1.0 and a.change_relative == pytest.approx(0.5)
    a = analyse_indicator(ind, series(ind, [0.0], [1.0]), START)
    assert a.change_relative is None and a.change_absolute == 1.0


def test_baseline_end_date_is_inclusive():
    ind = indicator(baseline_end_date=month(-2))
    a = analyse_indicator(ind, series(ind, [1.0, 2.0, 3.0, 4.0], [5.0]), START)
    # months -4, -3, -2 are on or before the baseline end (month -2, inclusive); -1 and 0 are follow-up
    assert [p.baseline for p in a.points] == [True, True, True, False, False]
    assert a.baseline.value == 2.0 and a.baseline.end_date == month(-2)
    # without a date the baseline ends the day before the trial start
    a = analyse_indicator(indicator(), series(ind, [1.0, 2.0], [5.0]), START)
    assert [p.baseline for p in a.points] == [True, True, False]


def test_typed_baseline_only_without_baseline_points_and_then_a_one_sample_test():
    ind = indicator(baseline_value=7.5)
    follow = [8.2, 9.1, 8.8, 9.4, 8.6, 9.0, 9.3, 8.9, 9.2, 8.7, 9.1, 9.5, 8.8, 9.0, 9.2, 8.9, 9.3, 9.1, 8.8, 9.0]
    a = analyse_indicator(ind, series(ind, [], follow), START)
    assert a.baseline.source == "manual" and a.baseline.value == 7.5
    assert a.test.method == "one-sample-t-points" and a.test.compared == "typed-baseline-vs-current"
    ref = st.ttest_1samp(follow[-12:], 7.5)
    assert a.test.p_value == pytest.approx(ref.pvalue)
    assert a.status is Status.IMPROVED  # 20 follow-up points against a typed baseline are not "too few data"
    assert any("indtastet, ikke målt" in w.da for w in a.warnings)
    assert "den indtastede baseline" in a.explanation.da
    # a typed baseline beside baseline points is not used, and a warning says so
    a = analyse_indicator(ind, series(ind, [7.0, 7.2, 7.1], follow), START)
    assert a.baseline.source == "points" and any("ikke brugt" in w.da for w in a.warnings)
    ind = indicator()
    a = analyse_indicator(ind, series(ind, [], [8.0, 9.0]), START)
    assert a.baseline.source == "none" and a.baseline.value is None and a.status is Status.INSUFFICIENT
    assert "no typed baseline" in _reasons(a)


def test_test_1_welch_from_the_pooled_summaries():
    ind = indicator()
    base, follow = [5.0, 5.2, 5.1], [5.6, 5.4, 5.9]
    ns = [40, 41, 42, 43, 44, 45]
    sds = [1.1, 1.2, 1.3, 1.0, 0.9, 1.4]
    a = analyse_indicator(ind, series(ind, base, follow, n=ns, sd=sds), START)

    def pooled(ms, ss, nn):
        people = sum(nn)
        m = sum(n * x for n, x in zip(nn, ms, strict=True)) / people
        var = (sum((n - 1) * s * s for n, s in zip(nn, ss, strict=True))
               + sum(n * (x - m) ** 2 for n, x in zip(nn, ms, strict=True))) / (people - 1)
        return m, math.sqrt(var), people

    b, c = pooled(base, sds[:3], ns[:3]), pooled(follow, sds[3:], ns[3:])
    ref = st.ttest_ind_from_stats(*c, *b, equal_var=False)
    assert a.test.method == "welch-summary" and a.test.compared == "baseline-vs-current"
    assert a.level_method == "pooled-summary"
    assert a.baseline.value == pytest.approx(b[0]) and a.current_value == pytest.approx(c[0])
    assert a.test.p_value == pytest.approx(ref.pvalue) and a.test.statistic == pytest.approx(ref.statistic)
    assert a.effect_size.kind == "hedges-g"
    # missing sd on the latest point: the points (3 + 3), with g labelled as between measurements
    sds[-1] = None
    a = analyse_indicator(ind, series(ind, base, follow, n=ns, sd=sds), START)
    assert a.test.method == "welch-points" and a.effect_size.kind == "hedges-g-points"
    assert a.test.p_value == pytest.approx(st.ttest_ind(follow, base, equal_var=False).pvalue)


def test_test_2_proportions_and_rates_from_pooled_counts():
    ind = indicator(MeasureType.PROPORTION)
    a = analyse_indicator(ind, counts_series(ind, [30, 40, 55, 60], [100, 100, 100, 120], 2), START)
    assert a.test.method == "two-proportion-z" and a.level_method == "pooled-counts"
    _, p, _, _ = st.chi2_contingency([[70, 130], [115, 105]], correction=False)
    assert a.test.p_value == pytest.approx(p)
    assert a.baseline.value == pytest.approx(35.0) and a.current_value == pytest.approx(100 * 115 / 220)
    assert a.test.difference == pytest.approx(100 * 115 / 220 - 35.0)  # percentage points
    assert a.effect_size.kind == "cohens-h"
    assert a.effect_size.value == pytest.approx(2 * math.asin(math.sqrt(115 / 220)) - 2 * math.asin(math.sqrt(0.35)))
    # small numbers: Fisher's exact test, and a warning
    a = analyse_indicator(ind, counts_series(ind, [0, 0, 2, 1], [3, 3, 3, 3], 2), START)
    assert a.test.method == "fisher-exact"
    assert a.test.p_value == pytest.approx(st.fisher_exact([[3, 3], [0, 6]]).pvalue)
    assert any("Fishers" in w.da for w in a.warnings)
    ind = indicator(MeasureType.RATE, rate_per=1000.0)
    a = analyse_indicator(ind, counts_series(ind, [10, 12, 25], [5000, 5000, 5000], 2, per=1000.0), START)
    assert a.test.method == "poisson-exact"
    assert a.test.p_value == pytest.approx(st.binomtest(25, 47, 5000 / 15000).pvalue)
    assert a.test.difference == pytest.approx((25 / 5000 - 22 / 10000) * 1000)
    assert a.effect_size.kind == "rate-ratio"
    assert a.effect_size.value == pytest.approx((25 / 5000) / (22 / 10000))


def test_test_3_needs_three_and_three_points_otherwise_a_reason():
    ind = indicator()
    a = analyse_indicator(ind, series(ind, [1.0, 2.0], [3.0, 4.0, 5.0]), START)
    assert a.test is None and a.test_reason.en.endswith("(here 2 and 3)")
    a = analyse_indicator(ind, series(ind, [1.0, 2.0, 1.5], [3.0, 4.0, 5.0]), START)
    assert a.test.method == "welch-points"


def test_trend_over_the_follow_up_per_month():
    ind = indicator()
    follow = [1.0, 1.4, 2.1, 2.3, 3.2]
    a = analyse_indicator(ind, series(ind, [1.0, 1.1, 0.9], follow), START)
    days = [(month(i) - dt.date(1970, 1, 1)).days / 30.4375 for i in range(5)]
    ref = st.linregress(days, follow)
    assert a.trend.slope_per_month == pytest.approx(ref.slope) and a.trend.n_points == 5


# --- the status rule ---------------------------------------------------------------------------


def test_clear_improvement_and_its_mirror():
    ind = indicator(target_value=12.0)
    a = analyse_indicator(ind, series(ind, BASE12, UP12), START)
    assert a.status is Status.IMPROVED and a.test.significant and a.run_chart.signal
    assert {s.meaning for s in a.spc.signals} == {Meaning.IMPROVEMENT}
    # a plain first sentence for a reader who is no statistician, then the details
    assert a.explanation.da.startswith("Steget fra 10,0 til 12,2 (+22\u00a0%); ændringen er større end den normale "
                                       "variation, så det er sandsynligvis en reel ændring. Niveauet nu er de "
                                       "seneste 12 måneder (12 målinger, 01-01-2013 – 01-12-2013)")
    assert "statistisk signifikant" in a.explanation.da and "sikker" not in a.explanation.da
    # the run chart's counts are in the details under it (summary_html, the report's rows), not here
    assert "Seriediagram" not in a.explanation.da and "Run chart" not in a.explanation.en
    assert "kontroldiagram: skift fra januar 2013" in a.explanation.da
    assert a.explanation.en.startswith("Rose from 10.0 to 12.2 (+22%); the change is larger than the normal "
                                       "variation, so it is probably a real change. The level now is the latest "
                                       "12 months")
    ind = indicator(direction=Direction.DECREASE)
    b = analyse_indicator(ind, series(ind, BASE12, UP12), START)
    assert b.status is Status.WORSENED


def test_noise_is_no_change():
    ind = indicator()
    a = analyse_indicator(ind, series(ind, BASE12, BASE12[::-1]), START)
    assert a.status is Status.NO_CHANGE and not a.test.significant
    first = a.explanation.da.split(". ")[0]
    assert "inden for den normale variation" in first and "tilfældig" in first, first
    assert "within the normal variation" in a.explanation.en.split(". ")[0]


def test_effect_size_whose_interval_includes_no_change_says_so():
    """»Ingen påviselig ændring« beside a »mellemstor« effect size read as a contradiction: the interval
    includes 0, so no change is also consistent with the data."""
    from effektmaaling.analysis.describe import effect_size_text

    es = R.EffectSize("hedges-g", 0.6, -0.1, 1.3, 1)
    assert "intervallet omfatter 0, så også ingen ændring passer med data" in effect_size_text(es, "da")
    assert "the interval includes 0, so no change is also consistent with the data" in effect_size_text(es, "en")
    clear = R.EffectSize("hedges-g", 0.9, 0.3, 1.5, 1)
    assert "omfatter" not in effect_size_text(clear, "da")
    ratio = R.EffectSize("rate-ratio", 0.8, 0.6, 1.1, -1)
    assert "intervallet omfatter 1" in effect_size_text(ratio, "da")


def _test(diff: float, p: float) -> R.TestResult:
    return R.TestResult("welch-points", 1.0, p, diff, diff - 1, diff + 1, "baseline-vs-follow-up")


def _spc(*meanings: Meaning, rule: str = "shift") -> R.SpcResult:
    sig = tuple(R.Signal(dt.date(2014, 1, 1), 10 + i, rule, m) for i, m in enumerate(meanings))
    return R.SpcResult("I", 0.0, -1.0, 1.0, 1 / 3, (), (), sig, 10)


RC_SIGNAL = R.RunChartResult(0.0, "baseline", 20, 9, 7, 5, 6)
RC_NONE = R.RunChartResult(0.0, "baseline", 20, 3, 7, 10, 6)
B = R.BaselineResult(0.0, 10, START, "points")
UP, DOWN = Meaning.IMPROVEMENT, Meaning.DETERIORATION


@pytest.mark.parametrize(("test", "spc", "rc", "follow_mean", "expected"), [
    (_test(1.0, 0.01), None, None, 1.0, Status.IMPROVED),  # the test alone speaks
    (_test(-1.0, 0.01), None, None, -1.0, Status.WORSENED),
    (_test(1.0, 0.20), None, None, 1.0, Status.NO_CHANGE),  # not significant, no chart
    (None, _spc(UP), RC_SIGNAL, 1.0, Status.IMPROVED),  # the chart alone speaks
    (_test(1.0, 0.20), _spc(UP), RC_SIGNAL, 1.0, Status.IMPROVED),  # the test does not contradict
    (_test(1.0, 0.20), _spc(DOWN), RC_SIGNAL, -1.0, Status.WORSENED),
    (None, _spc(UP), RC_NONE, 1.0, Status.NO_CHANGE),  # no run-chart signal: the chart does not speak
    (None, _spc(UP), RC_SIGNAL, -1.0, Status.NO_CHANGE),  # follow-up mean on the wrong side
    (None, _spc(UP, DOWN), RC_SIGNAL, 1.0, Status.NO_CHANGE),  # decisive signals both ways
    (None, _spc(UP, rule="trend"), RC_SIGNAL, 1.0, Status.NO_CHANGE),  # trend/2-of-3 are not decisive
    (None, _spc(UP, rule="beyond-limits"), RC_SIGNAL, 1.0, Status.IMPROVED),
    (_test(1.0, 0.01), _spc(DOWN), RC_SIGNAL, -0.5, Status.NO_CHANGE),  # test and chart disagree
    (_test(1.0, 0.01), _spc(UP), RC_SIGNAL, 1.0, Status.IMPROVED),
    (None, None, None, 1.0, Status.INSUFFICIENT),
])
def test_status_rule(test, spc, rc, follow_mean, expected):
    assert _status(B, 1.0, test, spc, rc, follow_mean, 1) is expected
    flipped = {Status.IMPROVED: Status.WORSENED, Status.WORSENED: Status.IMPROVED}.get(expected, expected)
    if spc is not None:
        spc = _spc(*[DOWN if s.meaning is UP else UP for s in spc.signals], rule=spc.signals[0].rule)
    assert _status(B, 1.0, test, spc, rc, follow_mean, -1) is flipped


# --- robustness ----------------------------------------------------------------------------------


def test_no_points():
    ind = indicator(target_value=5.0)
    a = analyse_indicator(ind, [], START)
    assert a.status is Status.INSUFFICIENT and a.points == () and a.spc is None and a.run_chart is None
    assert a.spc_reason is not None and a.assurance is None and a.trend is None
    assert "no measurements" in a.explanation.en or "no measurements after" in a.explanation.en
    assert a.explanation.da.startswith("For få data")


def test_one_point():
    ind = indicator()
    for base, follow in (([4.0], []), ([], [4.0])):
        a = analyse_indicator(ind, series(ind, base, follow), START)
        assert a.status is Status.INSUFFICIENT and a.explanation.en.startswith("Too little data")
        assert a.reasons


def test_all_values_equal():
    ind = indicator(target_value=6.0)
    a = analyse_indicator(ind, series(ind, [5.0] * 6, [5.0] * 6), START)
    assert a.status is Status.INSUFFICIENT and a.spc is None and a.test is None
    assert "all baseline values are equal" in a.spc_reason.en
    assert "all values are equal" in a.explanation.en
    assert a.run_chart is None  # every point on the median


def test_missing_n_and_sd_everywhere_uses_the_points():
    ind = indicator()
    ns = [30, None, 30, None, 30, 30]
    a = analyse_indicator(ind, series(ind, BASE12[:3], UP12[:3], n=ns, sd=[1.0, 1.0, None, 1.0, 1.0, None]), START)
    assert a.test.method == "welch-points"


def test_zero_and_missing_denominators():
    ind = indicator(MeasureType.PROPORTION)
    ms = counts_series(ind, [30, 40, 35, 28, 40, 33, 50, 45], [100] * 8, 4)
    ms[3].denominator = 0.0  # the last baseline point: no counts for the test
    ms[5].value = None  # a value that could not be derived
    a = analyse_indicator(ind, ms, START)
    assert a.test.method == "welch-points"  # test (2) needs counts on the last baseline point
    assert a.spc.chart == "I"  # a P chart needs every denominator
    assert any("without a valid value" in r.en for r in a.reasons)
    assert len(a.points) == 7


def test_unsorted_and_duplicate_dates():
    ind = indicator()
    ms = series(ind, BASE12, UP12)
    shuffled = [ms[i] for i in RNG.permutation(len(ms))]
    a = analyse_indicator(ind, shuffled, START)
    b = analyse_indicator(ind, ms, START)
    assert [p.date for p in a.points] == sorted(p.date for p in a.points)
    assert a.to_dict() == b.to_dict()
    # two measurements on one date: the most recently updated wins, in either order, and it is said
    old = Measurement(indicator_id=ind.id, date=month(0), value=100.0, updated_at=dt.datetime(2014, 1, 1))
    new = Measurement(indicator_id=ind.id, date=month(0), value=12.1, updated_at=dt.datetime(2015, 1, 1))
    for extra in ([old, new], [new, old]):
        rest = [m for m in ms if m.date != month(0)]
        c = analyse_indicator(ind, [*rest, *extra], START)
        assert [p.value for p in c.points] == [p.value for p in b.points]
        assert any("two measurements on" in r.en for r in c.reasons), extra


def test_non_finite_values_are_left_out():
    ind = indicator()
    ms = series(ind, BASE12, UP12)
    ms[0].value = float("nan")
    ms[1].value = float("inf")
    a = analyse_indicator(ind, ms, START)
    assert len(a.points) == 22 and any("2 measurement(s)" in r.en for r in a.reasons)


# --- bottom lines ---------------------------------------------------------------------------------


def test_computed_verdict_rule():
    assert computed_verdict([Status.IMPROVED, Status.WORSENED]) is Verdict.MINUS
    assert computed_verdict([Status.IMPROVED, Status.NO_CHANGE, Status.INSUFFICIENT]) is Verdict.PLUS
    assert computed_verdict([Status.NO_CHANGE, Status.INSUFFICIENT]) is Verdict.NEUTRAL
    assert computed_verdict([Status.INSUFFICIENT]) is None
    assert computed_verdict([]) is None


def test_trial_bottom_lines_and_overall_verdict():
    trial = Trial(name="T", start_date=START)
    inds = {
        "up": indicator(bottom_line=BottomLine.SERVICE, name="up"),
        "noise": indicator(bottom_line=BottomLine.PRODUCTIVITY, name="noise"),
        "process": indicator(bottom_line=BottomLine.LEGAL_RIGHTS, kind=IndicatorKind.PROCESS, name="process"),
        "down": indicator(bottom_line=BottomLine.STAFF_WELLBEING, direction=Direction.DECREASE, name="down"),
    }
    data = {"up": (BASE12, UP12), "noise": (BASE12, BASE12[::-1]), "process": (BASE12, UP12),
            "down": (BASE12, UP12)}
    ms = {inds[k].id: series(inds[k], *v) for k, v in data.items()}
    assessments = [Assessment(trial.id, BottomLine.SERVICE, Verdict.PLUS),
                   Assessment(trial.id, BottomLine.PRODUCTIVITY, Verdict.PLUS),
                   Assessment(trial.id, BottomLine.STAFF_WELLBEING, Verdict.NEUTRAL)]
    ta = analyse_trial(trial, list(inds.values()), ms, assessments)
    lines = {b.line: b for b in ta.bottom_lines}
    assert (lines[BottomLine.SERVICE].computed, lines[BottomLine.SERVICE].agree) == (Verdict.PLUS, True)
    assert (lines[BottomLine.PRODUCTIVITY].computed, lines[BottomLine.PRODUCTIVITY].agree) == (Verdict.NEUTRAL, False)
    assert lines[BottomLine.LEGAL_RIGHTS].computed is None  # only a process indicator: not measured
    assert lines[BottomLine.LEGAL_RIGHTS].n_indicators == 0
    assert (lines[BottomLine.STAFF_WELLBEING].computed, lines[BottomLine.STAFF_WELLBEING].agree) == (Verdict.MINUS, False)
    assert lines[BottomLine.POLITICAL].computed is None and lines[BottomLine.POLITICAL].agree is None
    assert ta.overall.verdict == "minus" and ta.overall.minus_lines == (BottomLine.STAFF_WELLBEING,)
    assert "minus på 1 bundlinje" in ta.overall.text.da
    assert ta.counts == {"improved": 2, "worsened": 1, "no-change": 1, "insufficient-data": 0}

    assert "Uenighed" in ta.overall.text.da and "teamets vurdering (minus)" not in ta.overall.text.da
    assert "den beregnede (minus) tæller" in ta.overall.text.da

    # without the worsened line: no minus on the examined lines, but three lines are not examined
    ta = analyse_trial(trial, list(inds.values())[:3], ms, assessments[:2])
    assert ta.overall.verdict == "incomplete" and ta.overall.minus_lines == ()
    assert set(ta.overall.plus_lines) == {BottomLine.SERVICE, BottomLine.PRODUCTIVITY}
    assert set(ta.overall.unexamined_lines) == {BottomLine.POLITICAL, BottomLine.LEGAL_RIGHTS,
                                                BottomLine.STAFF_WELLBEING}
    assert ta.overall.text.da.startswith("Ingen minus på de 2 belyste bundlinjer; 3 er ikke belyst")
    # every line measured or assessed: plus
    every = assessments[:2] + [Assessment(trial.id, line, Verdict.NEUTRAL) for line in
                               (BottomLine.POLITICAL, BottomLine.LEGAL_RIGHTS, BottomLine.STAFF_WELLBEING)]
    ta = analyse_trial(trial, list(inds.values())[:3], ms, every)
    assert ta.overall.verdict == "plus" and ta.overall.to_dict()["verdict"] == "plus"
    assert ta.overall.text.en.startswith("No minus on any bottom line; plus on 2 of 5.")


def test_overall_with_nothing_measured():
    ov = overall(bottom_lines([], []))
    assert ov.verdict == "incomplete" and "No bottom line" in ov.text.en


def test_trial_without_measurements():
    trial = Trial(name="T", start_date=START, id=uuid.uuid4())
    ta = analyse_trial(trial, [indicator()], {})
    assert ta.indicators[0].status is Status.INSUFFICIENT
    assert all(b.computed is None for b in ta.bottom_lines)


def test_a_test_that_falls_back_from_n_and_sd_to_the_points_says_so():
    """Some measurements with n and sd, one without: the test uses the measurements themselves (its effect
    size several times larger than with n and sd) and the analysis says so and why, instead of changing
    method silently (found by a user who typed one weekly value without n)."""
    ind = indicator()
    n, sd = [30] * 24, [2.0] * 24
    full = analyse_indicator(ind, series(ind, BASE12, UP12, n=n, sd=sd), START)
    assert full.test.method == "welch-summary"
    assert not any("mangler for" in w.da for w in full.warnings)
    n[-1] = sd[-1] = None
    partial = analyse_indicator(ind, series(ind, BASE12, UP12, n=n, sd=sd), START)
    assert partial.test.method == "welch-points"
    [warning] = [w for w in partial.warnings if "mangler for" in w.da]
    assert warning.da.startswith("n og spredning mangler for 1 af 24 målinger")
    assert "variation between measurements" in warning.en
    none = analyse_indicator(ind, series(ind, BASE12, UP12), START)  # never typed: nothing to warn of
    assert not any("mangler for" in w.da for w in none.warnings)


def test_one_baseline_point_is_named_in_the_singular():
    ind = indicator(baseline_value=7.5)
    follow = [8.2, 9.1, 8.8, 9.4, 8.6, 9.0]
    a = analyse_indicator(ind, series(ind, [7.0], follow), START)
    texts = [w.da for w in a.warnings] + [w.en for w in a.warnings]
    assert any("fordi der er 1 måling i baselineperioden; den er baselinen." in t for t in texts), texts
    assert any("because there is 1 measurement in the baseline period; it is the baseline." in t for t in texts)
    assert not any("1 målinger" in t or "1 baselinemålinger" in t or "1 measurements" in t for t in texts)
    a = analyse_indicator(ind, series(ind, [7.0, 7.2], follow), START)
    assert any("fordi der er 2 målinger i baselineperioden; de er baselinen." in w.da for w in a.warnings)


def test_means_of_a_count_are_shown_with_a_decimal_consistently():
    """A count with 0 decimals: 9,83 → 9,00 was »10 → 9 · −1« and the centre line »10«, while one more point
    gave »9,8 → 9,7«: levels (means) of a count get one decimal, whatever the values."""
    from effektmaaling.analysis.render import _change, _level

    ind = indicator(MeasureType.COUNT, decimals=0, direction=Direction.DECREASE)
    base = [10, 9, 11, 10, 9, 10, 10, 9, 11, 10, 9, 10]  # mean 9,83
    a = analyse_indicator(ind, series(ind, base, [9] * 12), START)
    assert a.baseline.value == pytest.approx(sum(base) / 12)
    assert (_level(a, a.baseline.value, "da"), _level(a, a.current_value, "da")) == ("9,8", "9,0")
    assert _change(a, "da") == "\u22128\u00a0%"  # relative to the baseline
    assert "fra 9,8 til 9,0" in a.explanation.da, a.explanation.da
    assert a.mean_decimals == 1 and a.level_decimals == 1
    b = analyse_indicator(ind, series(ind, base, [9] * 11 + [10]), START)
    assert (_level(b, b.baseline.value, "da"), _level(b, b.current_value, "da")) == ("9,8", "9,1")
    value = indicator(decimals=0)  # not a count: its own decimals
    assert analyse_indicator(value, series(value, base, [9] * 12), START).mean_decimals == 0
