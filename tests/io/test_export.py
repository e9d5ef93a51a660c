"""Exports open in Excel with the right types, never run formulas, and read back through the import."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from effektmaaling.io.export import Column, Sheet, csv_number, neutralise, write_csv, write_xlsx
from effektmaaling.io.measurement_rows import detect_mapping
from effektmaaling.io.tabular import open_table
from effektmaaling.services.exporting import export_measurements
from effektmaaling.services.importing import import_measurements


@pytest.fixture
def filled(trial_ws):
    ws = trial_ws
    ws.update_indicator(ws.value_ind.id, valid_min=-10)
    ws.add_measurement(ws.value_ind.id, date=dt.date(2014, 3, 31), value=-2.5, n=12, sd=1.25, comment="=HYPERLINK(1)")
    ws.add_measurement(ws.value_ind.id, date=dt.date(2014, 6, 30), value=1234.5 / 1000, comment="+45 12 34 56 78")
    ws.add_measurement(ws.prop_ind.id, date=dt.date(2014, 3, 31), numerator=24, denominator=39, comment="@SUM")
    return ws


def test_xlsx_has_dates_numbers_frozen_header_and_no_formulas(filled, tmp_path):
    path = export_measurements(filled, filled.trial_obj.id, tmp_path / "out.xlsx")
    wb = load_workbook(path)  # not data_only: a formula would show as "=..."
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:8] == ["Indikator", "Dato", "Værdi", "n", "sd", "Tæller", "Nævner", "Kommentar"]
    rows = [[c for c in r] for r in ws.iter_rows(min_row=2)]
    by_comment = {r[7].value: r for r in rows}
    neg = by_comment["'=HYPERLINK(1)"]
    assert neg[1].is_date and isinstance(neg[1].value, dt.datetime) and neg[1].value.date() == dt.date(2014, 3, 31)
    assert neg[1].number_format == "DD-MM-YYYY"
    assert neg[2].value == -2.5 and neg[2].data_type == "n"  # a negative number stays a number
    assert neg[3].value == 12 and neg[4].value == 1.25
    assert "'+45 12 34 56 78" in by_comment and "'@SUM" in by_comment
    assert all(c.data_type != "f" for r in rows for c in r)
    prop = by_comment["'@SUM"]
    assert prop[2].value == pytest.approx(100 * 24 / 39) and prop[5].value == 24 and prop[6].value == 39


@pytest.mark.parametrize(("fmt", "delimiter", "date_text", "number_text", "encoding"), [
    ("csv-da", ";", "31-03-2014", "-2,5", "utf-8-sig"), ("csv-intl", ",", "2014-03-31", "-2.5", "utf-8"),
])
def test_csv_variants(filled, tmp_path, fmt, delimiter, date_text, number_text, encoding):
    path = export_measurements(filled, filled.trial_obj.id, tmp_path / "out.csv", fmt)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    text = raw.decode(encoding)
    line = next(line for line in text.splitlines() if "HYPERLINK" in line)
    cells = line.split(delimiter)
    assert cells[1] == date_text and cells[2] == number_text
    assert "'=HYPERLINK(1)" in line


@pytest.mark.parametrize("fmt", ["xlsx", "csv-da", "csv-intl"])
def test_export_reads_back_through_the_import(filled, tmp_path, fmt):
    suffix = ".xlsx" if fmt == "xlsx" else ".csv"
    path = export_measurements(filled, filled.trial_obj.id, tmp_path / f"out{suffix}", fmt,
                               indicator_id=filled.value_ind.id)
    copy = filled.create_indicator(filled.trial_obj.id, name="Kopi", bottom_line="service", valid_min=-10)
    src = open_table(path)
    mapping = detect_mapping(src.header)
    del mapping.columns["indicator"]
    import_measurements(filled, src, mapping, filled.trial_obj.id, copy.id)
    original = [(m.date, m.value, m.n, m.sd) for m in filled.measurements(filled.value_ind.id)]
    again = [(m.date, m.value, m.n, m.sd) for m in filled.measurements(copy.id)]
    assert again == original  # exact floats, through text and back


def test_neutralise_and_numbers():
    assert neutralise("=1+1") == "'=1+1" and neutralise("-x") == "'-x" and neutralise("\tx") == "'\tx"
    assert neutralise("ok") == "ok" and neutralise("") == ""
    assert csv_number(1e-7, "da") == "0,0000001" and csv_number(-3.0, "intl") == "-3" and csv_number(40, "da") == "40"


def test_generic_writers(tmp_path):
    sheet = Sheet("Resultater/2014?", [Column("Navn"), Column("Tal", "number", 2), Column("Dato", "date")],
                  [["-minus", -1.5, dt.date(2014, 1, 2)], [None, None, None]])
    path = write_xlsx(tmp_path / "g.xlsx", [sheet, sheet], lang="en")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Resultater_2014_", "Resultater_2014_ (2)"]
    ws = wb.worksheets[0]
    assert ws["A2"].value == "'-minus" and ws["B2"].value == -1.5 and ws["B2"].number_format == "0.00"
    assert ws["C2"].number_format == "YYYY-MM-DD"
    write_csv(tmp_path / "g.csv", sheet, "intl")
    assert (tmp_path / "g.csv").read_text().splitlines()[1] == "'-minus,-1.5,2014-01-02"


def test_analysis_sheet_flattens_results(tmp_path):
    from effektmaaling.io.export import analysis_sheet

    results = [("Andel", {"status": "improved", "baseline": {"value": 61.5, "end": "2013-03-31"},
                          "change": {"absolute": -4.25, "p_value": 0.003}, "explanation": {"da": "Bedre", "en": "Better"},
                          "run_chart": [1, 2, 3], "assured": True}),
               ("Tid", {"status": "insufficient-data", "baseline": {"value": None, "end": None}})]
    sheet = analysis_sheet(results, "da")
    titles = [c.title for c in sheet.columns]
    assert titles == ["Indikator", "status", "baseline.value", "baseline.end", "change.absolute", "change.p_value",
                      "explanation", "assured"]
    path = write_xlsx(tmp_path / "a.xlsx", [sheet])
    ws = load_workbook(path).worksheets[0]
    assert ws["C2"].value == 61.5 and ws["E2"].value == -4.25 and ws["D2"].is_date
    assert ws["G2"].value == "Bedre" and ws["H2"].value == "ja" and ws["B3"].value == "insufficient-data"
