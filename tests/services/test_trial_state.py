"""Exact snapshots of a trial for the undo of bulk changes (import, paste, bulk delete, merge), on an SQLite
file and on a shared PostgreSQL database: taking the trial back to a state read before a change gives
exactly the content it had."""

from __future__ import annotations

import datetime as dt


def content(ws, trial_id):
    t = ws.trial(trial_id)
    out = {"trial": (t.name, t.purpose)}
    for ind in ws.indicators(trial_id):
        out[ind.name] = (ind.unit, ind.target_value,
                         sorted((m.id, m.date, m.value, m.comment) for m in ws.measurements(ind.id)))
    out["milestones"] = sorted((m.id, m.date, m.text) for m in ws.milestones(trial_id))
    return out


def test_a_trial_goes_back_to_a_state_and_forward_again(demo_workspace):
    ws = demo_workspace
    trial = ws.find_trial("FriNoVa")
    ind = ws.find_indicator(trial.id, "Tid til dokumentation")
    before_content, before = content(ws, trial.id), ws.trial_state(trial.id)
    ms = ws.measurements(ind.id)
    ws.update_measurement(ms[0].id, value=19.5, comment="rettet")
    ws.delete_measurements([ms[1].id])
    ws.add_measurement(ind.id, date=dt.date(2016, 2, 29), value=3.5)
    ws.update_indicator(ind.id, unit="timer")
    ws.add_milestone(trial.id, dt.date(2015, 6, 1), "Ny leder")
    after_content, after = content(ws, trial.id), ws.trial_state(trial.id)
    assert after_content != before_content
    assert ws.state_differences(before, after) == 5
    assert ws.restore_trial_state(before) > 0
    assert content(ws, trial.id) == before_content
    assert ws.restore_trial_state(after) > 0  # redo
    assert content(ws, trial.id) == after_content
    ws.update_measurement(ms[0].id, value=1.5)  # and the rows stay editable after both
    assert ws.restore_trial_state(before) > 0
    assert content(ws, trial.id) == before_content



def test_a_step_is_recorded_inside_its_own_write_transaction(demo_workspace):
    """The states a step records are read inside its write transaction: with nobody else writing they are the
    states read before and after it (on SQLite rows as stored, rowids too); its rows are exactly its own, and
    taking them back gives the content before."""
    import uuid

    ws = demo_workspace
    trial = ws.find_trial("FriNoVa")
    ind = ws.find_indicator(trial.id, "Tid til dokumentation")
    ms = ws.measurements(ind.id)
    outside_before, before_content = ws.trial_state(trial.id), content(ws, trial.id)
    _result, before, after, rows = ws.record_step(trial.id, lambda: ws.delete_measurements([ms[0].id, ms[1].id]))
    assert before.tables == outside_before.tables
    assert after.tables == ws.trial_state(trial.id).tables
    assert set(rows) == {"measurements"}
    assert {uuid.UUID(str(k[0])) for k in rows["measurements"]} == {ms[0].id, ms[1].id}
    ws.take_back(before, after, rows=rows)
    assert content(ws, trial.id) == before_content
    if ws.db.engine.dialect.name == "sqlite":
        assert ws.trial_state(trial.id).tables == outside_before.tables
