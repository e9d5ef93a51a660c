"""Privacy guard: citizen data is pseudonymised, so no CPR number may be stored in free text."""

from __future__ import annotations

import datetime as dt
import re

from .errors import ValidationError
from .i18n import Text

# Six digits (ddmmyy), optional hyphen or space, four digits; not part of a longer number.
_CPR = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])")


def _century(yy: int, seventh: int) -> int:
    # The CPR office's rule: the 7th digit and the year give the century.
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def find_cpr_numbers(text: str) -> list[str]:
    """CPR-like numbers (valid birth date, with or without hyphen) found in ``text``."""
    found = []
    for m in _CPR.finditer(text or ""):
        dd, mm, yy, tail = int(m[1]), int(m[2]), int(m[3]), m[4]
        try:
            dt.date(_century(yy, int(tail[0])) + yy, mm, dd)
        except ValueError:
            continue
        found.append(m.group(0))
    return found


def guard_free_text(value: str | None, field: str) -> None:
    """Refuse a free-text value that holds a CPR number."""
    if value and find_cpr_numbers(value):
        raise ValidationError(
            Text(
                "Feltet ser ud til at indeholde et CPR-nummer. Data om borgere skal være "
                "pseudonymiserede: fjern CPR-nummeret.",
                "The field appears to contain a CPR number. Citizen data must be pseudonymised: "
                "remove the CPR number.",
            ),
            field=field,
        )


PRIVACY_NOTE = Text(
    "Skriv aldrig CPR-numre eller borgeres navne i Effektmåling. Data om borgere skal være pseudonymiserede "
    "(fx »borger 12«). Programmet afviser CPR-numre, men kan ikke genkende navne: det er dit ansvar.",
    "Never write CPR numbers or citizens' names in Effektmåling. Data about citizens must be pseudonymised "
    "(e.g. 'citizen 12'). The program refuses CPR numbers but cannot recognise names: that is up to you.",
)
"""For the UI help and the tooltips of free-text fields (comments, descriptions, milestones, theory of change)."""
