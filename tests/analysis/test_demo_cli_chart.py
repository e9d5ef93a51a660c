"""The analysis on the demo data, through the service, the CLI (JSON and table) and the chart spec."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from effektmaaling.analysis import Meaning, Status
from effektmaaling.analysis.chart import build_chart_spec
from effektmaaling.cli.main import main
from effektmaaling.domain.enums import Verdict
from effektmaaling.services import Workspace
from effektmaaling.services.analysis import analyse_bundle, analyse_trials
from effektmaaling.services.demo import EXPECTED_STATUS

INDICATOR_KEYS = {"id", "name", "kind", "stakeholder", "measure_type", "direction", "bottom_line", "theme", "unit",
                  "n_points", "baseline", "current", "follow_up_mean", "change", "target", "test", "test_reason",
                  "effect_size", "run_chart", "spc", "spc_reason", "assurance", "trend", "status", "explanation",
                  "reasons", "periods", "latest", "level_method", "warnings", "anhoej"}


@pytest.fixture(scope="module")
def demo_analyses(demo_db_template):
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        yield analyse_trials(ws), {t.name: ws.bundle(t.id) for t in ws.trials()}
    finally:
        ws.close()


def test_demo_statuses_are_the_ones_the_data_were_built_to_show(demo_analyses):
    analyses, _ = demo_analyses
    got = {f"{ta.name} / {a.name}": a.status.value for ta in analyses for a in ta.indicators}
    assert got == EXPECTED_STATUS


def test_demo_bottom_lines(demo_analyses):
    analyses, _ = demo_analyses
    by_name = {ta.name: ta for ta in analyses}
    boformer = by_name["Center for Selvstændige Boformer"]
    assert boformer.overall.verdict == "minus"  # sick leave worsened
    staff = next(b for b in boformer.bottom_lines if b.line.value == "staff-wellbeing")
    assert staff.computed is Verdict.MINUS and staff.assessed is Verdict.NEUTRAL and staff.agree is False
    assert by_name["FriNoVa"].overall.minus_lines == ()
    # no minus, but three lines were neither measured nor assessed ("ikke belyst"): incomplete
    hjem = by_name["Den Sociale Hjemmepleje Valby/Vesterbro"].overall
    assert hjem.verdict == "incomplete"
    assert [x.value for x in hjem.unexamined_lines] == ["productivity", "political", "legal-rights"]
    assert hjem.text.da.startswith("Ingen minus på de 2 belyste bundlinjer; 3 er ikke belyst")


def test_analyse_json_shape_and_no_nan(demo_db, capsys):
    assert main(["--db", str(demo_db), "analyse", "--json"]) == 0
    out = capsys.readouterr().out

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON")

    data = json.loads(out, parse_constant=refuse)
    assert len(data["trials"]) == 3
    for trial in data["trials"]:
        assert set(trial) == {"id", "name", "start_date", "indicators", "bottom_lines", "verdict", "counts"}
        assert set(trial["verdict"]) == {"verdict", "no_minus", "plus_lines", "minus_lines", "unexamined_lines",
                                         "text"}
        assert trial["verdict"]["verdict"] in ("plus", "minus", "neutral", "incomplete")
        assert len(trial["bottom_lines"]) == 5
        for b in trial["bottom_lines"]:
            assert set(b) == {"line", "computed", "assessed", "agree", "counts", "examined", "n_indicators"}
        for ind in trial["indicators"]:
            assert set(ind) == INDICATOR_KEYS
            assert set(ind["baseline"]) == {"value", "n_points", "start_date", "end_date", "source"}
            assert set(ind["periods"]) == {"baseline", "current"}
            cur = ind["periods"]["current"]
            assert set(cur) == {"choice", "start", "end", "n_points"} and cur["n_points"] >= 1
            assert cur["start"] <= cur["end"] and ind["periods"]["baseline"]["end"] < cur["start"]
            assert set(ind["change"]) == {"absolute", "relative", "improvement"}
            assert set(ind["target"]) == {"value", "date", "attainment", "attainment_note"}
            assert set(ind["test"]) == {"method", "statistic", "p_value", "difference", "ci_low", "ci_high", "compared"}
            assert ind["test"]["compared"] == "baseline-vs-current"
            assert set(ind["effect_size"]) == {"kind", "value", "ci_low", "ci_high", "signed"}
            sign = 1 if ind["direction"] == "increase" else -1
            if ind["effect_size"]["kind"] != "rate-ratio":
                assert ind["effect_size"]["signed"]["value"] == pytest.approx(sign * ind["effect_size"]["value"])
            assert all(set(w) == {"da", "en"} for w in ind["warnings"])
            assert set(ind["anhoej"]) == {"da", "en"}
            assert set(ind["run_chart"]) >= {"centre", "longest_run", "longest_run_max", "crossings",
                                             "crossings_min", "signal"}
            assert set(ind["spc"]) == {"chart", "centre", "lcl", "ucl", "sigma", "signals"}
            assert all(set(s) == {"date", "rule", "meaning"} for s in ind["spc"]["signals"])
            assert set(ind["trend"]) == {"slope_per_month", "ci_low", "ci_high", "n_points"}
            assert ind["status"] == EXPECTED_STATUS[f"{trial['name']} / {ind['name']}"]
            assert set(ind["explanation"]) == {"da", "en"} and ind["explanation"]["da"]
    # one --trial only
    assert main(["--db", str(demo_db), "analyse", "--json", "--trial", "FriNoVa"]) == 0
    assert [t["name"] for t in json.loads(capsys.readouterr().out)["trials"]] == ["FriNoVa"]


def test_analyse_text_table(demo_db, capsys):
    assert main(["--db", str(demo_db), "analyse", "--trial", "FriNoVa"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "FriNoVa" and set(lines[1]) == {"="}
    assert lines[2].split() == ["Indikator", "Baseline", "Nu", "Ændring", "Test", "Status"]
    row = next(ln for ln in lines if ln.startswith("Tid til dokumentation"))
    assert "Forbedret" in row and "p\u00a0<\u00a00,001" in row and "," in row and "\u221235\u00a0%" in row
    assert "Klager over afgørelser" in out and "Ingen påviselig ændring" in out
    assert "Bundlinjer" in out and "Ingen minus på de 4 belyste bundlinjer; 1 er ikke belyst" in out
    assert main(["--lang", "en", "--db", str(demo_db), "analyse", "--trial", "FriNoVa"]) == 0
    out = capsys.readouterr().out
    assert "Improved" in out and "Bottom lines" in out and "No minus on the 4 examined bottom lines" in out


def test_chart_spec_of_a_demo_indicator(demo_analyses):
    _, bundles = demo_analyses
    bundle = bundles["Den Sociale Hjemmepleje Valby/Vesterbro"]
    ta = analyse_bundle(bundle)
    a = next(x for x in ta.indicators if x.name.startswith("Kontinuitet"))
    spec = build_chart_spec(a, bundle.milestones, bundle.trial.start_date)
    assert spec.title == a.name and spec.unit == a.unit and spec.decimals == 1
    assert len(spec.points) == len(a.points) and spec.has_limits and spec.spc_chart == "I"
    assert len(spec.lcl) == len(spec.ucl) == len(spec.points)
    assert spec.baseline_end == bundle.trial.start_date - dt.timedelta(days=1)  # the last baseline day
    assert spec.baseline_value == a.baseline.value
    assert spec.baseline_start == a.points[0].date
    assert all(p.baseline == (p.date <= spec.baseline_end) for p in spec.points)
    assert spec.target_value == 8.0 and spec.centre == a.spc.centre and spec.median == a.run_chart.centre
    # every signal lands on its point, with its meaning; this series improved
    flagged = [p for p in spec.points if p.signal is not None]
    assert flagged and all(p.signal is Meaning.IMPROVEMENT and p.rules and not p.baseline for p in flagged)
    assert {r for p in flagged for r in p.rules} == {s.rule for s in a.spc.signals}
    assert all(p.n is not None for p in spec.points)  # respondents per point
    assert spec.markers[0].kind == "start" and spec.markers[0].date == bundle.trial.start_date
    # a milestone on the start date is drawn too (it was dropped, so »Teams etableret« never showed)
    milestone_dates = sorted(m.date for m in bundle.milestones)
    assert [m.date for m in spec.markers[1:]] == milestone_dates
    assert spec.x_min == a.points[0].date and spec.x_max == max(a.points[-1].date, *milestone_dates)
    assert a.status is Status.IMPROVED


def test_chart_spec_keeps_a_milestone_on_the_start_date_but_not_a_second_start():
    from effektmaaling.analysis.chart import build_chart_spec
    from effektmaaling.analysis.engine import analyse_indicator
    from effektmaaling.domain.entities import Milestone

    from .helpers import START, indicator, series

    ind = indicator()
    a = analyse_indicator(ind, series(ind, [1, 2, 3, 2, 1, 2], [3, 4, 3, 4, 5, 4]), START)
    start, tid = START, ind.trial_id
    ms = [Milestone(tid, start, "Første borger fulgt hjem"), Milestone(tid, start, "Forsøget starter "),
          Milestone(tid, start, "trial starts")]
    spec = build_chart_spec(a, ms, start)
    assert [(m.kind, m.label.get("da")) for m in spec.markers] == [("start", "Forsøget starter"),
                                                           ("milestone", "Første borger fulgt hjem")]
