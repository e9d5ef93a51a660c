"""Bulk changes on two real connections with their own logins: a paste, a delete of many, and the undo of
a step are based on the versions the user saw; someone else's newer change is never silently overwritten
(the database holds exactly one value, the change log both attempts)."""

from __future__ import annotations

import datetime as dt

import pytest
from shared_helpers import two_leads_of

from effektmaaling.domain.entities import Measurement
from effektmaaling.domain.errors import EditConflictError


@pytest.fixture
def two_leads(shared):
    a, b, _trial, ind, ms = two_leads_of(shared)
    yield a, b, ind, ms
    a.close()
    b.close()


def _row(m, **changes):
    values = {k: getattr(m, k) for k in ("date", "value", "n", "sd", "numerator", "denominator", "comment")}
    values.update(changes)
    return values


def test_a_paste_over_a_measurement_changed_meanwhile_is_refused(two_leads):
    alice, bob, ind, _ms = two_leads
    loaded = alice.measurements(ind.id)  # what Alice's grid shows
    seen = {m.date: m.row_version for m in loaded}
    bob.update_measurement(loaded[0].id, expected_version=loaded[0].row_version, value=4.0)
    rows = [_row(loaded[0], value=9.0), _row(loaded[1], value=8.0)]
    with pytest.raises(EditConflictError) as err:
        alice.upsert_measurements(ind.id, rows, on_duplicate="update", expected_versions=seen)
    exc = err.value
    assert exc.yours == {"value": 9.0} and exc.theirs == {"value": 4.0} and exc.by == bob.db.login
    assert exc.dates == [loaded[0].date] and exc.versions == {loaded[0].date: loaded[0].row_version + 1}
    stored = {m.id: m.value for m in bob.measurements(ind.id)}
    assert stored[loaded[0].id] == 4.0 and stored[loaded[1].id] == loaded[1].value  # all or nothing
    log = bob.change_log(entity_id=loaded[0].id)
    assert [(e.action, e.user) for e in log[:2]] == [("conflict", alice.db.login), ("update", bob.db.login)]
    assert log[0].after["yours"] == {"value": 9.0} and log[0].after["theirs"] == {"value": 4.0}
    # overwriting knowingly: the paste based on the versions shown in the conflict
    alice.upsert_measurements(ind.id, rows, on_duplicate="update", expected_versions={**seen, **exc.versions})
    assert [m.value for m in bob.measurements(ind.id)][:2] == [9.0, 8.0]


def test_a_paste_that_changes_only_rows_nobody_touched_is_saved(two_leads):
    alice, bob, ind, _ms = two_leads
    loaded = alice.measurements(ind.id)
    seen = {m.date: m.row_version for m in loaded}
    bob.update_measurement(loaded[2].id, comment="Bobs note")  # another row than Alice pastes over
    result = alice.upsert_measurements(ind.id, [_row(loaded[0], value=5.0)], on_duplicate="update",
                                       expected_versions=seen)
    assert [i for i, _ in result.updated] == [loaded[0].id]
    assert [m.comment for m in bob.measurements(ind.id)][2] == "Bobs note"


def test_a_paste_onto_a_date_someone_else_filled_meanwhile_is_refused(two_leads):
    alice, bob, ind, _ms = two_leads
    seen = {m.date: m.row_version for m in alice.measurements(ind.id)}
    new = bob.add_measurement(ind.id, date=dt.date(2015, 1, 1), value=3.0)
    with pytest.raises(EditConflictError) as err:
        alice.upsert_measurements(ind.id, [{"date": dt.date(2015, 1, 1), "value": 6.0, "comment": ""}],
                                  on_duplicate="update", expected_versions=seen)
    assert err.value.theirs == {"value": 3.0} and err.value.yours == {"value": 6.0}
    assert [m.value for m in bob.measurements(ind.id) if m.id == new.id] == [3.0]


def test_a_delete_of_many_based_on_an_old_version_is_refused(two_leads):
    alice, bob, ind, _ms = two_leads
    loaded = alice.measurements(ind.id)
    bob.update_measurement(loaded[1].id, value=7.5)
    with pytest.raises(EditConflictError) as err:
        alice.delete_measurements([m.id for m in loaded[:2]], seen=loaded[:2])
    assert err.value.yours == {"value": loaded[1].value} and err.value.theirs == {"value": 7.5}
    assert len(bob.measurements(ind.id)) == 3  # nothing deleted
    assert bob.change_log(entity_id=loaded[1].id)[0].action == "conflict"
    alice.delete_measurements([m.id for m in loaded[:2]], seen=[loaded[0], *bob.measurements(ind.id)[1:2]])
    assert len(bob.measurements(ind.id)) == 1


def test_the_undo_of_a_single_edit_after_someone_else_changed_the_row_is_refused(two_leads):
    alice, bob, ind, ms = two_leads
    m = ms[0]
    before = alice.update_measurement(m.id, expected_version=alice.version_of(Measurement, m.id), value=4.0)
    bob.update_measurement(m.id, expected_version=bob.version_of(Measurement, m.id), value=6.0)
    with pytest.raises(EditConflictError) as err:  # Alice's undo is based on the version her edit wrote
        alice.update_measurement(m.id, expected_version=before.version, **before)
    assert err.value.theirs == {"value": 6.0} and err.value.yours == {"value": m.value}
    assert [x.value for x in bob.measurements(ind.id) if x.id == m.id] == [6.0]


def test_the_undo_of_a_paste_leaves_other_rows_alone_and_refuses_a_row_changed_since(two_leads):
    """The undo of a bulk step writes only the rows the step changed: another user's change of another row
    stays; a change of one of its rows refuses the undo (both values), and overwriting is a knowing choice."""
    alice, bob, ind, ms = two_leads
    trial_id = ind.trial_id
    before = alice.trial_state(trial_id)
    alice.upsert_measurements(ind.id, [_row(ms[0], value=10.0), _row(ms[1], value=20.0)], on_duplicate="update")
    after = alice.trial_state(trial_id)
    rows = alice.changed_rows(before, after)  # what the paste changed
    bob.update_measurement(ms[2].id, comment="Bobs note")  # not part of Alice's paste
    left = alice.take_back(before, after, reason="undo", rows=rows)
    assert [(m.value, m.comment) for m in bob.measurements(ind.id)] == [(1.0, ""), (2.0, ""), (3.0, "Bobs note")]
    redone = alice.take_back(after, left, reason="redo", rows=rows)
    bob.update_measurement(ms[1].id, value=25.0)  # one of the pasted rows
    with pytest.raises(EditConflictError) as err:
        alice.take_back(before, redone, reason="undo", rows=rows)
    assert err.value.yours == {"value": 2.0} and err.value.theirs == {"value": 25.0} and err.value.by == bob.db.login
    assert [m.value for m in bob.measurements(ind.id)] == [10.0, 25.0, 3.0]  # nothing taken back
    assert bob.change_log(entity_id=ms[1].id)[0].action == "conflict"
    alice.take_back(before, redone, reason="undo", rows=rows, overwrite=True)
    assert [(m.value, m.comment) for m in bob.measurements(ind.id)] == [(1.0, ""), (2.0, ""), (3.0, "Bobs note")]


def test_an_import_that_updates_a_measurement_changed_since_the_check_is_refused(two_leads, tmp_path):
    from effektmaaling.io.measurement_rows import detect_mapping
    from effektmaaling.io.tabular import open_table
    from effektmaaling.services.importing import check_import, import_measurements

    alice, bob, ind, ms = two_leads
    path = tmp_path / "maalinger.csv"
    path.write_text("dato;værdi\n01-02-2014;11\n01-03-2014;12\n", encoding="utf-8")
    src = open_table(path)
    mapping = detect_mapping(src.header)
    check = check_import(alice, src, mapping, ind.trial_id, ind.id, on_duplicate="update")
    assert len(check.duplicates) == 2  # Alice sees that two measurements will be updated …
    bob.update_measurement(ms[1].id, value=7.0)  # … and Bob changes one of them before she imports
    with pytest.raises(EditConflictError) as err:
        import_measurements(alice, open_table(path), mapping, ind.trial_id, ind.id, on_duplicate="update",
                            expected_versions=check.versions)
    assert err.value.yours == {"value": 12.0} and err.value.theirs == {"value": 7.0} and err.value.by == bob.db.login
    assert [m.value for m in bob.measurements(ind.id)] == [1.0, 7.0, 3.0]  # nothing imported
    assert [(e.action, e.user) for e in bob.change_log(entity_id=ms[1].id)[:2]] == [
        ("conflict", alice.db.login), ("update", bob.db.login)]
    again = check_import(alice, open_table(path), mapping, ind.trial_id, ind.id, on_duplicate="update")
    import_measurements(alice, open_table(path), mapping, ind.trial_id, ind.id, on_duplicate="update",
                        expected_versions=again.versions)  # checked again: based on Bob's version
    assert [m.value for m in bob.measurements(ind.id)] == [11.0, 12.0, 3.0]


def test_undo_and_redo_of_steps_refused_by_a_newer_change_leave_the_stack_where_it_was(two_leads, qtbot):
    """The window's steps (QUndoStack): adding a measurement, editing a milestone and setting an assessment;
    someone else changes the same record; the undo is refused with both values and the step stays."""
    from PySide6.QtGui import QUndoStack

    from effektmaaling.ui import commands as cmd

    alice, bob, ind, _ms = two_leads
    stack = QUndoStack()
    added = cmd.execute(stack, cmd.AddMeasurement(alice, "Tilføj", ind.id, {"date": dt.date(2016, 1, 1), "value": 5.0}))
    bob.update_measurement(added.id, value=6.0)
    with pytest.raises(EditConflictError) as err:
        cmd.undo_step(stack)
    assert err.value.yours == {"value": 5.0} and err.value.theirs == {"value": 6.0}
    assert stack.index() == 1 and [m.value for m in bob.measurements(ind.id)][-1] == 6.0

    ms = alice.add_milestone(ind.trial_id, dt.date(2014, 6, 1), "Start")
    cmd.execute(stack, cmd.UpdateMilestone(alice, "Ret milepæl", ms.id, {"text": "Opstart"},
                                           expected_version=alice.milestone(ms.id).row_version))
    bob.update_milestone(ms.id, text="Bobs opstart")
    with pytest.raises(EditConflictError) as err:
        cmd.undo_step(stack)
    assert err.value.yours == {"text": "Start"} and err.value.theirs == {"text": "Bobs opstart"}
    assert stack.index() == 2 and bob.milestone(ms.id).text == "Bobs opstart"
    err.value.step.overwrite(err.value)  # the user's choice: undo it all the same
    cmd.undo_step(stack)
    assert stack.index() == 1 and bob.milestone(ms.id).text == "Start"

    cmd.execute(stack, cmd.SetAssessment(alice, "Vurdering", ind.trial_id, "service", "plus", "Godt",
                                         expected_version=0))
    with pytest.raises(EditConflictError) as err:  # Bob's assessment was based on none being there
        bob.set_assessment(ind.trial_id, "service", "minus", "Skidt", expected_version=0)
    assert err.value.theirs["justification"] == "Godt"
    bob.set_assessment(ind.trial_id, "service", "minus", "Skidt", expected_version=err.value.version)
    with pytest.raises(EditConflictError):
        cmd.undo_step(stack)
    assert stack.index() == 2 and bob.assessments(ind.trial_id)[0].justification == "Skidt"


def test_a_milestone_changed_since_it_was_shown_is_not_deleted(two_leads):
    alice, bob, ind, _ms = two_leads
    ms = alice.add_milestone(ind.trial_id, dt.date(2014, 6, 1), "Start")
    shown = alice.milestone(ms.id)
    bob.update_milestone(ms.id, text="Bobs start")
    with pytest.raises(EditConflictError) as err:
        alice.delete_milestone(ms.id, seen=shown, expected_version=shown.row_version)
    assert err.value.yours["text"] == "Start" and err.value.theirs["text"] == "Bobs start"
    assert bob.milestone(ms.id).text == "Bobs start"


def _commit_by_bob_inside_alices_step(alice, bob, measurement, **changes):
    """A hook on Alice's connections: the first time her step writes a measurement, Bob commits a change of
    another measurement of the same trial (after her step has read the trial, before it writes)."""
    from sqlalchemy import event

    done = []

    def before(_conn, _cursor, statement, *_args):
        if not done and statement.lstrip().upper().startswith(("UPDATE MEASUREMENTS", "DELETE FROM MEASUREMENTS")):
            done.append(True)
            bob.update_measurement(measurement.id, **(changes or {"comment": "Bobs note"}))

    event.listen(alice.db.engine, "before_cursor_execute", before)
    return done


@pytest.mark.parametrize("step", ["paste", "delete"])
def test_the_undo_of_a_bulk_step_keeps_a_change_another_user_committed_during_it(two_leads, step):
    """The step's record holds exactly the rows it wrote: Bob's change of another measurement, committed
    while Alice's paste (or delete of many) ran, is not counted as hers, so her undo leaves it alone."""
    from effektmaaling.ui.commands import TrialStateCommand

    alice, bob, ind, ms = two_leads
    if step == "paste":
        def action():
            return alice.upsert_measurements(ind.id, [_row(ms[0], value=10.0), _row(ms[1], value=20.0)],
                                              on_duplicate="update")
    else:
        def action():
            return alice.delete_measurements([ms[0].id, ms[1].id])
    done = _commit_by_bob_inside_alices_step(alice, bob, ms[2])
    command = TrialStateCommand(alice, "Bulk", ind.trial_id, action)
    command.do()
    assert done  # Bob's commit came while Alice's step ran
    command.undo_()
    assert [(m.value, m.comment) for m in bob.measurements(ind.id)] == [(1.0, ""), (2.0, ""), (3.0, "Bobs note")]
    assert command.changed == 2 and set(command.rows) == {"measurements"}
    assert {k[0] for k in command.rows["measurements"]} == {ms[0].id, ms[1].id}
    command.redo_()
    expected = ([(10.0, ""), (20.0, ""), (3.0, "Bobs note")] if step == "paste" else [(3.0, "Bobs note")])
    assert [(m.value, m.comment) for m in bob.measurements(ind.id)] == expected


def test_a_bulk_step_that_meets_a_change_of_one_of_its_rows_runs_again_on_top_of_it(two_leads):
    """Bob changes a row Alice's paste writes while it runs: her transaction (one picture of the trial) fails
    with a serialization failure and runs again on top of Bob's value; her undo gives back Bob's value."""
    from effektmaaling.ui.commands import TrialStateCommand

    alice, bob, ind, ms = two_leads
    done = _commit_by_bob_inside_alices_step(alice, bob, ms[0], value=4.0)
    command = TrialStateCommand(alice, "Bulk", ind.trial_id, lambda: alice.upsert_measurements(
        ind.id, [_row(ms[0], value=10.0), _row(ms[1], value=20.0)], on_duplicate="update"))
    command.do()
    assert done
    assert [m.value for m in bob.measurements(ind.id)] == [10.0, 20.0, 3.0]
    assert {k[0] for k in command.rows["measurements"]} == {ms[0].id, ms[1].id}
    command.undo_()
    assert [m.value for m in bob.measurements(ind.id)] == [4.0, 2.0, 3.0]
