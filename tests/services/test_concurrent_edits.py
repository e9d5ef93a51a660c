"""Optimistic concurrency: every row carries a version; an edit based on an older version is refused with
both values, who and when, and the refused attempt is in the change log (on both back-ends)."""

from __future__ import annotations

import datetime as dt

import pytest

from effektmaaling.domain.entities import Measurement
from effektmaaling.domain.errors import EditConflictError


def test_an_edit_based_on_an_old_version_is_refused_with_both_values(workspace):
    ws = workspace
    trial = ws.create_trial(name="A", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    m = ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=5.0)
    seen = ws.version_of(Measurement, m.id)
    assert seen == 1
    ws.update_measurement(m.id, expected_version=seen, value=6.0)  # theirs, first
    assert ws.version_of(Measurement, m.id) == 2
    with pytest.raises(EditConflictError) as err:
        ws.update_measurement(m.id, expected_version=seen, value=7.5)  # mine, based on version 1
    e = err.value
    assert e.yours == {"value": 7.5} and e.theirs == {"value": 6.0} and e.version == 2
    assert e.by == ws.change_log(entity_id=m.id)[1].user and e.at is not None
    assert "din 7,5, deres 6" in e.text("da") and "yours 7.5, theirs 6" in e.text("en")
    assert [x.value for x in ws.measurements(ind.id)] == [6.0]
    log = ws.change_log(entity_id=m.id)
    assert log[0].action == "conflict" and log[0].after["yours"] == {"value": 7.5}
    assert log[0].after["theirs"] == {"value": 6.0} and log[0].after["based_on_version"] == 1
    # the choice "mine": edit again based on the version shown
    ws.update_measurement(m.id, expected_version=e.version, value=7.5)
    assert [x.value for x in ws.measurements(ind.id)] == [7.5]
    assert ws.version_of(Measurement, m.id) == 3


def test_trials_and_indicators_carry_versions_too(workspace):
    ws = workspace
    trial = ws.create_trial(name="A", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    ws.update_trial(trial.id, expected_version=1, purpose="Bedre liv")
    with pytest.raises(EditConflictError) as err:
        ws.update_trial(trial.id, expected_version=1, purpose="Andet")
    assert err.value.theirs == {"purpose": "Bedre liv"}
    ws.update_indicator(ind.id, expected_version=1, unit="point")
    with pytest.raises(EditConflictError):
        ws.update_indicator(ind.id, expected_version=1, unit="timer")
    assert ws.indicator(ind.id).unit == "point"


def test_a_retried_insert_with_the_same_id_never_duplicates(workspace):
    import uuid

    from effektmaaling.domain.errors import ConflictError

    ws = workspace
    trial = ws.create_trial(name="A", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    mid = uuid.uuid4()
    first = ws.add_measurement(ind.id, id=mid, date=dt.date(2014, 2, 1), value=5.0)
    again = ws.add_measurement(ind.id, id=mid, date=dt.date(2014, 2, 1), value=5.0)  # the retry
    assert first.id == again.id == mid
    assert [(m.id, m.value) for m in ws.measurements(ind.id)] == [(mid, 5.0)]
    assert [e.action for e in ws.change_log(entity_id=mid)] == ["insert"]
    with pytest.raises(ConflictError):
        ws.add_measurement(ind.id, id=mid, date=dt.date(2014, 2, 1), value=6.0)


def test_the_change_log_of_an_indicator_finds_its_measurements_on_both_back_ends(workspace):
    ws = workspace
    trial = ws.create_trial(name="A", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    other = ws.create_indicator(trial.id, name="Andet", bottom_line="service")
    m = ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=5.0)
    ws.add_measurement(other.id, date=dt.date(2014, 2, 1), value=1.0)
    ws.update_measurement(m.id, value=6.0)  # its entry names only the value
    entries = ws.change_log(indicator_id=ind.id)
    assert [(e.action, e.entity) for e in entries] == [("update", "measurement"), ("insert", "measurement"),
                                                       ("insert", "indicator")]
