"""Property tests: Danish numbers and dates as offices write them, Excel serial dates, CSV numbers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from effektmaaling.domain.formatting import parse_date, parse_number
from effektmaaling.io.cells import cell_date, cell_number, date_to_excel_serial, excel_serial_to_date
from effektmaaling.io.export import csv_number

DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=999_999),
       st.integers(min_value=0, max_value=6), st.booleans(), st.booleans())
def test_danish_numbers_with_thousands_and_decimal_comma(whole, frac, places, grouped, negative):
    frac_text = str(frac).zfill(6)[:places]
    text = (_group(str(whole), ".") if grouped else str(whole)) + ("," + frac_text if frac_text else "")
    text = ("-" if negative else "") + text
    expected = float(f"{'-' if negative else ''}{whole}.{frac_text or '0'}")
    assert parse_number(text, "da") == expected
    assert cell_number(text, "da") == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=999_999),
       st.integers(min_value=1, max_value=6))
def test_international_numbers_in_comma_separated_files(whole, frac, places):
    frac_text = str(frac).zfill(6)[:places]
    text = _group(str(whole), ",") + "." + frac_text
    assert parse_number(text, "en") == float(f"{whole}.{frac_text}")


@settings(max_examples=300, deadline=None)
@given(DATES, st.sampled_from(["%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"]), st.booleans())
def test_danish_dates(date, pattern, unpadded):
    text = date.strftime(pattern)
    if unpadded and pattern != "%Y-%m-%d":
        text = text.lstrip("0").replace("-0", "-").replace(".0", ".").replace("/0", "/")
    assert parse_date(text) == date
    assert cell_date(text) == date
    assert cell_date(f" {text} ") == date


@settings(max_examples=300, deadline=None)
@given(DATES)
def test_excel_serial_dates_round_trip(date):
    serial = date_to_excel_serial(date)
    assert excel_serial_to_date(serial) == date
    assert cell_date(serial) == date and cell_date(float(serial)) == date and cell_date(str(serial)) == date
    assert cell_date(dt.datetime.combine(date, dt.time(13, 5))) == date


@settings(max_examples=500, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_csv_numbers_read_back_exactly(value):
    assert parse_number(csv_number(value, "da"), "da") == value
    assert parse_number(csv_number(value, "intl"), "en") == value
