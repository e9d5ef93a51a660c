"""Every entity survives a write to a real SQLite file and a fresh read, field for field."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from effektmaaling.domain import (
    Assessment,
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    Indicator,
    IndicatorKind,
    Measurement,
    MeasureType,
    Milestone,
    Stakeholder,
    Trial,
    TrialStatus,
    Verdict,
)
from effektmaaling.storage import open_database


def _values(obj: object) -> dict:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def test_every_entity_round_trips(tmp_path):
    path = tmp_path / "rt.db"
    trial = Trial(name="Forsøg æøå", start_date=dt.date(2013, 4, 1), unit="Enhed", purpose="Formål",
                  target_group="Målgruppe", theory_of_change="## Problem\n- punkt", end_date=dt.date(2015, 12, 31),
                  status=TrialStatus.COMPLETED, contact_person="Kontakt", is_demo=True, archived=True)
    ind = Indicator(trial_id=trial.id, name="Andel", bottom_line=BottomLine.LEGAL_RIGHTS, kind=IndicatorKind.PROCESS,
                    stakeholder=Stakeholder.ORGANISATION, measure_type=MeasureType.RATE, direction=Direction.DECREASE,
                    description="d", unit="pr. 1.000", decimals=2, valid_min=0.0, valid_max=10.5, baseline_value=3.25,
                    baseline_end_date=dt.date(2013, 3, 31), target_value=1.5, target_date=dt.date(2015, 6, 30),
                    data_source="kilde", frequency=Frequency.HALF_YEARLY, display_order=3, theme="Tema",
                    rate_per=1000.0, current_period=CurrentPeriod.FOLLOW_UP)
    meas = Measurement(indicator_id=ind.id, date=dt.date(2013, 1, 31), value=2.5, n=40, sd=1.25, numerator=5.0,
                       denominator=2000.0, comment="kommentar")
    ms = Milestone(trial_id=trial.id, date=dt.date(2013, 9, 1), text="Teams etableret")
    a = Assessment(trial_id=trial.id, bottom_line=BottomLine.SERVICE, verdict=Verdict.MINUS, justification="j",
                   evidence="e", date=dt.date(2015, 1, 1))
    db = open_database(path)
    with db.write() as s:
        s.add(trial)
        s.flush()
        s.add_all([ind, ms, a])
        s.flush()
        s.add(meas)
    expected = {type(o): _values(o) for o in (trial, ind, meas, ms, a)}
    db.close()

    db2 = open_database(path)
    with db2.read() as s:
        for cls, values in expected.items():
            got = s.get(cls, values["id"])
            assert got is not None, cls
            assert _values(got) == values, cls
            for name, value in values.items():
                assert type(getattr(got, name)) is type(value), (cls, name)
    db2.close()


def test_timestamps_are_set_on_insert_and_update(workspace):
    trial = workspace.create_trial(name="T", start_date=dt.date(2014, 1, 1))
    assert trial.created_at is not None and trial.updated_at == trial.created_at
    workspace.update_trial(trial.id, purpose="ny")
    again = workspace.trial(trial.id)
    assert again.purpose == "ny"
    assert again.updated_at >= trial.updated_at
    assert again.created_at == trial.created_at
