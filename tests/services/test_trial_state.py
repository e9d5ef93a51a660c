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
