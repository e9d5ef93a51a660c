"""``effektmaaling compare --trial A --trial B [...] -o FILE.pdf [--lang da|en]``: trials side by side
as a PDF (the comparison table, the indexed charts and the forest plot), with every warning.

``--theme``, ``--stakeholder`` and ``--kind`` narrow the indicators compared (each may be repeated).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ...domain.enums import IndicatorKind, Stakeholder
from ...domain.errors import os_reason
from ...domain.i18n import current_language
from ..common import CliError, open_workspace, refuse_output, t
from .import_measurements import add_db_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help=t("sammenlign forsøg side om side (PDF)", "compare trials side by side (PDF)"),
                       description=t("Sammenligningsrapporten: tabel pr. tema, indekserede grafer (baseline = 100, "
                                     "måneder siden start), effektstørrelser og advarsler.",
                                     "The comparison report: table per theme, indexed charts (baseline = 100, months "
                                     "since the start), effect sizes and warnings."))
    add_db_option(p)
    p.add_argument("--lang", choices=["da", "en"], default=argparse.SUPPRESS,
                   help=t("rapportens sprog", "the report's language"))
    p.add_argument("--trial", action="append", required=True, metavar=t("NAVN", "NAME"),
                   help=t("et forsøg (navn eller id); mindst to", "a trial (name or id); at least two"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar=t("FIL.pdf", "FILE.pdf"),
                   help=t("PDF-filen, der skal skrives", "the PDF file to write"))
    p.add_argument("--theme", action="append", metavar=t("TEMA", "THEME"), help=t("kun dette tema", "only this theme"))
    p.add_argument("--stakeholder", action="append", choices=[s.value for s in Stakeholder],
                   help=t("kun denne interessent", "only this stakeholder"))
    p.add_argument("--kind", action="append", choices=[k.value for k in IndicatorKind],
                   help=t("kun effekt- eller procesindikatorer", "only effect or process indicators"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...analysis.compare import Filters
    from ...services.comparing import make_compare_report

    if len(args.trial) < 2:
        raise CliError(t("Angiv mindst to forsøg med --trial", "Give at least two trials with --trial"))
    out = args.output if args.output.suffix.lower() == ".pdf" else args.output.with_name(args.output.name + ".pdf")
    filters = Filters(themes=args.theme, stakeholders={Stakeholder(s) for s in args.stakeholder} if args.stakeholder
                      else None, kinds={IndicatorKind(k) for k in args.kind} if args.kind else None)
    refuse_output(out)
    ws = open_workspace(args, readonly=True)
    try:
        trials = [ws.find_trial(name) for name in args.trial]
        try:
            path = make_compare_report(ws, [tr.id for tr in trials], out, lang=current_language(), filters=filters)
        except OSError as exc:
            reason = os_reason(exc, writing=True)
            raise CliError(t(f"Rapporten kunne ikke skrives til {out}: {reason.da}.",
                             f"The report could not be written to {out}: {reason.en}.")) from exc
    finally:
        ws.close()
    print(t(f"Sammenligningen af {', '.join(tr.name for tr in trials)} er skrevet til {path}.",
            f"The comparison of {', '.join(tr.name for tr in trials)} was written to {path}."))
    return 0
