"""``effektmaaling trials [--json]``: list the trials in the database."""

from __future__ import annotations

import argparse

from ...domain.formatting import format_date
from ...domain.labels import label
from ..common import open_workspace, print_json, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trials", help=t("vis forsøgene i databasen", "list the trials in the database"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args, readonly=True)
    try:
        rows = ws.trial_overview()
    finally:
        ws.close()
    if args.json:
        print_json({"trials": [
            {"id": str(tr.id), "name": tr.name, "unit": tr.unit, "start_date": tr.start_date.isoformat(),
             "end_date": tr.end_date.isoformat() if tr.end_date else None, "status": tr.status.value,
             "is_demo": tr.is_demo, "archived": tr.archived, "indicators": n_ind, "measurements": n_meas}
            for tr, n_ind, n_meas in rows]})
        return 0
    if not rows:
        print(t("Databasen har ingen forsøg.", "The database has no trials."))
        return 0
    header = (t("Forsøg", "Trial"), t("Start", "Start"), t("Status", "Status"), t("Indikatorer", "Indicators"),
              t("Målinger", "Measurements"))
    table = [header] + [(tr.name + (t(" (demo)", " (demo)") if tr.is_demo else ""), format_date(tr.start_date),
                         label(tr.status), str(n_ind), str(n_meas)) for tr, n_ind, n_meas in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for r in table:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) if i >= 3 else c.ljust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    return 0
