"""``effektmaaling export-trial --trial T -o FILE.json`` and ``effektmaaling import-trial FILE.json
[--prefer mine|theirs]``: move a trial between databases (a laptop and central staff).

An import of a trial that exists merges (a three-way merge per field; deletions travel); conflicts (a field
changed differently on both sides, an edit against a deletion, two measurements on one date) are listed and
nothing changes, unless ``--prefer`` says which side wins. ``--copy`` imports the file as a new trial with
new ids (for a file whose ids belong to another trial here).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import open_workspace, print_json, refuse_output, t
from .import_measurements import add_db_option

if TYPE_CHECKING:
    from ...services.exchange import Conflict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-trial", help=t("eksportér et forsøg til en udvekslingsfil (JSON)",
                                               "export a trial to an exchange file (JSON)"))
    add_db_option(p)
    p.add_argument("--trial", required=True, metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar=t("FIL", "FILE"),
                   help=t("udvekslingsfilen, der skal skrives (.json)", "the exchange file to write (.json)"))
    p.set_defaults(func=run_export)

    p = sub.add_parser("import-trial", help=t("importér et forsøg fra en udvekslingsfil (nyt eller flet)",
                                               "import a trial from an exchange file (new or merge)"))
    p.add_argument("file", type=Path, metavar=t("FIL", "FILE"),
                   help=t("udvekslingsfilen, der skal læses (.json)", "the exchange file to read (.json)"))
    add_db_option(p)
    p.add_argument("--prefer", choices=["mine", "theirs"],
                   help=t("løs konflikter med min (databasens) eller deres (filens) version",
                          "resolve conflicts with mine (the database's) or theirs (the file's) version"))
    p.add_argument("--copy", action="store_true",
                   help=t("importér som et nyt forsøg med nye id'er (navn: --name eller »… (kopi)«)",
                          "import as a new trial with new ids (name: --name or '… (kopi)')"))
    p.add_argument("--name", metavar=t("NAVN", "NAME"), help=t("navnet på kopien (med --copy)", "the copy's name (with --copy)"))
    p.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    p.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from ...services.exchange import export_trial

    refuse_output(args.output)
    ws = open_workspace(args)
    try:
        trial = ws.find_trial(args.trial)
        counts = export_trial(ws, trial.id, args.output)
    finally:
        ws.close()
    print(t(f"Forsøget »{trial.name}« er eksporteret til {args.output} ({counts['indicators']} indikatorer, "
            f"{counts['measurements']} målinger).",
            f"The trial '{trial.name}' was exported to {args.output} ({counts['indicators']} indicators, "
            f"{counts['measurements']} measurements)."))
    return 0


def _show(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


def _conflict_lines(c: Conflict) -> list[str]:
    lines = [f"{c.label.get()}:"]
    if c.mine is None or c.theirs is None:
        who = f" ({c.deleted_by}, {c.deleted_at[:10]})" if c.deleted_by else ""
        if c.mine is None:
            lines.append(t(f"  min:   slettet her{who}", f"  mine:   deleted here{who}"))
        else:
            lines.append(t(f"  deres: slettet{who}", f"  theirs: deleted{who}"))
        return lines
    keys = [c.field] if c.field else [k for k in c.theirs if c.mine.get(k) != c.theirs.get(k)]
    for k in keys:
        lines.append(f"  {k}: {t('min', 'mine')} {_show(c.mine.get(k))}  {t('deres', 'theirs')} {_show(c.theirs.get(k))}")
    return lines


def run_import(args: argparse.Namespace) -> int:
    from ...services.exchange import (
        IdCollision,
        MergeConflicts,
        describe,
        import_as_copy,
        import_trial,
        read_exchange_file,
    )

    incoming = read_exchange_file(args.file)
    ws = open_workspace(args, must_exist=False)
    try:
        try:
            if args.copy:
                plan = import_as_copy(ws, incoming, args.name)
            else:
                plan = import_trial(ws, incoming, prefer=args.prefer)
        except MergeConflicts as exc:
            if args.json:
                print_json({"ok": False, "conflicts": [
                    {"key": c.key, "entity": c.entity, "reason": c.reason, "where": c.label.get(), "field": c.field,
                     "mine": c.mine, "theirs": c.theirs} for c in exc.plan.unresolved]})
            else:
                for c in exc.plan.unresolved:
                    print("\n".join(_conflict_lines(c)))
                print(t("Vælg med --prefer mine eller --prefer theirs.", "Choose with --prefer mine or --prefer theirs."))
            raise
        except IdCollision:
            if not args.json:
                print(t("Brug --copy for at importere filen som et nyt forsøg med nye id'er.",
                        "Use --copy to import the file as a new trial with new ids."))
            raise
    finally:
        ws.close()
    if args.json:
        print_json({"ok": True, **plan.summary()})
    else:
        print(describe(plan).get())
    return 0
