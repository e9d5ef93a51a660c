"""The database file's schema compared with the program's own: anything another program added (a
trigger that deletes rows, a view, an index, a table, a column) or anything missing is a finding.

The reference is :data:`~.schema.metadata` created in an empty in-memory database (the tests check
that it equals what the Alembic revisions build), so a new revision needs nothing here. Effektmåling
itself creates no triggers and no views: every trigger or view in the file is foreign.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from ..domain.i18n import Text
from .schema import metadata

# SQLite's and Alembic's own: never findings.
_INTERNAL_PREFIXES = ("sqlite_",)
_EXPECTED_EXTRA_TABLES = {"alembic_version": ["version_num"]}


@dataclass(frozen=True)
class SchemaObjects:
    tables: dict[str, list[str]]  # table -> columns
    indexes: dict[str, str]  # index -> table (SQLite's automatic indexes left out)
    triggers: dict[str, str]  # trigger -> table
    views: set[str]


def _read(con: sqlite3.Connection) -> SchemaObjects:
    tables: dict[str, list[str]] = {}
    indexes: dict[str, str] = {}
    triggers: dict[str, str] = {}
    views: set[str] = set()
    rows = con.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    for kind, name, table in rows:
        if name.startswith(_INTERNAL_PREFIXES):
            continue
        if kind == "table":
            tables[name] = [r[1] for r in con.execute(f'PRAGMA table_info("{name.replace(chr(34), chr(34) * 2)}")')]
        elif kind == "index":
            indexes[name] = table
        elif kind == "trigger":
            triggers[name] = table
        elif kind == "view":
            views.add(name)
    return SchemaObjects(tables, indexes, triggers, views)


_EXPECTED: SchemaObjects | None = None


def expected_schema() -> SchemaObjects:
    """What the program's schema holds (built once, in memory)."""
    global _EXPECTED
    if _EXPECTED is None:
        engine = create_engine("sqlite://")
        metadata.create_all(engine)
        raw = engine.raw_connection()
        try:
            found = _read(raw.driver_connection)
        finally:
            raw.close()
            engine.dispose()
        found.tables.update(_EXPECTED_EXTRA_TABLES)
        _EXPECTED = found
    return _EXPECTED


def foreign_objects(con: sqlite3.Connection) -> list[Text]:
    """Findings: every schema object in the file that the program did not make, and every one it made
    that is missing. Empty when the file's schema is exactly the program's."""
    want = expected_schema()
    have = _read(con)
    out: list[Text] = []
    for name, table in sorted(have.triggers.items()):
        out.append(Text(f"Fremmed trigger »{name}« på tabellen {table}: den er ikke lavet af Effektmåling og kan ændre "
                        "eller slette data uden om programmet (og uden om ændringsloggen). Gendan fra en sikkerhedskopi, "
                        "eller få den fjernet.",
                        f"Foreign trigger '{name}' on the table {table}: it was not made by Effektmåling and can change "
                        "or delete data behind the program's back (and the change log's). Restore from a backup, or "
                        "have it removed."))
    for name in sorted(have.views - want.views):
        out.append(Text(f"Fremmed view »{name}«: det er ikke lavet af Effektmåling.",
                        f"Foreign view '{name}': it was not made by Effektmåling."))
    for name in sorted(set(have.tables) - set(want.tables)):
        out.append(Text(f"Fremmed tabel »{name}«: den er ikke lavet af Effektmåling.",
                        f"Foreign table '{name}': it was not made by Effektmåling."))
    for name in sorted(set(want.tables) - set(have.tables)):
        out.append(Text(f"Tabellen »{name}« mangler.", f"The table '{name}' is missing."))
    for name in sorted(set(want.tables) & set(have.tables)):
        extra = [c for c in have.tables[name] if c not in want.tables[name]]
        missing = [c for c in want.tables[name] if c not in have.tables[name]]
        if extra:
            out.append(Text(f"Tabellen {name} har fremmede kolonner: {', '.join(extra)}.",
                            f"The table {name} has foreign columns: {', '.join(extra)}."))
        if missing:
            out.append(Text(f"Tabellen {name} mangler kolonner: {', '.join(missing)}.",
                            f"The table {name} lacks columns: {', '.join(missing)}."))
    for name in sorted(set(have.indexes) - set(want.indexes)):
        out.append(Text(f"Fremmed indeks »{name}« på tabellen {have.indexes[name]}.",
                        f"Foreign index '{name}' on the table {have.indexes[name]}."))
    for name in sorted(set(want.indexes) - set(have.indexes)):
        out.append(Text(f"Indekset »{name}« på tabellen {want.indexes[name]} mangler.",
                        f"The index '{name}' on the table {want.indexes[name]} is missing."))
    return out


def schema_findings(engine: Engine) -> list[Text]:
    """:func:`foreign_objects` of an open database (on a connection of its own)."""
    raw = engine.raw_connection()
    try:
        return foreign_objects(raw.driver_connection)
    except sqlite3.DatabaseError as exc:
        return [Text(f"Skemaet kunne ikke læses: {exc}", f"The schema could not be read: {exc}")]
    finally:
        raw.close()


def foreign_triggers(engine: Engine) -> list[str]:
    """The names of the triggers in the file (Effektmåling makes none), read cheaply at opening."""
    raw = engine.raw_connection()
    try:
        return [r[0] for r in raw.driver_connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    except sqlite3.DatabaseError:
        return []
    finally:
        raw.close()
