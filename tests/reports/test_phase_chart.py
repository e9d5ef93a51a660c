"""SPC phases on the report chart: each phase drawn with its own centre line and limits, named after the
phase-change milestone; the PDF carries the name."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Line, PolyLine, String

from effektmaaling.analysis.chart import build_chart_spec
from effektmaaling.reports.chart import chart_drawing
from effektmaaling.services.analysis import analyse_bundle
from effektmaaling.services.reporting import make_effect_report


def shapes(node, kind) -> list:
    out = []
    for item in getattr(node, "contents", []):
        if isinstance(item, kind):
            out.append(item)
        elif isinstance(item, Group):
            out += shapes(item, kind)
    return out


def _with_phase(ws):
    t = ws.find_trial("FriNoVa")
    a = next(x for x in analyse_bundle(ws.bundle(t.id)).indicators if x.spc is not None and x.n_follow_up >= 16)
    day = a.points[a.baseline.n_points + 8].date
    ws.add_milestone(t.id, day, "Ny visitation", phase_change=True)
    return t, a, day


def test_report_chart_draws_each_phase_with_its_own_centre_and_limits(demo_workspace):
    ws = demo_workspace
    t, a, day = _with_phase(ws)
    bundle = ws.bundle(t.id)
    b = analyse_bundle(bundle).indicator(a.indicator_id)
    spec = build_chart_spec(b, bundle.milestones, t.start_date)
    [ph] = spec.phases
    assert (ph.name, ph.start) == ("Ny visitation", day)
    assert [c for _a, _b, c in spec.centre_segments()] == [b.spc.centre, b.spc.phases[0].centre]
    d = chart_drawing(spec, "da", 480, 190)
    assert any(s.text == "Ny visitation" for s in shapes(d, String))
    limits = [p for p in shapes(d, PolyLine) if p.strokeDashArray == [3, 2]]
    assert len(limits) == 4  # upper and lower, before and after the phase change
    centres = [ln for ln in shapes(d, Line) if ln.strokeDashArray == [0.8, 2]]
    assert len(centres) == 2 and centres[0].x2 == centres[1].x1  # they meet at the phase change
    assert centres[0].y1 != centres[1].y1
    # without the phase change: one centre across the chart, one line per limit
    plain = build_chart_spec(a, [], t.start_date)
    d0 = chart_drawing(plain, "da", 480, 190)
    assert len([ln for ln in shapes(d0, Line) if ln.strokeDashArray == [0.8, 2]]) == 1
    assert len([p for p in shapes(d0, PolyLine) if p.strokeDashArray == [3, 2]]) == 2


def test_effect_report_names_the_phase(demo_workspace, tmp_path):
    ws = demo_workspace
    t, a, _day = _with_phase(ws)
    out = make_effect_report(ws, t.id, tmp_path / "phases.pdf", lang="da", indicator_ids=[a.indicator_id],
                             today=dt.date(2016, 6, 1))
    reader = PdfReader(out)
    pages = [p.extract_text() for p in reader.pages]
    assert any("Ny visitation" in text and a.name in text for text in pages)
    text = " ".join(" ".join(pages).split())
    assert "Faser med egne grænser: »Ny visitation« fra" in text and "(grænser fra 12 målinger)" in text
