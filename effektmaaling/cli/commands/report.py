"""``effektmaaling report --trial NAME -o FILE.pdf [--from DATE] [--to DATE]``: the effect report as PDF."""

from __future__ import annotations

import argparse

from ...domain.formatting import parse_date
from ...domain.i18n import current_language
from ...services.reporting import write_effect_report
from ..common import open_workspace, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=t("skriv forsøgets effektrapport (PDF)", "write the trial's effect report (PDF)"))
    p.add_argument("--trial", required=True, metavar="NAME", help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=t("PDF-filen", "the PDF file"))
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help=t("periodens start, fx 01-01-2014 (baseline medtages altid)",
                          "start of the period, e.g. 2014-01-01 (the baseline is always included)"))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=t("periodens slutning", "end of the period"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    date_from = parse_date(args.date_from, field="--from") if args.date_from else None
    date_to = parse_date(args.date_to, field="--to") if args.date_to else None
    ws = open_workspace(args, readonly=True)
    try:
        out = write_effect_report(ws, args.trial, args.output, current_language(), date_from, date_to)
    finally:
        ws.close()
    print(t(f"Effektrapporten er skrevet: {out}", f"The effect report was written: {out}"))
    return 0
