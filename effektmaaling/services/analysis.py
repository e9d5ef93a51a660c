"""Analysis of stored trials: load them in one read and run the pure analysis."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..analysis import TrialAnalysis, analyse_trial
from .workspace import TrialBundle, Workspace


def analyse_bundle(bundle: TrialBundle) -> TrialAnalysis:
    return analyse_trial(bundle.trial, bundle.indicators, bundle.measurements, bundle.assessments,
                         bundle.milestones)


def iter_analyses(ws: Workspace, trial_ids: Sequence[uuid.UUID] | None = None) -> Iterator[TrialAnalysis]:
    """The analysis of each trial in turn (all trials by default), read fifty trials at a time with the
    measurements as columns: memory stays that of fifty trials, however many there are."""
    ids = list(trial_ids) if trial_ids is not None else [t.id for t in ws.trials()]
    if len(ids) == 1:
        yield analyse_bundle(ws.values_bundle(ids[0]))
        return
    for bundle in ws.values_bundles(ids):
        yield analyse_bundle(bundle)


def analyse_trials(ws: Workspace, trial_ids: Sequence[uuid.UUID] | None = None) -> list[TrialAnalysis]:
    return list(iter_analyses(ws, trial_ids))


# --- the navigator's status icons --------------------------------------------------------------------

STATUS_VERSION = "1"  # raise when the status rule changes: every stored summary is then computed again


def _status_version() -> str:
    from .. import __version__

    return f"{__version__}/{STATUS_VERSION}"


def trial_statuses(ws: Workspace, trial_id: uuid.UUID) -> dict[uuid.UUID, str | None]:
    """Indicator id -> status (``improved``, ``worsened``, ``no-change``, ``insufficient-data``) of a trial."""
    analysis = analyse_bundle(ws.values_bundle(trial_id))
    return {a.indicator_id: a.status.value for a in analysis.indicators}


@dataclass
class StoredStatuses:
    """What the status summary holds: the statuses still valid, and the trials to analyse again."""

    valid: dict[uuid.UUID, dict[uuid.UUID, str | None]]
    marks: dict[uuid.UUID, int]  # every trial's newest change-log entry now (0: none)
    stale: list[uuid.UUID]  # in the order of the trials


def stored_statuses(ws: Workspace, trial_ids: Sequence[uuid.UUID]) -> StoredStatuses:
    """The stored statuses of ``trial_ids`` that are still valid (nothing logged for the trial since, same
    program version): two queries, however many trials."""
    from ..storage import repository as repo

    version = _status_version()
    with ws.db.read() as s:
        marks = repo.change_marks(s)
        stored = repo.status_summaries(s)
    valid: dict[uuid.UUID, dict[uuid.UUID, str | None]] = {}
    stale = []
    for tid in trial_ids:
        got = stored.get(tid)
        if got is not None and got[0] == marks.get(tid, 0) and got[1] == version:
            try:
                valid[tid] = {uuid.UUID(k): v for k, v in got[2].items()}
                continue
            except (ValueError, AttributeError):  # not what we wrote: compute it again
                pass
        stale.append(tid)
    return StoredStatuses(valid, {tid: marks.get(tid, 0) for tid in trial_ids}, stale)


def compute_statuses(ws: Workspace, trial_id: uuid.UUID) -> dict[uuid.UUID, str | None]:
    """The trial's statuses, analysed now (store them with :func:`store_statuses`)."""
    return trial_statuses(ws, trial_id)


def compute_many_statuses(ws: Workspace, trial_ids: Sequence[uuid.UUID]
                          ) -> list[tuple[uuid.UUID, dict[uuid.UUID, str | None]]]:
    """``(trial id, statuses)`` of each of ``trial_ids`` that still exists, read together
    (:meth:`Workspace.values_bundles`: five queries for all of them) and analysed in turn."""
    from ..domain.errors import DomainError

    ids = list(trial_ids)
    try:
        bundles = list(ws.values_bundles(ids, batch=max(len(ids), 1)))
    except DomainError:  # one of them deleted meanwhile: each alone, without the missing ones
        out = []
        for tid in ids:
            try:
                out.append((tid, compute_statuses(ws, tid)))
            except DomainError:
                continue
        return out
    return [(b.trial.id, {a.indicator_id: a.status.value for a in analyse_bundle(b).indicators}) for b in bundles]


def status_location(ws: Workspace) -> str:
    """What :func:`serve_statuses` needs to open ``ws`` itself: the file's path, or a shared database's URL
    with the password it was opened with (handed to the worker process through its pipe, never through its
    command line or environment)."""
    if ws.shared:
        return ws.db.url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    return str(ws.path)


def serve_statuses(location: str, conn: Any, nice: int = 10) -> None:
    """The main function of a worker process that computes status icons (see ``ui/status_loader.py``).

    Opens the database at ``location`` read-only, then answers each list of trial ids received on ``conn``
    (a :func:`multiprocessing.Pipe` end) with :func:`compute_many_statuses`'s list, until it receives None
    or the pipe closes. A failure is answered with ``("error", text)`` (the caller computes those trials
    itself). The process runs at a lower priority, so the window gets the processor first."""
    import contextlib
    import os

    if nice and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(nice)
    try:
        ws = Workspace.open(location, readonly=True, daily_backup=False, verify=False)
    except Exception as exc:  # told to the caller, which computes the statuses itself
        with contextlib.suppress(OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    try:
        while True:
            try:
                ids = conn.recv()
            except (EOFError, OSError):
                return
            if ids is None:
                return
            try:
                answer: Any = compute_many_statuses(ws, [uuid.UUID(str(t)) for t in ids])
            except Exception as exc:
                answer = ("error", f"{type(exc).__name__}: {exc}")
            try:
                conn.send(answer)
            except OSError:
                return
    finally:
        ws.close()


def store_statuses(ws: Workspace, items: Sequence[tuple[uuid.UUID, int, dict[uuid.UUID, str | None]]]) -> bool:
    """Keep ``(trial id, change mark read before the analysis, statuses)`` in the summary, in one
    transaction; nothing when the database is read-only or busy (the summary is only a shortcut). A change
    made after the mark was read leaves the summary older than the log: analysed again next time."""
    from ..domain.entities import utcnow
    from ..domain.errors import DomainError
    from ..storage import repository as repo

    if ws.readonly or not items:
        return False
    try:
        with ws.db.write() as s:
            existing = repo.existing_trial_ids(s, [tid for tid, _m, _s in items])
            now = utcnow()
            for tid, mark, statuses in items:
                if tid in existing:  # not deleted meanwhile
                    repo.store_status_summary(s, tid, mark, _status_version(), {str(k): v for k, v in statuses.items()},
                                              now)
    except DomainError:
        return False
    return True
