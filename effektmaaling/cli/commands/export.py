"""``effektmaaling export --trial T -o FILE [--format xlsx|csv-da|csv-intl]``: measurements (and
analysis results, XLSX) of a trial for Excel or other programs."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..common import open_workspace, refuse_output, t
from .import_measurements import add_db_option


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=t("eksportér målinger (og analyse) til XLSX eller CSV",
                                         "export measurements (and analysis) to XLSX or CSV"))
    add_db_option(p)
    p.add_argument("--trial", required=True, metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("--indicator", metavar=t("NAVN", "NAME"), help=t("kun denne indikator", "only this indicator"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar=t("FIL", "FILE"),
                   help=t("filen, der skal skrives (.xlsx eller .csv)", "the file to write (.xlsx or .csv)"))
    p.add_argument("--format", metavar=t("FORMAT", "FORMAT"), choices=["xlsx", "csv", "csv-da", "csv-intl"],
                   help=t("xlsx, csv-da (semikolon, decimalkomma) eller csv-intl (komma, decimalpunktum); "
                          "standard efter filnavnet", "xlsx, csv-da (semicolon, decimal comma) or csv-intl "
                          "(comma, decimal point); default from the file name"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...services.exporting import export_measurements, format_for

    refuse_output(args.output)
    ws = open_workspace(args, readonly=True)
    try:
        trial = ws.find_trial(args.trial)
        ind_id = ws.find_indicator(trial.id, args.indicator).id if args.indicator else None
        fmt = format_for(args.output, args.format)
        export_measurements(ws, trial.id, args.output, fmt, indicator_id=ind_id)
    finally:
        ws.close()
    print(t(f"Forsøget »{trial.name}« er eksporteret til {args.output} ({fmt}).",
            f"The trial '{trial.name}' was exported to {args.output} ({fmt})."))
    return 0
