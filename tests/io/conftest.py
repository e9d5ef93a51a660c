"""Helpers for the import/export tests: a trial with indicators, real files written in tmp."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def trial_ws(workspace):
    """An empty database with one trial and three indicators (value 0-10, proportion, count)."""
    ws = workspace
    trial = ws.create_trial(name="Forsøg A", start_date=dt.date(2013, 4, 1))
    ws.value_ind = ws.create_indicator(trial.id, name="Livskvalitet", bottom_line="service", valid_min=0,
                                       valid_max=10)
    ws.prop_ind = ws.create_indicator(trial.id, name="Andel med plan", bottom_line="service",
                                      measure_type="proportion", valid_min=0, valid_max=100, unit="%")
    ws.count_ind = ws.create_indicator(trial.id, name="Klager", bottom_line="legal-rights", measure_type="count")
    ws.trial_obj = trial
    return ws
