"""Golden output of the analysis engine: what ``analyses_to_json`` says, and what the GUI and the PDF read
beside it (points, per-point control limits, signal positions, a digest of the chart spec), for fixed inputs.

The inputs are the demo trials, three synthetic trials shaped like ``bench/bench_analysis.py``'s (20
indicators each, a mix of measure types, half with a shift), and one trial of awkward inputs (duplicate
dates, missing and non-finite values, unsorted rows, integers, bad n/sd, partial numerators, a manual
baseline, very short series). ``test_golden.py`` compares a fresh run with the stored file exactly:
floats are written with ``repr`` (which round-trips) and compared with ``==``.

Regenerate (only when a change of result is intended, in its own commit): ``uv run python -m tests.analysis.golden``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import uuid
from pathlib import Path

import numpy as np

from effektmaaling.analysis import TrialAnalysis, analyse_trial
from effektmaaling.analysis.chart import build_chart_spec
from effektmaaling.analysis.render import analyses_to_json
from effektmaaling.domain.entities import Assessment, Indicator, Measurement, Trial
from effektmaaling.domain.enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    IndicatorKind,
    MeasureType,
    Verdict,
)

FIXTURE = Path(__file__).with_name("golden_analysis.json")
KINDS = (MeasureType.VALUE, MeasureType.VALUE, MeasureType.PROPORTION, MeasureType.COUNT, MeasureType.RATE)


def synthetic_trials(trials: int = 3, indicators: int = 20, points: int = 40, seed: int = 7) -> list[tuple]:
    """Trials like the benchmark's (weekly points, a third before the start; half the indicators shift)."""
    rng = np.random.default_rng(seed)
    lines = list(BottomLine)
    out = []
    for t in range(trials):
        start = dt.date(2013, 1, 1) + dt.timedelta(days=7 * t)
        trial = Trial(name=f"Syntetisk {t}", start_date=start, id=uuid.UUID(int=9000 + t))
        first = start - dt.timedelta(weeks=points // 3)
        dates = [first + dt.timedelta(weeks=i) for i in range(points)]
        after = np.array([d >= start for d in dates])
        inds, ms = [], {}
        for i in range(indicators):
            mt = KINDS[i % len(KINDS)]
            shift = (i % 2) * 1.0
            ind = Indicator(trial_id=trial.id, name=f"Indikator {i}", bottom_line=lines[i % 5], measure_type=mt,
                            kind=IndicatorKind.EFFECT, direction=Direction.INCREASE if i % 3 else Direction.DECREASE,
                            target_value=60.0 if i % 4 else 45.0, rate_per=1000.0, decimals=i % 3,
                            unit="" if i % 7 else "timer", id=uuid.UUID(int=(9000 + t) * 1000 + i))
            rows = []
            if mt is MeasureType.PROPORTION:
                den = rng.integers(80, 120, points)
                num = rng.binomial(den, 0.4 + 0.1 * shift * after)
                rows = [Measurement(ind.id, d, 100.0 * x / n, numerator=float(x), denominator=float(n))
                        for d, x, n in zip(dates, num, den, strict=True)]
            elif mt is MeasureType.RATE:
                den = rng.integers(4000, 5000, points)
                num = rng.poisson(den * (2.0 - 0.5 * shift * after) / 1000)
                rows = [Measurement(ind.id, d, 1000.0 * x / n, numerator=float(x), denominator=float(n))
                        for d, x, n in zip(dates, num, den, strict=True)]
            elif mt is MeasureType.COUNT:
                rows = [Measurement(ind.id, d, float(x)) for d, x in zip(dates, rng.poisson(4 + 2 * shift * after),
                                                                        strict=True)]
            else:
                values = 50 + 3 * shift * after + rng.normal(0, 2, points)
                stats = i % 5 == 0
                rows = [Measurement(ind.id, d, round(float(v), 2), n=60 if stats else None, sd=8.0 if stats else None)
                        for d, v in zip(dates, values, strict=True)]
            inds.append(ind)
            ms[ind.id] = rows
        assessments = [Assessment(trial_id=trial.id, bottom_line=BottomLine.SERVICE, verdict=Verdict.PLUS)]
        out.append((trial, inds, ms, assessments))
    return out


def _month(i: int, start: dt.date) -> dt.date:
    y, m = divmod(start.month - 1 + i, 12)
    return dt.date(start.year + y, m + 1, 1)


def awkward_trial() -> tuple:
    """Inputs the cleaning and the fallbacks must handle (one indicator per case)."""
    start = dt.date(2014, 1, 1)
    trial = Trial(name="Skæve data", start_date=start, id=uuid.UUID(int=77))
    stamp = dt.datetime(2014, 6, 1, 12, 0)
    inds: list[Indicator] = []
    ms: dict[uuid.UUID, list[Measurement]] = {}

    def add(name: str, mt: MeasureType, rows: list[tuple], **kw: object) -> None:
        kw.setdefault("kind", IndicatorKind.EFFECT)
        ind = Indicator(trial_id=trial.id, name=name, measure_type=mt, bottom_line=BottomLine.PRODUCTIVITY,
                        id=uuid.UUID(int=77_000 + len(inds)), **kw)  # type: ignore[arg-type]
        inds.append(ind)
        ms[ind.id] = [Measurement(ind.id, d, v, **extra) for d, v, extra in rows]

    vals = [10.0, 11.5, 9.8, 10.2, 10.9, 10.1, 12.5, 13.1, 12.8, 13.4, 12.9, 13.3, 13.0]
    plain = [(_month(i - 6, start), v, {}) for i, v in enumerate(vals)]
    add("Sorteret", MeasureType.VALUE, plain, target_value=14.0)
    add("Usorteret med heltal", MeasureType.VALUE,
        [(d, round(v) if i % 3 == 0 else v, {}) for i, (d, v, _) in enumerate(plain)][::-1],
        direction=Direction.DECREASE, target_value=8.0, decimals=2)
    dup = [*plain, (plain[3][0], 99.0, {"updated_at": stamp}), (plain[8][0], -5.0, {"updated_at": dt.datetime(2000, 1, 1)}),
           (plain[9][0], 7.0, {})]
    add("Dubletter", MeasureType.VALUE, dup, target_value=12.0)
    bad = [*plain, (_month(8, start), math.nan, {}), (_month(9, start), None, {}), (_month(10, start), math.inf, {}),
           (_month(11, start), True, {}), (_month(12, start), np.float64(12.25), {})]
    add("Ugyldige værdier", MeasureType.VALUE, bad)
    add("Dårlige n og sd", MeasureType.VALUE,
        [(d, v, {"n": [40, 0, None, 2.0, math.nan][i % 5], "sd": [3.0, -1.0, None, math.inf, 2.5][i % 5]})
         for i, (d, v, _) in enumerate(plain)])
    add("Andel med huller", MeasureType.PROPORTION,
        [(d, v * 4, {"numerator": (v * 4 / 100 * 50) if i % 4 else None, "denominator": 50.0 if i % 5 else None})
         for i, (d, v, _) in enumerate(plain)], target_value=55.0)
    add("Andel 0 %", MeasureType.PROPORTION,
        [(d, 0.0 if i < 6 else 10.0, {"numerator": 0.0 if i < 6 else 5.0, "denominator": 50.0})
         for i, (d, _, _) in enumerate(plain)], target_value=20.0)
    add("Rate uden hændelser", MeasureType.RATE,
        [(d, 0.0, {"numerator": 0.0, "denominator": 1000.0}) for d, _, _ in plain[:6]]
        + [(d, 2.0, {"numerator": 2.0, "denominator": 1000.0}) for d, _, _ in plain[6:]], rate_per=1000.0)
    add("Rate med brøker", MeasureType.RATE,
        [(d, v, {"numerator": v * 10.5, "denominator": 1000.0}) for d, v, _ in plain], rate_per=100.0)
    add("Manuel baseline", MeasureType.VALUE, plain[6:], baseline_value=10.0, target_value=12.0)
    add("Ingen baseline", MeasureType.VALUE, plain[6:])
    add("Kun baseline", MeasureType.COUNT, plain[:6])
    add("Ét punkt", MeasureType.VALUE, plain[5:6])
    add("Tom", MeasureType.VALUE, [])
    add("Alle ens", MeasureType.VALUE, [(d, 5.0, {}) for d, _, _ in plain])
    add("Baseline slutter senere", MeasureType.VALUE, plain, baseline_end_date=_month(2, start) - dt.timedelta(days=1),
        target_value=13.0)
    add("Uændret", MeasureType.VALUE, [(d, 10.0 if i != 3 else 10.5, {}) for i, (d, _, _) in enumerate(plain)])
    add("Proces", MeasureType.VALUE, plain, kind=IndicatorKind.PROCESS)
    small = [0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1]  # one citizen a month: expected counts below 5 (Fisher's test)
    add("Små tal", MeasureType.PROPORTION,
        [(d, 100.0 * x, {"numerator": float(x), "denominator": 1.0}) for (d, _, _), x in zip(plain, small, strict=True)],
        target_value=50.0)
    add("Indtastet baseline, andel", MeasureType.PROPORTION,
        [(d, 100.0 * x / 40, {"numerator": float(x), "denominator": 40.0}) for (d, _, _), x in
         zip(plain[6:], [18, 22, 21, 25, 24, 23, 26], strict=True)], baseline_value=40.0, target_value=60.0)
    add("Seneste måling som nu", MeasureType.VALUE, plain, target_value=14.0, current_period=CurrentPeriod.LATEST)
    return trial, inds, ms, []


def _point(p: object) -> list:
    return [p.date.isoformat(), p.value, p.n, p.sd, p.numerator, p.denominator, p.baseline]  # type: ignore[attr-defined]


def detail(ta: TrialAnalysis) -> list[dict]:
    """What the JSON leaves out and the chart and report read."""
    out = []
    for a in ta.indicators:
        spec = build_chart_spec(a, [], ta.start_date)
        out.append({
            "id": str(a.indicator_id),
            "points": [_point(p) for p in a.points],
            "lcl_points": list(a.spc.lcl_points) if a.spc else None,
            "ucl_points": list(a.spc.ucl_points) if a.spc else None,
            "signals": [[s.index, s.date.isoformat(), s.rule, s.meaning.value] for s in a.spc.signals] if a.spc else None,
            "n_baseline": a.spc.n_baseline if a.spc else None,
            "status_label": a.status_label.as_dict(),
            "chart_sha256": hashlib.sha256(repr(spec).encode()).hexdigest(),  # the spec repeats the points
        })
    return out


def analyses(bundles: list[tuple]) -> list[TrialAnalysis]:
    return [analyse_trial(t, inds, ms, assessments) for t, inds, ms, assessments in bundles]


def demo_bundles(db_path: Path) -> list[tuple]:
    from effektmaaling.services import Workspace

    ws = Workspace.open(db_path, readonly=True)
    try:
        out = []
        for t in ws.trials():
            b = ws.bundle(t.id)
            out.append((b.trial, b.indicators, b.measurements, b.assessments))
        return out
    finally:
        ws.close()


def golden(db_path: Path) -> dict:
    """The whole golden document, as JSON-compatible data (floats as Python floats)."""
    groups = {"demo": demo_bundles(db_path), "synthetic": synthetic_trials(), "awkward": [awkward_trial()]}
    doc = {}
    for name, bundles in groups.items():
        res = analyses(bundles)
        doc[name] = {"json": analyses_to_json(res), "detail": [detail(ta) for ta in res]}
    return json.loads(json.dumps(doc))  # tuples -> lists, as read back from the file


def main() -> None:
    import tempfile

    from effektmaaling.services.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        doc = golden(write_demo(Path(tmp) / "demo.db"))
    FIXTURE.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
