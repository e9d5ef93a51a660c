"""Benchmark: the effect report of a synthetic trial with 20 indicators (aim: under one second).

Three figures from the same run:
- "analysis": ``analyse_trial`` of the 20 indicators (36 monthly points each);
- "report": ``build_effect_report`` (cover, contents, scorecard, summary, the trial, 20 indicator pages
  with vector charts, appendix; two layout passes for the contents and "Side x af y");
- "baseline": a plain reportlab document of the same number of pages with one paragraph each, in
  one pass: what any reportlab PDF of this length costs here.

Usage: ``uv run python bench/bench_report.py [INDICATORS]`` (default 20).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from effektmaaling.analysis import analyse_trial
from effektmaaling.domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from effektmaaling.domain.enums import BottomLine, Direction, MeasureType, Verdict
from effektmaaling.reports.effect_report import build_effect_report


def synthetic(n: int) -> SimpleNamespace:
    rng = random.Random(7)
    trial = Trial(name="Syntetisk forsøg på Nørrebro", start_date=dt.date(2014, 1, 1), unit="Enhed Ø",
                  purpose="Et formål.", target_group="Borgere.", theory_of_change="## Problem\n- a\n- b\n\nTekst.",
                  is_demo=True)
    lines = list(BottomLine)
    indicators, measurements = [], {}
    for i in range(n):
        kind = [MeasureType.VALUE, MeasureType.PROPORTION, MeasureType.COUNT][i % 3]
        ind = Indicator(trial_id=trial.id, name=f"Indikator {i + 1:02d} – trivsel og økonomi", bottom_line=lines[i % 5],
                        measure_type=kind, direction=Direction.INCREASE if i % 2 else Direction.DECREASE,
                        target_value=60.0, unit="point", display_order=i)
        indicators.append(ind)
        ms = []
        for k in range(36):
            date = dt.date(2013 + k // 12, k % 12 + 1, 15)
            level = 50 + (6 if date >= trial.start_date and i % 4 else 0)
            if kind is MeasureType.PROPORTION:
                den = 120
                num = max(0, min(den, round(den * (level + rng.gauss(0, 4)) / 100)))
                ms.append(Measurement(ind.id, date, value=100 * num / den, numerator=num, denominator=den))
            elif kind is MeasureType.COUNT:
                ms.append(Measurement(ind.id, date, value=float(max(0, round(level + rng.gauss(0, 6))))))
            else:
                ms.append(Measurement(ind.id, date, value=level + rng.gauss(0, 3), n=40, sd=9.0))
        measurements[ind.id] = ms
    milestones = [Milestone(trial.id, dt.date(2014, 6, 1), "Ny arbejdsgang")]
    assessments = [Assessment(trial.id, BottomLine.SERVICE, Verdict.PLUS, "Begrundelse.", "Interviews.")]
    return SimpleNamespace(trial=trial, indicators=indicators, measurements=measurements, milestones=milestones,
                           assessments=assessments)


def baseline_pdf(path: Path, pages: int) -> None:
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for i in range(pages):
        story += [Paragraph(f"Side {i + 1}: " + "tekst " * 200, style), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    bundle = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        build_effect_report(bundle, analyse_trial(bundle.trial, bundle.indicators, bundle.measurements,
                                                  bundle.assessments), out)  # warm-up: fonts, imports
        t0 = time.perf_counter()
        analysis = analyse_trial(bundle.trial, bundle.indicators, bundle.measurements, bundle.assessments)
        t1 = time.perf_counter()
        build_effect_report(bundle, analysis, out, generated=dt.date(2026, 1, 1))
        t2 = time.perf_counter()
        pages = len(PdfReader(out).pages)
        size = out.stat().st_size
        t3 = time.perf_counter()
        baseline_pdf(Path(tmp) / "baseline.pdf", pages)
        t4 = time.perf_counter()
    print(f"indicators: {n}, pages: {pages}, size: {size / 1024:.0f} KiB")
    print(f"analysis:           {t1 - t0:7.3f} s")
    print(f"report (PDF):       {t2 - t1:7.3f} s")
    print(f"analysis + report:  {t2 - t0:7.3f} s   (aim: under 1 s)")
    print(f"baseline (plain reportlab, {pages} pages, one pass): {t4 - t3:7.3f} s")


if __name__ == "__main__":
    main()
