"""``effektmaaling import FILE --trial T [--indicator I]``: import measurements from CSV or XLSX (long format).

Columns are found by their headers in English or Danish (any case); ``--date-column`` etc. name
others. Every bad row is printed; when any row is bad, nothing is imported and the exit code is 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..common import CliError, open_workspace, print_json, t

FIELDS = ("date", "value", "n", "sd", "numerator", "denominator", "comment", "indicator")
FIELD_NAMES = {"date": ("datoen", "the date"), "value": ("værdien", "the value"), "n": ("antallet (n)", "the count (n)"),
               "sd": ("spredningen (sd)", "the standard deviation (sd)"), "numerator": ("tælleren", "the numerator"),
               "denominator": ("nævneren", "the denominator"), "comment": ("kommentaren", "the comment"),
               "indicator": ("indikatoren", "the indicator")}


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db`` after the command name too (it is also accepted before it)."""
    p.add_argument("--db", metavar=t("FIL", "FILE"), default=argparse.SUPPRESS,
                   help=t("databasefil (som --db før kommandoen)", "database file (as --db before the command)"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help=t("importér målinger fra CSV eller XLSX", "import measurements from CSV or XLSX"))
    p.add_argument("file", type=Path, metavar=t("FIL", "FILE"),
                   help=t("CSV- eller XLSX-filen med målingerne", "the CSV or XLSX file with the measurements"))
    add_db_option(p)
    p.add_argument("--trial", required=True, metavar=t("NAVN", "NAME"),
                   help=t("forsøgets navn eller id", "the trial's name or id"))
    p.add_argument("--indicator", metavar=t("NAVN", "NAME"), help=t("indikatorens navn eller id (ellers en kolonne »indikator« i filen)",
                                         "the indicator's name or id (else an 'indicator' column in the file)"))
    p.add_argument("--all-to-indicator", action="store_true",
                   help=t("importér alle rækker til --indicator, også dem, som filens kolonne »indikator« angiver til "
                          "en anden indikator (ellers er de fejl)",
                          "import every row to --indicator, also those the file's 'indicator' column gives to "
                          "another indicator (else they are errors)"))
    p.add_argument("--sheet", metavar=t("ARK", "SHEET"), help=t("arket i en XLSX-fil (standard: det første)", "the sheet of an XLSX file (default: the first)"))
    for fld in FIELDS:
        p.add_argument(f"--{fld}-column", metavar=t("KOLONNE", "COLUMN"),
                       help=t(f"kolonnen med {FIELD_NAMES[fld][0]} (overskrift eller nummer)",
                              f"the column holding {FIELD_NAMES[fld][1]} (header or number)"))
    p.add_argument("--on-duplicate", choices=["error", "update", "skip"], default="error",
                   help=t("når datoen allerede har en måling: fejl (standard), opdatér eller spring over",
                          "when the date already has a measurement: error (default), update or skip"))
    p.add_argument("--decimal", choices=["comma", "point"],
                   help=t("decimaltegn i tekstceller (standard: komma, punktum i kommaseparerede filer)",
                          "decimal mark in text cells (default: comma; point in comma-separated files)"))
    p.add_argument("--encoding", metavar=t("TEGNSÆT", "ENCODING"), help=t("tegnsæt (standard: findes automatisk)", "encoding (default: detected)"))
    p.add_argument("--delimiter", metavar=t("TEGN", "CHARACTER"), help=t("skilletegn (standard: findes automatisk)", "delimiter (default: detected)"))
    p.add_argument("--json", action="store_true", help=t("skriv resultatet som JSON", "print the result as JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from ...io.measurement_rows import detect_mapping, unused_columns
    from ...io.tabular import open_table
    from ...services.importing import ImportRejected, import_measurements

    source = open_table(args.file, sheet=args.sheet, encoding=args.encoding,
                        delimiter=args.delimiter.replace("\\t", "\t") if args.delimiter else None)
    overrides = {fld: getattr(args, f"{fld}_column") for fld in FIELDS if getattr(args, f"{fld}_column")}
    mapping = detect_mapping(source.header, overrides)
    unused = unused_columns(mapping, source.header)
    if unused and not args.json:  # never dropped silently: say which columns are not imported
        names = ", ".join(f"»{h}«" for h in unused)
        print(t(f"Bemærk: kolonnerne {names} bruges ikke (overskriften er ukendt; angiv fx --sd-column).",
                f"Note: the columns {names} are not used (unknown header; give e.g. --sd-column)."), file=sys.stderr)
    lang = {"comma": "da", "point": "en", None: None}[args.decimal]
    ws = open_workspace(args)
    try:
        trial = ws.find_trial(args.trial)
        ind_id = ws.find_indicator(trial.id, args.indicator).id if args.indicator else None
        try:
            report = import_measurements(ws, source, mapping, trial.id, ind_id, number_lang=lang,
                                         on_duplicate=args.on_duplicate,
                                         other_indicators="allow" if args.all_to_indicator else "problem")
        except ImportRejected as exc:
            if args.json:
                print_json({"ok": False, "rows": exc.report.rows_read,
                            "problems": [{"row": p.row, "column": p.column, "reason": p.message.get()}
                                         for p in exc.report.problems]})
            else:
                for problem in exc.report.problems:
                    print(problem.text())
            raise CliError(exc.message) from None
    finally:
        ws.close()
    if args.json:
        print_json({"ok": True, "rows": report.rows_read, "inserted": report.inserted, "updated": report.updated,
                    "skipped": report.skipped, "unused_columns": unused,
                    "columns": {fld: source.header[i] for fld, i in mapping.columns.items() if i < len(source.header)}})
    else:
        print(t(f"{report.inserted} målinger importeret, {report.updated} opdateret, {report.skipped} sprunget over "
                f"({report.rows_read} rækker læst fra {args.file.name}).",
                f"{report.inserted} measurements imported, {report.updated} updated, {report.skipped} skipped "
                f"({report.rows_read} rows read from {args.file.name})."))
    return 0
