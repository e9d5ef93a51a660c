"""``effektmaaling --db URL tag-med --trial T --to laptop.db`` takes a trial of the shared database along in
a local database file; ``effektmaaling --db laptop.db synkroniser`` brings it back (and fetches what others
changed meanwhile). Conflicts are listed and nothing changes, unless ``--prefer`` says which side wins
(``mine``: this copy, ``theirs``: the shared database). See docs/shared-database.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ...domain.i18n import Text
from ..common import CliError, open_workspace, print_json, shared_location, t
from .import_measurements import add_db_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag-med", aliases=["checkout"],
                       help=t("tag et forsøg fra den delte database med offline i en lokal databasefil",
                              "take a trial of the shared database along offline in a local database file"))
    add_db_option(p)
    p.add_argument("--trial", required=True, metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("--to", required=True, type=Path, metavar=t("FIL", "FILE"),
                   help=t("den lokale databasefil (ny, eller med andre forsøg)",
                          "the local database file (new, or holding other trials)"))
    p.set_defaults(func=run_checkout)

    p = sub.add_parser("synkroniser", aliases=["sync"],
                       help=t("synkronisér et forsøg, der er taget med offline, med den delte database",
                              "synchronise a trial taken along offline with the shared database"))
    add_db_option(p)
    p.add_argument("--trial", metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id (når flere er taget med)",
                          "the trial's name or id (when several were taken along)"))
    p.add_argument("--server", metavar="URL",
                   help=t("den delte database (som standard den, forsøget blev taget fra)",
                          "the shared database (by default the one the trial was taken from)"))
    p.add_argument("--prefer", choices=["mine", "theirs"],
                   help=t("løs konflikter med min (denne kopis) eller deres (den delte databases) version",
                          "resolve conflicts with mine (this copy's) or theirs (the shared database's) version"))
    p.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    p.set_defaults(func=run_sync)


def run_checkout(args: argparse.Namespace) -> int:
    from ...services import Workspace
    from ...services.offline import checkout

    if shared_location(args) is None:
        raise CliError(Text("tag-med kræver en delt database: --db postgresql://bruger@vært/database.",
                            "tag-med needs a shared database: --db postgresql://user@host/database."), code=2)
    server = open_workspace(args)
    try:
        trial = server.find_trial(args.trial)
        copy = Workspace.open(args.to)
        try:
            result = checkout(server, trial.id, copy)
        finally:
            copy.close()
    finally:
        server.close()
    print(t(f"Forsøget »{result.trial_name}« er taget med i {result.path} ({result.counts['indicators']} indikatorer, "
            f"{result.counts['measurements']} målinger). Synkronisér med 'effektmaaling --db {result.path} "
            "synkroniser'.",
            f"The trial '{result.trial_name}' was taken along in {result.path} ({result.counts['indicators']} "
            f"indicators, {result.counts['measurements']} measurements). Synchronise with 'effektmaaling --db "
            f"{result.path} synkroniser'."))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from ...services import Workspace
    from ...services.exchange import MergeConflicts
    from ...services.offline import describe, server_of, sync
    from .exchange import _conflict_lines

    if shared_location(args) is not None:
        raise CliError(Text("synkroniser køres på den lokale kopi: --db laptop.db (den delte database med --server).",
                            "synkroniser runs on the local copy: --db laptop.db (the shared database with --server)."),
                       code=2)
    copy = open_workspace(args)
    try:
        trial_id = copy.find_trial(args.trial).id if args.trial else None
        trial, peer = server_of(copy, trial_id)
        server = Workspace.open(args.server or peer.peer)
        try:
            try:
                result = sync(copy, server, trial.id, prefer=args.prefer)
            except MergeConflicts as exc:
                if args.json:
                    print_json({"ok": False, "conflicts": [
                        {"key": c.key, "entity": c.entity, "reason": c.reason, "where": c.label.get(),
                         "field": c.field, "mine": c.mine, "theirs": c.theirs} for c in exc.plan.unresolved]})
                else:
                    for c in exc.plan.unresolved:
                        print("\n".join(_conflict_lines(c)))
                    print(t("Min = denne kopi, deres = den delte database. Vælg med --prefer mine eller "
                            "--prefer theirs; intet er ændret.",
                            "Mine = this copy, theirs = the shared database. Choose with --prefer mine or "
                            "--prefer theirs; nothing was changed."))
                raise
        finally:
            server.close()
    finally:
        copy.close()
    if args.json:
        print_json({"ok": True, **result.summary()})
    else:
        print(describe(result).get())
    return 0
