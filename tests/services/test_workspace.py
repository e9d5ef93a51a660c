"""Use cases on real SQLite files: validation, rejected changes leave the file unchanged, change log, undo."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from effektmaaling.domain import (
    BottomLine,
    ConflictError,
    MeasureType,
    NotFoundError,
    ValidationError,
)


def _dump(path) -> list[str]:
    """The database's content as SQL (WAL included), for before/after comparisons."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def trial(workspace):
    return workspace.create_trial(name="Forsøg A", start_date=dt.date(2013, 4, 1))


@pytest.fixture
def proportion(workspace, trial):
    return workspace.create_indicator(trial.id, name="Andel tilfredse", bottom_line="service",
                                      measure_type="proportion", unit="%", valid_min=0, valid_max=100)


def test_rejected_changes_leave_the_file_unchanged(workspace, trial, proportion):
    workspace.add_measurement(proportion.id, date=dt.date(2013, 1, 31), numerator=30, denominator=40)
    before = _dump(workspace.path)
    bad_calls = [
        (lambda: workspace.create_trial(name="  ", start_date=dt.date(2013, 1, 1)), "name"),
        (lambda: workspace.create_trial(name="Forsøg a", start_date=dt.date(2013, 1, 1)), "name"),
        (lambda: workspace.create_trial(name="B", start_date=dt.date(2013, 1, 1), end_date=dt.date(2012, 1, 1)),
         "end_date"),
        (lambda: workspace.update_trial(trial.id, purpose="Borger 010203-1234 deltog"), "purpose"),
        (lambda: workspace.create_indicator(trial.id, name="X", bottom_line="nonsense"), "bottom_line"),
        (lambda: workspace.create_indicator(trial.id, name="Y", bottom_line="service", valid_min=5, valid_max=1),
         "valid_max"),
        (lambda: workspace.create_indicator(trial.id, name="andel TILFREDSE", bottom_line="service"), "name"),
        (lambda: workspace.add_measurement(proportion.id, date=dt.date(2013, 2, 28), numerator=41, denominator=40),
         "numerator"),
        (lambda: workspace.add_measurement(proportion.id, date=dt.date(2013, 2, 28), numerator=1, denominator=0),
         "denominator"),
        (lambda: workspace.add_measurement(proportion.id, date=dt.date(2013, 2, 28), value=120.0), "value"),
        (lambda: workspace.add_measurement(proportion.id, date=dt.date(2013, 1, 31), value=50.0), "date"),
        (lambda: workspace.add_measurement(proportion.id, date=dt.date(2013, 2, 28), value=50.0, n=0), "n"),
        (lambda: workspace.upsert_measurements(proportion.id, [
            {"date": dt.date(2013, 3, 31), "value": 50.0},
            {"date": dt.date(2013, 4, 30), "value": 150.0},
        ]), "value"),
    ]
    for call, field in bad_calls:
        with pytest.raises((ValidationError, ConflictError)) as err:
            call()
        assert err.value.field == field, (field, err.value.text("en"))
        assert err.value.text("da") and err.value.text("en")
        assert _dump(workspace.path) == before, field


def test_error_messages_name_field_and_problem(workspace, trial, proportion):
    with pytest.raises(ValidationError) as err:
        workspace.add_measurement(proportion.id, date=dt.date(2013, 2, 28), numerator=41, denominator=40)
    assert err.value.text("da") == "Tæller: kan ikke være større end nævneren"
    assert err.value.text("en") == "Numerator: cannot be greater than the denominator"
    with pytest.raises(ValidationError) as err:
        workspace.upsert_measurements(proportion.id, [{"date": dt.date(2013, 3, 31), "value": 50.0},
                                                      {"date": dt.date(2013, 4, 30), "value": 150.0}])
    assert err.value.text("da").startswith("Række 2: Værdi: 150")


def test_proportion_value_is_derived(workspace, proportion):
    m = workspace.add_measurement(proportion.id, date=dt.date(2013, 1, 31), numerator=24, denominator=39)
    assert m.value == pytest.approx(61.538, abs=1e-3)
    workspace.update_measurement(m.id, numerator=30)
    assert workspace.measurements(proportion.id)[0].value == pytest.approx(76.923, abs=1e-3)


def test_rate_value_uses_rate_per(workspace, trial):
    ind = workspace.create_indicator(trial.id, name="Indlæggelser", bottom_line=BottomLine.PRODUCTIVITY,
                                     measure_type=MeasureType.RATE, rate_per=1000.0)
    m = workspace.add_measurement(ind.id, date=dt.date(2013, 1, 31), numerator=12, denominator=4800)
    assert m.value == pytest.approx(2.5)


def test_change_log_records_create_update_delete(workspace, trial, proportion):
    m = workspace.add_measurement(proportion.id, date=dt.date(2013, 1, 31), value=55.0, comment="første")
    workspace.update_measurement(m.id, value=56.5)
    workspace.delete_measurements([m.id])
    entries = workspace.change_log(entity_id=m.id)
    assert [e.action for e in reversed(entries)] == ["insert", "update", "delete"]
    insert, update, delete = reversed(entries)
    assert insert.after["value"] == 55.0 and insert.before is None
    assert update.before == {"value": 55.0} and update.after == {"value": 56.5}
    assert delete.before["value"] == 56.5 and delete.after is None
    assert all(e.trial_id == str(trial.id) and e.entity == "measurement" and e.user for e in entries)
    # The trial's own log holds its creation too.
    trial_log = workspace.change_log(trial_id=trial.id)
    assert any(e.entity == "trial" and e.action == "insert" for e in trial_log)


def test_delete_trial_and_undo_restores_everything(demo_workspace):
    ws = demo_workspace
    trial = ws.find_trial("FriNoVa")
    before = ws.bundle(trial.id)
    counts_before = ws.counts()
    snapshot = ws.delete_trial(trial.id)
    with pytest.raises(NotFoundError):
        ws.trial(trial.id)
    after_delete = ws.counts()
    assert after_delete["trials"] == counts_before["trials"] - 1
    assert after_delete["measurements"] == counts_before["measurements"] - sum(
        len(v) for v in before.measurements.values())
    ws.restore_trial(snapshot)
    restored = ws.bundle(trial.id)
    assert [i.id for i in restored.indicators] == [i.id for i in before.indicators]
    for ind in before.indicators:
        assert [(m.id, m.date, m.value) for m in restored.measurements[ind.id]] == [
            (m.id, m.date, m.value) for m in before.measurements[ind.id]]
    assert {a.bottom_line for a in restored.assessments} == {a.bottom_line for a in before.assessments}
    assert [m.text for m in restored.milestones] == [m.text for m in before.milestones]
    assert ws.counts()["measurements"] == counts_before["measurements"]


def test_update_returns_before_values_for_undo(workspace, trial):
    before = workspace.update_trial(trial.id, name="Nyt navn", purpose="P")
    assert before == {"name": "Forsøg A", "purpose": ""}
    workspace.update_trial(trial.id, **before)
    assert workspace.trial(trial.id).name == "Forsøg A"


def test_upsert_update_skip_and_all_or_nothing(workspace, proportion):
    workspace.add_measurement(proportion.id, date=dt.date(2013, 1, 31), value=50.0)
    rows = [{"date": dt.date(2013, 1, 31), "value": 60.0}, {"date": dt.date(2013, 2, 28), "value": 61.0}]
    with pytest.raises(ConflictError):
        workspace.upsert_measurements(proportion.id, rows)
    assert len(workspace.measurements(proportion.id)) == 1
    skipped = workspace.upsert_measurements(proportion.id, rows, on_duplicate="skip")
    assert skipped.skipped == [dt.date(2013, 1, 31)] and len(skipped.inserted) == 1
    assert workspace.measurements(proportion.id)[0].value == 50.0
    updated = workspace.upsert_measurements(proportion.id, rows[:1], on_duplicate="update")
    assert updated.updated[0][1]["value"] == 50.0
    assert workspace.measurements(proportion.id)[0].value == 60.0


def test_reorder_indicators(workspace, trial):
    a = workspace.create_indicator(trial.id, name="A", bottom_line="service")
    b = workspace.create_indicator(trial.id, name="B", bottom_line="service")
    c = workspace.create_indicator(trial.id, name="C", bottom_line="service")
    previous = workspace.reorder_indicators(trial.id, [c.id, a.id, b.id])
    assert previous == [a.id, b.id, c.id]
    assert [i.name for i in workspace.indicators(trial.id)] == ["C", "A", "B"]


def test_subscribers_hear_committed_changes_only(workspace, trial):
    heard = []
    unsubscribe = workspace.subscribe(heard.append)
    workspace.update_trial(trial.id, purpose="x")
    with pytest.raises(ValidationError):
        workspace.update_trial(trial.id, name="")
    unsubscribe()
    workspace.update_trial(trial.id, purpose="y")
    assert [(c.action, c.entity, c.trial_id) for c in heard] == [("update", "trial", trial.id)]


def test_assessment_set_replace_and_delete(workspace, trial):
    assert workspace.set_assessment(trial.id, "service", "plus", "God", "8 interviews") is None
    previous = workspace.set_assessment(trial.id, "service", "minus", "Dårligere")
    assert previous.verdict.value == "plus"
    assert [a.verdict.value for a in workspace.assessments(trial.id)] == ["minus"]
    workspace.delete_assessment(trial.id, "service")
    assert workspace.assessments(trial.id) == []


def test_the_outline_lists_what_trials_and_indicators_list_in_the_same_order(workspace):
    """``outline`` (plain rows, two queries: what the navigator lists) agrees with the ORM reads: trials in
    name order (any case), archived ones left out on request, indicators in their display order then name."""
    ws = workspace
    names = ["beta", "Alfa", "gamma", "Delta"]
    trials = {n: ws.create_trial(name=n, start_date=dt.date(2020, 1, 1)) for n in names}
    for k, n in enumerate(["Zeta", "ålborg", "Ebbe", "anden", "Bo"]):
        ws.create_indicator(trials["beta"].id, name=n, bottom_line="productivity" if k % 2 else "service")
    ws.create_indicator(trials["Delta"].id, name="Ventetid", bottom_line="service")
    ind = ws.indicators(trials["beta"].id)
    ws.reorder_indicators(trials["beta"].id, [ind[3].id, ind[0].id, ind[4].id, ind[1].id, ind[2].id])
    ws.update_trial(trials["gamma"].id, archived=True)

    outline = ws.outline()
    assert [(t.id, t.name, t.archived) for t in outline.trials] == [(t.id, t.name, t.archived) for t in ws.trials()]
    assert [t.name for t in outline.trials] == ["Alfa", "beta", "Delta", "gamma"]
    for t in ws.trials():
        assert [(i.id, i.name, i.bottom_line) for i in outline.indicators.get(t.id, [])] == [
            (i.id, i.name, i.bottom_line) for i in ws.indicators(t.id)]
    assert set(outline.indicators) == {trials["beta"].id, trials["Delta"].id}
    assert [t.name for t in ws.outline(include_archived=False).trials] == ["Alfa", "beta", "Delta"]
