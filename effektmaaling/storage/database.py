"""Opening a database file: checks, pragmas, automatic migration with a backup first, transactions,
and the change log that records every insert, update and delete."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.entities import ChangeLogEntry, Indicator, Measurement, Trial, new_id, utcnow
from ..domain.errors import StorageError
from ..domain.i18n import Text
from ..filesafety import (
    connected_database_of,
    is_connected,
    refuse_open_database,
    register_database,
    unregister_database,
)
from .backups import backup_folder, copy_database, make_backup
from .backups import daily_backup as take_daily_backup
from .filesystems import network_warning
from .locking import WriterLock
from .schema import TABLE_OF, map_entities, row_dict, to_json_value
from .schema_check import foreign_triggers
from .snapshots import recorded

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# Every revision in migrations/versions, first to newest. Opening a file already at the newest needs
# no Alembic (a slow import); tests/storage/test_migrations.py checks this list against the scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
HEAD_REVISION = REVISIONS[-1]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def all_revisions() -> list[str]:
    """Every revision from the first to the newest."""
    return list(REVISIONS)


def script_revisions() -> list[str]:
    """Every revision as Alembic finds it in migrations/versions, first to newest."""
    from alembic.script import ScriptDirectory

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
    """An open Effektmåling database file. Use :meth:`write` for a transaction, :meth:`read` to query.

    A shared PostgreSQL database is a :class:`~.postgres.SharedDatabase` (``shared`` true, ``path`` None)."""

    shared = False

    def __init__(self, path: Path, engine: Engine, *, readonly: bool, migration: MigrationReport | None,
                 lock: WriterLock | None = None, warnings: list[Text] | None = None,
                 registration: int | None = None) -> None:
        self.path = path
        self._registration = registration
        self.damaged = False  # damaged (quick_check) or changed by another program (a trigger): read-only
        self.damage_note: Text | None = None
        self.engine = engine
        self.readonly = readonly
        self.migration = migration
        self.lock = lock
        self.warnings: list[Text] = list(warnings or [])
        self._check: BackgroundCheck | None = None  # the opening's quick_check, still running in a thread
        self._check_lock = threading.Lock()
        self._sessions(engine)

    def _sessions(self, engine: Engine) -> None:
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(effektmaaling_immediate=True), expire_on_commit=False
        )

    @property
    def check_pending(self) -> bool:
        """Whether the opening's ``quick_check`` still runs in the background (see ``open_database``'s
        ``check_in_background``): reads work meanwhile, a write waits for it."""
        check = self._check
        return check is not None and not check.done.is_set()

    @property
    def check_unsettled(self) -> bool:
        """Whether a background check's outcome has not been applied yet (:meth:`settle_check`)."""
        return self._check is not None

    def wait_for_check(self, timeout: float | None = None) -> bool:
        """Wait (at most ``timeout`` seconds) for the background check to end; whether it has."""
        check = self._check
        return check is None or check.done.wait(timeout)

    def settle_check(self) -> None:
        """Wait for the opening's background ``quick_check`` and apply its outcome once: a sound file is
        switched to write-ahead logging (the first write to it), a damaged one is reopened read-only with
        the same warning as a damaged file found while opening (every change refused, the lock given up)."""
        with self._check_lock:
            check = self._check
            if check is None:
                return
            check.done.wait()
            if check.damage is None:
                _enable_wal(self.engine)  # a StorageError (held by another program) leaves it unsettled
                self._check = None
                return
            self._check = None
            note = damaged_warning(self.path, check.damage)
            ro = open_database(self.path, readonly=True, create=False, verify=False)
            self.engine.dispose()
            unregister_database(self._registration)
            if self.lock is not None:
                self.lock.release()
                self.lock = None
            self.engine, self._registration, ro._registration = ro.engine, ro._registration, None
            self._sessions(self.engine)
            self.readonly = self.damaged = True
            self.damage_note = note
            self.warnings.insert(0, note)

    @contextlib.contextmanager
    def write(self, user: str | None = None, now: dt.datetime | None = None) -> Iterator[Session]:
        """One transaction: everything inside is committed together or not at all.

        ``user`` and ``now`` are what the change log records (default: the OS user, the clock). While the
        opening's background check runs, a write waits for it (and is refused if it finds damage)."""
        if self._check is not None and not self.readonly:
            self.settle_check()
        if self.damaged:
            raise StorageError(self.damage_note or Text(
                "Databasefilen er beskadiget og er åbnet skrivebeskyttet; ændringen blev ikke gemt. Gendan den fra "
                "en sikkerhedskopi (Fil → Gendan fra sikkerhedskopi …).",
                "The database file is damaged and open read-only; the change was not saved. Restore it from a "
                "backup (File → Restore from backup …)."))
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
            with translate_storage_errors(), session.begin(), recorded(self, session):
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

    @property
    def location(self) -> str:
        """What to show the user: the file's path (a shared database: its URL without the password)."""
        return str(self.path)

    def close(self) -> None:
        """Close the connections and give up the writer's lock (safe to call twice)."""
        check, self._check = self._check, None
        if check is not None:
            check.cancel()
        self.engine.dispose()
        unregister_database(self._registration)
        self._registration = None
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
    except OperationalError as exc:
        raise storage_error_from(exc) from exc
    except sqlite3.OperationalError as exc:  # from the driver directly (the fast reads of many rows)
        raise storage_error_from(exc) from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        if "malformed" in str(exc).lower() or "not a database" in str(exc).lower():
            raise StorageError(Text(
                "Databasefilen er beskadiget. Kør Hjælp → Kontrollér database, og gendan evt. fra en sikkerhedskopi.",
                "The database file is damaged. Run Help → Check database, and restore from a backup if need be.",
            )) from exc
        raise


def storage_error_from(exc: Exception) -> StorageError:
    msg = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in msg or "read-only" in msg:
        return StorageError(Text("Databasefilen er skrivebeskyttet; ændringen blev ikke gemt.",
                                 "The database file is read-only; the change was not saved."))
    if "full" in msg:
        return StorageError(Text("Disken er fuld; ændringen blev ikke gemt. Frigør plads og prøv igen.",
                                 "The disk is full; the change was not saved. Free some space and try again."))
    if "unable to open" in msg:
        return StorageError(Text("Databasefilen kan ikke åbnes: der mangler adgang til filen eller dens mappe.",
                                 "The database file cannot be opened: access to the file or its folder is missing."))
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
    owner = connected_database_of(path)
    if owner is not None:
        if os.path.samefile(owner, path) if owner.exists() and path.exists() else owner == Path(os.path.abspath(path)):
            return  # never open a connected database outside SQLite: closing it would drop SQLite's locks
        refuse_open_database(path)  # its -wal or -shm: not a database
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        regular = True  # the opening below gives the message
    if not regular:
        raise StorageError(Text(f"{path} er ikke en almindelig fil (fx en pipe eller en enhed) og kan ikke være en database.",
                                f"{path} is not a regular file (e.g. a pipe or a device) and cannot be a database."))
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
    """A consistent copy of a (possibly open) SQLite database, made with SQLite's online backup API
    (written under a temporary name and renamed when complete)."""
    return copy_database(Path(src), Path(dest))


class ReadOnlyLocationError(StorageError):
    """The file or its folder cannot be written; the database can still be opened read-only."""

    def __init__(self, path: Path, *, folder: bool) -> None:
        self.path = path
        self.folder = folder
        if folder:
            msg = Text(f"Mappen {path.parent} er skrivebeskyttet, så databasen {path.name} kan ikke ændres dér. "
                       "Åbn den skrivebeskyttet, eller kopiér den til en mappe, du kan skrive i.",
                       f"The folder {path.parent} is read-only, so the database {path.name} cannot be changed "
                       "there. Open it read-only, or copy it to a folder you can write to.")
        else:
            msg = Text(f"Databasefilen {path} er skrivebeskyttet. Åbn den skrivebeskyttet, eller fjern "
                       "skrivebeskyttelsen i filens egenskaber.",
                       f"The database file {path} is read-only. Open it read-only, or remove the write "
                       "protection in the file's properties.")
        super().__init__(msg)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _wal_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _precheck(path: Path) -> None:
    """Refuse a damaged, foreign or too new file before SQLite opens it for real (which, for a WAL
    file, creates -wal/-shm files beside it). Done only when no -wal file exists: the file then holds
    all committed data and an immutable read sees exactly it, without creating anything."""
    if not path.exists() or path.stat().st_size == 0 or _wal_file(path).exists() or is_connected(path):
        return  # (an immutable connection closes its file handle directly: never on a connected file)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return  # the real opening gives the message
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.DatabaseError as exc:
        raise StorageError(Text(f"{path} er ikke en gyldig database eller er beskadiget.",
                                f"{path} is not a valid database or is damaged.")) from exc
    finally:
        con.close()
    _refuse_unknown(path, row[0] if row else None, tables)


def _refuse_unknown(path: Path, current: str | None, tables: set[str]) -> None:
    """A file that is SQLite but not ours, or ours but from a newer program, is refused."""
    if current is None and tables - {"alembic_version"}:
        raise StorageError(Text(f"{path} er en SQLite-fil, men ikke en Effektmåling-database.",
                                f"{path} is an SQLite file but not an Effektmåling database."))
    if current is not None and current not in all_revisions():
        raise StorageError(
            Text(
                f"{path} er lavet af en nyere version af Effektmåling (skema {current}). "
                "Opdatér programmet; filen er ikke ændret.",
                f"{path} was written by a newer version of Effektmåling (schema {current}). "
                "Update the program; the file has not been changed.",
            )
        )


def _sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def open_database(
    path: str | Path,
    *,
    readonly: bool = False,
    create: bool = True,
    backup_dir: Path | None = None,
    daily_backup: bool = False,
    verify: bool = True,
    on_busy: Callable[[Text], None] | None = None,
    check_in_background: bool = False,
) -> Database:
    """Open (and if needed create or migrate) the database at ``path``.

    A writer takes the database's lock file first (:class:`~.locking.DatabaseInUseError` when another
    program or window holds it; a lock left by a crashed program is cleared). A file at an older schema
    is first copied to a backup (in ``backup_dir``, default the database's folder under the user data's
    backups), then migrated to the newest revision. A file at a newer schema than this program knows, or
    one that is not an Effektmåling database, is refused unchanged. With ``daily_backup`` the first
    opening of the day also makes a backup. Warnings for the user (a network drive, a cleared lock, a
    failed daily backup) are in :attr:`Database.warnings`.

    An existing file is checked with ``PRAGMA quick_check`` (unless ``verify`` is false): a damaged
    one is opened read-only, with a warning that points to restoring a backup (:attr:`Database.damaged`).
    A ``-wal`` file without its database is refused (it may hold the only copy of changes). When
    another program holds the file while it is switched to write-ahead logging, the opening waits and
    retries for a while, telling ``on_busy`` once.

    ``check_in_background`` (the GUI's opening, for writing): a ``quick_check`` that is due runs in a
    thread on a connection of its own while the caller reads; nothing is written to the file (not even the
    switch to write-ahead logging) until it has passed: the first write waits for it, and a damaged file is
    then reopened read-only with the same warning (:meth:`Database.settle_check`).
    """
    if isinstance(path, str) and "://" in path:
        from .postgres import is_shared_location, open_shared

        if is_shared_location(path):
            return open_shared(path, readonly=readonly)
    map_entities()
    path = Path(path).expanduser()
    existed = path.exists()
    if existed:
        check_sqlite_file(path)
        _precheck(path)
    elif readonly or not create:
        raise StorageError(Text(f"Databasen {path} findes ikke.", f"The database {path} does not exist."))
    elif not path.parent.exists():
        raise StorageError(Text(f"Mappen {path.parent} findes ikke.", f"The folder {path.parent} does not exist."))
    else:
        refuse_orphan_wal(path)
    if not readonly:
        # SQLite needs to create -wal/-shm files (and we the lock file) beside the database.
        if not _writable(path.parent):
            raise ReadOnlyLocationError(path, folder=True)
        if existed and not _writable(path):
            raise ReadOnlyLocationError(path, folder=False)

    warnings: list[Text] = []
    network = network_warning(path)
    if network is not None:
        warnings.append(network)
    lock = None
    if not readonly:
        lock = WriterLock.acquire(path, current_user())
        if lock.stale is not None:
            warnings.append(Text(
                f"Databasen blev ikke lukket korrekt sidst ({lock.stale.describe().da}); låsen er fjernet. "
                "Kør Hjælp → Kontrollér database, hvis du er i tvivl.",
                f"The database was not closed properly last time ({lock.stale.describe().en}); the lock has "
                "been cleared. Run Help → Check database if in doubt."))

    if readonly:
        # A WAL database in a folder nobody may write to cannot get its -shm file: read it as immutable.
        immutable = "&immutable=1" if not _writable(path.parent) and not _wal_file(path).exists() else ""
        url = f"sqlite+pysqlite:///file:{path}?mode=ro{immutable}&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
    # hide_parameters: an error's text never carries the values of a statement (they end up in logs)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
    _configure_engine(engine, readonly)
    registration = register_database(path)

    def give_up() -> None:
        engine.dispose()
        unregister_database(registration)
        if not existed:  # never leave a half-made new file behind
            for p in _sidecars(path):
                with contextlib.suppress(OSError):
                    p.unlink()
        if lock is not None:
            lock.release()

    try:
        migration = _migrate(engine, path, readonly=readonly, backup_dir=backup_dir)
        if existed and verify and check_in_background and not readonly and _check_due(path):
            background, damage = BackgroundCheck(path), None
        else:
            background, damage = None, _verify(engine, path) if existed and verify else None
        if damage is None and existed:
            triggers = foreign_triggers(engine)
            if triggers:
                damage = Text(
                    f"Databasefilen {path.name} indeholder triggeren »{triggers[0]}«, som ikke er lavet af Effektmåling; "
                    "den kan ændre eller slette data uden om programmet. Databasen er åbnet skrivebeskyttet. Kør "
                    "Hjælp → Kontrollér database, og gendan fra en sikkerhedskopi (eller få triggeren fjernet).",
                    f"The database file {path.name} holds the trigger '{triggers[0]}', which was not made by "
                    "Effektmåling; it can change or delete data behind the program's back. The database is open "
                    "read-only. Run Help → Check database, and restore from a backup (or have the trigger removed).")
        if damage is not None and not readonly:
            if background is not None:
                background.cancel()
            give_up()
            db = open_database(path, readonly=True, create=False, backup_dir=backup_dir, verify=False)
            db.damaged = True
            db.damage_note = damage if isinstance(damage, Text) else damaged_warning(path, damage)
            db.warnings.insert(0, db.damage_note)
            db.warnings.extend(w for w in warnings if w not in db.warnings)  # e.g. a cleared stale lock
            return db
        if not readonly and background is None:
            _enable_wal(engine, on_busy=on_busy)
    except StorageError:
        give_up()
        raise
    except DatabaseError as exc:
        give_up()
        if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
            raise StorageError(Text(f"{path} er ikke en gyldig database eller er beskadiget.",
                                    f"{path} is not a valid database or is damaged.")) from exc
        raise storage_error_from(exc) from exc
    except BaseException:
        give_up()
        raise
    if daily_backup and existed and not readonly and background is None and path.stat().st_size > 0:
        try:
            take_daily_backup(path, folder=backup_folder(path, backup_dir))
        except StorageError as exc:
            warnings.append(Text(f"Dagens sikkerhedskopi kunne ikke laves: {exc.message.da}",
                                 f"Today's backup could not be made: {exc.message.en}"))
    note = None if damage is None else damage if isinstance(damage, Text) else damaged_warning(path, damage)
    if note is not None:
        warnings.insert(0, note)
    db = Database(path, engine, readonly=readonly, migration=migration, lock=lock, warnings=warnings,
                  registration=registration)
    db.damaged = note is not None
    db.damage_note = note
    db._check = background
    return db


WAL_WAIT_SECONDS = 30.0


def _busy(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return "locked" in msg or "busy" in msg


BUSY_MESSAGE = Text("Databasen bruges lige nu af et andet program (fx en kontrol eller en kopiering); "
                    "venter på, at det bliver færdigt …",
                    "The database is being used by another program right now (e.g. a check or a copy); "
                    "waiting for it to finish …")


def _enable_wal(engine: Engine, *, on_busy: Callable[[Text], None] | None = None,
                wait_seconds: float | None = None) -> None:
    """Switch the file to write-ahead logging (persistent). Done only once the file is known to be ours,
    so that a refused file is never touched. The switch needs the file to itself: while another program
    reads it, wait and retry (telling ``on_busy`` once), then give up with a clear message."""
    deadline = time.monotonic() + (WAL_WAIT_SECONDS if wait_seconds is None else wait_seconds)
    told = False
    while True:
        raw = engine.raw_connection()
        try:
            con = raw.driver_connection
            if str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            con.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise storage_error_from(exc) from exc
            if time.monotonic() >= deadline:
                raise StorageError(Text(
                    "Databasen bruges af et andet program og kunne ikke åbnes til redigering. Luk det andet "
                    "program (eller vent, til det er færdigt), og prøv igen.",
                    "The database is in use by another program and could not be opened for editing. Close "
                    "the other program (or wait until it has finished) and try again.")) from exc
            if not told and on_busy is not None:
                on_busy(BUSY_MESSAGE)
            told = True
        finally:
            raw.close()
        time.sleep(0.2)


def refuse_orphan_wal(path: Path) -> None:
    """A ``-wal`` file without its database may hold the only copy of changes: creating the database
    would make SQLite delete it. Refuse, and say what was found."""
    wal = _wal_file(path)
    if wal.exists() or wal.is_symlink():
        try:
            size = wal.stat().st_size
        except OSError:
            size = 0
        raise StorageError(Text(
            f"Databasen {path.name} findes ikke, men dens logfil {wal.name} ({size} byte) ligger i {path.parent}. "
            "Den kan rumme ændringer, der ikke er gemt andre steder, og slettes ikke: læg databasefilen tilbage "
            "ved siden af den (eller flyt logfilen væk), og prøv igen.",
            f"The database {path.name} does not exist, but its log file {wal.name} ({size} bytes) is in "
            f"{path.parent}. It may hold changes stored nowhere else and is not deleted: put the database file "
            "back beside it (or move the log file away), and try again."))


VERIFIED_FILE = "verified-databases.json"  # in the user data folder
VERIFIED_KEEP = 32  # files remembered (the oldest is forgotten first)


def _fingerprint(path: Path) -> list | None:
    """What changes whenever anything writes to the database: the file's identity, size, modification
    time and inode change time (which cannot be set back, so a copy that keeps the modification time still
    counts as a write), and the write-ahead log's size and header (salts and checkpoint sequence). None
    when the file cannot be read.

    The database file itself is only ``stat``-ed, never opened outside SQLite: closing any other descriptor
    of a file drops every POSIX lock this process holds on it (SQLite's included). The log carries no
    POSIX locks (SQLite locks the database and its -shm file), so its header may be read."""
    try:
        st = path.stat()
        wal = _wal_file(path)
        wal_size, wal_header = 0, b""
        if wal.exists():
            wal_size = wal.stat().st_size
            with open(wal, "rb") as fh:
                wal_header = fh.read(32)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, wal_size, wal_header.hex()]


def _verified_store() -> Path:
    from .. import paths

    return paths.data_dir() / VERIFIED_FILE


def _read_verified() -> dict[str, list]:
    import json

    try:
        got = json.loads(_verified_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return got if isinstance(got, dict) else {}


def _remember_verified(path: Path, fingerprint: list) -> None:
    """Note that the file with this fingerprint passed ``quick_check`` (best effort: a folder that cannot
    be written only means the next opening checks again)."""
    import json

    known = _read_verified()
    key = str(path.resolve())
    known.pop(key, None)
    known[key] = fingerprint
    for old in list(known)[:-VERIFIED_KEEP]:
        del known[old]
    try:
        store = _verified_store()
    except OSError:
        return
    tmp = store.with_name(f"{store.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, store)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _verify(engine: Engine, path: Path) -> str | None:
    """:func:`_quick_check`, skipped when nothing has written to the file since it last passed the check
    (the same fingerprint, see :func:`_fingerprint`): ``quick_check`` reads every page, seconds for a
    database of a thousand trials, and a file no one has written to cannot have been damaged by a write."""
    before = _fingerprint(path)
    if before is not None and _read_verified().get(str(path.resolve())) == before:
        return None
    damage, checked = _quick_check(engine)
    if checked and damage is None and before is not None and _fingerprint(path) == before:
        _remember_verified(path, before)
    return damage


def _check_due(path: Path) -> bool:
    """Whether opening ``path`` needs a ``quick_check`` (see :func:`_verify`)."""
    before = _fingerprint(path)
    return before is None or _read_verified().get(str(path.resolve())) != before


class BackgroundCheck:
    """The opening's ``quick_check`` on a connection of its own, in a thread (SQLite lets go of Python's
    lock while it reads the pages): ``damage`` is the finding, or None, once ``done`` is set."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.damage: str | None = None
        self.done = threading.Event()
        self._con: sqlite3.Connection | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="effektmaaling-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        before = _fingerprint(self.path)
        try:
            con = self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                              timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            try:
                damage, checked = _run_quick_check(con)
            finally:
                self._con = None
                con.close()
            if (checked and damage is None and not self._cancelled and before is not None
                    and _fingerprint(self.path) == before):
                _remember_verified(self.path, before)
            self.damage = damage
        except sqlite3.Error as exc:
            self.damage = None if self._cancelled or _busy(exc) else str(exc)
        finally:
            self.done.set()

    def cancel(self) -> None:
        """Stop the check (the database is being closed): it ends soon and its finding is not used."""
        self._cancelled = True
        con = self._con
        if con is not None:
            with contextlib.suppress(sqlite3.Error):
                con.interrupt()
        self.done.wait(5)


def _run_quick_check(con: sqlite3.Connection) -> tuple[str | None, bool]:
    """``PRAGMA quick_check`` on ``con``: (the first findings or None when sound, whether it ran)."""
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if _busy(exc) or "interrupt" in str(exc).lower():
            return None, False
        return str(exc), True
    return (None if rows == ["ok"] else "; ".join(rows)), True


def _quick_check(engine: Engine) -> tuple[str | None, bool]:
    """SQLite's ``quick_check`` (no index contents compared, but every page read): (the first finding or
    None when the file is sound, whether the check ran)."""
    raw = engine.raw_connection()
    try:
        rows = [str(r[0]) for r in raw.driver_connection.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if _busy(exc):
            return None, False  # cannot tell now; the real reads give their own messages
        return str(exc), True
    finally:
        raw.close()
    return (None if rows == ["ok"] else "; ".join(rows)), True


def damaged_warning(path: Path, finding: str) -> Text:
    return Text(
        f"Databasefilen {path.name} er beskadiget (SQLite: {finding[:200]}). Den er åbnet skrivebeskyttet, så "
        "skaden ikke bliver større: ændringer gemmes ikke. Gendan den fra en sikkerhedskopi (Fil → Gendan fra "
        f"sikkerhedskopi … eller 'effektmaaling backups --db {path} --restore nyeste').",
        f"The database file {path.name} is damaged (SQLite: {finding[:200]}). It is open read-only so that the "
        "damage does not grow: changes are not saved. Restore it from a backup (File → Restore from backup … or "
        f"'effektmaaling backups --db {path} --restore nyeste').")


def _current_revision(conn: Connection) -> tuple[str | None, set[str]]:
    """The file's schema revision (None: not stamped) and its tables, read without Alembic."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return None, tables
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:  # not something we write; let Alembic judge it
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision(), tables
    return (rows[0][0] if rows else None), tables


def _migrate(engine: Engine, path: Path, *, readonly: bool, backup_dir: Path | None) -> MigrationReport | None:
    with engine.connect() as conn:
        current, tables = _current_revision(conn)
        conn.rollback()
    if current == HEAD_REVISION:
        return None  # the usual case: no Alembic needed
    _refuse_unknown(path, current, tables)
    if readonly:
        raise StorageError(Text("Databasen skal opdateres til en nyere version, men er åbnet skrivebeskyttet.",
                                "The database needs upgrading but is open read-only."))
    backup = None
    if current is not None:
        backup = make_backup(path, f"before-migration-{current}", folder=backup_folder(path, backup_dir))
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, HEAD_REVISION)
    return MigrationReport(current, HEAD_REVISION, backup)


def schema_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        rev, _tables = _current_revision(conn)
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
