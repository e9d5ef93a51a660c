"""``effektmaaling --db postgresql://… access grant|revoke|list``: who may read and write which trial in a
shared database (the server enforces it)."""

from __future__ import annotations

import argparse

from ...domain.formatting import format_date
from ..common import open_workspace, print_json, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("access", help=t("adgang til forsøg i en delt database", "access to trials in a shared database"))
    acts = p.add_subparsers(dest="access_command", metavar=t("HANDLING", "ACTION"), required=True)
    g = acts.add_parser("grant", help=t("giv et login en rolle", "give a login a role"))
    g.add_argument("login", metavar=t("LOGIN", "LOGIN"))
    g.add_argument("--trial", metavar=t("FORSØG", "TRIAL"), help=t("forsøgets navn eller id", "the trial's name or id"))
    g.add_argument("--role", required=True, choices=["lead", "reader", "central", "admin"],
                   help=t("lead (læse og skrive forsøget), reader (læse det), central (læse alle), admin",
                          "lead (read and write the trial), reader (read it), central (read all), admin"))
    g.set_defaults(func=run_grant)
    r = acts.add_parser("revoke", help=t("fjern et logins adgang", "take a login's access away"))
    r.add_argument("login", metavar=t("LOGIN", "LOGIN"))
    r.add_argument("--trial", metavar=t("FORSØG", "TRIAL"), help=t("forsøgets navn eller id", "the trial's name or id"))
    r.add_argument("--role", choices=["central", "admin"], help=t("fjern rollen central eller admin",
                                                                  "take the role central or admin away"))
    r.set_defaults(func=run_revoke)
    ls = acts.add_parser("list", help=t("vis hvem der har adgang", "show who has access"))
    ls.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    ls.set_defaults(func=run_list)


def run_grant(args: argparse.Namespace) -> int:
    from ...services.access import grant

    ws = open_workspace(args)
    try:
        change = grant(ws, args.login, args.role, args.trial)
    finally:
        ws.close()
    where = _where(change.trial)
    print(t(f"{change.login} har nu rollen {change.role}{where}.", f"{change.login} now has the role {change.role}{where}."))
    return 0


def _where(trial: str | None) -> str:
    """`` på »Forsøg A«`` after a role that belongs to one trial; nothing after central or admin."""
    return t(f" på »{trial}«", f" on '{trial}'") if trial else ""


def run_revoke(args: argparse.Namespace) -> int:
    from ...services.access import revoke

    ws = open_workspace(args)
    try:
        change = revoke(ws, args.login, args.trial, args.role)
    finally:
        ws.close()
    where = _where(change.trial)
    print(t(f"{change.login} har ikke længere rollen {change.role}{where}.",
            f"{change.login} no longer has the role {change.role}{where}."))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ...services.access import members

    ws = open_workspace(args, readonly=True)
    try:
        rows, groups = members(ws)
    finally:
        ws.close()
    if args.json:
        print_json({"members": [{"trial": m.trial_name, "trial_id": m.trial_id, "login": m.login, "role": m.role,
                                 "granted_at": m.granted_at.isoformat(timespec="seconds"), "granted_by": m.granted_by}
                                for m in rows],
                    "central": groups.get("effektmaaling_central", []), "admin": groups.get("effektmaaling_admin", [])})
        return 0
    if not rows:
        print(t("Ingen forsøg har medlemmer.", "No trial has members."))
    current = None
    for m in rows:
        if m.trial_name != current:
            current = m.trial_name
            print(current)
        print(f"  {m.login:<24} {m.role:<8} {format_date(m.granted_at.date())} ({m.granted_by})")
    for key, label in (("effektmaaling_central", t("Centrale medarbejdere (læser alle forsøg)",
                                                   "Central staff (read every trial)")),
                       ("effektmaaling_admin", t("Administratorer", "Administrators"))):
        print(f"{label}: {', '.join(groups.get(key, [])) or '–'}")
    return 0
