"""Real files as Danish offices make them: encodings, delimiters, blank lines, Excel cells."""

from __future__ import annotations

import datetime as dt

import pytest
from io_helpers import set_cached_formula_values
from openpyxl import Workbook

from effektmaaling.io.measurement_rows import RowProblem, detect_mapping, read_measurements
from effektmaaling.io.tabular import CellError, FileFormatError, FormulaWithoutValue, open_table

ROWS_DA = "Dato;Værdi;n;Kommentar\r\n31-12-2014;1.234,5;40;første\r\n\r\n31.03.2015;7,25;;Ærø\r\n2015-06-30;-3;;\r\n"


def _read(path, ind, **kw):
    src = open_table(path, **kw)
    mapping = detect_mapping(src.header)
    items = list(read_measurements(src, mapping, {ind.id: ind}, indicator_id=ind.id,
                                   number_lang="en" if src.delimiter == "," else "da"))
    return src, items


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""),
                                               ("utf-16", b"")])
def test_csv_encodings_and_danish_numbers(tmp_path, trial_ws, encoding, bom):
    path = tmp_path / "data.csv"
    path.write_bytes(bom + ROWS_DA.encode(encoding))
    trial_ws.update_indicator(trial_ws.value_ind.id, valid_min=None, valid_max=None)
    ind = trial_ws.indicator(trial_ws.value_ind.id)
    src, items = _read(path, ind)
    assert src.delimiter == ";"
    assert src.header == ["Dato", "Værdi", "n", "Kommentar"]
    assert [i for i in items if isinstance(i, RowProblem)] == []
    rows = [(i[0], i[2], i[3], i[4], i[8]) for i in items]
    assert rows == [(2, dt.date(2014, 12, 31), 1234.5, 40, "første"), (4, dt.date(2015, 3, 31), 7.25, None, "Ærø"),
                    (5, dt.date(2015, 6, 30), -3.0, None, "")]


@pytest.mark.parametrize(("text", "delimiter"), [
    ("date,value\n2014-12-31,1.5\n", ","), ("Dato\tVærdi\n31-12-2014\t1,5\n", "\t"), ("DATO;VÆRDI\n31-12-2014;1,5\n", ";"),
])
def test_delimiters_and_header_case(tmp_path, trial_ws, text, delimiter):
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    src, items = _read(path, trial_ws.value_ind)
    assert src.delimiter == delimiter
    assert [(i[2], i[3]) for i in items] == [(dt.date(2014, 12, 31), 1.5)]


def test_every_bad_row_is_reported_with_row_column_reason(tmp_path, trial_ws):
    path = tmp_path / "bad.csv"
    path.write_text("dato;værdi;n;sd\n31-12-2014;abc;1;\n32-01-2015;1;1;\n31-03-2015;11;;\n30-06-2015;1;0;\n"
                    "30-09-2015;1;;-1\n31-12-2016;2;;\n31-12-2016;2;;\n;3;;\n", encoding="utf-8")
    _, items = _read(path, trial_ws.value_ind)
    problems = {(p.row, p.column): p.text("en") for p in items if isinstance(p, RowProblem)}
    assert set(problems) == {(2, "værdi"), (3, "dato"), (4, "værdi"), (5, "n"), (6, "sd"), (8, "dato"), (9, "dato")}
    assert "not a number" in problems[(2, "værdi")]
    assert "outside the valid range" in problems[(4, "værdi")]
    assert "also occurs in row 7" in problems[(8, "dato")]
    assert problems[(9, "dato")].startswith("Row 9, column 'dato': the date is missing")


def test_xlsx_types_formulas_errors_and_serial_dates(tmp_path, trial_ws):
    path = tmp_path / "data.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tal"
    wb.create_sheet("Andet")
    ws.append(["Dato", "Værdi", "Kommentar"])
    ws.append([dt.datetime(2014, 12, 31), 4.5, "dato-celle"])
    ws.append([None, None, None])  # blank row
    ws.append([41729, "7,5", "serienummer"])  # 31-03-2014 as Excel serial, value as Danish text
    ws.append(["30-06-2014", "=B2*2", "formel"])
    ws.append(["30.09.2014", "#DIV/0!", "fejl"])
    ws.append(["31-12-2015", "=1/0", "formel uden værdi"])
    wb.save(path)
    set_cached_formula_values(path, {"B5": "9"})
    src = open_table(path)
    assert src.sheets == ["Tal", "Andet"] and src.sheet == "Tal"
    rows = dict(src.rows())
    assert sorted(rows) == [2, 4, 5, 6, 7]  # the blank row 3 is left out, numbering kept
    assert isinstance(rows[6][1], CellError) and isinstance(rows[7][1], FormulaWithoutValue)
    items = list(read_measurements(src, detect_mapping(src.header), {trial_ws.value_ind.id: trial_ws.value_ind},
                                   indicator_id=trial_ws.value_ind.id))
    good = [(i[0], i[2], i[3]) for i in items if not isinstance(i, RowProblem)]
    assert good == [(2, dt.date(2014, 12, 31), 4.5), (4, dt.date(2014, 3, 31), 7.5), (5, dt.date(2014, 6, 30), 9.0)]
    problems = {p.row: p.text("en") for p in items if isinstance(p, RowProblem)}
    assert "Excel error #DIV/0!" in problems[6]
    assert "formula =1/0 but no computed value" in problems[7]


def test_sheet_choice_and_bad_files(tmp_path):
    path = tmp_path / "two.xlsx"
    wb = Workbook()
    wb.active.append(["x"])
    wb.create_sheet("Målinger").append(["dato", "værdi"])
    wb.save(path)
    assert open_table(path, sheet="Målinger").header == ["dato", "værdi"]
    with pytest.raises(FileFormatError, match="Nope"):
        open_table(path, sheet="Nope")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FileFormatError) as err:
        open_table(tmp_path / "old.xls")
    assert ".xlsx" in err.value.text("en")
    (tmp_path / "empty.csv").write_text("\n\n")
    with pytest.raises(FileFormatError, match="tom"):
        open_table(tmp_path / "empty.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(FileFormatError):
        open_table(tmp_path / "broken.xlsx")
