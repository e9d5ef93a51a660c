"""Access enforced by PostgreSQL itself, tested with real logins: a lead reads and writes only the trials
she is a member of, through the program and through raw SQL on her own connection; a reader reads; central
staff read all; an administrator manages members; a revocation takes effect on the next statement; the
change log records the database login."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import psycopg
import pytest
from shared_helpers import make_trial

from effektmaaling.domain.errors import NotFoundError, StorageError
from effektmaaling.services import access


@pytest.fixture
def two_trials(shared):
    """Trials A (lead: alice) and B (lead: bob) made by an administrator, and the logins."""
    admin = shared.login("adam", "effektmaaling_admin")
    alice, bob, rita, carl = (shared.login(n) for n in ("alice", "bob", "rita", "carl"))
    ws = shared.workspace(admin)
    a = make_trial(ws, "Forsøg A")
    b = make_trial(ws, "Forsøg B", values=(10.0, 20.0))
    access.grant(ws, alice, "lead", "Forsøg A")
    access.grant(ws, bob, "lead", "Forsøg B")
    access.grant(ws, rita, "reader", "Forsøg A")
    access.grant(ws, carl, "central")
    ws.close()
    return {"admin": admin, "alice": alice, "bob": bob, "rita": rita, "carl": carl, "A": a, "B": b}


def test_a_lead_sees_and_changes_only_her_trial_through_the_program(shared, two_trials):
    t = two_trials
    ws = shared.workspace(t["alice"])
    try:
        assert [tr.name for tr in ws.trials()] == ["Forsøg A"]
        with pytest.raises(NotFoundError):
            ws.find_trial("Forsøg B")
        with pytest.raises(NotFoundError):
            ws.bundle(t["B"][0].id)
        assert ws.measurements(t["B"][1].id) == []
        with pytest.raises(NotFoundError):
            ws.update_measurement(t["B"][2][0].id, value=99.0)
        with pytest.raises(NotFoundError):
            ws.add_measurement(t["B"][1].id, date=dt.date(2015, 1, 1), value=1.0)
        with pytest.raises(NotFoundError):
            ws.delete_trial(t["B"][0].id)
        # her own trial: read and write
        ws.update_measurement(t["A"][2][0].id, value=1.5)
        assert [m.value for m in ws.measurements(t["A"][1].id)] == [1.5, 2.0, 3.0]
    finally:
        ws.close()
    bob = shared.workspace(t["bob"])
    try:
        assert [m.value for m in bob.measurements(t["B"][1].id)] == [10.0, 20.0]  # untouched
    finally:
        bob.close()


def test_raw_sql_on_her_own_connection_sees_and_changes_nothing_of_another_trial(shared, two_trials):
    t = two_trials
    b_ind = t["B"][1].id.hex
    with psycopg.connect(shared.conninfo(t["alice"]), autocommit=True) as con:
        assert con.execute("SELECT name FROM trials").fetchall() == [("Forsøg A",)]
        assert con.execute("SELECT count(*) FROM measurements").fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM indicators WHERE trial_id = %s", (t["B"][0].id.hex,)).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM change_log WHERE trial_id = %s", (str(t["B"][0].id),)).fetchone() == (0,)
        assert con.execute("UPDATE measurements SET value = 99 WHERE indicator_id = %s", (b_ind,)).rowcount == 0
        assert con.execute("DELETE FROM measurements WHERE indicator_id = %s", (b_ind,)).rowcount == 0
        assert con.execute("DELETE FROM trials WHERE name = 'Forsøg B'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO measurements (id, indicator_id, date, value, comment, created_at, updated_at) "
                        "VALUES (%s, %s, '2016-01-01', 5, '', now(), now())", ("0" * 32, b_ind))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # she cannot make herself a member
            con.execute("INSERT INTO trial_members VALUES (%s, current_user, 'lead', now(), 'x')", (t["B"][0].id.hex,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor write in another's name
            con.execute("INSERT INTO change_log (at, \"user\", action, entity, entity_id) "
                        "VALUES (now(), %s, 'update', 'trial', 'x')", (t["bob"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor rewrite the log
            con.execute("UPDATE change_log SET \"user\" = 'someone'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("ALTER TABLE trials DISABLE ROW LEVEL SECURITY")
    with psycopg.connect(shared.conninfo(t["bob"])) as con:
        assert con.execute("SELECT value FROM measurements ORDER BY date").fetchall() == [(10.0,), (20.0,)]


def test_a_reader_reads_but_cannot_write(shared, two_trials):
    t = two_trials
    ws = shared.workspace(t["rita"])
    try:
        assert [m.value for m in ws.measurements(t["A"][1].id)] == [1.0, 2.0, 3.0]
        with pytest.raises(StorageError) as err:
            ws.update_measurement(t["A"][2][0].id, value=7.0)
        assert "læseadgang" in err.value.text("da")
        with pytest.raises(StorageError) as err:
            ws.add_measurement(t["A"][1].id, date=dt.date(2016, 1, 1), value=1.0)
        assert "adgang" in err.value.text("da")
        with pytest.raises(StorageError):  # nor create a trial: she is no lead
            ws.create_trial(name="Rita's", start_date=dt.date(2014, 1, 1), status="active")
    finally:
        ws.close()
    ws = shared.workspace(t["alice"])
    assert [m.value for m in ws.measurements(t["A"][1].id)] == [1.0, 2.0, 3.0]
    ws.close()


def test_central_staff_read_every_trial_but_change_none(shared, two_trials):
    t = two_trials
    ws = shared.workspace(t["carl"])
    try:
        assert [tr.name for tr in ws.trials()] == ["Forsøg A", "Forsøg B"]
        with pytest.raises(StorageError):
            ws.update_measurement(t["B"][2][0].id, value=1.0)
    finally:
        ws.close()


def test_revoking_takes_effect_on_the_next_statement(shared, two_trials):
    t = two_trials
    with psycopg.connect(shared.conninfo(t["alice"])) as con:  # one open transaction on her connection
        assert con.execute("SELECT count(*) FROM measurements").fetchone() == (3,)
        admin = shared.workspace(t["admin"])
        access.revoke(admin, t["alice"], "Forsøg A")
        admin.close()
        assert con.execute("SELECT count(*) FROM measurements").fetchone() == (0,)
        assert con.execute("UPDATE measurements SET value = 0").rowcount == 0


def test_a_lead_who_creates_a_trial_is_its_lead_and_the_log_names_her_login(shared, two_trials):
    t = two_trials
    ws = shared.workspace(t["alice"])
    try:
        new, ind, _ms = make_trial(ws, "Alices nye")
        with ws.db.write(user="somebody-else") as s:  # the log records the login whatever the caller says
            from effektmaaling.domain.entities import Measurement

            s.add(Measurement(indicator_id=ind.id, date=dt.date(2016, 1, 1), value=4.0))
        users = {e.user for e in ws.change_log(trial_id=new.id)}
        assert users == {t["alice"]}
        assert os.environ.get("USER", "root") not in users
    finally:
        ws.close()
    bob = shared.workspace(t["bob"])
    assert [tr.name for tr in bob.trials()] == ["Forsøg B"]
    bob.close()


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True, timeout=120)


def test_access_command_grants_lists_and_revokes(shared, two_trials):
    t = two_trials
    admin_url = shared.url(t["admin"])
    r = run_cli("--db", admin_url, "access", "grant", t["bob"], "--trial", "Forsøg A", "--role", "reader")
    assert r.returncode == 0, r.stderr
    assert f"{t['bob']} har nu rollen reader på »Forsøg A«" in r.stdout
    ws = shared.workspace(t["bob"])
    assert [tr.name for tr in ws.trials()] == ["Forsøg A", "Forsøg B"]
    ws.close()
    r = run_cli("--db", admin_url, "access", "list", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {(m["trial"], m["login"], m["role"]) for m in data["members"]} == {
        ("Forsøg A", t["alice"], "lead"), ("Forsøg A", t["bob"], "reader"), ("Forsøg A", t["rita"], "reader"),
        ("Forsøg B", t["bob"], "lead")}
    assert t["carl"] in data["central"] and t["admin"] in data["admin"]  # roles are cluster-wide
    r = run_cli("--db", admin_url, "access", "revoke", t["bob"], "--trial", "Forsøg A")
    assert r.returncode == 0, r.stderr
    ws = shared.workspace(t["bob"])
    assert [tr.name for tr in ws.trials()] == ["Forsøg B"]
    ws.close()
    # a lead is no administrator
    r = run_cli("--db", shared.url(t["alice"]), "access", "grant", t["alice"], "--trial", "Forsøg B", "--role", "lead")
    assert r.returncode == 1
    assert "Forsøg B" in r.stderr and "findes ikke" in r.stderr  # she cannot even see it
    r = run_cli("--db", shared.url(t["alice"]), "access", "grant", t["rita"], "--trial", "Forsøg A", "--role", "lead")
    assert r.returncode == 1 and "ikke adgang" in r.stderr, r.stderr
    r = run_cli("--db", admin_url, "access", "grant", "nobody_here", "--trial", "Forsøg A", "--role", "lead")
    assert r.returncode == 1 and "findes ikke på serveren" in r.stderr
