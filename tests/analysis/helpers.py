"""Build indicators and measurements in memory (domain dataclasses), as the analysis receives them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from effektmaaling.domain.entities import Indicator, Measurement
from effektmaaling.domain.enums import BottomLine, Direction, IndicatorKind, MeasureType

START = dt.date(2013, 1, 1)


def month(i: int, start: dt.date = START) -> dt.date:
    """The first day of the i-th month relative to ``start`` (negative = before)."""
    y, m = divmod(start.month - 1 + i, 12)
    return dt.date(start.year + y, m + 1, 1)


def indicator(measure_type: MeasureType = MeasureType.VALUE, direction: Direction = Direction.INCREASE,
              **kw: object) -> Indicator:
    kw.setdefault("bottom_line", BottomLine.SERVICE)
    kw.setdefault("kind", IndicatorKind.EFFECT)
    return Indicator(trial_id=uuid.UUID(int=1), name=str(kw.pop("name", "Test")), measure_type=measure_type,
                     direction=direction, **kw)  # type: ignore[arg-type]


def series(ind: Indicator, baseline: Sequence[float], follow: Sequence[float], **per_point: Sequence) -> list[Measurement]:
    """Monthly measurements: ``baseline`` before START, ``follow`` from START on.

    ``per_point`` gives extra columns (n, sd, numerator, denominator) over the whole series."""
    values = list(baseline) + list(follow)
    nb = len(baseline)
    out = []
    for i, v in enumerate(values):
        extra = {k: col[i] for k, col in per_point.items()}
        out.append(Measurement(indicator_id=ind.id, date=month(i - nb), value=v, **extra))
    return out


def counts_series(ind: Indicator, num: Sequence[float], den: Sequence[float], nb: int, per: float = 100.0) -> list[Measurement]:
    """Proportion (value = 100 num/den) or rate (value = num/den * per) measurements; the first ``nb`` are baseline."""
    factor = 100.0 if ind.measure_type is MeasureType.PROPORTION else per
    return [Measurement(indicator_id=ind.id, date=month(i - nb), value=x / d * factor, numerator=x, denominator=d)
            for i, (x, d) in enumerate(zip(num, den, strict=True))]
