"""Privacy guard: citizen data is pseudonymised, so no CPR number may be stored in free text.

The rule (docs/data-safety.md):

1. The text is normalised first: Unicode NFKC (full-width digits become digits, a non-breaking space a
   space), every kind of dash becomes ``-``, every kind of space a space, and invisible characters
   (zero-width space, soft hyphen, word joiner ...) are dropped.
2. A candidate is six digits ``ddmmyy`` (written together or as pairs with the same ``.``, ``-`` or space
   between them), then a separator or none (``-``, ``/``, ``_``, ``.``, spaces, also `` - ``), then four
   digits, with no digit directly before or after it. Letters and hyphens around it do not matter
   (``borger-010190-1234``).
3. It is a CPR number when its first six digits are a valid date with the century the CPR office's
   rule gives from the seventh digit (modulus 11 is not required: many valid numbers fail it), unless
   the words just before it say it is another kind of number (``konto``, ``sag``, ``ordrenr.``, ``kl.``,
   ``tlf.``, ``faktura`` ...). Said to be a CPR number (``CPR``, ``personnummer``) it is refused even then.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import Text

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"), "-")
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u180e\u2061\u2062\u2063\u2064\u00ad")

_CANDIDATE = re.compile(
    r"(?<!\d)(?P<dd>\d{2})(?P<s>[ .-]?)(?P<mm>\d{2})(?P=s)(?P<yy>\d{2})"
    r"(?P<sep> ?[-/_.] ?| {1,3}|)(?P<tail>\d{4})(?!\d)"
)
# Words that say the number is something else (an account, a case, an order, a time, a phone ...).
_OTHER_NUMBER = re.compile(
    r"(?:\b(?:konto|kontonr|kontonummer|reg|regnr|registreringsnr|sag|sags|sagsnr|sagsnummer|journal|journalnr|"
    r"j\.?\s?nr|jnr|ordre|ordrenr|ordrenummer|bestilling|bestillingsnr|faktura|fakturanr|fakturanummer|bilag|"
    r"bilagsnr|kl|klokken|tlf|telefon|telefonnr|mobil|mobilnr|fax|ean|ean-nr|cvr|cvr-nr|se-nr|p-nr|p-nummer|"
    r"varenr|varenummer|løbenr|ref|reference|kvittering|kvitteringsnr|serienr|serienummer|batch|lot|version|"
    r"isbn|issn|ordernr|order|account|case|invoice|ticket|billet|kunde|kundenr|kundenummer|medlemsnr|"
    r"policenr|police|skadesnr|lejemål|lejemålsnr|matrikel|matr|postnr)\b\.?\s*[:#]?\s*"
    r"(?:nr\.?\s*)?(?:\d{1,4}\s+)?)$",
    re.IGNORECASE,
)
_SAID_CPR = re.compile(r"(?:\bcpr|personnummer|personnr|person-nr|\bfødt|\bfoedt)\w*\.?\s*[:#]?\s*(?:nr\.?\s*)?$",
                       re.IGNORECASE)


@dataclass(frozen=True)
class CprFinding:
    """Where a CPR-like number is in the original text (0-based, end exclusive) and how it was written."""

    start: int
    end: int
    separated: bool  # written with a separator between date and serial number


def _century(yy: int, seventh: int) -> int:
    # The CPR office's rule: the 7th digit and the year give the century.
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def normalise(text: str) -> tuple[str, list[int]]:
    """The text as the guard reads it, and for each of its characters the index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        for c in unicodedata.normalize("NFKC", ch).translate(_DASHES):
            if c.isspace():
                c = " "
            elif unicodedata.category(c) == "Nd":
                c = str(unicodedata.digit(c, 0))
            out.append(c)
            where.append(i)
    return "".join(out), where


def _valid_date(dd: int, mm: int, yy: int, seventh: int) -> bool:
    try:
        dt.date(_century(yy, seventh) + yy, mm, dd)
    except ValueError:
        return False
    return True


def find_cpr(text: str | None) -> list[CprFinding]:
    """The CPR-like numbers in ``text`` (see the module's rule)."""
    if not text:
        return []
    norm, where = normalise(text)
    found = []
    for m in _CANDIDATE.finditer(norm):
        before = norm[max(0, m.start() - 40): m.start()]
        said = _SAID_CPR.search(before) is not None
        tail = m["tail"]
        if not said:
            if not _valid_date(int(m["dd"]), int(m["mm"]), int(m["yy"]), int(tail[0])):
                continue
            if _OTHER_NUMBER.search(before):
                continue
        found.append(CprFinding(where[m.start()], where[m.end() - 1] + 1, bool(m["sep"]) or bool(m["s"])))
    return found


def find_cpr_numbers(text: str) -> list[str]:
    """CPR-like numbers found in ``text``, as written there (for tests and tools, never for messages)."""
    return [text[f.start:f.end] for f in find_cpr(text)]


def guard_free_text(value: str | None, field: str) -> None:
    """Refuse a free-text value that holds a CPR number; the message says where, not what."""
    found = find_cpr(value)
    if not found:
        return
    f = found[0]
    more_da = f" (og {len(found) - 1} mere)" if len(found) > 1 else ""
    more_en = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    raise ValidationError(
        Text(
            f"Feltet ser ud til at indeholde et CPR-nummer: tegn {f.start + 1}–{f.end} er en fødselsdato "
            f"(ddmmåå) efterfulgt af fire cifre{more_da}. Data om borgere skal være pseudonymiserede: "
            "fjern nummeret.",
            f"The field appears to contain a CPR number: characters {f.start + 1}–{f.end} are a birth date "
            f"(ddmmyy) followed by four digits{more_en}. Citizen data must be pseudonymised: remove the number.",
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
