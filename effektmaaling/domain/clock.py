"""Today's date as the rules of the model see it: one function, which tests can set.

A measurement records something measured, so its date cannot lie after today (see
:func:`~effektmaaling.domain.validation.check_not_future`). Tests that need a fixed "today" call
:func:`set_today` (and ``set_today(None)`` after) instead of patching the system clock.
"""

from __future__ import annotations

import datetime as dt

_fixed: dt.date | None = None


def today() -> dt.date:
    """The local date today (or the one :func:`set_today` fixed)."""
    return _fixed if _fixed is not None else dt.date.today()


def set_today(day: dt.date | None) -> None:
    """Fix the date :func:`today` gives (None: the real date again)."""
    global _fixed
    _fixed = day
