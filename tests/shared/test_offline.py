"""Offline and back: a trial of the shared database taken along into a local SQLite file and synchronised
back, on a real throwaway cluster with a lead's own login. Edits on both sides travel both ways, a conflict
is asked once and resolved once, a deletion travels, and a sync whose server connection is killed leaves
both sides as they were (or the server merged and the copy not yet): a retry completes it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from shared_helpers import make_trial
from sqlalchemy import text

from effektmaaling.domain.errors import StorageError
from effektmaaling.services import Workspace, access
from effektmaaling.services import offline as off
from effektmaaling.services.exchange import MergeConflicts


@pytest.fixture
def taken(shared, tmp_path):
    """A trial on the server, a lead's login, and the trial checked out into laptop.db by her."""
    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    trial, ind, ms = make_trial(admin, "Væresteder")
    lead = shared.login("anna")
    access.grant(admin, lead, "lead", "Væresteder")
    admin.close()
    server = shared.workspace(lead)
    copy = Workspace.open(tmp_path / "laptop.db")
    result = off.checkout(server, trial.id, copy)
    yield server, copy, trial, ind, ms, result
    copy.close()
    server.close()


def state(ws, trial_id):
    """The trial's content, comparable across the two back-ends."""
    t = ws.trial(trial_id)
    out = {"trial": (t.name, t.purpose, t.status.value if hasattr(t.status, "value") else t.status)}
    for ind in ws.indicators(trial_id):
        out[ind.name] = (ind.unit, ind.target_value,
                         sorted((m.id, m.date, m.value, m.comment) for m in ws.measurements(ind.id)))
    return out


def log_actions(ws, trial_id, action):
    return [e for e in ws.change_log(trial_id=trial_id) if e.action == action]


def test_checkout_copies_the_trial_and_records_the_peers(taken, tmp_path):
    server, copy, trial, _ind, _ms, result = taken
    assert result.trial_name == "Væresteder" and result.path == tmp_path / "laptop.db"
    assert state(copy, trial.id) == state(server, trial.id)
    [(t, peer)] = off.offline_trials(copy)
    assert t.id == trial.id and peer.kind == "server" and peer.peer == server.location and peer.synced_at
    assert "pw-" not in peer.peer  # never the password
    [back] = off.peers(server, trial.id)
    assert back.kind == "copy" and back.peer.endswith("laptop.db") and back.login == server.db.login
    # the file is an ordinary database of this program
    con = sqlite3.connect(tmp_path / "laptop.db")
    assert con.execute("SELECT count(*) FROM measurements").fetchone()[0] == 3
    con.close()
    with pytest.raises(Exception, match="findes allerede"):
        off.checkout(server, trial.id, copy)


def test_edits_on_both_sides_travel_both_ways(taken):
    server, copy, trial, ind, ms, _r = taken
    copy.update_trial(trial.id, purpose="Skrevet på bærbaren")
    copy.update_measurement(ms[0].id, value=10.0)
    added_here = copy.add_measurement(ind.id, date=dt.date(2015, 1, 1), value=7.0)
    copy.delete_measurements([ms[2].id])
    server.update_indicator(ind.id, unit="point")
    server.update_measurement(ms[1].id, comment="Rettet på serveren")
    added_there = server.add_measurement(ind.id, date=dt.date(2015, 2, 1), value=8.0)

    result = off.sync(copy, server, trial.id)
    assert state(copy, trial.id) == state(server, trial.id)
    s = state(server, trial.id)
    assert s["trial"][1] == "Skrevet på bærbaren" and s["Trivsel"][0] == "point"
    rows = {m[0]: m for m in s["Trivsel"][2]}
    assert rows[ms[0].id][2] == 10.0 and rows[ms[1].id][3] == "Rettet på serveren"
    assert added_here.id in rows and added_there.id in rows and ms[2].id not in rows  # the deletion travelled
    assert result.conflicts == []
    assert sum(result.to_server.inserted.values()) == 1 and sum(result.to_server.deleted.values()) == 1
    assert sum(result.to_copy.inserted.values()) == 1
    # the sync log on both sides: one entry each, naming the other side and what went each way
    [on_server] = log_actions(server, trial.id, "sync")
    [on_copy] = log_actions(copy, trial.id, "sync")
    assert on_server.user == server.db.login and on_server.after["peer"].endswith("laptop.db")
    assert on_server.after["sent"]["inserted"] == 1  # what went to the copy
    assert on_copy.after["peer"] == server.location and on_copy.after["sent"]["deleted"] == 1
    assert any(e.action == "delete" and e.entity_id == str(ms[2].id) for e in server.change_log(trial_id=trial.id))
    [peer_here] = off.peers(server, trial.id)  # the copy's peer row: taken then, synchronised now
    assert peer_here.synced_at is not None and peer_here.checked_out_at < peer_here.synced_at
    # nothing new: a second sync changes nothing
    again = off.sync(copy, server, trial.id)
    assert not again.to_copy.changes and not again.to_server.changes
    assert state(copy, trial.id) == state(server, trial.id)


def test_the_same_field_changed_on_both_sides_is_one_conflict_resolved_once(taken):
    server, copy, trial, ind, ms, _r = taken
    copy.update_measurement(ms[0].id, value=10.0)
    server.update_measurement(ms[0].id, value=20.0)
    copy.update_measurement(ms[1].id, comment="bærbar")  # a different field: no conflict
    server_log = len(server.change_log(trial_id=trial.id))

    with pytest.raises(MergeConflicts) as err:
        off.sync(copy, server, trial.id)
    [c] = err.value.plan.unresolved
    assert c.field == "value" and c.mine["value"] == 10.0 and c.theirs["value"] == 20.0  # mine: this copy
    # nothing was written on the server, nothing changed in the copy's content
    assert len(server.change_log(trial_id=trial.id)) == server_log
    assert next(m.value for m in server.measurements(ind.id) if m.id == ms[0].id) == 20.0
    assert next(m.value for m in copy.measurements(ind.id) if m.id == ms[0].id) == 10.0

    result = off.sync(copy, server, trial.id, resolutions={c.key: "mine"})
    assert [x.key for x in result.conflicts] == [c.key] and result.to_copy.resolved == {c.key: "mine"}
    assert state(copy, trial.id) == state(server, trial.id)
    assert next(m.value for m in server.measurements(ind.id) if m.id == ms[0].id) == 10.0
    assert next(m.comment for m in server.measurements(ind.id) if m.id == ms[1].id) == "bærbar"
    [entry] = log_actions(server, trial.id, "sync")
    assert entry.after["conflicts"][0]["key"] == c.key and entry.after["conflicts"][0]["choice"] == "theirs"
    # resolved once: the next sync, and a sync from the server's side of things, ask nothing
    again = off.sync(copy, server, trial.id)
    assert again.conflicts == [] and not again.to_server.changes and not again.to_copy.changes


def test_a_deletion_on_the_server_travels_to_the_copy_and_an_edit_against_it_is_a_conflict(taken):
    server, copy, trial, ind, ms, _r = taken
    server.delete_measurements([ms[0].id])
    copy.update_measurement(ms[1].id, value=5.0)
    server.delete_measurements([ms[1].id])
    with pytest.raises(MergeConflicts) as err:
        off.sync(copy, server, trial.id)
    [c] = err.value.plan.unresolved
    assert c.reason == "deleted-there" and c.theirs is None
    off.sync(copy, server, trial.id, prefer="theirs")
    assert state(copy, trial.id) == state(server, trial.id)
    assert [m.id for m in copy.measurements(ind.id)] == [ms[2].id]


def _kill_own_connection(pg_cluster, s):
    pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
    pg_cluster.execute(f"SELECT pg_terminate_backend({pid})")


def test_a_connection_killed_mid_sync_leaves_both_sides_consistent_and_a_retry_completes(taken, pg_cluster,
                                                                                            monkeypatch):
    server, copy, trial, ind, ms, _r = taken
    copy.update_measurement(ms[0].id, value=10.0)
    server.update_measurement(ms[0].id, value=20.0)
    added = copy.add_measurement(ind.id, date=dt.date(2015, 1, 1), value=7.0)
    server.update_indicator(ind.id, unit="point")
    before_server, before_copy = state(server, trial.id), state(copy, trial.id)
    key = f"measurement:{ms[0].id}:value"

    real = off.merge_in_session
    calls = []

    def merged_then_cut(s, *a, **kw):  # the server has done the merge in its transaction: the line drops
        plan = real(s, *a, **kw)
        calls.append(1)
        _kill_own_connection(pg_cluster, s)
        return plan

    monkeypatch.setattr(off, "merge_in_session", merged_then_cut)
    with pytest.raises(StorageError) as err:
        off.sync(copy, server, trial.id, resolutions={key: "mine"})
    assert calls and "Forbindelsen til den delte database" in err.value.text("da")
    monkeypatch.undo()
    assert state(server, trial.id) == before_server and state(copy, trial.id) == before_copy
    assert log_actions(server, trial.id, "sync") == [] and log_actions(copy, trial.id, "sync") == []

    result = off.sync(copy, server, trial.id, resolutions={key: "mine"})
    assert [c.key for c in result.conflicts] == [key]
    assert state(copy, trial.id) == state(server, trial.id)
    rows = {m[0]: m for m in state(server, trial.id)["Trivsel"][2]}
    assert rows[ms[0].id][2] == 10.0 and added.id in rows and state(copy, trial.id)["Trivsel"][0] == "point"


def test_a_drop_after_the_server_committed_is_completed_by_the_retry_without_asking_again(taken, monkeypatch):
    """The server merged and committed; the copy's own write did not happen (the laptop lost power, the
    program was closed). The retry finds the server merged: no conflict is asked again, nothing doubles."""
    server, copy, trial, ind, ms, _r = taken
    copy.update_measurement(ms[0].id, value=10.0)
    server.update_measurement(ms[0].id, value=20.0)
    added = copy.add_measurement(ind.id, date=dt.date(2015, 1, 1), value=7.0)
    key = f"measurement:{ms[0].id}:value"

    def power_cut(*a, **kw):
        raise StorageError(off.Text("Strømmen gik.", "The power went."))

    monkeypatch.setattr(off, "import_trial", power_cut)
    with pytest.raises(StorageError):
        off.sync(copy, server, trial.id, resolutions={key: "theirs"})
    monkeypatch.undo()
    assert next(m.value for m in server.measurements(ind.id) if m.id == ms[0].id) == 20.0  # the server merged
    assert next(m.value for m in copy.measurements(ind.id) if m.id == ms[0].id) == 10.0  # the copy not yet
    [peer] = [p for p in off.peers(copy, trial.id)]
    synced_before = peer.synced_at

    result = off.sync(copy, server, trial.id)  # no resolutions: none is needed any more
    assert result.conflicts == [] and not result.to_server.changes
    assert state(copy, trial.id) == state(server, trial.id)
    assert [m.date for m in server.measurements(ind.id)].count(dt.date(2015, 1, 1)) == 1
    assert sum(1 for m in server.measurements(ind.id) if m.id == added.id) == 1
    assert off.peers(copy, trial.id)[0].synced_at > synced_before


def test_a_sync_when_the_server_is_stopped_says_so_and_works_after_the_restart(taken, pg_cluster):
    server, copy, trial, _ind, ms, _r = taken
    copy.update_measurement(ms[0].id, value=10.0)
    before = state(copy, trial.id)
    pg_cluster.stop(mode="fast")  # a clean shutdown: the commits of the set-up survive the start below
    try:
        with pytest.raises(StorageError) as err:
            off.sync(copy, server, trial.id)
        assert "Forbindelsen til den delte database" in err.value.text("da")
        assert state(copy, trial.id) == before and log_actions(copy, trial.id, "sync") == []
    finally:
        pg_cluster.start()
    result = off.sync(copy, server, trial.id)  # the dropped connections are replaced
    assert sum(result.to_server.updated.values()) == 1
    assert state(copy, trial.id) == state(server, trial.id)


def test_a_reader_cannot_sync_changes_back(shared, tmp_path):
    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    trial, ind, ms = make_trial(admin, "Læs")
    reader = shared.login("rita")
    access.grant(admin, reader, "reader", "Læs")
    admin.close()
    server = shared.workspace(reader)
    copy = Workspace.open(tmp_path / "r.db")
    try:
        off.checkout(server, trial.id, copy)
        copy.update_measurement(ms[0].id, value=99.0)
        with pytest.raises(StorageError) as err:
            off.sync(copy, server, trial.id)
        assert "adgang" in err.value.text("da") or "ikke gemt" in err.value.text("da")
        assert next(m.value for m in server.measurements(ind.id) if m.id == ms[0].id) == 1.0
    finally:
        copy.close()
        server.close()


def run_cli(*args: str, password: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PGPASSWORD": password, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True, timeout=300,
                          env=env)


def test_the_commands_take_along_and_synchronise(shared, tmp_path):
    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    _trial, ind, ms = make_trial(admin, "Kommandoer")
    lead = shared.login("cille")
    access.grant(admin, lead, "lead", "Kommandoer")
    url = shared.url(lead).replace(f":pw-{lead}@", "@")  # the password comes from PGPASSWORD
    laptop = tmp_path / "laptop.db"
    r = run_cli("--db", url, "tag-med", "--trial", "Kommandoer", "--to", str(laptop), password="pw-" + lead)
    assert r.returncode == 0, r.stderr
    assert "er taget med i" in r.stdout and "synkroniser" in r.stdout

    copy = Workspace.open(laptop)
    copy.update_measurement(ms[0].id, value=10.0)
    copy.close()
    admin.update_measurement(ms[0].id, value=20.0)
    r = run_cli("--db", str(laptop), "synkroniser", password="pw-" + lead)
    assert r.returncode == 1 and "min 10.0  deres 20.0" in r.stdout and "intet er ændret" in r.stdout
    r = run_cli("--db", str(laptop), "sync", "--prefer", "mine", "--json", password="pw-" + lead)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["ok"] and out["to_server"]["updated"] == {"measurement": 1}
    assert next(m.value for m in admin.measurements(ind.id) if m.id == ms[0].id) == 10.0
    r = run_cli("--db", str(laptop), "synkroniser", password="pw-" + lead)
    assert r.returncode == 0 and "er synkroniseret med" in r.stdout and "0 opdateret" in r.stdout
    admin.close()
    r = run_cli("--db", str(laptop), "tag-med", "--trial", "Kommandoer", "--to", str(tmp_path / "x.db"),
                password="x")
    assert r.returncode == 2 and "delt database" in r.stderr


def test_an_edit_on_the_server_during_the_sync_is_not_overwritten(shared, taken, monkeypatch):
    """Someone saves the same measurement on the server while the sync's transaction is between its read and
    its write: the transaction (repeatable read) fails, starts again, and finds the conflict instead of
    overwriting their value."""
    server, copy, trial, ind, ms, _r = taken
    from effektmaaling.services import exchange

    other = shared.workspace(shared.login("olga", "effektmaaling_admin"))
    copy.update_measurement(ms[1].id, value=10.0)
    real = exchange._apply
    calls = []

    def someone_saves_first(*a, **kw):
        calls.append(1)
        if len(calls) == 1:
            other.update_measurement(ms[1].id, value=30.0)  # committed on its own connection
        return real(*a, **kw)

    monkeypatch.setattr(exchange, "_apply", someone_saves_first)
    try:
        with pytest.raises(MergeConflicts) as err:
            off.sync(copy, server, trial.id)
        assert len(calls) == 1  # the second attempt stopped at the conflict, before writing
        [c] = err.value.plan.unresolved
        assert c.mine["value"] == 10.0 and c.theirs["value"] == 30.0
        assert next(m.value for m in server.measurements(ind.id) if m.id == ms[1].id) == 30.0
        monkeypatch.undo()
        off.sync(copy, server, trial.id, prefer="theirs")
        assert state(copy, trial.id) == state(server, trial.id)
    finally:
        other.close()


def test_a_revoked_membership_is_said_plainly_and_the_copy_stays(shared, taken):
    server, copy, trial, _ind, ms, _r = taken
    copy.update_measurement(ms[0].id, value=10.0)
    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    try:
        access.revoke(admin, server.db.login, "Væresteder")
    finally:
        admin.close()
    with pytest.raises(Exception) as err:
        off.sync(copy, server, trial.id)
    assert "ikke længere adgang" in str(err.value.text("da"))
    assert next(m.value for m in copy.measurements(ms[0].indicator_id) if m.id == ms[0].id) == 10.0
