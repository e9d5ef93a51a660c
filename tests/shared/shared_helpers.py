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


def two_leads_of(shared, name: str = "Fælles"):
    """Alice and Bob, both leads of one trial made by an administrator: (alice's workspace, bob's workspace,
    trial, indicator, measurements). The caller closes both workspaces."""
    from effektmaaling.services import access

    admin = shared.login("adam", "effektmaaling_admin")
    alice, bob = shared.login("alice"), shared.login("bob")
    ws = shared.workspace(admin)
    trial, ind, ms = make_trial(ws, name)
    access.grant(ws, alice, "lead", name)
    access.grant(ws, bob, "lead", name)
    ws.close()
    return shared.workspace(alice), shared.workspace(bob), trial, ind, ms
