"""Reading tables from CSV and XLSX files as they come from Danish offices.

CSV: the encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) and the delimiter
(``;``, ``,``, tab, ``|``) are detected; blank lines are skipped but row numbers stay those of the file.
XLSX (openpyxl): cells come with their types (numbers, dates, text); a formula gives its computed
value, an Excel error (``#DIV/0!``) becomes a :class:`CellError`, a formula that was never computed
a :class:`FormulaWithoutValue`. Conversion of cells to dates and numbers is in :mod:`.cells`.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ValidationError, os_reason
from ..domain.i18n import Text
from ..filesafety import check_input_file, describe_size

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = ";\t,|"
# Caps that keep a hostile or broken file from exhausting the machine (docs/data-safety.md).
MAX_CSV_BYTES = 200 * 1024 ** 2  # a CSV file on disk
MAX_XLSX_BYTES = 50 * 1024 ** 2  # an XLSX file on disk (compressed)
MAX_XLSX_UNCOMPRESSED = 300 * 1024 ** 2  # everything in it, unpacked
MAX_XLSX_RATIO = 200  # unpacked / packed size of one part (ordinary sheets: under 20)
MAX_CELLS = 2_000_000  # cells read from one sheet (a row counts all its columns)
EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
                "#CALC!"}


@dataclass(frozen=True, slots=True)
class CellError:
    """An Excel error value in a cell, e.g. ``#DIV/0!``."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class FormulaWithoutValue:
    """A formula whose value was never computed (the file was not saved by a spreadsheet program)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


class FileFormatError(ValidationError):
    """A file that cannot be read as a table."""


@dataclass
class TableSource:
    """A table in a file: its header and a way to iterate its rows (re-readable, streaming).

    ``rows()`` yields ``(row_number, cells)``: the 1-based line (CSV) or row (XLSX) of the file, and
    the cells of that row (``str`` from CSV; typed values from XLSX). Blank rows are left out.
    """

    path: Path
    kind: str  # "csv" | "xlsx"
    header: list[str]
    header_row: int
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    epoch_1904: bool = False

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        if self.kind == "csv":
            yield from _csv_rows(self.path, self.encoding or "utf-8", self.delimiter or ",", self.header_row)
        else:
            yield from _xlsx_rows(self.path, self.sheet, self.header_row)

    def preview(self, limit: int = 20) -> list[tuple[int, list[object]]]:
        out = []
        for item in self.rows():
            out.append(item)
            if len(out) >= limit:
                break
        return out


def _file_error(path: Path, da: str, en: str) -> FileFormatError:
    # The path is the error's location and is shown once, before the reason.
    return FileFormatError(Text(da, en), location=str(path))


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole2_error(path: Path) -> FileFormatError:
    """An OLE2 compound file: a password-protected Excel file, or the old .xls format under another name."""
    with path.open("rb") as fh:
        data = fh.read(1 << 20)
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return _file_error(path, "filen er beskyttet med en adgangskode. Åbn den i Excel, fjern adgangskoden "
                                 "(Filer > Info > Beskyt projektmappe) og gem den igen.",
                           "the file is protected with a password. Open it in Excel, remove the password "
                           "(File > Info > Protect Workbook) and save it again.")
    return _xls_error(path)


def _xls_error(path: Path) -> FileFormatError:
    return _file_error(path, "filen er i det gamle Excel-format (.xls), som ikke kan læses; gem den som .xlsx "
                             "eller CSV.",
                       "the file is in the old Excel format (.xls), which cannot be read; save it as .xlsx or CSV.")


_CSV_ERRORS = (
    ("field larger than field limit", "et felt er længere end {limit} tegn (er skilletegnet eller et "
                                      "anførselstegn forkert?)",
     "a field is longer than {limit} characters (is the delimiter or a quotation mark wrong?)"),
    ("line contains NUL", "linjen indeholder et NUL-tegn (er det en tekstfil?)",
     "the line contains a NUL character (is it a text file?)"),
    ("new-line character seen in unquoted field", "linjeskift midt i et felt uden anførselstegn",
     "a line break inside a field without quotation marks"),
    ("unexpected end of data", "filen slutter midt i et felt (mangler et anførselstegn?)",
     "the file ends inside a field (is a quotation mark missing?)"),
)


def _csv_reason(exc: csv.Error) -> tuple[str, str]:
    text = str(exc)
    for key, da, en in _CSV_ERRORS:
        if key in text:
            limit = f"{csv.field_size_limit():,}"
            return da.format(limit=limit.replace(",", ".")), en.format(limit=limit)
    return f"ugyldig CSV ({text})", f"invalid CSV ({text})"


def open_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> TableSource:
    """Open a CSV or XLSX file as a table; the first non-blank row is the header."""
    from .files import file_problem

    path = Path(path)
    if delimiter is not None and len(delimiter) != 1:
        raise _file_error(path, f"skilletegnet skal være ét tegn (ikke »{delimiter}«).",
                          f"the delimiter must be one character (not '{delimiter}').")
    if delimiter is not None and (delimiter in "\r\n\"" or (not delimiter.isprintable() and delimiter != "\t")):
        raise _file_error(path, "skilletegnet kan ikke være et linjeskift, et anførselstegn eller et styretegn.",
                          "the delimiter cannot be a line break, a quote or a control character.")
    problem = file_problem(path)
    if problem is not None:
        raise _file_error(path, f"{problem.da}.", f"{problem.en}.")
    size = check_input_file(path, max_bytes=max(MAX_CSV_BYTES, MAX_XLSX_BYTES))
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        reason = os_reason(exc)
        raise _file_error(path, f"{reason.da}.", f"{reason.en}.") from None
    if head.startswith(_OLE2_MAGIC):
        raise _ole2_error(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _open_xlsx(path, sheet, size)
    if suffix == ".xls":
        raise _xls_error(path)
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, sheet, size)
    if size > MAX_CSV_BYTES:
        raise _file_error(path, f"filen er for stor ({describe_size(size)}; højst {describe_size(MAX_CSV_BYTES)}).",
                          f"the file is too large ({describe_size(size)}; at most {describe_size(MAX_CSV_BYTES)}).")
    return _open_csv(path, encoding, delimiter)


# --- CSV ------------------------------------------------------------------------------------------

def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (Danish Excel's "CSV (semikolon)")."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def detect_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample. The header line decides when it is clear (a header has no decimal
    commas); otherwise :class:`csv.Sniffer` looks at the sample."""
    lines = [line for line in sample.splitlines() if line.strip()]
    if not lines:
        return ";"
    header = lines[0]
    present = [d for d in DELIMITERS if d in header]
    if len(present) == 1:
        return present[0]
    try:
        return csv.Sniffer().sniff("\n".join(lines[:50]), delimiters="".join(present) or DELIMITERS).delimiter
    except csv.Error:
        if present:
            return max(present, key=header.count)
        return ";"


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> TableSource:
    data = path.read_bytes()
    encoding = encoding or detect_encoding(data)
    try:
        sample = data[:65536].decode(encoding, errors="ignore" if len(data) > 65536 else "strict")
    except (UnicodeDecodeError, LookupError) as exc:
        raise _file_error(path, f"kan ikke læses som tekst ({exc}).", f"cannot be read as text ({exc}).") from None
    _refuse_nul(path, data, encoding)
    delimiter = delimiter or detect_delimiter(sample)
    header: list[str] | None = None
    header_row = 0
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    try:
        for row in reader:
            if any(c.strip() for c in row):
                header = [c.strip() for c in row]
                header_row = reader.line_num
                break
    except csv.Error as exc:
        da, en = _csv_reason(exc)
        raise _file_error(path, f"er ikke en gyldig CSV-fil: {da}.", f"is not a valid CSV file: {en}.") from None
    if header is None:
        raise _file_error(path, "filen er tom.", "the file is empty.")
    return TableSource(path, "csv", header, header_row, encoding=encoding, delimiter=delimiter)


def _refuse_nul(path: Path, data: bytes, encoding: str) -> None:
    """A NUL character anywhere in the file (not only its beginning): not a text file."""
    if encoding.replace("-", "").lower().startswith("utf16"):
        text = data.decode(encoding, errors="replace")
        at = text.find("\x00")
        line = text.count("\n", 0, at) + 1
    else:
        at = data.find(b"\x00")
        line = data.count(b"\n", 0, at) + 1
    if at < 0:
        return
    raise _file_error(path, f"linje {line} indeholder et nul-tegn (NUL); filen er ikke en tekstfil (CSV).",
                      f"line {line} holds a NUL character; the file is not a text (CSV) file.")


def _csv_rows(path: Path, encoding: str, delimiter: str, header_row: int) -> Iterator[tuple[int, list[object]]]:
    with path.open("r", encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            for row in reader:
                line = reader.line_num
                if line <= header_row:
                    continue
                for cell in row:
                    if cell and not cell.isspace():
                        yield line, row  # type: ignore[misc]
                        break
        except csv.Error as exc:
            da, en = _csv_reason(exc)
            raise _file_error(path, f"linje {reader.line_num}: {da}.", f"line {reader.line_num}: {en}.") from None


# --- XLSX -----------------------------------------------------------------------------------------

def check_xlsx_archive(path: Path, size: int | None = None) -> None:
    """Refuse an XLSX file that would unpack to more than the caps (a "zip bomb"), before openpyxl
    unpacks anything. The sizes a zip states bound what Python's zipfile unpacks, so they can be trusted."""
    import zipfile

    size = check_input_file(path) if size is None else size
    if size > MAX_XLSX_BYTES:
        raise _file_error(path, f"filen er for stor ({describe_size(size)}; højst {describe_size(MAX_XLSX_BYTES)}).",
                          f"the file is too large ({describe_size(size)}; at most {describe_size(MAX_XLSX_BYTES)}).")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _file_error(path, f"er ikke en gyldig Excel-fil (.xlsx): {exc}",
                          f"is not a valid Excel file (.xlsx): {exc}") from None
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1024 ** 2), default=0)
    if len(infos) > 10_000 or total > MAX_XLSX_UNCOMPRESSED or worst > MAX_XLSX_RATIO:
        raise _file_error(
            path, f"filen pakker sig ud til {describe_size(total)} (højst {describe_size(MAX_XLSX_UNCOMPRESSED)}) "
            "eller er pakket unaturligt tæt; den læses ikke. Gem arket igen i Excel, eller del det op.",
            f"the file unpacks to {describe_size(total)} (at most {describe_size(MAX_XLSX_UNCOMPRESSED)}) or is packed "
            "unnaturally tightly; it is not read. Save the sheet again in Excel, or split it.")


def _too_many_cells(path: Path) -> FileFormatError:
    return _file_error(path, f"arket har flere end {MAX_CELLS:,} celler; det læses ikke. Del det op i mindre filer."
                       .replace(",", "."),
                       f"the sheet has more than {MAX_CELLS:,} cells; it is not read. Split it into smaller files.")


def _load(path: Path, data_only: bool):  # type: ignore[no-untyped-def]
    import zipfile

    from openpyxl import load_workbook

    check_xlsx_archive(path)
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except zipfile.BadZipFile:
        raise _file_error(path, "er ikke en gyldig Excel-fil (.xlsx): filen er beskadiget eller i et andet format.",
                          "is not a valid Excel file (.xlsx): the file is damaged or in another format.") from None
    except OSError as exc:
        reason = os_reason(exc)
        raise _file_error(path, f"{reason.da}.", f"{reason.en}.") from None
    except (KeyError, ValueError) as exc:
        raise _file_error(path, f"er ikke en gyldig Excel-fil (.xlsx): {exc}",
                          f"is not a valid Excel file (.xlsx): {exc}") from None


def list_sheets(path: str | Path) -> list[str]:
    wb = _load(Path(path), True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _open_xlsx(path: Path, sheet: str | None, size: int | None = None) -> TableSource:
    check_xlsx_archive(path, size)
    wb = _load(path, True)
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise _file_error(path, f"arket »{sheet}« findes ikke (ark: {', '.join(names)}).",
                              f"the sheet '{sheet}' does not exist (sheets: {', '.join(names)}).")
        epoch_1904 = getattr(wb, "epoch", None) is not None and wb.epoch.year == 1904
        header: list[str] | None = None
        header_row = 0
        cells = 0
        for number, row in enumerate(wb[sheet].iter_rows(min_row=1, values_only=True), start=1):
            cells += len(row) or 1
            if cells > MAX_CELLS:
                raise _too_many_cells(path)
            if any(c is not None and str(c).strip() for c in row):
                header = ["" if c is None else str(c).strip() for c in row]
                header_row = number
                break
    finally:
        wb.close()
    if header is None:
        raise _file_error(path, f"arket »{sheet}« er tomt.", f"the sheet '{sheet}' is empty.")
    while header and not header[-1]:
        header.pop()
    return TableSource(path, "xlsx", header, header_row, sheet=sheet, sheets=names, epoch_1904=epoch_1904)


def _formula_cells(path: Path, sheet: str | None) -> dict[int, dict[int, str]]:
    """Row -> column -> formula text, for every formula in the sheet."""
    wb = _load(path, False)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        found: dict[int, dict[int, str]] = {}
        cells = 0
        for r, row in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            cells += len(row) or 1
            if cells > MAX_CELLS:
                raise _too_many_cells(path)
            for c, v in enumerate(row):
                if isinstance(v, str) and v.startswith("="):
                    found.setdefault(r, {})[c] = v
        return found
    finally:
        wb.close()


def _xlsx_rows(path: Path, sheet: str | None, header_row: int) -> Iterator[tuple[int, list[object]]]:
    # A formula never computed by a spreadsheet program reads as empty with data_only; the formulas
    # are read once so that such a cell is reported instead of silently taken as blank.
    formulas = _formula_cells(path, sheet)
    wb = _load(path, True)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        count = 0
        for number, row in enumerate(ws.iter_rows(min_row=1), start=1):
            count += len(row) or 1
            if count > MAX_CELLS:
                raise _too_many_cells(path)
            if number <= header_row:
                continue
            cells: list[object] = []
            blank = True
            for cell in row:
                value = cell.value
                if getattr(cell, "data_type", None) == "e" or (isinstance(value, str) and value in EXCEL_ERRORS):
                    value = CellError(str(value))
                elif isinstance(value, str) and not value.strip():
                    value = None
                if value is not None:
                    blank = False
                cells.append(value)
            row_formulas = formulas.get(number)
            if row_formulas:
                for c, f in row_formulas.items():
                    while len(cells) <= c:
                        cells.append(None)
                    if cells[c] is None:
                        cells[c] = FormulaWithoutValue(f)
                        blank = False
            if not blank:
                yield number, cells
    finally:
        wb.close()
