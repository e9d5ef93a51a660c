"""Numbers in the interface's running text: proportions in percentage points, no line break inside
"85 %" or "p < 0,001", and the minus sign."""

from __future__ import annotations

import re

from effektmaaling.domain.enums import MeasureType
from effektmaaling.ui.analysis_text import card_html, key_numbers_html, summary_html, typeset


def test_typeset():
    assert typeset("ændring -2,7 (-37 %); p < 0,001; 31-12-2014") == \
        "ændring \u22122,7 (\u221237\u00a0%); p\u00a0<\u00a00,001; 31-12-2014"


def test_cards_and_summaries_of_the_demo(demo_window, qtbot):
    w = demo_window
    seen_proportion = seen_p = seen_negative = seen_scale = False
    for trial in w.ws.trials():
        result = w.cache.result(trial.id)
        for ind in w.ws.indicators(trial.id):
            a = result.indicator_analysis(ind.id)
            if a is None:
                continue
            for html in (card_html(a), summary_html(a)):
                assert " %" not in html and "p &lt; " not in html and "p = " not in html, html
            if "p\u00a0&lt;\u00a0" in summary_html(a):
                seen_p = True
            if a.measure_type is MeasureType.PROPORTION and a.change_absolute is not None:
                seen_proportion = True
                line = key_numbers_html(a)
                # "15 % → 33 % · +18 procentpoint", not "Baseline 15 → nu 33 % · ændring +18"
                assert re.fullmatch(r"[\d,]+\u00a0% → [\d,]+\u00a0% · [+\u2212][\d,]+\u00a0procentpoint( · .*)?", line), line
            if a.change_absolute is not None and a.change_absolute < 0:
                seen_negative = True
                assert "\u2212" in key_numbers_html(a) and not re.search(r"(?<![\w.,])-\d", card_html(a))
            if a.unit == "score 0-10":
                seen_scale = True
                assert "(skala 0–10)" in key_numbers_html(a) and "score" not in card_html(a), card_html(a)
    assert seen_proportion and seen_p and seen_negative and seen_scale


def test_chart_axes_show_numbers_with_a_decimal_comma(demo_window, qtbot):
    """The value axis of the indicator chart (and of the comparison's charts) in Danish: »7,5«, »1.200«, not
    pyqtgraph's »7.5« (found by a user: the axis said 8.5 beside »Mål 4,0 timer pr. uge«)."""
    from effektmaaling.ui.chart import NumberAxis

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    w.navigator.select("indicator", w.ws.find_indicator(t.id, "Tid til dokumentation").id)
    chart = w.page("indicator").chart
    qtbot.waitUntil(lambda: len(chart._x) > 0, timeout=3000)
    axis = chart.getPlotItem().getAxis("left")
    assert isinstance(axis, NumberAxis)
    assert axis.tickStrings([6.5, 7.0, 7.5], 1.0, 0.5) == ["6,5", "7,0", "7,5"]
    assert axis.tickStrings([1000.0, 1200.0], 1.0, 200.0) == ["1.000", "1.200"]
    assert axis.tickStrings([-2.0, 0.0], 1.0, 2.0) == ["\u22122", "0"]
    shown = [label for level in axis.tickValues(*chart.getPlotItem().vb.viewRange()[1], axis.height() or 200)
             for label in axis.tickStrings(level[1], 1.0, level[0])]
    assert shown and all("." not in s for s in shown), shown  # the ticks drawn now (hours: below 1.000)
