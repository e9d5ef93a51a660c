"""Danish and English number and date formats, and the CPR guard."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from effektmaaling.domain import ValidationError
from effektmaaling.domain.formatting import (
    format_date,
    format_number,
    format_p_value,
    format_percent_value,
    parse_date,
    parse_number,
    with_unit,
)
from effektmaaling.domain.privacy import find_cpr_numbers


@pytest.mark.parametrize(("value", "decimals", "lang", "text"), [
    (1234.5, 1, "da", "1.234,5"), (1234.5, 1, "en", "1,234.5"), (-0.35, 2, "da", "\u22120,35"),
    (1234567.0, 0, "da", "1.234.567"), (None, 1, "da", "–"), (float("nan"), 1, "da", "–"),
])
def test_format_number(value, decimals, lang, text):
    assert format_number(value, decimals, lang) == text


def test_format_signed_percent_and_p():
    """Readers get the minus sign (−, U+2212) and no-break spaces (U+00A0) before % and in p < 0,001."""
    assert format_number(4.3, 1, "da", sign=True) == "+4,3"
    assert format_number(-4.3, 1, "da", sign=True) == "\u22124,3"
    assert format_number(-1234.5, 1, "en") == "\u22121,234.5"
    assert format_percent_value(-0.35, 0, "da") == "\u221235\u00a0%"
    assert format_percent_value(0.85, 0, "da") == "85\u00a0%"
    assert format_percent_value(-0.35, 0, "en") == "\u221235%"
    assert format_p_value(0.003, "da") == "p\u00a0=\u00a00,003"
    assert format_p_value(0.0001, "da") == "p\u00a0<\u00a00,001"
    assert format_p_value(0.2345, "en") == "p\u00a0=\u00a00.23"


def test_typed_numbers_keep_the_hyphen_and_read_back():
    """Cells and fields the user edits and copies to spreadsheets keep the hyphen-minus; both read back."""
    assert format_number(-2.5, 1, "da", typing=True) == "-2,5"
    assert parse_number(format_number(-2.5, 1, "da"), "da") == parse_number("-2,5", "da") == -2.5


@pytest.mark.parametrize(("number", "unit", "lang", "text"), [
    ("85", "%", "da", "85\u00a0%"), ("85", "%", "en", "85%"),
    ("4,8", "timer pr. uge", "da", "4,8\u00a0timer pr. uge"),
    ("6,3", "score 0-10", "da", "6,3\u00a0(skala 0–10)"), ("6.3", "score 0-10", "en", "6.3\u00a0(scale 0–10)"),
    ("+1", "klager pr. måned", "da", "+1\u00a0klage pr. måned"), ("\u22121", "møder", "da", "\u22121\u00a0møde"),
    ("+2", "klager pr. måned", "da", "+2\u00a0klager pr. måned"), ("1,0", "timer", "da", "1,0\u00a0timer"),
    ("1", "complaints per month", "en", "1\u00a0complaint per month"),
    ("+1", "klager pr. måned", "en", "+1\u00a0klage pr. måned"), ("–", "timer", "da", "–"),
    ("3", "", "da", "3"),
])
def test_number_with_unit(number, unit, lang, text):
    assert with_unit(number, unit, lang) == text


def test_format_date():
    assert format_date(dt.date(2014, 12, 31), "da") == "31-12-2014"
    assert format_date(dt.date(2014, 12, 31), "en") == "31 Dec 2014"


@pytest.mark.parametrize(("text", "value"), [
    ("12,5", 12.5), ("1.234,5", 1234.5), ("1.234", 1234.0), ("-3", -3.0), (" 7 ", 7.0), ("12.5", 12.5),
    ("1.234.567,25", 1234567.25), ("0,001", 0.001),
])
def test_parse_danish_numbers(text, value):
    assert parse_number(text, "da") == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12,5kr", "inf", "nan"])
def test_parse_number_refuses_garbage(text):
    with pytest.raises(ValidationError) as err:
        parse_number(text, "da")
    assert err.value.field == "value"


@pytest.mark.parametrize(("text", "date"), [
    ("31-12-2014", dt.date(2014, 12, 31)), ("31.12.2014", dt.date(2014, 12, 31)), ("2014-12-31", dt.date(2014, 12, 31)),
    ("1-2-2013", dt.date(2013, 2, 1)), ("31/12/14", dt.date(2014, 12, 31)), ("2014-12-31T10:00:00", dt.date(2014, 12, 31)),
])
def test_parse_dates(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["32-12-2014", "29-02-2013", "2014/31/12", "i går", ""])
def test_parse_date_refuses_invalid(text):
    with pytest.raises(ValidationError):
        parse_date(text)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_danish_format_round_trips(value):
    for lang in ("da", "en"):
        assert parse_number(format_number(float(value), 3, lang), lang) == pytest.approx(float(value), abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_danish_date_round_trips(date):
    assert parse_date(format_date(date, "da")) == date
    assert parse_date(date.isoformat()) == date


@pytest.mark.parametrize(("text", "found"), [
    ("Borger 010203-1234 deltog", True), ("cpr 0102031234", True), ("310190 1234 i teksten", True),
    ("Dato 320190-1234", False), ("Telefon 12345678", False), ("Sagsnr. 2015-0012345", False),
    ("1.234,5 og 2013-04-01", False),
])
def test_cpr_detection(text, found):
    assert bool(find_cpr_numbers(text)) is found


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f"])
def test_thousands_separated_by_any_space_are_read(space):
    assert parse_number(f"1{space}234{space}567,5", "da") == 1234567.5
    assert parse_number(f"12{space}345", "en") == 12345.0
    assert parse_number(f"\u22121{space}234", "da") == -1234.0


def test_two_different_levels_never_read_as_the_same():
    from effektmaaling.domain.formatting import level_decimals

    assert level_decimals(3.8, 4.4, 0) == 1  # not "4 → 4 · +1"
    assert level_decimals(3.0, 5.0, 0) == 0
    assert level_decimals(81.04, 91.46, 0) == 0  # "81 → 91 · +10": agrees
    assert level_decimals(7.31, 4.82, 1) == 1  # "7,3 → 4,8 · −2,5"
    assert level_decimals(4.0, 4.0004, 0) == 3  # at most three more
    assert level_decimals(None, 4.0, 1) == 1 and level_decimals(4.0, 4.0, 1) == 1


@pytest.mark.parametrize("text, value, said", [
    ("1.234", 1234.0, "»1.234« læses som 1234 (punktum før tre cifre er tusindtalsseparator); mente du et "
                      "decimaltal, så skriv 1,234"),
    ("4.5", 4.5, "»4.5« læses som 4,5 (punktum læses som decimalkomma)"),
    ("12.25", 12.25, "»12.25« læses som 12,25 (punktum læses som decimalkomma)"),
    ("-0.1234", -0.1234, "»-0.1234« læses som −0,1234 (punktum læses som decimalkomma)"),
])
def test_a_dot_is_read_by_one_explicit_rule_and_the_reading_is_said(text, value, said):
    """Danish: a dot before exactly three digits groups thousands, any other single dot is the decimal mark;
    the reading is said (the grid shows it while the value is typed)."""
    from effektmaaling.domain.formatting import number_reading

    assert parse_number(text, "da") == pytest.approx(value)
    assert number_reading(text, "da").da == said


@pytest.mark.parametrize("text", ["1.234,5", "12,5", "1.234.567", "7", "abc", "", "1,234"])
def test_unambiguous_numbers_need_no_reading(text):
    from effektmaaling.domain.formatting import number_reading

    assert number_reading(text, "da") is None


def test_english_reading_of_a_comma():
    from effektmaaling.domain.formatting import number_reading

    assert parse_number("1,234", "en") == 1234.0 and parse_number("4,5", "en") == 4.5
    assert number_reading("4,5", "en").en == "'4,5' is read as 4.5 (the comma is read as the decimal point)"
