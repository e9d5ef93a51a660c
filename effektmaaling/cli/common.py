"""Shared pieces of the command-line commands: opening the database, printing, errors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..domain.errors import DomainError, os_error_text
from ..domain.i18n import Text, current_language

if TYPE_CHECKING:
    from ..services import Workspace


class CliError(Exception):
    """A user error: printed as one line, exit code 1."""

    def __init__(self, message: Text | str, code: int = 1) -> None:
        self.message = message
        self.code = code
        super().__init__(str(message))


def add_common_options(p: argparse.ArgumentParser) -> None:
    """``--db`` and ``--lang`` after the command name too (both are also accepted before it)."""
    have = {opt for action in p._actions for opt in action.option_strings}
    if "--db" not in have:
        p.add_argument("--db", metavar=t("FIL", "FILE"), default=argparse.SUPPRESS,
                       help=t("databasefil (som --db før kommandoen)", "database file (as --db before the command)"))
    if "--lang" not in have:
        p.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS,
                       help=t("sprog: da (dansk) eller en (engelsk)", "language: da (Danish) or en (English)"))


SHARED_SCHEMES = ("postgresql:", "postgres:", "postgresql+psycopg:")


def shared_location(args: argparse.Namespace) -> str | None:
    """The ``--db`` value when it names a shared PostgreSQL database (postgresql://user@host/dbname)."""
    db = getattr(args, "db", None)
    return db.strip() if isinstance(db, str) and db.strip().lower().startswith(SHARED_SCHEMES) else None


def db_path(args: argparse.Namespace) -> Path:
    """``--db``; else with ``--demo`` the demo database (written on first use); else the default file."""
    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        return demo_db()
    return paths.default_db_path()


def demo_db() -> Path:
    """The demo database in the user data folder, written when it is not there yet."""
    path = paths.demo_db_path()
    if not path.exists():
        from ..services.demo import write_demo  # numpy: only when the demo is written

        write_demo(path)
    return path


def open_workspace(args: argparse.Namespace, *, readonly: bool = False, must_exist: bool = True,
                   verify: bool = True) -> Workspace:
    """The workspace on ``--db`` (or ``EFFEKTMAALING_DB``, or the default file); ``--db`` may also be a
    shared PostgreSQL database's URL."""
    from ..services import Workspace  # imported on use: the desktop program starts without it

    location = shared_location(args)
    if location is not None:
        return Workspace.open(location, readonly=readonly)
    path = db_path(args)
    if path.is_symlink() or path.exists():
        from ..io.files import file_problem

        problem = file_problem(path)
        if problem is not None and not path.is_dir():  # a folder has the storage layer's own message
            raise CliError(Text(f"{path}: {problem.da}.", f"{path}: {problem.en}."))
    if must_exist and not path.exists():
        raise CliError(Text(f"Databasen {path} findes ikke. Angiv en anden med --db, eller lav en demo med "
                            f"'effektmaaling demo {path}'.",
                            f"The database {path} does not exist. Give another with --db, or make a demo with "
                            f"'effektmaaling demo {path}'."))

    def tell(message: Text) -> None:
        sys.stderr.write(f"effektmaaling: {message.get()}\n")
        sys.stderr.flush()

    ws = Workspace.open(path, readonly=readonly, verify=verify, on_busy=tell)
    for warning in ws.warnings:
        tell(warning)
    return ws


def refuse_output(path: Path) -> None:
    """Before anything is opened: an output file (-o) is never a database, its -wal/-shm, or another
    database file (docs/data-safety.md)."""
    from ..filesafety import refuse_database_target

    refuse_database_target(path)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def t(da: str, en: str) -> str:
    """Pick the sentence in the language chosen with ``--lang``."""
    return en if current_language() == "en" else da


__all__ = ["CliError", "DomainError", "add_common_options", "db_path", "open_workspace", "os_error_text", "print_json",
           "refuse_output", "shared_location", "t"]
