"""``effektmaaling analyse [--trial NAME] [--json]``: the effect analysis of every indicator."""

from __future__ import annotations

import argparse

from ...domain.i18n import current_language
from ..common import open_workspace, print_json, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", help=t("effektanalyse af forsøgenes indikatorer",
                                         "effect analysis of the trials' indicators"))
    p.add_argument("--trial", action="append", metavar=t("NAVN", "NAME"),
                   help=t("kun dette forsøg (kan gentages)", "only this trial (may be repeated)"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...analysis.render import analyses_to_json, analyses_to_text
    from ...services.analysis import analyse_trials

    ws = open_workspace(args, readonly=True)
    try:
        ids = [ws.find_trial(name).id for name in args.trial] if args.trial else None
        analyses = analyse_trials(ws, ids)
    finally:
        ws.close()
    if args.json:
        print_json(analyses_to_json(analyses))
    else:
        print(analyses_to_text(analyses, current_language()), end="")
    return 0
