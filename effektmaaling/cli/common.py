"""Shared pieces of the command-line commands: opening the database, printing, errors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..domain.errors import DomainError
from ..domain.i18n import Text, current_language

if TYPE_CHECKING:
    from ..services import Workspace


class CliError(Exception):
    """A user error: printed as one line, exit code 1."""

    def __init__(self, message: Text | str, code: int = 1) -> None:
        self.message = message
        self.code = code
        super().__init__(str(message))


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db_path()


def open_workspace(args: argparse.Namespace, *, readonly: bool = False, must_exist: bool = True,
                   verify: bool = True) -> Workspace:
    """The workspace on ``--db`` (or ``EFFEKTMAALING_DB``, or the default file)."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise CliError(Text(f"Databasen {path} findes ikke. Angiv en anden med --db, eller lav en demo med "
                            f"'effektmaaling demo {path}'.",
                            f"The database {path} does not exist. Give another with --db, or make a demo with "
                            f"'effektmaaling demo {path}'."))
    from ..services import Workspace  # imported on use: the desktop program starts without it

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


__all__ = ["CliError", "DomainError", "db_path", "open_workspace", "print_json", "refuse_output", "t"]
