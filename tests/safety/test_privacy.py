"""The privacy guard on every free-text field, through the use cases, on a real file: a CPR number
(with or without hyphen, with a valid birth date) is refused and nothing is stored."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from effektmaaling.domain import ValidationError
from effektmaaling.services import Workspace

CPRS = ["010203-1234", "0102031234", "311299-4321", "290200 4234"]  # 29-02-2000 (the 7th digit 4 gives 2000)
NOT_CPRS = ["290200-1234", "320101-1234", "011399-1234", "290201-1234", "Sag 12345678901", "tlf. 33 66 33 66"]  # 29-02-1900 did not exist


def _dump(ws: Workspace) -> list[str]:
    con = sqlite3.connect(ws.path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def setup(workspace: Workspace):
    trial = workspace.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    ind = workspace.create_indicator(trial.id, name="Antal", bottom_line="productivity")
    m = workspace.add_measurement(ind.id, date=dt.date(2014, 1, 31), value=1.0)
    ms = workspace.add_milestone(trial.id, dt.date(2014, 2, 1), "Teams etableret")
    return workspace, trial, ind, m, ms


def _writes(ws: Workspace, trial, ind, m, ms, text: str):
    return {
        "trial name": lambda: ws.create_trial(name=f"Forsøg {text}", start_date=dt.date(2014, 1, 1)),
        "purpose": lambda: ws.update_trial(trial.id, purpose=f"Borger {text} deltog"),
        "target_group": lambda: ws.update_trial(trial.id, target_group=text),
        "theory_of_change": lambda: ws.update_trial(trial.id, theory_of_change=f"<p>Fx {text}</p>"),
        "indicator description": lambda: ws.update_indicator(ind.id, description=f"Se {text}"),
        "indicator name": lambda: ws.create_indicator(trial.id, name=f"Ind {text}", bottom_line="service"),
        "measurement comment": lambda: ws.update_measurement(m.id, comment=f"jf. {text}"),
        "new measurement comment": lambda: ws.add_measurement(ind.id, date=dt.date(2014, 2, 28), value=2.0,
                                                              comment=text),
        "milestone": lambda: ws.add_milestone(trial.id, dt.date(2014, 3, 1), f"Møde med {text}"),
        "milestone update": lambda: ws.update_milestone(ms.id, text=text),
        "assessment": lambda: ws.set_assessment(trial.id, "service", "plus", justification=text),
    }


@pytest.mark.parametrize("cpr", CPRS)
def test_cpr_numbers_are_refused_everywhere(setup, cpr: str) -> None:
    ws, trial, ind, m, ms = setup
    before = _dump(ws)
    for where, write in _writes(ws, trial, ind, m, ms, cpr).items():
        with pytest.raises(ValidationError, match="CPR-nummer") as info:
            write()
        assert info.value.field, where
    assert _dump(ws) == before


@pytest.mark.parametrize("text", NOT_CPRS)
def test_numbers_that_are_not_cpr_numbers_are_accepted(setup, text: str) -> None:
    ws, _trial, ind, m, _ms = setup
    ws.update_measurement(m.id, comment=text)
    assert ws.measurements(ind.id)[0].comment == text
