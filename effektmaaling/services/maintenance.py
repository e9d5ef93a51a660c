"""Checking a database: SQLite's own integrity checks plus the model's rules on stored data."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.errors import StorageError
from ..domain.formatting import format_date, format_number
from ..domain.i18n import Text
from ..domain.validation import in_range
from ..storage import repository as repo
from ..storage.database import schema_revision
from ..storage.schema_check import schema_findings
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
    """Run ``PRAGMA integrity_check``, ``foreign_key_check`` and the domain's own checks."""
    with ws.db.read() as s:
        findings = [Text(f"SQLite: {f}", f"SQLite: {f}") for f in repo.integrity_findings(s)]
    findings.extend(schema_findings(ws.db.engine))  # foreign triggers, views, tables, columns, indexes
    try:
        counts = _domain_checks(ws, findings)
    except StorageError:  # too damaged to read through: say so, with SQLite's findings above
        findings.append(Text(
            "Data kunne ikke læses igennem, fordi filen er beskadiget. Gendan den fra en sikkerhedskopi "
            "(Fil → Gendan fra sikkerhedskopi …).",
            "The data could not be read through because the file is damaged. Restore it from a backup "
            "(File → Restore from backup …)."))
        counts = {}
    try:
        revision = schema_revision(ws.db)
    except Exception:
        revision = None
    return CheckReport(revision, counts, findings)


def _domain_checks(ws: Workspace, findings: list[Text]) -> dict[str, int]:
    """The model's rules on stored data (values in range, numerator not above denominator)."""
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
