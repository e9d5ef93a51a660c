"""Numbers in validation messages are written as the reader writes them (1.234,5 / 1,234.5)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from effektmaaling.domain.entities import Indicator, Measurement
from effektmaaling.domain.enums import BottomLine, MeasureType
from effektmaaling.domain.errors import ValidationError
from effektmaaling.domain.validation import validate_indicator, validate_measurement


def _ind(**kw):
    return Indicator(trial_id=uuid.uuid4(), name="Ventetid", bottom_line=BottomLine.SERVICE, valid_min=0,
                     valid_max=1000, **kw)


def test_value_outside_the_range_in_danish_and_english():
    ind = _ind()
    with pytest.raises(ValidationError) as info:
        validate_measurement(ind, Measurement(indicator_id=ind.id, date=dt.date(2015, 1, 1), value=1234.5))
    assert info.value.message.da.endswith("1.234,5 ligger uden for det gyldige interval [0; 1.000]")
    assert info.value.message.en.endswith("1,234.5 is outside the valid range [0; 1,000]")


def test_derived_share_is_not_written_with_sixteen_decimals():
    ind = _ind(measure_type=MeasureType.RATE, rate_per=1000)
    with pytest.raises(ValidationError) as info:
        validate_measurement(ind, Measurement(indicator_id=ind.id, date=dt.date(2015, 1, 1), numerator=2,
                                              denominator=1.5))
    assert "1.333,333333 ligger uden for det gyldige interval [0; 1.000]" in info.value.message.da


def test_target_outside_the_range():
    with pytest.raises(ValidationError) as info:
        validate_indicator(_ind(target_value=12345.25))
    assert info.value.message.da.endswith("12.345,25 ligger uden for det gyldige interval [0; 1.000]")
    assert info.value.field == "target_value"
