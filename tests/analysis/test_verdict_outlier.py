"""One opposite outlier at the end of a series does not cancel a sustained shift (tester finding 1)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from scipy import stats as sps

from effektmaaling.analysis import Status
from effektmaaling.domain.enums import Verdict
from effektmaaling.services import Workspace
from effektmaaling.services.analysis import analyse_bundle

TRIAL = "Center for Selvstændige Boformer"
SICK = "Sygefravær"


@pytest.fixture(scope="module")
def boformer(demo_db_template):
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        tid = next(t.id for t in ws.trials() if t.name == TRIAL)
        yield ws.bundle(tid)
    finally:
        ws.close()


def _with_last(bundle, value: float):
    ind = next(i for i in bundle.indicators if i.name == SICK)
    ms = sorted(bundle.measurements[ind.id], key=lambda m: m.date)
    assert ms[-1].date == dt.date(2015, 12, 31) and ms[-1].value == pytest.approx(7.6, abs=0.05)
    changed = [*ms[:-1], dataclasses.replace(ms[-1], value=value)]
    return dataclasses.replace(bundle, measurements={**bundle.measurements, ind.id: changed}), ind


def test_one_improving_outlier_does_not_erase_a_sustained_worsening(boformer):
    before = analyse_bundle(boformer)
    a0 = next(a for a in before.indicators if a.name == SICK)
    assert a0.status is Status.WORSENED

    bundle, _ind = _with_last(boformer, 2.0)
    ta = analyse_bundle(bundle)
    a = next(a for a in ta.indicators if a.name == SICK)
    # the chart still shows the sustained shift upwards (worse: sick leave should fall) ...
    assert a.run_chart.signal and a.run_chart.longest_run >= 8
    assert {s.meaning.value for s in a.spc.signals if s.rule == "shift"} == {"deterioration"}
    # ... and the last point lies below the lower limit (an improving signal)
    last = a.spc.signals[-1]
    assert last.date == dt.date(2015, 12, 31) and last.rule == "beyond-limits" and last.meaning.value == "improvement"
    assert a.status is Status.WORSENED
    da = a.explanation.da
    assert "viser ikke det samme" not in da
    assert "seneste måling" in da and "31-12-2015" in da
    staff = next(b for b in ta.bottom_lines if b.line.value == "staff-wellbeing")
    assert staff.computed is Verdict.MINUS
    assert ta.overall.verdict == "minus"


def test_numbers_do_not_change_only_the_verdict(boformer):
    bundle, ind = _with_last(boformer, 2.0)
    a = next(a for a in analyse_bundle(bundle).indicators if a.name == SICK)
    ms = sorted(bundle.measurements[ind.id], key=lambda m: m.date)
    nb = a.baseline.n_points
    base = np.array([m.value for m in ms[:nb]], float)
    cur_n = a.current_period.n_points
    cur = np.array([m.value for m in ms[-cur_n:]], float)
    assert a.baseline.value == pytest.approx(base.mean())
    assert a.current_value == pytest.approx(cur.mean())
    if a.test.method.startswith("welch") or "welch" in a.test.method.lower():
        ref = sps.ttest_ind(cur, base, equal_var=False)
        assert a.test.p_value == pytest.approx(ref.pvalue, rel=1e-9)
    assert a.test.significant and a.test.p_value < 0.01


def test_weigh_decisive_rule():
    from effektmaaling.analysis import Meaning
    from effektmaaling.analysis.spc import weigh_decisive

    up, down = Meaning.IMPROVEMENT, Meaning.DETERIORATION
    # a one-way shift outweighs a single point beyond the limits the other way
    assert weigh_decisive({"beyond-limits": {up: 40, down: 30}, "shift": {down: 25}}) == {down: 25}
    # without a shift, points beyond the limits both ways disagree
    assert weigh_decisive({"beyond-limits": {up: 40, down: 30}, "shift": {}}) == {up: 40, down: 30}
    # shifts both ways disagree
    assert weigh_decisive({"beyond-limits": {}, "shift": {up: 40, down: 25}}) == {up: 40, down: 25}


def test_target_reached_on_average_but_not_consistently_is_said_once_and_the_same_way(demo_db_template):
    """Den Sociale Hjemmepleje / Besøg planlagt af brugerens faste team: the level now is past the target,
    11 of 12 measurements reached it, the target is within the normal variation (tester finding M8)."""
    from effektmaaling.analysis.describe import attainment_text
    from effektmaaling.analysis.results import Assurance, Attainment, assurance_label

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        tid = next(t.id for t in ws.trials() if t.name.startswith("Den Sociale Hjemmepleje"))
        ta = analyse_bundle(ws.bundle(tid))
    finally:
        ws.close()
    a = next(a for a in ta.indicators if a.name == "Besøg planlagt af brugerens faste team")
    assert a.attainment_note is Attainment.REACHED and a.assurance is Assurance.INCONSISTENT
    assert "Målet er nået i gennemsnit, men ikke stabilt." in a.explanation.da
    assert "The target has been reached on average, but not consistently." in a.explanation.en
    assert attainment_text(a, "da") == "nået i gennemsnit"
    label = assurance_label(a).da
    assert label.startswith("Målet er nået i gennemsnit") and "11 af 12 målinger" in label, label
    assert "nås til tider" not in label


def test_measurements_without_n_and_sd_change_the_test_and_it_is_said(demo_db_template):
    """FriNoVa / Borgernes livskvalitet with two pasted rows without n and sd (tester finding M9): the
    test falls back to the measurements themselves, and a warning says why, with the count."""
    from effektmaaling.domain.entities import Measurement

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        tid = next(t.id for t in ws.trials() if t.name == "FriNoVa")
        bundle = ws.bundle(tid)
    finally:
        ws.close()
    ind = next(i for i in bundle.indicators if i.name == "Borgernes livskvalitet")
    ms = sorted(bundle.measurements[ind.id], key=lambda m: m.date)
    before = next(a for a in analyse_bundle(bundle).indicators if a.name == ind.name)
    assert before.level_method == "pooled-summary"
    extra = [Measurement(ind.id, dt.date(2015, 12, 15), value=6.5), Measurement(ind.id, dt.date(2015, 12, 20), value=6.6)]
    changed = dataclasses.replace(bundle, measurements={**bundle.measurements, ind.id: [*ms, *extra]})
    a = next(a for a in analyse_bundle(changed).indicators if a.name == ind.name)
    assert a.level_method == "mean-of-points"
    said = [w.da for w in a.warnings if "n og spredning mangler for 2 af" in w.da]
    assert said and "bygger på variationen mellem målingerne" in said[0]
