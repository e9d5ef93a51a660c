"""``effektmaaling --db postgresql://… setup``: create or migrate a shared database's schema and apply its
roles, grants and row-level security (run by an administrator; again after every program update).
``effektmaaling --db postgresql://… password``: keep the login's password in the operating system's keyring."""

from __future__ import annotations

import argparse

from ...domain.i18n import Text
from ..common import CliError, print_json, shared_location, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("setup", help=t("opret eller opdatér en delt database (PostgreSQL) og dens adgangsregler",
                                       "create or upgrade a shared database (PostgreSQL) and its access rules"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)
    p = sub.add_parser("password", help=t("gem adgangskoden til en delt database i styresystemets nøglering",
                                          "keep the password of a shared database in the operating system's keyring"))
    p.add_argument("--forget", action="store_true", help=t("glem den gemte adgangskode", "forget the kept password"))
    p.set_defaults(func=run_password)


def _location(args: argparse.Namespace) -> str:
    location = shared_location(args)
    if location is None:
        raise CliError(Text("Angiv den delte database med --db postgresql://bruger@vært/database.",
                            "Give the shared database with --db postgresql://user@host/database."))
    return location


def run(args: argparse.Namespace) -> int:
    from ...storage.postgres import setup_database

    report = setup_database(_location(args))
    if args.json:
        print_json({"location": report.location, "from_revision": report.from_revision,
                    "to_revision": report.to_revision, "tables": list(report.tables),
                    "warnings": [w.get() for w in report.warnings]})
        return 0
    before = report.from_revision or t("tom", "empty")
    print(t(f"{report.location}: skema {before} → {report.to_revision}; roller, rettigheder og adgangsregler "
            f"på {len(report.tables)} tabeller er sat.",
            f"{report.location}: schema {before} → {report.to_revision}; roles, grants and access rules on "
            f"{len(report.tables)} tables are set."))
    for w in report.warnings:
        print(f"- {w.get()}")
    return 0


def run_password(args: argparse.Namespace) -> int:
    import getpass

    from ...storage.postgres import forget_password, redacted, remember_password

    location = _location(args)
    if args.forget:
        forget_password(location)
        print(t(f"Adgangskoden til {redacted(location)} er glemt.", f"The password of {redacted(location)} is forgotten."))
        return 0
    password = getpass.getpass(t("Adgangskode: ", "Password: "))
    if not password:
        raise CliError(Text("Ingen adgangskode angivet.", "No password given."))
    remember_password(location, password)
    print(t(f"Adgangskoden til {redacted(location)} er gemt i styresystemets nøglering.",
            f"The password of {redacted(location)} is kept in the operating system's keyring."))
    return 0
