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
    assert {a["test"]["method"] for a in inds if a["test"]} == {"welch-summary", "two-proportion-z", "poisson-exact",
                                                              "welch-points"}
    assert {a["spc"]["chart"] for a in inds if a["spc"]} == {"I", "P", "U"}
    assert {a["assurance"] for a in inds} >= {"consistently-meets", "inconsistent", "consistently-fails", None}
    assert any(a["reasons"] for a in inds) and any(a["spc_reason"] for a in inds)
