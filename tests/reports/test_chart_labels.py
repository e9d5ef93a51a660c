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
