"""Numbers in the interface's running text: proportions in percentage points, no line break inside
"85 %" or "p < 0,001", and the minus sign."""

from __future__ import annotations

from effektmaaling.domain.enums import MeasureType
from effektmaaling.ui.analysis_text import card_html, key_numbers_html, summary_html, typeset


def test_typeset():
    assert typeset("ændring -2,7 (-37 %); p < 0,001; 31-12-2014") == \
        "ændring \u22122,7 (\u221237\u00a0%); p\u00a0<\u00a00,001; 31-12-2014"


def test_cards_and_summaries_of_the_demo(demo_window, qtbot):
    w = demo_window
    seen_proportion = seen_p = False
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
                assert "procentpoint" in line, line
                assert line.startswith("Baseline ") and line.split(" → ")[0].endswith("\u00a0%"), line
    assert seen_proportion and seen_p
