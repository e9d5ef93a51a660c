"""Writing tables to XLSX (formatted: dates as dates, numbers as numbers, frozen header) and CSV
(the Danish variant: ``;``, decimal comma, ``31-12-2014``, UTF-8 with BOM for Excel; the international
variant: ``,``, decimal point, ISO dates, UTF-8).

Text that a spreadsheet would run as a formula (beginning with ``=``, ``+``, ``-``, ``@``, tab or CR)
is neutralised with a leading ``'``; numbers stay numbers (a negative number is not text).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

from ..domain.entities import Indicator, Measurement, Trial
from ..domain.i18n import Text
from ..filesafety import refuse_database_target

ColumnKind = Literal["text", "date", "number", "integer", "datetime"]
CsvVariant = Literal["da", "intl"]
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Column:
    title: str
    kind: ColumnKind = "text"
    decimals: int | None = None  # display decimals in XLSX (the stored number is exact)
    width: float | None = None


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[list[object]] = field(default_factory=list)


def neutralise(text: str) -> str:
    """Text that begins like a formula gets a leading ``'`` so a spreadsheet shows it instead of running it."""
    return "'" + text if text and text.startswith(FORMULA_TRIGGERS) else text


def csv_number(value: float | int, variant: CsvVariant) -> str:
    """A number exactly, without grouping or exponent: ``1234.5`` -> ``1234,5`` (da) / ``1234.5`` (intl)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not math.isfinite(value):
        return ""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if variant == "da" else text


def _csv_cell(value: object, kind: ColumnKind, variant: CsvVariant) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y") if variant == "da" else value.isoformat()
    if kind == "datetime" and isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M") if variant == "da" else value.isoformat(timespec="seconds")
    if kind in ("number", "integer") and isinstance(value, int | float) and not isinstance(value, bool):
        return csv_number(value, variant)
    return neutralise(str(value))


def write_csv(path: str | Path, sheet: Sheet, variant: CsvVariant = "da") -> Path:
    path = Path(path)
    refuse_database_target(path)
    encoding, delimiter = ("utf-8-sig", ";") if variant == "da" else ("utf-8", ",")
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([neutralise(c.title) for c in sheet.columns])
        kinds = [c.kind for c in sheet.columns]
        for row in sheet.rows:
            writer.writerow([_csv_cell(v, k, variant) for v, k in zip(row, kinds, strict=True)])
    return path


def _sheet_title(name: str, taken: set[str]) -> str:
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in name).strip("'")[:31] or "Ark"
    title, i = clean, 2
    while title.casefold() in taken:
        suffix = f" ({i})"
        title, i = clean[: 31 - len(suffix)] + suffix, i + 1
    taken.add(title.casefold())
    return title


def write_xlsx(path: str | Path, sheets: Sequence[Sheet], lang: str = "da") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    refuse_database_target(path)
    wb = Workbook()
    wb.remove(wb.active)
    date_format = "DD-MM-YYYY" if lang == "da" else "YYYY-MM-DD"
    taken: set[str] = set()
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.name, taken))
        for col, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=col, value=neutralise(column.title))
            cell.data_type = "s"
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        formats = []
        for column in sheet.columns:
            if column.kind == "date":
                formats.append(date_format)
            elif column.kind == "datetime":
                formats.append(date_format + " hh:mm")
            elif column.kind == "integer":
                formats.append("0")
            elif column.kind == "number":
                d = column.decimals
                formats.append("General" if d is None else ("0" if d == 0 else "0." + "0" * d))
            else:
                formats.append(None)
        for r, row in enumerate(sheet.rows, start=2):
            for c, (value, column, fmt) in enumerate(zip(row, sheet.columns, formats, strict=True), start=1):
                if value is None:
                    continue
                if isinstance(value, float) and not math.isfinite(value):
                    continue
                if isinstance(value, str) or column.kind == "text":
                    cell = ws.cell(row=r, column=c, value=neutralise(str(value)))
                    cell.data_type = "s"  # never a formula
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if fmt:
                    cell.number_format = fmt
        ws.freeze_panes = "A2"
        for c, column in enumerate(sheet.columns, start=1):
            width = column.width or {"date": 12, "datetime": 17, "number": 11, "integer": 8}.get(column.kind, 18)
            ws.column_dimensions[get_column_letter(c)].width = max(width, min(len(column.title) + 2, 40))
    wb.save(path)
    return path


MEASUREMENT_HEADERS = {
    "indicator": Text("Indikator", "Indicator"), "date": Text("Dato", "Date"), "value": Text("Værdi", "Value"),
    "n": Text("n", "n"), "sd": Text("sd", "sd"), "numerator": Text("Tæller", "Numerator"),
    "denominator": Text("Nævner", "Denominator"), "comment": Text("Kommentar", "Comment"),
    "unit": Text("Enhed", "Unit"), "updated_at": Text("Opdateret", "Updated"),
}


def measurement_sheet(trial: Trial, indicators: Iterable[Indicator],
                      measurements: Mapping[uuid.UUID, Iterable[Measurement]], lang: str = "da") -> Sheet:
    """The measurements of a trial in long format, with headers the import recognises."""
    h = {k: v.get(lang) for k, v in MEASUREMENT_HEADERS.items()}
    sheet = Sheet(Text("Målinger", "Measurements").get(lang), [
        Column(h["indicator"], "text", width=34), Column(h["date"], "date"), Column(h["value"], "number"),
        Column(h["n"], "integer"), Column(h["sd"], "number"), Column(h["numerator"], "number"),
        Column(h["denominator"], "number"), Column(h["comment"], "text", width=30), Column(h["unit"], "text"),
        Column(h["updated_at"], "datetime"),
    ])
    for ind in indicators:
        for m in measurements.get(ind.id, []):
            sheet.rows.append([ind.name, m.date, m.value, m.n, m.sd, m.numerator, m.denominator, m.comment,
                               ind.unit, m.updated_at])
    return sheet


def _flatten(data: Mapping, lang: str, prefix: str = "", depth: int = 0) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            if set(value) == {"da", "en"}:  # a bilingual Text
                out[name] = value.get(lang)
            elif depth < 1:
                out.update(_flatten(value, lang, name + ".", depth + 1))
        elif isinstance(value, str | int | float | bool) or value is None:
            out[name] = value
        # lists (chart points, per-point limits) belong in the chart, not in a results table
    return out


def analysis_sheet(results: Sequence[tuple[str, Mapping]], lang: str = "da") -> Sheet:
    """Analysis results, one row per indicator: the scalar fields of each ``IndicatorAnalysis.to_dict()``
    (one level of nesting as ``baseline.value``; bilingual texts in ``lang``; series left out)."""
    rows = [(name, _flatten(data, lang)) for name, data in results]
    keys: list[str] = []
    for _, flat in rows:
        keys.extend(k for k in flat if k not in keys)
    kinds: dict[str, ColumnKind] = {}
    for key in keys:
        values = [flat.get(key) for _, flat in rows if flat.get(key) is not None]
        if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            kinds[key] = "number"
        elif values and all(isinstance(v, str) and _is_iso_date(v) for v in values):
            kinds[key] = "date"
        else:
            kinds[key] = "text"
    sheet = Sheet(Text("Analyse", "Analysis").get(lang),
                  [Column(Text("Indikator", "Indicator").get(lang), "text", width=34)]
                  + [Column(k, kinds[k]) for k in keys])
    for name, flat in rows:
        row: list[object] = [name]
        for key in keys:
            value = flat.get(key)
            if kinds[key] == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif isinstance(value, bool):
                value = Text("ja", "yes").get(lang) if value else Text("nej", "no").get(lang)
            row.append(value)
        sheet.rows.append(row)
    return sheet


def _is_iso_date(text: str) -> bool:
    if len(text) != 10:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
