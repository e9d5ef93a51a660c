"""Connection faults on the shared database: a dropped connection is replaced before the next use, a
connection lost in the middle of a write is one Danish sentence and leaves nothing half saved."""

from __future__ import annotations

import datetime as dt

import pytest
from shared_helpers import make_trial
from sqlalchemy import text

from effektmaaling.domain.entities import Measurement
from effektmaaling.domain.errors import StorageError


def test_a_connection_killed_mid_write_saves_nothing_and_says_so(shared, pg_cluster):
    ws = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    try:
        _trial, ind, _ms = make_trial(ws, "A")
        with pytest.raises(StorageError) as err, ws.db.write() as s:
            s.add(Measurement(indicator_id=ind.id, date=dt.date(2016, 1, 1), value=1.0))
            s.flush()
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            pg_cluster.execute(f"SELECT pg_terminate_backend({pid})")
            s.add(Measurement(indicator_id=ind.id, date=dt.date(2016, 2, 1), value=2.0))
            s.flush()
        assert "Forbindelsen til den delte database" in err.value.text("da")
        assert "intet halvt er gemt" in err.value.text("da")
        # the next use gets a fresh connection; neither of the two is there
        assert [m.date for m in ws.measurements(ind.id)] == [dt.date(2014, 2, 1), dt.date(2014, 3, 1),
                                                             dt.date(2014, 4, 1)]
    finally:
        ws.close()


def test_idle_connections_dropped_by_the_server_are_replaced(shared, pg_cluster):
    ws = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    try:
        trial, _ind, _ms = make_trial(ws, "A")
        pg_cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{shared.dbname}' "
                           "AND pid <> pg_backend_pid()")
        assert [t.name for t in ws.trials()] == ["A"]
        ws.update_trial(trial.id, purpose="Efter afbrydelsen")
        assert ws.trial(trial.id).purpose == "Efter afbrydelsen"
    finally:
        ws.close()
