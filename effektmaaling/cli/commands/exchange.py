"""``effektmaaling export-trial --trial T -o FILE.json`` and ``effektmaaling import-trial FILE.json
[--prefer mine|theirs]``: move a trial between databases (a laptop and central staff).

An import of a trial that exists merges; conflicts (a record changed on both sides) are listed and
nothing changes, unless ``--prefer`` says which side wins.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import open_workspace, print_json, t
from .import_measurements import add_db_option

if TYPE_CHECKING:
    from ...services.exchange import MergePlan


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
    p.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    p.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from ...services.exchange import export_trial

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


def run_import(args: argparse.Namespace) -> int:
    from ...services.exchange import MergeConflicts, import_trial, read_exchange_file

    incoming = read_exchange_file(args.file)
    ws = open_workspace(args, must_exist=False)
    try:
        try:
            plan = import_trial(ws, incoming, prefer=args.prefer)
        except MergeConflicts as exc:
            if args.json:
                print_json({"ok": False, "conflicts": [
                    {"key": c.key, "entity": c.entity, "reason": c.reason, "where": c.label.get(), "mine": c.mine,
                     "theirs": c.theirs} for c in exc.plan.unresolved]})
            else:
                for c in exc.plan.unresolved:
                    print(f"{c.label.get()}:")
                    if c.mine is None:
                        print(t("  min:   slettet her", "  mine:   deleted here"))
                    keys = [k for k in c.theirs if c.mine is None or c.mine.get(k) != c.theirs.get(k)]
                    for k in keys:
                        mine = "" if c.mine is None else f"{t('min', 'mine')} {_show(c.mine.get(k))}  "
                        print(f"  {k}: {mine}{t('deres', 'theirs')} {_show(c.theirs.get(k))}")
                print(t("Vælg med --prefer mine eller --prefer theirs.", "Choose with --prefer mine or --prefer theirs."))
            raise
    finally:
        ws.close()
    if args.json:
        print_json({"ok": True, **plan.summary()})
    else:
        print(_describe(plan))
    return 0


def _describe(plan: MergePlan) -> str:
    if plan.new_trial:
        return t(f"Forsøget »{plan.trial_name}« er oprettet ({plan.inserted['indicator']} indikatorer, "
                 f"{plan.inserted['measurement']} målinger).",
                 f"The trial '{plan.trial_name}' was created ({plan.inserted['indicator']} indicators, "
                 f"{plan.inserted['measurement']} measurements).")
    return t(f"Forsøget »{plan.trial_name}« er flettet: {sum(plan.inserted.values())} tilføjet, "
             f"{sum(plan.updated.values())} opdateret, {sum(plan.replaced.values())} erstattet, "
             f"{sum(plan.kept_mine.values())} beholdt, {len(plan.conflicts)} konflikt(er) løst.",
             f"The trial '{plan.trial_name}' was merged: {sum(plan.inserted.values())} added, "
             f"{sum(plan.updated.values())} updated, {sum(plan.replaced.values())} replaced, "
             f"{sum(plan.kept_mine.values())} kept, {len(plan.conflicts)} conflict(s) resolved.")



