"""SQL of the exchange: the per-record histories (``sync_records``) and applying a merge's changes in an
order that the database's rules allow (moved and swapped dates, renamed indicators), each change in the
change log with its values before and after."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import String, bindparam, delete, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from .schema import (
    assessments,
    change_log,
    indicators,
    measurements,
    milestones,
    sync_peers,
    sync_records,
    to_json_value,
    trials,
)

TABLES = {"trial": trials, "indicator": indicators, "measurement": measurements, "milestone": milestones,
          "assessment": assessments}


class Ids(dict):
    """Ids as stored (32 hex digits) -> :class:`uuid.UUID`, each distinct one converted once: a trial's
    exchange reads the same 20,000 ids in several queries, and parsing a UUID costs more than the row."""

    def __missing__(self, key: str | None) -> uuid.UUID | None:
        value = None if key is None else uuid.UUID(hex=key)
        self[key] = value
        return value


def _raw(column: Any) -> Any:
    """A stored id column as its text (converted through :class:`Ids`, not once per row by the column type)."""
    return type_coerce(column, String).label(column.name)


def load_records(session: Session, trial_id: uuid.UUID, ids: Ids | None = None) -> dict[uuid.UUID, dict[str, Any]]:
    """Entity id -> its stored history: ``entity``, ``parent_id`` and the decoded ``state`` (``base``,
    ``events``, ``writers``, ``deleted``) as top-level keys."""
    ids = Ids() if ids is None else ids
    stmt = select(_raw(sync_records.c.entity_id), sync_records.c.entity, _raw(sync_records.c.parent_id),
                  sync_records.c.state).where(sync_records.c.trial_id == trial_id)
    rows = session.execute(stmt).all()
    # The states decoded as one JSON array: one call of the C decoder instead of one per record.
    states = json.loads("[" + ",".join(row[3] for row in rows) + "]")
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for (entity_id, entity, parent_id, _state), rec in zip(rows, states, strict=True):
        key = ids[entity_id]
        rec["entity_id"], rec["entity"], rec["parent_id"] = key, entity, ids[parent_id]
        out[key] = rec
    return out


MeasurementRow = namedtuple("MeasurementRow", [c.name for c in measurements.columns])  # type: ignore[misc]


def measurement_rows(session: Session, trial_id: uuid.UUID, ids: Ids | None = None) -> list[MeasurementRow]:
    """The trial's measurements as plain named tuples (every column), by indicator and date: several times
    faster than mapped objects or result rows for the tens of thousands an exchange compares."""
    ids = Ids() if ids is None else ids
    cols = [_raw(c) if c.name in ("id", "indicator_id") else c for c in measurements.columns]
    stmt = (select(*cols).join(indicators, indicators.c.id == measurements.c.indicator_id)
            .where(indicators.c.trial_id == trial_id).order_by(measurements.c.indicator_id, measurements.c.date))
    make = MeasurementRow._make
    return [make((ids[row[0]], ids[row[1]], *row[2:])) for row in session.execute(stmt)]


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode(value: object) -> str:
    """Compact JSON (one encoder for every row: ``json.dumps`` with options makes a new one per call)."""
    return _ENCODER.encode(value)


def save_records(session: Session, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert or replace history rows (``state`` already JSON text)."""
    if not rows:
        return 0
    from .repository import upsert_insert

    stmt = upsert_insert(session, sync_records)
    stmt = stmt.on_conflict_do_update(index_elements=[sync_records.c.entity_id], set_={
        c: stmt.excluded[c] for c in ("trial_id", "entity", "parent_id", "state", "synced_at")})
    session.execute(stmt, list(rows))
    return len(rows)


def forget_trial(session: Session, trial_id: uuid.UUID) -> None:
    session.execute(delete(sync_records).where(sync_records.c.trial_id == trial_id))


def deletions_logged(session: Session, trial_id: uuid.UUID) -> dict[str, tuple[dt.datetime, str]]:
    """Entity id (text) -> when and by whom it was last deleted, from the change log."""
    stmt = (select(change_log.c.entity_id, change_log.c.at, change_log.c.user)
            .where(change_log.c.trial_id == str(trial_id), change_log.c.action == "delete")
            .order_by(change_log.c.id))
    return {row[0]: (row[1], row[2]) for row in session.execute(stmt)}


def owners(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, tuple[str, uuid.UUID, uuid.UUID | None]]:
    """For ids present in the database: (entity, trial id, parent id) -- where each one lives now (or
    lived, for a deleted record of an exchanged trial)."""
    ids = list(ids)
    out: dict[uuid.UUID, tuple[str, uuid.UUID, uuid.UUID | None]] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        for row in session.execute(select(sync_records.c.entity_id, sync_records.c.entity, sync_records.c.trial_id,
                                          sync_records.c.parent_id).where(sync_records.c.entity_id.in_(chunk))):
            out[row[0]] = (row[1], row[2], row[3])
        for row in session.execute(select(trials.c.id).where(trials.c.id.in_(chunk))):
            out[row[0]] = ("trial", row[0], None)
        for row in session.execute(select(indicators.c.id, indicators.c.trial_id).where(indicators.c.id.in_(chunk))):
            out[row[0]] = ("indicator", row[1], row[1])
        for table, entity in ((milestones, "milestone"), (assessments, "assessment")):
            for row in session.execute(select(table.c.id, table.c.trial_id).where(table.c.id.in_(chunk))):
                out[row[0]] = (entity, row[1], row[1])
        stmt = (select(measurements.c.id, indicators.c.trial_id, measurements.c.indicator_id)
                .join(indicators, indicators.c.id == measurements.c.indicator_id)
                .where(measurements.c.id.in_(chunk)))
        for row in session.execute(stmt):
            out[row[0]] = ("measurement", row[1], row[2])
    return out


def row_json(entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row (column -> Python value) as the change log writes it."""
    return {c.name: to_json_value(row.get(c.name)) for c in TABLES[entity].columns}


class Applier:
    """Writes a merge in an order the constraints allow and logs every change (one transaction: the caller's)."""

    def __init__(self, session: Session, trial_id: uuid.UUID, user: str, now: dt.datetime) -> None:
        self.s = session
        self.trial_id = str(trial_id)
        self.user = user
        self.now = now
        self.log: list[dict[str, Any]] = []

    def _log(self, action: str, entity: str, entity_id: uuid.UUID, before: dict | None, after: dict | None) -> None:
        self.log.append({"at": self.now, "user": self.user, "action": action, "entity": entity,
                         "entity_id": str(entity_id), "trial_id": self.trial_id, "before": before, "after": after})

    def delete(self, entity: str, rows: Sequence[Mapping[str, Any]], *, log: bool = True) -> None:
        if not rows:
            return
        table = TABLES[entity]
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            self.s.execute(delete(table).where(table.c.id.in_(ids[start:start + 500])))
        if log:
            for r in rows:
                self._log("delete", entity, r["id"], row_json(entity, r), None)

    def insert(self, entity: str, rows: Sequence[Mapping[str, Any]], *, log: bool = True) -> None:
        if not rows:
            return
        self.s.execute(insert(TABLES[entity]), [dict(r) for r in rows])
        if log:
            for r in rows:
                self._log("insert", entity, r["id"], None, row_json(entity, r))

    def update(self, entity: str, changes: Sequence[tuple[uuid.UUID, Mapping[str, Any], Mapping[str, Any]]]) -> None:
        """``changes``: (id, values before, values after) of the changed columns."""
        table = TABLES[entity]
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for id_, _before, after in changes:
            groups.setdefault(tuple(sorted(after)), []).append({"_id": id_, **after})
        for cols, params in groups.items():
            values: dict[Any, Any] = {c: bindparam(c) for c in cols}
            if "row_version" in table.c:  # an edit based on the version before the merge is refused
                values["row_version"] = table.c.row_version + 1
            stmt = update(table).where(table.c.id == bindparam("_id")).values(values)
            self.s.execute(stmt, params)
        for id_, before, after in changes:
            shown = [k for k in after if k != "updated_at"]
            if shown:
                self._log("update", entity, id_, {k: to_json_value(before.get(k)) for k in shown},
                          {k: to_json_value(after[k]) for k in shown})

    def write_log(self, summary_action: str, summary: dict[str, Any]) -> None:
        self._log(summary_action, "trial", uuid.UUID(self.trial_id), None, summary)
        self.s.execute(insert(change_log), self.log)
        self.log = []


def peers(session: Session, trial_id: uuid.UUID | None = None) -> list[dict[str, Any]]:
    """The sync peers (``sync_peers`` rows as dicts), of one trial or all, the newest synchronised first."""
    stmt = select(sync_peers)
    if trial_id is not None:
        stmt = stmt.where(sync_peers.c.trial_id == trial_id)
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    rows.sort(key=lambda r: r["synced_at"] or r["checked_out_at"], reverse=True)
    return rows


def save_peer(session: Session, trial_id: uuid.UUID, peer: str, kind: str, login: str, *,
              checked_out_at: dt.datetime | None = None, synced_at: dt.datetime | None = None) -> None:
    """Insert the peer, or set its login and the times given."""
    from .repository import upsert_insert

    now = synced_at or checked_out_at
    assert now is not None
    stmt = upsert_insert(session, sync_peers).values(trial_id=trial_id, peer=peer, kind=kind, login=login,
                                                     checked_out_at=checked_out_at or now, synced_at=synced_at)
    changes: dict[str, Any] = {"login": stmt.excluded.login, "kind": stmt.excluded.kind}
    if synced_at is not None:
        changes["synced_at"] = stmt.excluded.synced_at
    if checked_out_at is not None:
        changes["checked_out_at"] = stmt.excluded.checked_out_at
    session.execute(stmt.on_conflict_do_update(index_elements=[sync_peers.c.trial_id, sync_peers.c.peer],
                                               set_=changes))
