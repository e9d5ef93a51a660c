"""Numbers and dates in the user's language (Danish ``1.234,5`` and ``31-12-2014`` by default).

Formatting uses Babel's CLDR data; parsing accepts what Danish offices type and paste.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import ValidationError
from .i18n import Text, current_language

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

_BABEL_LOCALE = {"da": "da_DK", "en": "en_GB"}
_DATE_FORMAT = {"da": "%d-%m-%Y", "en": "%d %b %Y"}


@cache
def _numbers() -> ModuleType:
    """``babel.numbers``, imported when first needed: the program's window shows before any number."""
    import babel.numbers

    return babel.numbers


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


def _loc(lang: str | None) -> Locale:
    """The Babel locale, parsed once (Babel re-parses locale names and patterns on every call)."""
    return _locale(_BABEL_LOCALE[lang or current_language()])


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> NumberPattern:
    return _numbers().parse_pattern(pattern)


MINUS = "\u2212"  # the minus sign readers see (a hyphen is for typing, editing and files)
NBSP = "\u00a0"  # between a number and its unit: the two never part at a line break


def format_number(value: float | None, decimals: int = 1, lang: str | None = None, *, sign: bool = False,
                  typing: bool = False) -> str:
    """``1234.5 -> '1.234,5'`` in Danish, ``-2.5 -> '−2,5'`` with the minus sign (U+2212) readers expect.
    ``typing=True`` keeps the hyphen-minus: for fields and cells the user edits, copies and pastes into
    spreadsheets. ``None`` and NaN give an en dash."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    decimals = max(0, int(decimals))
    rounded = round(value, decimals)
    # A value that rounds to zero has no sign ("0,0", never "-0,0").
    return _number_text(rounded + 0.0, decimals, sign and rounded != 0, typing, lang or current_language())


@lru_cache(maxsize=8192, typed=True)
def _number_text(rounded: float, decimals: int, sign: bool, typing: bool, lang: str) -> str:
    """Babel's text of a number already rounded to ``decimals`` (what :func:`format_number` shows), kept:
    the text depends only on these arguments, and the same rounded values come back again and again (a
    level of 53,9, a change of +1,2), while Babel's formatting takes ~6-10 µs a number. ``typed``: a numpy
    float is formatted from its own ``str``, kept apart from a Python float of the same value."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    if sign:
        pattern = f"+{pattern};-{pattern}"
    text = _numbers().format_decimal(rounded, format=_pattern(pattern), locale=_loc(lang))
    text = text.replace("\u2212", "-")  # Babel's minus differs between locales: one sign for each purpose
    return text if typing else text.replace("-", MINUS)


def format_number_exact(value: float | None, lang: str | None = None) -> str:
    """A number as it is edited: every significant digit of the stored value (``3.93 -> '3,93'``, never
    rounded to the shown decimals), thousands grouped, the hyphen-minus. Reading the text back gives the
    same float, so opening a field and leaving it unchanged changes nothing. ``None`` gives ``''``."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    exact = format(Decimal(repr(float(value))), "f")  # the shortest text that reads back as the same float
    decimals = len(exact.split(".")[1].rstrip("0")) if "." in exact else 0
    return format_number(float(value), decimals, lang, typing=True)


def format_percent_value(fraction: float | None, decimals: int = 0, lang: str | None = None, *, sign: bool = False) -> str:
    """``-0.35 -> '−35\u00a0%'`` in Danish (a no-break space before %), ``'−35%'`` in English."""
    if fraction is None or not math.isfinite(fraction):
        return "–"
    if round(fraction * 100, decimals) == 0:
        fraction = 0.0  # never "-0 %"
    decimals = int(decimals)
    # Babel shows the fraction's decimal text times 100, rounded half to even to the decimals: that rounded
    # percentage (with its sign, also of a "-0") is all the text depends on, and it recurs far more often
    # than the fraction itself.
    shown = Decimal(str(fraction)).scaleb(2).quantize(Decimal(1).scaleb(-max(decimals, 0)))
    return _percent_text(format(shown, "f"), decimals, sign and fraction != 0, lang or current_language())


@lru_cache(maxsize=4096)
def _percent_text(shown: str, decimals: int, sign: bool, lang: str) -> str:
    """Babel's text of a percentage already rounded (``shown``, as decimal text): the rounded value given
    back as a fraction (``scaleb`` only moves the decimal point) is formatted exactly as the fraction was."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    if sign:
        pattern = f"+{pattern};-{pattern}"
    text = _numbers().format_percent(Decimal(shown).scaleb(-2), format=_pattern(pattern), locale=_loc(lang))
    text = text.replace("\u2212", "-").replace("-", MINUS)
    if lang == "da":
        text = text.replace(" %", NBSP + "%")
        if not text.endswith(NBSP + "%"):
            text = text[:-1] + NBSP + "%"
    return text


def format_p_value(p: float | None, lang: str | None = None) -> str:
    """p-values as readers expect them: ``p = 0,003``, ``p < 0,001`` (no-break spaces: never split)."""
    if p is None or not math.isfinite(p):
        return "–"
    if p < 0.001:
        return f"p{NBSP}<{NBSP}" + format_number(0.001, 3, lang)
    return f"p{NBSP}={NBSP}" + format_number(p, 3 if p < 0.01 else 2, lang)


# Plural → singular of the units the program's users write ("+1 klage", "1 møde pr. måned").
_SINGULAR_DA = {
    "klager": "klage", "møder": "møde", "timer": "time", "dage": "dag", "uger": "uge", "måneder": "måned",
    "borgere": "borger", "sager": "sag", "henvendelser": "henvendelse", "personer": "person",
    "medarbejdere": "medarbejder", "afgørelser": "afgørelse", "ansøgninger": "ansøgning", "hændelser": "hændelse",
    "anbringelser": "anbringelse", "samtaler": "samtale", "aktiviteter": "aktivitet", "kroner": "krone",
    "minutter": "minut", "episoder": "episode", "indlæggelser": "indlæggelse", "planer": "plan",
    "besøg": "besøg", "fald": "fald", "point": "point",
}
_SCALE = re.compile(r"^(?:score|skala|scale|point|points)?\s*\(?\s*(\d+)\s*[-–]\s*(\d+)\s*\)?$", re.IGNORECASE)


def unit_text(unit: str | None, number: str = "", lang: str | None = None) -> str:
    """The unit as readers see it after ``number``: a score's range as ``(skala 0–10)``, the singular after
    exactly one (``+1 klage``, ``1 hour``), ``%`` as it is; the rest as typed."""
    unit = (unit or "").strip()
    lang = lang or current_language()
    if not unit or unit == "%":
        return unit
    scale = _SCALE.match(unit)
    if scale:
        return f"({'skala' if lang == 'da' else 'scale'} {scale[1]}–{scale[2]})"
    if number.lstrip("+-" + MINUS) == "1":
        first, _, rest = unit.partition(" ")
        one = _SINGULAR_DA.get(first.lower())  # a unit is typed in Danish, whatever language the text is in
        if one is not None:
            first = one if first.islower() else one.capitalize()
        elif lang == "en" and first.endswith("s") and not first.endswith("ss") and len(first) > 2:
            first = first[:-1]
        unit = f"{first} {rest}" if rest else first
    return unit


def bracket(text: str, aside: str) -> str:
    """``text (aside)``, or ``6,3 (skala 0–10; aside)`` when the text already ends in a bracket."""
    if not aside:
        return text
    return f"{text[:-1]}; {aside})" if text.endswith(")") else f"{text} ({aside})"


def with_unit(number: str, unit: str | None, lang: str | None = None) -> str:
    """``'6,3'`` and ``'score 0-10'`` → ``'6,3 (skala 0–10)'``; a no-break space joins the number and its unit
    (``85 %``, ``4,8 timer pr. uge``); English writes ``85%``. An en dash (no value) stays bare."""
    if number == "–":
        return number
    lang = lang or current_language()
    shown = unit_text(unit, number, lang)
    if not shown:
        return number
    if shown == "%":
        return number + (NBSP + "%" if lang == "da" else "%")
    return f"{number}{NBSP}{shown}"


def is_percent_unit(unit: str | None) -> bool:
    """A unit that is a percentage (``%``, ``% af arbejdsdage``, ``procent``): a change in it is in
    percentage points (»+2,2 procentpoint«, not »+2,2 % af arbejdsdage«, which reads as per cent of it)."""
    words = (unit or "").strip().casefold().split()
    return bool(words) and (words[0].startswith("%") or words[0] in {"procent", "pct.", "pct", "percent"})


def level_decimals(before: float | None, after: float | None, decimals: int) -> int:
    """The decimals to show two different levels with, so that they never read as the same: not
    »4 → 4 · +1« for 3,8 → 4,4. The indicator's own ``decimals`` when they already differ, at most three more."""
    if before is None or after is None or not (math.isfinite(before) and math.isfinite(after)) or before == after:
        return decimals
    shown = max(decimals, 0)
    while shown < decimals + 3 and round(before, shown) == round(after, shown):
        shown += 1
    return shown


def format_date(value: dt.date | None, lang: str | None = None) -> str:
    if value is None:
        return "–"
    if (lang or current_language()) == "da":
        return value.strftime(_DATE_FORMAT["da"])
    return f"{value.day} {value.strftime('%b %Y')}"


_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),  # ISO 8601
    re.compile(r"^(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})$"),  # 31-12-2014, 31.12.2014, 31/12/2014
    re.compile(r"^(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{2})$"),  # 31-12-14
)


def parse_date(text: str, *, field: str = "date") -> dt.date:
    """Parse a date typed or pasted by a Danish user: ``31-12-2014``, ``31.12.2014``, ``2014-12-31``.

    Raises :class:`ValidationError` naming the field when the text is not a valid date.
    """
    s = (text or "").strip()
    if "T" in s and re.match(r"^\d{4}-\d{2}-\d{2}T", s):
        s = s.split("T", 1)[0]
    elif " " in s and re.match(r"^\d{4}-\d{2}-\d{2} \d", s):
        s = s.split(" ", 1)[0]
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s)
        if m:
            year = int(m["y"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            try:
                return dt.date(year, int(m["m"]), int(m["d"]))
            except ValueError:
                break
    raise ValidationError(
        Text(
            f"»{text}« er ikke en gyldig dato; skriv fx 31-12-2014",
            f"'{text}' is not a valid date; write e.g. 31-12-2014 or 2014-12-31",
        ),
        field=field,
    )


# Space, no-break space, thin space, narrow no-break space, figure space.
_GROUP_SPACES = (" ", "\xa0", "\u2009", "\u202f", "\u2007")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?([eE][+-]?\d+)?$")
# The common case, read without Babel: digits with the language's own decimal mark and no grouping.
_SIMPLE_NUMBER = {"da": re.compile(r"^[+-]?\d+(,\d+)?$"), "en": re.compile(r"^[+-]?\d+(\.\d+)?$")}


def parse_number(text: str, lang: str | None = None, *, field: str = "value") -> float:
    """Parse a number in the user's format (``1.234,5`` and ``12,5`` in Danish; ``1,234.5`` in English).

    The rule for the other language's separator (in Danish the dot): followed by exactly three digits it
    is a thousands separator (``1.234`` is 1234, as Danes write it); otherwise it is read as the decimal
    mark (``4.5`` is 4,5: a value typed or pasted from English software). Both readings can surprise:
    :func:`number_reading` says which one was made, for the interface to show before the value is saved.
    """
    lang = lang or current_language()
    if text and _SIMPLE_NUMBER[lang].match(text):
        return _finite(float(text.replace(",", ".") if lang == "da" else text), text, field)
    raw = (text or "").strip().replace("\u2212", "-")
    for space in _GROUP_SPACES:  # thousands separators typed or pasted as spaces
        raw = raw.replace(space, "")
    if raw:
        # Unambiguous decimal point/comma: exactly one separator and not a group of three digits.
        m = re.match(r"^[+-]?\d+([.,])(\d+)$", raw)
        if m and len(m.group(2)) != 3:
            try:
                return _finite(float(raw.replace(",", ".")), text, field)
            except ValueError:
                pass
        try:
            value = _numbers().parse_decimal(raw, locale=_loc(lang), strict=True)
            return _finite(float(value), text, field)
        except (InvalidOperation, ValueError):  # babel's NumberFormatError is a ValueError
            pass
        if _PLAIN_NUMBER.match(raw):
            try:
                return _finite(float(Decimal(raw.replace(",", "."))), text, field)
            except (InvalidOperation, ValueError):
                pass
    raise ValidationError(
        Text(
            f"»{text}« er ikke et tal; skriv fx 12,5 eller 1.234,5",
            f"'{text}' is not a number; write e.g. 12.5 or 1,234.5",
        ),
        field=field,
    )


_ONE_SEPARATOR = {"da": re.compile(r"^[+-]?\d+\.(\d+)$"), "en": re.compile(r"^[+-]?\d+,(\d+)$")}


def number_reading(text: str, lang: str | None = None) -> Text | None:
    """How :func:`parse_number` read a number whose one separator is the other language's (``1.234`` or
    ``4.5`` in Danish), to show the user: "»1.234« læses som 1.234 (tusind) …". None when the text is
    unambiguous (or not a number)."""
    lang = lang or current_language()
    raw = (text or "").strip()
    m = _ONE_SEPARATOR[lang].match(raw)
    if not m:
        return None
    try:
        value = parse_number(raw, lang)
    except ValidationError:
        return None
    digits = len(m.group(1))
    if digits == 3:  # a thousands separator
        da = (f"»{raw}« læses som {value:.0f} (punktum før tre cifre er tusindtalsseparator); "
              f"mente du et decimaltal, så skriv {raw.replace('.', ',')}")
        en = (f"'{raw}' is read as {value:.0f} (a comma before three digits separates "
              f"thousands); for a decimal number write {raw.replace(',', '.')}")
    else:
        da = f"»{raw}« læses som {format_number(value, digits, 'da')} (punktum læses som decimalkomma)"
        en = f"'{raw}' is read as {format_number(value, digits, 'en')} (the comma is read as the decimal point)"
    return Text(da, en)


def _finite(value: float, text: str, field: str) -> float:
    if not math.isfinite(value):
        raise ValidationError(
            Text(f"»{text}« er ikke et endeligt tal", f"'{text}' is not a finite number"), field=field
        )
    return value
