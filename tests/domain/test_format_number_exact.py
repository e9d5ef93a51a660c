"""``format_number_exact``: the text an editor starts with reads back as the very same float."""

from __future__ import annotations

import pytest

from effektmaaling.domain.formatting import format_number_exact, parse_number


@pytest.mark.parametrize(("value", "text"), [
    (3.93, "3,93"), (4.25, "4,25"), (1234.5, "1.234,5"), (-2.5, "-2,5"), (40.0, "40"), (1234, "1.234"),
    (1e-7, "0,0000001"), (0.1 + 0.2, "0,30000000000000004"), (None, ""),
])
def test_every_significant_digit_in_danish(value, text):
    assert format_number_exact(value, "da") == text


@pytest.mark.parametrize("value", [3.93, 4.25, 2 / 3, 1234567.891, -0.000123, 1e15, 123.456789012])
def test_reads_back_as_the_same_float(value):
    assert parse_number(format_number_exact(value, "da")) == value


def test_english():
    assert format_number_exact(1234.5, "en") == "1,234.5"
