"""Two people at once, on two real connections with their own logins: the second edit of the same
measurement gets the conflict, the database holds exactly one of the two values and the change log both
attempts; a retried insert with the same UUID never duplicates a measurement."""

from __future__ import annotations

import pytest
from shared_helpers import two_leads_of

from effektmaaling.domain.entities import Measurement
from effektmaaling.domain.errors import EditConflictError


@pytest.fixture
def two_leads(shared):
    a, b, _trial, ind, ms = two_leads_of(shared)
    yield a, b, ind, ms[0]
    a.close()
    b.close()


def test_both_read_then_both_save_the_second_gets_the_conflict(two_leads):
    alice, bob, ind, m = two_leads
    va, vb = alice.version_of(Measurement, m.id), bob.version_of(Measurement, m.id)
    alice.update_measurement(m.id, expected_version=va, value=4.0)
    with pytest.raises(EditConflictError) as err:
        bob.update_measurement(m.id, expected_version=vb, value=9.0)
    assert err.value.by == alice.db.login and err.value.theirs == {"value": 4.0} and err.value.yours == {"value": 9.0}
    assert next(x.value for x in bob.measurements(ind.id)) == 4.0
    log = alice.change_log(entity_id=m.id)
    assert [(e.action, e.user) for e in log[:2]] == [("conflict", bob.db.login), ("update", alice.db.login)]


def test_a_real_race_between_read_and_write_is_caught_by_the_row_version(two_leads, monkeypatch):
    """Bob's transaction has read the measurement (version 1) and passed every check when Alice's save
    commits; his UPDATE then matches no row of version 1 and is refused."""
    alice, bob, ind, m = two_leads
    from effektmaaling.services import workspace as wsmod

    real = wsmod.v.validate_measurement
    fired = []

    def alice_saves_in_between(ind_, cand, **_kw):  # runs inside Bob's open transaction
        if not fired:
            fired.append(True)
            alice.update_measurement(m.id, value=4.0)
        return real(ind_, cand, **_kw)

    monkeypatch.setattr(wsmod.v, "validate_measurement", alice_saves_in_between)
    with pytest.raises(EditConflictError) as err:
        bob.update_measurement(m.id, expected_version=1, value=9.0)
    assert fired and err.value.theirs == {"value": 4.0} and err.value.by == alice.db.login
    monkeypatch.setattr(wsmod.v, "validate_measurement", real)
    values = [x.value for x in alice.measurements(ind.id) if x.id == m.id]
    assert values == [4.0]
    actions = [(e.action, e.user) for e in alice.change_log(entity_id=m.id)[:2]]
    assert actions == [("conflict", bob.db.login), ("update", alice.db.login)]


def test_a_lead_undoes_a_bulk_change_on_the_shared_database(two_leads):
    """The undo of an import, a paste or a merge takes the trial back by primary key on PostgreSQL (no rowid),
    with a lead's own rights, and gives the rows it changes a newer version (another user is told)."""
    alice, bob, ind, m = two_leads
    before = alice.trial_state(ind.trial_id)
    values = {x.id: x.value for x in alice.measurements(ind.id)}
    alice.update_measurement(m.id, value=7.0)
    seen_by_bob = bob.version_of(Measurement, m.id)
    assert alice.restore_trial_state(before) == 1
    assert {x.id: x.value for x in bob.measurements(ind.id)} == values
    assert bob.version_of(Measurement, m.id) > seen_by_bob
    with pytest.raises(EditConflictError):
        bob.update_measurement(m.id, expected_version=seen_by_bob, value=9.0)
