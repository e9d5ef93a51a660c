"""A measurement dated after today is refused (almost always a typo); the rule is the domain's, with a
clock tests can set; exchange files from another machine keep their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from effektmaaling.domain import clock
from effektmaaling.domain.enums import MeasureType
from effektmaaling.domain.errors import ValidationError
from effektmaaling.domain.validation import MeasurementRules, check_measurement_values, check_not_future

RULES = MeasurementRules(MeasureType.VALUE, None, None, 1.0)


@pytest.fixture
def today_is_2_dec_2026():
    clock.set_today(dt.date(2026, 12, 2))
    yield
    clock.set_today(None)


def test_the_clock_gives_the_real_date_unless_set():
    assert clock.today() == dt.date.today()
    clock.set_today(dt.date(2020, 5, 1))
    try:
        assert clock.today() == dt.date(2020, 5, 1)
    finally:
        clock.set_today(None)
    assert clock.today() == dt.date.today()


def test_a_date_after_today_is_refused_saying_what_and_why(today_is_2_dec_2026):
    with pytest.raises(ValidationError) as err:
        check_measurement_values(RULES, dt.date(2026, 12, 31), 5.0, None, None, None, None, "")
    assert err.value.field == "date"
    assert err.value.text("da") == ("Dato: 31-12-2026 ligger efter i dag (02-12-2026); en måling kan kun dateres "
                                    "til i dag eller før – ret datoen")
    assert err.value.text("en").startswith("Date: 31 Dec 2026 is after today (2 Dec 2026)")


def test_today_and_earlier_are_accepted(today_is_2_dec_2026):
    for day in (dt.date(2026, 12, 2), dt.date(2026, 12, 1), dt.date(2013, 1, 31)):
        assert check_measurement_values(RULES, day, 5.0, None, None, None, None, "") == (5.0, None)
    check_not_future(dt.date(2026, 12, 2))


def test_future_ok_lets_another_machines_date_through(today_is_2_dec_2026):
    assert check_measurement_values(RULES, dt.date(2027, 1, 31), 5.0, None, None, None, None, "",
                                    future_ok=True) == (5.0, None)


def test_the_rule_follows_the_real_date_by_default():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError):
        check_not_future(tomorrow)
    check_not_future(dt.date.today())
