"""Labels on the report chart stay clear of the data and of each other."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, String

from effektmaaling.analysis.chart import build_chart_spec
from effektmaaling.reports.chart import chart_drawing
from effektmaaling.services.analysis import analyse_bundle

HOME = "Den Sociale Hjemmepleje Valby/Vesterbro"


def strings(node) -> list[String]:
    out = []
    for item in getattr(node, "contents", []):
        if isinstance(item, String):
            out.append(item)
        elif isinstance(item, Group):
            out += strings(item)
    return out


def test_target_label_avoids_the_series_and_long_unit_gets_its_own_line(demo_workspace):
    trial = demo_workspace.find_trial(HOME)
    bundle = demo_workspace.bundle(trial.id)
    analysis = analyse_bundle(bundle)
    a = next(x for x in analysis.indicators if x.name.startswith("Kontinuitet"))
    spec = build_chart_spec(a, bundle.milestones, trial.start_date)
    d = chart_drawing(spec, "da", 480, 190)
    texts = strings(d)
    target = next(s for s in texts if s.text.startswith("Mål "))
    assert target.text == "Mål 8,0"  # the value only; the unit is above the axis
    # the series ends near the target at the right, so the label goes to the left end
    assert target.x < 240
    unit = next(s for s in texts if s.text == spec.unit)
    start = next(s for s in texts if s.text == "Start")
    assert unit.y > start.y + 6  # a line of its own: the long unit would run into "Start"


def _crowded_spec():
    """Milestones a few days apart, the start next to one, and the highest points right under them."""
    import datetime as dt

    from effektmaaling.analysis.chart import ChartMarker, ChartPoint, ChartSpec
    from effektmaaling.domain.enums import Direction
    from effektmaaling.domain.i18n import Text

    start = dt.date(2024, 1, 1)
    dates = [start + dt.timedelta(days=14 * i) for i in range(30)]
    values = [5.0 + (i % 4) * 0.3 for i in range(30)]
    markers = [ChartMarker(dates[6], Text("Forsøget starter", "Trial starts"), "start"),
               ChartMarker(dates[6] + dt.timedelta(days=3), Text("A", "A"), "milestone"),
               ChartMarker(dates[12], Text("B", "B"), "milestone"),
               ChartMarker(dates[12] + dt.timedelta(days=4), Text("C", "C"), "milestone"),
               ChartMarker(dates[20], Text("D", "D"), "milestone")]
    for m in markers:
        values[min(range(30), key=lambda i: abs((dates[i] - m.date).days))] = 9.0
    points = tuple(ChartPoint(d, v, None, i < 6, None, ()) for i, (d, v) in enumerate(zip(dates, values, strict=True)))
    return ChartSpec(title="T", unit="timer", decimals=1, direction=Direction.INCREASE, points=points,
                     baseline_start=dates[0], baseline_end=dates[5], baseline_value=5.5, target_value=8.0,
                     target_date=None, spc_chart=None, centre=None, lcl=(), ucl=(), median=None,
                     markers=tuple(markers), x_min=dates[0], x_max=dates[-1])


def _shapes(node, kind):
    out = []
    for item in getattr(node, "contents", []):
        if isinstance(item, kind):
            out.append(item)
        elif isinstance(item, Group):
            out += _shapes(item, kind)
    return out


def test_milestone_numbers_close_together_are_staggered_above_the_data(tmp_path):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Circle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    spec = _crowded_spec()
    d = chart_drawing(spec, "da", 480, 190)
    renderPDF.drawToFile(d, str(tmp_path / "crowded.pdf"))  # looked at with pdftoppm
    circles = [c for c in _shapes(d, Circle) if c.r > 4]  # the numbered rings (the points are 1.7)
    from reportlab.graphics.shapes import Polygon
    dots = [c for c in _shapes(d, Circle) if c.r < 2 and c.cy > 30]
    dots += [type("P", (), {"cx": sum(p.points[0::2]) / 3, "cy": sum(p.points[1::2]) / 3})()
             for p in _shapes(d, Polygon) if len(p.points) == 6 and sum(p.points[1::2]) / 3 > 30]  # signals
    assert len(dots) >= 15  # not the legend's sample
    assert len(circles) == 4 and len(dots) == 30
    for i, a in enumerate(circles):  # numbers 2 and 3 lay on top of each other
        for b in circles[i + 1:]:
            assert (a.cx - b.cx) ** 2 + (a.cy - b.cy) ** 2 >= (a.r + b.r) ** 2
    start = next(s for s in strings(d) if s.text == "Start")
    x0, x1 = start.x, start.x + stringWidth(start.text, start.fontName, start.fontSize)
    for c in circles:  # "Start" was half hidden under ring 1
        assert c.cx + c.r < x0 or c.cx - c.r > x1 or c.cy - c.r > start.y + start.fontSize or c.cy + c.r < start.y
    top = max(p.cy + p.r for p in dots)
    assert all(c.cy - c.r > top for c in circles) and start.y > top
    assert all(c.cy + c.r <= 190 for c in circles)  # inside the drawing


def test_milestone_on_the_start_date_is_numbered_beside_start_without_an_extra_row(demo_workspace):
    """The demo's »Teams etableret« is dated on the trial's start: it was dropped from the chart and from the
    notes under it. It gets its number right after »Start«, on the same row (no taller band)."""
    from reportlab.graphics.shapes import Circle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from effektmaaling.reports.chart import milestone_notes

    trial = demo_workspace.find_trial(HOME)
    bundle = demo_workspace.bundle(trial.id)
    assert any(m.date == trial.start_date and m.text == "Teams etableret" for m in bundle.milestones)
    a = next(x for x in analyse_bundle(bundle).indicators if x.name.startswith("Kontinuitet"))
    spec = build_chart_spec(a, bundle.milestones, trial.start_date)
    notes = milestone_notes(spec, "da")
    assert notes[0] == (1, trial.start_date, "Teams etableret")
    d = chart_drawing(spec, "da", 480, 190)
    start = next(s for s in strings(d) if s.text == "Start")
    one = next(s for s in strings(d) if s.text == "1")
    ring = next(c for c in _shapes(d, Circle) if c.r > 4 and abs(c.cx - one.x) < 0.1)
    end = start.x + stringWidth(start.text, start.fontName, start.fontSize)
    assert end < ring.cx - ring.r < end + 6  # just after the word, not over it
    assert ring.cy - ring.r < start.y + start.fontSize and ring.cy + ring.r > start.y  # the same row


def test_target_label_of_a_proportion_has_its_percent_sign_and_clears_points_just_under_it():
    """»Mål 60,0« lacked »%« and was drawn over the last points, which lay just under the target."""
    import datetime as dt

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from effektmaaling.analysis.chart import ChartMarker, ChartPoint, ChartSpec
    from effektmaaling.domain.enums import Direction
    from effektmaaling.domain.i18n import Text

    start = dt.date(2024, 9, 15)
    dates = [dt.date(2024 + (8 + i) // 12, (8 + i) % 12 + 1, 15) for i in range(12)]
    values = [39.0, 40.0, 41.5, 38.0, 40.5, 39.0, 50.0, 55.0, 57.0, 58.6, 58.8, 59.0]
    from effektmaaling.analysis.results import Meaning
    points = tuple(ChartPoint(d, v, 100, i < 6, Meaning.IMPROVEMENT if i >= 9 else None, ("shift",) if i >= 9 else ())
                   for i, (d, v) in enumerate(zip(dates, values, strict=True)))
    spec = ChartSpec(title="T", unit="%", decimals=1, direction=Direction.INCREASE, points=points,
                     baseline_start=dates[0], baseline_end=dates[5], baseline_value=39.4, target_value=60.0,
                     target_date=None, spc_chart=None, centre=None, lcl=(), ucl=(), median=None,
                     markers=(ChartMarker(dates[6], Text("Forsøget starter", "Trial starts"), "start"),),
                     x_min=start, x_max=dates[-1])
    d = chart_drawing(spec, "da", 480, 165)
    target = next(s for s in strings(d) if s.text.startswith("Mål "))
    assert target.text == "Mål 60,0\u00a0%"
    from reportlab.graphics.shapes import Circle, Polygon
    dots = [c for c in _shapes(d, Circle) if c.r < 2 and c.cy > 30]
    dots += [type("P", (), {"cx": sum(p.points[0::2]) / 3, "cy": sum(p.points[1::2]) / 3})()
             for p in _shapes(d, Polygon) if len(p.points) == 6 and sum(p.points[1::2]) / 3 > 30]  # signals
    assert len(dots) >= 15
    x0, x1 = target.x - 2, target.x + stringWidth(target.text, target.fontName, target.fontSize) + 2
    for c in dots:
        assert not (x0 - 3 <= c.cx <= x1 + 3 and target.y - 5 <= c.cy <= target.y + 10), (c.cx, c.cy, x0, x1, target.y)
