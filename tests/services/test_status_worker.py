"""The status icons' worker process (``services.analysis.serve_statuses``), started as the desktop program
starts it (``spawn``), on an SQLite file and on a shared PostgreSQL database (the URL with its password goes
through the process's pipe)."""

from __future__ import annotations

import multiprocessing
import uuid


def _start(location: str):
    from effektmaaling.services.analysis import serve_statuses

    ctx = multiprocessing.get_context("spawn")
    mine, theirs = ctx.Pipe()
    proc = ctx.Process(target=serve_statuses, args=(location, theirs), daemon=True)
    proc.start()
    theirs.close()
    return proc, mine


def test_a_worker_process_computes_the_statuses_computed_here(demo_workspace):
    from effektmaaling.services.analysis import compute_many_statuses, compute_statuses, status_location

    ws = demo_workspace
    ids = [t.id for t in ws.trials()]
    expected = {tid: compute_statuses(ws, tid) for tid in ids}
    assert len(expected) == 3 and all(expected.values())
    assert dict(compute_many_statuses(ws, ids)) == expected  # read together, analysed in turn: the same
    proc, conn = _start(status_location(ws))
    try:
        conn.send([*ids, uuid.uuid4()])  # a trial deleted meanwhile: left out
        assert conn.poll(120), "no answer from the worker process"
        got = conn.recv()
        assert [tid for tid, _s in got] == ids
        assert dict(got) == expected
        conn.send(ids[1:2])
        assert conn.poll(60)
        assert conn.recv() == [(ids[1], expected[ids[1]])]
        conn.send(None)  # the end
        proc.join(30)
        assert proc.exitcode == 0
    finally:
        if proc.exitcode is None:
            proc.kill()
        conn.close()


def test_a_worker_process_that_cannot_open_the_database_says_why(tmp_path):
    proc, conn = _start(str(tmp_path / "missing.db"))
    try:
        assert conn.poll(120)
        kind, text = conn.recv()
        assert kind == "error" and "missing.db" in text
        proc.join(30)
        assert proc.exitcode == 0
    finally:
        if proc.exitcode is None:
            proc.kill()
        conn.close()
