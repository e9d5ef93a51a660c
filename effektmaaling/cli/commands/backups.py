"""``effektmaaling backups``: list a database's backups, and restore one -- also when the database file
itself is damaged and can no longer be opened in the program (its bytes are moved aside, not lost)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...domain.formatting import format_date
from ...domain.i18n import Text, current_language
from ..common import CliError, db_path, print_json, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help=t("vis og gendan sikkerhedskopier", "list and restore backups"))
    p.add_argument("--restore", metavar=t("KOPI", "BACKUP"),
                   help=t("gendan denne kopi (filnavn fra listen, eller 'nyeste')",
                          "restore this backup (file name from the list, or 'latest')"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def reason_text(reason: str) -> str:
    """Why the backup was taken, in the chosen language (the file name holds an English code)."""
    for code, da, en in (("daily", "daglig", "daily"), ("before-migration", "før opdatering af databasen",
                                                           "before updating the database"),
                         ("before-merge", "før fletning af forsøg", "before merging a trial"),
                         ("before-restore", "før gendannelse", "before a restore")):
        if reason.startswith(code):
            return t(da, en)
    return reason


def run(args: argparse.Namespace) -> int:
    from ...services.backups import list_backups, restore_backup

    path = db_path(args)
    found = list_backups(path)
    if args.restore:
        wanted = args.restore
        choice = next((b for b in found if b.trial_count is not None), None) if wanted in ("nyeste", "latest") \
            else next((b for b in found if b.path.name == Path(wanted).name), None)
        if choice is None:
            raise CliError(Text(f"Sikkerhedskopien »{wanted}« findes ikke for {path.name}.",
                                f"The backup '{wanted}' does not exist for {path.name}."))
        before = restore_backup(choice.path, path)
        print(t(f"{path} er gendannet fra {choice.path.name}.", f"{path} was restored from {choice.path.name}."))
        if before is not None:
            print(t(f"Den tidligere fil er gemt som {before}.", f"The previous file is kept as {before}."))
        return 0
    if args.json:
        print_json({"database": str(path), "backups": [
            {"path": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"), "reason": b.reason,
             "size": b.size, "trials": b.trial_count} for b in found]})
        return 0
    lang = current_language()
    if not found:
        print(t(f"Ingen sikkerhedskopier af {path.name}.", f"No backups of {path.name}."))
        return 0
    for b in found:
        trials = "?" if b.trial_count is None else str(b.trial_count)
        print(f"{format_date(b.taken_at.date(), lang)} {b.taken_at:%H:%M}  {reason_text(b.reason):<28} "
              f"{b.size // 1024:>7} kB  "
              f"{trials:>3} {t('forsøg', 'trials')}  {b.path.name}")
    return 0
