"""From a table (CSV/XLSX) to measurement rows: finding the columns, reading each row, checking it.

Long format: one row per measurement with columns date, value (or numerator and denominator), n,
sd, comment, and optionally indicator. Wide format: a date column and one column per indicator.
Headers are recognised in English and Danish in any case; other columns can be named explicitly.
Every bad row is reported with its row number, its column and the reason; checks use the domain's
one rule set (:func:`~effektmaaling.domain.validation.check_measurement_values`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..domain.entities import Indicator
from ..domain.errors import ValidationError
from ..domain.i18n import Text
from ..domain.validation import MeasurementRules, check_measurement_values, field_label
from .cells import cell_date, cell_number, cell_text
from .tabular import TableSource

MEASUREMENT_FIELDS = ("date", "value", "n", "sd", "numerator", "denominator", "comment")
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "dato", "måledato", "maaledato"),
    "value": ("value", "værdi", "vaerdi", "mean", "middelværdi", "gennemsnit", "andel", "share", "rate",
              "proportion"),
    "n": ("n", "antal besvarelser", "antal svar", "respondents"),
    "sd": ("sd", "spredning", "standardafvigelse", "std", "standard deviation", "st.dev.", "stdev"),
    "numerator": ("numerator", "tæller", "taeller", "antal", "count", "hændelser", "events"),
    "denominator": ("denominator", "nævner", "naevner", "eksponering", "exposure"),
    "comment": ("comment", "kommentar", "bemærkning", "bemaerkning", "note", "noter", "notes"),
    "indicator": ("indicator", "indikator"),
}


def _norm(name: str) -> str:
    return " ".join(str(name).replace("\ufeff", "").split()).casefold()


def _bare(name: str) -> str:
    """A header without what follows the name: "Værdi (dage)" -> "værdi", "Rate pr. 1.000" -> "rate",
    "Andel (%)" -> "andel" (the grid's own headers)."""
    text = _norm(name).split("(")[0].strip()
    if text.startswith("rate pr"):
        return "rate"
    return text


@dataclass
class ColumnMapping:
    """Which column holds what. ``columns``: field -> 0-based column (long format). ``wide``: column ->
    indicator id (wide format: each such column is the value of that indicator)."""

    columns: dict[str, int] = field(default_factory=dict)
    wide: dict[int, uuid.UUID] = field(default_factory=dict)

    @property
    def is_wide(self) -> bool:
        return bool(self.wide)


@dataclass(frozen=True)
class RowProblem:
    """A bad row: its number in the file, the column and the reason."""

    row: int
    column: str
    message: Text

    def text(self, lang: str | None = None) -> str:
        where = Text(f"Række {self.row}", f"Row {self.row}").get(lang)
        if self.column:
            where += Text(f", kolonne »{self.column}«", f", column '{self.column}'").get(lang)
        return f"{where}: {self.message.get(lang)}"


class MappingError(ValidationError):
    """The columns cannot be found or are named twice."""


def find_column(header: list[str], name_or_number: str) -> int:
    """A column by its header (any case) or by its 1-based number or letter."""
    key = _norm(name_or_number)
    for i, h in enumerate(header):
        if _norm(h) == key:
            return i
    if key.isdigit() and 1 <= int(key) <= max(len(header), 1):
        return int(key) - 1
    raise MappingError(
        Text(f"Kolonnen »{name_or_number}« findes ikke. Kolonner: {', '.join(h or '–' for h in header)}",
             f"The column '{name_or_number}' does not exist. Columns: {', '.join(h or '–' for h in header)}"))


def detect_mapping(header: list[str], overrides: Mapping[str, str] | None = None) -> ColumnMapping:
    """Find the long-format columns by their headers (English or Danish, any case); ``overrides`` names
    other columns for a field (``{"value": "Andel %"}``)."""
    mapping = ColumnMapping()
    normalised = [_norm(h) for h in header]
    bare = [_bare(h) for h in header]
    taken: set[int] = set()
    for fld, names in HEADER_NAMES.items():
        for candidates in (normalised, bare):
            i = next((i for i, h in enumerate(candidates) if h in names and i not in taken), None)
            if i is not None:
                mapping.columns[fld] = i
                taken.add(i)
                break
    cols = mapping.columns
    if "numerator" in cols and "denominator" not in cols and "value" not in cols:
        cols["value"] = cols.pop("numerator")  # "Antal" alone: the count itself (the grid's header for counts)
    for fld, name in (overrides or {}).items():
        if fld not in HEADER_NAMES:
            raise ValueError(f"unknown field {fld!r}")
        if name:
            mapping.columns[fld] = find_column(header, name)
    return mapping


def unused_columns(mapping: ColumnMapping, header: list[str]) -> list[str]:
    """The headers of the columns the mapping does not use (to be reported, never dropped silently)."""
    used = set(mapping.columns.values()) | set(mapping.wide)
    return [h or str(i + 1) for i, h in enumerate(header) if i not in used]


def check_mapping(mapping: ColumnMapping, header: list[str], *, needs_indicator: bool) -> None:
    """Refuse a mapping that cannot give measurements: no date, no value, a column used twice."""
    cols = mapping.columns
    if "date" not in cols:
        raise MappingError(Text("Der er ingen kolonne med datoen (overskrift »dato« eller »date«).",
                                "There is no date column (header 'date' or 'dato')."), field="date")
    if not mapping.is_wide and "value" not in cols and not ("numerator" in cols and "denominator" in cols):
        raise MappingError(Text("Der er ingen kolonne med værdien (»værdi«/»value«) eller tæller og nævner.",
                                "There is no value column ('value'/'værdi') nor numerator and denominator."),
                           field="value")
    used: dict[int, str] = {}
    for fld, col in [*cols.items(), *(("wide", c) for c in mapping.wide)]:
        if col in used and used[col] != fld:
            name = header[col] if col < len(header) else str(col + 1)
            raise MappingError(Text(f"Kolonnen »{name}« er valgt to gange.", f"The column '{name}' is chosen twice."))
        used[col] = fld
    if needs_indicator and not mapping.is_wide and "indicator" not in cols:
        raise MappingError(Text("Vælg indikatoren, eller giv filen en kolonne »indikator«.",
                                "Choose the indicator, or give the file an 'indicator' column."), field="indicator")


@dataclass(slots=True)
class RowSummary:
    rows_read: int = 0
    measurements: int = 0
    per_indicator: dict[uuid.UUID, int] = field(default_factory=dict)
    # with one chosen indicator and an indicator column: the other indicators of the trial the column names
    # (as written in the file) -> the rows that name it (``other_indicators="allow"``)
    other_indicators: dict[str, list[int]] = field(default_factory=dict)


# A checked measurement: (row number, indicator id, date, value, n, sd, numerator, denominator, comment).
CheckedRow = tuple[int, uuid.UUID, dt.date, float, int | None, float | None, float | None, float | None, str]


def read_measurements(
    source: TableSource,
    mapping: ColumnMapping,
    indicators: Mapping[uuid.UUID, Indicator],
    *,
    indicator_id: uuid.UUID | None = None,
    number_lang: str = "da",
    summary: RowSummary | None = None,
    limit: int | None = None,
    other_indicators: Literal["problem", "allow"] = "problem",
) -> Iterator[CheckedRow | RowProblem]:
    """Read and check every row; yields a :data:`CheckedRow` per measurement or a :class:`RowProblem`.

    The indicator of a row is ``indicator_id``, or (long format) the row's indicator column matched by
    name or id among ``indicators``, or (wide format) the column's. Duplicate dates for one indicator
    within the file are problems too (the second occurrence names the first's row).

    With ``indicator_id`` and an indicator column too, the column is checked against it: a name that is
    no indicator of ``indicators`` is a problem; a row naming another indicator is a problem, or with
    ``other_indicators="allow"`` goes to ``indicator_id`` and is counted in ``summary.other_indicators``
    (the user has confirmed it). An empty cell is ``indicator_id``'s."""
    header = source.header
    cols = mapping.columns
    col_name = {f: (header[c] if c < len(header) else str(c + 1)) for f, c in cols.items()}
    rules = {ind.id: MeasurementRules.of(ind) for ind in indicators.values()}
    by_name: dict[str, uuid.UUID] = {_norm(ind.name): ind.id for ind in indicators.values()}
    by_name.update({str(ind.id): ind.id for ind in indicators.values()})
    by_text: dict[str, uuid.UUID | None] = {}  # the indicator cell's text as written -> indicator
    seen: dict[tuple[uuid.UUID, dt.date], int] = {}
    epoch = source.epoch_1904
    c_date = cols["date"]
    c_value, c_n, c_sd = cols.get("value"), cols.get("n"), cols.get("sd")
    c_num, c_den, c_comment, c_ind = cols.get("numerator"), cols.get("denominator"), cols.get("comment"), cols.get(
        "indicator")
    summary = summary if summary is not None else RowSummary()
    wide = [(c, ind.id, rules[ind.id], header[c] if c < len(header) else str(c + 1))
            for c, ind in ((c, indicators[i]) for c, i in mapping.wide.items())]

    for number, row in source.rows():
        if limit is not None and summary.rows_read >= limit:
            return
        summary.rows_read += 1
        width = len(row)
        current = "date"
        try:
            date = cell_date(row[c_date] if c_date < width else None, epoch_1904=epoch)
            if date is None:
                raise ValidationError(Text("datoen mangler", "the date is missing"), field="date")
            if wide:
                for c, wide_id, wide_rules, name in wide:
                    current = name
                    value = cell_number(row[c] if c < width else None, number_lang)
                    if value is None:
                        continue
                    value, _ = check_measurement_values(wide_rules, date, value, None, None, None, None, "")
                    problem = _duplicate(seen, wide_id, date, number, name)
                    if problem:
                        yield problem
                        continue
                    summary.measurements += 1
                    yield (number, wide_id, date, value, None, None, None, None, "")
                continue
            ind_id = indicator_id
            if c_ind is not None and (ind_id is None or not _blank(row[c_ind] if c_ind < width else None)):
                current = "indicator"
                raw = row[c_ind] if c_ind < width else None
                named = by_text.get(raw) if isinstance(raw, str) else None
                if named is None:
                    key = cell_text(raw, field="indicator")
                    named = by_name.get(_norm(key))
                    if named is None:
                        raise ValidationError(Text(f"indikatoren »{key}« findes ikke i forsøget",
                                                   f"the indicator '{key}' does not exist in the trial"),
                                              field="indicator")
                    if isinstance(raw, str):
                        by_text[raw] = named
                if ind_id is None:
                    ind_id = named
                elif named != ind_id:
                    name, target = indicators[named].name, indicators[ind_id].name
                    if other_indicators != "allow":
                        raise ValidationError(Text(
                            f"rækken er til indikatoren »{name}«, ikke »{target}«",
                            f"the row is for the indicator '{name}', not '{target}'"), field="indicator")
                    summary.other_indicators.setdefault(name, []).append(number)
            current = "value"
            value = cell_number(row[c_value], number_lang, field="value") if c_value is not None and c_value < width else None
            current = "n"
            n = cell_number(row[c_n], number_lang, field="n") if c_n is not None and c_n < width else None
            current = "sd"
            sd = cell_number(row[c_sd], number_lang, field="sd") if c_sd is not None and c_sd < width else None
            current = "numerator"
            num = cell_number(row[c_num], number_lang, field="numerator") if c_num is not None and c_num < width else None
            current = "denominator"
            den = (cell_number(row[c_den], number_lang, field="denominator")
                   if c_den is not None and c_den < width else None)
            current = "comment"
            comment = cell_text(row[c_comment]) if c_comment is not None and c_comment < width else ""
            current = "value"
            value, n_int = check_measurement_values(rules[ind_id], date, value, n, sd, num, den, comment)
        except ValidationError as exc:
            fld = exc.field or current
            column = col_name.get(fld) or (current if wide else col_name.get(current, field_label(fld)))
            yield RowProblem(number, column, _reason(exc))
            continue
        key2 = (ind_id, date)
        first = seen.get(key2)
        if first is not None:
            yield _duplicate(seen, ind_id, date, number, col_name["date"])  # type: ignore[misc]
            continue
        seen[key2] = number
        summary.measurements += 1
        yield (number, ind_id, date, value, n_int, sd, num, den, comment)


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _duplicate(seen: dict, ind_id: uuid.UUID, date: dt.date, number: int, column: str) -> RowProblem | None:
    key = (ind_id, date)
    first = seen.get(key)
    if first is not None:
        return RowProblem(number, column, Text(f"datoen {date:%d-%m-%Y} står også i række {first}",
                                               f"the date {date.isoformat()} also occurs in row {first}"))
    seen[key] = number
    return None


def _reason(exc: ValidationError) -> Text:
    """The message without a leading field label (the column is named separately)."""
    msg = exc.message
    if exc.field:
        out = []
        for lang, text in (("da", msg.da), ("en", msg.en)):
            prefix = field_label(exc.field, lang) + ": "
            out.append(text[len(prefix):] if text.startswith(prefix) else text)
        return Text(out[0], out[1])
    return msg
