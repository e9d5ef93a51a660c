"""The demo database: three trials built to the model, identical every time it is written."""

from __future__ import annotations

import sqlite3

import pytest

from effektmaaling.domain import BottomLine, IndicatorKind, MeasureType, StorageError
from effektmaaling.services import Workspace
from effektmaaling.services.demo import EXPECTED_STATUS, write_demo


def _dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_demo_is_identical_across_runs(tmp_path, demo_db_template):
    again = write_demo(tmp_path / "again.db")
    assert _dump(again) == _dump(demo_db_template)


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    path = write_demo(tmp_path / "d.db")
    with pytest.raises(StorageError):
        write_demo(path)
    write_demo(path, force=True)
    assert len(Workspace.open(path, readonly=True).trials()) == 3


def test_demo_content_follows_the_model(demo_workspace):
    ws = demo_workspace
    trials = ws.trials()
    assert sorted(t.name for t in trials) == [
        "Center for Selvstændige Boformer", "Den Sociale Hjemmepleje Valby/Vesterbro", "FriNoVa"]
    lines = set()
    for trial in trials:
        assert trial.is_demo and "Illustrative data" in trial.purpose
        bundle = ws.bundle(trial.id)
        assert 4 <= len(bundle.indicators) <= 6
        assert {i.kind for i in bundle.indicators} == {IndicatorKind.EFFECT, IndicatorKind.PROCESS} or \
            IndicatorKind.EFFECT in {i.kind for i in bundle.indicators}
        assert len({i.stakeholder for i in bundle.indicators}) >= 2
        assert len({i.direction for i in bundle.indicators}) == 2
        assert bundle.milestones
        for ind in bundle.indicators:
            lines.add(ind.bottom_line)
            points = bundle.measurements[ind.id]
            assert sum(m.date < trial.start_date for m in points) >= 6, ind.name
            assert max(m.date for m in points).year == 2015
            if ind.measure_type is MeasureType.PROPORTION:
                assert all(m.numerator is not None and m.denominator for m in points)
        assert f"{trial.name} / {bundle.indicators[0].name}" in EXPECTED_STATUS
    assert len(lines) >= 4
    kinds = {ind.measure_type for t in trials for ind in ws.indicators(t.id)}
    assert {MeasureType.VALUE, MeasureType.PROPORTION, MeasureType.COUNT} <= kinds
    assert sum(len(ws.assessments(t.id)) for t in trials) >= 2
    statuses = set(EXPECTED_STATUS.values())
    assert {"improved", "no-change", "worsened"} <= statuses
    home = ws.find_trial("Den Sociale Hjemmepleje Valby/Vesterbro")
    names = " ".join(i.name.lower() for i in ws.indicators(home.id))
    for word in ("kontinuitet", "oplevelse", "sygefravær", "trivsel"):
        assert word in names
    assert BottomLine.STAFF_WELLBEING in lines
