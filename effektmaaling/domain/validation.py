"""Rules of the model. Each check raises :class:`ValidationError` naming the field and the problem.

Services call these before any write, so a rejected change never reaches the database.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from enum import Enum

from . import clock
from .entities import Assessment, Indicator, Measurement, Milestone, Trial
from .enums import (
    BottomLine,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    Verdict,
)
from .errors import ValidationError
from .formatting import format_number_exact
from .i18n import Text
from .privacy import guard_free_text

FIELD_LABELS: dict[str, Text] = {
    "name": Text("Navn", "Name"),
    "start_date": Text("Startdato", "Start date"),
    "end_date": Text("Slutdato", "End date"),
    "unit": Text("Enhed", "Unit"),
    "purpose": Text("Formål", "Purpose"),
    "target_group": Text("Målgruppe", "Target group"),
    "theory_of_change": Text("Forandringsteori", "Theory of change"),
    "contact_person": Text("Kontaktperson", "Contact person"),
    "status": Text("Status", "Status"),
    "description": Text("Beskrivelse", "Description"),
    "kind": Text("Type", "Kind"),
    "stakeholder": Text("Interessent", "Stakeholder"),
    "measure_type": Text("Måletype", "Measure type"),
    "direction": Text("Ønsket retning", "Desired direction"),
    "decimals": Text("Decimaler", "Decimals"),
    "valid_min": Text("Mindste gyldige værdi", "Valid minimum"),
    "valid_max": Text("Største gyldige værdi", "Valid maximum"),
    "baseline_value": Text("Baseline", "Baseline"),
    "baseline_end_date": Text("Baseline til og med", "Baseline up to and including"),
    "current_period": Text("Aktuel periode (nu)", "Current period (now)"),
    "target_value": Text("Mål", "Target"),
    "target_date": Text("Måldato", "Target date"),
    "data_source": Text("Datakilde", "Data source"),
    "frequency": Text("Hyppighed", "Frequency"),
    "theme": Text("Tema", "Theme"),
    "bottom_line": Text("Bundlinje", "Bottom line"),
    "rate_per": Text("Rate pr.", "Rate per"),
    "date": Text("Dato", "Date"),
    "value": Text("Værdi", "Value"),
    "n": Text("n", "n"),
    "sd": Text("Spredning (sd)", "Standard deviation (sd)"),
    "numerator": Text("Tæller", "Numerator"),
    "denominator": Text("Nævner", "Denominator"),
    "comment": Text("Kommentar", "Comment"),
    "text": Text("Tekst", "Text"),
    "verdict": Text("Vurdering", "Assessment"),  # the glossary: vurdering = assessment
    "justification": Text("Begrundelse", "Justification"),
    "evidence": Text("Dokumentation", "Evidence"),
}

MIN_DATE = dt.date(1950, 1, 1)
# Every stored number must be one each part of the program can analyse, print and export: the
# statistics square values and the Danish number format rounds through Decimal (28 digits).
MAX_ABS_NUMBER = 1e12
MAX_N = 1_000_000_000
MAX_DATE = dt.date(2100, 12, 31)


def field_label(name: str, lang: str | None = None) -> str:
    text = FIELD_LABELS.get(name)
    return text.get(lang) if text else name


def _error(field: str, da: str, en: str) -> ValidationError:
    label = FIELD_LABELS.get(field, Text(field, field))
    return ValidationError(Text(f"{label.da}: {da}", f"{label.en}: {en}"), field=field)


# Characters that are invisible or change how text around them is shown: a name "FriNoVa" plus a
# zero-width space looks exactly like "FriNoVa"; a right-to-left override reverses what follows.
_BIDI_AND_INVISIBLE = set("\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062"
                          "\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u180e")


def hidden_character(value: str, *, multiline: bool) -> tuple[int, str] | None:
    """The first character not allowed in stored text (position from 1, and the character): control
    characters (NUL, escape ...; line breaks and tabs only in multi-line text), bidirectional overrides,
    zero-width and other invisible format characters, unassigned and private-use code points."""
    for i, ch in enumerate(value, start=1):
        if multiline and ch in "\n\r\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or ch in _BIDI_AND_INVISIBLE:
            return i, ch
        if cat == "Cf" and not multiline:  # in names every format character (soft hyphen, joiners) too
            return i, ch
    return None


def _refuse_hidden(value: str, field: str, *, multiline: bool) -> None:
    found = hidden_character(value, multiline=multiline)
    if found is not None:
        pos, ch = found
        code = f"U+{ord(ch):04X}"
        cat = unicodedata.category(ch)
        if cat == "Cc":
            da, en = "et kontroltegn", "a control character"
        elif unicodedata.bidirectional(ch) in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"):
            da, en = "et tegn, der vender skriveretningen", "a character that reverses the writing direction"
        elif cat in ("Co", "Cn", "Cs"):
            da, en = "et tegn uden betydning (privat eller ikke tildelt)", "a meaningless (private or unassigned) character"
        else:
            da, en = "et usynligt tegn", "an invisible character"
        raise _error(field, f"indeholder {da} ({code}) på plads {pos}; skriv teksten uden det",
                     f"holds {en} ({code}) at position {pos}; write the text without it")


def _required_text(value: object, field: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error(field, "skal udfyldes", "is required")
    if len(value) > max_len:
        raise _error(field, f"må højst være {max_len} tegn", f"must be at most {max_len} characters")
    guard_free_text(value, field)  # first: a CPR number is the more important thing to say
    _refuse_hidden(value, field, multiline=max_len > 200)
    return value.strip()


def _free_text(value: object, field: str, max_len: int = 20000) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise _error(field, "skal være tekst", "must be text")
    if len(value) > max_len:
        raise _error(field, f"må højst være {max_len} tegn", f"must be at most {max_len} characters")
    guard_free_text(value, field)  # first: a CPR number is the more important thing to say
    _refuse_hidden(value, field, multiline=max_len > 200)


def _date(value: object, field: str, required: bool = True) -> None:
    if value is None:
        if required:
            raise _error(field, "skal udfyldes", "is required")
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _error(field, "skal være en dato", "must be a date")
    if not (MIN_DATE <= value <= MAX_DATE):
        raise _error(field, "ligger uden for 1950-2100", "is outside 1950-2100")


def _enum(value: object, cls: type[Enum], field: str) -> None:
    if not isinstance(value, cls):
        try:
            cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)  # type: ignore[attr-defined]
            raise _error(field, f"ukendt værdi »{value}« (tilladt: {allowed})",
                         f"unknown value '{value}' (allowed: {allowed})") from None


def _number(value: object, field: str, required: bool = False) -> None:
    if value is None:
        if required:
            raise _error(field, "skal udfyldes", "is required")
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _error(field, "skal være et tal", "must be a number")
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int too large for a float
        finite = False
    if not finite or abs(value) > MAX_ABS_NUMBER:
        raise _error(field, "er for stort til at kunne bruges (højst 1.000.000.000.000 i absolut værdi)",
                     "is too large to be used (at most 1,000,000,000,000 in absolute value)")


def validate_trial(trial: Trial) -> None:
    trial.name = _required_text(trial.name, "name")
    _date(trial.start_date, "start_date")
    _date(trial.end_date, "end_date", required=False)
    if trial.end_date is not None and trial.end_date <= trial.start_date:
        raise _error("end_date", "skal ligge efter startdatoen", "must be after the start date")
    _enum(trial.status, TrialStatus, "status")
    for name in ("unit", "contact_person"):
        _free_text(getattr(trial, name), name, 200)
    for name in ("purpose", "target_group", "theory_of_change"):
        _free_text(getattr(trial, name), name)


def validate_indicator(ind: Indicator) -> None:
    ind.name = _required_text(ind.name, "name")
    _enum(ind.kind, IndicatorKind, "kind")
    _enum(ind.stakeholder, Stakeholder, "stakeholder")
    _enum(ind.measure_type, MeasureType, "measure_type")
    _enum(ind.direction, Direction, "direction")
    _enum(ind.frequency, Frequency, "frequency")
    _enum(ind.bottom_line, BottomLine, "bottom_line")
    if isinstance(ind.decimals, bool) or not isinstance(ind.decimals, int) or not 0 <= ind.decimals <= 6:
        raise _error("decimals", "skal være et helt tal fra 0 til 6", "must be a whole number from 0 to 6")
    for name in ("valid_min", "valid_max", "baseline_value", "target_value"):
        _number(getattr(ind, name), name)
    _number(ind.rate_per, "rate_per", required=True)
    if ind.rate_per <= 0:
        raise _error("rate_per", "skal være større end 0", "must be greater than 0")
    if ind.valid_min is not None and ind.valid_max is not None and ind.valid_min >= ind.valid_max:
        raise _error("valid_max", "skal være større end mindste gyldige værdi",
                     "must be greater than the valid minimum")
    for name in ("baseline_value", "target_value"):
        value = getattr(ind, name)
        if value is not None and not in_range(ind, value):
            raise _error(name, f"{_fmt(value, 'da')} ligger uden for det gyldige interval {_range_text(ind, 'da')}",
                         f"{_fmt(value, 'en')} is outside the valid range {_range_text(ind, 'en')}")
    _date(ind.baseline_end_date, "baseline_end_date", required=False)
    _date(ind.target_date, "target_date", required=False)
    for name in ("unit", "theme", "data_source"):
        _free_text(getattr(ind, name), name, 200)
    _free_text(ind.description, "description")


def in_range(ind: Indicator | MeasurementRules, value: float) -> bool:
    return not (
        (ind.valid_min is not None and value < ind.valid_min)
        or (ind.valid_max is not None and value > ind.valid_max)
    )


def _fmt(value: float, lang: str) -> str:
    """A number in a message as the reader writes it: ``1.234,5`` in Danish, ``1,234.5`` in English (every
    digit of it up to six decimals: the message names the value that was refused; a derived share is not
    written with sixteen decimals)."""
    return format_number_exact(round(value, 6), lang)


def _range_text(ind: Indicator | MeasurementRules, lang: str) -> str:
    lo = "" if ind.valid_min is None else _fmt(ind.valid_min, lang)
    hi = "" if ind.valid_max is None else _fmt(ind.valid_max, lang)
    return f"[{lo}; {hi}]"


def derived_value(ind: Indicator | MeasurementRules, numerator: float, denominator: float) -> float:
    """The value of a proportion (in per cent) or rate (per ``rate_per``) from its parts."""
    if ind.measure_type is MeasureType.PROPORTION:
        return 100.0 * numerator / denominator
    if ind.measure_type is MeasureType.RATE:
        return numerator / denominator * ind.rate_per
    return numerator / denominator


def validate_measurement(ind: Indicator, m: Measurement, *, future_ok: bool = False) -> None:
    """Check a measurement against its indicator; derives ``value`` from numerator/denominator.
    ``future_ok``: a date after today is let through (see :func:`check_measurement_values`)."""
    m.value, m.n = check_measurement_values(ind, m.date, m.value, m.n, m.sd, m.numerator, m.denominator, m.comment,
                                            future_ok=future_ok)


def check_not_future(date: object, field: str = "date") -> None:
    """A measurement records something measured: its date cannot lie after today (:func:`clock.today`).
    Such a date is almost always a typo (2026 for 2016, 12 for 02), and it would silently become the
    series' newest point ("seneste 12 måneder" counted back from it)."""
    today = clock.today()
    if isinstance(date, dt.date) and not isinstance(date, dt.datetime) and date > today:
        da = f"{date:%d-%m-%Y} ligger efter i dag ({today:%d-%m-%Y}); en måling kan kun dateres til i dag eller før – ret datoen"
        en = (f"{date.day} {date:%b %Y} is after today ({today.day} {today:%b %Y}); a measurement can only be "
              "dated today or earlier – correct the date")
        raise _error(field, da, en)


@dataclass(frozen=True, slots=True)
class MeasurementRules:
    """What the rules of a measurement need of its indicator, as a plain value: checking a million rows
    of an import reads these instead of a database-mapped :class:`Indicator`."""

    measure_type: MeasureType
    valid_min: float | None
    valid_max: float | None
    rate_per: float

    @classmethod
    def of(cls, ind: Indicator) -> MeasurementRules:
        return cls(MeasureType(ind.measure_type), ind.valid_min, ind.valid_max, ind.rate_per)


def check_measurement_values(
    ind: Indicator | MeasurementRules,
    date: object,
    value: float | None,
    n: float | None,
    sd: float | None,
    numerator: float | None,
    denominator: float | None,
    comment: str | None,
    *,
    future_ok: bool = False,
) -> tuple[float, int | None]:
    """The rules of a measurement on plain values (the one rule set: :func:`validate_measurement` and
    bulk imports both use it). Returns the value to store (derived for proportions and rates) and
    ``n`` as an integer; raises :class:`ValidationError` naming the field.

    A date after today is refused (:func:`check_not_future`) unless ``future_ok``: exchange files from
    another machine (whose clock or rules may differ) and measurements already stored keep their dates."""
    _date(date, "date")
    if not future_ok:
        check_not_future(date)
    _number(value, "value")
    _number(sd, "sd")
    _number(numerator, "numerator")
    _number(denominator, "denominator")
    if n is not None:
        if isinstance(n, bool) or (not isinstance(n, int) and not (isinstance(n, float) and n.is_integer())):
            raise _error("n", "skal være et helt tal", "must be a whole number")
        n = int(n)
        if n < 1:
            raise _error("n", "skal være mindst 1", "must be at least 1")
        if n > MAX_N:
            raise _error("n", "er for stort (højst 1.000.000.000)", "is too large (at most 1,000,000,000)")
    if sd is not None and sd < 0:
        raise _error("sd", "kan ikke være negativ", "cannot be negative")
    has_num, has_den = numerator is not None, denominator is not None
    if has_num != has_den:
        missing = "denominator" if has_num else "numerator"
        raise _error(missing, "skal udfyldes, når den anden del af brøken er udfyldt",
                     "is required when the other part of the fraction is given")
    if has_num:
        if denominator <= 0:  # type: ignore[operator]
            raise _error("denominator", "skal være større end 0", "must be greater than 0")
        if numerator < 0:  # type: ignore[operator]
            raise _error("numerator", "kan ikke være negativ", "cannot be negative")
        if ind.measure_type is MeasureType.PROPORTION and numerator > denominator:  # type: ignore[operator]
            raise _error("numerator", "kan ikke være større end nævneren",
                         "cannot be greater than the denominator")
        if ind.measure_type in (MeasureType.PROPORTION, MeasureType.RATE):
            value = derived_value(ind, numerator, denominator)  # type: ignore[arg-type]
    if value is None:
        raise _error("value", "skal udfyldes (eller tæller og nævner)", "is required (or numerator and denominator)")
    _number(value, "value")  # a derived value too
    if ind.measure_type is MeasureType.COUNT and value < 0:
        raise _error("value", "et antal kan ikke være negativt", "a count cannot be negative")
    if not in_range(ind, value):
        raise _error("value", f"{_fmt(value, 'da')} ligger uden for det gyldige interval {_range_text(ind, 'da')}",
                     f"{_fmt(value, 'en')} is outside the valid range {_range_text(ind, 'en')}")
    _free_text(comment, "comment", 2000)
    return value, n  # type: ignore[return-value]


def validate_milestone(ms: Milestone) -> None:
    _date(ms.date, "date")
    ms.text = _required_text(ms.text, "text", 500)
    guard_free_text(ms.text, "text")


def validate_assessment(a: Assessment) -> None:
    _enum(a.bottom_line, BottomLine, "bottom_line")
    _enum(a.verdict, Verdict, "verdict")
    _date(a.date, "date", required=False)
    _free_text(a.justification, "justification")
    _free_text(a.evidence, "evidence", 2000)
