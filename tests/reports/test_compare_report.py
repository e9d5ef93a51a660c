"""The comparison report read back with pypdf: trials, themes, Danish numbers, æøå, warnings, house style."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from effektmaaling.analysis import analyse_trial
from effektmaaling.analysis.compare import build_comparison
from effektmaaling.domain.entities import Indicator, Measurement, Trial
from effektmaaling.domain.enums import BottomLine
from effektmaaling.reports.compare_report import build_compare_report

from .conftest import page_texts

DEMO = ["Center for Selvstændige Boformer", "Den Sociale Hjemmepleje Valby/Vesterbro", "FriNoVa"]


@pytest.fixture(scope="module")
def demo_pdf(demo_db_template, tmp_path_factory):
    out = tmp_path_factory.mktemp("compare") / "sammenligning.pdf"
    args = [sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "compare", "-o", str(out)]
    for name in DEMO:
        args += ["--trial", name]
    run = subprocess.run(args, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout
    return out


def test_demo_comparison_pdf_reads_back(demo_pdf):
    reader = PdfReader(demo_pdf)
    texts = page_texts(reader)
    text = "\n".join(texts)
    assert "Sammenligning af forsøg" in texts[0]
    for name in DEMO:
        assert name in texts[0]
    for theme in ("Brugertilfredshed", "Sygefravær", "Borgerinddragelse"):
        assert theme in text
    assert "5,2 → 7,4" in text  # Danish decimal comma, from the analysis of sick leave at Boformer
    assert "Hedges' g" in text and "Cohens h" in text and "+ = forbedring" in text
    assert "Rateratio (over 1 = forbedring)" in text  # each kind of effect size in its own figure
    assert "Målopfyldelse" in text and "Måneder siden forsøgets start" in text
    assert "Advarsler" in text and "tæt på 0" in text  # Dialogmøder: an index baseline near zero
    assert "DEMODATA" in text and "ILLUSTRATIVE" not in text  # every trial is demo: every page marked, in Danish
    assert texts[-1].count("Side") == 1 and f"Side {len(texts)} af {len(texts)}" in texts[-1]
    assert reader.metadata.title.startswith("Sammenligning af forsøg")
    fonts = {f for p in reader.pages for f in (p["/Resources"].get("/Font") or {}).values()}
    names = {str(f.get_object()["/BaseFont"]) for f in fonts}
    assert all("Helvetica" not in n for n in names)


START = dt.date(2013, 1, 1)


def month(i: int, start: dt.date) -> dt.date:
    y, m = divmod(start.month - 1 + i, 12)
    return dt.date(start.year + y, m + 1, 1)


def _trial(name: str, start: dt.date, unit: str, values: list[float]):
    t = Trial(name=name, start_date=start)
    ind = Indicator(trial_id=t.id, name=f"Ventetid {name}", bottom_line=BottomLine.SERVICE, theme="Ventetid",
                    unit=unit)
    rows = [Measurement(indicator_id=ind.id, date=month(i - 3, start), value=v) for i, v in enumerate(values)]
    return analyse_trial(t, [ind], {ind.id: rows})


def test_warnings_are_printed_in_both_languages(tmp_path):
    a = _trial("Ærø", START, "dage", [10, 11, 12, 8, 7, 6, 6])
    b = _trial("Østerbro", dt.date(2014, 6, 1), "uger", [2, 2.5, 2.2, 1.5])
    c = build_comparison([a, b])
    assert {w.code for w in c.warnings} >= {"units", "few-points"}
    da = page_texts(PdfReader(build_compare_report(c, tmp_path / "da.pdf", lang="da", today=dt.date(2016, 1, 15))))
    text = "\n".join(da)
    assert "forskellige enheder" in text and "Ærø: dage" in text and "Østerbro: uger" in text
    assert "kun 4 målinger" in text and "Udskrevet 15-01-2016" in text
    en = "\n".join(page_texts(PdfReader(build_compare_report(c, tmp_path / "en.pdf", lang="en"))))
    assert "different units" in en and "Comparison of trials" in en and "Page 1 of" in en


def test_cli_refuses_one_trial(demo_db_template, tmp_path):
    run = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(demo_db_template), "compare", "--trial",
                          "FriNoVa", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert run.returncode == 1 and "mindst to forsøg" in run.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("trials", "indicators"), [(10, 20), (50, 3)])
def test_many_trials_and_indicators_split_across_pages(tmp_path, trials, indicators):
    """Found by the scale benchmark: 10 trials × 20 indicators (a forest plot taller than the page, a box of
    warnings taller than the page) and 50 trials (columns too narrow) ended in reportlab's LayoutError.
    The tables come in parts of at most four trials, the forest plot on as many pages as it needs."""
    from bench.generate import generate
    from effektmaaling.services import Workspace
    from effektmaaling.services.comparing import make_compare_report

    db = generate(tmp_path / "many.db", trials=trials, indicators=indicators, months=18, templates=2, check=False,
                  quiet=True)
    ws = Workspace.open(db, readonly=True)
    try:
        ids = [t.id for t in ws.trials()]
        names = [t.name for t in ws.trials()]
        out = make_compare_report(ws, ids, tmp_path / "many.pdf", lang="da")
    finally:
        ws.close()
    texts = page_texts(PdfReader(out))
    text = "\n".join(texts)
    assert f"Side {len(texts)} af {len(texts)}" in texts[-1]
    assert f"Forsøg 1–4 af {trials}" in text and f"af {trials}" in text.split("De fem bundlinjer")[1]
    # the first page of the forest plot: its axis is named on every part (one panel per kind of effect size)
    first_forest = next(i for i, t in enumerate(texts) if "Effektstørrelse (+ = forbedring)" in t)
    forest = "\n".join(texts[first_forest:])
    assert len(texts) - first_forest >= 2  # the forest plot goes on over more than one page
    assert "(fortsat)" in forest or trials * indicators <= 60
    for name in names:  # every trial in the table, and in the forest plot
        assert name in text.split("Sammenligningstabel")[1].split("De fem bundlinjer")[0]
        assert name in forest
    # every effect size is on some page: as many "g " or "h " values as forest entries
    # (g and h signed, a minus sign or a hyphen; rate ratios unsigned)
    assert len(re.findall(r"\b[gh] [+\-\u2212]\d|\bRR \d", forest)) >= trials * indicators // 2
