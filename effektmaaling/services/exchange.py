"""Exchanging a trial between databases (a laptop, central staff) through the exchange file.

Export writes the trial, each record's edit history and the trial's deletions (tombstones) to a JSON file.
Import creates a trial that is new, or merges into the trial with the same id: a three-way merge per field
(:mod:`effektmaaling.domain.merge`), in one transaction:

- a field changed on one side only since both last agreed is taken; changed on both sides to the same
  value is no conflict; changed differently is a :class:`Conflict` on that field, resolved ``"mine"`` or
  ``"theirs"``;
- deletions travel; a deletion against an edit the deleting side never saw is a conflict on both sides;
- two different measurements on one date (or assessments of one bottom line) are one conflict;
- unresolved conflicts raise :class:`MergeConflicts`; an import that is refused writes nothing (no backup).

Local edits are found by comparing each record with its content at the last exchange (``sync_records``),
so every way of changing the database counts. Rules: ``docs/exchange-format.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from .. import __version__
from ..domain import validation as v
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial, utcnow
from ..domain.errors import ConflictError, DomainError, ValidationError
from ..domain.formatting import format_date
from ..domain.i18n import Text
from ..domain.labels import label as enum_label
from ..domain.merge import Deletion, MergeConflict, Replica, Version, derived_event, merge_trial
from ..domain.validation import check_measurement_values
from ..filesafety import refuse_database_target
from ..io.exchange import (
    FIELDS_OF,
    LATER_FIELDS,
    TIMESTAMPED,
    ExchangeFileError,
    ExchangeTrial,
    content,
    copy_with_new_ids,
    dumps,
    from_content,
    hash_event,
    parse_document,
    read_file_bytes,
    trial_document,
    values_hash,
    with_later_defaults,
)
from ..storage import repository as repo
from ..storage import sync_store
from ..storage.database import current_user
from ..storage.schema import map_entities
from .workspace import Change, Workspace

Choice = Literal["mine", "theirs"]
ConflictReason = Literal["both-changed", "deleted-here", "deleted-there", "same-date", "same-bottom-line"]
FIELD_NAMES: dict[str, tuple[str, ...]] = {e: tuple(n for n, _k, _r in specs) for e, specs in FIELDS_OF.items()}
CLASSES: dict[str, type] = {"trial": Trial, "indicator": Indicator, "measurement": Measurement,
                            "milestone": Milestone, "assessment": Assessment}


@dataclass(frozen=True)
class Conflict:
    """One conflict: a field both sides changed differently (``field``), an edit against a deletion
    (``mine`` or ``theirs`` None: deleted on that side), or two records on one date / bottom line.
    ``mine``/``theirs`` are the whole records' content, to show side by side."""

    key: str  # what a resolution names
    entity: str
    reason: ConflictReason
    label: Text
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    mine_updated_at: dt.datetime | None = None
    theirs_updated_at: dt.datetime | None = None
    field: str | None = None
    deleted_by: str = ""
    deleted_at: str = ""


@dataclass(frozen=True)
class ChangeItem:
    """One record this side got from the import: added, updated (which fields), deleted or replaced."""

    action: Literal["added", "updated", "deleted"]
    entity: str
    label: Text
    fields: tuple[str, ...] = ()
    values: tuple[tuple[str, Any, Any], ...] = ()  # updated: (field, before, after)


@dataclass
class MergePlan:
    """What an import does (or did) on this side; :func:`import_trial` returns it as its result."""

    trial_id: uuid.UUID
    trial_name: str
    new_trial: bool
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    replaced: Counter = field(default_factory=Counter)
    kept_mine: Counter = field(default_factory=Counter)
    unchanged: int = 0
    unchanged_by: Counter = field(default_factory=Counter)  # per entity
    stay_deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: dict[str, Choice] = field(default_factory=dict)
    changes: list[ChangeItem] = field(default_factory=list)
    backup: Path | None = None

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.key not in self.resolved]

    @property
    def changed_anything(self) -> bool:
        return bool(self.changes)

    def summary(self) -> dict[str, Any]:
        return {"trial": str(self.trial_id), "name": self.trial_name, "new_trial": self.new_trial,
                "inserted": dict(self.inserted), "updated": dict(self.updated), "deleted": dict(self.deleted),
                "replaced": dict(self.replaced), "kept_mine": dict(self.kept_mine), "unchanged": self.unchanged,
                "changes": [{"action": c.action, "entity": c.entity, "what": c.label.da,
                             **({"fields": list(c.fields)} if c.fields else {})} for c in self.changes[:500]],
                "conflicts": [{"key": c.key, "reason": c.reason, "what": c.label.da,
                               **({"field": c.field} if c.field else {}), "choice": self.resolved.get(c.key)}
                              for c in self.conflicts]}


class MergeConflicts(ConflictError):
    """The import has conflicts nobody resolved; nothing was changed. ``plan.unresolved`` lists them."""

    def __init__(self, plan: MergePlan) -> None:
        n = len(plan.unresolved)
        super().__init__(Text(f"Importen har {n} konflikt(er), der skal løses; intet er ændret.",
                              f"The import has {n} conflict(s) to resolve; nothing was changed."))
        self.plan = plan


class IdCollision(ConflictError):
    """The file's ids belong to another trial here: it can be imported as a copy with new ids."""


def _refuse(da: str, en: str) -> ConflictError:
    return ConflictError(Text(da, en))


@contextlib.contextmanager
def _bulk_objects() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a trial's records are read, merged or written. An
    exchange of 20,000 records makes some 300,000 objects (versions, sets, ids, rows) without reference
    cycles, freed by reference counting alone; the collector would walk all of them again every time the
    heap grew by a quarter -- a third of a merge's time, for nothing to collect (docs/performance.md)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# --- this database's replica -----------------------------------------------------------------------

def _new_event() -> str:
    return os.urandom(8).hex()


@dataclass
class _Local:
    """This database's side of a trial: its records as versions (local edits since the last exchange
    found and given new events), the rows as loaded, and the stored history rows."""

    replica: Replica
    objects: dict[uuid.UUID, Any]
    stored: dict[uuid.UUID, dict[str, Any]]
    # The versions exactly as stored (not edited here since the last exchange): most of a trial's records.
    # A merge that keeps such a version object has nothing to write for it (see _history_rows).
    unchanged: dict[uuid.UUID, Version] = field(default_factory=dict)


def _local(s: Session, tid: uuid.UUID, now: dt.datetime, user: str, ids: sync_store.Ids | None = None) -> _Local:
    """``ids``: stored ids (text) already known as :class:`uuid.UUID` objects (an incoming file's)."""
    trial = s.get(Trial, tid)
    objects: dict[uuid.UUID, Any] = {}
    records: list[tuple[str, uuid.UUID, uuid.UUID | None, Any]] = []  # (entity, id, parent, row)
    stored: dict[uuid.UUID, dict[str, Any]] = {}
    if trial is not None:
        ids = sync_store.Ids() if ids is None else ids  # each stored id parsed once for both queries
        records.append(("trial", tid, None, trial))
        records += [("indicator", ind.id, tid, ind) for ind in repo.list_indicators(s, tid)]
        records += [("measurement", m.id, m.indicator_id, m) for m in sync_store.measurement_rows(s, tid, ids)]
        records += [("milestone", ms.id, tid, ms) for ms in repo.list_milestones(s, tid)]
        records += [("assessment", a.id, tid, a) for a in repo.list_assessments(s, tid)]
        objects = {id_: obj for _e, id_, _p, obj in records}
        stored = sync_store.load_records(s, tid, ids)
    for rec in stored.values():  # stored as one event id when one event wrote every field
        if isinstance(rec["writers"], str):
            rec["writers"] = dict.fromkeys(FIELD_NAMES[rec["entity"]], rec["writers"])
    genesis = tid not in stored
    old = repo.sync_history(s, tid) if genesis and trial is not None else {}
    replica: Replica = {}
    unchanged: dict[uuid.UUID, Version] = {}
    for entity, id_, parent, obj in records:
        values = content(entity, obj)
        names = FIELD_NAMES[entity]
        rec = stored.get(id_)
        if rec is None:
            if genesis:  # the first exchange of this trial: the record's version is named by its content
                own = hash_event(values_hash(entity, values))
                events = frozenset({own, *(hash_event(h) for h in old.get(id_, ()))})
                replica[id_] = Version(entity, id_, parent, values, events, dict.fromkeys(names, own))
            else:  # added here since the last exchange
                e = _new_event()
                replica[id_] = Version(entity, id_, parent, values, frozenset({e}), dict.fromkeys(names, e))
            continue
        events = rec["events"] = frozenset(rec["events"])  # one set for the stored history and the version
        writers = rec["writers"]
        base = rec["base"]
        if base is not None and entity in LATER_FIELDS:  # a history stored before a field was added: its default
            base = with_later_defaults(entity, base)
        if base is None:  # deleted at the last exchange, here again (an undo): a new version after the deletion
            e = _new_event()
            replica[id_] = Version(entity, id_, parent, values, events | {e}, dict.fromkeys(names, e))
            continue
        if values != base:  # edited here since the last exchange: a new event writes the changed fields
            changed = [n for n in names if values.get(n) != base.get(n)]
            if changed:
                e = _new_event()
                events = events | {e}
                writers = {**writers, **dict.fromkeys(changed, e)}
        elif base is rec["base"] and rec["deleted"] is None and (parent is rec["parent_id"] or
                                                                 parent == rec["parent_id"]):
            replica[id_] = unchanged[id_] = Version(entity, id_, parent, values, events, writers)
            continue
        replica[id_] = Version(entity, id_, parent, values, events, writers)
    logged: dict[str, tuple[dt.datetime, str]] | None = None
    deleted_now: dict[uuid.UUID, Deletion] = {}
    gone = [rec for id_, rec in stored.items() if id_ not in objects]
    gone.sort(key=lambda r: r["entity"] != "indicator")  # an indicator's deletion first: its measurements share it
    for rec in gone:
        id_ = rec["entity_id"]
        events = frozenset(rec["events"])
        if rec["base"] is None:
            d = rec["deleted"] or {}
            replica[id_] = Version(rec["entity"], id_, rec["parent_id"], None, events, {},
                                   Deletion(d.get("at", ""), d.get("by", ""), d.get("event", "")))
            continue
        if rec["entity"] == "trial":
            continue  # the trial itself was deleted here: the import creates it anew
        deletion = deleted_now.get(rec["parent_id"]) if rec["entity"] == "measurement" else None
        if deletion is None:
            if logged is None:
                logged = sync_store.deletions_logged(s, tid)
            at, by = logged.get(str(id_), (now, user))
            deletion = Deletion(_iso(at), by, _new_event())
        deleted_now[id_] = deletion
        replica[id_] = Version(rec["entity"], id_, rec["parent_id"], None, events | {deletion.event}, {}, deletion)
    return _Local(replica, objects, stored, unchanged)


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="milliseconds") + "Z"


def _writers_state(ver: Version) -> str | dict[str, str]:
    """A history's writers as stored: one event id when that event wrote every field (half the size)."""
    distinct = set(ver.writers.values())
    if len(distinct) == 1 and ver.writers.keys() == set(FIELD_NAMES[ver.entity]):
        return next(iter(distinct))
    return dict(ver.writers)


def _history_rows(tid: uuid.UUID, replica: Replica, local: _Local, now: dt.datetime) -> list[dict[str, Any]]:
    """The history rows that differ from the stored ones."""
    rows = []
    stored, unchanged = local.stored, local.unchanged
    for id_, ver in replica.items():
        if unchanged.get(id_) is ver:  # the stored version itself
            continue
        deleted = None if ver.deleted is None else {"at": ver.deleted.at, "by": ver.deleted.by,
                                                    "event": ver.deleted.event}
        old = stored.get(id_)
        if old is not None and old["base"] == ver.values and old["writers"] == ver.writers and \
                old["deleted"] == deleted and len(old["events"]) == len(ver.events) and \
                ver.events.issuperset(old["events"]) and old["parent_id"] == ver.parent:
            continue
        state = {"base": dict(ver.values) if ver.values is not None else None, "events": sorted(ver.events),
                 "writers": _writers_state(ver), "deleted": deleted}
        rows.append({"entity_id": id_, "trial_id": tid, "entity": ver.entity, "parent_id": ver.parent,
                     "state": sync_store.encode(state), "synced_at": now})
    return rows


# --- export ---------------------------------------------------------------------------------------

def export_trial(ws: Workspace, trial_id: uuid.UUID, path: str | Path) -> dict[str, int]:
    """Write the trial to an exchange file (with its histories and deletions) and remember what was sent."""
    path = Path(path)
    refuse_database_target(path)
    ctx = ws.db.read() if ws.readonly else ws.db.write()
    with _bulk_objects(), ctx as s:
        doc, counts = export_document(s, trial_id, remember=not ws.readonly)
        _write_atomically(path, dumps(doc))
    return counts


def export_document(s: Session, trial_id: uuid.UUID, *, remember: bool) -> tuple[dict[str, Any], dict[str, int]]:
    """The trial as an exchange document (what :func:`export_trial` writes) and its counts, in the caller's
    transaction; ``remember``: store the histories as sent (the edits made here since the last exchange
    get their events now, so that sending the same state again sends the same events)."""
    trial = repo.get(s, Trial, trial_id)
    now = utcnow()
    local = _local(s, trial_id, now, s.info.get("user") or current_user())
    kinds: dict[str, list[Any]] = {}
    for id_, obj in local.objects.items():
        kinds.setdefault(local.replica[id_].entity, []).append(obj)
    inds = kinds.get("indicator", [])
    by_ind: dict[uuid.UUID, list[Any]] = {}
    for m in kinds.get("measurement", []):
        by_ind.setdefault(m.indicator_id, []).append(m)
    milestones, assessments = kinds.get("milestone", []), kinds.get("assessment", [])
    doc = trial_document(trial, inds, by_ind, milestones, assessments, meta=local.replica, exported_at=now,
                         program_version=__version__)
    if remember:
        sync_store.save_records(s, _history_rows(trial_id, local.replica, local, now))
    return doc, {"indicators": len(inds), "measurements": sum(len(v) for v in by_ind.values()),
                 "milestones": len(milestones), "assessments": len(assessments)}


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- import ---------------------------------------------------------------------------------------

def read_exchange_file(path: str | Path) -> ExchangeTrial:
    """Read and check an exchange file; :class:`ExchangeFileError` names the file and the place."""
    path = Path(path)
    map_entities()  # the file's records become mapped entities: map the classes before creating any
    try:
        data = read_file_bytes(path)  # only a regular file, size-capped (io/exchange.py)
    except OSError as exc:
        raise ExchangeFileError(Text(f"kan ikke læses ({exc.strerror}).", f"cannot be read ({exc.strerror})."),
                                location=str(path)) from None
    try:
        with _bulk_objects():
            return parse_document(data)
    except ExchangeFileError as exc:
        where = f"{path.name}, {exc.location}" if exc.location else path.name
        raise ExchangeFileError(exc.message, field=exc.field, location=where) from None


def merge_in_session(s: Session, incoming: ExchangeTrial, *, resolutions: Mapping[str, Choice] | None = None,
                     prefer: Choice | None = None, log_action: str | None = None,
                     log_extra: Mapping[str, Any] | None = None, now: dt.datetime | None = None) -> MergePlan:
    """Merge ``incoming`` into this side in the caller's transaction (no backup): the plan, or
    :class:`MergeConflicts` before anything is written. The change log gets every change and one summary
    entry (``log_action``, default "import"/"merge", with ``log_extra`` added to the summary)."""
    user = s.info.get("user") or current_user()
    now = now or utcnow()
    work = _plan(s, incoming, resolutions or {}, prefer, now, user)
    if work.plan.unresolved:
        raise MergeConflicts(work.plan)
    _apply(s, work, now, user, log_action, log_extra)
    return work.plan


def plan_import(ws: Workspace, incoming: ExchangeTrial, *, resolutions: Mapping[str, Choice] | None = None,
                prefer: Choice | None = None) -> MergePlan:
    """What an import would do, and its conflicts, without writing anything."""
    with _bulk_objects(), ws.db.read() as s:
        return _plan(s, incoming, resolutions or {}, prefer, utcnow(), current_user()).plan


def import_trial(ws: Workspace, incoming: ExchangeTrial, *, resolutions: Mapping[str, Choice] | None = None,
                 prefer: Choice | None = None, log_action: str | None = None,
                 log_extra: Mapping[str, Any] | None = None, also: Any = None) -> MergePlan:
    """Create or merge the trial in one transaction and return what it did. Conflicts not in
    ``resolutions`` take ``prefer``; with neither, :class:`MergeConflicts` is raised and nothing changes.
    A refused import writes nothing, not even the backup that precedes a merge. ``log_action``/``log_extra``:
    the change log's summary entry (see :func:`merge_in_session`); ``also(session)``: more writes of the
    caller in the same transaction."""
    with _bulk_objects(), ws.db.write() as s:
        user = s.info.get("user") or current_user()
        now = utcnow()
        work = _plan(s, incoming, resolutions or {}, prefer, now, user)
        plan = work.plan
        if plan.unresolved:
            raise MergeConflicts(plan)
        if not plan.new_trial and plan.changes:
            # A copy of the database as it is before the merge (a failure raises: no merge without it).
            plan.backup = ws.backup_before("merge")
        try:
            _apply(s, work, now, user, log_action, log_extra)
            if also is not None:  # more of the caller's writes in the same transaction
                also(s)
        except BaseException:
            if plan.backup is not None:
                with contextlib.suppress(OSError):
                    plan.backup.unlink()
            raise
    ws._emit(Change("import" if plan.new_trial else "merge", "trial", (plan.trial_id,), plan.trial_id))
    return plan


def copy_name(ws: Workspace, name: str) -> str:
    """``name (kopi)``, or ``name (kopi 2)`` ... -- the first that no trial has."""
    taken = {t.name.strip().casefold() for t in ws.trials()}
    for n in range(1, 1000):
        candidate = f"{name} (kopi)" if n == 1 else f"{name} (kopi {n})"
        if candidate.casefold() not in taken:
            return candidate
    raise AssertionError("no free name")


def import_as_copy(ws: Workspace, incoming: ExchangeTrial, name: str | None = None) -> MergePlan:
    """Import the file's trial as a new trial with new ids (and ``name``, default ``… (kopi)``): for a file
    whose ids are taken by another trial here, or to keep a second copy."""
    return import_trial(ws, copy_with_new_ids(incoming, name or copy_name(ws, incoming.trial.obj.name)))


def describe(plan: MergePlan, limit: int = 25) -> Text:
    """The result of an import for people: what changed on this side, and each conflict and how it was resolved."""
    if plan.new_trial:
        return Text(f"Forsøget »{plan.trial_name}« er oprettet ({plan.inserted['indicator']} indikatorer, "
                    f"{plan.inserted['measurement']} målinger).",
                    f"The trial '{plan.trial_name}' was created ({plan.inserted['indicator']} indicators, "
                    f"{plan.inserted['measurement']} measurements).")
    if not plan.changes and not plan.conflicts:
        return Text(f"Forsøget »{plan.trial_name}« var allerede opdateret; intet er ændret.",
                    f"The trial '{plan.trial_name}' was already up to date; nothing was changed.")
    n_add, n_upd, n_del = sum(plan.inserted.values()), sum(plan.updated.values()), sum(plan.deleted.values())
    mine = sum(1 for c in plan.conflicts if plan.resolved.get(c.key) == "mine")
    theirs = len(plan.conflicts) - mine
    da = [f"Forsøget »{plan.trial_name}« er flettet: {n_add} tilføjet, {n_upd} opdateret, {n_del} slettet; "
          f"{len(plan.conflicts)} konflikt(er) løst ({mine} med min version, {theirs} med deres)."]
    en = [f"The trial '{plan.trial_name}' was merged: {n_add} added, {n_upd} updated, {n_del} deleted; "
          f"{len(plan.conflicts)} conflict(s) resolved ({mine} with my version, {theirs} with theirs)."]
    from ..domain.validation import field_label

    words = {"added": ("tilføjet", "added"), "updated": ("opdateret", "updated"), "deleted": ("slettet", "deleted")}
    for item in plan.changes[:limit]:
        w_da, w_en = words[item.action]
        f_da = f" ({', '.join(field_label(f, 'da').lower() for f in item.fields)})" if item.fields else ""
        f_en = f" ({', '.join(field_label(f, 'en').lower() for f in item.fields)})" if item.fields else ""
        da.append(f"  {w_da}: {item.label.da}{f_da}")
        en.append(f"  {w_en}: {item.label.en}{f_en}")
    if len(plan.changes) > limit:
        da.append(f"  … og {len(plan.changes) - limit} flere ændringer (se ændringsloggen)")
        en.append(f"  … and {len(plan.changes) - limit} more changes (see the change log)")
    for c in plan.conflicts[:limit]:
        chosen = plan.resolved.get(c.key)
        da.append(f"  konflikt løst med {'min' if chosen == 'mine' else 'deres'} version: {c.label.da}")
        en.append(f"  conflict resolved with {'my' if chosen == 'mine' else 'their'} version: {c.label.en}")
    return Text("\n".join(da), "\n".join(en))


@dataclass
class _Work:
    plan: MergePlan
    local: _Local
    merged: Replica
    incoming: ExchangeTrial
    inserts: list[Version] = field(default_factory=list)
    updates: list[tuple[Version, Version]] = field(default_factory=list)  # (mine, merged)
    deletes: list[Version] = field(default_factory=list)  # mine (live) that the merge deletes


def _label(entity: str, values: Mapping[str, Any] | None, ind_name: str = "") -> Text:
    vals = values or {}
    if entity == "trial":
        return Text(f"Forsøget »{vals.get('name', '')}«", f"The trial '{vals.get('name', '')}'")
    if entity == "indicator":
        return Text(f"Indikatoren »{vals.get('name', '')}«", f"The indicator '{vals.get('name', '')}'")
    date = vals.get("date")
    when_da = format_date(dt.date.fromisoformat(date), "da") if date else "?"
    when_en = format_date(dt.date.fromisoformat(date), "en") if date else "?"
    if entity == "measurement":
        return Text(f"Indikatoren »{ind_name}«, målingen {when_da}",
                    f"The indicator '{ind_name}', the measurement of {when_en}")
    if entity == "milestone":
        text = str(vals.get("text", ""))[:40]
        return Text(f"Milepælen {when_da} »{text}«", f"The milestone {when_en} '{text}'")
    line = vals.get("bottom_line")
    da = enum_label(_bottom_line(line), "da") if line else "?"
    en = enum_label(_bottom_line(line), "en") if line else "?"
    return Text(f"Vurderingen af bundlinjen {da}", f"The assessment of the bottom line {en}")


def _bottom_line(value: str) -> Any:
    from ..domain.enums import BottomLine

    return BottomLine(value)


def _plan(s: Session, x: ExchangeTrial, resolutions: Mapping[str, Choice], prefer: Choice | None,
          now: dt.datetime, user: str) -> _Work:
    for choice in [*resolutions.values(), prefer]:
        if choice not in (None, "mine", "theirs"):
            raise ValueError(f"unknown choice {choice!r}")
    tid = x.trial.obj.id
    local_trial = s.get(Trial, tid)
    plan = MergePlan(tid, x.trial.obj.name, new_trial=local_trial is None)
    if local_trial is None:
        local = _Local({}, {}, {})
    else:
        # The file's id objects stand for the same ids read here: comparing and looking up one object
        # is a pointer comparison, an equal other one a call of uuid.UUID.__eq__ (20,000s per merge).
        ids = sync_store.Ids()
        for rec in x.records():
            ids[rec.obj.id.hex] = rec.obj.id
        for tomb in x.tombstones:
            ids[tomb.id.hex] = tomb.id
        local = _local(s, tid, now, user, ids)
    _check_ids(s, x, local_trial, local)
    theirs: Replica = {}
    unchanged = local.unchanged
    for rec in x.records():
        id_ = rec.obj.id
        same = unchanged.get(id_)
        if same is not None and rec.events == same.events and rec.values == same.values and \
                rec.writers == same.writers and (rec.parent is same.parent or rec.parent == same.parent):
            theirs[id_] = same  # the version both sides last agreed on, unchanged on both: one object for both
        else:
            theirs[id_] = rec.version()
    for tomb in x.tombstones:
        theirs.setdefault(tomb.id, tomb)
    if local_trial is not None:
        for id_, mine in local.replica.items():  # a measurement cannot move to another indicator
            other = theirs.get(id_)
            if other is not None and other is not mine and other.parent != mine.parent:
                raise IdCollision(Text(
                    f"Importen er afvist: posten {id_} hører til en anden indikator i filen end her. "
                    "Importér filen som en kopi med nye id'er, eller ret filen.",
                    f"The import is refused: the record {id_} belongs to another indicator in the file than here. "
                    "Import the file as a copy with new ids, or correct the file."))

    def choose(c: MergeConflict) -> Choice | None:
        return resolutions.get(c.key) or prefer

    deletion = Deletion(_iso(now), user, "")
    result = merge_trial(local.replica, theirs, FIELD_NAMES, choose, deletion)
    merged = result.merged
    work = _Work(plan, local, merged, x)
    ind_names: dict[uuid.UUID, str] = {}  # each indicator's name: merged, else mine, else theirs (a deleted one)
    for id_, ver in merged.items():
        if ver.entity == "indicator":
            named = next((v_ for v_ in (ver, local.replica.get(id_), theirs.get(id_)) if v_ is not None and v_.values),
                         None)
            if named is not None:
                ind_names[id_] = str((named.values or {}).get("name", ""))
    updated_at = {rec.obj.id: rec.obj.updated_at for rec in x.records() if rec.entity in TIMESTAMPED} \
        if result.conflicts else {}
    for c in result.conflicts:
        plan.conflicts.append(_conflict(c, ind_names, local.objects, updated_at))
        if c.choice is not None:
            plan.resolved[c.key] = c.choice
            if c.reason in ("same-date", "same-bottom-line") and c.choice == "theirs":
                plan.replaced[c.entity] += 1
    _derive_values(merged)
    twins = {*result.duplicates, *result.duplicates.values()}  # an equal record added on both sides: one kept
    for id_, ver in merged.items():
        mine = local.replica.get(id_)
        if ver is mine and theirs.get(id_) is mine and (not twins or id_ not in twins):  # one version on both sides: as it was
            if ver.live:
                plan.unchanged += 1
                plan.unchanged_by[ver.entity] += 1
            continue
        name = ind_names.get(ver.parent, "") if ver.entity == "measurement" and ver.parent else ""
        if id_ in twins:
            if ver.live and (mine is None or not mine.live):
                work.inserts.append(ver)
                plan.replaced[ver.entity] += 1
            elif not ver.live and mine is not None and mine.live:
                work.deletes.append(mine)
            continue
        if ver.live and (mine is None or not mine.live):
            work.inserts.append(ver)
            plan.inserted[ver.entity] += 1
            plan.changes.append(ChangeItem("added", ver.entity, _label(ver.entity, ver.values, name)))
        elif ver.live and mine is not None and mine.values != ver.values:
            assert mine.values is not None and ver.values is not None
            work.updates.append((mine, ver))
            plan.updated[ver.entity] += 1
            fields = tuple(f for f in FIELD_NAMES[ver.entity] if mine.values.get(f) != ver.values.get(f))
            plan.changes.append(ChangeItem("updated", ver.entity, _label(ver.entity, ver.values, name), fields,
                                           tuple((f, mine.values.get(f), ver.values.get(f)) for f in fields)))
        elif not ver.live and mine is not None and mine.live:
            work.deletes.append(mine)
            plan.deleted[ver.entity] += 1
            plan.changes.append(ChangeItem("deleted", ver.entity, _label(ver.entity, mine.values, name)))
        elif ver.live:
            plan.unchanged += 1
            plan.unchanged_by[ver.entity] += 1
        other = theirs.get(id_)
        if other is not None and other.values != ver.values and ver.live:
            plan.kept_mine[ver.entity] += 1
        if not ver.live and other is not None and other.live:
            plan.stay_deleted += 1
    if not plan.unresolved:  # with conflicts still open the counts are provisional (open ones as mine)
        _validate(s, work)
    return work


def _conflict(c: MergeConflict, ind_names: Mapping[uuid.UUID, str], objects: Mapping[uuid.UUID, Any],
              updated_at: Mapping[uuid.UUID, dt.datetime | None]) -> Conflict:
    ver = c.mine if c.mine is not None and c.mine.live else c.theirs
    assert ver is not None
    name = ind_names.get(ver.parent, "") if ver.entity == "measurement" and ver.parent else ""
    label = _label(ver.entity, ver.values, name)
    if c.field and c.reason == "both-changed":
        from ..domain.validation import FIELD_LABELS

        fl = FIELD_LABELS.get(c.field, Text(c.field, c.field))
        label = Text(f"{label.da}: {fl.da.lower()}", f"{label.en}: {fl.en.lower()}")
    gone = c.mine if c.mine is not None and not c.mine.live else c.theirs if c.theirs is not None and \
        not c.theirs.live else None
    mine_obj = objects.get(c.mine.id) if c.mine is not None else None
    theirs_id = c.theirs.id if c.theirs is not None else None
    return Conflict(c.key, c.entity, c.reason, label,
                    dict(c.mine.values) if c.mine is not None and c.mine.values is not None else None,
                    dict(c.theirs.values) if c.theirs is not None and c.theirs.values is not None else None,
                    getattr(mine_obj, "updated_at", None), updated_at.get(theirs_id) if theirs_id else None,
                    c.field if c.reason == "both-changed" else None,
                    gone.deleted.by if gone is not None and gone.deleted else "",
                    gone.deleted.at if gone is not None and gone.deleted else "")


def _derive_values(merged: Replica) -> None:
    """A proportion's or rate's value follows its numerator and denominator, also when they were merged
    from different sides (every replica derives it alike)."""
    inds = {id_: ver for id_, ver in merged.items() if ver.entity == "indicator" and ver.values is not None
            and ver.values.get("measure_type") in ("proportion", "rate")}
    if not inds:  # no proportions or rates: nothing derived
        return
    for id_, ver in list(merged.items()):
        if ver.entity != "measurement" or not ver.live or ver.parent not in inds:
            continue
        vals = ver.values
        assert vals is not None
        if vals.get("numerator") is None or vals.get("denominator") is None:
            continue
        ind_vals = inds[ver.parent].values
        assert ind_vals is not None
        if ind_vals.get("measure_type") not in ("proportion", "rate") or not vals["denominator"]:
            continue
        rules = v.MeasurementRules.of(Indicator(trial_id=uuid.UUID(int=0), **from_content("indicator", ind_vals)))
        value = v.derived_value(rules, vals["numerator"], vals["denominator"])
        if value != vals.get("value"):
            writers = dict(ver.writers)
            writers["value"] = derived_event(id_, ver.writers.get("numerator"), ver.writers.get("denominator"), value)
            merged[id_] = ver._replace(values={**vals, "value": value}, writers=writers,
                                  events=ver.events | {writers["value"]})


def _check_ids(s: Session, x: ExchangeTrial, local_trial: Trial | None, local: _Local) -> None:
    """Ids that belong to another trial here, or a trial name that another trial has: refused, one line."""
    tid = x.trial.obj.id
    name = x.trial.obj.name
    others = [t for t in repo.list_trials(s) if t.id != tid and t.name.strip().casefold() == name.strip().casefold()]
    if others:
        if local_trial is None:
            raise _refuse(f"Der findes allerede et forsøg med navnet »{name}«, men med et andet id; filens forsøg er "
                          "altså et andet. Omdøb et af dem, og prøv igen.",
                          f"A trial named '{name}' already exists but with another id, so the file's trial is a "
                          "different one. Rename one of them and try again.")
        raise _refuse(f"Importen er afvist: filens forsøg hedder »{name}« ligesom et andet forsøg her, men har "
                      f"id'et for forsøget »{local_trial.name}«. Omdøb et af dem, og prøv igen.",
                      f"The import is refused: the file's trial is named '{name}' like another trial here but has "
                      f"the id of the trial '{local_trial.name}'. Rename one of them and try again.")
    ids = {rec.obj.id: rec for rec in x.records() if rec.entity != "trial"}
    tomb_ids = {t.id: t for t in x.tombstones}
    own, known = local.objects, local.stored  # this trial's own ids: fine
    owners = sync_store.owners(s, [i for i in (*ids, *tomb_ids) if i not in own and i not in known])
    names = {t.id: t.name for t in repo.list_trials(s)}
    entity_da = {"indicator": "indikatoren", "measurement": "målingen", "milestone": "milepælen",
                 "assessment": "vurderingen", "trial": "forsøget"}
    entity_en = {"indicator": "indicator", "measurement": "measurement", "milestone": "milestone",
                 "assessment": "assessment", "trial": "trial"}
    for id_, (entity, owner_trial, _parent) in owners.items():
        rec = ids.get(id_)
        entity_in_file = rec.entity if rec is not None else tomb_ids[id_].entity
        if owner_trial == tid and entity == entity_in_file:
            continue
        where = f"{rec.path}: " if rec is not None else ""
        other = names.get(owner_trial, str(owner_trial))
        raise IdCollision(Text(
            f"Importen er afvist: {where}{entity_da[entity_in_file]} i filen har samme id som "
            f"{entity_da[entity]} i forsøget »{other}« her. Importér filen som en kopi med nye id'er, eller ret filen.",
            f"The import is refused: {where}the {entity_en[entity_in_file]} in the file has the same id as "
            f"the {entity_en[entity]} in the trial '{other}' here. Import the file as a copy with new ids, or correct "
            "the file."))


def _validate(s: Session, work: _Work) -> None:
    """The merged trial obeys every rule (checked before anything is written)."""
    merged = work.merged
    tid = work.plan.trial_id
    changed = {ver.id for ver in work.inserts} | {ver.id for _m, ver in work.updates}
    inds: dict[uuid.UUID, Indicator] = {}
    names: dict[str, str] = {}
    for id_, ver in merged.items():
        if ver.entity == "measurement" or not ver.live:  # measurements: below, those that changed
            continue
        assert ver.values is not None
        values = from_content(ver.entity, ver.values)
        if ver.entity == "trial":
            obj: Any = Trial(id=id_, **values)
        else:
            obj = CLASSES[ver.entity](id=id_, trial_id=tid, **values)
        if ver.entity == "indicator":
            inds[id_] = obj
            key = obj.name.strip().casefold()
            if key in names:
                raise _refuse(f"Importen er afvist: efter sammenlægningen hedder to indikatorer »{obj.name}« "
                              f"(og »{names[key]}«). Omdøb den ene, og prøv igen.",
                              f"The import is refused: after the merge two indicators are named '{obj.name}' "
                              f"(and '{names[key]}'). Rename one of them and try again.")
            names[key] = obj.name
        if id_ not in changed:
            continue
        check = {"trial": v.validate_trial, "indicator": v.validate_indicator, "milestone": v.validate_milestone,
                 "assessment": v.validate_assessment}[ver.entity]
        try:
            check(obj)
        except ValidationError as exc:
            raise _after_merge(_label(ver.entity, ver.values), exc) from None
        if ver.entity == "trial" and repo.trial_name_taken(s, obj.name, except_id=tid):
            raise _refuse(f"Importen er afvist: forsøget får navnet »{obj.name}«, som et andet forsøg her har. "
                          "Omdøb et af dem, og prøv igen.",
                          f"The import is refused: the trial would be named '{obj.name}', which another trial here "
                          "has. Rename one of them and try again.")
    touched_inds = {i for i in changed if i in inds}
    rules = {i: v.MeasurementRules.of(ind) for i, ind in inds.items()}
    for id_, ver in merged.items():
        if ver.entity != "measurement" or (id_ not in changed and (not touched_inds or ver.parent not in
                                                                   touched_inds)) or not ver.live:
            continue
        vals = ver.values
        assert vals is not None and ver.parent is not None
        try:
            check_measurement_values(rules[ver.parent], dt.date.fromisoformat(vals["date"]), vals["value"], vals["n"],
                                     vals["sd"], vals["numerator"], vals["denominator"], vals["comment"],
                                     future_ok=True)  # another machine's dates are kept
        except ValidationError as exc:
            raise _after_merge(_label("measurement", vals, inds[ver.parent].name), exc) from None


def _after_merge(where: Text, exc: ValidationError) -> ValidationError:
    return ValidationError(Text(f"Importen er afvist: efter sammenlægningen: {where.da}: {exc.message.da}",
                                f"The import is refused: after the merge: {where.en}: {exc.message.en}"),
                           field=exc.field)


def _row(entity: str, ver: Version, tid: uuid.UUID, stamps: tuple[Any, Any] | None, extra: Mapping[str, Any]
         ) -> dict[str, Any]:
    assert ver.values is not None
    row: dict[str, Any] = {"id": ver.id, **from_content(entity, ver.values), **extra}
    if entity in ("indicator", "milestone", "assessment"):
        row["trial_id"] = tid
    if entity == "measurement":
        row["indicator_id"] = ver.parent
    if entity in TIMESTAMPED:
        row["created_at"], row["updated_at"] = stamps or (None, None)
    return row


def _apply(s: Session, work: _Work, now: dt.datetime, user: str, log_action: str | None = None,
           log_extra: Mapping[str, Any] | None = None) -> None:
    plan, tid = work.plan, work.plan.trial_id
    stamps = {rec.obj.id: (rec.obj.created_at or now, rec.obj.updated_at or now) for rec in work.incoming.records()
              if rec.entity in TIMESTAMPED}
    objs = work.local.objects
    ap = sync_store.Applier(s, tid, user, now)
    if plan.new_trial:
        sync_store.forget_trial(s, tid)  # the history of a trial deleted here before

    def before_row(entity: str, id_: uuid.UUID) -> dict[str, Any]:
        obj = objs[id_]
        return {c.name: getattr(obj, c.name) for c in sync_store.TABLES[entity].columns}

    by_entity: dict[str, list[Version]] = {}
    for ver in work.inserts:
        by_entity.setdefault(ver.entity, []).append(ver)
    upd: dict[str, list[tuple[Version, Version]]] = {}
    for mine, ver in work.updates:
        upd.setdefault(ver.entity, []).append((mine, ver))
    dels: dict[str, list[Version]] = {}
    for mine in work.deletes:
        dels.setdefault(mine.entity, []).append(mine)

    def changes_of(entity: str, mine: Version, ver: Version) -> tuple[dict[str, Any], dict[str, Any]]:
        assert mine.values is not None and ver.values is not None
        new = from_content(entity, ver.values)
        old = before_row(entity, ver.id)
        after = {k: new[k] for k in FIELD_NAMES[entity] if mine.values.get(k) != ver.values.get(k)}
        before = {k: old[k] for k in after}
        if entity in TIMESTAMPED:
            theirs_at = stamps.get(ver.id, (None, None))[1]
            known = [t for t in (old.get("updated_at"), theirs_at) if t is not None]
            after["updated_at"] = max(known) if known else now
        return before, after

    # 1. records leaving their place: deleted ones, and measurements/assessments that move (re-inserted below)
    moving: dict[str, list[tuple[Version, Version]]] = {"measurement": [], "assessment": []}
    for entity, key in (("measurement", "date"), ("assessment", "bottom_line")):
        stay = []
        for mine, ver in upd.get(entity, []):
            assert mine.values is not None and ver.values is not None
            (moving[entity] if mine.values[key] != ver.values[key] else stay).append((mine, ver))
        upd[entity] = stay
        ap.delete(entity, [before_row(entity, m.id) for m in dels.get(entity, [])])
        ap.delete(entity, [before_row(entity, m.id) for m, _v in moving[entity]], log=False)
    ap.delete("milestone", [before_row("milestone", m.id) for m in dels.get("milestone", [])])
    # 2. the trial (new, or its fields)
    if plan.new_trial:
        ap.insert("trial", [_row("trial", v_, tid, stamps.get(v_.id), {}) for v_ in by_entity.get("trial", [])])
    else:
        ap.update("trial", [(m.id, *changes_of("trial", m, v_)) for m, v_ in upd.get("trial", [])])
    # 3. indicators: renamed ones through a name nobody uses, then their fields; deleted ones; new ones
    ind_changes = [(m.id, *changes_of("indicator", m, v_)) for m, v_ in upd.get("indicator", [])]
    renamed = [(id_, {"name": f"\x00{id_}"}) for id_, _b, after in ind_changes if "name" in after]
    if renamed:
        ap.update("indicator", [(id_, {}, after) for id_, after in renamed])
        ap.log = [e for e in ap.log if not (e["action"] == "update" and e["entity"] == "indicator"
                                            and str(e["after"].get("name", "")).startswith("\x00"))]
    ap.update("indicator", ind_changes)
    ap.delete("indicator", [before_row("indicator", m.id) for m in dels.get("indicator", [])])
    order = repo.next_display_order(s, tid) if not plan.new_trial else 0
    new_inds = []
    for ver in by_entity.get("indicator", []):
        new_inds.append(_row("indicator", ver, tid, stamps.get(ver.id), {"display_order": order}))
        order += 1
    ap.insert("indicator", new_inds)
    # 4. measurements, milestones, assessments
    for entity in ("measurement", "milestone", "assessment"):
        ap.update(entity, [(m.id, *changes_of(entity, m, v_)) for m, v_ in upd.get(entity, [])])
        back = []
        for mine, ver in moving.get(entity, []):
            before, after = changes_of(entity, mine, ver)
            row = {**before_row(entity, ver.id), **after}
            back.append(row)
            ap._log("update", entity, ver.id, {k: sync_store.to_json_value(before[k]) for k in before},
                    {k: sync_store.to_json_value(after[k]) for k in after if k != "updated_at"})
        ap.insert(entity, back, log=False)
        ap.insert(entity, [_row(entity, ver, tid, stamps.get(ver.id), {}) for ver in by_entity.get(entity, [])])
    ap.write_log(log_action or ("import" if plan.new_trial else "merge"), {**plan.summary(), **(log_extra or {})})
    sync_store.save_records(s, _history_rows(tid, work.merged, work.local, now))


__all__ = ["ChangeItem", "Choice", "Conflict", "DomainError", "ExchangeFileError", "IdCollision", "MergeConflicts",
           "MergePlan", "describe", "export_document", "export_trial", "import_as_copy", "import_trial",
           "merge_in_session", "plan_import",
           "read_exchange_file"]
