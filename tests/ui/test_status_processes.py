"""The navigator's status icons computed in worker processes (ui/status_loader.py): the same statuses as
computed in the program's own process, a changed trial analysed before the rest of the pass, and closing the
window mid-pass ends the processes within a second."""

from __future__ import annotations

import multiprocessing
import os
import time
import uuid

import pytest

from bench.generate import generate


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """120 trials × 5 indicators × 24 months, nothing stored in the status summary."""
    folder = tmp_path_factory.mktemp("many")
    return generate(folder / "many.db", trials=120, indicators=5, months=24, templates=2, check=False, quiet=True)


@pytest.fixture
def many_copy(many, tmp_path):
    from effektmaaling.storage import backup_file

    return backup_file(many, tmp_path / "many.db")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


class Received:
    """What a loader sends: the results in order of arrival, and the passes finished."""

    def __init__(self, loader) -> None:
        self.results: list[tuple[uuid.UUID, dict]] = []
        self.finished: list[int] = []
        self.pids: set[int] = set()
        loader.ready.connect(self._ready)
        loader.pass_finished.connect(self.finished.append)
        self.loader = loader

    def _ready(self, batch) -> None:
        self.results.extend(batch)
        self.pids.update(self.loader.worker_pids())

    def last(self) -> dict[uuid.UUID, dict]:
        return dict(self.results)


def test_statuses_from_the_processes_equal_those_computed_in_the_program(qtbot, demo_workspace, monkeypatch):
    from effektmaaling.services.analysis import compute_statuses, stored_statuses
    from effektmaaling.ui import status_loader
    from effektmaaling.ui.status_loader import StatusLoader

    ws = demo_workspace
    ids = [t.id for t in ws.trials()]
    expected = {tid: compute_statuses(ws, tid) for tid in ids}
    assert len(ids) == 3 and all(expected.values())
    monkeypatch.setattr(status_loader, "PROCESSES_FROM", 1)  # the demo's three trials, in processes
    monkeypatch.setattr(status_loader, "PROCESS_BATCH", 1)
    loader = StatusLoader(ws, processes=2)
    got = Received(loader)
    used: list[list[int]] = []
    poll = qtbot_poll(lambda: used.append(loader.worker_pids()))
    try:
        number = loader.start(ids)
        qtbot.waitUntil(lambda: number in got.finished, timeout=60_000)
    finally:
        poll.stop()
        loader.close()
    assert any(len(p) == 2 for p in used), "the statuses were not computed in two worker processes"
    assert got.last() == expected
    assert all(isinstance(k, uuid.UUID) for s in got.last().values() for k in s)
    # the GUI thread kept them in the stored summary: the next start analyses nothing
    qtbot.waitUntil(lambda: not stored_statuses(ws, ids).stale, timeout=5000)
    assert stored_statuses(ws, ids).valid == expected


def qtbot_poll(fn):
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(fn)
    timer.start(5)
    return timer


def test_a_trial_changed_during_a_pass_is_analysed_again_first(qtbot, many_copy):
    from effektmaaling.services import Workspace
    from effektmaaling.services.analysis import compute_statuses, stored_statuses
    from effektmaaling.ui.status_loader import PROCESSES_FROM, StatusLoader

    ws = Workspace.open(many_copy, daily_backup=False)
    loader = StatusLoader(ws, processes=2)
    try:
        ids = [t.id for t in ws.trials()]
        assert len(ids) == 120 >= PROCESSES_FROM
        got = Received(loader)
        number = loader.start(ids)
        qtbot.waitUntil(lambda: len(got.results) >= 1, timeout=60_000)
        assert loader.worker_pids(), "the pass is not computed in worker processes"
        changed = ids[-1]  # the pass's last trial: one of its indicators deleted
        gone = ws.indicators(changed)[0].id
        ws.delete_indicator(gone)
        loader.refresh(changed)
        qtbot.waitUntil(lambda: number in got.finished, timeout=120_000)
        order = [tid for tid, _s in got.results]
        assert set(order) == set(ids)
        first = order.index(changed)
        assert first < len(order) - 25, f"the changed trial came {first + 1}. of {len(order)}"
        assert gone not in dict(got.results[first:first + 1])[changed]
        assert got.last()[changed] == compute_statuses(ws, changed)
        assert all(gone not in s for tid, s in got.results if tid == changed)
        # stored with the change mark read after the change (the pass's older mark would make it stale)
        qtbot.waitUntil(lambda: not stored_statuses(ws, ids).stale, timeout=10_000)
        assert stored_statuses(ws, [changed]).valid[changed] == compute_statuses(ws, changed)
    finally:
        loader.close()
        ws.close()


def test_closing_the_window_mid_pass_ends_the_processes_within_a_second(qtbot, make_window, many_copy):
    window = make_window(many_copy)
    window.restore_selection()
    nav = window.navigator
    qtbot.waitUntil(lambda: nav._loader is not None and len(nav._loader.worker_pids()) == 2, timeout=30_000)
    pids = nav._loader.worker_pids()
    assert not nav.statuses_done
    t0 = time.perf_counter()
    window.close()
    took = time.perf_counter() - t0
    assert took < 1.0, f"closing took {took:.2f} s"
    assert all(_gone(pid) for pid in pids), "a worker process was left running"
    assert multiprocessing.active_children() == []


def test_when_the_processes_cannot_open_the_database_the_thread_analyses_the_trials(qtbot, demo_workspace,
                                                                                    monkeypatch, tmp_path):
    from effektmaaling.services import analysis
    from effektmaaling.services.analysis import compute_statuses
    from effektmaaling.ui import status_loader
    from effektmaaling.ui.status_loader import StatusLoader

    ws = demo_workspace
    ids = [t.id for t in ws.trials()]
    monkeypatch.setattr(status_loader, "PROCESSES_FROM", 1)
    monkeypatch.setattr(status_loader, "PROCESS_BATCH", 1)
    monkeypatch.setattr(analysis, "status_location", lambda _ws: str(tmp_path / "gone.db"))
    loader = StatusLoader(ws, processes=2)
    got = Received(loader)
    try:
        number = loader.start(ids)
        qtbot.waitUntil(lambda: number in got.finished, timeout=60_000)
    finally:
        loader.close()
    assert got.last() == {tid: compute_statuses(ws, tid) for tid in ids}
    assert multiprocessing.active_children() == []
