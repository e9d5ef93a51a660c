"""The effect-measurement model: entities, enumerations, validation and errors (plain Python)."""

from .entities import Assessment, ChangeLogEntry, Indicator, Measurement, Milestone, Trial, new_id
from .enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    TrialVerdict,
    Verdict,
)
from .errors import ConflictError, DomainError, NotFoundError, StorageError, ValidationError
from .i18n import Text, current_language, set_language

__all__ = [
    "Assessment",
    "BottomLine",
    "ChangeLogEntry",
    "ConflictError",
    "CurrentPeriod",
    "Direction",
    "DomainError",
    "Frequency",
    "Indicator",
    "IndicatorKind",
    "MeasureType",
    "Measurement",
    "Milestone",
    "NotFoundError",
    "Stakeholder",
    "StorageError",
    "Text",
    "Trial",
    "TrialStatus",
    "TrialVerdict",
    "ValidationError",
    "Verdict",
    "current_language",
    "new_id",
    "set_language",
]
