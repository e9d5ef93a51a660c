"""The effect-measurement model: entities, enumerations, validation and errors (plain Python).

The entities and enumerations are imported when first asked for (``from effektmaaling.domain import
Trial``): a module that needs only the errors or the language (the desktop start, before the window's first
paint) does not pay for ``dataclasses``, ``uuid`` and the entities (~20-100 ms)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


_LAZY = {**dict.fromkeys(("Assessment", "ChangeLogEntry", "Indicator", "Measurement", "Milestone", "Trial", "new_id"),
                         "entities"),
         **dict.fromkeys(("BottomLine", "CurrentPeriod", "Direction", "Frequency", "IndicatorKind", "MeasureType",
                          "Stakeholder", "TrialStatus", "TrialVerdict", "Verdict"), "enums")}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
