"""The shared database: the same program on PostgreSQL (psycopg 3), with access enforced by the server.

``open_database("postgresql://user@host/dbname")`` comes here (:func:`open_shared`). What differs from an
SQLite file:

- The schema is created and migrated by an administrator with ``effektmaaling --db URL setup``
  (:func:`setup_database`): the same Alembic revisions as on a file, then the roles, grants and row-level
  security policies (:func:`apply_access`). An ordinary login never migrates; a database behind the
  program's schema is refused with a message saying so.
- Nobody locks the database: PostgreSQL serialises the writers. There are no file backups (municipal IT
  backs the server up with ``pg_dump``, see docs/shared-database.md).
- The change log records the database login (the policies refuse an entry in anyone else's name).
- The password comes from the URL, from libpq (``PGPASSWORD``, ``~/.pgpass``) or from the operating
  system's keyring (:func:`remember_password`), never from a settings file.

Roles (cluster-wide, created by ``setup``):

========================  ==========================================================================
``effektmaaling_user``    may connect; sees and changes only the trials it is a member of (policies)
``effektmaaling_lead``    may also create trials (and becomes lead of each trial it creates)
``effektmaaling_central`` reads every trial (the central effect-measurement team)
``effektmaaling_admin``   reads and writes every trial and manages members (``access grant``)
========================  ==========================================================================
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.errors import NotFoundError, StaleRowError, StorageError
from ..domain.i18n import Text
from .database import HEAD_REVISION, Database, MigrationReport, alembic_config, all_revisions
from .schema import map_entities
from .snapshots import recorded

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlalchemy.orm import Session

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
KEYRING_SERVICE = "Effektmåling"

ROLE_USER = "effektmaaling_user"
ROLE_LEAD = "effektmaaling_lead"
ROLE_CENTRAL = "effektmaaling_central"
ROLE_ADMIN = "effektmaaling_admin"
ROLES = (ROLE_USER, ROLE_LEAD, ROLE_CENTRAL, ROLE_ADMIN)
MEMBER_ROLES = ("lead", "reader")
CHANNEL = "effektmaaling"
NOTIFIED_TABLES = ("trials", "indicators", "measurements", "milestones", "assessments")

# Tables whose rows belong to one trial through a trial_id column; measurements belong through their
# indicator. Tables added later by other revisions are handled by the same rule when they have such a
# column (see apply_access); a table with neither is readable by central staff only.
TRIAL_TABLES = ("indicators", "milestones", "assessments", "sync_state")
SPECIAL_TABLES = ("trials", "measurements", "change_log", "trial_members", "alembic_version")


def is_shared_location(location: object) -> bool:
    """Whether ``location`` (a --db value) names a PostgreSQL database rather than a file."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


# --- URLs and passwords ---------------------------------------------------------------------------

def parse_url(location: str) -> URL:
    """The SQLAlchemy URL for ``location`` with the psycopg 3 driver; the password, when the URL has none,
    from the keyring (libpq's own PGPASSWORD and ~/.pgpass still apply when the keyring has none)."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(location.strip())
    except Exception as exc:
        raise StorageError(Text(f"»{location}« er ikke en gyldig databaseadresse (postgresql://bruger@vært/database).",
                                f"'{location}' is not a valid database address (postgresql://user@host/database).")) from exc
    url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise StorageError(Text(f"Databaseadressen {redacted(url)} mangler databasens navn (…/database).",
                                f"The database address {redacted(url)} lacks the database name (…/database)."))
    if url.password is None and url.username:
        password = stored_password(url)
        if password:
            url = url.set(password=password)
    return url


def redacted(url: URL | str) -> str:
    """The URL as it may be shown and remembered: without a password."""
    from sqlalchemy.engine import URL, make_url

    u = make_url(url) if isinstance(url, str) else url
    u = URL.create("postgresql", username=u.username, host=u.host, port=u.port, database=u.database,
                   query=u.query)
    return u.render_as_string(hide_password=False)


def keyring_key(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def stored_password(url: URL) -> str | None:
    """The password kept in the operating system's keyring for this login and database (None if none,
    or when this machine has no keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception:  # no keyring backend (a headless server): libpq's own sources still apply
        return None


def keyring_available() -> bool:
    """Whether this machine has an operating-system keyring that can keep passwords (not on a headless
    server or in CI, where keyring only has its "fail" backend)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:
        return True


def remember_password(location: str, password: str) -> None:
    """Keep ``password`` for the login and database of ``location`` in the operating system's keyring."""
    from sqlalchemy.engine import make_url

    url = make_url(location.strip())
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except Exception as exc:
        raise StorageError(Text(f"Adgangskoden kunne ikke gemmes i styresystemets nøglering: {exc}",
                                f"The password could not be kept in the operating system's keyring: {exc}")) from exc


def forget_password(location: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(location.strip())
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_key(url))


# --- errors ---------------------------------------------------------------------------------------

def shared_error_from(exc: BaseException, where: str) -> StorageError:
    """One Danish sentence (and its English) for a failure of the shared database."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    msg = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if sqlstate == "42501" or "row-level security" in msg:
        return StorageError(Text(
            "Du har ikke adgang til det: din databaselogin er ikke medlem af forsøget med den rolle, der skal "
            "til (spørg administratoren).",
            "You do not have access to that: your database login is not a member of the trial with the role "
            "it takes (ask the administrator)."))
    if sqlstate == "28P01" or "password authentication failed" in msg:
        return StorageError(Text(f"Login til {where} mislykkedes: forkert brugernavn eller adgangskode.",
                                 f"Logging in to {where} failed: wrong user name or password."))
    if sqlstate == "3D000" or ("database" in msg and "does not exist" in msg):
        return StorageError(Text(f"Databasen {where} findes ikke på serveren.",
                                 f"The database {where} does not exist on the server."))
    if sqlstate == "57014" or "statement timeout" in msg:
        return StorageError(Text("Databaseserveren svarede ikke i tide; ændringen blev ikke gemt. Prøv igen.",
                                 "The database server did not answer in time; the change was not saved. Try again."))
    if sqlstate == "25006" or "read-only" in msg:
        return StorageError(Text("Din login må kun læse i den delte database; ændringen blev ikke gemt.",
                                 "Your login may only read in the shared database; the change was not saved."))
    if sqlstate.startswith("08") or sqlstate.startswith("57P") or any(
            s in msg for s in ("connection", "server closed", "could not connect", "terminating")):
        return StorageError(Text(
            f"Forbindelsen til den delte database {where} er afbrudt; intet halvt er gemt. Prøv igen om lidt.",
            f"The connection to the shared database {where} was lost; nothing was half saved. Try again shortly."))
    return StorageError(Text(f"Fejl i den delte database: {msg}", f"Error in the shared database: {msg}"))


def opening_error_from(exc: BaseException, url: URL) -> StorageError:
    """One Danish sentence (and its English) for a shared database that could not be opened: the server
    not reachable, a wrong password, no password, no access to the database at all, no SSL."""
    where = redacted(url)
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    login = url.username or "?"
    orig = getattr(exc, "orig", exc)
    msg = str(orig)
    low = msg.lower()
    if "password authentication failed" in low or getattr(orig, "sqlstate", None) == "28P01":
        return StorageError(Text(f"Login til {where} mislykkedes: forkert brugernavn eller adgangskode.",
                                 f"Logging in to {where} failed: wrong user name or password."))
    if "no password supplied" in low:
        return StorageError(Text(f"Serveren {server} kræver en adgangskode til {login}; skriv den.",
                                 f"The server {server} requires a password for {login}; type it."))
    if "permission denied for database" in low or "connect privilege" in low:
        return StorageError(Text(
            f"Din login {login} har ikke adgang til den delte database {where}; bed administratoren om at "
            "give dig adgang til et forsøg.",
            f"Your login {login} has no access to the shared database {where}; ask the administrator to give "
            "you access to a trial."))
    if "does not support ssl" in low or ("ssl" in low and "required" in low):
        return StorageError(Text(
            f"Serveren {server} tilbyder ikke den krypterede forbindelse (SSL), som indstillingen kræver; spørg IT.",
            f"The server {server} does not offer the encrypted connection (SSL) the setting requires; ask IT."))
    if any(s in low for s in ("connection refused", "could not connect", "timeout expired", "could not translate",
                              "name or service not known", "no route to host", "network is unreachable",
                              "temporary failure in name resolution", "nodename nor servname")):
        return StorageError(Text(
            f"Serveren {server} kan ikke nås; kontrollér adressen og porten, og at du er på netværket.",
            f"The server {server} cannot be reached; check the address and port, and that you are on the network."))
    return shared_error_from(exc, where)


# --- the open database ----------------------------------------------------------------------------

class SharedDatabase(Database):
    """An open PostgreSQL database. Same interface as :class:`Database`; ``path`` is None and
    :attr:`location` the URL without its password."""

    shared = True

    def __init__(self, url: URL, engine: Engine, *, readonly: bool, login: str,
                 migration: MigrationReport | None = None) -> None:
        super().__init__(None, engine, readonly=readonly, migration=migration)  # type: ignore[arg-type]
        self.url = url
        self.login = login
        # the server processes of this database's own connections: a change announced by one of them is this
        # program's own (already shown), not another user's (see :attr:`ChangeListener` payload ``pid``)
        self.own_pids: set[int] = set()
        self._track_own_connections(engine)
        self._member_of: dict[str, str] | None = None  # the trials this login was a member of when last looked

    def lost_trials(self) -> list[str]:
        """The names of the trials this login has stopped being a member of since it last looked (a revoked
        membership); the first look only notes them."""
        try:
            with self._read_sessions() as s, s.begin():
                now = my_trials(s)
        except Exception:  # the question must not hide the error it explains (a dropped connection)
            return []
        before, self._member_of = self._member_of, now
        return [name for tid, name in (before or {}).items() if tid not in now]

    def _explain_not_found(self, exc: BaseException, *, writing: bool) -> None:
        """A record that has disappeared for this login may have gone with a revoked membership: say so (still
        a NotFoundError, so that callers that explain a missing trial in their own words keep doing so)."""
        if isinstance(exc, NotFoundError):
            lost = self.lost_trials()
            if lost:
                names = ", ".join(f"»{n}«" for n in lost)
                names_en = ", ".join(f"'{n}'" for n in lost)
                raise NotFoundError(Text(
                    f"Din adgang til forsøget {names} er fjernet af en administrator" + ("; intet er gemt." if writing else "."),
                    f"Your access to the trial {names_en} was removed by an administrator"
                    + ("; nothing was saved." if writing else "."))) from exc

    def _track_own_connections(self, engine: Engine) -> None:
        from sqlalchemy import event

        own = self.own_pids

        def checked_out(dbapi_conn, record, _proxy) -> None:  # type: ignore[no-untyped-def]
            pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
            if pid:
                record.info["backend_pid"] = pid
                own.add(pid)

        def gone(dbapi_conn, record, *_args) -> None:  # type: ignore[no-untyped-def]
            # a closed or invalidated connection's process id may be given to another user's connection later
            if record is not None:
                own.discard(record.info.pop("backend_pid", None))

        event.listen(engine, "checkout", checked_out)
        event.listen(engine, "close", gone)
        event.listen(engine, "invalidate", gone)
        event.listen(engine, "soft_invalidate", gone)

    @property
    def location(self) -> str:
        return redacted(self.url)

    @contextlib.contextmanager
    def write(self, user: str | None = None, now: dt.datetime | None = None) -> Iterator[Session]:
        """One transaction. The change log records the database login (whatever ``user`` says: the
        server's policies accept no entry in anyone else's name)."""
        from sqlalchemy.orm.exc import StaleDataError

        if self.readonly:
            raise StorageError(Text("Den delte database er åbnet skrivebeskyttet; ændringer kan ikke gemmes.",
                                    "The shared database is open read-only; changes cannot be saved."))
        session = self._write_sessions()
        session.info["user"] = self.login
        if now is not None:
            session.info["now"] = now
        try:
            with self._translated(), session.begin(), recorded(self, session):
                yield session
        except NotFoundError as exc:
            self._explain_not_found(exc, writing=True)
            raise
        except StaleDataError as exc:
            # The UPDATE/DELETE matched no row: its version moved on (someone else saved first), it was
            # deleted, or the policies let this login read but not change it.
            raise StaleRowError(Text(
                "Ændringen blev ikke gemt: en anden har ændret eller slettet posten imens, eller du har kun "
                "læseadgang til forsøget.",
                "The change was not saved: someone else changed or deleted the record meanwhile, or you may "
                "only read this trial.")) from exc
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            with self._translated(), session.begin():
                yield session
        except NotFoundError as exc:
            self._explain_not_found(exc, writing=False)
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        from sqlalchemy.exc import DBAPIError, IntegrityError

        try:
            yield
        except IntegrityError:
            raise  # the services turn these into a ConflictError naming the field
        except DBAPIError as exc:
            raise shared_error_from(exc, self.location) from exc

    def listen(self, callback) -> ChangeListener:  # type: ignore[no-untyped-def]
        """Call ``callback(payload)`` (from a background thread) for every change committed by anyone."""
        return ChangeListener(self.url, callback)

    def close(self) -> None:
        self.engine.dispose()


def create_shared_engine(url: URL) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(
        url,
        pool_pre_ping=True,  # a connection dropped while idle (a server restart) is replaced, not used
        connect_args={"connect_timeout": 10, "options": "-c timezone=UTC -c statement_timeout=60000",
                      "application_name": "effektmaaling"},
    )


def _server_revision(conn: Connection) -> str | None:
    from sqlalchemy import text

    exists = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
    if not exists:
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    return rows[0][0] if rows else None


def open_shared(location: str, *, readonly: bool = False) -> SharedDatabase:
    """Open the PostgreSQL database at ``location`` (a ``postgresql://`` URL). The schema must have been
    set up (``setup``) and be at this program's revision; nothing is migrated here."""
    map_entities()
    url = parse_url(location)
    where = redacted(url)
    engine = create_shared_engine(url)
    try:
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        with engine.connect() as conn:
            login = conn.execute(text("SELECT current_user")).scalar()
            current = _server_revision(conn)
            conn.rollback()
    except DBAPIError as exc:
        engine.dispose()
        raise opening_error_from(exc, url) from exc
    if current != HEAD_REVISION:
        engine.dispose()
        if current is None:
            raise StorageError(Text(
                f"Den delte database {where} er ikke sat op til Effektmåling. En administrator kører "
                f"'effektmaaling --db {where} setup'.",
                f"The shared database {where} is not set up for Effektmåling. An administrator runs "
                f"'effektmaaling --db {where} setup'."))
        if current not in all_revisions():
            raise StorageError(Text(
                f"Den delte database {where} er lavet af en nyere version af Effektmåling (skema {current}). "
                "Opdatér programmet.",
                f"The shared database {where} was written by a newer version of Effektmåling (schema {current}). "
                "Update the program."))
        raise StorageError(Text(
            f"Den delte database {where} skal opdateres til denne version af programmet (skema {current} → "
            f"{HEAD_REVISION}). En administrator kører 'effektmaaling --db {where} setup'.",
            f"The shared database {where} needs upgrading to this version of the program (schema {current} → "
            f"{HEAD_REVISION}). An administrator runs 'effektmaaling --db {where} setup'."))
    db = SharedDatabase(url, engine, readonly=readonly, login=str(login))
    db.lost_trials()  # notes the trials it is a member of now: a membership revoked later is then told plainly
    return db


# --- other users' changes (LISTEN/NOTIFY) ----------------------------------------------------------

class ChangeListener:
    """Listens on its own connection for the changes that every login's writes announce, and calls
    ``callback(payload)`` (a dict: table, op, id, trial_id, indicator_id, login, and pid: the sending server
    process, to tell one's own changes from other users') from a background thread,
    usually within a fraction of a second of the commit. Reconnects after a dropped connection (a
    server restart) and then calls ``callback({"table": None, "op": "reconnected"})``: refresh everything.
    """

    def __init__(self, url: URL, callback) -> None:  # type: ignore[no-untyped-def]
        import threading

        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._callback = callback
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="effektmaaling-listen", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """Whether the listener is connected and listening (for tests and a status line)."""
        return self._ready.wait(timeout)

    def _run(self) -> None:
        import json
        import time

        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10) as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    self._ready.set()
                    if not first:
                        self._callback({"table": None, "op": "reconnected"})
                    first = False
                    while not self._stop.is_set():
                        for note in con.notifies(timeout=0.5):
                            with contextlib.suppress(Exception):  # a listener's failure must not end the listening
                                payload = json.loads(note.payload)
                                payload["pid"] = note.pid  # the server process that sent it (whose change)
                                self._callback(payload)
            except psycopg.Error:
                self._ready.clear()
                self._stop.wait(1.0)  # the server is away: try again shortly
            except Exception:
                time.sleep(1.0)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


# --- setup: schema, roles, grants, policies -------------------------------------------------------

@dataclass(frozen=True)
class SetupReport:
    location: str
    from_revision: str | None
    to_revision: str
    tables: tuple[str, ...]
    warnings: tuple[Text, ...] = ()


def setup_database(location: str) -> SetupReport:
    """Create or migrate the schema (Alembic, the same revisions as a file), then create the roles and
    apply the grants and row-level security policies. Idempotent: run it again after every program
    update. Needs a login that owns the database's schema (or a superuser) and may create roles."""
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    map_entities()
    url = parse_url(location)
    where = redacted(url)
    engine = create_shared_engine(url)
    try:
        with engine.begin() as conn:
            current = _server_revision(conn)
            if current is not None and current not in all_revisions():
                raise StorageError(Text(
                    f"Den delte database {where} er lavet af en nyere version af Effektmåling (skema {current}).",
                    f"The shared database {where} was written by a newer version of Effektmåling (schema {current})."))
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, HEAD_REVISION)
            tables, warnings = apply_access(conn)
    except DBAPIError as exc:
        raise shared_error_from(exc, where) from exc
    finally:
        engine.dispose()
    return SetupReport(where, current, HEAD_REVISION, tuple(tables), tuple(warnings))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_roles_sql() -> list[str]:
    out = []
    for role in ROLES:
        out.append(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                   f"CREATE ROLE {role} NOLOGIN; END IF; END $$")
    # Every kind of user has the base privileges; the administrator is also central staff and a lead,
    # and may give the roles to logins.
    out += [f"GRANT {ROLE_USER} TO {ROLE_LEAD}", f"GRANT {ROLE_USER} TO {ROLE_CENTRAL}",
            f"GRANT {ROLE_USER} TO {ROLE_ADMIN} WITH ADMIN OPTION",
            f"GRANT {ROLE_LEAD} TO {ROLE_ADMIN} WITH ADMIN OPTION",
            f"GRANT {ROLE_CENTRAL} TO {ROLE_ADMIN} WITH ADMIN OPTION"]
    return out


FUNCTIONS_SQL = f"""
-- The connected login's role in a trial (NULL: none). Runs as the schema owner, so that reading
-- trial_members is not itself subject to trial_members' policies (no recursion), and asks only about the
-- login itself (session_user): nobody can probe another login's memberships with it.
CREATE OR REPLACE FUNCTION effekt_member_role(trial text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT m.role FROM trial_members m WHERE m.trial_id = replace(trial, '-', '') AND m.login = session_user
$$;
REVOKE ALL ON FUNCTION effekt_member_role(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION effekt_member_role(text) TO {ROLE_USER};
CREATE OR REPLACE FUNCTION effekt_can_read(trial text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, '{ROLE_CENTRAL}', 'MEMBER') OR effekt_member_role(trial) IS NOT NULL
$$;
CREATE OR REPLACE FUNCTION effekt_can_write(trial text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, '{ROLE_ADMIN}', 'MEMBER') OR effekt_member_role(trial) = 'lead'
$$;
-- Whoever creates a trial becomes its lead (runs as the schema owner: a lead may not add members herself).
CREATE OR REPLACE FUNCTION effekt_creator_is_lead() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, '{ROLE_ADMIN}', 'MEMBER') THEN  -- administrators write every trial anyway
        INSERT INTO trial_members (trial_id, login, role, granted_at, granted_by)
        VALUES (NEW.id, session_user, 'lead', timezone('UTC', now()), session_user)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION effekt_creator_is_lead() FROM PUBLIC;
-- Every committed change is announced on the channel effektmaaling (LISTEN/NOTIFY): which table, row,
-- trial and login, never the content. Open windows refresh what concerns them.
CREATE OR REPLACE FUNCTION effekt_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    trial text;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF TG_TABLE_NAME = 'trials' THEN
        trial := r.id;
    ELSIF TG_TABLE_NAME = 'measurements' THEN
        SELECT i.trial_id INTO trial FROM indicators i WHERE i.id = r.indicator_id;
    ELSE
        trial := to_jsonb(r) ->> 'trial_id';
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'id', to_jsonb(r) ->> 'id', 'trial_id', trial,
        'indicator_id', to_jsonb(r) ->> 'indicator_id', 'login', session_user)::text);
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS trials_creator_is_lead ON trials;
CREATE TRIGGER trials_creator_is_lead AFTER INSERT ON trials
    FOR EACH ROW EXECUTE FUNCTION effekt_creator_is_lead();
"""


def _policies(table: str, read: str, write: str, insert: str | None = None) -> list[str]:
    """Row-level security on ``table``: SELECT where ``read``, every change where ``write``."""
    t = _ident(table)
    out = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    for name in ("effekt_read", "effekt_write", "effekt_insert", "effekt_update", "effekt_delete"):
        out.append(f"DROP POLICY IF EXISTS {name} ON {t}")
    out.append(f"CREATE POLICY effekt_read ON {t} FOR SELECT USING ({read})")
    if insert is None:
        out.append(f"CREATE POLICY effekt_write ON {t} FOR ALL USING ({write}) WITH CHECK ({write})")
    else:
        out.append(f"CREATE POLICY effekt_insert ON {t} FOR INSERT WITH CHECK ({insert})")
        out.append(f"CREATE POLICY effekt_update ON {t} FOR UPDATE USING ({write}) WITH CHECK ({write})")
        out.append(f"CREATE POLICY effekt_delete ON {t} FOR DELETE USING ({write})")
    return out


def apply_access(conn: Connection) -> tuple[list[str], list[Text]]:
    """Roles, grants and row-level security policies on every table of the schema (idempotent).

    Returns the tables and warnings (a table this program does not know how to protect is readable by
    central staff only)."""
    from sqlalchemy import text

    def run(sql: str) -> None:
        conn.exec_driver_sql(sql)

    for sql in _create_roles_sql():
        run(sql)
    dbname = conn.execute(text("SELECT current_database()")).scalar()
    run(f"REVOKE ALL ON DATABASE {_ident(dbname)} FROM PUBLIC")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(dbname)} TO {ROLE_USER}")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {ROLE_USER}")
    run(FUNCTIONS_SQL)
    for table in NOTIFIED_TABLES:
        run(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        run(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION effekt_notify()")

    columns: dict[str, set[str]] = {}
    for table, column in conn.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name IN "
            "(SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE')")):
        columns.setdefault(table, set()).add(column)

    warnings: list[Text] = []
    for table in sorted(columns):
        t = _ident(table)
        run(f"REVOKE ALL ON {t} FROM PUBLIC, {', '.join(ROLES)}")
        if table == "alembic_version":
            run(f"GRANT SELECT ON {t} TO {ROLE_USER}")
        elif table == "trial_members":
            run(f"GRANT SELECT ON {t} TO {ROLE_USER}")
            run(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {ROLE_ADMIN}")
            admin = f"pg_has_role(current_user, '{ROLE_ADMIN}', 'MEMBER')"
            for sql in _policies(table, f"login = current_user OR pg_has_role(current_user, '{ROLE_CENTRAL}', 'MEMBER')"
                                 " OR effekt_can_write(trial_id::text)", admin):
                run(sql)
        elif table == "change_log":
            # Append-only; each entry in the name of the login that wrote it.
            run(f"GRANT SELECT, INSERT ON {t} TO {ROLE_USER}")
            for sql in _policies(table, '"user" = current_user OR effekt_can_read(trial_id)', "false",
                                 insert='"user" = current_user'):
                run(sql)
        elif table == "trials":
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {ROLE_USER}")
            for sql in _policies(table, "effekt_can_read(id::text)", "effekt_can_write(id::text)",
                                 insert=f"pg_has_role(current_user, '{ROLE_LEAD}', 'MEMBER')"):
                run(sql)
        elif "trial_id" in columns[table]:
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {ROLE_USER}")
            for sql in _policies(table, "effekt_can_read(trial_id::text)", "effekt_can_write(trial_id::text)"):
                run(sql)
        elif "indicator_id" in columns[table]:
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {ROLE_USER}")
            owner = "(SELECT i.trial_id::text FROM indicators i WHERE i.id = indicator_id)"
            for sql in _policies(table, f"effekt_can_read({owner})", f"effekt_can_write({owner})"):
                run(sql)
        else:
            run(f"GRANT SELECT ON {t} TO {ROLE_CENTRAL}")
            warnings.append(Text(f"Tabellen {table} hører ikke til et forsøg; kun centrale medarbejdere kan læse den.",
                                 f"The table {table} does not belong to a trial; only central staff can read it."))
    for (seq,) in conn.execute(text("SELECT sequence_name FROM information_schema.sequences "
                                    "WHERE sequence_schema = 'public'")):
        run(f"GRANT USAGE, SELECT ON SEQUENCE {_ident(seq)} TO {ROLE_USER}")
    return sorted(columns), warnings


# --- members (the administrator's part; the server checks who may) -------------------------------

@dataclass(frozen=True)
class Member:
    trial_id: str
    trial_name: str
    login: str
    role: str  # "lead" | "reader"
    granted_at: dt.datetime
    granted_by: str


def login_exists(session: Session, login: str) -> bool:
    from sqlalchemy import text

    return bool(session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l AND rolcanlogin"),
                                {"l": login}).first())


def set_member(session: Session, trial_id: object, login: str, role: str, by: str) -> str | None:
    """Make ``login`` a member of the trial with ``role``; returns the role it had (None: none). The
    login also gets the base role (and, as a lead, the right to create trials)."""
    from sqlalchemy import select
    from sqlalchemy.dialects.postgresql import insert

    from .schema import trial_members

    previous = session.execute(select(trial_members.c.role).where(
        trial_members.c.trial_id == trial_id, trial_members.c.login == login)).scalar()
    stmt = insert(trial_members).values(trial_id=trial_id, login=login, role=role,
                                        granted_at=_utcnow(), granted_by=by)
    session.execute(stmt.on_conflict_do_update(
        index_elements=["trial_id", "login"],
        set_={"role": stmt.excluded.role, "granted_at": stmt.excluded.granted_at,
              "granted_by": stmt.excluded.granted_by}))
    grant_group(session, login, ROLE_USER)
    if role == "lead":
        grant_group(session, login, ROLE_LEAD)
    return previous


def remove_member(session: Session, trial_id: object, login: str) -> str | None:
    """End ``login``'s membership of the trial; returns the role it had (None: it was no member)."""
    from sqlalchemy import delete

    from .schema import trial_members

    gone = session.execute(delete(trial_members).where(
        trial_members.c.trial_id == trial_id, trial_members.c.login == login).returning(trial_members.c.role))
    return gone.scalar()


def announce_access(session: Session, login: str, trial_id: object | None, op: str) -> None:
    """Tell every open window (LISTEN/NOTIFY, at the commit) that ``login``'s access changed (``op``: grant or
    revoke; ``trial_id`` None: a role for every trial), so that the affected user's trial list is updated."""
    import json

    from sqlalchemy import text

    payload = {"table": "trial_members", "op": op, "id": None, "member": login,
               "trial_id": getattr(trial_id, "hex", None) or (str(trial_id) if trial_id else None)}
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": json.dumps(payload)})


def my_trials(session: Session) -> dict[str, str]:
    """The trials the connected login is a member of (id as hex -> name)."""
    from sqlalchemy import text

    rows = session.execute(text("SELECT t.id, t.name FROM trial_members m JOIN trials t ON t.id = m.trial_id "
                                "WHERE m.login = current_user"))
    return {getattr(r[0], "hex", str(r[0]).replace("-", "")): r[1] for r in rows}


def grant_group(session: Session, login: str, group: str) -> None:
    if group not in ROLES:
        raise ValueError(group)
    session.connection().exec_driver_sql(f"GRANT {group} TO {_ident(login)}")


def revoke_group(session: Session, login: str, group: str) -> None:
    if group not in ROLES:
        raise ValueError(group)
    session.connection().exec_driver_sql(f"REVOKE {group} FROM {_ident(login)}")


def list_members(session: Session) -> list[Member]:
    """Every membership the current login may see (an administrator or central staff: all)."""
    from sqlalchemy import func, select

    from .schema import trial_members, trials

    stmt = (select(trial_members.c.trial_id, trials.c.name, trial_members.c.login, trial_members.c.role,
                   trial_members.c.granted_at, trial_members.c.granted_by)
            .join(trials, trials.c.id == trial_members.c.trial_id)
            .order_by(func.lower(trials.c.name), trial_members.c.login))
    return [Member(str(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in session.execute(stmt)]


def may_manage_members(session: Session) -> bool:
    """Whether the connected login is an administrator (may grant and revoke memberships)."""
    from sqlalchemy import text

    return bool(session.execute(text(f"SELECT pg_has_role(current_user, '{ROLE_ADMIN}', 'MEMBER')")).scalar())


def may_write_trial(session: Session, trial_id: object) -> bool:
    """Whether the connected login may change the trial (its lead, or an administrator): what the
    row-level security policies will allow."""
    from sqlalchemy import text

    key = getattr(trial_id, "hex", str(trial_id))
    return bool(session.execute(text("SELECT effekt_can_write(:t)"), {"t": key}).scalar())


def group_members(session: Session) -> dict[str, list[str]]:
    """Logins that have each of the program's roles directly (central staff, administrators, leads)."""
    from sqlalchemy import text

    rows = session.execute(text(
        "SELECT g.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(:roles) AND m.rolcanlogin "
        "ORDER BY g.rolname, m.rolname"), {"roles": list(ROLES)})
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    for group, login in rows:
        out[group].append(login)
    return out


def _utcnow() -> dt.datetime:
    from ..domain.entities import utcnow

    return utcnow()
