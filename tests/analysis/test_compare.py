"""The comparison model against the analysis results and the raw measurements."""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys

import pytest

from effektmaaling.analysis import analyse_trial
from effektmaaling.analysis.compare import (
    MIN_POINTS,
    Filters,
    build_comparison,
    cell_texts,
    months_since,
    theme_key,
)
from effektmaaling.domain.entities import Trial
from effektmaaling.domain.enums import Direction, IndicatorKind, MeasureType, Stakeholder
from effektmaaling.services import Workspace
from effektmaaling.services.analysis import analyse_bundle

from .helpers import START, indicator, series

HJEM, BOF, FRI = "Den Sociale Hjemmepleje Valby/Vesterbro", "Center for Selvstændige Boformer", "FriNoVa"


@pytest.fixture(scope="module")
def demo(demo_db_template):
    ws = Workspace.open(demo_db_template, readonly=True)
    bundles = {t.name: ws.bundle(t.id) for t in ws.trials()}
    ws.close()
    analyses = {name: analyse_bundle(b) for name, b in bundles.items()}
    return bundles, analyses


@pytest.fixture(scope="module")
def comparison(demo):
    _, analyses = demo
    return build_comparison([analyses[HJEM], analyses[BOF], analyses[FRI]])


def test_shared_themes_are_one_row_with_the_analysis_in_each_cell(demo, comparison):
    _, analyses = demo
    shared = [r for r in comparison.rows if r.shared]
    assert [r.label for r in shared] == ["Brugertilfredshed", "Sygefravær"]
    for row in shared:
        for trial, cell in zip(comparison.trials, row.cells, strict=True):
            ta = analyses[trial.name]
            expected = [a for a in ta.indicators if theme_key(a.theme) == theme_key(row.theme)]
            if trial.name == FRI:
                assert cell is None and not expected
            else:
                assert cell is not None and cell.analysis is expected[0]  # the very object, not a copy
    # every indicator of every trial appears exactly once
    seen = [c.analysis.indicator_id for r in comparison.rows for c in r.cells if c is not None]
    assert len(seen) == len(set(seen)) == sum(len(a.indicators) for a in analyses.values()) == 15


def test_theme_repeated_inside_one_trial_gives_one_row_per_indicator(comparison):
    rows = [r for r in comparison.rows if theme_key(r.theme) == "borgerinddragelse"]
    assert len(rows) == 2 and not any(r.shared for r in rows)
    assert {r.label for r in rows} == {"Borgere med egen recovery-plan", "Dialogmøder med borgerne"}
    # unshared: no pairing warning (nothing is paired)
    assert not [w for w in comparison.warnings if w.code == "repeated-theme"]


def test_cell_texts_are_the_analysis_numbers_in_danish(demo, comparison):
    _, analyses = demo
    row = next(r for r in comparison.rows if r.label == "Sygefravær")
    a = next(x for x in analyses[BOF].indicators if x.theme == "Sygefravær")
    texts = cell_texts(row.cell(analyses[BOF].trial_id), "da")
    assert texts.status == a.status.value == "worsened" and texts.status_word == "Forværret"
    assert texts.baseline_current == f"{a.baseline.value:.1f} → {a.current_value:.1f}".replace(".", ",")
    assert texts.change.startswith("+" + f"{a.change_absolute:.1f}".replace(".", ",")) and texts.change.endswith("\u00a0procentpoint")  # a % unit
    # effect size signed so that + = improvement: lower sick leave is better, so the sign flips
    g = a.effect_size
    assert a.direction is Direction.DECREASE
    v, lo, hi = row.cell(analyses[BOF].trial_id).effect_improvement
    assert (v, lo, hi) == (-g.value, -g.ci_high, -g.ci_low)
    assert texts.effect.startswith(f"{-g.value:+.2f}".replace(".", ",").replace("-", "\u2212"))
    assert "-" not in texts.effect  # negative numbers take the minus sign (−), not a hyphen
    prop = next(r for r in comparison.rows if r.label == "Brugertilfredshed").cell(analyses[HJEM].trial_id)
    pt = cell_texts(prop, "da")
    assert "procentpoint" in pt.change and "\u00a0%" in pt.baseline_current


def test_index_warning_when_a_baseline_is_near_zero(comparison):
    """Demo "Dialogmøder med borgerne" goes from about 1 to 7 a month: its index reaches several hundred."""
    w = [w for w in comparison.warnings if w.code == "index-near-zero"]
    assert len(w) == 1 and "Dialogmøder med borgerne" in w[0].text.da and "tæt på 0" in w[0].text.da


def test_indexed_series_are_the_raw_measurements_over_the_baseline(demo, comparison):
    bundles, _ = demo
    checked = 0
    for s in comparison.series:
        bundle = next(b for b in bundles.values() if b.trial.id == s.trial_id)
        ind = next(i for i in bundle.indicators if i.id == s.indicator_id)
        raw = sorted(bundle.measurements[ind.id], key=lambda m: m.date)
        end = ind.baseline_end_date or bundle.trial.start_date - dt.timedelta(days=1)
        base = [m for m in raw if m.date <= end]
        if ind.measure_type is MeasureType.PROPORTION:  # the pooled level
            baseline = 100 * sum(m.numerator for m in base) / sum(m.denominator for m in base)
        elif ind.measure_type is MeasureType.RATE:
            baseline = ind.rate_per * sum(m.numerator for m in base) / sum(m.denominator for m in base)
        elif all(m.n for m in base):
            baseline = sum(m.n * m.value for m in base) / sum(m.n for m in base)
        else:
            baseline = sum(m.value for m in base) / len(base)
        assert s.baseline == pytest.approx(baseline)
        assert list(s.dates) == [m.date for m in raw]
        for m, month, idx in zip(raw, s.months, s.index, strict=True):
            assert idx == pytest.approx(m.value / baseline * 100)
            assert month == pytest.approx((m.date - bundle.trial.start_date).days / 30.436875)
        checked += 1
    assert checked == 15
    # trials that started at different times line up: month 0 is each trial's own start
    sick = [s for s in comparison.series if s.row_key == next(r.key for r in comparison.rows if r.label == "Sygefravær")]
    assert len(sick) == 2 and {s.trial_name for s in sick} == {HJEM, BOF}
    for s in sick:
        start = next(t.start_date for t in comparison.trials if t.trial_id == s.trial_id)
        zero = [m for m, d in zip(s.months, s.dates, strict=True) if d == start]
        assert zero == [0.0] or all(d != start for d in s.dates)
    assert months_since(dt.date(2013, 3, 1), dt.date(2014, 3, 1)) == pytest.approx(12, abs=0.01)


def test_forest_is_grouped_by_row_and_signed_as_improvement(demo, comparison):
    _, analyses = demo
    keys = [e.row_key for e in comparison.forest]
    assert keys == sorted(keys, key=[r.key for r in comparison.rows].index)  # grouped in row order
    for e in comparison.forest:
        a = next(x for x in analyses[e.trial_name].indicators if x.name == e.indicator_name)
        s = a.direction.sign
        assert e.kind == a.effect_size.kind
        assert e.ci_low <= e.value <= e.ci_high
        if e.kind == "rate-ratio":  # above 1 = improvement: the reciprocal when lower is better
            assert e.value == pytest.approx(a.effect_size.value ** s)
            continue
        assert e.value == pytest.approx(a.effect_size.value * s)
        assert [e.ci_low, e.ci_high] == pytest.approx(sorted((a.effect_size.ci_low * s, a.effect_size.ci_high * s)))
    # one panel per kind: no axis holds two kinds
    panels = comparison.forest_panels()
    assert sum(len(es) for _, es in panels) == len(comparison.forest)
    assert all({e.kind for e in es} == {k} for k, es in panels) and len({k for k, _ in panels}) == len(panels)
    assert {k for k, _ in panels} == {"hedges-g", "cohens-h", "hedges-g-points", "rate-ratio"}
    # an indicator that got worse has a negative entry, whatever its direction
    worse = next(e for e in comparison.forest if e.trial_name == BOF and e.group == "Sygefravær")
    assert worse.value < 0


def test_bottom_lines_matrix_and_overview_come_from_the_analysis(demo, comparison):
    _, analyses = demo
    for line, results in comparison.bottom_lines:
        for trial, b in zip(comparison.trials, results, strict=True):
            assert b is next(x for x in analyses[trial.name].bottom_lines if x.line is line)
    for trial, text, counts in zip(comparison.trials, comparison.overviews, comparison.counts, strict=True):
        ta = analyses[trial.name]
        assert counts == ta.counts  # no filters: the same counts as the analysis
        assert text.da.startswith(f"{trial.name}: {len(ta.indicators)} indikatorer: {ta.counts['improved']} forbedret")
        assert f"{ta.counts['worsened']} worsened" in text.en
        assert ta.overall.text.da in text.da


def test_filters_by_stakeholder_kind_and_theme(demo):
    _, analyses = demo
    c = build_comparison([analyses[HJEM], analyses[FRI]], Filters(kinds={IndicatorKind.PROCESS}))
    assert {cell.analysis.kind for r in c.rows for cell in r.cells if cell} == {IndicatorKind.PROCESS}
    c = build_comparison([analyses[HJEM], analyses[BOF]], Filters(stakeholders={Stakeholder.STAFF},
                                                                  themes={" sygefravær "}))
    assert [r.label for r in c.rows] == ["Sygefravær"] and c.rows[0].shared
    assert "i udvalget" in c.overviews[0].da and sum(c.counts[0].values()) == 1
    with pytest.raises(ValueError):
        build_comparison([analyses[HJEM]])


def _trial(name: str, start: dt.date, *inds_and_rows):
    t = Trial(name=name, start_date=start)
    inds, ms = [], {}
    for ind, rows in inds_and_rows:
        ind.trial_id = t.id
        inds.append(ind)
        ms[ind.id] = rows
    return analyse_trial(t, inds, ms)


def test_warnings_where_a_comparison_would_mislead():
    a1 = indicator(MeasureType.VALUE, name="Ventetid A", theme="Ventetid", unit="dage")
    a2 = indicator(MeasureType.VALUE, name="Ventetid B", theme="ventetid ", unit="uger")
    p1 = indicator(MeasureType.PROPORTION, name="Andel A", theme="Tilfredshed", unit="%")
    p2 = indicator(MeasureType.VALUE, name="Score B", theme="Tilfredshed", unit="%")
    few = indicator(MeasureType.VALUE, name="Få", theme="Få målinger")
    few2 = indicator(MeasureType.VALUE, name="Få 2", theme="Få målinger")
    zero = indicator(MeasureType.COUNT, name="Nul", theme="Nul")
    zero2 = indicator(MeasureType.COUNT, name="Nul 2", theme="Nul")
    prop_rows = series(p1, [40, 42, 41], [50, 55, 60], numerator=[40, 42, 41, 50, 55, 60], denominator=[100] * 6)
    A = _trial("A", START, (a1, series(a1, [10, 12, 11, 13], [8, 7, 6, 7])), (p1, prop_rows),
               (few, series(few, [1], [2])), (zero, series(zero, [0, 0, 0], [1, 2, 1])))
    B = _trial("B", START, (a2, series(a2, [3, 3.5, 3.2, 3.1], [2, 2.2, 2.1, 2])),
               (p2, series(p2, [60, 62, 61], [65, 66, 70])), (few2, series(few2, [1, 2, 3], [2, 3, 4])),
               (zero2, series(zero2, [2, 3, 2], [1, 2, 1])))
    c = build_comparison([A, B])
    codes = {(w.code, w.row_key) for w in c.warnings}
    key = {r.label: r.key for r in c.rows}
    assert set(key) == {"Ventetid", "Tilfredshed", "Få målinger", "Nul"} and all(r.shared for r in c.rows)
    assert ("units", key["Ventetid"]) in codes and ("units", key["Tilfredshed"]) not in codes
    assert ("measure-types", key["Tilfredshed"]) in codes and ("measure-types", key["Ventetid"]) not in codes
    assert ("effect-kinds", key["Tilfredshed"]) in codes  # Cohen's h next to Hedges' g
    assert ("few-points", key["Få målinger"]) in codes and MIN_POINTS > 2
    assert ("no-effect-size", key["Få målinger"]) in codes
    no_index = [w for w in c.warnings if w.code == "no-index"]
    assert [w.row_key for w in no_index] == [key["Nul"]] and "Nul" in no_index[0].text.da
    assert not [s for s in c.series if s.indicator_name == "Nul"]  # skipped, never divided by zero
    assert all(math.isfinite(v) for s in c.series for v in s.index)
    text = " ".join(w.text.da for w in c.warnings)
    assert "dage" in text and "uger" in text and "forskellige enheder" in text


def test_shared_theme_repeated_in_one_trial_pairs_by_order_with_a_warning():
    x1 = indicator(name="X1", theme="Tema")
    x2 = indicator(name="X2", theme="Tema")
    y1 = indicator(name="Y1", theme="tema")
    A = _trial("A", START, (x1, series(x1, [1, 2, 3], [4, 5, 6])), (x2, series(x2, [1, 2, 3], [4, 5, 6])))
    B = _trial("B", START, (y1, series(y1, [1, 2, 3], [4, 5, 6])))
    c = build_comparison([A, B])
    assert [r.label for r in c.rows] == ["Tema (1/2)", "Tema (2/2)"]
    assert [r.shared for r in c.rows] == [True, False]
    assert c.rows[0].cells[0].analysis.name == "X1" and c.rows[1].cells[0].analysis.name == "X2"
    w = [w for w in c.warnings if w.code == "repeated-theme"]
    assert len(w) == 1 and "X1, X2" in w[0].text.da


def test_analyse_json_has_theme_and_effect_size_with_interval(demo_db_template):
    out = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "analyse", "--json",
                          "--trial", "FriNoVa"], capture_output=True, text=True, check=True).stdout
    inds = json.loads(out)["trials"][0]["indicators"]
    assert [i["theme"] for i in inds].count("Borgerinddragelse") == 2
    for i in inds:
        es = i["effect_size"]
        assert set(es) == {"kind", "value", "ci_low", "ci_high", "signed"}
        assert es["kind"] in ("hedges-g", "hedges-g-points", "cohens-h", "rate-ratio")
        assert es["ci_low"] <= es["value"] <= es["ci_high"]
        assert es["signed"]["ci_low"] <= es["signed"]["value"] <= es["signed"]["ci_high"]
