"""Who may read and write which trial in a shared (PostgreSQL) database: the administrator's use cases.

The server enforces the rules (row-level security and grants, see ``storage/postgres.py``); these
functions change them. Each is one transaction, recorded in the change log under the administrator's
database login. On an SQLite file they are refused: its owner may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import NotFoundError, StorageError, ValidationError
from ..domain.i18n import Text
from ..storage.database import log_bulk_action
from .workspace import Workspace

TRIAL_ROLES = ("lead", "reader")
GROUPS = {"central": "effektmaaling_central", "admin": "effektmaaling_admin"}


@dataclass(frozen=True)
class AccessChange:
    login: str
    role: str
    trial: str | None  # the trial's name; None for central staff / administrator
    previous: str | None


def _require_shared(ws: Workspace) -> None:
    if not ws.shared:
        raise StorageError(Text(
            "Adgangsstyring gælder kun en delt database (postgresql://…); en databasefil har ingen brugere.",
            "Access control applies to a shared database (postgresql://…) only; a database file has no users."))


def _require_login(s, login: str) -> None:  # type: ignore[no-untyped-def]
    from ..storage.postgres import login_exists

    if not login_exists(s, login):
        raise NotFoundError(Text(
            f"Databaseloginet »{login}« findes ikke på serveren. IT opretter det (CREATE ROLE … LOGIN), "
            "så kan det få adgang.",
            f"The database login '{login}' does not exist on the server. IT creates it (CREATE ROLE … LOGIN); "
            "then it can be given access."))


def grant(ws: Workspace, login: str, role: str, trial: str | None = None) -> AccessChange:
    """Give ``login`` the role ``lead`` or ``reader`` on ``trial`` (by name or id), or make it central
    staff (``central``: reads every trial) or an administrator (``admin``)."""
    from ..storage import postgres as pg

    _require_shared(ws)
    login = login.strip()
    if role in GROUPS:
        if trial is not None:
            raise ValidationError(Text(f"Rollen {role} gælder alle forsøg; angiv intet forsøg.",
                                       f"The role {role} applies to every trial; give no trial."))
        with ws.db.write() as s:
            _require_login(s, login)
            pg.grant_group(s, login, GROUPS[role])
            log_bulk_action(s, "grant", "access", login, None, {"login": login, "role": role})
            pg.announce_access(s, login, None, "grant")
        _announce(ws, login, None)
        return AccessChange(login, role, None, None)
    if role not in TRIAL_ROLES:
        raise ValidationError(Text(f"Ukendt rolle »{role}« (tilladt: lead, reader, central, admin).",
                                   f"Unknown role '{role}' (allowed: lead, reader, central, admin)."))
    if trial is None:
        raise ValidationError(Text("Angiv forsøget med --trial.", "Give the trial with --trial."))
    found = ws.find_trial(trial)
    with ws.db.write() as s:
        _require_login(s, login)
        previous = pg.set_member(s, found.id, login, role, by=ws.db.login)  # type: ignore[attr-defined]
        log_bulk_action(s, "grant", "access", login, str(found.id), {"login": login, "role": role,
                                                                       "previous": previous})
        pg.announce_access(s, login, found.id, "grant")
    _announce(ws, login, found.id)
    return AccessChange(login, role, found.name, previous)


def revoke(ws: Workspace, login: str, trial: str | None = None, role: str | None = None) -> AccessChange:
    """End ``login``'s membership of ``trial``, or take the role ``central``/``admin`` from it. Takes
    effect on the login's next statement."""
    from ..storage import postgres as pg

    _require_shared(ws)
    login = login.strip()
    if role in GROUPS:
        with ws.db.write() as s:
            pg.revoke_group(s, login, GROUPS[role])
            log_bulk_action(s, "revoke", "access", login, None, {"login": login, "role": role})
            pg.announce_access(s, login, None, "revoke")
        _announce(ws, login, None)
        return AccessChange(login, role, None, role)
    if trial is None:
        raise ValidationError(Text("Angiv forsøget med --trial (eller --role central/admin).",
                                   "Give the trial with --trial (or --role central/admin)."))
    found = ws.find_trial(trial)
    with ws.db.write() as s:
        previous = pg.remove_member(s, found.id, login)
        if previous is None:
            raise NotFoundError(Text(f"»{login}« er ikke medlem af forsøget »{found.name}«.",
                                     f"'{login}' is not a member of the trial '{found.name}'."))
        log_bulk_action(s, "revoke", "access", login, str(found.id), {"login": login, "role": previous})
        pg.announce_access(s, login, found.id, "revoke")
    _announce(ws, login, found.id)
    return AccessChange(login, previous, found.name, previous)


def _announce(ws: Workspace, login: str, trial_id: object) -> None:
    """This window's own views (the access dialog); other windows hear it from the server (``watch``)."""
    from .workspace import Change

    ws._emit(Change("update", "access", (), trial_id, member=login))  # type: ignore[arg-type]


def members(ws: Workspace) -> tuple[list, dict[str, list[str]]]:
    """The trials' members (what the login may see) and the logins with each of the program's roles."""
    from ..storage import postgres as pg

    _require_shared(ws)
    with ws.db.read() as s:
        return pg.list_members(s), pg.group_members(s)


def can_manage(ws: Workspace) -> bool:
    """Whether this workspace's login may manage members (an administrator of a shared database)."""
    if not ws.shared:
        return False
    from ..storage import postgres as pg

    with ws.db.read() as s:
        return pg.may_manage_members(s)


def may_write(ws: Workspace, trial_id: object) -> bool:
    """Whether this workspace may change the trial: on a file, unless it is open read-only; on a shared
    database, when the login is the trial's lead or an administrator (a reader only reads)."""
    if ws.readonly:
        return False
    if not ws.shared:
        return True
    from ..storage import postgres as pg

    with ws.db.read() as s:
        return pg.may_write_trial(s, trial_id)


__all__ = ["AccessChange", "can_manage", "grant", "may_write", "members", "revoke"]
