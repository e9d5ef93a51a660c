"""Import and the workspace share the domain's rule: a measurement after today is refused with its row."""

from __future__ import annotations

import datetime as dt

import pytest
from io_helpers import db_content

from effektmaaling.domain import clock
from effektmaaling.domain.errors import ValidationError
from effektmaaling.io.measurement_rows import detect_mapping
from effektmaaling.io.tabular import open_table
from effektmaaling.services.importing import ImportRejected, import_measurements


@pytest.fixture
def today_is_2_dec_2026(monkeypatch):
    monkeypatch.setattr(clock, "_fixed", dt.date(2026, 12, 2))


def test_import_refuses_a_future_row_naming_its_number(tmp_path, trial_ws, today_is_2_dec_2026):
    path = tmp_path / "m.csv"
    path.write_text("dato;værdi\n30-11-2026;5\n31-12-2026;6\n02-12-2026;7\n", encoding="utf-8")
    before = db_content(trial_ws)
    src = open_table(path)
    with pytest.raises(ImportRejected) as err:
        import_measurements(trial_ws, src, detect_mapping(src.header), trial_ws.trial_obj.id, trial_ws.value_ind.id)
    problems = err.value.report.problems
    assert [(p.row, p.column) for p in problems] == [(3, "dato")]
    assert problems[0].text("da").startswith("Række 3, kolonne »dato«: 31-12-2026 ligger efter i dag (02-12-2026)")
    assert db_content(trial_ws) == before  # nothing imported


def test_workspace_refuses_a_new_future_measurement_but_keeps_a_stored_one(trial_ws, today_is_2_dec_2026, monkeypatch):
    ind = trial_ws.value_ind
    with pytest.raises(ValidationError) as err:
        trial_ws.add_measurement(ind.id, date=dt.date(2026, 12, 31), value=5.0)
    assert "31-12-2026 ligger efter i dag" in err.value.text("da")
    m = trial_ws.add_measurement(ind.id, date=dt.date(2026, 12, 2), value=5.0)
    with pytest.raises(ValidationError):  # moved into the future: refused
        trial_ws.update_measurement(m.id, date=dt.date(2027, 1, 1))
    with pytest.raises(ValidationError) as err:  # a pasted block: the row is named
        trial_ws.upsert_measurements(ind.id, [{"date": dt.date(2026, 11, 1), "value": 1.0},
                                              {"date": dt.date(2027, 1, 1), "value": 2.0}], on_duplicate="update")
    assert err.value.location == "Række 2"
    # a measurement already stored after today (from another machine whose clock ran ahead) can still be edited
    monkeypatch.setattr(clock, "_fixed", dt.date(2027, 2, 1))
    ahead = trial_ws.add_measurement(ind.id, date=dt.date(2027, 1, 31), value=4.0)
    monkeypatch.setattr(clock, "_fixed", dt.date(2026, 12, 2))
    trial_ws.update_measurement(ahead.id, value=4.5, comment="rettet")
    trial_ws.upsert_measurements(ind.id, [{"date": dt.date(2027, 1, 31), "value": 4.25}], on_duplicate="update")
    assert {x.date: x.value for x in trial_ws.measurements(ind.id)}[dt.date(2027, 1, 31)] == 4.25
