"""Other users' changes reach an open workspace within seconds (LISTEN/NOTIFY), without a refresh."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from shared_helpers import make_trial

from effektmaaling.services import access


def test_a_change_by_another_login_is_heard_within_seconds(shared):
    admin = shared.login("adam", "effektmaaling_admin")
    alice, bob = shared.login("alice"), shared.login("bob")
    ws = shared.workspace(admin)
    trial, ind, _ms = make_trial(ws, "Fælles")
    access.grant(ws, alice, "lead", "Fælles")
    access.grant(ws, bob, "lead", "Fælles")
    ws.close()
    a, b = shared.workspace(alice), shared.workspace(bob)
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

    stop = ws.watch(on_change)
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
