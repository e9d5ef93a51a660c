""""Nås målet stabilt?" in words that are true of the measurements (tester finding H3): the target within the
current period's normal variation is not the same as measurements on both sides of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from effektmaaling.analysis import Assurance, analyse_indicator, assurance_label
from effektmaaling.domain.enums import Direction
from effektmaaling.services import Workspace
from effektmaaling.services.reporting import make_effect_report
from tests.analysis.helpers import START, indicator, month, series

from .conftest import page_texts

BASELINE = [3.8, 3.5, 3.9, 3.6, 3.7, 3.4]
TESTER = [3.6, 3.2, 2.9, 3.0, 2.6, 2.8]  # lower is better, target 2,5: never reached


def _analysis(follow, target=2.5, direction=Direction.DECREASE):
    ind = indicator(direction=direction, target_value=target)
    return analyse_indicator(ind, series(ind, BASELINE, follow), START)


def test_no_measurement_reached_the_target_is_said_so():
    a = _analysis(TESTER)
    assert a.assurance is Assurance.INCONSISTENT  # the rule (target within the limits) is unchanged
    words = assurance_label(a)
    for text in (words.da, words.en):
        assert "skiftevis" not in text and "both sides" not in text and "begge sider" not in text
    assert words.da.startswith("Ingen måling i perioden har nået målet")
    assert "normale variation" in words.da
    assert words.en.startswith("No measurement in the period has reached the target")


def test_measurements_on_both_sides_and_all_reaching_are_told_apart():
    both = assurance_label(_analysis([3.6, 3.2, 2.4, 3.0, 2.5, 2.8]))  # 2,4 and 2,5 reached (on the target counts)
    assert "begge sider af målet (2 af 6 har nået det)" in both.da and "both sides" in both.en
    # higher is better: every point at or above a target 2,9 that lies within the limits
    ind = indicator(direction=Direction.INCREASE, target_value=2.9)
    a = analyse_indicator(ind, series(ind, [2.0, 2.1, 1.9, 2.2, 2.0, 2.1], [3.0, 3.3, 3.1, 2.9, 3.4, 3.0]), START)
    assert a.assurance is Assurance.INCONSISTENT
    assert assurance_label(a).da.startswith("Alle målinger i perioden har nået målet")
    assert assurance_label(a).en.startswith("Every measurement in the period has reached the target")


def test_report_reads_the_same_true_words(tmp_path: Path):
    ws = Workspace.open(tmp_path / "h3.db")
    try:
        trial = ws.create_trial(name="H3", start_date=START)
        ind = ws.create_indicator(trial.id, name="Ventetid", bottom_line="service", direction="decrease",
                                  target_value=2.5)
        for i, v in enumerate(BASELINE + TESTER):
            ws.add_measurement(ind.id, date=month(i - len(BASELINE)), value=v)
        texts = {}
        for lang in ("da", "en"):
            pdf = make_effect_report(ws, trial.id, tmp_path / f"h3-{lang}.pdf", lang=lang, today=dt.date(2013, 7, 1))
            texts[lang] = " ".join(page_texts(PdfReader(pdf))).replace("\n", " ")
    finally:
        ws.close()
    assert "Ingen måling i perioden har nået målet" in texts["da"] and "skiftevis" not in texts["da"]
    assert "No measurement in the period has reached the target" in texts["en"]
    assert "both sides" not in texts["en"]


def test_screen_says_the_same_words(qapp):
    from effektmaaling.ui.analysis_text import summary_html

    html = summary_html(_analysis(TESTER))
    assert "Ingen måling i perioden har nået målet" in html and "skiftevis" not in html


def test_target_date_passed_without_measurements_after_it_is_not_called_not_come_yet(tmp_path: Path):
    """Tester finding M1: a report dated 02-12-2026 said "Måldatoen 31-12-2025 er ikke nået endnu" because the
    date was compared with the latest measurement (from before it), not with the report's date."""
    from effektmaaling.analysis.describe import target_by_date_text
    from effektmaaling.domain import clock

    ws = Workspace.open(tmp_path / "m1.db")
    try:
        trial = ws.create_trial(name="M1", start_date=START)
        ind = ws.create_indicator(trial.id, name="Ventetid", bottom_line="service", direction="decrease",
                                  target_value=2.5, target_date=dt.date(2013, 12, 31))
        for i, v in enumerate(BASELINE + TESTER):  # the latest from 01-06-2013
            ws.add_measurement(ind.id, date=month(i - len(BASELINE)), value=v)
        texts = {}
        for lang in ("da", "en"):
            pdf = make_effect_report(ws, trial.id, tmp_path / f"m1-{lang}.pdf", lang=lang, today=dt.date(2014, 12, 2))
            texts[lang] = " ".join(page_texts(PdfReader(pdf))).replace("\n", " ")
        bundle = ws.bundle(trial.id)
    finally:
        ws.close()
    assert "er ikke nået endnu" not in texts["da"] and "has not come yet" not in texts["en"]
    assert "Måldatoen 31-12-2013 er passeret, men der er ingen målinger fra måldatoen eller senere" in texts["da"]
    assert "has passed, but there are no measurements from it or later" in texts["en"]
    # the screen has no report date: the clock's today
    from effektmaaling.services.reporting import analyse_period

    a = analyse_period(bundle).indicators[0]
    clock.set_today(dt.date(2013, 7, 1))
    try:
        assert "er ikke nået endnu" in target_by_date_text(a, "da")
    finally:
        clock.set_today(None)
    assert "er passeret" in target_by_date_text(a, "da")


def test_comparison_marks_only_the_demo_trials_in_the_reports_language(demo_workspace, tmp_path: Path):
    """Tester finding M2: one demo trial among the compared marked the whole comparison "Illustrative data ...
    tallene er opdigtede" and every page header, over a real trial too, and in English in a Danish report."""
    from effektmaaling.services.comparing import make_compare_report

    ws = demo_workspace
    demo = ws.find_trial("FriNoVa")
    real = ws.create_trial(name="Rigtigt forsøg", start_date=START)
    ind = ws.create_indicator(real.id, name="Ventetid", bottom_line="service", direction="decrease", target_value=2.5)
    for i, v in enumerate(BASELINE + TESTER):
        ws.add_measurement(ind.id, date=month(i - len(BASELINE)), value=v)
    assert demo.is_demo and not ws.trial(real.id).is_demo
    texts = {}
    for lang in ("da", "en"):
        pdf = make_compare_report(ws, [demo.id, real.id], tmp_path / f"m2-{lang}.pdf", lang=lang,
                                  today=dt.date(2016, 1, 15))
        texts[lang] = page_texts(PdfReader(pdf))
    da, en = " ".join(texts["da"]).replace("\n", " "), " ".join(texts["en"]).replace("\n", " ")
    assert "Illustrative" not in da and "ILLUSTRATIVE" not in da.upper()
    assert "FriNoVa (demo)" in da and "Rigtigt forsøg (demo)" not in da
    assert "Demodata: FriNoVa er et demoforsøg" in da and "De øvrige forsøg er rigtige data" in da
    assert "FriNoVa (demo)" in en and "Demo data: FriNoVa is a demo trial" in en
    assert "tallene er opdigtede" not in en
    # no page is marked as a whole: the real trial's figures are real
    for page in texts["da"][1:]:
        assert "Demodata:" not in page.split("\n")[0]
