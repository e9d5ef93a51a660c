"""Nothing is said about zero: deleting an empty trial or indicator, and an indicator without measurements."""

from __future__ import annotations

import datetime as dt

from effektmaaling.ui.analysis_text import key_numbers_html


def test_delete_questions_say_nothing_about_zero(make_window, tmp_path, qtbot, answer_yes):
    from effektmaaling.services import Workspace

    path = tmp_path / "empty.db"
    ws = Workspace.open(path)
    t = ws.create_trial(name="Tomt forsøg", start_date=dt.date(2015, 1, 1))
    t2 = ws.create_trial(name="Med indikator", start_date=dt.date(2015, 1, 1))
    ind = ws.create_indicator(t2.id, name="Ventetid", bottom_line="service", direction="decrease")
    ws.close()
    w = make_window(path)
    w.navigator.select("indicator", ind.id)
    a = w.cache.result(t2.id).indicator_analysis(ind.id)
    assert key_numbers_html(a) == "Ingen målinger endnu"
    assert w.delete_selected()
    assert answer_yes[-1].startswith("Slet indikatoren »Ventetid«?"), answer_yes[-1]
    assert " 0 " not in answer_yes[-1]
    w.navigator.select("trial", t.id)
    assert w.delete_selected()
    assert answer_yes[-1].startswith("Slet forsøget »Tomt forsøg«?"), answer_yes[-1]
    assert " 0 " not in answer_yes[-1]
