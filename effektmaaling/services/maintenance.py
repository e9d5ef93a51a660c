"""Checking a database: SQLite's own integrity checks plus the model's rules on stored data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.entities import Indicator, Trial
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


def check_database(ws: Workspace, progress: Callable[[str, int, int], None] | None = None) -> CheckReport:
    """Run ``PRAGMA integrity_check``, ``foreign_key_check`` and the domain's own checks.

    ``progress(step, done, total)`` is told what is being done: step ``"integrity"``, ``"schema"``, then
    ``"values"`` with the indicators read so far and their number; it may raise to stop the check."""
    progress = progress or (lambda _step, _done, _total: None)
    progress("integrity", 0, 0)
    with ws.db.read() as s:
        findings = [Text(f"SQLite: {f}", f"SQLite: {f}") for f in repo.integrity_findings(s)]
    if ws.db.engine.dialect.name == "sqlite":  # a shared database's schema is kept by `setup` and its grants
        progress("schema", 0, 0)
        findings.extend(schema_findings(ws.db.engine))  # foreign triggers, views, tables, columns, indexes
    try:
        counts = _domain_checks(ws, findings, progress)
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


def _domain_checks(ws: Workspace, findings: list[Text], progress: Callable[[str, int, int], None]) -> dict[str, int]:
    """The model's rules on stored data (values in range, numerator not above denominator).

    The measurements are streamed as raw rows, indicator by indicator (bounded memory, no ORM objects);
    a finding's location (trial / indicator / date) is written only for a measurement that breaks a rule."""
    with ws.db.read() as s:
        counts = repo.counts(s)
        trials = {t.id: t for t in repo.list_trials(s)}
        indicators = {repo.stored_id(s, ind.id): ind for ind in repo.all_indicators(s)}
        progress("values", 0, len(indicators))
        for done, (ind_id, rows) in enumerate(repo.iter_all_measurement_values(s), 1):
            progress("values", done, len(indicators))
            ind = indicators.get(ind_id)
            if ind is None:  # an orphan: SQLite's foreign_key_check above names it
                continue
            lo, hi = ind.valid_min, ind.valid_max
            proportion = ind.measure_type.value == "proportion"
            for date, value, num, den in rows:
                out_of_range = (lo is not None and value < lo) or (hi is not None and value > hi)
                too_many = proportion and num is not None and den is not None and num > den
                if out_of_range or too_many:
                    _finding(findings, trials[ind.trial_id], ind, dt.date.fromisoformat(date), value,
                             out_of_range, too_many)
    return counts


def _finding(findings: list[Text], trial: Trial, ind: Indicator, date: dt.date, value: float,
             out_of_range: bool, too_many: bool) -> None:
    where_da = f"{trial.name} / {ind.name} / {format_date(date, 'da')}"
    where_en = f"{trial.name} / {ind.name} / {format_date(date, 'en')}"
    if out_of_range and not in_range(ind, value):  # the domain's one rule decides
        findings.append(Text(
            f"{where_da}: værdien {format_number(value, ind.decimals, 'da')} ligger uden for "
            "indikatorens gyldige interval",
            f"{where_en}: the value {format_number(value, ind.decimals, 'en')} is outside the "
            "indicator's valid range"))
    if too_many:
        findings.append(Text(f"{where_da}: tælleren er større end nævneren",
                             f"{where_en}: the numerator is greater than the denominator"))
