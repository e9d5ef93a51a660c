"""Turning cells of a CSV or XLSX file into dates, numbers and text.

Text is read with the domain's Danish parsers (:func:`~effektmaaling.domain.formatting.parse_number`,
:func:`~effektmaaling.domain.formatting.parse_date`); what is special to spreadsheets is here: typed
XLSX cells, Excel's serial dates (``41639`` is 31-12-2013), Excel errors and uncomputed formulas.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from ..domain.errors import ValidationError
from ..domain.formatting import parse_date, parse_number
from ..domain.i18n import Text
from ..domain.validation import MAX_DATE, MIN_DATE
from .tabular import CellError, FormulaWithoutValue

_SERIAL = re.compile(r"^\d{4,5}([.,]0+)?$")
_SERIAL_MIN = 18264  # 1950-01-01 in Excel's 1900 system
_SERIAL_MAX = 73415  # 2100-12-31


def excel_serial_to_date(serial: float, *, epoch_1904: bool = False) -> dt.date:
    """An Excel serial day number as a date (Excel's 1900 leap-year quirk handled by openpyxl)."""
    value = from_excel(serial, CALENDAR_MAC_1904 if epoch_1904 else CALENDAR_WINDOWS_1900)
    return value.date() if isinstance(value, dt.datetime) else value  # type: ignore[return-value]


def date_to_excel_serial(date: dt.date) -> int:
    return (date - dt.date(1899, 12, 30)).days


def _bad_cell(cell: object, field: str) -> ValidationError | None:
    if isinstance(cell, CellError):
        return ValidationError(Text(f"cellen indeholder Excel-fejlen {cell.code}",
                                    f"the cell holds the Excel error {cell.code}"), field=field)
    if isinstance(cell, FormulaWithoutValue):
        return ValidationError(
            Text(f"cellen indeholder formlen {cell.formula}, men ingen beregnet værdi; åbn og gem filen i Excel",
                 f"the cell holds the formula {cell.formula} but no computed value; open and save the file in Excel"),
            field=field)
    return None


@functools.lru_cache(maxsize=65536)
def _date_from_text(text: str) -> dt.date:
    s = text.strip()
    if _SERIAL.match(s):
        serial = int(s.replace(",", ".").split(".")[0])
        if _SERIAL_MIN <= serial <= _SERIAL_MAX:
            return excel_serial_to_date(serial)
    return parse_date(s)


def cell_date(cell: object, *, epoch_1904: bool = False, field: str = "date") -> dt.date | None:
    """A date from a cell: a date cell, an Excel serial number, or text (``31-12-2014``, ``31.12.2014``, ISO)."""
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, str):
        if not cell.strip():
            return None
        try:
            return _date_from_text(cell)
        except ValidationError as exc:
            exc.field = field
            raise
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if float(cell).is_integer() and _SERIAL_MIN <= cell <= _SERIAL_MAX:
            return excel_serial_to_date(cell, epoch_1904=epoch_1904)
        raise ValidationError(Text(f"tallet {cell} er ikke en dato", f"the number {cell} is not a date"), field=field)
    err = _bad_cell(cell, field)
    if err is not None:
        raise err
    raise ValidationError(Text(f"»{cell}« er ikke en dato", f"'{cell}' is not a date"), field=field)


def cell_number(cell: object, lang: str = "da", *, field: str = "value") -> float | None:
    """A number from a cell: a numeric cell, or text in the file's format (``1.234,5`` / ``1,234.5``)."""
    if cell is None:
        return None
    if isinstance(cell, str):
        if not cell or cell.isspace():
            return None
        return parse_number(cell, lang, field=field)
    if isinstance(cell, bool):
        raise ValidationError(Text("en sandhedsværdi er ikke et tal", "a true/false value is not a number"), field=field)
    if isinstance(cell, int | float):
        return float(cell)
    err = _bad_cell(cell, field)
    if err is not None:
        raise err
    raise ValidationError(Text(f"»{cell}« er ikke et tal", f"'{cell}' is not a number"), field=field)


def cell_text(cell: object, *, field: str = "comment") -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, dt.datetime | dt.date):
        return (cell.date() if isinstance(cell, dt.datetime) else cell).isoformat()
    err = _bad_cell(cell, field)
    if err is not None:
        raise err
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def in_date_range(date: dt.date) -> bool:
    return MIN_DATE <= date <= MAX_DATE
