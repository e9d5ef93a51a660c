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
