"""The entities of the effect-measurement model as plain dataclasses.

They carry no database code: the storage layer maps them onto tables (SQLAlchemy imperative
mapping), and analysis, reports and the UI read them as ordinary Python objects.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import NamedTuple, overload

from .enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    Verdict,
)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def utcnow() -> dt.datetime:
    """Current time in UTC without tzinfo (SQLite stores naive timestamps; all of ours are UTC)."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


@dataclass(eq=False)
class Trial:
    """A free-centre trial (fricenterforsøg) or other innovation project."""

    name: str
    start_date: dt.date
    unit: str = ""
    purpose: str = ""
    target_group: str = ""
    theory_of_change: str = ""  # Markdown: problem, activities, expected change
    end_date: dt.date | None = None
    status: TrialStatus = TrialStatus.ACTIVE
    contact_person: str = ""
    is_demo: bool = False  # illustrative figures, not real data
    archived: bool = False
    id: uuid.UUID = field(default_factory=new_id)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(eq=False)
class Indicator:
    """Something the trial measures, with its baseline, target and bottom line."""

    trial_id: uuid.UUID
    name: str
    bottom_line: BottomLine
    kind: IndicatorKind = IndicatorKind.EFFECT
    stakeholder: Stakeholder = Stakeholder.CITIZEN
    measure_type: MeasureType = MeasureType.VALUE
    direction: Direction = Direction.INCREASE
    description: str = ""
    unit: str = ""
    decimals: int = 1
    valid_min: float | None = None
    valid_max: float | None = None
    baseline_value: float | None = None  # typed baseline, used when no measurement is in the baseline period
    baseline_end_date: dt.date | None = None  # last day of the baseline (inclusive); else the day before the trial start
    target_value: float | None = None
    target_date: dt.date | None = None
    data_source: str = ""
    frequency: Frequency = Frequency.MONTHLY
    display_order: int = 0
    theme: str = ""
    rate_per: float = 1.0  # rates: value = numerator / denominator * rate_per
    current_period: CurrentPeriod = CurrentPeriod.LAST_12_MONTHS  # what the "nu" level is made of
    id: uuid.UUID = field(default_factory=new_id)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(eq=False)
class Measurement:
    """One point of an indicator's series. For proportions and rates the value is derived."""

    indicator_id: uuid.UUID
    date: dt.date
    value: float | None = None
    n: int | None = None
    sd: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    comment: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class MeasurementValues(NamedTuple):
    """The values of a stored measurement as the analysis reads them: a light, read-only row (no id, no
    comment, no change tracking), for reading whole trials or databases fast and in little memory.
    ``updated_at`` is left out (None): a date occurs once per indicator in a database."""

    date: dt.date
    value: float
    n: int | None
    sd: float | None
    numerator: float | None
    denominator: float | None
    updated_at: dt.datetime | None = None


class MeasurementColumns(Sequence[MeasurementValues]):
    """A stored indicator's measurements as columns, sorted by date: one tuple per field (``dates``,
    ``values``, ``n``, ``sd``, ``numerator``, ``denominator``), as the database returns them, for the analysis
    of many trials (which reads columns). Also a read-only sequence of :class:`MeasurementValues` rows, made
    when asked for."""

    __slots__ = ("dates", "denominator", "n", "numerator", "sd", "values")

    def __init__(self, dates: Sequence[dt.date], values: Sequence[float], n: Sequence[int | None],
                 sd: Sequence[float | None], numerator: Sequence[float | None],
                 denominator: Sequence[float | None]) -> None:
        self.dates, self.values, self.n, self.sd = dates, values, n, sd
        self.numerator, self.denominator = numerator, denominator

    def __len__(self) -> int:
        return len(self.dates)

    def __iter__(self) -> Iterator[MeasurementValues]:
        return map(MeasurementValues, self.dates, self.values, self.n, self.sd, self.numerator, self.denominator)

    @overload
    def __getitem__(self, i: int) -> MeasurementValues: ...

    @overload
    def __getitem__(self, i: slice) -> list[MeasurementValues]: ...

    def __getitem__(self, i: int | slice) -> MeasurementValues | list[MeasurementValues]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return MeasurementValues(self.dates[i], self.values[i], self.n[i], self.sd[i], self.numerator[i],
                                 self.denominator[i])


@dataclass(eq=False)
class Milestone:
    trial_id: uuid.UUID
    date: dt.date
    text: str
    id: uuid.UUID = field(default_factory=new_id)
    phase_change: bool = False  # "ny praksis": the run and control charts start a new phase here


@dataclass(eq=False)
class Assessment:
    """The team's qualitative assessment of one bottom line (what numbers cannot show)."""

    trial_id: uuid.UUID
    bottom_line: BottomLine
    verdict: Verdict
    justification: str = ""
    evidence: str = ""
    date: dt.date | None = None
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(eq=False)
class ChangeLogEntry:
    at: dt.datetime
    user: str
    action: str  # insert | update | delete | import | merge
    entity: str
    entity_id: str
    trial_id: str | None
    before: dict | None
    after: dict | None
    id: int | None = None


ENTITY_TYPES = (Trial, Indicator, Measurement, Milestone, Assessment)


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
