"""The kept (cached) number texts are Babel's own, for every kind of value: the text of each call is compared
with Babel's ``format_decimal``/``format_percent`` called directly, as the program called them before."""

from __future__ import annotations

import random

import numpy as np
import pytest
from babel import Locale
from babel.numbers import format_decimal, format_percent

from effektmaaling.domain import formatting
from effektmaaling.domain.formatting import MINUS, NBSP, format_number, format_percent_value

LOCALES = {"da": Locale.parse("da_DK"), "en": Locale.parse("en_GB")}


def babel_number(value: float, decimals: int, lang: str, sign: bool, typing: bool) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    if sign and round(value, decimals) != 0:
        pattern = f"+{pattern};-{pattern}"
    text = format_decimal(round(value, decimals) + 0.0, format=pattern, locale=LOCALES[lang]).replace("\u2212", "-")
    return text if typing else text.replace("-", MINUS)


def babel_percent(fraction: float, decimals: int, lang: str, sign: bool) -> str:
    if round(fraction * 100, decimals) == 0:
        fraction = 0.0
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    if sign and fraction != 0:
        pattern = f"+{pattern};-{pattern}"
    text = format_percent(fraction, format=pattern, locale=LOCALES[lang]).replace("\u2212", "-").replace("-", MINUS)
    if lang == "da":
        text = text.replace(" %", NBSP + "%")
        if not text.endswith(NBSP + "%"):
            text = text[:-1] + NBSP + "%"
    return text


def values() -> list[float]:
    rng = random.Random(19)
    edge = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 2.675, 1.005, -1.005, 0.125, 0.0049, -0.0049,
            0.045, 0.0005, -0.0005, 1e-7, -1e-7, 9.995, 99.95, 999.5, 1234.5, -1234.5, 1234567.891, 1e15 + 0.3,
            123456789012.345, 5e-5, 0.994999, 0.995, 1, -3, 12_000_000]
    rnd = [rng.uniform(-200, 200) for _ in range(1500)] + [rng.uniform(-1, 1) for _ in range(1500)]
    rnd += [round(rng.uniform(-100, 100), rng.randint(0, 4)) for _ in range(1500)]  # values that repeat
    rnd += [rng.choice([-1, 1]) * 10 ** rng.uniform(-6, 9) for _ in range(500)]
    return edge + rnd


@pytest.mark.parametrize("lang", ["da", "en"])
def test_number_texts_are_babels(lang: str) -> None:
    formatting._number_text.cache_clear()
    vals = values()
    for round_ in range(2):  # the second round reads the kept texts
        for i, v in enumerate(vals):
            for decimals in (0, 1, 2, 3):
                for sign, typing in ((False, False), (True, False), (False, True)):
                    value = np.float64(v) if i % 7 == 3 else v  # numpy floats too (formatted from their own str)
                    assert format_number(value, decimals, lang, sign=sign, typing=typing) == \
                        babel_number(value, decimals, lang, sign, typing), (v, decimals, sign, typing, round_)
    assert formatting._number_text.cache_info().hits > 0


@pytest.mark.parametrize("lang", ["da", "en"])
def test_percent_texts_are_babels(lang: str) -> None:
    formatting._percent_text.cache_clear()
    vals = [v for v in values() if abs(v) < 1e6] + [0.12345, -0.005, 0.005, 0.015, 0.025, -0.025, 0.0049999]
    for round_ in range(2):
        for v in vals:
            for decimals in (0, 1, 2):
                for sign in (False, True):
                    assert format_percent_value(v, decimals, lang, sign=sign) == babel_percent(v, decimals, lang, sign), \
                        (v, decimals, sign, round_)
    assert formatting._percent_text.cache_info().hits > 0


def test_language_follows_the_current_one() -> None:
    from effektmaaling.domain.i18n import current_language, set_language

    before = current_language()
    try:
        set_language("da")
        assert format_number(1234.5) == "1.234,5"
        assert format_percent_value(-0.35, sign=True) == f"{MINUS}35{NBSP}%"
        set_language("en")
        assert format_number(1234.5) == "1,234.5"
        assert format_percent_value(-0.35, sign=True) == f"{MINUS}35%"
    finally:
        set_language(before)
