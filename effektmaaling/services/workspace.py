"""Use cases: one method per user action, each one transaction.

The CLI, the GUI and the tests call a :class:`Workspace`; none of them touches SQL. Every write
returns what the caller needs to undo it (the values before, or a snapshot of what was deleted),
and announces a :class:`Change` to subscribers after it is committed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import clock
from ..domain import validation as v
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from ..domain.enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    Verdict,
)
from ..domain.errors import (
    ConflictError,
    EditConflictError,
    NotFoundError,
    StaleRowError,
    StorageError,
    ValidationError,
)
from ..domain.i18n import Text
from ..domain.validation import field_label
from ..storage import repository as repo
from ..storage.backups import backup_folder, make_backup
from ..storage.database import Database, log_bulk_action, open_database
from ..storage.snapshots import TrialState, count_differences, read_trial_state, write_trial_state

E = TypeVar("E")

ENUM_FIELDS: dict[str, type[Enum]] = {
    "status": TrialStatus,
    "kind": IndicatorKind,
    "stakeholder": Stakeholder,
    "measure_type": MeasureType,
    "direction": Direction,
    "frequency": Frequency,
    "bottom_line": BottomLine,
    "verdict": Verdict,
    "current_period": CurrentPeriod,
}
READONLY_FIELDS = {"id", "created_at", "updated_at", "trial_id", "indicator_id"}


@dataclass(frozen=True)
class Change:
    """What a committed write changed, for views that must refresh."""

    action: Literal["insert", "update", "delete", "restore", "reorder", "import", "merge"]
    entity: Literal["trial", "indicator", "measurement", "milestone", "assessment", "database", "access"]
    ids: tuple[uuid.UUID, ...] = ()
    trial_id: uuid.UUID | None = None
    indicator_id: uuid.UUID | None = None
    remote: bool = False  # heard from the shared database (:meth:`Workspace.watch`), maybe another user's
    member: str | None = None  # entity "access": the login whose membership (or role) was granted or revoked


@dataclass
class TrialBundle:
    """A trial with everything that belongs to it (read in one transaction)."""

    trial: Trial
    indicators: list[Indicator]
    measurements: dict[uuid.UUID, list[Measurement]]
    milestones: list[Milestone]
    assessments: list[Assessment]


class TrialRow(NamedTuple):
    id: uuid.UUID
    name: str
    archived: bool


class IndicatorRow(NamedTuple):
    key: str  # the stored id, as text (``id`` makes the UUID: 20,000 of them up front would cost 20-40 ms)
    name: str
    bottom_line: BottomLine

    @property
    def id(self) -> uuid.UUID:
        return uuid.UUID(self.key)


@dataclass
class Outline:
    """Every trial and its indicators as plain rows (:meth:`Workspace.outline`): what the navigator lists."""

    trials: list[TrialRow]  # in the order of :meth:`Workspace.trials`
    indicators: dict[uuid.UUID, list[IndicatorRow]]  # by trial id, in the order of :meth:`Workspace.indicators`


_BOTTOM_LINES = {b.value: b for b in BottomLine}


@dataclass
class IndicatorSnapshot:
    indicator: Indicator
    measurements: list[Measurement]


@dataclass
class TrialSnapshot:
    """Everything a deleted trial held, so that the deletion can be undone exactly."""

    trial: Trial
    indicators: list[IndicatorSnapshot] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)


class Before(dict):
    """The values before an update (for undo), and ``version``: the row version the update wrote (an undo or
    redo of this user's step is based on it, so that someone else's later change is not overwritten)."""

    version: int | None = None


@dataclass
class UpsertResult:
    inserted: list[uuid.UUID] = field(default_factory=list)
    updated: list[tuple[uuid.UUID, dict[str, Any]]] = field(default_factory=list)  # (id, values before)
    skipped: list[dt.date] = field(default_factory=list)


def clone(obj: E) -> E:
    """A detached copy with the same field values (and id)."""
    return type(obj)(**{f.name: getattr(obj, f.name) for f in fields(obj)})  # type: ignore[arg-type]


def coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    """Turn enumeration names given as strings (from the CLI, JSON or a form) into members."""
    out = dict(values)
    for key, cls in ENUM_FIELDS.items():
        if key in out and out[key] is not None and not isinstance(out[key], cls):
            try:
                out[key] = cls(out[key])
            except ValueError:
                allowed = ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
                raise ValidationError(
                    Text(f"{field_label(key, 'da')}: ukendt værdi »{out[key]}« (tilladt: {allowed})",
                         f"{field_label(key, 'en')}: unknown value '{out[key]}' (allowed: {allowed})"),
                    field=key,
                ) from None
    return out


def _same_measurement(a: Measurement, b: Measurement) -> bool:
    return all(getattr(a, k) == getattr(b, k) for k in
               ("indicator_id", "date", "value", "n", "sd", "numerator", "denominator", "comment"))


def _check_version(obj: object, expected: int | None, seen: dict[str, int]) -> None:
    """Refuse an edit based on another version than the stored one (the caller explains it); note the
    version read in ``seen``."""
    seen["version"] = int(obj.row_version)  # type: ignore[attr-defined]
    if expected is not None and int(obj.row_version) != expected:  # type: ignore[attr-defined]
        raise StaleRowError(Text("Posten er ændret af en anden imens.", "The record was changed by someone else meanwhile."))


_MEASUREMENT_FIELDS = ("date", "value", "n", "sd", "numerator", "denominator", "comment")


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is None or b is None or abs(float(a) - float(b)) > 1e-12
        except (TypeError, ValueError):
            return True
    return (a if a != "" else None) != (b if b != "" else None)


def _as_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _fields_of(cls: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """Stored column values as the entity's field values (an enumeration's member, not its name)."""
    known = {f.name for f in fields(cls)}
    return coerce({k: v for k, v in values.items() if k in known})


def _bulk_stale(existing: Measurement | None, row: Mapping[str, Any], expected: Mapping[dt.date, int]) -> bool:
    """Whether a pasted row would change a measurement that is not the version the user saw: changed or added
    by someone else since (a row identical to the stored one overwrites nothing), or deleted meanwhile."""
    date = row["date"]
    if existing is None:
        return date in expected  # the user saw one on this date: someone deleted it
    if expected.get(date) == int(existing.row_version):
        return False
    return any(_differs(row[k], getattr(existing, k)) for k in row if k in _MEASUREMENT_FIELDS and k != "date")


def _check_fields(cls: type, values: Mapping[str, Any]) -> None:
    known = {f.name for f in fields(cls)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(unknown))}")


class Workspace:
    """The program's use cases on one open database."""

    def __init__(self, db: Database, backup_dir: Path | None = None) -> None:
        self.db = db
        self._backup_dir = backup_dir
        self._listeners: list[Callable[[Change], None]] = []

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, backup_dir: Path | None = None,
             daily_backup: bool = True, verify: bool = True,
             on_busy: Callable[[Text], None] | None = None, check_in_background: bool = False) -> Workspace:
        """Open the database for writing (taking its lock, with the day's first backup) or read-only.

        Raises :class:`~effektmaaling.storage.DatabaseInUseError` (holder and since when) when another
        program or window has it open for writing; the caller may then open it with ``readonly=True``."""
        return cls(open_database(path, readonly=readonly, backup_dir=backup_dir, daily_backup=daily_backup,
                                 verify=verify, on_busy=on_busy, check_in_background=check_in_background),
                   backup_dir)

    @property
    def path(self) -> Path:
        """The database file (None for a shared PostgreSQL database: see :attr:`location`)."""
        return self.db.path

    @property
    def location(self) -> str:
        """What to show the user: the file's path, or a shared database's URL without its password."""
        return self.db.location

    @property
    def shared(self) -> bool:
        """Whether this is a shared PostgreSQL database (many users; access enforced by the server)."""
        return self.db.shared

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @property
    def warnings(self) -> list[Text]:
        """What the user should be told after opening (a network drive, a cleared lock, a failed backup)."""
        return list(self.db.warnings)

    def close(self) -> None:
        self.db.close()

    @property
    def backup_folder(self) -> Path:
        """Where this database's backups are kept."""
        return backup_folder(self.path, self._backup_dir)

    def daily_backup(self, cancelled: Callable[[], bool] | None = None) -> Path | None:
        """Today's first backup, unless there is one already or the database is read-only (the GUI opens
        with ``daily_backup=False`` and calls this in the background after the window is painted).
        Raises StorageError when the backup cannot be made; ``cancelled`` (asked every few megabytes) stops
        it with ``storage.backups.BackupCancelled``, leaving no file (the next opening makes it)."""
        if self.readonly:
            return None
        from ..storage.backups import daily_backup

        return daily_backup(self.path, folder=self.backup_folder, cancelled=cancelled)

    def backup_before(self, reason: str) -> Path | None:
        """A backup of the database now, named by ``reason`` (e.g. ``"merge"`` -> ``...-before-merge.db``).

        Call it before a bulk change such as a merge; a failure raises StorageError, and the change
        should then not be made. A shared database has no file to copy (None): its server is backed up
        by IT (pg_dump), and the change is one transaction all the same."""
        if self.db.shared:
            return None
        return make_backup(self.path, f"before-{reason}", folder=self.backup_folder)

    # --- notifications ---------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``callback`` after every committed change; returns a function that unsubscribes."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def watch(self, callback: Callable[[Change], None], *, include_own: bool = False) -> Callable[[], None]:
        """On a shared database: call ``callback`` with a :class:`Change` for every change committed by
        anyone else (other programs, other users), from a background thread, within seconds; ``Change("restore",
        "database")`` after a lost connection came back (refresh everything). This workspace's own changes
        are told to its subscribers (:meth:`subscribe`) already and are left out (they are recognised by the
        server process that announced them), unless ``include_own``. Returns a function that stops watching.
        On a file (one writer: this program) it does nothing."""
        if not self.db.shared:
            return lambda: None
        entities = {"trials": "trial", "indicators": "indicator", "measurements": "measurement",
                    "milestones": "milestone", "assessments": "assessment"}
        actions = {"insert": "insert", "update": "update", "delete": "delete"}

        own = getattr(self.db, "own_pids", set())

        def on_note(payload: dict) -> None:
            if not include_own and payload.get("pid") in own:
                return  # this workspace's own change: its subscribers have been told
            if payload.get("table") is None:
                callback(Change("restore", "database", remote=True))
                return
            if payload["table"] == "trial_members":  # a membership granted or revoked (services.access)
                trial = payload.get("trial_id")
                callback(Change("update", "access", (), uuid.UUID(trial) if trial else None, remote=True,
                                member=payload.get("member")))
                return
            def as_id(value: object) -> uuid.UUID | None:
                return uuid.UUID(str(value)) if value else None

            row = as_id(payload.get("id"))
            callback(Change(actions.get(payload.get("op"), "update"), entities[payload["table"]],  # type: ignore[arg-type]
                            (row,) if row else (), as_id(payload.get("trial_id")), as_id(payload.get("indicator_id")),
                            remote=True))

        listener = self.db.listen(on_note)  # type: ignore[attr-defined]
        listener.wait_ready()
        return listener.stop

    def lost_access(self) -> list[str]:
        """On a shared database: the trials whose membership this login has lost since it last looked (an
        administrator revoked it), by name; on a file: none."""
        lost = getattr(self.db, "lost_trials", None)
        return lost() if lost is not None else []

    def _emit(self, change: Change) -> None:
        for callback in list(self._listeners):
            callback(change)

    # --- reading ---------------------------------------------------------------------------------

    def trials(self, *, include_archived: bool = True) -> list[Trial]:
        with self.db.read() as s:
            return repo.list_trials(s, include_archived=include_archived)

    def trial(self, trial_id: uuid.UUID) -> Trial:
        with self.db.read() as s:
            return repo.get(s, Trial, trial_id)

    def find_trial(self, name_or_id: str) -> Trial:
        """A trial by name (any case) or id; :class:`NotFoundError` naming it when there is none."""
        with self.db.read() as s:
            found = repo.find_trial(s, name_or_id)
            if found is None:
                names = ", ".join(t.name for t in repo.list_trials(s)) or "–"
                raise NotFoundError(Text(f"Forsøget »{name_or_id}« findes ikke. Forsøg i databasen: {names}",
                                         f"The trial '{name_or_id}' does not exist. Trials in the database: {names}"))
            return found

    def indicators(self, trial_id: uuid.UUID) -> list[Indicator]:
        with self.db.read() as s:
            return repo.list_indicators(s, trial_id)

    def outline(self, *, include_archived: bool = True) -> Outline:
        """Every trial (archived ones too unless ``include_archived`` is false) with its indicators, read in
        two queries as plain rows, without an ORM object: what a list of all trials needs."""
        with self.db.read() as s:
            trial_rows = repo.trial_rows(s, include_archived=include_archived)
            indicator_rows = repo.indicator_rows(s)
        ids = {stored: uuid.UUID(stored) for stored, _name, _archived in trial_rows}
        by_trial = {}
        for stored, rows in groupby(indicator_rows, itemgetter(1)):
            trial_id = ids.get(stored)
            if trial_id is not None:
                by_trial[trial_id] = [IndicatorRow(i, name, _BOTTOM_LINES[line]) for i, _t, name, line in rows]
        return Outline([TrialRow(ids[stored], name, archived) for stored, name, archived in trial_rows], by_trial)

    def themes(self) -> list[str]:
        """The themes already used by indicators (for suggestions and the comparison's filters)."""
        with self.db.read() as s:
            return repo.distinct_themes(s)

    def indicator(self, indicator_id: uuid.UUID) -> Indicator:
        with self.db.read() as s:
            return repo.get(s, Indicator, indicator_id)

    def find_indicator(self, trial_id: uuid.UUID, name_or_id: str) -> Indicator:
        with self.db.read() as s:
            found = repo.find_indicator(s, trial_id, name_or_id)
            if found is None:
                names = ", ".join(i.name for i in repo.list_indicators(s, trial_id)) or "–"
                raise NotFoundError(Text(f"Indikatoren »{name_or_id}« findes ikke i forsøget. Indikatorer: {names}",
                                         f"The indicator '{name_or_id}' does not exist in the trial. Indicators: {names}"))
            return found

    def measurement(self, measurement_id: uuid.UUID) -> Measurement:
        with self.db.read() as s:
            return repo.get(s, Measurement, measurement_id)

    def measurements(self, indicator_id: uuid.UUID) -> list[Measurement]:
        with self.db.read() as s:
            return repo.list_measurements(s, indicator_id)

    def milestones(self, trial_id: uuid.UUID) -> list[Milestone]:
        with self.db.read() as s:
            return repo.list_milestones(s, trial_id)

    def milestone(self, milestone_id: uuid.UUID) -> Milestone:
        with self.db.read() as s:
            return repo.get(s, Milestone, milestone_id)

    def assessments(self, trial_id: uuid.UUID) -> list[Assessment]:
        with self.db.read() as s:
            return repo.list_assessments(s, trial_id)

    def bundle(self, trial_id: uuid.UUID) -> TrialBundle:
        with self.db.read() as s:
            trial = repo.get(s, Trial, trial_id)
            return TrialBundle(
                trial=trial,
                indicators=repo.list_indicators(s, trial_id),
                measurements=repo.measurements_by_indicator(s, trial_id),
                milestones=repo.list_milestones(s, trial_id),
                assessments=repo.list_assessments(s, trial_id),
            )

    def values_bundle(self, trial_id: uuid.UUID) -> TrialBundle:
        """:meth:`bundle` with the measurements as light read-only rows (:class:`MeasurementValues`: date,
        value, n, sd, numerator, denominator), for the analysis: several times faster and smaller."""
        with self.db.read() as s:
            trial = repo.get(s, Trial, trial_id)
            return TrialBundle(
                trial=trial,
                indicators=repo.list_indicators(s, trial_id),
                measurements=repo.measurement_values_by_indicator(s, trial_id),  # type: ignore[arg-type]
                milestones=repo.list_milestones(s, trial_id),
                assessments=repo.list_assessments(s, trial_id),
            )

    def values_bundles(self, trial_ids: Sequence[uuid.UUID], batch: int = 50) -> Iterator[TrialBundle]:
        """:meth:`values_bundle` of each trial in turn, read ``batch`` trials at a time (five queries per
        batch instead of five per trial; memory: one batch)."""
        ids = list(trial_ids)
        for first in range(0, len(ids), batch):
            chosen = ids[first:first + batch]
            with self.db.read() as s:
                found = repo.trials_by_id(s, chosen)
                inds = repo.indicators_of_trials(s, chosen)
                values = repo.measurement_columns(s, chosen)
                milestones = repo.milestones_of_trials(s, chosen)
                assessments = repo.assessments_of_trials(s, chosen)
            for tid in chosen:
                if tid not in found:
                    raise NotFoundError(Text("Forsøget findes ikke (længere).", "The trial does not exist (any more)."))
                yield TrialBundle(trial=found[tid], indicators=inds[tid],
                                  measurements={i.id: values[i.id] for i in inds[tid] if i.id in values},
                                  milestones=milestones[tid], assessments=assessments[tid])

    def trial_overview(self, *, include_archived: bool = True) -> list[tuple[Trial, int, int]]:
        """Every trial with its number of indicators and of measurements (two aggregate queries)."""
        with self.db.read() as s:
            counts = repo.trial_counts(s)
            return [(t, *counts.get(t.id, (0, 0))) for t in repo.list_trials(s, include_archived=include_archived)]

    def counts(self) -> dict[str, int]:
        with self.db.read() as s:
            return repo.counts(s)

    def change_log(self, **filters: Any) -> list:
        """Change-log entries, newest first; filters: trial_id, indicator_id, entity_id, since, until, limit."""
        with self.db.read() as s:
            return repo.change_log_entries(s, **filters)

    # --- trials ----------------------------------------------------------------------------------

    def create_trial(self, **values: Any) -> Trial:
        values = coerce(values)
        _check_fields(Trial, values)
        trial = Trial(**values)
        v.validate_trial(trial)
        with self.db.write() as s:
            self._ensure_trial_name_free(s, trial.name)
            s.add(trial)
            self._flush(s)
        self._emit(Change("insert", "trial", (trial.id,), trial.id))
        return trial

    def update_trial(self, trial_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any) -> dict[str, Any]:
        """Apply ``changes``; returns the values before, for undo. With ``expected_version`` (the row
        version the user's edit is based on) an edit of a trial changed meanwhile is refused with an
        :class:`EditConflictError` showing both values."""
        changes = coerce(changes)
        _check_fields(Trial, changes)
        with self._versioned(Trial, trial_id, expected_version, changes) as seen, self.db.write() as s:
            trial = repo.get(s, Trial, trial_id)
            _check_version(trial, expected_version, seen)
            before, candidate = self._apply(trial, changes)
            v.validate_trial(candidate)
            if "name" in changes:
                self._ensure_trial_name_free(s, candidate.name, except_id=trial_id)
            self._copy_into(trial, candidate, changes)
            self._flush(s)
            before = Before(before)
            before.version = int(trial.row_version)
        self._emit(Change("update", "trial", (trial_id,), trial_id))
        return before

    def delete_trial(self, trial_id: uuid.UUID) -> TrialSnapshot:
        """Delete a trial and all it holds; returns a snapshot that :meth:`restore_trial` puts back."""
        with self.db.write() as s:
            trial = repo.get(s, Trial, trial_id)
            snapshot = TrialSnapshot(trial=clone(trial))
            by_ind = repo.measurements_by_indicator(s, trial_id)
            inds = repo.list_indicators(s, trial_id)
            for ind in inds:
                ms = by_ind.get(ind.id, [])
                snapshot.indicators.append(IndicatorSnapshot(clone(ind), [clone(m) for m in ms]))
                for m in ms:
                    s.delete(m)
            s.flush()  # children first: the unit of work does not know the foreign keys' order
            for ind in inds:
                s.delete(ind)
            for ms in repo.list_milestones(s, trial_id):
                snapshot.milestones.append(clone(ms))
                s.delete(ms)
            for a in repo.list_assessments(s, trial_id):
                snapshot.assessments.append(clone(a))
                s.delete(a)
            s.flush()
            s.delete(trial)
            self._flush(s)
        self._emit(Change("delete", "trial", (trial_id,), trial_id))
        return snapshot

    def restore_trial(self, snapshot: TrialSnapshot) -> Trial:
        """Put back a deleted trial exactly as it was (same ids)."""
        trial = clone(snapshot.trial)
        with self.db.write() as s:
            self._ensure_trial_name_free(s, trial.name)
            s.add(trial)
            s.flush()
            for ind_snap in snapshot.indicators:
                s.add(clone(ind_snap.indicator))
            s.flush()
            for ind_snap in snapshot.indicators:
                s.add_all(clone(m) for m in ind_snap.measurements)
            s.add_all(clone(m) for m in snapshot.milestones)
            s.add_all(clone(a) for a in snapshot.assessments)
            self._flush(s)
        self._emit(Change("restore", "trial", (trial.id,), trial.id))
        return trial

    def _ensure_trial_name_free(self, s: Session, name: str, except_id: uuid.UUID | None = None) -> None:
        if repo.trial_name_taken(s, name, except_id):
            raise ConflictError(Text(f"Navn: der findes allerede et forsøg med navnet »{name}«.",
                                     f"Name: a trial named '{name}' already exists."), field="name")

    # --- indicators ------------------------------------------------------------------------------

    def create_indicator(self, trial_id: uuid.UUID, **values: Any) -> Indicator:
        values = coerce(values)
        _check_fields(Indicator, values)
        with self.db.write() as s:
            repo.get(s, Trial, trial_id)
            if "display_order" not in values:
                values["display_order"] = repo.next_display_order(s, trial_id)
            ind = Indicator(trial_id=trial_id, **values)
            v.validate_indicator(ind)
            self._ensure_indicator_name_free(s, trial_id, ind.name)
            s.add(ind)
            self._flush(s)
        self._emit(Change("insert", "indicator", (ind.id,), trial_id, ind.id))
        return ind

    def update_indicator(self, indicator_id: uuid.UUID, *, expected_version: int | None = None,
                         **changes: Any) -> dict[str, Any]:
        changes = coerce(changes)
        _check_fields(Indicator, changes)
        with self._versioned(Indicator, indicator_id, expected_version, changes) as seen, self.db.write() as s:
            ind = repo.get(s, Indicator, indicator_id)
            _check_version(ind, expected_version, seen)
            before, candidate = self._apply(ind, changes)
            v.validate_indicator(candidate)
            if "name" in changes:
                self._ensure_indicator_name_free(s, ind.trial_id, candidate.name, except_id=indicator_id)
            self._copy_into(ind, candidate, changes)
            self._flush(s)
            trial_id = ind.trial_id
            before = Before(before)
            before.version = int(ind.row_version)
        self._emit(Change("update", "indicator", (indicator_id,), trial_id, indicator_id))
        return before

    def delete_indicator(self, indicator_id: uuid.UUID) -> IndicatorSnapshot:
        with self.db.write() as s:
            ind = repo.get(s, Indicator, indicator_id)
            ms = repo.list_measurements(s, indicator_id)
            snapshot = IndicatorSnapshot(clone(ind), [clone(m) for m in ms])
            for m in ms:
                s.delete(m)
            s.flush()
            s.delete(ind)
            self._flush(s)
        self._emit(Change("delete", "indicator", (indicator_id,), snapshot.indicator.trial_id, indicator_id))
        return snapshot

    def restore_indicator(self, snapshot: IndicatorSnapshot) -> Indicator:
        ind = clone(snapshot.indicator)
        with self.db.write() as s:
            repo.get(s, Trial, ind.trial_id)
            self._ensure_indicator_name_free(s, ind.trial_id, ind.name)
            s.add(ind)
            s.flush()
            s.add_all(clone(m) for m in snapshot.measurements)
            self._flush(s)
        self._emit(Change("restore", "indicator", (ind.id,), ind.trial_id, ind.id))
        return ind

    def reorder_indicators(self, trial_id: uuid.UUID, ordered_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """Give the indicators the order of ``ordered_ids``; returns the previous order."""
        with self.db.write() as s:
            current = repo.list_indicators(s, trial_id)
            before = [i.id for i in current]
            if set(before) != set(ordered_ids) or len(before) != len(ordered_ids):
                raise ValidationError(Text("Rækkefølgen skal omfatte alle forsøgets indikatorer.",
                                           "The order must include all the trial's indicators."))
            by_id = {i.id: i for i in current}
            for pos, ind_id in enumerate(ordered_ids):
                by_id[ind_id].display_order = pos
            self._flush(s)
        self._emit(Change("reorder", "indicator", tuple(ordered_ids), trial_id))
        return before

    def _ensure_indicator_name_free(self, s: Session, trial_id: uuid.UUID, name: str,
                                    except_id: uuid.UUID | None = None) -> None:
        if repo.indicator_name_taken(s, trial_id, name, except_id):
            raise ConflictError(Text(f"Navn: forsøget har allerede en indikator med navnet »{name}«.",
                                     f"Name: the trial already has an indicator named '{name}'."), field="name")

    # --- measurements ----------------------------------------------------------------------------

    def add_measurement(self, indicator_id: uuid.UUID, **values: Any) -> Measurement:
        """Add a measurement. Idempotent by its id: a retry with the same ``id`` (after a dropped connection
        left it unknown whether the first attempt was committed) returns the stored measurement when it
        holds the same values, and never adds a second one."""
        _check_fields(Measurement, values)
        with self.db.write() as s:
            ind = repo.get(s, Indicator, indicator_id)
            m = Measurement(indicator_id=indicator_id, **values)
            v.validate_measurement(ind, m)
            if "id" in values:
                stored = s.get(Measurement, m.id)
                if stored is not None:
                    if _same_measurement(stored, m):
                        return stored  # the earlier attempt was committed: nothing to do
                    raise ConflictError(Text("Målingen findes allerede med andre værdier (samme id).",
                                             "The measurement already exists with other values (same id)."))
            self._ensure_date_free(s, indicator_id, m.date)
            s.add(m)
            self._flush(s)
            trial_id = ind.trial_id
        self._emit(Change("insert", "measurement", (m.id,), trial_id, indicator_id))
        return m

    def update_measurement(self, measurement_id: uuid.UUID, *, expected_version: int | None = None,
                           **changes: Any) -> dict[str, Any]:
        """Change a measurement; returns the values before, for undo. ``expected_version``: the row
        version the edit is based on (:meth:`version_of`); when someone else has saved the measurement
        since, nothing is saved, the attempt goes into the change log and an :class:`EditConflictError`
        shows yours and theirs (when and by whom)."""
        _check_fields(Measurement, changes)
        with self._versioned(Measurement, measurement_id, expected_version, changes) as seen, self.db.write() as s:
            m = repo.get(s, Measurement, measurement_id)
            _check_version(m, expected_version, seen)
            ind = repo.get(s, Indicator, m.indicator_id)
            before, candidate = self._apply(m, changes)
            v.validate_measurement(ind, candidate, future_ok=candidate.date == m.date)  # a stored date stays
            if candidate.date != m.date:
                self._ensure_date_free(s, m.indicator_id, candidate.date)
            self._copy_into(m, candidate, {*changes, "value"})
            before.setdefault("value", before.get("value", m.value))
            self._flush(s)
            trial_id, indicator_id = ind.trial_id, ind.id
            before = Before(before)
            before.version = int(m.row_version)
        self._emit(Change("update", "measurement", (measurement_id,), trial_id, indicator_id))
        return before

    def delete_measurements(self, ids: Iterable[uuid.UUID], *,
                            seen: Sequence[Measurement] | None = None) -> list[Measurement]:
        """Delete measurements (one transaction); returns copies for :meth:`restore_measurements`.

        ``seen``: the measurements as the user saw them when she chose to delete them. When someone else
        has changed one of them since, nothing is deleted, the attempt goes into the change log and an
        :class:`EditConflictError` shows what she saw and what is stored now."""
        ids = list(ids)
        if not ids:
            return []
        expected = {m.id: int(m.row_version) for m in seen or () if getattr(m, "row_version", None) is not None}
        try:
            with self.db.write() as s:
                gone = []
                for mid in ids:
                    m = repo.get(s, Measurement, mid)
                    if mid in expected and int(m.row_version) != expected[mid]:
                        raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                                 "The record was changed by someone else meanwhile."))
                    gone.append(clone(m))
                    s.delete(m)
                ind = repo.get(s, Indicator, gone[0].indicator_id)
                self._flush(s)
                trial_id = ind.trial_id
        except StaleRowError as exc:
            conflict = self._rows_conflict(
                Measurement, [(m.id, {k: getattr(m, k) for k in _MEASUREMENT_FIELDS}, expected[m.id])
                              for m in seen or () if m.id in expected], deleting=True)
            if conflict is None:
                raise
            raise conflict from exc
        self._emit(Change("delete", "measurement", tuple(ids), trial_id, gone[0].indicator_id))
        return gone

    def restore_measurements(self, snapshots: Sequence[Measurement]) -> None:
        if not snapshots:
            return
        with self.db.write() as s:
            ind = repo.get(s, Indicator, snapshots[0].indicator_id)
            for snap in snapshots:
                self._ensure_date_free(s, snap.indicator_id, snap.date)
                s.add(clone(snap))
            self._flush(s)
            trial_id = ind.trial_id
        self._emit(Change("restore", "measurement", tuple(m.id for m in snapshots), trial_id, ind.id))

    def upsert_measurements(
        self,
        indicator_id: uuid.UUID,
        rows: Sequence[Mapping[str, Any]],
        *,
        on_duplicate: Literal["error", "update", "skip"] = "error",
        expected_versions: Mapping[dt.date, int] | None = None,
    ) -> UpsertResult:
        """Add many measurements at once (a paste, an import) in one transaction: all or nothing.

        Each row is a dict of measurement fields. A row whose date already has a measurement
        raises, updates it, or is skipped, as ``on_duplicate`` says. A bad row raises a
        :class:`ValidationError` whose ``location`` names the row (1-based).

        ``expected_versions``: the row version of each measurement the user saw, by date (a paste into the
        grid). A row that would change a measurement someone else has changed, added or deleted since is
        refused: nothing is written, each such attempt goes into the change log and an
        :class:`EditConflictError` shows yours and theirs (``dates``: every refused date; ``versions``: their
        versions, to overwrite knowingly by passing them back).
        """
        if expected_versions is None:
            return self._upsert(indicator_id, rows, on_duplicate, None)
        try:
            return self._upsert(indicator_id, rows, on_duplicate, expected_versions)
        except StaleRowError as exc:
            conflict = self._upsert_conflict(indicator_id, rows, expected_versions)
            if conflict is None:
                raise
            raise conflict from exc

    def _upsert(self, indicator_id: uuid.UUID, rows: Sequence[Mapping[str, Any]], on_duplicate: str,
                expected: Mapping[dt.date, int] | None) -> UpsertResult:
        result = UpsertResult()
        with self.db.write() as s:
            ind = repo.get(s, Indicator, indicator_id)
            seen: set[dt.date] = set()
            for index, row in enumerate(rows, start=1):
                _check_fields(Measurement, row)
                candidate = Measurement(indicator_id=indicator_id, **row)
                try:
                    v.validate_measurement(ind, candidate, future_ok=True)
                    if candidate.date > clock.today() and repo.measurement_on(s, indicator_id, candidate.date) is None:
                        v.check_not_future(candidate.date)  # a new measurement after today (one stored stays)
                    if candidate.date in seen:
                        raise ConflictError(Text("Dato: datoen står to gange i de indsatte rækker.",
                                                 "Date: the date occurs twice in the rows."), field="date")
                except (ValidationError, ConflictError) as exc:
                    exc.location = f"{Text('Række', 'Row').get()} {index}"
                    raise
                seen.add(candidate.date)
                existing = repo.measurement_on(s, indicator_id, candidate.date)
                if expected is not None and on_duplicate == "update" and _bulk_stale(existing, row, expected):
                    raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                             "The record was changed by someone else meanwhile."))
                if existing is None:
                    s.add(candidate)
                    result.inserted.append(candidate.id)
                elif on_duplicate == "update":
                    changes = {k: getattr(candidate, k) for k in
                               ("value", "n", "sd", "numerator", "denominator", "comment") if k in row or k == "value"}
                    before = {k: getattr(existing, k) for k in changes}
                    for k, val in changes.items():
                        setattr(existing, k, val)
                    result.updated.append((existing.id, before))
                elif on_duplicate == "skip":
                    result.skipped.append(candidate.date)
                else:
                    err = self._date_taken_error(candidate.date)
                    err.location = f"{Text('Række', 'Row').get()} {index}"
                    raise err
            self._flush(s)
            trial_id = ind.trial_id
        ids = tuple(result.inserted) + tuple(i for i, _ in result.updated)
        if ids:
            self._emit(Change("insert", "measurement", ids, trial_id, indicator_id))
        return result

    def _ensure_date_free(self, s: Session, indicator_id: uuid.UUID, date: dt.date) -> None:
        if repo.measurement_on(s, indicator_id, date) is not None:
            raise self._date_taken_error(date)

    @staticmethod
    def _date_taken_error(date: dt.date) -> ConflictError:
        from ..domain.formatting import format_date

        return ConflictError(
            Text(f"Dato: der findes allerede en måling den {format_date(date, 'da')}.",
                 f"Date: there is already a measurement on {format_date(date, 'en')}."),
            field="date",
        )

    # --- milestones and assessments --------------------------------------------------------------

    def add_milestone(self, trial_id: uuid.UUID, date: dt.date, text: str, phase_change: bool = False) -> Milestone:
        ms = Milestone(trial_id=trial_id, date=date, text=text, phase_change=bool(phase_change))
        v.validate_milestone(ms)
        with self.db.write() as s:
            repo.get(s, Trial, trial_id)
            s.add(ms)
            self._flush(s)
        self._emit(Change("insert", "milestone", (ms.id,), trial_id))
        return ms

    def update_milestone(self, milestone_id: uuid.UUID, *, expected_version: int | None = None,
                         **changes: Any) -> dict[str, Any]:
        """Change a milestone; returns the values before (with the version written), for undo. An edit based on
        an older ``expected_version`` is refused with an :class:`EditConflictError` (both values)."""
        _check_fields(Milestone, changes)
        with self._versioned(Milestone, milestone_id, expected_version, changes) as seen, self.db.write() as s:
            ms = repo.get(s, Milestone, milestone_id)
            _check_version(ms, expected_version, seen)
            before, candidate = self._apply(ms, changes)
            v.validate_milestone(candidate)
            self._copy_into(ms, candidate, changes)
            self._flush(s)
            trial_id = ms.trial_id
            before = Before(before)
            before.version = int(ms.row_version)
        self._emit(Change("update", "milestone", (milestone_id,), trial_id))
        return before

    def delete_milestone(self, milestone_id: uuid.UUID, *, expected_version: int | None = None,
                         seen: Milestone | None = None) -> Milestone:
        """Delete a milestone; ``expected_version`` (and ``seen``: the milestone as shown, for the dialog): one
        changed by someone else since is not deleted (:class:`EditConflictError`)."""
        shown = {k: getattr(seen, k, None) for k in ("date", "text", "phase_change")}
        with self._versioned(Milestone, milestone_id, expected_version, shown) as read, self.db.write() as s:
            ms = repo.get(s, Milestone, milestone_id)
            _check_version(ms, expected_version, read)
            snap = clone(ms)
            s.delete(ms)
            self._flush(s)
        self._emit(Change("delete", "milestone", (milestone_id,), snap.trial_id))
        return snap

    def restore_milestone(self, snapshot: Milestone) -> None:
        with self.db.write() as s:
            s.add(clone(snapshot))
            self._flush(s)
        self._emit(Change("restore", "milestone", (snapshot.id,), snapshot.trial_id))

    def set_assessment(self, trial_id: uuid.UUID, bottom_line: BottomLine | str, verdict: Verdict | str,
                       justification: str = "", evidence: str = "", date: dt.date | None = None, *,
                       expected_version: int | None = None) -> Assessment | None:
        """Create or replace the assessment of one bottom line; returns the previous one (for undo).

        ``expected_version``: the version of the assessment the user's edit is based on (0: she saw none). When
        someone else has changed, added or deleted it since, nothing is saved and an :class:`EditConflictError`
        shows both (the attempt is in the change log)."""
        vals = coerce({"bottom_line": bottom_line, "verdict": verdict})
        new = Assessment(trial_id=trial_id, bottom_line=vals["bottom_line"], verdict=vals["verdict"],
                         justification=justification, evidence=evidence, date=date)
        v.validate_assessment(new)
        yours = {"verdict": new.verdict, "justification": justification, "evidence": evidence}
        seen: dict[str, int] = {}
        try:
            with self.db.write() as s:
                repo.get(s, Trial, trial_id)
                previous = next((a for a in repo.list_assessments(s, trial_id) if a.bottom_line == new.bottom_line), None)
                if previous is not None:
                    _check_version(previous, expected_version, seen)
                elif expected_version:  # the one she saw was deleted meanwhile
                    raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                             "The record was changed by someone else meanwhile."))
                snap = clone(previous) if previous else None
                if previous is None:
                    s.add(new)
                else:
                    for name in ("verdict", "justification", "evidence", "date"):
                        setattr(previous, name, getattr(new, name))
                self._flush(s)
        except StaleRowError as exc:
            conflict = self._assessment_conflict(trial_id, new.bottom_line, expected_version, yours)
            if conflict is None:
                raise
            raise conflict from exc
        self._emit(Change("update" if snap else "insert", "assessment", (), trial_id))
        return snap

    def delete_assessment(self, trial_id: uuid.UUID, bottom_line: BottomLine | str, *,
                          expected_version: int | None = None) -> Assessment | None:
        line = coerce({"bottom_line": bottom_line})["bottom_line"]
        seen: dict[str, int] = {}
        try:
            with self.db.write() as s:
                previous = next((a for a in repo.list_assessments(s, trial_id) if a.bottom_line == line), None)
                if previous is None:
                    return None
                _check_version(previous, expected_version, seen)
                snap = clone(previous)
                s.delete(previous)
                self._flush(s)
        except StaleRowError as exc:
            conflict = self._assessment_conflict(trial_id, line, expected_version,
                                                 {"verdict": None, "justification": "", "evidence": ""})
            if conflict is None:
                raise
            raise conflict from exc
        self._emit(Change("delete", "assessment", (snap.id,), trial_id))
        return snap

    def _assessment_conflict(self, trial_id: uuid.UUID, line: BottomLine, expected: int | None,
                             yours: Mapping[str, Any]) -> EditConflictError | None:
        current = next((a for a in self.assessments(trial_id) if a.bottom_line == line), None)
        if current is None:
            return None
        return self._edit_conflict(Assessment, current.id, expected if expected is not None else -1, yours)

    # --- exact states of a trial (undo and redo of bulk changes) ------------------------------------

    def trial_state(self, trial_id: uuid.UUID) -> TrialState:
        """Everything the trial holds now, exactly as stored (for :meth:`restore_trial_state`)."""
        with self.db.read() as s:
            return read_trial_state(s, trial_id)

    def record_step(self, trial_id: uuid.UUID, action: Callable[[], Any]) -> tuple[Any, TrialState, TrialState,
                                                                                  dict[str, set]]:
        """Run a bulk change of one trial (``action``, one write transaction) and return its result, the trial's
        state before and after it and the rows it changed, all read inside the action's own write transaction:
        another user's change committed meanwhile is never counted as this step's (its undo would take it
        back). On a shared database a serialization failure (someone changed a row the step writes) runs the
        action again, up to three times."""
        from ..storage.snapshots import recording

        for attempt in range(4):
            try:
                with recording(self.db, trial_id) as rec:
                    result = action()
                break
            except StorageError as exc:
                if attempt == 3 or not _serialization_failure(exc):
                    raise
        if rec.before is None or rec.after is None:  # the action wrote nothing
            state = self.trial_state(trial_id)
            return result, state, state, {}
        return result, rec.before, rec.after, rec.rows

    @staticmethod
    def state_differences(before: TrialState, after: TrialState) -> int:
        """How many of the trial's records differ between two of its states (added, removed or changed)."""
        return count_differences(before, after)

    @staticmethod
    def changed_rows(before: TrialState, after: TrialState) -> dict[str, set]:
        """The rows (by table, their keys) that differ between two states of a trial: what a step changed."""
        from ..storage.snapshots import changed_rows

        return changed_rows(before, after)

    def take_back(self, state: TrialState, expected: TrialState, *, reason: str = "undo",
                  rows: Mapping[str, set] | None = None, overwrite: bool = False) -> TrialState:
        """Undo (or redo) a bulk change of one trial: give the rows that differ between ``expected`` (the trial
        as this user's step left it) and ``state`` (as it should be again) their values in ``state``; other
        rows, changed by other people meanwhile, are left alone. When someone else has changed one of those
        rows since ``expected``, nothing is written, the attempt goes into the change log and an
        :class:`EditConflictError` shows yours and theirs; ``overwrite=True`` writes them all the same (the
        user's knowing choice). ``rows``: the rows the step changed (:meth:`changed_rows` of its first run;
        default: those that differ between ``expected`` and ``state``). Returns the trial's state after the
        write (the ``expected`` of the next step)."""
        from ..storage.snapshots import changed_rows, rows_moved_on

        tid = str(state.trial_id)
        try:
            with self.db.write() as s:
                now = read_trial_state(s, state.trial_id)
                keys = dict(rows) if rows is not None else changed_rows(expected, state)
                moved = [] if overwrite else rows_moved_on(expected, now, keys)
                if moved:
                    raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                             "The record was changed by someone else meanwhile."))
                touched = write_trial_state(s, state, only=keys)
                if touched:
                    log_bulk_action(s, reason, "trial", tid, tid, {"rows": touched})
                after = read_trial_state(s, state.trial_id)
        except StaleRowError as exc:
            conflict = self._state_conflict(state, expected, keys)
            if conflict is None:
                raise
            raise conflict from exc
        if touched:
            self._emit(Change("merge", "trial", (state.trial_id,), state.trial_id))
        return after

    def _state_conflict(self, state: TrialState, expected: TrialState, keys: Mapping[str, set]) -> EditConflictError | None:
        from ..storage.snapshots import rows_moved_on

        classes = {"trials": Trial, "indicators": Indicator, "measurements": Measurement,
                   "milestones": Milestone, "assessments": Assessment}
        with self.db.read() as s:
            now = read_trial_state(s, state.trial_id)
        items: list[tuple[uuid.UUID, dict[str, Any], int | None]] = []
        first_table = None
        for table, key in rows_moved_on(expected, now, keys):
            if table not in classes or key not in now.tables.get(table, {}):
                continue
            first_table = first_table or table
            if table != first_table:
                continue
            mine = state.tables.get(table, {}).get(key) or {}
            stored = now.tables[table][key]
            yours = {c: v for c, v in mine.items() if c not in ("_rowid_", "row_version", "id", "updated_at",
                                                                  "created_at") and _differs(v, stored.get(c))}
            exp = expected.tables.get(table, {}).get(key) or {}
            items.append((_as_uuid(key[0]), _fields_of(classes[table], yours), exp.get("row_version")))
        return self._rows_conflict(classes[first_table], items) if first_table else None

    def restore_trial_state(self, state: TrialState, *, reason: str = "undo") -> int:
        """Make the trial exactly as it was in ``state`` (one transaction; the change log records it as one
        entry named ``reason``); returns the number of rows deleted, changed or added."""
        tid = str(state.trial_id)
        with self.db.write() as s:
            touched = write_trial_state(s, state)
            if touched:
                log_bulk_action(s, reason, "trial", tid, tid, {"rows": touched})
        if touched:
            self._emit(Change("merge", "trial", (state.trial_id,), state.trial_id))
        return touched

    # --- concurrent edits ------------------------------------------------------------------------

    def version_of(self, cls: type, id_: uuid.UUID) -> int:
        """The stored row version of a trial, indicator, measurement, milestone or assessment (an edit
        based on it passes it back as ``expected_version``)."""
        with self.db.read() as s:
            return int(repo.get(s, cls, id_).row_version)  # type: ignore[attr-defined]

    @contextlib.contextmanager
    def _versioned(self, cls: type, id_: uuid.UUID, expected: int | None,
                   changes: Mapping[str, Any]) -> Iterator[dict[str, int]]:
        """Turn a refused edit (an older ``expected`` version, or a row that moved on between our read and
        our write) into an :class:`EditConflictError` with both values, and log the attempt. Yields where
        :func:`_check_version` notes the version the transaction read."""
        seen: dict[str, int] = {}
        try:
            yield seen
        except StaleRowError as exc:
            based_on = expected if expected is not None else seen.get("version")
            conflict = self._edit_conflict(cls, id_, based_on, changes) if based_on is not None else None
            if conflict is None:
                raise
            raise conflict from exc

    def _upsert_conflict(self, indicator_id: uuid.UUID, rows: Sequence[Mapping[str, Any]],
                         expected: Mapping[dt.date, int]) -> EditConflictError | None:
        """The rows of a refused paste that meet a newer version (read again now), as one conflict."""
        with self.db.read() as s:
            stale = []
            for row in rows:
                existing = repo.measurement_on(s, indicator_id, row["date"])
                if _bulk_stale(existing, row, expected):
                    stale.append((row, existing))
        if not stale:
            return None
        items = []
        for row, existing in stale:
            if existing is None:
                continue  # deleted meanwhile: told below as a date without a stored measurement
            yours = {k: row[k] for k in row if k in _MEASUREMENT_FIELDS and k != "date"
                     and _differs(row[k], getattr(existing, k))}
            items.append((existing.id, yours, expected.get(row["date"])))
        conflict = self._rows_conflict(Measurement, items) if items else None
        if conflict is None:  # every refused row was deleted by someone else meanwhile
            from ..domain.formatting import format_date

            row = stale[0][0]
            conflict = EditConflictError(
                Text(f"Målingen {format_date(row['date'], 'da')} er slettet af en anden, efter du hentede den; "
                     "intet er indsat.",
                     f"The measurement on {format_date(row['date'], 'en')} was deleted by someone else after you "
                     "fetched it; nothing was pasted."),
                yours={k: row[k] for k in row if k in _MEASUREMENT_FIELDS and k != "date"},
                theirs={}, by=None, at=None, version=0)
        conflict.dates = [row["date"] for row, _e in stale]  # type: ignore[attr-defined]
        conflict.versions = {row["date"]: int(e.row_version) for row, e in stale if e is not None}  # type: ignore[attr-defined]
        return conflict

    def _rows_conflict(self, cls: type, items: Sequence[tuple[uuid.UUID, Mapping[str, Any], int | None]], *,
                       deleting: bool = False) -> EditConflictError | None:
        """Several records of a bulk change refused at once (a paste, a delete of many, an undo): each attempt
        goes into the change log; the error shows the first changed record (``count``: how many)."""
        first: EditConflictError | None = None
        count = 0
        for id_, yours, based_on in items:
            shown = dict(yours)
            if deleting:  # what the user saw and meant to delete, against what is stored now
                with self.db.read() as s:
                    current = s.get(cls, id_)
                    if current is None or int(current.row_version) == based_on:  # type: ignore[attr-defined]
                        continue
                    shown = {k: v for k, v in yours.items() if _differs(v, getattr(current, k))} or dict(yours)
            conflict = self._edit_conflict(cls, id_, based_on, shown)
            if conflict is not None:
                count += 1
                first = first or conflict
        if first is None:
            return None
        first.count = count  # type: ignore[attr-defined]
        if count > 1:
            first.message = Text(f"{first.message.get('da')} ({count - 1} andre poster er også ændret.)",
                                 f"{first.message.get('en')} ({count - 1} other records were changed too.)")
        return first

    def _edit_conflict(self, cls: type, id_: uuid.UUID, expected: int | None,
                       changes: Mapping[str, Any]) -> EditConflictError | None:
        from ..domain.formatting import format_date, format_number
        from ..storage.schema import to_json_value

        with self.db.read() as s:
            current = s.get(cls, id_)
            if current is None:
                return None  # deleted (or out of reach): the stale error says so
            version = int(current.row_version)  # type: ignore[attr-defined]
            if version == expected:
                return None  # not a newer version: the login may only read it
            theirs = {k: getattr(current, k) for k in changes}
            last = repo.change_log_entries(s, entity_id=id_, limit=1)
            trial_id = getattr(current, "trial_id", None)
            if trial_id is None and isinstance(current, Measurement):
                trial_id = repo.get(s, Indicator, current.indicator_id).trial_id
        by = last[0].user if last else None
        at = last[0].at if last else None
        if not self.readonly:
            with contextlib.suppress(Exception), self.db.write() as s:  # the refused attempt, for the record
                log_bulk_action(s, "conflict", cls.__name__.lower(), str(id_), str(trial_id) if trial_id else None,
                                {"based_on_version": expected, "stored_version": version,
                                 "yours": {k: to_json_value(v) for k, v in changes.items()},
                                 "theirs": {k: to_json_value(v) for k, v in theirs.items()}})

        def show(value: Any, lang: str) -> str:
            if isinstance(value, float):
                return format_number(value, 4, lang).rstrip("0").rstrip(",.") or "0"
            if isinstance(value, dt.date):
                return format_date(value, lang)
            return "–" if value is None or value == "" else str(getattr(value, "value", value))

        when_da = f" {at:%d-%m-%Y %H:%M} (UTC)" if at else ""
        when_en = f" at {at:%d-%m-%Y %H:%M} (UTC)" if at else ""
        who = by or "?"
        fields_da = "; ".join(f"{field_label(k, 'da')}: din {show(v, 'da')}, deres {show(theirs[k], 'da')}"
                              for k, v in changes.items())
        fields_en = "; ".join(f"{field_label(k, 'en')}: yours {show(v, 'en')}, theirs {show(theirs[k], 'en')}"
                              for k, v in changes.items())
        return EditConflictError(
            Text(f"{who} har ændret posten{when_da}, efter du hentede den; din ændring er ikke gemt. {fields_da}. "
                 "Vælg, hvilken værdi der skal gælde.",
                 f"{who} changed the record{when_en} after you fetched it; your change was not saved. {fields_en}. "
                 "Choose which value should stand."),
            yours=dict(changes), theirs=theirs, by=by, at=at, version=version)

    # --- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _apply(obj: E, changes: Mapping[str, Any]) -> tuple[dict[str, Any], E]:
        bad = set(changes) & READONLY_FIELDS
        if bad:
            raise ValueError(f"fields cannot be changed: {', '.join(sorted(bad))}")
        before = {k: getattr(obj, k) for k in changes}
        candidate = clone(obj)
        for k, val in changes.items():
            setattr(candidate, k, val)
        return before, candidate

    @staticmethod
    def _copy_into(target: object, source: object, names: Iterable[str]) -> None:
        for k in names:
            setattr(target, k, getattr(source, k))

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except IntegrityError as exc:
            raise ConflictError(Text(f"Ændringen strider mod databasens regler: {exc.orig}",
                                     f"The change breaks a rule of the database: {exc.orig}")) from exc


def _serialization_failure(exc: BaseException) -> bool:
    """Whether a shared database refused a transaction because it met a concurrent one (run it again)."""
    seen: BaseException | None = exc
    while seen is not None:
        if getattr(getattr(seen, "orig", seen), "sqlstate", None) in ("40001", "40P01"):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
