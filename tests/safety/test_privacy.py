"""Privacy guard: every free-text field refuses a CPR number (with or without hyphen, with a valid
date), through the same services the GUI, CLI and imports use; nothing is stored. Exports hold only
what the trial holds."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from effektmaaling.domain import ValidationError
from effektmaaling.domain.privacy import PRIVACY_NOTE, find_cpr_numbers
from effektmaaling.services.exchange import export_trial

CPRS = ["010190-1234", "0101901234", "311299-4321", "290200 5678", "borger 150574-2011 kom"]
NOT_CPRS = ["320190-1234", "011390-1234", "290201-1234", "12345678901", "tlf. 33 66 33 66", "1.234,5",
            "2014-01-31", "31-12-2014", "sag 2014-123456"]


@pytest.mark.parametrize("text", CPRS)
def test_cpr_numbers_are_found(text):
    assert find_cpr_numbers(text)


@pytest.mark.parametrize("text", NOT_CPRS)
def test_numbers_that_are_not_cpr_numbers_are_allowed(text):
    assert find_cpr_numbers(text) == []


@pytest.fixture
def trial_and_indicator(workspace):
    trial = workspace.create_trial(name="Privat", start_date=dt.date(2014, 1, 1))
    ind = workspace.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    return workspace, trial, ind


TRIAL_FIELDS = ["name", "unit", "purpose", "target_group", "theory_of_change", "contact_person"]
INDICATOR_FIELDS = ["name", "description", "unit", "theme", "data_source"]


@pytest.mark.parametrize("field", TRIAL_FIELDS)
def test_trial_text_fields(trial_and_indicator, field):
    ws, trial, _ = trial_and_indicator
    with pytest.raises(ValidationError) as err:
        ws.update_trial(trial.id, **{field: "Borgeren (010190-1234) deltog"})
    assert err.value.field == field and "CPR-nummer" in err.value.text("da")
    with pytest.raises(ValidationError):
        ws.create_trial(**{"name": "Nyt", "start_date": dt.date(2014, 1, 1), field: "0101901234"})
    assert [t.name for t in ws.trials()] == ["Privat"]


@pytest.mark.parametrize("field", INDICATOR_FIELDS)
def test_indicator_text_fields(trial_and_indicator, field):
    ws, _, ind = trial_and_indicator
    with pytest.raises(ValidationError) as err:
        ws.update_indicator(ind.id, **{field: "fx 311299-4321"})
    assert err.value.field == field


def test_measurement_comment_single_and_bulk(trial_and_indicator):
    ws, _, ind = trial_and_indicator
    with pytest.raises(ValidationError) as err:
        ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=1.0, comment="målt hos 0101901234")
    assert err.value.field == "comment"
    rows = [{"date": dt.date(2014, 3, 1), "value": 1.0}, {"date": dt.date(2014, 4, 1), "value": 2.0,
                                                           "comment": "010190-1234"}]
    with pytest.raises(ValidationError) as err:
        ws.upsert_measurements(ind.id, rows)
    assert err.value.location == "Række 2"
    assert ws.measurements(ind.id) == []  # the good first row was not stored either


def test_milestone_and_assessment(trial_and_indicator):
    ws, trial, _ = trial_and_indicator
    with pytest.raises(ValidationError):
        ws.add_milestone(trial.id, dt.date(2014, 5, 1), "Samtale med 010190-1234")
    for field in ("justification", "evidence"):
        with pytest.raises(ValidationError) as err:
            ws.set_assessment(trial.id, "service", "plus", **{field: "se 0101901234"})
        assert err.value.field == field
    assert ws.milestones(trial.id) == [] and ws.assessments(trial.id) == []
    assert not [e for e in ws.change_log() if "0101901234" in json.dumps(e.after or {})]


def test_privacy_note_warns_about_names():
    assert "navne" in PRIVACY_NOTE.da and "names" in PRIVACY_NOTE.en


def test_export_holds_only_the_trial(workspace, tmp_path):
    a = workspace.create_trial(name="Forsøg A", start_date=dt.date(2014, 1, 1), purpose="A's formål")
    b = workspace.create_trial(name="Forsøg B", start_date=dt.date(2014, 1, 1), purpose="Hemmeligt B")
    ind_b = workspace.create_indicator(b.id, name="B-indikator", bottom_line="legal-rights")
    workspace.add_measurement(ind_b.id, date=dt.date(2014, 2, 1), value=3.0, comment="B-kommentar")
    path = tmp_path / "a.json"
    export_trial(workspace, a.id, path)
    text = path.read_text(encoding="utf-8")
    assert "Forsøg A" in text
    for secret in ("Forsøg B", "Hemmeligt B", "B-indikator", "B-kommentar", str(b.id), str(ind_b.id)):
        assert secret not in text
