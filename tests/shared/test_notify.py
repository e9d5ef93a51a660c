"""Other users' changes reach an open workspace within seconds (LISTEN/NOTIFY), without a refresh."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from shared_helpers import make_trial, two_leads_of

from effektmaaling.services import access


def test_a_change_by_another_login_is_heard_within_seconds(shared):
    a, b, trial, ind, _ms = two_leads_of(shared)
    heard = []
    got = threading.Event()

    def on_change(change):
        heard.append(change)
        if change.entity == "measurement":
            got.set()

    stop = a.watch(on_change)
    try:
        start = time.monotonic()
        m = b.add_measurement(ind.id, date=dt.date(2016, 1, 1), value=8.0)
        assert got.wait(5), heard
        assert time.monotonic() - start < 5
        change = next(c for c in heard if c.entity == "measurement")
        assert change.action == "insert" and change.ids == (m.id,)
        assert change.trial_id == trial.id and change.indicator_id == ind.id
        assert [x.value for x in a.measurements(ind.id)][-1] == 8.0  # and Alice reads it
    finally:
        stop()
        a.close()
        b.close()


def test_the_listener_comes_back_after_a_server_restart():
    from pg_cluster import ClusterUnavailable, start_cluster

    from effektmaaling.services import Workspace
    from effektmaaling.storage.postgres import setup_database

    try:
        cluster = start_cluster()  # a cluster of its own: the restart must not disturb other tests
    except ClusterUnavailable as exc:
        pytest.skip(f"no PostgreSQL: {exc}")
    try:
        name = cluster.create_database()
        setup_database(cluster.url(name))
        _restart_and_listen(cluster, Workspace.open(cluster.url(name)))
    finally:
        cluster.remove()


def _restart_and_listen(pg_cluster, ws):
    heard = []
    back = threading.Event()

    def on_change(change):
        heard.append(change)
        if change.entity == "database":
            back.set()

    stop = ws.watch(on_change, include_own=True)  # its own trial below tells that the listener is back
    try:
        pg_cluster.restart("fast")
        assert back.wait(20), heard
        trial = ws.create_trial(name="Efter genstart", start_date=dt.date(2014, 1, 1))  # the pool reconnects too
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not any(c.entity == "trial" and c.ids == (trial.id,) for c in heard):
            time.sleep(0.05)
        assert any(c.entity == "trial" and c.ids == (trial.id,) for c in heard)
    finally:
        stop()
        ws.close()


def test_an_own_change_reloads_once_and_another_users_change_once(shared, qtbot):
    """The window's own write comes back as a notification too: it is recognised by the sending server
    process and dropped, so the grid reloads once for it (told by the workspace itself); another login's
    change is heard and reloads it exactly once."""
    from PySide6.QtGui import QUndoStack

    from effektmaaling.ui.hub import Hub
    from effektmaaling.ui.measurement_table import MeasurementModel

    a, b, _trial, ind, ms = two_leads_of(shared)
    hub = Hub(a)
    try:
        assert hub.watching
        model = MeasurementModel(a, hub, QUndoStack())
        model.set_indicator(ind.id)
        reloads, heard = [], []
        real_reload = model.reload
        model.reload = lambda: (reloads.append(1), real_reload())  # type: ignore[method-assign]
        hub.changed.connect(heard.append)

        a.update_measurement(ms[0].id, value=5.0)  # Alice's own change
        qtbot.wait(1500)  # the notification has long come back and been handed out (every 250 ms)
        assert [c.remote for c in heard] == [False] and len(reloads) == 1
        assert a.db.own_pids  # the connections the writes went through

        heard.clear()
        reloads.clear()
        b.update_measurement(ms[1].id, value=6.0)  # Bob's change, on his own connection
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
        qtbot.wait(1000)
        assert [(c.remote, c.entity, c.ids) for c in heard] == [(True, "measurement", (ms[1].id,))]
        assert len(reloads) == 1
        assert [m.value for m in model.rows][:2] == [5.0, 6.0]
    finally:
        hub.close()
        a.close()
        b.close()


def test_a_membership_granted_or_revoked_is_announced_and_said_plainly(shared, qtbot):
    """The administrator's grant and revoke reach the affected user's open workspace within seconds (her
    trial list is then read again); after a revoke her next write is refused with a sentence that names the
    trial, not as a record that "does not exist"."""
    admin = shared.login("adam", "effektmaaling_admin")
    alice = shared.login("alice")
    adm = shared.workspace(admin)
    _trial, ind, ms = make_trial(adm, "Fælles")
    access.grant(adm, alice, "reader", "Fælles")
    a = shared.workspace(alice)
    heard = []
    got = threading.Event()

    def on_change(change):
        heard.append(change)
        if change.entity == "access":
            got.set()

    stop = a.watch(on_change)
    try:
        access.grant(adm, alice, "lead", "Fælles")
        assert got.wait(5), heard
        change = next(c for c in heard if c.entity == "access")
        assert change.member == alice and change.trial_id == ind.trial_id and change.remote
        assert [t.name for t in a.trials()] == ["Fælles"]
        got.clear()
        heard.clear()
        access.revoke(adm, alice, "Fælles")
        assert got.wait(5), heard
        assert [c.member for c in heard if c.entity == "access"] == [alice]
        assert a.trials() == []
        from effektmaaling.domain.errors import NotFoundError

        with pytest.raises(NotFoundError) as err:
            a.update_measurement(ms[0].id, value=9.0)
        assert "Din adgang til forsøget »Fælles« er fjernet af en administrator" in err.value.message.da
        assert next(m.value for m in adm.measurements(ind.id)) == 1.0
    finally:
        stop()
        a.close()
        adm.close()
