"""``effektmaaling check``: integrity check, schema version and counts. Exit 1 when anything is found."""

from __future__ import annotations

import argparse

from ..common import open_workspace, print_json, t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=t("kontrollér databasen", "check the database"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ...services.maintenance import check_database

    ws = open_workspace(args, readonly=True, verify=False)  # the check below is the full one
    try:
        report = check_database(ws)
    finally:
        ws.close()
    if args.json:
        print_json({"path": ws.location, "schema_revision": report.schema_revision, "counts": report.counts,
                    "ok": report.ok, "findings": [f.get() for f in report.findings]})
        return 0 if report.ok else 1
    print(f"{t('Database', 'Database')}: {ws.location}")
    print(f"{t('Skemaversion', 'Schema version')}: {report.schema_revision}")
    names = {"trials": t("forsøg", "trials"), "indicators": t("indikatorer", "indicators"),
             "measurements": t("målinger", "measurements"), "milestones": t("milepæle", "milestones"),
             "assessments": t("vurderinger", "assessments"),
             "change_log": t("poster i ændringsloggen", "change-log entries")}
    if report.counts:
        print(", ".join(f"{report.counts.get(k, 0)} {names[k]}" for k in names))
    if report.ok:
        print(t("Ingen fejl fundet.", "No problems found."))
        return 0
    print(t(f"{len(report.findings)} problem(er) fundet:", f"{len(report.findings)} problem(s) found:"))
    for f in report.findings:
        print(f"- {f.get()}")
    return 1
