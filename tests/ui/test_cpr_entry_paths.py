"""The CPR table (tests/safety/cpr_table.py) through every entry path: the rule itself, the services
(every text field), the measurement grid and the new-trial form driven with key events, CSV and XLSX
imports, and the exchange file. Every true form is refused with a message that says what looked like a
CPR number without repeating it; every look-alike is stored."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from safety.cpr_table import LOOK_ALIKES, TRUE_FORMS

from effektmaaling.domain.errors import ValidationError
from effektmaaling.domain.privacy import find_cpr

from .helpers import settle

TRUE = [t for t, _ in TRUE_FORMS]
FALSE = [t for t, _ in LOOK_ALIKES]
TYPABLE_TRUE = [t for t in TRUE if "\t" not in t and "\n" not in t]  # Tab and Enter move on in a form


def test_table_size():
    assert len(TRUE_FORMS) >= 40 and len(LOOK_ALIKES) >= 40


@pytest.mark.parametrize(("text", "what"), TRUE_FORMS)
def test_true_form_is_found(text, what):
    assert find_cpr(text), what


@pytest.mark.parametrize(("text", "what"), LOOK_ALIKES)
def test_look_alike_is_allowed(text, what):
    assert find_cpr(text) == [], what


def assert_cpr_message(message: str, text: str) -> None:
    assert "CPR-nummer" in message and "tegn " in message
    digits = re.sub(r"\D", "", text)
    assert digits[:6] not in re.sub(r"\D", "", message), "the message repeats the number"


# --- services (what the grid, the forms and the command line call), every text field -------------

TRIAL_FIELDS = ["name", "unit", "purpose", "target_group", "theory_of_change", "contact_person"]
INDICATOR_FIELDS = ["name", "description", "unit", "theme", "data_source"]


@pytest.fixture
def trial_and_indicator(workspace):
    trial = workspace.create_trial(name="Privat", start_date=dt.date(2014, 1, 1))
    ind = workspace.create_indicator(trial.id, name="Trivsel", bottom_line="service")
    return workspace, trial, ind


def test_services_every_form_in_a_comment(trial_and_indicator):
    ws, _trial, ind = trial_and_indicator
    for text in TRUE:
        with pytest.raises(ValidationError) as err:
            ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=1.0, comment=text)
        assert err.value.field == "comment"
        assert_cpr_message(err.value.text(), text)
    assert ws.measurements(ind.id) == []
    for i, text in enumerate(FALSE):
        ws.add_measurement(ind.id, date=dt.date(2014, 1, 1) + dt.timedelta(days=i), value=1.0, comment=text)
    assert [m.comment for m in ws.measurements(ind.id)] == FALSE


HARD = ["010190\u20131234", "0101\u200b90-1234", "\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14",
        "01 01 90 1234", "borger-010190-1234"]


@pytest.mark.parametrize("field", TRIAL_FIELDS)
def test_services_every_trial_field(trial_and_indicator, field):
    ws, trial, _ = trial_and_indicator
    for text in HARD:
        with pytest.raises(ValidationError) as err:
            ws.update_trial(trial.id, **{field: f"Om {text}"})
        assert err.value.field == field and "CPR-nummer" in err.value.text()
    ws.update_trial(trial.id, **{field: "Sag 311214-0001"})


@pytest.mark.parametrize("field", INDICATOR_FIELDS)
def test_services_every_indicator_field(trial_and_indicator, field):
    ws, _, ind = trial_and_indicator
    for text in HARD:
        with pytest.raises(ValidationError) as err:
            ws.update_indicator(ind.id, **{field: f"Om {text}"})
        assert err.value.field == field and "CPR-nummer" in err.value.text()
    ws.update_indicator(ind.id, **{field: "ordrenr. 1203151234"})


def test_services_milestones_and_assessments(trial_and_indicator):
    ws, trial, _ = trial_and_indicator
    for text in HARD:
        with pytest.raises(ValidationError):
            ws.add_milestone(trial.id, dt.date(2014, 5, 1), f"Samtale {text}")
        for field in ("justification", "evidence"):
            with pytest.raises(ValidationError) as err:
                ws.set_assessment(trial.id, "service", "plus", **{field: text})
            assert err.value.field == field
    assert ws.milestones(trial.id) == [] and ws.assessments(trial.id) == []
    ws.add_milestone(trial.id, dt.date(2014, 5, 1), "Møde kl. 150315 1430")


# --- the grid and a form, driven with key events ------------------------------------------------------

def type_text(widget, text: str) -> None:
    """Key events carrying each character, as a keyboard (or an input method) sends them; QTest's
    keyClicks knows only ASCII."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_into_comment(qtbot, table, row: int, col: int, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    type_text(table, text[0])  # the first key opens the editor
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table, "typing did not open an editor"
    type_text(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)


def test_grid_comment_cell(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    ind = w.ws.find_indicator(t.id, "Tid til dokumentation")
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    col = next(i for i, c in enumerate(view.model.cols) if c.key == "comment")
    first = min(w.ws.measurements(ind.id), key=lambda m: m.date)
    for text in TYPABLE_TRUE:
        type_into_comment(qtbot, view.table, 0, col, text)
        settle(qtbot)
        assert view.message.isVisible() and "CPR-nummer" in view.message.label.text(), text
        assert_cpr_message(view.message.label.text(), text)
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    stored = {m.id: m.comment for m in w.ws.measurements(ind.id)}
    assert stored[first.id] == first.comment
    for text in FALSE[:15]:
        type_into_comment(qtbot, view.table, 0, col, text)
        settle(qtbot)
        assert {m.id: m.comment for m in w.ws.measurements(ind.id)}[first.id] == text


def test_new_trial_form(window, qtbot):
    from effektmaaling.ui.trial_details import NewTrialDialog

    def fill(unit: str, name: str) -> NewTrialDialog:
        d = NewTrialDialog(window.ws, window.stack, window)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        d.name.setFocus()
        type_text(d.name, name)
        d.unit.setFocus()
        type_text(d.unit, unit)
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return d

    for text in TYPABLE_TRUE:
        d = fill(text, "Forsøg")
        assert d.isVisible(), text
        assert "CPR-nummer" in d.errors["unit"].text(), text
        d.reject()
    assert window.ws.trials() == []
    for i, text in enumerate(FALSE):
        d = fill(text, f"Forsøg {i}")
        assert not d.isVisible(), (text, d.errors["unit"].text())
    assert sorted(t.unit for t in window.ws.trials()) == sorted(FALSE)


# --- CSV and XLSX imports ------------------------------------------------------------------------------

def _rows(texts: list[str]) -> list[tuple[str, str, str]]:
    start = dt.date(2016, 1, 1)
    return [((start + dt.timedelta(days=i)).strftime("%d-%m-%Y"), "5", t) for i, t in enumerate(texts)]


def _write_csv(path: Path, texts: list[str]) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Dato", "Værdi", "Kommentar"])
        w.writerows(_rows(texts))
    return path


def _write_xlsx(path: Path, texts: list[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Dato", "Værdi", "Kommentar"])
    for d, v, t in _rows(texts):
        ws.append([dt.datetime.strptime(d, "%d-%m-%Y"), float(v), t])
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_imports(trial_and_indicator, tmp_path, kind):
    from effektmaaling.io.measurement_rows import detect_mapping
    from effektmaaling.io.tabular import open_table
    from effektmaaling.services.importing import ImportRejected, import_measurements

    ws, trial, ind = trial_and_indicator
    write = _write_csv if kind == "csv" else _write_xlsx
    source = open_table(write(tmp_path / f"true.{kind}", TRUE))
    with pytest.raises(ImportRejected) as err:
        import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id)
    problems = err.value.report.problems
    assert len(problems) == len(TRUE), [p.text() for p in problems]
    assert all("CPR-nummer" in p.text() for p in problems)
    assert ws.measurements(ind.id) == []
    source = open_table(write(tmp_path / f"false.{kind}", FALSE))
    report = import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id)
    assert report.inserted == len(FALSE)
    assert sorted(m.comment for m in ws.measurements(ind.id)) == sorted(FALSE)


# --- the exchange file ---------------------------------------------------------------------------------

def test_exchange_file(trial_and_indicator, tmp_path):
    from effektmaaling.io.exchange import ExchangeFileError, parse_document
    from effektmaaling.services.exchange import export_trial, import_trial

    ws, trial, ind = trial_and_indicator
    ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=1.0)
    export_trial(ws, trial.id, tmp_path / "t.json")
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    where = [("trial", "purpose"), ("trial", "name"), ("indicator", "description"), ("measurement", "comment")]
    for i, text in enumerate(TRUE):
        d = copy.deepcopy(doc)
        entity, field = where[i % len(where)]
        target = {"trial": d["trial"], "indicator": d["trial"]["indicators"][0],
                  "measurement": d["trial"]["indicators"][0]["measurements"][0]}[entity]
        target[field] = text
        with pytest.raises(ExchangeFileError) as err:
            parse_document(json.dumps(d, ensure_ascii=False))
        assert "CPR-nummer" in err.value.text() and field in (err.value.location or ""), text
    d = copy.deepcopy(doc)
    d["trial"]["name"] = "Privat (ny)"
    d["trial"]["id"] = "6d0c1b56-9b2f-4b0a-9a57-2d9a1c0f0a11"
    ms = d["trial"]["indicators"][0]["measurements"]
    template = ms[0]
    d["trial"]["indicators"][0]["id"] = "7d0c1b56-9b2f-4b0a-9a57-2d9a1c0f0a12"
    d["trial"]["indicators"][0]["measurements"] = [
        {**template, "id": f"8d0c1b56-9b2f-4b0a-9a57-{i:012d}", "date": (dt.date(2015, 1, 1) + dt.timedelta(days=i))
         .isoformat(), "comment": text, "hash": None, "ancestors": []} for i, text in enumerate(FALSE)]
    import_trial(ws, parse_document(json.dumps(d, ensure_ascii=False)))
    new = ws.find_trial("Privat (ny)")
    comments = [m.comment for m in ws.measurements(ws.indicators(new.id)[0].id)]
    assert sorted(comments) == sorted(FALSE)
