"""Exchanging a trial between databases (a laptop and central staff) through the exchange file.

Export writes the trial to a JSON file and remembers the exported versions as agreed. Import creates
a trial that is new, or merges into the trial with the same id, in one transaction:

- a record that exists on one side only is added (unless it was deleted here after being agreed);
- a record changed on one side only since the last agreed version takes the newer version;
- a record changed on both sides (or deleted here and changed there, or two different measurements
  on the same date) is a :class:`Conflict` that the caller resolves with ``"mine"`` or ``"theirs"``.
  Unresolved conflicts raise :class:`MergeConflicts` and change nothing.

"Agreed" versions are content hashes kept in the ``sync_state`` table and carried in the file as
``hash``/``ancestors``: a version is newer than another when the other is among its ancestors. The
rules are documented in ``docs/exchange-format.md``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from .. import __version__
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial, utcnow
from ..domain.errors import ConflictError, DomainError, ValidationError
from ..domain.formatting import format_date
from ..domain.i18n import Text
from ..domain.validation import check_measurement_values
from ..io.exchange import (
    FIELDS_OF,
    TIMESTAMPED,
    ExchangeFileError,
    ExchangeTrial,
    Incoming,
    content,
    content_hash,
    dumps,
    parse_document,
    trial_document,
)
from ..storage import repository as repo
from ..storage.database import log_bulk_action
from ..storage.schema import map_entities
from .workspace import Change, Workspace, clone

Choice = Literal["mine", "theirs"]
ConflictReason = Literal["both-changed", "deleted-here", "same-date", "same-bottom-line"]


@dataclass(frozen=True)
class Conflict:
    """A record both sides changed since they last agreed. ``mine`` is None when it was deleted here."""

    key: str  # "<entity>:<id of their record>", the key of a resolution
    entity: str
    reason: ConflictReason
    label: Text
    mine: dict[str, Any] | None
    theirs: dict[str, Any]
    mine_updated_at: dt.datetime | None = None
    theirs_updated_at: dt.datetime | None = None


@dataclass
class MergePlan:
    trial_id: uuid.UUID
    trial_name: str
    new_trial: bool
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    replaced: Counter = field(default_factory=Counter)
    kept_mine: Counter = field(default_factory=Counter)
    unchanged: int = 0
    stay_deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: dict[str, Choice] = field(default_factory=dict)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.key not in self.resolved]

    def summary(self) -> dict[str, Any]:
        return {"trial": str(self.trial_id), "name": self.trial_name, "new_trial": self.new_trial,
                "inserted": dict(self.inserted), "updated": dict(self.updated), "replaced": dict(self.replaced),
                "kept_mine": dict(self.kept_mine), "unchanged": self.unchanged, "stay_deleted": self.stay_deleted,
                "conflicts": [{"key": c.key, "reason": c.reason, "choice": self.resolved.get(c.key)}
                              for c in self.conflicts]}


class MergeConflicts(ConflictError):
    """The import has conflicts nobody resolved; nothing was changed. ``plan.unresolved`` lists them."""

    def __init__(self, plan: MergePlan) -> None:
        n = len(plan.unresolved)
        super().__init__(Text(f"Importen har {n} konflikt(er), der skal løses; intet er ændret.",
                              f"The import has {n} conflict(s) to resolve; nothing was changed."))
        self.plan = plan


# --- export ---------------------------------------------------------------------------------------

def export_trial(ws: Workspace, trial_id: uuid.UUID, path: str | Path) -> dict[str, int]:
    """Write the trial to an exchange file and remember the exported versions as agreed."""
    path = Path(path)
    ctx = ws.db.read() if ws.readonly else ws.db.write()
    with ctx as s:
        trial = repo.get(s, Trial, trial_id)
        inds = repo.list_indicators(s, trial_id)
        by_ind = repo.measurements_by_indicator(s, trial_id)
        milestones = repo.list_milestones(s, trial_id)
        assessments = repo.list_assessments(s, trial_id)
        history = repo.sync_history(s, trial_id)
        now = utcnow()
        doc = trial_document(trial, inds, by_ind, milestones, assessments, history=history, exported_at=now,
                             program_version=__version__)
        _write_atomically(path, dumps(doc))
        if not ws.readonly:
            repo.record_sync_history(s, trial_id, _current_versions(trial, inds, by_ind, milestones, assessments),
                                     now)
    return {"indicators": len(inds), "measurements": sum(len(v) for v in by_ind.values()),
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


def _current_versions(trial: Trial, inds: Iterable[Indicator], by_ind: Mapping[uuid.UUID, list[Measurement]],
                      milestones: Iterable[Milestone], assessments: Iterable[Assessment]
                      ) -> list[tuple[str, uuid.UUID, str]]:
    out = [("trial", trial.id, content_hash("trial", trial))]
    for ind in inds:
        out.append(("indicator", ind.id, content_hash("indicator", ind)))
        out.extend(("measurement", m.id, content_hash("measurement", m)) for m in by_ind.get(ind.id, []))
    out.extend(("milestone", ms.id, content_hash("milestone", ms)) for ms in milestones)
    out.extend(("assessment", a.id, content_hash("assessment", a)) for a in assessments)
    return out


# --- import ---------------------------------------------------------------------------------------

def read_exchange_file(path: str | Path) -> ExchangeTrial:
    """Read and check an exchange file; :class:`ExchangeFileError` names the file and the place."""
    path = Path(path)
    map_entities()  # the file's records become mapped entities: map the classes before creating any
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeFileError(Text(f"kan ikke læses ({exc.strerror}).", f"cannot be read ({exc.strerror})."),
                                location=str(path)) from None
    try:
        return parse_document(data)
    except ExchangeFileError as exc:
        where = f"{path.name}, {exc.location}" if exc.location else path.name
        raise ExchangeFileError(exc.message, field=exc.field, location=where) from None


def plan_import(ws: Workspace, incoming: ExchangeTrial, *, resolutions: Mapping[str, Choice] | None = None,
                prefer: Choice | None = None) -> MergePlan:
    """What an import would do, and its conflicts, without writing anything."""
    with ws.db.read() as s:
        plan, _ = _plan(s, incoming, resolutions or {}, prefer)
    return plan


def import_trial(ws: Workspace, incoming: ExchangeTrial, *, resolutions: Mapping[str, Choice] | None = None,
                 prefer: Choice | None = None) -> MergePlan:
    """Create or merge the trial in one transaction. Conflicts not in ``resolutions`` take ``prefer``;
    with neither, :class:`MergeConflicts` is raised and nothing changes."""
    with ws.db.write() as s:
        plan, ops = _plan(s, incoming, resolutions or {}, prefer)
        if plan.unresolved:
            raise MergeConflicts(plan)
        if not plan.new_trial:
            # A copy of the database as it is before the merge (a failure raises: no merge without it).
            ws.backup_before("merge")
        _apply(s, plan, ops, incoming)
        log_bulk_action(s, "import" if plan.new_trial else "merge", "trial", str(plan.trial_id),
                        str(plan.trial_id), plan.summary())
    ws._emit(Change("import" if plan.new_trial else "merge", "trial", (plan.trial_id,), plan.trial_id))
    return plan


@dataclass
class _Ops:
    inserts: list[Incoming] = field(default_factory=list)
    updates: list[tuple[Any, Incoming]] = field(default_factory=list)
    deletes: list[tuple[str, Any]] = field(default_factory=list)
    known: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)  # versions to remember


def _label(rec: Incoming, ind_name: str | None = None) -> Text:
    obj = rec.obj
    if rec.entity == "trial":
        return Text(f"Forsøget »{obj.name}«", f"The trial '{obj.name}'")
    if rec.entity == "indicator":
        return Text(f"Indikatoren »{obj.name}«", f"The indicator '{obj.name}'")
    if rec.entity == "measurement":
        return Text(f"Indikatoren »{ind_name}«, målingen {format_date(obj.date, 'da')}",
                    f"The indicator '{ind_name}', the measurement of {format_date(obj.date, 'en')}")
    if rec.entity == "milestone":
        return Text(f"Milepælen {format_date(obj.date, 'da')} »{obj.text[:40]}«",
                    f"The milestone {format_date(obj.date, 'en')} '{obj.text[:40]}'")
    return Text(f"Vurderingen af bundlinjen {obj.bottom_line.value}",
                f"The assessment of the bottom line {obj.bottom_line.value}")


def _plan(s: Session, x: ExchangeTrial, resolutions: Mapping[str, Choice], prefer: Choice | None
          ) -> tuple[MergePlan, _Ops]:
    t_in = x.trial
    tid = t_in.obj.id
    local_trial = s.get(Trial, tid)
    plan = MergePlan(tid, t_in.obj.name, new_trial=local_trial is None)
    ops = _Ops()
    for rec in x.records():
        ops.known.append((rec.entity, rec.obj.id, rec.hash))
        ops.known.extend((rec.entity, rec.obj.id, a) for a in rec.ancestors)
    if local_trial is None:
        if repo.trial_name_taken(s, t_in.obj.name):
            raise ConflictError(Text(
                f"Der findes allerede et forsøg med navnet »{t_in.obj.name}«, men med et andet id; filens forsøg er "
                "altså et andet. Omdøb et af dem, og prøv igen.",
                f"A trial named '{t_in.obj.name}' already exists but with another id, so the file's trial is a "
                "different one. Rename one of them and try again."), field="name")
        for rec in x.records():
            ops.inserts.append(rec)
            plan.inserted[rec.entity] += 1
        return plan, ops

    hist = repo.sync_history(s, tid)

    def choose(conflict: Conflict) -> Choice | None:
        plan.conflicts.append(conflict)
        choice = resolutions.get(conflict.key) or prefer
        if choice is not None:
            if choice not in ("mine", "theirs"):
                raise ValueError(f"unknown choice {choice!r}")
            plan.resolved[conflict.key] = choice
        return choice

    def conflict_of(rec: Incoming, reason: ConflictReason, mine_obj: Any | None, ind_name: str | None = None
                    ) -> Conflict:
        return Conflict(f"{rec.entity}:{rec.obj.id}", rec.entity, reason, _label(rec, ind_name),
                        content(rec.entity, mine_obj) if mine_obj is not None else None,
                        content(rec.entity, rec.obj), getattr(mine_obj, "updated_at", None),
                        getattr(rec.obj, "updated_at", None))

    def decide(local: Any, rec: Incoming, ind_name: str | None = None) -> None:
        """Both sides have the record (same id)."""
        mine = content_hash(rec.entity, local)
        ops.known.append((rec.entity, local.id, mine))
        if mine == rec.hash:
            plan.unchanged += 1
        elif mine in rec.ancestors:
            ops.updates.append((local, rec))
            plan.updated[rec.entity] += 1
        elif rec.hash in hist.get(local.id, ()):
            plan.kept_mine[rec.entity] += 1
        else:
            choice = choose(conflict_of(rec, "both-changed", local, ind_name))
            if choice == "theirs":
                ops.updates.append((local, rec))
                plan.updated[rec.entity] += 1
            elif choice == "mine":
                plan.kept_mine[rec.entity] += 1

    def deleted_here(rec: Incoming, ind_name: str | None = None) -> bool:
        """The record was agreed before and is gone here: it stays deleted unless changed there."""
        known = hist.get(rec.obj.id)
        if known is None:
            return False
        if rec.hash in known:
            plan.stay_deleted += 1
            return True
        choice = choose(conflict_of(rec, "deleted-here", None, ind_name))
        if choice == "theirs":
            return False
        if choice == "mine":
            plan.stay_deleted += 1
        return True

    def collides(local: Any, rec: Incoming, reason: ConflictReason, ind_name: str | None = None) -> None:
        """A different record (another id) holds the same date or bottom line here."""
        mine = content_hash(rec.entity, local)
        ops.known.append((rec.entity, local.id, mine))
        if mine == rec.hash or rec.hash in hist.get(local.id, ()):
            plan.unchanged += 1
            return
        choice = choose(conflict_of(rec, reason, local, ind_name))
        if choice == "theirs":
            ops.deletes.append((rec.entity, local))
            ops.inserts.append(rec)
            plan.replaced[rec.entity] += 1
        elif choice == "mine":
            plan.kept_mine[rec.entity] += 1

    decide(local_trial, t_in)
    local_inds = {i.id: i for i in repo.list_indicators(s, tid)}
    names = {i.name.casefold(): i for i in local_inds.values()}
    by_ind = repo.measurements_by_indicator(s, tid)
    m_by_id = {m.id: m for ms in by_ind.values() for m in ms}
    m_by_date = {(m.indicator_id, m.date): m for m in m_by_id.values()}
    for ind_rec in x.indicators:
        ind = ind_rec.obj
        ms = x.measurements.get(ind.id, [])
        local = local_inds.get(ind.id)
        if local is None:
            other = names.get(ind.name.casefold())
            if other is not None:
                raise ConflictError(Text(
                    f"{ind_rec.path}: forsøget har allerede en indikator »{other.name}« med et andet id. "
                    "Omdøb en af dem, og prøv igen.",
                    f"{ind_rec.path}: the trial already has an indicator '{other.name}' with another id. "
                    "Rename one of them and try again."), field="name", location=ind_rec.path)
            if ind.id in hist:
                all_known = ind_rec.hash in hist[ind.id] and all(m.hash in hist.get(m.obj.id, ()) for m in ms)
                if all_known:
                    plan.stay_deleted += 1 + len(ms)
                    continue
                choice = choose(conflict_of(ind_rec, "deleted-here", None))
                if choice != "theirs":
                    plan.stay_deleted += 1 + len(ms) if choice == "mine" else 0
                    continue
            ops.inserts.append(ind_rec)
            plan.inserted["indicator"] += 1
            ops.inserts.extend(ms)
            plan.inserted["measurement"] += len(ms)
            continue
        decide(local, ind_rec)
        for m_rec in ms:
            mine = m_by_id.get(m_rec.obj.id)
            if mine is not None:
                decide(mine, m_rec, local.name)
                continue
            if deleted_here(m_rec, local.name):
                continue
            other = m_by_date.get((ind.id, m_rec.obj.date))
            if other is not None:
                collides(other, m_rec, "same-date", local.name)
                continue
            ops.inserts.append(m_rec)
            plan.inserted["measurement"] += 1
    local_ms = {m.id: m for m in repo.list_milestones(s, tid)}
    for rec in x.milestones:
        mine = local_ms.get(rec.obj.id)
        if mine is not None:
            decide(mine, rec)
        elif not deleted_here(rec):
            ops.inserts.append(rec)
            plan.inserted["milestone"] += 1
    local_as = {a.id: a for a in repo.list_assessments(s, tid)}
    by_line = {a.bottom_line: a for a in local_as.values()}
    for rec in x.assessments:
        mine = local_as.get(rec.obj.id)
        if mine is not None:
            decide(mine, rec)
        elif not deleted_here(rec):
            other = by_line.get(rec.obj.bottom_line)
            if other is not None:
                collides(other, rec, "same-bottom-line")
            else:
                ops.inserts.append(rec)
                plan.inserted["assessment"] += 1
    return plan, ops


def _apply(s: Session, plan: MergePlan, ops: _Ops, x: ExchangeTrial) -> None:
    now = utcnow()
    tid = plan.trial_id
    for local, rec in ops.updates:
        for name, _kind, _req in FIELDS_OF[rec.entity]:
            new = getattr(rec.obj, name)
            if getattr(local, name) != new:
                setattr(local, name, new)
        if rec.entity in TIMESTAMPED and rec.obj.updated_at is not None:
            local.updated_at = rec.obj.updated_at
    for _entity, local in ops.deletes:
        s.delete(local)
    _flush(s)
    order = {"trial": 0, "indicator": 1, "milestone": 2, "assessment": 2, "measurement": 3}
    rows = []
    for rec in sorted(ops.inserts, key=lambda r: order[r.entity]):
        if rec.entity == "measurement":
            m = rec.obj
            rows.append({"id": m.id, "indicator_id": m.indicator_id, "date": m.date, "value": m.value, "n": m.n,
                         "sd": m.sd, "numerator": m.numerator, "denominator": m.denominator, "comment": m.comment,
                         "created_at": m.created_at or now, "updated_at": m.updated_at or now})
            continue
        obj = clone(rec.obj)
        if rec.entity == "indicator" and not plan.new_trial:
            obj.display_order = repo.next_display_order(s, tid)  # appended after this database's own order
        s.add(obj)
        if rec.entity == "trial" or rec.entity == "indicator":
            _flush(s)
    _flush(s)
    if rows:
        repo.bulk_insert_measurements(s, rows)
    if not plan.new_trial:
        _check_merged(s, tid, ops)
    trial = repo.get(s, Trial, tid)
    inds = repo.list_indicators(s, tid)
    by_ind = repo.measurements_by_indicator(s, tid)
    current = _current_versions(trial, inds, by_ind, repo.list_milestones(s, tid), repo.list_assessments(s, tid))
    repo.record_sync_history(s, tid, {(e, i, h) for e, i, h in [*ops.known, *current]}, now)


def _check_merged(s: Session, tid: uuid.UUID, ops: _Ops) -> None:
    """Every measurement written or under a changed indicator must obey its (final) indicator."""
    touched = {rec.obj.indicator_id for rec in ops.inserts if rec.entity == "measurement"}
    touched |= {rec.obj.indicator_id for _l, rec in ops.updates if rec.entity == "measurement"}
    touched |= {rec.obj.id for _l, rec in ops.updates if rec.entity == "indicator"}
    by_ind = repo.measurements_by_indicator(s, tid)
    for ind in repo.list_indicators(s, tid):
        if ind.id not in touched:
            continue
        for m in by_ind.get(ind.id, []):
            try:
                check_measurement_values(ind, m.date, m.value, m.n, m.sd, m.numerator, m.denominator, m.comment)
            except ValidationError as exc:
                where = Text(f"Efter sammenlægningen: indikatoren »{ind.name}«, målingen {format_date(m.date, 'da')}",
                             f"After the merge: the indicator '{ind.name}', the measurement of "
                             f"{format_date(m.date, 'en')}")
                raise ValidationError(Text(f"{where.da}: {exc.message.da}", f"{where.en}: {exc.message.en}"),
                                      field=exc.field) from None


def _flush(s: Session) -> None:
    from sqlalchemy.exc import IntegrityError

    try:
        s.flush()
    except IntegrityError as exc:
        raise ConflictError(Text(f"Importen strider mod databasens regler: {exc.orig}",
                                 f"The import breaks a rule of the database: {exc.orig}")) from exc


__all__ = ["Choice", "Conflict", "DomainError", "ExchangeFileError", "MergeConflicts", "MergePlan", "export_trial",
           "import_trial", "plan_import", "read_exchange_file"]
