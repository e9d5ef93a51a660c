"""``effektmaaling demo PATH [--force]``: write the demo database."""

from __future__ import annotations

import argparse

from ..common import t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=t("skriv demodatabasen med de tre fricenterforsøg",
                                      "write the demo database with the three free-centre trials"))
    p.add_argument("path", metavar=t("FIL", "FILE"), help=t("hvor databasen skal skrives", "where to write the database"))
    p.add_argument("--force", action="store_true", help=t("overskriv en eksisterende fil", "overwrite an existing file"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...services.demo import write_demo

    path = write_demo(args.path, force=args.force)
    print(t(f"Demodatabasen er skrevet til {path} (illustrative tal, ikke rigtige data).",
            f"The demo database was written to {path} (illustrative figures, not real data)."))
    return 0
