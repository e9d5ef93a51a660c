"""Queries over an open session. All SQL of the program lives in the storage package."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Insert, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain.entities import (
    Assessment,
    ChangeLogEntry,
    Indicator,
    Measurement,
    MeasurementColumns,
    Milestone,
    Trial,
)
from ..domain.errors import NotFoundError
from ..domain.i18n import Text
from .schema import change_log, indicators, measurements, trials

T = TypeVar("T")

_NAMES = {
    Trial: Text("Forsøget", "The trial"),
    Indicator: Text("Indikatoren", "The indicator"),
    Measurement: Text("Målingen", "The measurement"),
    Milestone: Text("Milepælen", "The milestone"),
    Assessment: Text("Vurderingen", "The assessment"),
}


def get(session: Session, cls: type[T], id_: uuid.UUID) -> T:
    obj = session.get(cls, id_)
    if obj is None:
        name = _NAMES.get(cls, Text("Posten", "The record"))
        raise NotFoundError(Text(f"{name.da} findes ikke (længere).", f"{name.en} does not exist (any more)."))
    return obj


def list_trials(session: Session, *, include_archived: bool = True) -> list[Trial]:
    stmt = select(Trial).order_by(func.lower(trials.c.name))
    if not include_archived:
        stmt = stmt.where(trials.c.archived.is_(False))
    return list(session.scalars(stmt))


def trial_rows(session: Session, *, include_archived: bool = True) -> list[tuple[str, str, bool]]:
    """Every trial as a plain row ``(stored id, name, archived)`` in the order of :func:`list_trials`: one
    query straight to the driver, no ORM object (what a list of all trials needs)."""
    where = "" if include_archived else " WHERE NOT archived"
    return [(tid, name, bool(archived)) for tid, name, archived in
            _raw(session, f"SELECT id, name, archived FROM trials{where} ORDER BY lower(name)")]


def indicator_rows(session: Session) -> list[tuple[str, str, str, str]]:
    """Every indicator as a plain row ``(stored id, stored trial id, name, bottom line value)``, a trial's
    rows together and in the order of :func:`list_indicators` (one query, sorted by SQL)."""
    return _raw(session, "SELECT id, trial_id, name, bottom_line FROM indicators "
                         "ORDER BY trial_id, display_order, lower(name)").fetchall()


def find_trial(session: Session, name_or_id: str) -> Trial | None:
    """A trial by exact id, exact name, or case-insensitive name."""
    try:
        found = session.get(Trial, uuid.UUID(name_or_id))
        if found is not None:
            return found
    except ValueError:
        pass
    exact = session.scalars(select(Trial).where(trials.c.name == name_or_id)).first()
    if exact is not None:
        return exact
    return session.scalars(select(Trial).where(func.lower(trials.c.name) == name_or_id.strip().lower())).first()


def trial_name_taken(session: Session, name: str, except_id: uuid.UUID | None = None) -> bool:
    stmt = select(func.count()).select_from(trials).where(func.lower(trials.c.name) == name.strip().lower())
    if except_id is not None:
        stmt = stmt.where(trials.c.id != except_id)
    return session.scalar(stmt) > 0


def indicator_name_taken(session: Session, trial_id: uuid.UUID, name: str, except_id: uuid.UUID | None = None) -> bool:
    stmt = (
        select(func.count())
        .select_from(indicators)
        .where(indicators.c.trial_id == trial_id, func.lower(indicators.c.name) == name.strip().lower())
    )
    if except_id is not None:
        stmt = stmt.where(indicators.c.id != except_id)
    return session.scalar(stmt) > 0


def all_indicators(session: Session) -> list[Indicator]:
    """Every indicator of the database in one query, in each trial's order."""
    return list(session.scalars(select(Indicator).order_by(indicators.c.trial_id, indicators.c.display_order,
                                                           func.lower(indicators.c.name))))


def list_indicators(session: Session, trial_id: uuid.UUID) -> list[Indicator]:
    stmt = (
        select(Indicator)
        .where(indicators.c.trial_id == trial_id)
        .order_by(indicators.c.display_order, func.lower(indicators.c.name))
    )
    return list(session.scalars(stmt))


def distinct_themes(session: Session) -> list[str]:
    """The non-empty themes of all indicators, each once (trimmed; the first spelling of a theme that
    differs only in case or spaces), sorted case-insensitively."""
    stmt = select(indicators.c.theme).where(func.trim(indicators.c.theme) != "").distinct()
    seen: dict[str, str] = {}
    for theme in session.scalars(stmt):
        clean = " ".join(theme.split())
        seen.setdefault(clean.casefold(), clean)
    return sorted(seen.values(), key=str.casefold)


def find_indicator(session: Session, trial_id: uuid.UUID, name_or_id: str) -> Indicator | None:
    try:
        found = session.get(Indicator, uuid.UUID(name_or_id))
        if found is not None and found.trial_id == trial_id:
            return found
    except ValueError:
        pass
    stmt = select(Indicator).where(
        indicators.c.trial_id == trial_id, func.lower(indicators.c.name) == name_or_id.strip().lower()
    )
    return session.scalars(stmt).first()


def list_measurements(session: Session, indicator_id: uuid.UUID) -> list[Measurement]:
    stmt = select(Measurement).where(measurements.c.indicator_id == indicator_id).order_by(measurements.c.date)
    return list(session.scalars(stmt))


def measurements_by_indicator(session: Session, trial_id: uuid.UUID) -> dict[uuid.UUID, list[Measurement]]:
    """All measurements of a trial in one query, grouped by indicator and sorted by date."""
    stmt = (
        select(Measurement)
        .join(indicators, indicators.c.id == measurements.c.indicator_id)
        .where(indicators.c.trial_id == trial_id)
        .order_by(measurements.c.indicator_id, measurements.c.date)
    )
    out: dict[uuid.UUID, list[Measurement]] = defaultdict(list)
    for m in session.scalars(stmt):
        out[m.indicator_id].append(m)
    return dict(out)


def _stored_uuid(session: Session, value: uuid.UUID) -> object:
    """``value`` in the form the id columns store it (for SQL sent to the driver directly)."""
    dialect = session.get_bind().dialect
    process = measurements.c.id.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


def _driver(session: Session) -> sqlite3.Connection:
    """The session's own driver connection (in its transaction): rows as plain tuples, without
    SQLAlchemy's per-row result processing, for reads of millions of rows."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _raw(session: Session, sql: str, params: tuple = ()) -> Any:
    """``sql`` (written with SQLite's ``?`` placeholders) run on the session's driver connection; on
    PostgreSQL with psycopg's ``%s``. Returns the driver's cursor."""
    if session.get_bind().dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    return _driver(session).execute(sql, params)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


_PART = 4096
# (the indicators as a subquery: SQLite then walks the index of (indicator_id, date) in its order, no sort)
_OF_TRIALS = "FROM measurements m WHERE m.indicator_id IN (SELECT id FROM indicators WHERE trial_id IN ({})) "
_COLUMNS_SQL = ("SELECT m.indicator_id, m.date, m.value, m.n, m.sd, m.numerator, m.denominator " + _OF_TRIALS
                + "ORDER BY m.indicator_id, m.date")
# SQLite: the count per indicator (from the index alone), then the values without the indicator's id in the
# same order: no 32-character id made for each of the measurements.
_COUNTS_SQL = "SELECT m.indicator_id, count(*) " + _OF_TRIALS + "GROUP BY m.indicator_id ORDER BY m.indicator_id"
_VALUES_SQL = "SELECT m.date, m.value, m.n, m.sd, m.numerator, m.denominator " + _OF_TRIALS + "ORDER BY m.indicator_id, m.date"


class _Dates(dict):
    """Date text -> date, each distinct text parsed once (a few hundred dates among thousands of rows)."""

    def __missing__(self, text: str) -> dt.date:
        date = self[text] = dt.date.fromisoformat(text)
        return date


def _fetch_columns(cursor: Any, columns: tuple[list, ...]) -> None:
    """The cursor's rows into ``columns``, column by column with C-level zip/extend: no Python code runs
    per measurement. Read in parts, so that few row tuples live at a time (the garbage collector walks
    every live tuple again and again)."""
    while rows := cursor.fetchmany(_PART):
        for column, part in zip(columns, zip(*rows, strict=True), strict=True):
            column.extend(part)


def measurement_columns(session: Session, trial_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, MeasurementColumns]:
    """The measurements of the trials' indicators as columns (:class:`MeasurementColumns`, sorted by date),
    by indicator: straight from the driver, no object per measurement (what the analysis of many trials
    reads). Indicators without measurements are left out."""
    if not trial_ids:
        return {}
    marks = ", ".join("?" * len(trial_ids))
    params = tuple(_stored_uuid(session, tid) for tid in trial_ids)
    dates, values, ns, sds, nums, dens = columns = ([], [], [], [], [], [])
    if _is_sqlite(session):
        # Two queries in the session's transaction (one snapshot of the file): the counts, then the values.
        counts = _raw(session, _COUNTS_SQL.format(marks), params).fetchall()
        _fetch_columns(_raw(session, _VALUES_SQL.format(marks), params), columns)
        if sum(k for _i, k in counts) == len(dates):  # always, within a transaction
            # SQLite returns dates as text: each distinct one parsed once, the same date object shared.
            return _by_indicator(counts, list(map(_Dates().__getitem__, dates)), values, ns, sds, nums, dens)
        for column in columns:
            column.clear()
    ids: list = []
    _fetch_columns(_raw(session, _COLUMNS_SQL.format(marks), params), (ids, *columns))
    if _is_sqlite(session):
        dates = list(map(_Dates().__getitem__, dates))
    return _by_indicator([(i, sum(1 for _ in group)) for i, group in groupby(ids)], dates, values, ns, sds, nums, dens)


def _by_indicator(counts: Iterable[tuple[Any, int]], dates: list, values: list, ns: list, sds: list, nums: list,
                  dens: list) -> dict[uuid.UUID, MeasurementColumns]:
    """The columns sliced by indicator: ``counts`` are ``(stored indicator id, its number of rows)`` in the
    rows' order."""
    out: dict[uuid.UUID, MeasurementColumns] = {}
    start = 0
    for ind_id, k in counts:
        end = start + k
        out[uuid.UUID(ind_id) if isinstance(ind_id, str) else ind_id] = MeasurementColumns(
            dates[start:end], values[start:end], ns[start:end], sds[start:end], nums[start:end], dens[start:end])
        start = end
    return out


def measurement_values_by_indicator(session: Session, trial_id: uuid.UUID) -> dict[uuid.UUID, MeasurementColumns]:
    """A trial's measurements by indicator, as :func:`measurement_columns` reads them (each also a sequence
    of light :class:`MeasurementValues` rows)."""
    return measurement_columns(session, [trial_id])


def trials_by_id(session: Session, trial_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Trial]:
    return {t.id: t for t in session.scalars(select(Trial).where(trials.c.id.in_(trial_ids)))}


def indicators_of_trials(session: Session, trial_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Indicator]]:
    """Each trial's indicators in the order of :func:`list_indicators` (one query for all the trials)."""
    stmt = (select(Indicator).where(indicators.c.trial_id.in_(trial_ids))
            .order_by(indicators.c.display_order, func.lower(indicators.c.name)))
    out: dict[uuid.UUID, list[Indicator]] = {tid: [] for tid in trial_ids}
    for ind in session.scalars(stmt):
        out[ind.trial_id].append(ind)
    return out


def milestones_of_trials(session: Session, trial_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Milestone]]:
    from .schema import milestones

    out: dict[uuid.UUID, list[Milestone]] = {tid: [] for tid in trial_ids}
    for m in session.scalars(select(Milestone).where(milestones.c.trial_id.in_(trial_ids)).order_by(milestones.c.date)):
        out[m.trial_id].append(m)
    return out


def assessments_of_trials(session: Session, trial_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Assessment]]:
    from .schema import assessments

    out: dict[uuid.UUID, list[Assessment]] = {tid: [] for tid in trial_ids}
    for a in session.scalars(select(Assessment).where(assessments.c.trial_id.in_(trial_ids))):
        out[a.trial_id].append(a)
    return out


def iter_all_measurement_values(session: Session, chunk: int = 20_000) -> Iterator[tuple[str, list[tuple]]]:
    """Every measurement of the database as raw rows ``(date text, value, numerator, denominator)`` grouped
    by the indicator's stored id, streamed in chunks (for checks of the whole database in bounded memory)."""
    cursor = _raw(session, "SELECT indicator_id, date, value, numerator, denominator FROM measurements "
                           "ORDER BY indicator_id, date")
    as_text = not _is_sqlite(session)  # dates as text on both back-ends
    pending: list[tuple] = []
    current: str | None = None
    while True:
        batch = cursor.fetchmany(chunk)
        if not batch:
            break
        for ind_id, group in groupby(batch, itemgetter(0)):
            if ind_id != current and current is not None:
                yield current, pending
                pending = []
            current = ind_id
            pending.extend(((row[1].isoformat(), *row[2:]) if as_text else row[1:]) for row in group)
    if current is not None:
        yield current, pending


def stored_id(session: Session, value: uuid.UUID) -> object:
    """The stored form of an id (as :func:`iter_all_measurement_values` names indicators)."""
    return _stored_uuid(session, value)


def trial_counts(session: Session) -> dict[uuid.UUID, tuple[int, int]]:
    """Trial id -> (indicators, measurements), with two aggregate queries over the whole database."""
    n_ind = dict(session.execute(select(indicators.c.trial_id, func.count()).group_by(indicators.c.trial_id)).all())
    per_indicator = (select(measurements.c.indicator_id, func.count().label("n"))
                     .group_by(measurements.c.indicator_id).subquery())
    n_meas = dict(session.execute(
        select(indicators.c.trial_id, func.sum(per_indicator.c.n))
        .join(per_indicator, per_indicator.c.indicator_id == indicators.c.id)
        .group_by(indicators.c.trial_id)).all())
    return {tid: (n, int(n_meas.get(tid) or 0)) for tid, n in n_ind.items()}


def measurement_on(session: Session, indicator_id: uuid.UUID, date: dt.date) -> Measurement | None:
    stmt = select(Measurement).where(measurements.c.indicator_id == indicator_id, measurements.c.date == date)
    return session.scalars(stmt).first()


def list_milestones(session: Session, trial_id: uuid.UUID) -> list[Milestone]:
    from .schema import milestones

    stmt = select(Milestone).where(milestones.c.trial_id == trial_id).order_by(milestones.c.date)
    return list(session.scalars(stmt))


def list_assessments(session: Session, trial_id: uuid.UUID) -> list[Assessment]:
    from .schema import assessments

    stmt = select(Assessment).where(assessments.c.trial_id == trial_id)
    return list(session.scalars(stmt))


def next_display_order(session: Session, trial_id: uuid.UUID) -> int:
    stmt = select(func.max(indicators.c.display_order)).where(indicators.c.trial_id == trial_id)
    current = session.scalar(stmt)
    return 0 if current is None else current + 1


def change_log_entries(
    session: Session,
    *,
    trial_id: uuid.UUID | None = None,
    entity_id: uuid.UUID | None = None,
    indicator_id: uuid.UUID | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int | None = None,
) -> list[ChangeLogEntry]:
    """Newest first. ``indicator_id``: the indicator's own entries and those of its measurements."""
    stmt = select(ChangeLogEntry).order_by(change_log.c.id.desc())
    if indicator_id is not None:
        # A measurement's insert and delete entries name its indicator; an update names only the changed
        # fields, so it is found by the measurement's id (ever logged for the indicator, or stored now).
        owner = func.coalesce(change_log.c.after["indicator_id"].as_string(),
                              change_log.c.before["indicator_id"].as_string())  # JSON on SQLite and PostgreSQL
        logged = select(change_log.c.entity_id).where((change_log.c.entity == "measurement")
                                                      & (owner == str(indicator_id)))
        stored = [str(m) for m in session.scalars(select(measurements.c.id)
                                                  .where(measurements.c.indicator_id == indicator_id))]
        stmt = stmt.where((change_log.c.entity_id == str(indicator_id))
                          | ((change_log.c.entity == "measurement")
                             & (change_log.c.entity_id.in_(logged) | change_log.c.entity_id.in_(stored))))
    if trial_id is not None:
        stmt = stmt.where(change_log.c.trial_id == str(trial_id))
    if entity_id is not None:
        stmt = stmt.where(change_log.c.entity_id == str(entity_id))
    if since is not None:
        stmt = stmt.where(change_log.c.at >= since)
    if until is not None:
        stmt = stmt.where(change_log.c.at < until)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def has_measurements(session: Session) -> bool:
    """Whether the database holds any measurement (one row looked at, not counted)."""
    return session.execute(select(measurements.c.id).limit(1)).first() is not None


def counts(session: Session) -> dict[str, int]:
    from .schema import assessments, milestones

    out = {}
    for name, table in (
        ("trials", trials),
        ("indicators", indicators),
        ("measurements", measurements),
        ("milestones", milestones),
        ("assessments", assessments),
        ("change_log", change_log),
    ):
        out[name] = session.scalar(select(func.count()).select_from(table)) or 0
    return out


def integrity_findings(session: Session) -> list[str]:
    """SQLite's own checks: ``integrity_check`` and ``foreign_key_check``. Empty when all is well."""
    # On a connection of its own, outside the session's transaction: a check that fails on a badly
    # damaged file must not break the session (the caller still wants to report).
    if session.get_bind().dialect.name != "sqlite":
        return []  # a shared database: the server keeps its own pages consistent; the foreign keys are enforced
    raw = session.get_bind().raw_connection()
    try:
        con = raw.driver_connection
        findings = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
        for row in con.execute("PRAGMA foreign_key_check"):
            findings.append(f"foreign key: table {row[0]} rowid {row[1]} refers to missing {row[2]}")
    except sqlite3.DatabaseError as exc:  # damage so bad that the check itself cannot finish
        return [str(exc)]
    finally:
        raw.close()
    return findings


def bulk_insert_measurements(session: Session, rows: Iterable[dict], chunk: int = 50_000) -> int:
    """Insert many measurements with executemany (for imports). Rows are dicts of column values."""
    total = 0
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            session.execute(insert(measurements), batch)
            total += len(batch)
            batch = []
    if batch:
        session.execute(insert(measurements), batch)
        total += len(batch)
    return total


def delete_measurements(session: Session, ids: Sequence[uuid.UUID]) -> int:
    result = session.execute(delete(measurements).where(measurements.c.id.in_(ids)))
    return result.rowcount or 0


def measurement_ids_by_date(session: Session, indicator_ids: Sequence[uuid.UUID]) -> dict[tuple[uuid.UUID, dt.date], uuid.UUID]:
    """(indicator id, date) -> measurement id for the given indicators (to find duplicates of an import)."""
    if not indicator_ids:
        return {}
    stmt = select(measurements.c.indicator_id, measurements.c.date, measurements.c.id).where(
        measurements.c.indicator_id.in_(list(indicator_ids)))
    return {(row[0], row[1]): row[2] for row in session.execute(stmt)}


def measurement_values(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, float]:
    """Measurement id -> its value (what an import's update of a duplicate would replace)."""
    out: dict[uuid.UUID, float] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        stmt = select(measurements.c.id, measurements.c.value).where(measurements.c.id.in_(ids[i:i + 500]))
        out.update({row[0]: row[1] for row in session.execute(stmt)})
    return out


def measurement_versions(session: Session, indicator_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Measurement id -> row version for the given indicators (what an import's check saw)."""
    if not indicator_ids:
        return {}
    stmt = select(measurements.c.id, measurements.c.row_version).where(
        measurements.c.indicator_id.in_(list(indicator_ids)))
    return {row[0]: int(row[1]) for row in session.execute(stmt)}


def sync_history(session: Session, trial_id: uuid.UUID) -> dict[uuid.UUID, set[str]]:
    """Entity id -> every content hash it had when the trial was last exported or imported."""
    from .schema import sync_state

    out: dict[uuid.UUID, set[str]] = defaultdict(set)
    stmt = select(sync_state.c.entity_id, sync_state.c.hash).where(sync_state.c.trial_id == trial_id)
    for entity_id, digest in session.execute(stmt):
        out[entity_id].add(digest)
    return dict(out)


def upsert_insert(session: Session, table: Table) -> Insert:
    """``INSERT`` of the session's dialect, which has ``on_conflict_do_update`` / ``_do_nothing`` (SQLite and
    PostgreSQL spell them alike)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table)


def record_sync_history(session: Session, trial_id: uuid.UUID, items: Iterable[tuple[str, uuid.UUID, str]],
                        at: dt.datetime) -> int:
    """Remember ``(entity, entity id, hash)`` as agreed versions (existing ones are kept as they are)."""
    from .schema import sync_state

    rows = [{"entity_id": eid, "hash": digest, "entity": entity, "trial_id": trial_id, "agreed_at": at}
            for entity, eid, digest in items]
    if rows:
        session.execute(upsert_insert(session, sync_state).on_conflict_do_nothing(), rows)
    return len(rows)


def new_stored_id() -> str:
    """A new random (version 4) UUID in its stored form (32 hex digits), 4x faster than ``uuid4().hex``."""
    h = os.urandom(16).hex()
    return h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) & 3] + h[17:]


MEASUREMENT_COLUMNS = ("id", "indicator_id", "date", "value", "n", "sd", "numerator", "denominator", "comment",
                       "created_at", "updated_at")


def bulk_insert_measurement_tuples(session: Session, rows: Iterable[tuple], chunk: int = 50_000) -> int:
    """The fast path of :func:`bulk_insert_measurements` for large imports: rows are tuples in
    :data:`MEASUREMENT_COLUMNS` order (ids as ``uuid.UUID``, or the new row's id from :func:`new_stored_id`, ``date`` as ``datetime.date``, timestamps as
    ``datetime``). Values are converted to the stored form exactly as the column types do, but once per
    distinct id/timestamp and with plain ``isoformat`` for dates, then sent with the driver's executemany
    in the session's transaction (no per-row SQLAlchemy parameter processing)."""
    conn = session.connection()
    dialect = conn.dialect
    to_uuid = measurements.c.id.type.dialect_impl(dialect).bind_processor(dialect)
    to_datetime = measurements.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    cache: dict[object, object] = {}

    def stored_uuid(value: uuid.UUID) -> object:
        got = cache.get(value)
        if got is None:
            got = cache[value] = to_uuid(value) if to_uuid else value
        return got

    def stored_datetime(value: dt.datetime) -> object:
        got = cache.get(value)
        if got is None:
            got = cache[value] = to_datetime(value) if to_datetime else value
        return got

    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite; psycopg (PostgreSQL)
    stored_date = dt.date.isoformat if dialect.name == "sqlite" else (lambda d: d)
    sql = (f"INSERT INTO measurements ({', '.join(MEASUREMENT_COLUMNS)}) "
           f"VALUES ({', '.join(mark for _ in MEASUREMENT_COLUMNS)})")
    total = 0
    batch: list[tuple] = []
    for mid, ind_id, date, value, n, sd, num, den, comment, created, updated in rows:
        batch.append((mid if type(mid) is str else mid.hex, stored_uuid(ind_id), stored_date(date), value, n, sd, num, den,
                      comment, stored_datetime(created), stored_datetime(updated)))
        if len(batch) >= chunk:
            conn.exec_driver_sql(sql, batch)
            total += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        total += len(batch)
    return total


def trials_owning(session: Session, entity: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """For records of ``entity`` (indicator, measurement, milestone, assessment) with these ids that exist
    in the database: id -> the trial they belong to."""
    from .schema import assessments, milestones

    ids = list(ids)
    out: dict[uuid.UUID, uuid.UUID] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        if entity == "measurement":
            q = (select(measurements.c.id, indicators.c.trial_id)
                 .join(indicators, indicators.c.id == measurements.c.indicator_id)
                 .where(measurements.c.id.in_(chunk)))
        else:
            table = {"indicator": indicators, "milestone": milestones, "assessment": assessments}[entity]
            q = select(table.c.id, table.c.trial_id).where(table.c.id.in_(chunk))
        out.update({row[0]: row[1] for row in session.execute(q)})
    return out
def change_marks(session: Session) -> dict[uuid.UUID, int]:
    """Trial id -> the id of its newest change-log entry (one aggregate over the log's trial index)."""
    rows = session.execute(select(change_log.c.trial_id, func.max(change_log.c.id))
                           .where(change_log.c.trial_id.is_not(None)).group_by(change_log.c.trial_id))
    out = {}
    for tid, mark in rows:
        with contextlib.suppress(ValueError):
            out[uuid.UUID(tid)] = mark
    return out


def status_summaries(session: Session) -> dict[uuid.UUID, tuple[int, str, dict[str, str | None]]]:
    """Trial id -> (change mark, version, {indicator id: status}) as stored."""
    from .schema import status_summary as ss

    return {tid: (mark, version, statuses) for tid, mark, version, statuses in
            session.execute(select(ss.c.trial_id, ss.c.change_mark, ss.c.version, ss.c.statuses))}


def store_status_summary(session: Session, trial_id: uuid.UUID, mark: int, version: str,
                         statuses: dict[str, str | None], at: dt.datetime) -> None:
    from .schema import status_summary as ss

    values = {"trial_id": trial_id, "change_mark": mark, "version": version, "statuses": statuses, "computed_at": at}
    session.execute(upsert_insert(session, ss).values(**values).on_conflict_do_update(
        index_elements=[ss.c.trial_id], set_={k: v for k, v in values.items() if k != "trial_id"}))


def existing_trial_ids(session: Session, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return set(session.scalars(select(trials.c.id).where(trials.c.id.in_(list(ids)))))
