"""Opening a database file: checks, pragmas, automatic migration with a backup first, transactions,
and the change log that records every insert, update and delete."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.entities import ChangeLogEntry, Indicator, Measurement, Trial, new_id, utcnow
from ..domain.errors import StorageError
from ..domain.i18n import Text
from .locking import DatabaseLock
from .schema import TABLE_OF, map_entities, row_dict, to_json_value

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()  # type: ignore[return-value]


def all_revisions() -> list[str]:
    """Every revision from the first to the newest."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "ukendt"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


class Database:
    """An open Effektmåling database file. Use :meth:`write` for a transaction, :meth:`read` to query."""

    def __init__(self, path: Path, engine: Engine, *, readonly: bool, migration: MigrationReport | None,
                 lock: DatabaseLock | None = None) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self.migration = migration
        self.lock = lock  # the one-writer lock file, held while open for writing
        self.notes: list[Text] = list(lock.notes) if lock else []
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(effektmaaling_immediate=True), expire_on_commit=False
        )

    @contextlib.contextmanager
    def write(self, user: str | None = None, now: dt.datetime | None = None) -> Iterator[Session]:
        """One transaction: everything inside is committed together or not at all.

        ``user`` and ``now`` are what the change log records (default: the OS user, the clock)."""
        if self.readonly:
            raise StorageError(
                Text(
                    "Databasen er åbnet skrivebeskyttet; ændringer kan ikke gemmes.",
                    "The database is open read-only; changes cannot be saved.",
                )
            )
        session = self._write_sessions()
        session.info["user"] = user or current_user()
        if now is not None:
            session.info["now"] = now
        try:
            with translate_storage_errors(), session.begin():
                yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            with translate_storage_errors(), session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def translate_storage_errors() -> Iterator[None]:
    """Turn low-level SQLite failures into messages a user can act on."""
    try:
        yield
    except DatabaseError as exc:  # OperationalError included
        raise storage_error_from(exc) from exc


def storage_error_from(exc: Exception) -> StorageError:
    msg = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in msg or "read-only" in msg:
        return StorageError(Text("Databasefilen er skrivebeskyttet; ændringen blev ikke gemt.",
                                 "The database file is read-only; the change was not saved."))
    if "full" in msg:
        return StorageError(Text("Disken er fuld; ændringen blev ikke gemt. Frigør plads og prøv igen.",
                                 "The disk is full; the change was not saved. Free some space and try again."))
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return StorageError(Text("Databasefilen er beskadiget. Kør «Kontrollér database», og gendan om nødvendigt "
                                 "fra en sikkerhedskopi.",
                                 "The database file is damaged. Run 'Check database' and, if needed, restore "
                                 "from a backup."))
    if "locked" in msg or "busy" in msg:
        return StorageError(Text("Databasen er optaget af et andet program; prøv igen om lidt.",
                                 "The database is busy in another program; try again shortly."))
    return StorageError(Text(f"Databasefejl: {msg}", f"Database error: {msg}"))


def _configure_engine(engine: Engine, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the lock at BEGIN, so two writers never deadlock on a lock upgrade.
        immediate = conn.get_execution_options().get("effektmaaling_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that is a folder, unreadable, or not an SQLite file."""
    if path.is_dir():
        raise StorageError(Text(f"{path} er en mappe, ikke en databasefil.", f"{path} is a folder, not a database file."))
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except PermissionError:
        raise StorageError(Text(f"Ingen adgang til at læse {path}.", f"No permission to read {path}.")) from None
    except OSError as exc:
        raise StorageError(Text(f"Kan ikke læse {path}: {exc.strerror}.", f"Cannot read {path}: {exc.strerror}.")) from None
    if header and header != SQLITE_HEADER:
        raise StorageError(
            Text(f"{path} er ikke en Effektmåling-database (ikke en SQLite-fil).",
                 f"{path} is not an Effektmåling database (not an SQLite file).")
        )


def backup_file(src: Path, dest: Path) -> Path:
    """A consistent copy of a (possibly open) SQLite database, made with SQLite's online backup API.

    The copy is a single self-contained file (rollback journal, not WAL), so that reading it later
    leaves no ``-wal``/``-shm`` files beside it; opening it as a workspace switches it back to WAL."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()
    return dest


def open_database(
    path: str | Path,
    *,
    readonly: bool = False,
    create: bool = True,
    backup_dir: Path | None = None,
) -> Database:
    """Open (and if needed create or migrate) the database at ``path``.

    A file at an older schema is first copied to a timestamped backup in ``backup_dir`` (default:
    the user data's backups folder), then migrated to the newest revision. A file at a newer schema
    than this program knows, or one that is not an Effektmåling database, is refused unchanged.
    """
    map_entities()
    path = Path(path).expanduser()
    if path.exists():
        check_sqlite_file(path)
    elif readonly or not create:
        raise StorageError(Text(f"Databasen {path} findes ikke.", f"The database {path} does not exist."))
    elif not path.parent.exists():
        raise StorageError(Text(f"Mappen {path.parent} findes ikke.", f"The folder {path.parent} does not exist."))

    # One writer: a writable opening takes the lock file first (a held lock raises DatabaseInUseError).
    lock = None if readonly else DatabaseLock.acquire(path)
    if readonly:
        url = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_engine(engine, readonly)
    try:
        try:
            migration = _migrate(engine, path, readonly=readonly, backup_dir=backup_dir)
            if not readonly:
                _enable_wal(engine)
        except StorageError:
            raise
        except DatabaseError as exc:
            if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
                raise StorageError(Text(f"{path} er ikke en gyldig database eller er beskadiget.",
                                        f"{path} is not a valid database or is damaged.")) from exc
            raise storage_error_from(exc) from exc
    except BaseException:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise
    return Database(path, engine, readonly=readonly, migration=migration, lock=lock)


def _enable_wal(engine: Engine) -> None:
    """Switch the file to write-ahead logging (persistent). Done only once the file is known to be ours,
    so that a refused file is never touched."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


def _migrate(engine: Engine, path: Path, *, readonly: bool, backup_dir: Path | None) -> MigrationReport | None:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
        conn.rollback()
    if current == head:
        return None
    if current is None and tables - {"alembic_version"}:
        raise StorageError(Text(f"{path} er en SQLite-fil, men ikke en Effektmåling-database.",
                                f"{path} is an SQLite file but not an Effektmåling database."))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise StorageError(
                Text(
                    f"{path} er lavet af en nyere version af Effektmåling (skema {current}). "
                    "Opdatér programmet; filen er ikke ændret.",
                    f"{path} was written by a newer version of Effektmåling (schema {current}). "
                    "Update the program; the file has not been changed.",
                )
            ) from None
    if readonly:
        raise StorageError(Text("Databasen skal opdateres til en nyere version, men er åbnet skrivebeskyttet.",
                                "The database needs upgrading but is open read-only."))
    backup = None
    if current is not None:
        from .. import paths

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or paths.backups_dir()
        backup = backup_file(path, folder / f"{path.stem}-{stamp}-before-migration-{current}.db")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationReport(current, head, backup)  # type: ignore[arg-type]


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
        return rev


# --- change log -----------------------------------------------------------------------------------

def _trial_id_of(session: Session, obj: object) -> str | None:
    if isinstance(obj, Trial):
        return str(obj.id)
    if isinstance(obj, Measurement):
        with session.no_autoflush:
            ind = session.get(Indicator, obj.indicator_id)
        return str(ind.trial_id) if ind is not None else None
    trial_id = getattr(obj, "trial_id", None)
    return str(trial_id) if trial_id is not None else None


def _before_values(obj: object) -> dict:
    state = inspect(obj)
    before = row_dict(obj)
    for attr in state.attrs:
        hist = attr.history
        if hist.deleted:
            before[attr.key] = to_json_value(hist.deleted[0])
    return before


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _ctx: object, _instances: object) -> None:
    user = session.info.get("user") or current_user()
    now = session.info.get("now") or utcnow()  # a fixed clock makes generated files reproducible
    entries: list[ChangeLogEntry] = []
    for obj in list(session.new):
        if type(obj) not in TABLE_OF:
            continue
        if getattr(obj, "id", None) is None:
            obj.id = new_id()  # type: ignore[attr-defined]
        if hasattr(obj, "created_at"):
            obj.created_at = obj.created_at or now  # type: ignore[attr-defined]
            obj.updated_at = obj.updated_at or now  # type: ignore[attr-defined]
        entries.append(_entry(session, "insert", obj, None, row_dict(obj), user, now))
    for obj in list(session.dirty):
        if type(obj) not in TABLE_OF or not session.is_modified(obj, include_collections=False):
            continue
        before = _before_values(obj)
        if hasattr(obj, "updated_at") and not inspect(obj).attrs.updated_at.history.added:
            obj.updated_at = now  # type: ignore[attr-defined]
        after = row_dict(obj)
        changed = {k for k in after if after[k] != before.get(k) and k != "updated_at"}
        if not changed:
            continue
        entries.append(_entry(session, "update", obj,
                              {k: before[k] for k in changed}, {k: after[k] for k in changed}, user, now))
    for obj in list(session.deleted):
        if type(obj) not in TABLE_OF:
            continue
        entries.append(_entry(session, "delete", obj, row_dict(obj), None, user, now))
    if entries:
        session.add_all(entries)


def _entry(session: Session, action: str, obj: object, before: dict | None, after: dict | None,
           user: str, now: dt.datetime) -> ChangeLogEntry:
    return ChangeLogEntry(
        at=now,
        user=user,
        action=action,
        entity=type(obj).__name__.lower(),
        entity_id=str(obj.id),  # type: ignore[attr-defined]
        trial_id=_trial_id_of(session, obj),
        before=before,
        after=after,
    )


def log_bulk_action(session: Session, action: str, entity: str, entity_id: str, trial_id: str | None,
                    summary: dict) -> None:
    """One change-log entry for a bulk operation (an import of many rows, a merge)."""
    session.add(
        ChangeLogEntry(at=utcnow(), user=session.info.get("user") or current_user(), action=action,
                       entity=entity, entity_id=entity_id, trial_id=trial_id, before=None, after=summary)
    )
