"""Helpers of the shared-database tests."""

from __future__ import annotations

import datetime as dt


def make_trial(ws, name: str, values=(1.0, 2.0, 3.0)):
    """A trial with one indicator and a few monthly measurements; returns (trial, indicator, measurements)."""
    trial = ws.create_trial(name=name, start_date=dt.date(2014, 1, 1), status="active")
    ind = ws.create_indicator(trial.id, name="Trivsel", kind="effect", stakeholder="citizen", measure_type="value",
                              direction="increase", frequency="monthly", bottom_line="service")
    ms = [ws.add_measurement(ind.id, date=dt.date(2014, 2 + i, 1), value=v) for i, v in enumerate(values)]
    return trial, ind, ms
