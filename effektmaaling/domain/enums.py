"""Enumerations of the effect-measurement model.

The string values are the stable names used in the database, the exchange file and JSON output.
Labels for people are in :mod:`effektmaaling.domain.labels`.
"""

from __future__ import annotations

from enum import StrEnum


class IndicatorKind(StrEnum):
    EFFECT = "effect"
    PROCESS = "process"


class Stakeholder(StrEnum):
    CITIZEN = "citizen"
    STAFF = "staff"
    ORGANISATION = "organisation"


class MeasureType(StrEnum):
    VALUE = "value"  # a value or a mean (optionally with n and sd)
    PROPORTION = "proportion"  # numerator / denominator, shown as a percentage
    COUNT = "count"  # a count per period
    RATE = "rate"  # numerator per exposure (denominator), times the indicator's rate_per


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"

    @property
    def sign(self) -> int:
        return 1 if self is Direction.INCREASE else -1


class TrialStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    YEARLY = "yearly"
    AD_HOC = "ad-hoc"


class CurrentPeriod(StrEnum):
    """Which follow-up measurements make the "nu" level the analysis compares with the baseline."""

    LAST_12_MONTHS = "last-12-months"  # the follow-up after the latest measurement's date minus 12 months
    FOLLOW_UP = "follow-up"  # the whole follow-up
    LATEST = "latest"  # the latest measurement only
    LATEST_PHASE = "latest-phase"  # the follow-up since the latest phase change (SPC phases), else all of it


class BottomLine(StrEnum):
    """The five bottom lines (fem bundlinjer) of the Social Administration, in their canonical order."""

    PRODUCTIVITY = "productivity"
    SERVICE = "service"
    POLITICAL = "political"
    LEGAL_RIGHTS = "legal-rights"
    STAFF_WELLBEING = "staff-wellbeing"


class Verdict(StrEnum):
    PLUS = "plus"
    NEUTRAL = "neutral"
    MINUS = "minus"


class TrialVerdict(StrEnum):
    """The trial's overall verdict: a :class:`Verdict`, or incomplete when a bottom line was neither
    measured nor assessed (its members equal the Verdict members of the same value)."""

    PLUS = "plus"
    NEUTRAL = "neutral"
    MINUS = "minus"
    INCOMPLETE = "incomplete"
