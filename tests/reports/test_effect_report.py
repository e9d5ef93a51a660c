"""The effect report, read back with pypdf: names, Danish numbers, æøå, pages, bookmarks, metadata."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from pypdf import PdfReader

from effektmaaling.domain.formatting import format_number
from effektmaaling.services.analysis import analyse_bundle
from effektmaaling.services.reporting import filter_period, write_effect_report

HOME = "Den Sociale Hjemmepleje Valby/Vesterbro"
GENERATED = dt.date(2026, 3, 2)


def text_of(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def outline_titles(reader: PdfReader) -> list:
    def walk(items):
        out = []
        for item in items:
            if isinstance(item, list):
                out.append(walk(item))
            else:
                out.append(item.title)
        return out

    return walk(reader.outline)


@pytest.fixture(scope="module")
def home_report(tmp_path_factory, demo_db_template):
    from effektmaaling.services import Workspace

    ws = Workspace.open(demo_db_template, readonly=True)
    try:
        bundle = ws.bundle(ws.find_trial(HOME).id)
        analysis = analyse_bundle(bundle)
        out = write_effect_report(ws, HOME, tmp_path_factory.mktemp("r") / "home.pdf", "da", generated=GENERATED)
    finally:
        ws.close()
    return out, analysis


def test_danish_report_has_names_numbers_and_letters(home_report):
    out, analysis = home_report
    reader = PdfReader(out)
    pages = text_of(reader)
    full = "\n".join(pages)
    for a in analysis.indicators:
        assert a.name in full
        baseline = format_number(a.baseline.value, a.decimals, "da")
        assert baseline in full
    # Danish formats: decimal comma and dd-mm-yyyy dates
    assert "01-04-2013" in pages[0]  # the trial's start on the cover
    assert "02-03-2026" in pages[0]  # the report's date
    first = analysis.indicators[0]
    assert "," in format_number(first.baseline.value, first.decimals, "da")
    assert "Illustrative data" in pages[0]
    assert all(ch in full for ch in "æøå")
    assert "Forsøget starter" in full  # the chart's start marker, drawn text
    assert "Bedre service" in full and "Medarbejdertrivsel" in full
    # the font is embedded
    fonts = {str(f) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts
    base_fonts = {p["/Resources"]["/Font"][k].get_object()["/BaseFont"] for p in reader.pages[:3]
                  for k in p["/Resources"]["/Font"]}
    assert any("DejaVuSans" in str(b) for b in base_fonts)


def test_pages_bookmarks_and_footer(home_report):
    out, analysis = home_report
    reader = PdfReader(out)
    pages = text_of(reader)
    n = len(pages)
    for i, page in enumerate(pages[1:], start=2):
        assert f"Side {i} af {n}" in page
    titles = outline_titles(reader)
    top = [t for t in titles if isinstance(t, str)]
    assert top == ["1. Samlet vurdering: de fem bundlinjer", "2. Indikatorerne i overblik", "3. Om forsøget",
                   "4. Indikatorerne én for én", "Bilag: Metoderne forklaret"]
    children = titles[titles.index("4. Indikatorerne én for én") + 1]
    assert children == [f"4.{i} {a.name}" for i, a in enumerate(analysis.indicators, 1)]
    # each indicator's bookmark points at the page that has its heading, one page per indicator
    flat = reader.outline[reader.outline.index(next(o for o in reader.outline if not isinstance(o, list)
                                                    and o.title.startswith("4."))) + 1]
    pages_of = [reader.get_destination_page_number(o) for o in flat]
    assert pages_of == list(range(pages_of[0], pages_of[0] + len(analysis.indicators)))
    for p, a in zip(pages_of, analysis.indicators, strict=True):
        assert a.name in pages[p]
    # the appendix follows the last indicator page and the references come last
    assert "Metoderne forklaret" in pages[pages_of[-1] + 1]
    assert "Anhøj" in pages[-1]


def test_metadata(home_report):
    out, _ = home_report
    meta = PdfReader(out).metadata
    assert meta.title == f"Effektrapport: {HOME}"
    assert meta.author == HOME
    assert HOME in meta.subject
    assert meta.creator == "Effektmåling"
    assert meta.creation_date is not None


def test_one_page_per_indicator(demo_workspace, tmp_path):
    trial = demo_workspace.find_trial("FriNoVa")
    ids = [i.id for i in demo_workspace.indicators(trial.id)]
    counts = []
    for k in (1, 2, len(ids)):
        out = write_effect_report(demo_workspace, "FriNoVa", tmp_path / f"r{k}.pdf", "da", indicator_ids=ids[:k])
        counts.append(len(PdfReader(out).pages))
    assert counts[1] - counts[0] == 1
    assert counts[2] - counts[0] == len(ids) - 1


def test_english_report(demo_workspace, tmp_path):
    out = write_effect_report(demo_workspace, "FriNoVa", tmp_path / "en.pdf", "en", generated=GENERATED)
    reader = PdfReader(out)
    pages = text_of(reader)
    n = len(pages)
    assert f"Page 2 of {n}" in pages[1]
    assert "2 Mar 2026" in pages[0]
    assert "Effect report" in pages[0]
    assert outline_titles(reader)[0] == "1. Overall verdict: the five bottom lines"
    assert reader.metadata.title == "Effect report: FriNoVa"


def test_period_keeps_the_baseline(demo_workspace):
    trial = demo_workspace.find_trial(HOME)
    bundle = demo_workspace.bundle(trial.id)
    cut = filter_period(bundle, dt.date(2014, 6, 1), dt.date(2014, 12, 31))
    full, part = analyse_bundle(bundle), analyse_bundle(cut)
    for a, b in zip(full.indicators, part.indicators, strict=True):
        assert a.baseline == b.baseline  # the comparison is unchanged
        follow = [p.date for p in b.points if not p.baseline]
        assert all(dt.date(2014, 6, 1) <= d <= dt.date(2014, 12, 31) for d in follow)
        assert len(b.points) < len(a.points)


def test_trial_without_indicators_and_indicator_without_data(workspace, tmp_path):
    from effektmaaling.domain.enums import BottomLine

    trial = workspace.create_trial(name="Tomt forsøg på Østerbro", start_date=dt.date(2024, 1, 1),
                                   theory_of_change="## Problem\n- ét punkt & <et andet>\n\nAlmindelig tekst.")
    out = write_effect_report(workspace, trial.name, tmp_path / "empty.pdf", "da")
    full = "\n".join(text_of(PdfReader(out)))
    assert "ingen indikatorer" in full
    assert "<et andet>" in full  # escaped, not eaten as markup
    workspace.create_indicator(trial.id, name="Ventetid i døgn", bottom_line=BottomLine.SERVICE)
    out = write_effect_report(workspace, trial.name, tmp_path / "nodata.pdf", "da")
    reader = PdfReader(out)
    full = "\n".join(text_of(reader))
    assert "Ventetid i døgn" in full
    assert "Ingen målinger i perioden" in full
    assert "For få data" in full


def test_cli_report_and_error_line(demo_db_template, tmp_path):
    out = tmp_path / "frinova.pdf"
    r = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "report",
                        "--trial", "frinova", "-o", str(out), "--from", "01-01-2014", "--to", "31-12-2015"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "01-01-2014 – 31-12-2015" in PdfReader(out).pages[0].extract_text()
    missing = tmp_path / "missing.pdf"
    r = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "report",
                        "--trial", "Findes ikke", "-o", str(missing)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Findes ikke" in lines[0] and "findes ikke" in lines[0]
    assert not missing.exists()
    r = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "report",
                        "--trial", "FriNoVa", "-o", str(missing), "--from", "32-13-2014"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "32-13-2014" in r.stderr
