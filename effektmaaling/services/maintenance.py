"""Checking a database: SQLite's own integrity checks plus the model's rules on stored data."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.errors import StorageError
from ..domain.formatting import format_date, format_number
from ..domain.i18n import Text
from ..domain.validation import in_range
from ..storage import repository as repo
from ..storage.database import schema_revision
from .workspace import Workspace


@dataclass
class CheckReport:
    schema_revision: str | None
    counts: dict[str, int]
    findings: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def check_database(ws: Workspace) -> CheckReport:
    """Run ``PRAGMA integrity_check``, ``foreign_key_check`` and the domain's own checks.

    A file too damaged for the domain's checks to read is reported as a finding, not an error."""
    sqlite_findings: list[str] = []
    findings: list[Text] = []
    try:
        with ws.db.read() as s:
            sqlite_findings.extend(repo.integrity_findings(s))
    except StorageError as exc:  # a damaged file may fail even to end the reading transaction
        if not sqlite_findings:
            findings.append(exc.message)
    findings[:0] = [Text(f"SQLite: {f}", f"SQLite: {f}") for f in sqlite_findings]
    try:
        counts = _domain_checks(ws, findings)
    except StorageError as exc:
        if exc.message not in findings:
            findings.append(exc.message)
        counts = {}
    try:
        revision = schema_revision(ws.db)
    except Exception:
        revision = None
    return CheckReport(revision, counts, findings)


def _domain_checks(ws: Workspace, findings: list[Text]) -> dict[str, int]:
    with ws.db.read() as s:
        counts = repo.counts(s)
        for trial in repo.list_trials(s):
            by_ind = repo.measurements_by_indicator(s, trial.id)
            for ind in repo.list_indicators(s, trial.id):
                for m in by_ind.get(ind.id, []):
                    where_da = f"{trial.name} / {ind.name} / {format_date(m.date, 'da')}"
                    where_en = f"{trial.name} / {ind.name} / {format_date(m.date, 'en')}"
                    if not in_range(ind, m.value):
                        findings.append(Text(
                            f"{where_da}: værdien {format_number(m.value, ind.decimals, 'da')} ligger uden for "
                            "indikatorens gyldige interval",
                            f"{where_en}: the value {format_number(m.value, ind.decimals, 'en')} is outside the "
                            "indicator's valid range"))
                    if (m.numerator is not None and m.denominator is not None
                            and ind.measure_type.value == "proportion" and m.numerator > m.denominator):
                        findings.append(Text(f"{where_da}: tælleren er større end nævneren",
                                             f"{where_en}: the numerator is greater than the denominator"))
    return counts
