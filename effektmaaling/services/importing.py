"""Importing measurements from CSV and XLSX files: check every row, then import all or nothing.

:func:`check_import` reads the file and reports every bad row (row number, column, reason) and every
date that already has a measurement, without writing. :func:`import_measurements` does the same
inside one write transaction and inserts (bulk, one change-log entry for the import), or changes
nothing and raises :class:`ImportRejected` when any row is bad.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from ..domain.entities import Indicator, Measurement, Trial, utcnow
from ..domain.errors import StaleRowError, ValidationError
from ..domain.i18n import Text
from ..io.measurement_rows import ColumnMapping, RowProblem, RowSummary, check_mapping, read_measurements
from ..io.tabular import TableSource
from ..storage import repository as repo
from ..storage.database import log_bulk_action
from .workspace import Change, Workspace, _differs

OnDuplicate = Literal["error", "update", "skip"]
OtherIndicators = Literal["problem", "allow"]


@dataclass(frozen=True)
class Duplicate:
    row: int
    indicator_id: uuid.UUID
    date: dt.date
    existing_id: uuid.UUID
    value: float | None = None  # the file's value
    old_value: float | None = None  # the value in the database (filled in by check_import)


@dataclass
class ImportReport:
    rows_read: int = 0
    measurements: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    inserted_by_indicator: dict[uuid.UUID, int] = field(default_factory=dict)
    # one chosen indicator, and the file's indicator column names other indicators of the trial: their
    # names (as in the file) -> the rows naming them (``other_indicators="allow"``: imported to the chosen one)
    other_indicators: dict[str, list[int]] = field(default_factory=dict)
    pending_updates: list[tuple[uuid.UUID, dict]] = field(default_factory=list, repr=False)
    backup: Path | None = None  # the copy of the database taken before the import
    # the row version of every measurement of the target indicators when the file was checked: an import
    # that updates duplicates is based on them (someone else's change since is not overwritten)
    versions: dict[uuid.UUID, int] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportRejected(ValidationError):
    """The file has bad rows; nothing was imported. ``report.problems`` lists every one."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.problems)
        super().__init__(Text(f"{n} række(r) i filen er forkerte; intet er importeret.",
                              f"{n} row(s) in the file are bad; nothing was imported."))
        self.report = report


def default_number_lang(source: TableSource) -> str:
    """Decimal comma unless the CSV is comma-separated (then its decimal mark must be the point)."""
    return "en" if source.kind == "csv" and source.delimiter == "," else "da"


def check_import(ws: Workspace, source: TableSource, mapping: ColumnMapping, trial_id: uuid.UUID,
                 indicator_id: uuid.UUID | None = None, *, number_lang: str | None = None,
                 on_duplicate: OnDuplicate = "error", preview_rows: int | None = None,
                 progress: Callable[[str, int], None] | None = None,
                 other_indicators: OtherIndicators = "problem") -> ImportReport:
    """Read and check the whole file (or its first ``preview_rows``) without writing anything.
    ``progress("rows", rows_read)`` is called every 1,000 rows; it may raise to stop the check.
    Every duplicate gets its ``old_value`` (what an update would replace).

    With ``indicator_id`` and an indicator column in ``mapping``, the column is checked: names that are no
    indicator of the trial are problems; rows naming another indicator are problems, or with
    ``other_indicators="allow"`` listed in :attr:`ImportReport.other_indicators` (to be confirmed)."""
    with ws.db.read() as s:
        report, rows = _prepare(s, source, mapping, trial_id, indicator_id, number_lang, on_duplicate,
                                preview_rows, progress, other_indicators)
        for _ in rows:
            pass
        old = repo.measurement_values(s, [d.existing_id for d in report.duplicates])
        report.duplicates = [replace(d, old_value=old.get(d.existing_id)) for d in report.duplicates]
        ids = [indicator_id] if indicator_id is not None else [i.id for i in repo.list_indicators(s, trial_id)]
        report.versions = repo.measurement_versions(s, ids)
    return report


def stored_versions(ws: Workspace, trial_id: uuid.UUID, indicator_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """The measurements' row versions as stored now (as :attr:`ImportReport.versions`): an import based on them
    overwrites what others changed since the check, which the user chose knowingly (»Overskriv med min«)."""
    with ws.db.read() as s:
        ids = [indicator_id] if indicator_id is not None else [i.id for i in repo.list_indicators(s, trial_id)]
        return repo.measurement_versions(s, ids)


def import_measurements(ws: Workspace, source: TableSource, mapping: ColumnMapping, trial_id: uuid.UUID,
                        indicator_id: uuid.UUID | None = None, *, number_lang: str | None = None,
                        on_duplicate: OnDuplicate = "error",
                        progress: Callable[[str, int], None] | None = None,
                        expected_versions: Mapping[uuid.UUID, int] | None = None,
                        other_indicators: OtherIndicators = "problem") -> ImportReport:
    """Import every row in one transaction, or nothing (raises :class:`ImportRejected`).

    ``progress("rows", rows_read)`` is called every 1,000 rows read and ``progress("commit", rows_read)``
    just before the transaction is committed; raising from it (a cancel) rolls everything back, so nothing
    is written: after ``"commit"`` it must not raise.

    ``expected_versions`` (:attr:`ImportReport.versions` of the check the user saw): a duplicate to update that
    someone else has changed or added since the check is not overwritten: nothing is imported, the attempt
    goes into the change log and an :class:`EditConflictError` shows yours and theirs.

    Rows whose indicator column names another indicator than ``indicator_id`` are refused (problems) unless
    ``other_indicators="allow"`` (the user confirmed that they go to ``indicator_id``)."""
    stale: list[tuple[uuid.UUID, dict, int]] = []
    try:
        return _import(ws, source, mapping, trial_id, indicator_id, number_lang, on_duplicate, progress,
                       expected_versions, stale, other_indicators)
    except StaleRowError as exc:
        conflict = ws._rows_conflict(Measurement, stale) if stale else None
        if conflict is None:
            raise
        raise conflict from exc


def _import(ws: Workspace, source: TableSource, mapping: ColumnMapping, trial_id: uuid.UUID,
            indicator_id: uuid.UUID | None, number_lang: str | None, on_duplicate: OnDuplicate,
            progress: Callable[[str, int], None] | None, expected: Mapping[uuid.UUID, int] | None,
            stale: list[tuple[uuid.UUID, dict, int]], other_indicators: OtherIndicators) -> ImportReport:
    with ws.db.write() as s:
        # a copy of the database as it is before the import (as before a merge): a failure raises, and no
        # import is made without it; a rejected, refused or cancelled import leaves no copy behind
        backup = ws.backup_before("import") if repo.has_measurements(s) else None
        try:
            report, rows = _prepare(s, source, mapping, trial_id, indicator_id, number_lang, on_duplicate, None,
                                    progress, other_indicators)
            report.inserted = repo.bulk_insert_measurement_tuples(s, rows)
            if report.problems:
                raise ImportRejected(report)
            if expected is not None:
                for dup_id, values in report.pending_updates:
                    m = repo.get(s, Measurement, dup_id)
                    yours = {k: v for k, v in values.items() if _differs(v, getattr(m, k))}
                    if yours and expected.get(dup_id) != int(m.row_version):
                        stale.append((dup_id, yours, expected.get(dup_id, -1)))
                if stale:
                    raise StaleRowError(Text("Posten er ændret af en anden imens.",
                                             "The record was changed by someone else meanwhile."))
            for dup_id, values in report.pending_updates:
                m = repo.get(s, Measurement, dup_id)
                for k, val in values.items():
                    setattr(m, k, val)
            s.flush()
            report.updated = len(report.pending_updates)
            log_bulk_action(s, "import", "measurement", str(indicator_id or trial_id), str(trial_id), {
                "file": source.path.name, "sheet": source.sheet, "rows": report.rows_read,
                "inserted": report.inserted, "updated": report.updated, "skipped": report.skipped,
                "on_duplicate": on_duplicate,
            })
            if progress is not None:
                progress("commit", report.rows_read)
        except BaseException:
            if backup is not None:
                backup.unlink(missing_ok=True)
            raise
    report.backup = backup
    ws._emit(Change("import", "measurement", (), trial_id, indicator_id))
    return report


def _prepare(s: Session, source: TableSource, mapping: ColumnMapping, trial_id: uuid.UUID,
             indicator_id: uuid.UUID | None, number_lang: str | None, on_duplicate: OnDuplicate,
             limit: int | None, progress: Callable[[str, int], None] | None = None,
             other_indicators: OtherIndicators = "problem") -> tuple[ImportReport, Iterator[tuple]]:
    repo.get(s, Trial, trial_id)
    indicators = {i.id: i for i in repo.list_indicators(s, trial_id)}  # every one: the column names them
    if indicator_id is not None:
        ind = repo.get(s, Indicator, indicator_id)
        if ind.trial_id != trial_id:
            raise ValueError("the indicator belongs to another trial")
    targets = [indicator_id] if indicator_id is not None else list(indicators)
    check_mapping(mapping, source.header, needs_indicator=indicator_id is None)
    existing = repo.measurement_ids_by_date(s, targets)
    report = ImportReport()
    summary = RowSummary()
    lang = number_lang or default_number_lang(source)
    date_col = source.header[mapping.columns["date"]] if mapping.columns["date"] < len(source.header) else "date"

    def rows() -> Iterator[tuple]:
        now = utcnow()
        new_id = repo.new_stored_id
        problems = report.problems
        seen = 0
        new_by_indicator = report.inserted_by_indicator
        for item in read_measurements(source, mapping, indicators, indicator_id=indicator_id,
                                      number_lang=lang, summary=summary, limit=limit,
                                      other_indicators=other_indicators):
            seen += 1
            if progress is not None and seen % 1000 == 0:
                progress("rows", summary.rows_read)
            if type(item) is RowProblem:
                problems.append(item)
                continue
            number, ind_id, date, value, n, sd, num, den, comment = item  # type: ignore[misc]
            if existing:
                dup = existing.get((ind_id, date))
                if dup is not None:
                    if on_duplicate == "error":
                        problems.append(RowProblem(number, date_col, Text(
                            f"der findes allerede en måling den {date:%d-%m-%Y} (vælg opdatér eller spring over)",
                            f"there is already a measurement on {date.isoformat()} (choose update or skip)")))
                    else:
                        report.duplicates.append(Duplicate(number, ind_id, date, dup, value))
                        if on_duplicate == "update":
                            report.pending_updates.append((dup, {"value": value, "n": n, "sd": sd, "numerator": num,
                                                          "denominator": den, "comment": comment}))
                        else:
                            report.skipped += 1
                    continue
            if problems:
                continue  # keep checking, stop inserting: the transaction will be rolled back anyway
            new_by_indicator[ind_id] = new_by_indicator.get(ind_id, 0) + 1
            yield (new_id(), ind_id, date, value, n, sd, num, den, comment, now, now)
        report.rows_read = summary.rows_read
        report.measurements = summary.measurements
        report.other_indicators = summary.other_indicators

    return report, rows()
