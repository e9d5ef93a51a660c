"""``effektmaaling analyse [--trial NAME] [--json]``: the effect analysis of every indicator."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ...domain.i18n import current_language
from ..common import open_workspace, t

if TYPE_CHECKING:
    from ...analysis import TrialAnalysis


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", help=t("effektanalyse af forsøgenes indikatorer",
                                         "effect analysis of the trials' indicators"))
    p.add_argument("--trial", action="append", metavar=t("NAVN", "NAME"),
                   help=t("kun dette forsøg (kan gentages)", "only this trial (may be repeated)"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Trial by trial: each trial is read, analysed and printed before the next is read, so memory stays
    that of one trial (the JSON document is written piece by piece, as one document)."""
    from ...analysis.render import analyses_to_text
    from ...services.analysis import iter_analyses

    ws = open_workspace(args, readonly=True)
    # What is loaded now (modules, the workspace) lives to the end: out of the collector's full passes, which
    # otherwise walk it again and again while the trials' objects come and go (0.2 s a pass).
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()  # collected once per batch of trials instead (_collected)
    try:
        ids = [ws.find_trial(name).id for name in args.trial] if args.trial else None
        analyses = _collected(iter_analyses(ws, ids))
        if args.json:
            _print_json_stream(analyses)
        else:
            lang = current_language()
            for i, analysis in enumerate(analyses):
                if i:
                    print()
                print(analyses_to_text([analysis], lang), end="")
    finally:
        if collecting:
            gc.enable()
        ws.close()
    return 0


def _collected(analyses: Iterable[TrialAnalysis], every: int = 50) -> Iterator[TrialAnalysis]:
    """``analyses``, with one pass of the cyclic garbage collector after every ``every`` trials (as many as
    a read holds). Reading and analysing makes millions of short-lived objects without reference cycles
    (rows, tuples, arrays, results), which reference counting frees; the collector's automatic passes,
    started by every 700 new objects, walked the live ones again and again (2-4 s of the command's CPU
    time). The few cycles (~2,000 objects in all 1,000 trials) are freed by these passes instead."""
    for i, analysis in enumerate(analyses, 1):
        yield analysis
        if i % every == 0:
            gc.collect()


def _print_json_stream(analyses: Iterable[TrialAnalysis]) -> None:
    """``{"trials": [...]}`` exactly as :func:`print_json` writes it, one trial at a time."""
    out = sys.stdout
    first = True
    for a in analyses:
        text = json.dumps(a.to_dict(), ensure_ascii=False, indent=2, allow_nan=False)
        # Every line four spaces in, as at its depth in the whole document. Only at "\n": the one line break
        # JSON writes (textwrap.indent also broke lines inside strings at U+2028, U+2029 and U+0085, which
        # ensure_ascii=False leaves as they are, and put spaces into the text; and took ~3 ms a trial).
        out.write(('{\n  "trials": [\n' if first else ",\n") + "    " + text.replace("\n", "\n    "))
        first = False
    out.write('{\n  "trials": []\n}\n' if first else "\n  ]\n}\n")
