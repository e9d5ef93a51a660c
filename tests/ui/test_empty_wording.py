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


def test_legend_says_baseline_when_a_measurement_replaced_the_typed_one(make_window, tmp_path, qtbot):
    """A typed baseline, then a measurement in the baseline period (the trial's start moved): the level is
    the measurement's, and the legend must not say "indtastet" (tester finding M6)."""
    from effektmaaling.services import Workspace

    path = tmp_path / "typed.db"
    ws = Workspace.open(path)
    t = ws.create_trial(name="Flyttet start", start_date=dt.date(2014, 1, 1))
    typed = ws.create_indicator(t.id, name="Indtastet", bottom_line="service", baseline_value=10.0)
    moved = ws.create_indicator(t.id, name="Målt", bottom_line="service", baseline_value=10.0,
                                baseline_end_date=dt.date(2014, 1, 28))
    for ind in (typed, moved):
        for i in range(8):
            ws.add_measurement(ind.id, date=dt.date(2014, i + 1, 28), value=12 + i % 3)
    ws.close()
    w = make_window(path)

    def legend_of(ind_id) -> list[str]:
        w.navigator.select("indicator", ind_id)
        chart = w.page("indicator").chart
        qtbot.waitUntil(lambda: chart.legend is not None and len(chart._x) == 8, timeout=3000)
        qtbot.wait(50)
        return [label.text for _, label in chart.legend.items]

    assert "Baseline (indtastet)" in legend_of(typed.id)
    got = legend_of(moved.id)
    assert "Baseline (indtastet)" not in got and any(x.startswith("Baseline") for x in got), got


def test_moving_the_baseline_end_names_the_measurements_and_the_typed_baseline(make_window, tmp_path, qtbot,
                                                                                 monkeypatch):
    """Accepting "Flyt baselinens slutdato?" can move measurements into the baseline, which then replaces
    the typed baseline: the question says so (tester finding M6)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from effektmaaling.services import Workspace

    from .helpers import settle

    path = tmp_path / "move.db"
    ws = Workspace.open(path)
    t = ws.create_trial(name="Flyt", start_date=dt.date(2025, 3, 1))
    ind = ws.create_indicator(t.id, name="Ventetid", bottom_line="service", baseline_value=10.0,
                              baseline_end_date=dt.date(2025, 2, 28))
    for day in (dt.date(2025, 3, 15), dt.date(2025, 4, 15), dt.date(2025, 5, 15)):
        ws.add_measurement(ind.id, date=day, value=12.0)
    ws.close()
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    w = make_window(path)
    w.navigator.select("details", t.id)
    details = w.page("details")
    settle(qtbot)
    start = details.inputs["start_date"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    start.selectAll()
    qtbot.keyClicks(start, "01-04-2025")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    settle(qtbot)
    assert len(asked) == 1
    assert "målingen 15-03-2025 kommer med i baselinen" in asked[0], asked[0]
    assert "den indtastede baseline ikke længere bruges" in asked[0], asked[0]
