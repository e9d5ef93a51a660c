"""Text that would hide what it says: control characters, bidirectional overrides, zero-width and other
invisible characters are refused in every text field (line breaks and tabs only in multi-line text)."""

from __future__ import annotations

import datetime as dt

import pytest

from effektmaaling.domain.errors import ValidationError


@pytest.mark.parametrize("name", ["FriNoVa\u200b", "Fri\u202eNoVa", "Fri\x00NoVa", "Fri\x1bNoVa", "Fri\u2066NoVa",
                                  "\ufeffFriNoVa", "Fri\u00adNoVa", "Fri\nNoVa", "Fri\tNoVa", "Fri\u2060NoVa",
                                  "Fri\ue000NoVa"])
def test_names_with_hidden_characters_are_refused(workspace, name):
    with pytest.raises(ValidationError) as err:
        workspace.create_trial(name=name, start_date=dt.date(2014, 1, 1))
    assert "U+" in err.value.text() and "Navn" in err.value.text()
    assert workspace.trials() == []


def test_multi_line_text_keeps_line_breaks_but_not_hidden_characters(workspace):
    t = workspace.create_trial(name="FriNoVa", start_date=dt.date(2014, 1, 1),
                               purpose="Første linje\nAnden linje\tmed tabulator", theory_of_change="Æ\u00adble")
    ind = workspace.create_indicator(t.id, name="Ventetid", bottom_line="service")
    for bad in ("ok\x00", "a\u202eb", "\x07"):
        with pytest.raises(ValidationError):
            workspace.update_trial(t.id, purpose=bad)
        with pytest.raises(ValidationError):
            workspace.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=1.0, comment=bad)
    assert workspace.trial(t.id).purpose == "Første linje\nAnden linje\tmed tabulator"
    assert workspace.measurements(ind.id) == []


def test_danish_and_other_ordinary_letters_are_welcome(workspace):
    for name in ("Ærø Åbo Øster", "Café «Naboskab» – 2. runde", "Ünal & Søn", "Ægte №1 ½"):
        workspace.create_trial(name=name, start_date=dt.date(2014, 1, 1))
    assert len(workspace.trials()) == 4
