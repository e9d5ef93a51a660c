"""Exact snapshots of everything a trial holds, for undo and redo of bulk changes.

An import, a paste, a bulk delete or a merge can touch many rows of a trial. Undo takes the trial back to
a :class:`TrialState` read before the change, redo forward to one read after it. The rows are read and
written as SQLite stores them (no type conversion) and keep their ``rowid``, so that the file's SQL
dump after an undo is the dump before the change (the change log excepted: it records the undo too).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from ..domain.errors import StaleRowError
from ..domain.i18n import Text
from .schema import metadata

#: tables that are history, a derived cache or access, not content: never taken back (the status summary is
#: keyed by the trial's newest change-log entry, so an undo, which logs itself, makes it recomputed; an undo
#: never grants or revokes a membership of a shared database)
NOT_CONTENT = {"change_log", "status_summary", "trial_members"}


@dataclass(frozen=True)
class TrialState:
    """The rows of one trial in every table that holds its content: table -> {primary key: row}."""

    trial_id: uuid.UUID
    tables: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, {}))


def _content_tables() -> list[tuple[Table, str]]:
    """The tables a trial's content lives in (parents first) and how its rows are found in each."""
    out = []
    for table in metadata.sorted_tables:
        if table.name in NOT_CONTENT:
            continue
        if table.name == "trials":
            out.append((table, "id = :tid"))
        elif "trial_id" in table.c:
            out.append((table, "trial_id = :tid"))
        elif "indicator_id" in table.c:
            out.append((table, "indicator_id IN (SELECT id FROM indicators WHERE trial_id = :tid)"))
    return out


def _key(table: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def read_trial_state(session: Session, trial_id: uuid.UUID) -> TrialState:
    """Every row of the trial, as stored (with its rowid on SQLite)."""
    if not _sqlite(session):
        return _read_by_key(session, trial_id)
    state = TrialState(trial_id)
    for table, where in _content_tables():
        result = session.execute(text(f'SELECT rowid AS "_rowid_", * FROM "{table.name}" WHERE {where}'),
                                 {"tid": trial_id.hex})
        rows = [dict(r._mapping) for r in result]
        state.tables[table.name] = {_key(table, r): r for r in rows}
    return state


def changed_rows(a: TrialState, b: TrialState) -> dict[str, set]:
    """The keys of the rows, by table, that differ between two states of a trial (added, removed or changed;
    a row's version and rowid do not count)."""
    out: dict[str, set] = {}
    for name in set(a.tables) | set(b.tables):
        x, y = a.tables.get(name, {}), b.tables.get(name, {})
        keys = {k for k in set(x) | set(y) if k not in x or k not in y or _plain(x[k]) != _plain(y[k])}
        if keys:
            out[name] = keys
    return out


def rows_moved_on(expected: TrialState, now: TrialState, keys: dict[str, set]) -> list[tuple[str, tuple]]:
    """Which of the rows ``keys`` are no longer as in ``expected``: changed, added or deleted by someone else
    since. Compared by content, not by row version: this user's own later steps, undone again, raise a row's
    version but leave it as it was."""
    out = []
    for name, wanted in keys.items():
        x, y = expected.tables.get(name, {}), now.tables.get(name, {})
        for key in wanted:
            a, b = x.get(key), y.get(key)
            if (a is None) != (b is None) or (a is not None and b is not None and _plain(a) != _plain(b)):
                out.append((name, key))
    return out


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("_rowid_", "row_version", "updated_at")}


def write_trial_state(session: Session, state: TrialState, only: dict[str, set] | None = None) -> int:
    """Make the trial's rows exactly those of ``state`` (same values, same rowids); returns the number of rows
    deleted, changed or added. Only rows that differ are touched. ``only`` (on a shared database): write just
    these rows (by table, their keys), leaving the others as they are (other users' changes)."""
    if not _sqlite(session):
        return _write_by_key(session, state, only)
    now = read_trial_state(session, state.trial_id)
    tables = _content_tables()
    touched = 0
    # 1. rows that are not in the state go, children first (a parent's cascade would take kept children)
    for table, _ in reversed(tables):
        want = state.tables.get(table.name, {})
        for key, row in now.tables.get(table.name, {}).items():
            if key not in want:
                session.execute(text(f'DELETE FROM "{table.name}" WHERE rowid = :r'), {"r": row["_rowid_"]})
                touched += 1
    # 2. kept rows: back to their rowid (through a free one, so that two rows can swap) and their values
    for table, _ in tables:
        want = state.tables.get(table.name, {})
        have = {k: r for k, r in now.tables.get(table.name, {}).items() if k in want}
        moved = {k: r for k, r in have.items() if r["_rowid_"] != want[k]["_rowid_"]}
        if moved:
            top = session.execute(text(f'SELECT coalesce(max(rowid), 0) FROM "{table.name}"')).scalar_one()
            top = max(top, *(r["_rowid_"] for r in want.values()))
            for i, row in enumerate(moved.values(), start=1):
                session.execute(text(f'UPDATE "{table.name}" SET rowid = :new WHERE rowid = :old'),
                                {"new": top + i, "old": row["_rowid_"]})
                row["_rowid_"] = top + i
        for key, row in have.items():
            target = want[key]
            if row["_rowid_"] != target["_rowid_"]:
                # the target rowid may be held by a row that is added below: free it first
                session.execute(text(f'UPDATE "{table.name}" SET rowid = :new WHERE rowid = :old'),
                                {"new": target["_rowid_"], "old": row["_rowid_"]})
                touched += 1
            changed = [c for c in target if c != "_rowid_" and target[c] != row.get(c)]
            if changed:
                sets = ", ".join(f'"{c}" = :{_param(c)}' for c in changed)
                session.execute(text(f'UPDATE "{table.name}" SET {sets} WHERE rowid = :_r'),
                                {"_r": target["_rowid_"], **{_param(c): target[c] for c in changed}})
                touched += 1
    # 3. rows of the state that are missing, parents first
    for table, _ in tables:
        have = now.tables.get(table.name, {})
        for key, row in state.tables.get(table.name, {}).items():
            if key in have:
                continue
            cols = list(row)
            names = ", ".join("rowid" if c == "_rowid_" else f'"{c}"' for c in cols)
            values = ", ".join(f":{_param(c)}" for c in cols)
            session.execute(text(f'INSERT INTO "{table.name}" ({names}) VALUES ({values})'),
                            {_param(c): row[c] for c in cols})
            touched += 1
    return touched


# --- a shared (PostgreSQL) database: rows found by their primary key ------------------------------------
# PostgreSQL has no rowid, and the file's SQL dump is not the measure there: the rows are read and written
# through SQLAlchemy's tables (their types round-trip: ids, JSON, dates), found by primary key. A row's
# version is not taken back: a row changed by an undo or a redo gets a newer version, so that another user
# who has the row open is told that it changed (an older number again would hide the change from her).

def _selects(trial_id: uuid.UUID) -> list[tuple[Table, Any]]:
    from sqlalchemy import select

    indicators = metadata.tables["indicators"]
    out = []
    for table, _where in _content_tables():
        if table.name == "trials":
            out.append((table, table.c.id == trial_id))
        elif "trial_id" in table.c:
            out.append((table, table.c.trial_id == trial_id))
        else:
            out.append((table, table.c.indicator_id.in_(select(indicators.c.id)
                                                         .where(indicators.c.trial_id == trial_id))))
    return out


def _read_by_key(session: Session, trial_id: uuid.UUID) -> TrialState:
    from sqlalchemy import select

    state = TrialState(trial_id)
    for table, where in _selects(trial_id):
        rows = [dict(r._mapping) for r in session.execute(select(table).where(where))]
        state.tables[table.name] = {_key(table, r): r for r in rows}
    return state


def _where_key(table: Table, key: tuple) -> Any:
    from sqlalchemy import and_

    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


def _write_by_key(session: Session, state: TrialState, only: dict[str, set] | None = None) -> int:
    from sqlalchemy import delete, insert, update

    now = _read_by_key(session, state.trial_id)
    tables = [t for t, _ in _content_tables()]
    touched = 0

    def mine(table: Table, key: tuple) -> bool:
        return only is None or key in only.get(table.name, ())

    for table in reversed(tables):  # rows that are not in the state go, children first
        want = state.tables.get(table.name, {})
        for key in now.tables.get(table.name, {}):
            if key not in want and mine(table, key):
                session.execute(delete(table).where(_where_key(table, key)))
                touched += 1
    for table in tables:  # changed rows, then the missing ones, parents first
        have = now.tables.get(table.name, {})
        versioned = "row_version" in table.c
        for key, row in state.tables.get(table.name, {}).items():
            if not mine(table, key):
                continue
            if key in have:
                changed = {c: v for c, v in row.items() if c != "row_version" and have[key].get(c) != v}
                if changed:
                    where = _where_key(table, key)
                    if versioned:
                        changed["row_version"] = table.c.row_version + 1
                        where = where & (table.c.row_version == have[key]["row_version"])
                    if session.execute(update(table).where(where).values(**changed)).rowcount != 1:
                        raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                                 "The record was changed by someone else meanwhile."))
                    touched += 1
            else:
                values = dict(row)
                if versioned:
                    values["row_version"] = (row.get("row_version") or 0) + 1
                session.execute(insert(table).values(**values))
                touched += 1
    return touched


def _param(column: str) -> str:
    return "p_" + "".join(ch if ch.isalnum() else "_" for ch in column)


#: bookkeeping tables: not counted as changes the user sees
BOOKKEEPING = {"sync_state", "sync_records", "sync_peers"}


def count_differences(a: TrialState, b: TrialState) -> int:
    """How many records (trial, indicators, measurements, milestones, assessments) were added, removed or
    changed between two states of the same trial."""
    n = 0
    for name in set(a.tables) | set(b.tables):
        if name in BOOKKEEPING:
            continue
        x, y = a.tables.get(name, {}), b.tables.get(name, {})
        for key in set(x) | set(y):
            rx, ry = x.get(key), y.get(key)
            n += rx is None or ry is None or _content(rx) != _content(ry)
    return n


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "_rowid_"}


# --- what one step wrote: its states read inside its own write transaction --------------------------------
# An import, a paste, a delete of many or a merge is recorded by the trial's state before and after it. Read in
# transactions of their own, another user's change committed between such a read and the step's write would
# be counted as the step's (and its undo would take that change back). So the states are read inside the
# step's write transaction: on SQLite that transaction is the only writer; on PostgreSQL it runs as
# REPEATABLE READ, so both reads see one picture of the trial (the step's own writes on top of it) and a
# concurrent change of a row the step writes fails the step with a serialization failure (it is run again).

_recording = threading.local()


class StepRecorder:
    """The trial's state when the step's write transaction began (``before``) and when it ended (``after``),
    and the rows that differ between them (``rows``), read in that transaction."""

    def __init__(self, db: object, trial_id: uuid.UUID) -> None:
        self.db, self.trial_id = db, trial_id
        self.before: TrialState | None = None
        self.after: TrialState | None = None
        self.rows: dict[str, set] = {}
        self._start: TrialState | None = None

    def begin(self, session: Session) -> None:
        if not _sqlite(session):
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        self._start = read_trial_state(session, self.trial_id)

    def end(self, session: Session) -> None:
        session.flush()
        after = read_trial_state(session, self.trial_id)
        assert self._start is not None
        if self.before is None:
            self.before = self._start
        changed = changed_rows(self._start, after)
        for name, keys in changed.items():
            self.rows.setdefault(name, set()).update(keys)
        if changed or self.after is None:  # a later transaction that changed none of the trial's rows (e.g.
            self.after = after  # the log of a refused attempt) leaves the step's state after as it was


@contextmanager
def recording(db: object, trial_id: uuid.UUID) -> Iterator[StepRecorder]:
    """While inside, every write transaction of ``db`` on this thread records its effect on the trial."""
    recorder = StepRecorder(db, trial_id)
    previous = getattr(_recording, "recorder", None)
    _recording.recorder = recorder
    try:
        yield recorder
    finally:
        _recording.recorder = previous


@contextmanager
def recorded(db: object, session: Session) -> Iterator[None]:
    """Wrap the body of one write transaction of ``db``: the active recorder (if any) reads the trial's state
    at its start and at its end (not reached when the body fails)."""
    recorder = getattr(_recording, "recorder", None)
    if recorder is None or recorder.db is not db:
        yield
        return
    recorder.begin(session)
    yield
    recorder.end(session)
