"""Milestone labels on the effect chart sit in a band above the data and never cover a point."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF


def _chart(qtbot, data, width=900, height=420):
    from effektmaaling.ui.chart import EffectChart

    chart = EffectChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(data)
    qtbot.wait(30)
    return chart


def _data(top_at_milestones=True):
    from effektmaaling.ui.chart import ChartData, Marker

    start = dt.date(2024, 1, 1)
    dates = [start + dt.timedelta(days=14 * i) for i in range(30)]
    values = [5.0 + (i % 4) * 0.3 for i in range(30)]
    markers = [Marker(dates[6], "Forsøget starter", "start"),
               Marker(dates[12], "Ny vagtplan indført", "milestone"),
               Marker(dates[13], "Ekstra medarbejder ansat", "milestone"),
               Marker(dates[20], "Evaluering med borgerne", "milestone")]
    if top_at_milestones:  # the highest values exactly where the labels are drawn
        for m in markers:
            values[dates.index(m.date)] = 9.0
            values[dates.index(m.date) + 1] = 9.0
    return ChartData(title="Test", unit="timer", decimals=1, dates=dates, values=values,
                     n=[None] * 30, markers=markers, target=8.0, target_label="Mål 8,0")


def _label_boxes(chart):
    return [line.label.sceneBoundingRect() for line, _k in chart._marker_lines]


def _point_spots(chart):
    vb = chart.getPlotItem().vb
    return [vb.mapViewToScene(QPointF(x, y)) for x, y in zip(chart._x, chart._y, strict=True)]


def _check(chart, tmp_path, name):
    chart.grab().save(str(tmp_path / f"{name}.png"))
    boxes = _label_boxes(chart)
    assert len(boxes) == 4
    points = _point_spots(chart)
    for box in boxes:  # no label over a point (the symbol's radius around it)
        grown = box.adjusted(-4, -4, 4, 4)
        assert not any(grown.contains(p) for p in points), (box, [p for p in points if grown.contains(p)])
    for i, a in enumerate(boxes):  # nor over each other
        for b in boxes[i + 1:]:
            assert not a.intersects(b), (a, b)
    vb = chart.getPlotItem().vb.sceneBoundingRect()
    for box in boxes:  # and inside the plot
        assert vb.adjusted(-1, -1, 1, 1).contains(box)


def test_milestone_labels_never_cover_the_points(qtbot, tmp_path):
    chart = _chart(qtbot, _data())
    _check(chart, tmp_path, "wide")


def test_milestone_labels_clear_of_points_in_a_low_and_narrow_chart(qtbot, tmp_path):
    chart = _chart(qtbot, _data(), width=520, height=300)
    _check(chart, tmp_path, "small")
    chart.resize(1200, 520)  # a resize places them again
    qtbot.wait(30)
    _check(chart, tmp_path, "resized")


def test_milestone_on_the_start_date_has_its_own_label_clear_of_the_start(qtbot, tmp_path):
    """»Teams etableret« on the trial's start date: both labels are drawn, neither over the other."""
    from effektmaaling.ui.chart import Marker

    data = _data()
    data.markers[2] = Marker(data.markers[0].date, "Teams etableret", "milestone")  # 4 labels: 4 rows at most
    for width, height in ((900, 420), (520, 300)):
        chart = _chart(qtbot, data, width, height)
        chart.grab().save(str(tmp_path / f"start-{width}.png"))
        texts = [line.label.toPlainText() for line, _k in chart._marker_lines]
        assert "Teams etableret" in texts and "Forsøget starter" in texts
        boxes = _label_boxes(chart)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not a.intersects(b), (a, b)
        vb = chart.getPlotItem().vb.sceneBoundingRect()
        assert all(vb.adjusted(-1, -1, 1, 1).contains(box) for box in boxes)
