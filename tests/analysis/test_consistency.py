"""No sentence contradicts another or the numbers: the demo and a few hundred generated series, analysed
at every cut-off date (the measurements up to that date, as a user sees them month by month), checked in
pairs: target reached against the assurance, the direction of the change against the status and the
chart signals, the attainment against the status, and the words of the explanation against the figures."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from effektmaaling.analysis import Assurance, Meaning, Status, analyse_indicator
from effektmaaling.analysis.describe import attainment_text, trend_text
from effektmaaling.analysis.results import Attainment
from effektmaaling.domain.entities import Measurement
from effektmaaling.domain.enums import CurrentPeriod, Direction, Frequency, MeasureType

from .helpers import START, indicator, month

DECISIVE = ("shift", "beyond-limits")


def check(a, where: str) -> None:
    """Every pair of statements about one analysis agrees."""
    ctx = f"{where}: {a.explanation.da}"
    # the direction of the change against the status
    if a.status is Status.IMPROVED:
        assert a.improvement is not None and a.improvement > 0, ctx
    if a.status is Status.WORSENED:
        assert a.improvement is not None and a.improvement < 0, ctx
    # ... and against the decisive chart signals in the current period
    if a.status in (Status.IMPROVED, Status.WORSENED) and a.spc is not None and a.current_period is not None:
        against = Meaning.DETERIORATION if a.status is Status.IMPROVED else Meaning.IMPROVEMENT
        start = len(a.points) - a.current_period.n_points
        wanted = Meaning.IMPROVEMENT if a.status is Status.IMPROVED else Meaning.DETERIORATION
        now = [s for s in a.spc.signals if s.index >= start and s.rule in DECISIVE]
        contra = [s for s in now if s.meaning is against]
        # a one-way shift in the status's direction outweighs single points beyond the limits the other way
        # (docs/methods.md), which the explanation then names
        shifts = {s.meaning for s in now if s.rule == "shift"}
        if shifts == {wanted} and all(s.rule == "beyond-limits" for s in contra):
            assert not contra or "afviger den modsatte vej" in a.explanation.da, ctx
        else:
            assert not contra, ctx
    # the target reached against the assurance (both from the current period)
    if a.attainment_note is Attainment.REACHED:
        assert a.assurance is not Assurance.CONSISTENTLY_FAILS, ctx
        assert "Målet er nået" in a.explanation.da or a.status is Status.INSUFFICIENT, ctx
    elif a.target_value is not None and a.current_value is not None:
        assert a.assurance is not Assurance.CONSISTENTLY_MEETS, ctx
        assert "Målet er nået" not in a.explanation.da, ctx
    if a.assurance in (Assurance.CONSISTENTLY_MEETS, Assurance.CONSISTENTLY_FAILS, Assurance.INCONSISTENT):
        assert a.current_period is not None and a.current_period.n_points >= 6, ctx
    # the attainment against the status: never negative; moving away only when worsened
    if a.attainment is not None:
        assert a.attainment >= 0, ctx
    if a.attainment_note is Attainment.MOVING_AWAY:
        assert a.status is Status.WORSENED, ctx
    if "væk fra målet" in a.explanation.da:
        assert a.status is Status.WORSENED, ctx
    text = attainment_text(a, "da")
    assert not text.startswith(("-", "\u2212")), ctx
    # the words against the figures
    da = a.explanation.da
    assert "statistisk sikker" not in da and not re.search(r"[-\u2212]0[\s\u00a0]%", da), ctx
    if a.status is not Status.INSUFFICIENT:
        head = da.split(";")[0]
        if head.startswith("Steget"):
            assert a.change_absolute > 0, ctx
        elif head.startswith("Faldet"):
            assert a.change_absolute < 0, ctx
        else:
            # unchanged: equal when shown with up to three more decimals than the indicator's
            assert head.startswith("Uændret") and abs(a.change_absolute) < 10 ** -(a.decimals + 2), ctx
        if a.test is not None:
            if "ændringen er statistisk signifikant" in da:
                assert a.test.significant, ctx
            if "ikke statistisk signifikant" in da:
                assert not a.test.significant, ctx
        if a.measure_type is MeasureType.PROPORTION and a.change_absolute and "procentpoint" in da:
            pp = re.search(r"\(([+\u2212][\d.,]+)\u00a0procentpoint\)", da)
            assert pp and (pp.group(1)[0] == "+") == (a.change_absolute > 0), ctx
    trend = trend_text(a, "da")
    if a.trend is not None and a.trend.slope_per_month != 0:
        # never the opposite sign; a slope too small to show (floating-point noise) has none
        assert not trend.startswith("+" if a.trend.slope_per_month < 0 else "\u2212"), (where, trend)
        assert "-" not in trend.split()[0], (where, trend)  # the minus sign, not a hyphen
        if a.measure_type is MeasureType.PROPORTION:
            assert "procentpoint pr. måned" in trend


def walk(ind, measurements, start: dt.date, where: str) -> int:
    """Analyse the series at every cut-off date from the start on; return the number of analyses checked."""
    ms = sorted(measurements, key=lambda m: m.date)
    cutoffs = [m.date for m in ms if m.date >= start]
    for d in cutoffs:
        a = analyse_indicator(ind, [m for m in ms if m.date <= d], start)
        check(a, f"{where} at {d}")
    return len(cutoffs)


def test_the_demo_at_every_cut_off_date(demo_db_template):
    from effektmaaling.services import Workspace

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        bundles = [ws.bundle(t.id) for t in ws.trials()]
    finally:
        ws.close()
    checked = 0
    for b in bundles:
        for ind in b.indicators:
            checked += walk(ind, b.measurements.get(ind.id, []), b.trial.start_date, f"{b.trial.name} / {ind.name}")
    assert checked > 350


def _generated(seed: int):
    """A random indicator and series: any measure type and direction, a shift or none, a ramp, noise,
    small or large numbers, a target on either side, sometimes outside the baseline's variation."""
    r = np.random.default_rng(seed)
    mt = [MeasureType.VALUE, MeasureType.VALUE, MeasureType.PROPORTION, MeasureType.COUNT, MeasureType.RATE][seed % 5]
    direction = Direction.INCREASE if r.random() < 0.5 else Direction.DECREASE
    nb, nf = int(r.integers(0, 14)), int(r.integers(1, 30))
    shift = float(r.choice([0.0, 0.0, r.normal(0, 1.5)]))
    period = [CurrentPeriod.LAST_12_MONTHS, CurrentPeriod.LAST_12_MONTHS, CurrentPeriod.FOLLOW_UP,
              CurrentPeriod.LATEST][int(r.integers(0, 4))]
    kw = {"current_period": period, "frequency": Frequency.MONTHLY, "rate_per": 1000.0,
          "decimals": int(r.integers(0, 3))}
    if r.random() < 0.2 and nb == 0:
        kw["baseline_value"] = 10.0 if mt is not MeasureType.PROPORTION else 40.0
    rows = []
    after = [0.0] * nb + [min(1.0, (i + 1) / max(1, int(r.integers(1, 8)))) for i in range(nf)]
    for i in range(nb + nf):
        d = month(i - nb)
        if mt is MeasureType.PROPORTION:
            den = int(r.choice([6, 20, 120])) if r.random() < 0.9 else int(r.integers(1, 400))
            p = min(0.98, max(0.02, 0.4 + 0.1 * shift * after[i]))
            x = int(r.binomial(den, p))
            rows.append(Measurement(uuid_of(seed), d, 100.0 * x / den, numerator=float(x), denominator=float(den)))
        elif mt is MeasureType.RATE:
            den = int(r.integers(500, 6000))
            x = int(r.poisson(den * max(0.0002, 0.002 + 0.0005 * shift * after[i])))
            rows.append(Measurement(uuid_of(seed), d, 1000.0 * x / den, numerator=float(x), denominator=float(den)))
        elif mt is MeasureType.COUNT:
            rows.append(Measurement(uuid_of(seed), d, float(r.poisson(max(0.1, 4 + shift * after[i])))))
        else:
            v = round(float(10 + shift * after[i] + r.normal(0, 1)), 2)
            if seed % 10 == 0:
                rows.append(Measurement(uuid_of(seed), d, v, n=int(r.integers(5, 80)), sd=float(r.uniform(0.5, 3))))
            else:
                rows.append(Measurement(uuid_of(seed), d, v))
    values = [m.value for m in rows[:nb]] or [10.0]
    spread = float(np.std(values)) + 0.5
    target = float(np.mean(values) + direction.sign * r.choice([0.5, 2, 5]) * spread * r.choice([1, 1, -1]))
    kw["target_value"] = round(target, 2) if r.random() < 0.85 else None
    ind = indicator(mt, direction, **kw)
    rows = [Measurement(ind.id, m.date, m.value, n=m.n, sd=m.sd, numerator=m.numerator, denominator=m.denominator)
            for m in rows]
    return ind, rows


def uuid_of(seed: int):
    import uuid

    return uuid.UUID(int=seed + 1)


@pytest.mark.parametrize("block", range(6))
def test_generated_series_at_every_cut_off_date(block):
    checked = 0
    for seed in range(block * 50, block * 50 + 50):
        ind, rows = _generated(seed)
        checked += walk(ind, rows, START, f"seed {seed}")
    assert checked > 200
