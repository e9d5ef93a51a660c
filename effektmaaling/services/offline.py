"""Taking a trial along offline and bringing it back: a copy of a trial of the shared (PostgreSQL) database in
a local SQLite file (a laptop), synchronised with the shared database later.

:func:`checkout` copies the trial, with its exchange histories, into the file and records each side as the
other's sync peer (``sync_peers``). :func:`sync` brings the copy back: the exchange file's three-way merge
(:mod:`effektmaaling.services.exchange`), with the shared database as the other side, in both directions.
Conflicts are the exchange's conflicts, seen from the copy (``mine`` = this copy, ``theirs`` = the shared
database) and resolved the same way (``resolutions`` by key, or ``prefer``); a conflict raises
:class:`~effektmaaling.services.exchange.MergeConflicts` before anything is written on either side.

Order of the writes, so that a dropped connection loses nothing:

1. the copy: its edits since the last sync get their events (the histories of what is sent; nothing else
   changes, and sending the same state again sends the same events);
2. the shared database: the merge, its change log (every change and a »sync« entry) and the peer, in one
   transaction (repeatable read: a concurrent edit of the same rows makes it start again);
3. the copy: the merged state, its change log and the time of the sync, in one transaction, only after the
   shared database committed.

A failure before 2 commits changes nothing on the server; after it, a retry finds the server already merged
(every event of the copy is in its histories) and only completes step 3. Either way a retry is idempotent:
no conflict is asked twice, no measurement is added twice.
"""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.entities import Trial, utcnow
from ..domain.errors import ConflictError, NotFoundError, StorageError, ValidationError
from ..domain.i18n import Text
from ..io.exchange import ExchangeTrial, dumps, parse_document
from ..storage import repository as repo
from ..storage import sync_store
from ..storage.database import current_user
from .exchange import (
    Choice,
    Conflict,
    MergeConflicts,
    MergePlan,
    export_document,
    import_trial,
    merge_in_session,
    plan_import,
)
from .workspace import Change, Workspace

KIND_SERVER = "server"  # on the copy: the shared database it came from
KIND_COPY = "copy"  # on the shared database: a copy that was taken
RETRIES = 3  # a server transaction that met a concurrent edit starts again this many times


@dataclass(frozen=True)
class Peer:
    trial_id: uuid.UUID
    peer: str
    kind: str
    login: str
    checked_out_at: dt.datetime
    synced_at: dt.datetime | None


@dataclass(frozen=True)
class CheckoutResult:
    trial_id: uuid.UUID
    trial_name: str
    path: Path
    server: str
    counts: Mapping[str, int]


@dataclass
class SyncResult:
    """What a sync did: ``to_copy`` the changes this copy got (its perspective: mine = the copy), ``to_server``
    those the shared database got (its perspective: mine = the shared database)."""

    trial_id: uuid.UUID
    trial_name: str
    server: str
    to_copy: MergePlan
    to_server: MergePlan
    synced_at: dt.datetime

    @property
    def conflicts(self) -> list[Conflict]:
        return self.to_copy.conflicts

    def summary(self) -> dict[str, Any]:
        return {"trial": str(self.trial_id), "name": self.trial_name, "server": self.server,
                "synced_at": self.synced_at.isoformat(timespec="seconds") + "Z",
                "to_copy": self.to_copy.summary(), "to_server": self.to_server.summary()}


def _refuse(da: str, en: str) -> ConflictError:
    return ConflictError(Text(da, en))


def copy_name(ws: Workspace) -> str:
    """How the shared database names a copy: login, machine and file."""
    return f"{current_user()}@{socket.gethostname()}:{ws.path}"


def _login(ws: Workspace) -> str:
    return getattr(ws.db, "login", None) or current_user()


def _as_incoming(doc: Mapping[str, Any]) -> ExchangeTrial:
    """The document exactly as an exchange file of it would be read."""
    return parse_document(dumps(doc))


def peers(ws: Workspace, trial_id: uuid.UUID | None = None) -> list[Peer]:
    """The sync peers recorded in this database (of one trial or all)."""
    with ws.db.read() as s:
        return [Peer(**row) for row in sync_store.peers(s, trial_id)]


def offline_trials(ws: Workspace) -> list[tuple[Trial, Peer]]:
    """The trials of this file that were taken along from a shared database, with where from."""
    with ws.db.read() as s:
        rows = sync_store.peers(s)
        names = {t.id: t for t in repo.list_trials(s)}
    out: list[tuple[Trial, Peer]] = []
    seen: set[uuid.UUID] = set()
    for row in rows:
        if row["kind"] == KIND_SERVER and row["trial_id"] in names and row["trial_id"] not in seen:
            seen.add(row["trial_id"])
            out.append((names[row["trial_id"]], Peer(**row)))
    return out


# --- taking a trial along ---------------------------------------------------------------------------

def checkout(server: Workspace, trial_id: uuid.UUID, copy: Workspace) -> CheckoutResult:
    """Copy the trial from the shared database ``server`` into ``copy`` (a local SQLite database, new or
    holding other trials) with its histories, and record each as the other's peer."""
    if not server.shared:
        raise ValidationError(Text("Kun et forsøg i en delt database kan tages med offline.",
                                   "Only a trial in a shared database can be taken along offline."))
    if copy.shared:
        raise ValidationError(Text("Forsøget tages med i en lokal databasefil, ikke i en anden delt database.",
                                   "The trial is taken along into a local database file, not another shared "
                                   "database."))
    with copy.db.read() as s:
        here = s.get(Trial, trial_id)
    if here is not None:
        raise _refuse(f"Forsøget »{here.name}« findes allerede i {copy.location}. Synkronisér det i stedet.",
                      f"The trial '{here.name}' is already in {copy.location}. Synchronise it instead.")
    now = utcnow()
    try:
        if server.readonly:
            raise _NoWrite
        with server.db.write() as s:
            doc, counts = export_document(s, trial_id, remember=True)
            sync_store.save_peer(s, trial_id, copy_name(copy), KIND_COPY, _login(server), checked_out_at=now)
    except (_NoWrite, StorageError) as exc:
        if isinstance(exc, StorageError) and not _access_refused(exc):
            raise
        with server.db.read() as s:  # a login that may only read this trial takes a copy all the same
            doc, counts = export_document(s, trial_id, remember=False)
    incoming = _as_incoming(doc)

    def record_peer(s: Any) -> None:
        sync_store.save_peer(s, trial_id, server.location, KIND_SERVER, _login(server), checked_out_at=now,
                             synced_at=now)

    import_trial(copy, incoming, log_extra={"peer": server.location}, also=record_peer)
    return CheckoutResult(trial_id, incoming.trial.obj.name, copy.path, server.location, counts)


# --- bringing it back -------------------------------------------------------------------------------

def server_of(copy: Workspace, trial_id: uuid.UUID | None = None) -> tuple[Trial, Peer]:
    """The trial to synchronise (the only one taken along, when ``trial_id`` is None) and its shared database."""
    taken = offline_trials(copy)
    if trial_id is not None:
        found = [(t, p) for t, p in taken if t.id == trial_id]
        if not found:
            with copy.db.read() as s:
                trial = s.get(Trial, trial_id)
            name = trial.name if trial is not None else str(trial_id)
            raise NotFoundError(Text(f"Forsøget »{name}« er ikke taget med fra en delt database.",
                                     f"The trial '{name}' was not taken along from a shared database."))
        return found[0]
    if not taken:
        raise NotFoundError(Text(f"{copy.location} har intet forsøg, der er taget med fra en delt database.",
                                 f"{copy.location} has no trial taken along from a shared database."))
    if len(taken) > 1:
        names = ", ".join(f"»{t.name}«" for t, _p in taken)
        raise ValidationError(Text(f"Flere forsøg er taget med ({names}); vælg et med --trial.",
                                   f"Several trials were taken along ({names}); choose one with --trial."))
    return taken[0]


def _swap(choice: Choice | None) -> Choice | None:
    return None if choice is None else "theirs" if choice == "mine" else "mine"


def _copy_side(plan: MergePlan) -> MergePlan:
    """The shared database's plan with its conflicts seen from the copy (mine and theirs swapped)."""
    swapped = {"deleted-here": "deleted-there", "deleted-there": "deleted-here"}
    out = replace(plan, conflicts=[replace(c, mine=c.theirs, theirs=c.mine, mine_updated_at=c.theirs_updated_at,
                                           theirs_updated_at=c.mine_updated_at,
                                           reason=swapped.get(c.reason, c.reason))  # type: ignore[arg-type]
                                   for c in plan.conflicts],
                  resolved={k: _swap(v) for k, v in plan.resolved.items()})  # type: ignore[misc]
    return out


def _counts(plan: MergePlan) -> dict[str, int]:
    return {"inserted": sum(plan.inserted.values()), "updated": sum(plan.updated.values()),
            "deleted": sum(plan.deleted.values()), "conflicts": len(plan.conflicts)}


class _NoWrite(Exception):
    pass


def _sqlstate(exc: BaseException) -> str | None:
    cause = exc.__cause__
    return getattr(getattr(cause, "orig", cause), "sqlstate", None)


def _access_refused(exc: BaseException) -> bool:
    return _sqlstate(exc) in ("42501", "25006")


def _serialization_failure(exc: BaseException) -> bool:
    return _sqlstate(exc) in ("40001", "40P01")


def plan_sync(copy: Workspace, server: Workspace, trial_id: uuid.UUID, *,
              resolutions: Mapping[str, Choice] | None = None, prefer: Choice | None = None) -> MergePlan:
    """What the copy would get from the shared database, and the conflicts (seen from the copy); writes nothing."""
    try:
        with server.db.read() as s:
            doc, _n = export_document(s, trial_id, remember=False)
    except NotFoundError:
        raise NotFoundError(Text(
            f"Forsøget findes ikke (længere) i den delte database {server.location}: det er slettet der, eller din "
            "login har ikke længere adgang til det. Denne kopi er uændret.",
            f"The trial is not (or no longer) in the shared database {server.location}: it was deleted there, or "
            "your login no longer has access to it. This copy is unchanged.")) from None
    return plan_import(copy, _as_incoming(doc), resolutions=resolutions, prefer=prefer)


def sync(copy: Workspace, server: Workspace, trial_id: uuid.UUID, *,
         resolutions: Mapping[str, Choice] | None = None, prefer: Choice | None = None) -> SyncResult:
    """Bring the copy's trial and the shared database's together (see the module's description).

    ``resolutions``/``prefer`` answer conflicts from the copy's side ("mine": this copy). Unanswered
    conflicts raise :class:`MergeConflicts` (its plan seen from the copy) and nothing is written on either
    side but the copy's own histories."""
    if copy.readonly:
        raise StorageError(Text("Databasefilen er åbnet skrivebeskyttet; den kan ikke synkroniseres.",
                                "The database file is open read-only; it cannot be synchronised."))
    resolutions = dict(resolutions or {})
    # 1. the copy's edits get their events (kept, so that a retry sends the same ones)
    with copy.db.write() as s:
        doc, _n = export_document(s, trial_id, remember=True)
    mine = _as_incoming(doc)
    name = mine.trial.obj.name
    # the conflicts, seen from the copy, before anything is written
    preview = plan_sync(copy, server, trial_id, resolutions=resolutions, prefer=prefer)
    if preview.unresolved:
        raise MergeConflicts(preview)
    # 2. the shared database, in one transaction
    theirs_res = {k: _swap(v) for k, v in resolutions.items()}
    here = copy_name(copy)
    for attempt in range(RETRIES + 1):
        now = utcnow()
        try:
            with server.db.write() as s:
                if s.get_bind().dialect.name == "postgresql":
                    s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                try:
                    to_server = merge_in_session(s, mine, resolutions=theirs_res, prefer=_swap(prefer),
                                                 log_action="sync", now=now,
                                                 log_extra={"peer": here, "sent": _counts(preview)})
                except MergeConflicts as exc:  # someone changed the trial on the server meanwhile
                    raise MergeConflicts(_copy_side(exc.plan)) from None
                sync_store.save_peer(s, trial_id, here, KIND_COPY, _login(server), synced_at=now)
                s.flush()
                s.expire_all()
                merged_doc, _n = export_document(s, trial_id, remember=True)
            break
        except StorageError as exc:
            if attempt < RETRIES and _serialization_failure(exc):
                continue
            raise
    server._emit(Change("merge", "trial", (trial_id,), trial_id))
    # 3. the copy, only after the shared database committed
    at = now

    def record_peer(s: Any) -> None:
        sync_store.save_peer(s, trial_id, server.location, KIND_SERVER, _login(server), synced_at=at)

    to_copy = import_trial(copy, _as_incoming(merged_doc), resolutions=resolutions, prefer=prefer, log_action="sync",
                           log_extra={"peer": server.location, "sent": _counts(to_server)}, also=record_peer)
    # the conflicts as the user answered them (the copy's import of the merged state has none left)
    to_copy.conflicts = preview.conflicts
    to_copy.resolved = preview.resolved
    return SyncResult(trial_id, name, server.location, to_copy, to_server, at)


def describe(result: SyncResult) -> Text:
    """One paragraph for people: what came to the copy, what went to the shared database, conflicts."""
    c, s = _counts(result.to_copy), _counts(result.to_server)
    n = len(result.conflicts)
    mine = sum(1 for k in result.to_copy.resolved.values() if k == "mine")
    da = (f"Forsøget »{result.trial_name}« er synkroniseret med {result.server}. Hertil: {c['inserted']} tilføjet, "
          f"{c['updated']} opdateret, {c['deleted']} slettet. Til den delte database: {s['inserted']} tilføjet, "
          f"{s['updated']} opdateret, {s['deleted']} slettet.")
    en = (f"The trial '{result.trial_name}' was synchronised with {result.server}. Here: {c['inserted']} added, "
          f"{c['updated']} updated, {c['deleted']} deleted. To the shared database: {s['inserted']} added, "
          f"{s['updated']} updated, {s['deleted']} deleted.")
    if n:
        da += f" {n} konflikt(er) løst ({mine} med denne kopis version, {n - mine} med den delte databases)."
        en += f" {n} conflict(s) resolved ({mine} with this copy's version, {n - mine} with the shared database's)."
    return Text(da, en)


__all__ = ["KIND_COPY", "KIND_SERVER", "CheckoutResult", "MergeConflicts", "Peer", "SyncResult", "checkout",
           "copy_name", "describe", "needs_password", "offline_trials", "open_server", "peers", "plan_sync",
           "server_of", "sync"]


def open_server(location: str, password: str | None = None) -> Workspace:
    """Open the shared database at ``location`` (a URL without password: the keyring or libpq supply it),
    with ``password`` when the user typed one."""
    if password is not None:
        from sqlalchemy.engine import make_url

        location = make_url(location).set(password=password).render_as_string(hide_password=False)
    return Workspace.open(location)


def needs_password(exc: BaseException) -> bool:
    """Whether opening failed for want of the right password (the user can type it)."""
    cause = exc.__cause__
    text = str(getattr(cause, "orig", cause) or "")
    return _sqlstate(exc) == "28P01" or "password" in text
