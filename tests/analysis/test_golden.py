"""The analysis gives exactly the stored results (``golden_analysis.json``; see ``golden.py``).

Floats are compared exactly (``==`` on values read back from ``repr``), not to a tolerance: a speed-up
must not change a single digit of what the GUI, the report or ``analyse --json`` shows.
"""

from __future__ import annotations

import json

import pytest

from .golden import FIXTURE, golden


@pytest.fixture(scope="module")
def stored_and_fresh(demo_db_template):
    return json.loads(FIXTURE.read_text(encoding="utf-8")), golden(demo_db_template)


@pytest.mark.parametrize("group", ["demo", "synthetic", "awkward"])
def test_analysis_json_is_unchanged(stored_and_fresh, group):
    stored, fresh = stored_and_fresh
    for trial_stored, trial_fresh in zip(stored[group]["json"]["trials"], fresh[group]["json"]["trials"], strict=True):
        for a, b in zip(trial_stored["indicators"], trial_fresh["indicators"], strict=True):
            assert b == a, f"{group}: {a['name']}"  # one indicator at a time, for a readable diff
        assert trial_fresh == trial_stored


@pytest.mark.parametrize("group", ["demo", "synthetic", "awkward"])
def test_points_limits_signals_and_chart_are_unchanged(stored_and_fresh, group):
    stored, fresh = stored_and_fresh
    for trial_stored, trial_fresh in zip(stored[group]["detail"], fresh[group]["detail"], strict=True):
        for a, b in zip(trial_stored, trial_fresh, strict=True):
            assert b == a, f"{group}: {a['id']}"


def test_golden_covers_every_status_and_method(stored_and_fresh):
    stored, _ = stored_and_fresh
    inds = [a for g in stored.values() for t in g["json"]["trials"] for a in t["indicators"]]
    assert {a["status"] for a in inds} == {"improved", "worsened", "no-change", "insufficient-data"}
    assert {a["test"]["method"] for a in inds if a["test"]} == {
        "welch-summary", "two-proportion-z", "fisher-exact", "poisson-exact", "welch-points", "one-sample-t-points",
        "binomial-exact"}
    assert {a["effect_size"]["kind"] for a in inds if a["effect_size"]} == {
        "hedges-g", "hedges-g-points", "cohens-h", "rate-ratio"}
    assert {a["spc"]["chart"] for a in inds if a["spc"]} == {"I", "P", "U"}
    assert {a["assurance"] for a in inds} >= {"consistently-meets", "inconsistent", "consistently-fails", "too-early",
                                              "not-possible", None}
    assert {t["verdict"]["verdict"] for g in stored.values() for t in g["json"]["trials"]} >= {"minus", "incomplete"}
    assert any(a["reasons"] for a in inds) and any(a["spc_reason"] for a in inds)


def test_deferred_results_read_like_plain_values():
    """Points, signals and the explanation are made on first read; every way of reading sees the values."""
    import copy
    import dataclasses
    import pickle

    from effektmaaling.analysis import Point, Signal, analyse_trial
    from effektmaaling.domain.i18n import Text

    from .golden import synthetic_trials

    trial, inds, ms, _ = synthetic_trials(trials=1, indicators=2)[0]
    a, b = (analyse_trial(trial, inds, ms).indicators[1] for _ in range(2))
    assert repr(a) == repr(b) and a == b  # repr and == read the deferred fields
    assert isinstance(a.points, tuple) and all(type(p) is Point for p in a.points) and a.points is a.points
    assert a.spc.signals and all(type(s) is Signal for s in a.spc.signals) and a.spc.signals is a.spc.signals
    assert type(a.explanation) is Text and a.explanation.da.startswith(("Steget", "Faldet", "Uændret"))
    fresh = analyse_trial(trial, inds, ms).indicators[1]
    for copied in (pickle.loads(pickle.dumps(fresh)), copy.deepcopy(fresh), dataclasses.replace(fresh)):
        assert copied == a and type(copied.points) is tuple
    changed = dataclasses.replace(fresh, explanation=Text("x", "y"))
    assert changed.explanation == Text("x", "y") and changed.points == a.points
