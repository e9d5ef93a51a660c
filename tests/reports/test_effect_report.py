"""The effect report read back with pypdf: contents, numbers in the language's format, æøå, pages,
bookmarks, metadata, fonts; the period rule; bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from effektmaaling.domain.formatting import format_date, format_number, format_p_value
from effektmaaling.reports import Period, build_effect_report
from effektmaaling.services import Workspace
from effektmaaling.services.reporting import analyse_period, make_effect_report

from .conftest import REPORT_DATE, outline, page_texts

CSB = "Center for Selvstændige Boformer"


@pytest.fixture(scope="module")
def csb(demo_db_template: Path):
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        bundle = ws.bundle(ws.find_trial(CSB).id)
    finally:
        ws.close()
    return bundle, analyse_period(bundle)


def test_danish_report_has_every_indicator_with_its_numbers_in_danish_format(demo_reports, csb):
    bundle, analysis = csb
    reader = PdfReader(demo_reports[f"{CSB}/da"])
    texts = page_texts(reader)
    pages = {title: page for _, title, page in outline(reader)}
    everything = "\n".join(texts)
    for word in ("æ", "ø", "å", "Bundlinje", "Målopfyldelse", "Forandringsteori", "Sådan skal tallene læses"):
        assert word in everything
    assert "Illustrative data" in texts[0]
    assert format_date(bundle.trial.start_date, "da") in texts[0]  # 01-05-2013
    assert "15-01-2016" in texts[0]
    for a in analysis.indicators:
        page = texts[pages[a.name] - 1]
        assert a.name in page
        # the key figures in the decimals that keep baseline, level now and change consistent
        assert format_number(a.baseline.value, a.level_decimals, "da") in page
        assert format_number(a.current_value, a.level_decimals, "da") in page
        assert a.explanation.da.split(";")[0].replace("\u00a0", " ") in page.replace("\n", " ")  # pypdf: NBSP → " "
        if a.test is not None:
            assert format_p_value(a.test.p_value, "da").replace("\u00a0", " ") in page
        assert a.name in texts[pages["Oversigt over indikatorerne"] - 1].replace("\n", " ")
    # decimal comma, never a decimal point between digits in the key figures of a rate
    acute = texts[pages["Akutte indlæggelser"] - 1]
    assert "2,39" in acute and "1,30" in acute and "2.39" not in acute
    # a survey indicator lists n per wave; data source and frequency are on every indicator page
    survey = texts[pages["Beboertilfredshed"] - 1].replace("\n", " ")
    assert "n pr. måling" in survey and "Svarprocenten er ikke registreret" in survey
    assert "Datakilde: Beboerundersøgelse" in survey and "Hyppighed: kvartalsvis" in survey
    # the periods compared and the run chart's line are printed (the status rule rests on them)
    assert "sammenlignet med de seneste 12 måneder" in acute.replace("\n", " ")
    assert "Seriediagram: længste løb" in acute.replace("\n", " ")
    assert "p < 0,001" in everything


def test_english_report_uses_english_formats(demo_reports, csb):
    _, analysis = csb
    reader = PdfReader(demo_reports[f"{CSB}/en"])
    texts = page_texts(reader)
    pages = {title: page for _, title, page in outline(reader)}
    acute = texts[pages["Akutte indlæggelser"] - 1]
    assert "2.39" in acute and "2,39" not in acute
    assert "How to read the figures" in pages
    assert re.search(r"Page 1 of \d+", texts[0])
    assert "1 May 2013" in texts[0]
    assert all(a.explanation.en.split(";")[0].replace("\u00a0", " ") in "\n".join(texts).replace("\n", " ")
               for a in analysis.indicators)


@pytest.mark.parametrize("lang,word", [("da", "Side"), ("en", "Page")])
def test_page_numbers_count_the_real_pages(demo_reports, lang, word):
    for key, pdf in demo_reports.items():
        if not key.endswith(lang):
            continue
        reader = PdfReader(pdf)
        n = len(reader.pages)
        of = "af" if lang == "da" else "of"
        for i, text in enumerate(page_texts(reader), start=1):
            assert f"{word} {i} {of} {n}" in text, (key, i)


def test_bookmarks_follow_the_report_and_each_indicator_has_its_own_page(demo_reports, csb):
    bundle, analysis = csb
    reader = PdfReader(demo_reports[f"{CSB}/da"])
    marks = outline(reader)
    top = [title for level, title, _ in marks if level == 0]
    assert top == ["Indhold", "De fem bundlinjer", "Oversigt over indikatorerne", "Forsøget", "Indikatorerne",
                   "Sådan skal tallene læses"]
    names = [a.name for a in analysis.indicators]
    assert names == [i.name for i in bundle.indicators]
    ind_pages = [page for level, title, page in marks if level == 1 and title in names]
    assert [t for level, t, _ in marks if level == 1 and t in names] == names
    assert ind_pages == list(range(ind_pages[0], ind_pages[0] + len(names)))  # one page each, in order
    page_of = {title: page for _, title, page in marks}
    assert page_of["Indhold"] == 2
    assert page_of["De fem bundlinjer"] < page_of["Oversigt over indikatorerne"] < ind_pages[0]
    assert page_of["Sådan skal tallene læses"] == ind_pages[-1] + 1
    # cover + contents + bottom lines + summary/trial pages + one per indicator + appendix
    assert len(reader.pages) >= 3 + len(names) + 2
    # the table of contents names the sections with their page numbers and links to them
    contents = page_texts(reader)[1]
    assert "Oversigt over indikatorerne" in contents and "Akutte indlæggelser" in contents
    # the indicator pages are listed under their own heading, not under "Forsøget" (the trial's texts)
    order = [contents.index(x) for x in ("Forsøget", "Milepæle", "Indikatorerne", names[0], "Sådan skal tallene")]
    assert order == sorted(order)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) >= len(names) + 4


def test_metadata_and_embedded_font(demo_reports):
    reader = PdfReader(demo_reports[f"{CSB}/da"])
    meta = reader.metadata
    assert meta.title == f"Effektrapport: {CSB}"
    assert "fem bundlinjer" in meta.subject
    assert meta.author == CSB
    assert meta.creation_date is not None
    assert abs((meta.creation_date.date() - dt.date.today()).days) <= 1
    fonts = set()
    for page in reader.pages[:3]:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            assert "/FontDescriptor" in f, f["/BaseFont"]  # no base-14 font (Helvetica) anywhere
            assert "/FontFile2" in f["/FontDescriptor"].get_object(), f["/BaseFont"]  # embedded TrueType
            fonts.add(str(f["/BaseFont"]))
    assert fonts and all("DejaVuSansCondensed" in f for f in fonts)


def test_from_after_start_keeps_the_baseline(demo_db_template, tmp_path):
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        trial = ws.find_trial("FriNoVa")
        bundle = ws.bundle(trial.id)
        full = analyse_period(bundle)
        start = dt.date(2014, 6, 1)
        part = analyse_period(bundle, Period(start, dt.date(2015, 6, 30)))
        pdf = make_effect_report(ws, trial.id, tmp_path / "p.pdf", lang="da", start=start, end=dt.date(2015, 6, 30))
    finally:
        ws.close()
    for a, b in zip(full.indicators, part.indicators, strict=True):
        assert a.baseline == b.baseline  # the comparison is unchanged
        assert all(p.baseline or start <= p.date <= dt.date(2015, 6, 30) for p in b.points)
        assert b.n_follow_up < a.n_follow_up
    cover = page_texts(PdfReader(pdf))[0].replace("\n", " ")
    assert "opfølgning vist fra 01-06-2014; baselinen er bevaret" in cover
    assert "30-06-2015" in cover


def test_subset_of_indicators_keeps_the_bottom_lines_of_the_whole_trial(demo_db_template, tmp_path):
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        trial = ws.find_trial(CSB)
        chosen = [ws.find_indicator(trial.id, "Sygefravær").id]
        pdf = make_effect_report(ws, trial.id, tmp_path / "s.pdf", lang="da", indicator_ids=chosen)
    finally:
        ws.close()
    reader = PdfReader(pdf)
    titles = [t for level, t, _ in outline(reader) if level == 1]
    assert "Sygefravær" in titles and "Akutte indlæggelser" not in titles
    assert "ud fra alle forsøgets 5 indikatorer" in "\n".join(page_texts(reader)).replace("\n", " ")


def test_trial_without_indicators_still_gives_a_report_that_says_so(workspace, tmp_path):
    trial = workspace.create_trial(name="Tomt forsøg på Østerbro", start_date=dt.date(2014, 1, 1),
                                   theory_of_change="## Problem\n- ingen data endnu")
    pdf = make_effect_report(workspace, trial.id, tmp_path / "empty.pdf", lang="da")
    reader = PdfReader(pdf)
    text = "\n".join(page_texts(reader)).replace("\n", " ")
    assert "Forsøget har ingen indikatorer endnu" in text
    assert "Ingen bundlinje er målt eller vurderet endnu" in text
    assert "Illustrative data" not in text
    assert "Tomt forsøg på Østerbro" in text
    top = [t for level, t, _ in outline(reader) if level == 0]
    assert "Indikatorerne" not in top and "Sådan skal tallene læses" in top


def test_indicator_without_data_gets_a_page_that_says_what_is_missing(workspace, tmp_path):
    trial = workspace.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    workspace.create_indicator(trial.id, name="Ventetid på bolig", bottom_line="service", unit="dage")
    ind = workspace.create_indicator(trial.id, name="Tilfredshed", bottom_line="service", decimals=1)
    for k, v in enumerate([60.0, 61.5, 59.0, 70.25, 72.0, 71.0]):
        workspace.add_measurement(ind.id, date=dt.date(2013 + k // 3, 3 + k % 3, 1), value=v)
    pdf = make_effect_report(workspace, trial.id, tmp_path / "gap.pdf", lang="da")
    reader = PdfReader(pdf)
    pages = {t: p for _, t, p in outline(reader)}
    page = page_texts(reader)[pages["Ventetid på bolig"] - 1].replace("\n", " ")
    assert "For få data" in page
    assert "Der er ingen målinger af denne indikator i perioden" in page
    other = page_texts(reader)[pages["Tilfredshed"] - 1]
    assert "60,2" in other and "71,0" in other  # baseline mean 60.1666… and the latest, one decimal, Danish


def test_period_that_ends_before_it_starts_is_refused(workspace, tmp_path):
    from effektmaaling.domain.errors import ValidationError

    trial = workspace.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    with pytest.raises(ValidationError, match="starter"):
        make_effect_report(workspace, trial.id, tmp_path / "x.pdf", start=dt.date(2015, 1, 1), end=dt.date(2014, 1, 1))
    assert not (tmp_path / "x.pdf").exists()


def test_builder_uses_the_given_analysis_and_not_its_own(demo_db_template, tmp_path):
    """The report prints the analysis it is given: a doctored explanation shows up verbatim."""
    import dataclasses

    from effektmaaling.domain.i18n import Text

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        bundle = ws.bundle(ws.find_trial("FriNoVa").id)
    finally:
        ws.close()
    analysis = analyse_period(bundle)
    first = dataclasses.replace(analysis.indicators[0], explanation=Text("Sætning fra analysen.", "From the analysis."))
    analysis = dataclasses.replace(analysis, indicators=(first, *analysis.indicators[1:]))
    pdf = build_effect_report(bundle, tmp_path / "a.pdf", lang="da", analysis=analysis, today=REPORT_DATE)
    assert "Sætning fra analysen." in "\n".join(page_texts(PdfReader(pdf)))


def test_every_indicator_of_every_demo_report_keeps_to_one_page(demo_reports):
    """The indicator pages are dense (chart, key figures, periods, test, effect size, run chart, caveats):
    in both languages each indicator's page is followed directly by the next indicator's (or the appendix)."""
    for key, pdf in demo_reports.items():
        reader = PdfReader(pdf)
        marks = outline(reader)
        level0 = [(t, p) for level, t, p in marks if level == 0]
        start = next(p for t, p in level0 if t in ("Indikatorerne", "The indicators"))
        after = next(p for t, p in level0 if t in ("Sådan skal tallene læses", "How to read the figures"))
        inds = [p for level, _, p in marks if level == 1 and start <= p < after]
        assert inds == list(range(start, after)), key  # one page each, no page of leftovers
        # nothing is alone on the last page: the references share a page with the appendix text
        assert len(reader.pages) - after <= 1, key


def test_from_date_keeps_a_measurement_on_the_last_baseline_day(workspace):
    """"Baseline til og med" is inclusive: a measurement dated on that day is baseline, and a report that
    starts its follow-up later keeps it (it was dropped when the period filter read the date as exclusive)."""
    trial = workspace.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    ind = workspace.create_indicator(trial.id, name="Ventetid", bottom_line="service", unit="dage",
                                     baseline_end_date=dt.date(2013, 12, 31))
    for month, value in ((10, 30.0), (11, 31.0), (12, 29.0)):
        workspace.add_measurement(ind.id, date=dt.date(2013, month, 31 if month != 11 else 30), value=value)
    for month in range(1, 7):
        workspace.add_measurement(ind.id, date=dt.date(2014, month, 28), value=20.0 + month)
    bundle = workspace.bundle(trial.id)
    part = analyse_period(bundle, Period(dt.date(2014, 3, 1), None))
    a = part.indicators[0]
    assert a.baseline.n_points == 3 and a.baseline.value == pytest.approx(30.0)


def test_a_stopped_build_leaves_no_partial_pdf_and_the_old_file_untouched(demo_db_template, tmp_path):
    """The PDF is written whole or not at all: a build stopped from ``on_page`` (the GUI's Annullér) leaves
    neither a partial file nor its temporary beside it, and a file of that name from before is kept."""
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        trial = ws.find_trial("FriNoVa")
        out = tmp_path / "rapport.pdf"
        out.write_bytes(b"the report from before")
        seen: list[tuple[int, int | None]] = []

        class Stop(Exception):
            pass

        def on_page(page: int, pages: int | None) -> None:
            seen.append((page, pages))
            if pages is not None and page == 3:  # the second pass: a complete file was written by the first
                raise Stop

        with pytest.raises(Stop):
            make_effect_report(ws, trial.id, out, today=REPORT_DATE, on_page=on_page)
        assert seen[0] == (1, None) and (3, seen[-1][1]) == seen[-1] and seen[-1][1] > 5
        assert out.read_bytes() == b"the report from before"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]
        done = make_effect_report(ws, trial.id, out, today=REPORT_DATE, on_page=lambda *_: None)
        assert len(PdfReader(done).pages) == seen[-1][1]
    finally:
        ws.close()


def test_charts_and_tables_are_drawn_only_in_the_kept_pass_and_the_pdf_has_them(demo_db_template, tmp_path,
                                                                                 monkeypatch):
    """multiBuild lays the report out twice (the table of contents, the page total); the first pass's canvas
    is thrown away, so the charts' pictures and the tables' cells are drawn once, on the kept pass."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Table as ReportlabTable

    from effektmaaling.reports import chart, style

    drawn = {"charts": 0, "tables": 0, "skipped": 0}
    real_draw, real_table = Drawing.draw, ReportlabTable.draw

    def draw(self, *args, **kwargs):
        drawn["charts"] += isinstance(self, chart.ChartDrawing)
        return real_draw(self, *args, **kwargs)

    def table_draw(self):
        drawn["tables"] += 1
        return real_table(self)

    real_layout_only = style.layout_only

    def layout_only(canvas):
        skip = real_layout_only(canvas)
        drawn["skipped"] += skip
        return skip

    monkeypatch.setattr(Drawing, "draw", draw)
    monkeypatch.setattr(ReportlabTable, "draw", table_draw)
    monkeypatch.setattr(style, "layout_only", layout_only)
    monkeypatch.setattr(chart, "layout_only", layout_only)
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        trial = ws.find_trial("FriNoVa")
        n = len(ws.indicators(trial.id))
        out = make_effect_report(ws, trial.id, tmp_path / "r.pdf", today=REPORT_DATE)
    finally:
        ws.close()
    assert drawn["skipped"] > 0 and drawn["tables"] > 0
    assert drawn["charts"] == n  # each chart drawn once, in the kept (second) pass ...
    text = "".join(page_texts(PdfReader(out)))
    assert text.count("Målinger") >= n and text.count("Kontrolgrænser") >= 1  # ... and its legend in the PDF


def test_reportlab_uses_its_c_accelerators():
    """rl_accel (a dependency): reportlab's number formatting and text widths in C, not its Python fallbacks
    (a third of the report's time)."""
    from reportlab.lib.rl_accel import asciiBase85Encode, fp_str

    assert fp_str.__module__ == "_rl_accel" and asciiBase85Encode.__module__ == "_rl_accel"
@pytest.mark.parametrize(("lang", "points"), [("da", "procentpoint"), ("en", "percentage points")])
def test_a_change_of_a_percentage_unit_is_in_percentage_points(demo_db_template, tmp_path, lang, points):
    """Sygefravær is measured in »% af arbejdsdage«: its change is +2,2 percentage points, as in the comparison
    (it read »+2,2 % af arbejdsdage«, as if per cent of the days)."""
    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        trial = ws.find_trial(CSB)
        chosen = [ws.find_indicator(trial.id, "Sygefravær").id]
        pdf = make_effect_report(ws, trial.id, tmp_path / "s.pdf", lang=lang, indicator_ids=chosen)
    finally:
        ws.close()
    text = " ".join(page_texts(PdfReader(pdf))).replace("\n", " ").replace("\u00a0", " ")
    assert re.search(r"\+2[,.]2 " + points, text), text[-1500:]
