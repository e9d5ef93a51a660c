"""``effektmaaling report --trial NAME -o FILE.pdf [--lang da|en] [--from DATE] [--to DATE]``: the
effect report of a trial as a PDF.

``--from``/``--to`` limit the follow-up shown and analysed; the baseline (measurements before the
trial start) is always kept, because it is what the follow-up is compared with.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ...domain.errors import os_reason
from ...domain.formatting import parse_date
from ...domain.i18n import current_language
from ..common import CliError, open_workspace, refuse_output, t
from .import_measurements import add_db_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=t("skriv forsøgets effektrapport (PDF)", "write the trial's effect report (PDF)"),
                       description=t("Effektrapporten: forside, bundlinjer, oversigt, en side pr. indikator med graf "
                                     "og metodebilag. Baselinen bevares altid, også med --from.",
                                     "The effect report: cover, bottom lines, summary, one page per indicator with a "
                                     "chart, and a methods appendix. The baseline is always kept, also with --from."))
    add_db_option(p)
    p.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS,
                   help=t("rapportens sprog (standard: programmets sprog)", "the report's language (default: the "
                          "program's language)"))
    p.add_argument("--trial", required=True, metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar=t("FIL.pdf", "FILE.pdf"),
                   help=t("PDF-filen, der skal skrives", "the PDF file to write"))
    p.add_argument("--from", dest="start", metavar=t("DATO", "DATE"),
                   help=t("vis opfølgningen fra denne dato (fx 01-01-2014)", "show the follow-up from this date "
                          "(e.g. 2014-01-01)"))
    p.add_argument("--to", dest="end", metavar=t("DATO", "DATE"),
                   help=t("brug målinger til og med denne dato", "use measurements up to and including this date"))
    p.add_argument("--indicator", action="append", metavar=t("NAVN", "NAME"),
                   help=t("kun denne indikator (kan gentages; standard: alle)",
                          "only this indicator (may be repeated; default: all)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...services.reporting import make_effect_report

    start = parse_date(args.start, field="--from") if args.start else None
    end = parse_date(args.end, field="--to") if args.end else None
    out = args.output if args.output.suffix.lower() == ".pdf" else args.output.with_name(args.output.name + ".pdf")
    refuse_output(out)
    ws = open_workspace(args, readonly=True)
    try:
        trial = ws.find_trial(args.trial)
        ids = [ws.find_indicator(trial.id, name).id for name in args.indicator] if args.indicator else None
        try:
            path = make_effect_report(ws, trial.id, out, lang=current_language(), start=start, end=end,
                                      indicator_ids=ids)
        except OSError as exc:
            reason = os_reason(exc, writing=True)
            raise CliError(t(f"Rapporten kunne ikke skrives til {out}: {reason.da}.",
                             f"The report could not be written to {out}: {reason.en}.")) from exc
    finally:
        ws.close()
    print(t(f"Effektrapporten for »{trial.name}« er skrevet til {path}.",
            f"The effect report of '{trial.name}' was written to {path}."))
    return 0
