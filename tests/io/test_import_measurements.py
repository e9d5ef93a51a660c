"""Importing measurements into a database: all or nothing, duplicates, wide format, the change log, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from io_helpers import db_arg, db_content
from openpyxl import Workbook

from effektmaaling.io.measurement_rows import ColumnMapping, detect_mapping
from effektmaaling.io.tabular import open_table
from effektmaaling.services.importing import ImportRejected, check_import, import_measurements


def _csv(tmp_path, text, name="m.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_good_file_is_imported_in_one_change_log_entry(tmp_path, trial_ws):
    ind = trial_ws.prop_ind
    path = _csv(tmp_path, "Dato;Tæller;Nævner;n;Kommentar\n31-03-2013;24;39;40;start\n30-06-2013;30;40;;\n")
    src = open_table(path)
    log_before = len(trial_ws.change_log())
    report = import_measurements(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, ind.id)
    assert (report.inserted, report.updated, report.skipped) == (2, 0, 0)
    ms = trial_ws.measurements(ind.id)
    assert [(m.date, m.value, m.numerator, m.denominator, m.n, m.comment) for m in ms] == [
        (dt.date(2013, 3, 31), pytest.approx(100 * 24 / 39), 24, 39, 40, "start"),
        (dt.date(2013, 6, 30), 75.0, 30, 40, None, "")]
    log = trial_ws.change_log()
    assert len(log) == log_before + 1
    assert log[0].action == "import" and log[0].after["inserted"] == 2 and log[0].after["file"] == "m.csv"


def test_one_bad_row_imports_nothing_and_lists_every_bad_row(tmp_path, trial_ws):
    path = _csv(tmp_path, "dato;værdi\n31-12-2014;5\n31-12-2015;50\n31-12-2016;x\n31-12-2017;6\n")
    before = db_content(trial_ws)
    src = open_table(path)
    with pytest.raises(ImportRejected) as err:
        import_measurements(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, trial_ws.value_ind.id)
    assert [(p.row, p.column) for p in err.value.report.problems] == [(3, "værdi"), (4, "værdi")]
    assert db_content(trial_ws) == before


@pytest.mark.parametrize(("choice", "expected_value", "counts"), [
    ("update", 9.0, (1, 1, 0)), ("skip", 5.0, (1, 0, 1)),
])
def test_duplicate_dates_update_or_skip(tmp_path, trial_ws, choice, expected_value, counts):
    ind = trial_ws.value_ind
    trial_ws.add_measurement(ind.id, date=dt.date(2014, 12, 31), value=5.0, comment="før")
    path = _csv(tmp_path, "date,value,comment\n2014-12-31,9,after\n2015-12-31,4,new\n")
    src = open_table(path)
    mapping = detect_mapping(src.header)
    check = check_import(trial_ws, src, mapping, trial_ws.trial_obj.id, ind.id, on_duplicate=choice)
    assert check.ok and [d.date for d in check.duplicates] == [dt.date(2014, 12, 31)]
    report = import_measurements(trial_ws, src, mapping, trial_ws.trial_obj.id, ind.id, on_duplicate=choice)
    assert (report.inserted, report.updated, report.skipped) == counts
    values = {m.date: m.value for m in trial_ws.measurements(ind.id)}
    assert values == {dt.date(2014, 12, 31): expected_value, dt.date(2015, 12, 31): 4.0}
    if choice == "update":  # the overwritten values are in the change log
        updates = [e for e in trial_ws.change_log() if e.action == "update" and e.entity == "measurement"]
        assert updates and updates[0].before["value"] == 5.0


def test_duplicate_date_is_an_error_by_default(tmp_path, trial_ws):
    ind = trial_ws.value_ind
    trial_ws.add_measurement(ind.id, date=dt.date(2014, 12, 31), value=5.0)
    src = open_table(_csv(tmp_path, "date;value\n31-12-2014;9\n"))
    report = check_import(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, ind.id)
    assert [p.row for p in report.problems] == [2]
    assert "already a measurement" in report.problems[0].text("en")


def test_wide_sheet_and_indicator_column(tmp_path, trial_ws):
    path = tmp_path / "wide.xlsx"
    wb = Workbook()
    wb.active.append(["Dato", "Livskvalitet", "Klager"])
    wb.active.append([dt.date(2014, 3, 31), 6.5, 3])
    wb.active.append([dt.date(2014, 6, 30), None, 2])
    wb.save(path)
    src = open_table(path)
    mapping = ColumnMapping({"date": 0}, {1: trial_ws.value_ind.id, 2: trial_ws.count_ind.id})
    report = import_measurements(trial_ws, src, mapping, trial_ws.trial_obj.id)
    assert report.inserted == 3
    assert [m.value for m in trial_ws.measurements(trial_ws.count_ind.id)] == [3.0, 2.0]
    assert [m.value for m in trial_ws.measurements(trial_ws.value_ind.id)] == [6.5]
    long = _csv(tmp_path, "Indikator;Dato;Værdi\nlivskvalitet;31-12-2014;7\nKlager;31-12-2014;1\nUkendt;31-12-2014;1\n")
    src = open_table(long)
    report = check_import(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id)
    assert [(p.row, p.column) for p in report.problems] == [(4, "Indikator")]


def test_one_chosen_indicator_checks_the_files_indicator_column(tmp_path, trial_ws):
    """Rows naming another indicator are refused unless allowed (then counted, and imported to the chosen
    one); names that are no indicator of the trial are always errors; empty cells are the chosen one's."""
    ind, trial_id = trial_ws.value_ind, trial_ws.trial_obj.id
    path = _csv(tmp_path, "Indikator;Dato;Værdi\nLivskvalitet;31-12-2013;5\nKlager;31-12-2014;7\n"
                          ";31-12-2015;6\nklager;31-12-2016;4\n")
    src = open_table(path)
    mapping = detect_mapping(src.header)
    with pytest.raises(ImportRejected) as info:
        import_measurements(trial_ws, src, mapping, trial_id, ind.id)
    assert [(p.row, p.column, p.message.da) for p in info.value.report.problems] == [
        (3, "Indikator", "rækken er til indikatoren »Klager«, ikke »Livskvalitet«"),
        (5, "Indikator", "rækken er til indikatoren »Klager«, ikke »Livskvalitet«")]
    assert trial_ws.measurements(ind.id) == [] and trial_ws.measurements(trial_ws.count_ind.id) == []
    check = check_import(trial_ws, src, mapping, trial_id, ind.id, other_indicators="allow")
    assert check.ok and check.other_indicators == {"Klager": [3, 5]}
    report = import_measurements(trial_ws, open_table(path), mapping, trial_id, ind.id, other_indicators="allow")
    assert report.inserted == 4 and report.inserted_by_indicator == {ind.id: 4}
    assert [m.value for m in trial_ws.measurements(ind.id)] == [5.0, 7.0, 6.0, 4.0]
    assert trial_ws.measurements(trial_ws.count_ind.id) == []
    unknown = _csv(tmp_path, "Indikator;Dato;Værdi\nVentetid;31-12-2020;5\n", name="u.csv")
    report = check_import(trial_ws, open_table(unknown), mapping, trial_id, ind.id, other_indicators="allow")
    assert [(p.row, p.message.da) for p in report.problems] == [(2, "indikatoren »Ventetid« findes ikke i forsøget")]


def test_check_gives_each_duplicate_its_old_and_new_value(tmp_path, trial_ws):
    ind = trial_ws.value_ind
    trial_ws.add_measurement(ind.id, date=dt.date(2014, 12, 31), value=3.0)
    src = open_table(_csv(tmp_path, "Dato;Værdi\n31-12-2014;4,5\n31-12-2015;6\n"))
    report = check_import(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, ind.id,
                          on_duplicate="skip")
    assert [(d.row, d.date, d.old_value, d.value) for d in report.duplicates] == [(2, dt.date(2014, 12, 31), 3.0, 4.5)]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_cli_import_refuses_bad_file_and_changes_nothing(tmp_path, trial_ws):
    db = db_arg(trial_ws)
    trial_ws.close()
    bad = _csv(tmp_path, "DATO;Værdi;SD\n31-12-2014;5;1\n31-12-2015;11;1\n31-12-2016;5;-2\n", encoding="cp1252")
    before = db_content(trial_ws)
    r = _cli("import", str(bad), "--db", db, "--trial", "Forsøg A", "--indicator", "livskvalitet")
    assert r.returncode == 1
    assert "Række 3, kolonne »Værdi«" in r.stdout and "Række 4, kolonne »SD«" in r.stdout
    assert "intet er importeret" in r.stderr
    assert db_content(trial_ws) == before
    good = _csv(tmp_path, "when;score\n31-12-2014;5\n", name="g.csv")
    r = _cli("--lang", "en", "import", str(good), "--db", db, "--trial", "Forsøg A", "--indicator", "Livskvalitet",
             "--date-column", "when", "--value-column", "score", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["inserted"] == 1


def test_cli_import_to_one_indicator_refuses_rows_of_another_unless_told(tmp_path, trial_ws):
    db = db_arg(trial_ws)
    trial_ws.close()
    path = _csv(tmp_path, "Indikator;Dato;Værdi\nKlager;31-12-2014;5\nLivskvalitet;31-12-2015;6\n")
    before = db_content(trial_ws)
    r = _cli("import", str(path), "--db", db, "--trial", "Forsøg A", "--indicator", "Livskvalitet")
    assert r.returncode == 1
    assert "Række 2, kolonne »Indikator«: rækken er til indikatoren »Klager«, ikke »Livskvalitet«" in r.stdout
    assert db_content(trial_ws) == before
    r = _cli("import", str(path), "--db", db, "--trial", "Forsøg A", "--indicator", "Livskvalitet",
             "--all-to-indicator", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["inserted"] == 2


def test_bulk_rows_are_stored_exactly_like_orm_rows(tmp_path, trial_ws):
    import sqlite3

    ind = trial_ws.value_ind
    trial_ws.add_measurement(ind.id, date=dt.date(2014, 1, 31), value=1.0)
    src = open_table(_csv(tmp_path, "dato;værdi\n28-02-2014;2\n"))
    import_measurements(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, ind.id)
    con = sqlite3.connect(trial_ws.path)
    rows = con.execute("SELECT id, indicator_id, date, created_at, updated_at, typeof(value) FROM measurements "
                       "ORDER BY date").fetchall()
    con.close()
    orm, bulk = rows
    assert [len(v) if isinstance(v, str) else v for v in orm] == [len(v) if isinstance(v, str) else v for v in bulk]
    assert orm[1] == bulk[1] and bulk[2] == "2014-02-28" and bulk[5] == "real"
    assert len(bulk[3]) == len("2014-01-01 00:00:00.000000") and bulk[3][10] == " "
    assert [m.date for m in trial_ws.measurements(ind.id)] == [dt.date(2014, 1, 31), dt.date(2014, 2, 28)]
