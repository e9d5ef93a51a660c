"""The effect chart as a vector drawing (reportlab.graphics), drawn from the analysis' ChartSpec.

It shows what the app's chart shows: the measurements, the baseline period (band) and its centre,
the target line, the trial start and the milestones, control limits and signals. Every element is told
apart by line style or symbol as well as by colour, so a grayscale print still reads: solid line with
dots = measurements, thick line over a light band = baseline, long dashes = target, short dashes =
control limits, up/down triangles = signals of improvement/deterioration, numbered dashed verticals =
milestones. Nothing is computed here beyond placing the spec's numbers on the page.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..analysis.chart import ChartSpec
from ..analysis.results import Meaning
from ..domain.formatting import format_number, unit_text, with_unit
from .style import (
    BASELINE,
    FONT,
    FONT_BOLD,
    IMPROVED,
    INK,
    MILESTONE,
    MUTED,
    NEUTRAL,
    RULE,
    TARGET,
    WORSENED,
    layout_only,
    register_fonts,
)

MONTHS = {
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WORDS = {
    "da": {"measurements": "Målinger", "baseline": "Baseline (gennemsnit)",
           "baseline_typed": "Baseline (indtastet)", "target": "Mål", "limits": "Kontrolgrænser",
           "improvement": "Signal: forbedring", "deterioration": "Signal: forværring", "start": "Start",
           "no_data": "Ingen målinger i perioden"},
    "en": {"measurements": "Measurements", "baseline": "Baseline (mean)",
           "baseline_typed": "Baseline (typed)", "target": "Target", "limits": "Control limits",
           "improvement": "Signal: improvement", "deterioration": "Signal: deterioration", "start": "Start",
           "no_data": "No measurements in the period"},
}
BAND = colors.HexColor("#FBEDD0")  # the baseline colour, light: prints as a pale grey band
GRID = colors.HexColor("#E6EAEE")
TICK_FONT = 7


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (1, 2, 2.5, 5 × 10^k steps)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(1, target)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    out, v = [], first
    while v <= hi + step * 1e-9:
        out.append(round(v, 10))
        v += step
    return out


def _tick_decimals(ticks: Sequence[float]) -> int:
    if len(ticks) < 2:
        return 0
    step = abs(ticks[1] - ticks[0])
    return 0 if step >= 1 else min(3, max(0, -math.floor(math.log10(step) + 1e-9)) + (1 if step * 10 % 1 else 0))


def date_ticks(lo: dt.date, hi: dt.date, lang: str) -> list[tuple[dt.date, str]]:
    """Month starts spaced to fit: years when long, quarters or months when short."""
    months = MONTHS[lang]
    span_months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = 12 if span_months > 40 else 6 if span_months > 20 else 3 if span_months > 8 else 1
    y, m = lo.year, lo.month
    out = []
    while True:
        m += 1
        if m > 12:
            m, y = 1, y + 1
        if (m - 1) % step:
            continue
        d = dt.date(y, m, 1)
        if d > hi:
            return out
        if step == 12:
            out.append((d, str(y)))
        else:
            out.append((d, f"{months[m - 1]} {y}" if m == 1 or step >= 6 or not out else months[m - 1]))


def _triangle(x: float, y: float, r: float, up: bool, fill: colors.Color) -> Polygon:
    h = r * 1.15
    pts = [x, y + h, x + r, y - h * 0.6, x - r, y - h * 0.6] if up else [x, y - h, x + r, y + h * 0.6, x - r, y + h * 0.6]
    return Polygon(pts, fillColor=fill, strokeColor=INK, strokeWidth=0.5)


class ChartDrawing(Drawing):
    """A chart, drawn on the page only in a pass that may be kept (see :func:`style.layout_only`)."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        if not layout_only(getattr(self, "canv", None)):
            super().draw(*args, **kwargs)


def chart_drawing(spec: ChartSpec, lang: str, width: float, height: float = 190) -> Drawing:
    """The chart of one indicator; the legend and milestone numbers sit below the plot, inside ``height``."""
    register_fonts()  # usable on its own, not only inside a report
    w = WORDS[lang]
    d = ChartDrawing(width, height, initialFontName=FONT)
    legend_h = 26
    pts = spec.points
    if not pts:
        d.add(Rect(0, legend_h, width, height - legend_h, fillColor=colors.HexColor("#F5F7F9"), strokeColor=RULE,
                   strokeWidth=0.5))
        d.add(String(width / 2, legend_h + (height - legend_h) / 2, w["no_data"], fontName=FONT, fontSize=9,
                     fillColor=MUTED, textAnchor="middle"))
        return d

    # --- scales --------------------------------------------------------------------------------
    ys = [p.value for p in pts]
    ys += [v for v in (spec.target_value, spec.baseline_value) if v is not None]
    ys += [v for v in (*spec.lcl, *spec.ucl) if v is not None and math.isfinite(v)]
    y_lo, y_hi = min(ys), max(ys)
    pad = (y_hi - y_lo) * 0.08 or max(abs(y_hi) * 0.1, 1.0)
    ticks = nice_ticks(y_lo - pad, y_hi + pad)
    y_lo, y_hi = min(ticks[0], y_lo - pad), max(ticks[-1], y_hi + pad)
    tdec = _tick_decimals(ticks)
    labels = [format_number(t, tdec, lang) for t in ticks]
    left = max(stringWidth(s, FONT, TICK_FONT) for s in labels) + 8
    bottom, top, right = legend_h + 16, 16, 6
    pw = width - left - right

    d0 = min(spec.x_min or pts[0].date, pts[0].date)
    d1 = max(spec.x_max or pts[-1].date, pts[-1].date)
    span = max(1, (d1 - d0).days)
    x_pad = span * 0.02
    x_lo, x_hi = d0.toordinal() - x_pad, d1.toordinal() + x_pad

    def X(date: dt.date) -> float:
        return left + (date.toordinal() - x_lo) / (x_hi - x_lo) * pw

    # the start and the milestones' numbers sit in a band above the plot, never over the data; a label that
    # would run into the one before it goes on the next row up (two milestones a few days apart)
    # a milestone on the start date has its number just after »Start«, on the start's line
    marker_rows: dict[int, int] = {}
    row_ends: list[float] = []
    start_w = stringWidth(w["start"], FONT_BOLD, TICK_FONT)
    starts = {m.date for m in spec.markers if m.kind == "start"}
    ring_x: dict[int, float] = {}
    for k, m in enumerate(spec.markers):
        ring_x[k] = X(m.date) + (2 + start_w + 7 if m.kind != "start" and m.date in starts else 0)
    for k, m in sorted(enumerate(spec.markers), key=lambda km: ring_x[km[0]]):
        if not left <= X(m.date) <= left + pw:
            continue
        a, b = ((X(m.date) + 2, X(m.date) + 2 + start_w) if m.kind == "start"
                else (ring_x[k] - 5, ring_x[k] + 5))
        row = next((r for r, end in enumerate(row_ends) if a > end + 1), len(row_ends))
        if row == len(row_ends):
            row_ends.append(b)
        row_ends[row] = b
        marker_rows[k] = row
    top += 10 * max(0, len(row_ends) - 1)
    # the unit sits above the value axis; when it would run into the start or milestone labels on the
    # same line, it gets a line of its own above them
    unit = unit_text(spec.unit, "", lang)  # a score's range as »(skala 0–10)«
    unit_w = stringWidth(unit, FONT, TICK_FONT) if unit else 0.0
    unit_own_line = bool(row_ends) and (len(row_ends) > 1 or any(
        X(m.date) - 5 < unit_w + 4 for k, m in enumerate(spec.markers) if k in marker_rows))
    if unit_own_line:
        top += 10
    ph = height - bottom - top
    band = 10 * max(0, len(row_ends) - 1)  # the rows above the first

    def Y(v: float) -> float:
        return bottom + (v - y_lo) / (y_hi - y_lo) * ph

    plot = Group()
    # grid and y labels
    for t, s in zip(ticks, labels, strict=True):
        y = Y(t)
        plot.add(Line(left, y, left + pw, y, strokeColor=GRID, strokeWidth=0.5))
        plot.add(String(left - 4, y - 2.4, s, fontName=FONT, fontSize=TICK_FONT, fillColor=MUTED, textAnchor="end"))
    if unit:  # the unit above the value axis, left-aligned so that long units stay on the page
        plot.add(String(0, bottom + ph + band + (16 if unit_own_line else 6), unit, fontName=FONT, fontSize=TICK_FONT,
                        fillColor=MUTED))
    # x axis
    plot.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.6))
    for date, s in date_ticks(d0, d1, lang):
        x = X(date)
        if left <= x <= left + pw:
            plot.add(Line(x, bottom, x, bottom - 3, strokeColor=MUTED, strokeWidth=0.6))
            plot.add(String(x, bottom - 11, s, fontName=FONT, fontSize=TICK_FONT, fillColor=MUTED, textAnchor="middle"))

    # baseline band and centre
    if spec.baseline_start is not None and spec.baseline_start < spec.baseline_end:
        x0, x1 = X(spec.baseline_start), min(X(spec.baseline_end), left + pw)
        plot.add(Rect(x0, bottom, x1 - x0, ph, fillColor=BAND, strokeColor=None))
        if spec.baseline_value is not None:
            plot.add(Line(x0, Y(spec.baseline_value), x1, Y(spec.baseline_value), strokeColor=BASELINE,
                          strokeWidth=2.4))
    elif spec.baseline_value is not None:  # a typed baseline without points: dotted, across the plot
        x = max(left, min(X(spec.baseline_end), left + pw))
        plot.add(Line(x, Y(spec.baseline_value), left + pw, Y(spec.baseline_value), strokeColor=BASELINE,
                      strokeWidth=2.4, strokeDashArray=[1, 1.5]))

    # control limits and centre
    if spec.has_limits:
        breaks = {ph.first for ph in spec.phases}  # each phase's limits are drawn on their own
        for series in (spec.ucl, spec.lcl):
            run: list[float] = []
            for i, (p, v) in enumerate(zip(pts, series, strict=False)):
                if i in breaks or v is None or not math.isfinite(v):
                    if len(run) >= 4:
                        plot.add(PolyLine(run, strokeColor=NEUTRAL, strokeWidth=0.8, strokeDashArray=[3, 2]))
                    run = []
                    if v is None or not math.isfinite(v):
                        continue
                run += [X(p.date), Y(v)]
            if len(run) >= 4:
                plot.add(PolyLine(run, strokeColor=NEUTRAL, strokeWidth=0.8, strokeDashArray=[3, 2]))
        if spec.phases:  # each phase's centre from its phase change to the next, named after the milestone
            edges = [left] + [max(left, min(X(phase.start), left + pw)) for phase in spec.phases] + [left + pw]
            for k, (_a, _b, c) in enumerate(spec.centre_segments()):
                plot.add(Line(edges[k], Y(c), edges[k + 1], Y(c), strokeColor=NEUTRAL, strokeWidth=0.6,
                              strokeDashArray=[0.8, 2]))
            for phase, x0, x1 in zip(spec.phases, edges[1:], edges[2:], strict=False):
                if phase.centre is None:
                    continue
                name = phase.name
                while name and stringWidth(name, FONT, 6) > max(x1 - x0 - 4, 0):
                    name = name[:-2] + "…" if len(name) > 2 else ""
                if name:
                    plot.add(String(x0 + 2, Y(phase.centre) + 2, name, fontName=FONT, fontSize=6, fillColor=MUTED))
        elif spec.centre is not None:
            plot.add(Line(left, Y(spec.centre), left + pw, Y(spec.centre), strokeColor=NEUTRAL, strokeWidth=0.6,
                          strokeDashArray=[0.8, 2]))

    # target
    if spec.target_value is not None:
        yt = Y(spec.target_value)
        plot.add(Line(left, yt, left + pw, yt, strokeColor=TARGET, strokeWidth=1.3, strokeDashArray=[6, 3]))
        # the label names the value only (the unit is above the axis) and goes to whichever end of the
        # line, above or below it, is clear of the measurements
        value = format_number(spec.target_value, spec.decimals, lang)
        s = f"{w['target']} {with_unit(value, '%', lang) if spec.unit == '%' else value}"  # a proportion: »60,0 %«
        tw = stringWidth(s, FONT_BOLD, TICK_FONT)
        spots = []
        for y_text in (yt + 3, yt - 9):
            if not (bottom + 1 <= y_text and y_text + 8 <= bottom + ph):
                continue
            spots += [(left + pw - 4 - tw, y_text), (left + 4, y_text)]
        spots = spots or [(left + pw - 4 - tw, yt + 3)]

        def clash(x_text: float, y_text: float) -> int:
            # a point's symbol (a signal's triangle is the largest) reaches about 5 pt from its centre
            return sum(1 for p in pts if x_text - 6 <= X(p.date) <= x_text + tw + 6
                       and y_text - 7 <= Y(p.value) <= y_text + 13)

        x_text, y_text = min(spots, key=lambda xy: (clash(*xy), spots.index(xy)))
        plot.add(Rect(x_text - 2, y_text - 1.5, tw + 4, 9, fillColor=colors.white, strokeColor=None))
        plot.add(String(x_text, y_text, s, fontName=FONT_BOLD, fontSize=TICK_FONT, fillColor=TARGET))

    # trial start and milestones (numbered; the numbers are explained under the chart)
    number = 0
    for k, m in enumerate(spec.markers):
        x = X(m.date)
        number += m.kind != "start"
        if k not in marker_rows:
            continue
        up = 10 * marker_rows[k]  # a higher row: the line runs up to its label
        if m.kind == "start":
            plot.add(Line(x, bottom, x, bottom + ph + 2 + up, strokeColor=INK, strokeWidth=1.0))
            plot.add(String(x + 2, bottom + ph + 4 + up, w["start"], fontName=FONT_BOLD, fontSize=TICK_FONT,
                            fillColor=INK))
        else:
            if ring_x[k] == x:  # on the start date the start's line is the milestone's line too
                plot.add(Line(x, bottom, x, bottom + ph + up, strokeColor=MILESTONE, strokeWidth=0.8,
                              strokeDashArray=[4, 1.5, 1, 1.5]))
            x = ring_x[k]
            plot.add(Circle(x, bottom + ph + 6 + up, 4.6, fillColor=colors.white, strokeColor=MILESTONE,
                            strokeWidth=0.7))
            plot.add(String(x, bottom + ph + 3.6 + up, str(number), fontName=FONT_BOLD, fontSize=6.5,
                            fillColor=MILESTONE, textAnchor="middle"))

    # the measurements
    coords: list[float] = []
    for p in pts:
        coords += [X(p.date), Y(p.value)]
    if len(pts) > 1:
        plot.add(PolyLine(coords, strokeColor=INK, strokeWidth=1.1, strokeLineJoin=1))
    if len(pts) <= 150:
        for p in pts:
            plot.add(Circle(X(p.date), Y(p.value), 1.7, fillColor=INK, strokeColor=None))
    # signals: colour AND shape
    for p in pts:
        if p.signal is not None:
            up = p.signal is Meaning.IMPROVEMENT
            plot.add(_triangle(X(p.date), Y(p.value), 3.6, up, IMPROVED if up else WORSENED))
    d.add(plot)

    # --- legend ---------------------------------------------------------------------------------
    items: list[tuple[str, str]] = [("points", w["measurements"])]
    if spec.baseline_value is not None:
        typed = spec.baseline_start is None
        items.append(("baseline_typed" if typed else "baseline", w["baseline_typed" if typed else "baseline"]))
    if spec.target_value is not None:
        items.append(("target", w["target"]))
    if spec.has_limits:
        items.append(("limits", w["limits"]))
    signals = {p.signal for p in pts if p.signal is not None}
    if Meaning.IMPROVEMENT in signals:
        items.append(("improvement", w["improvement"]))
    if Meaning.DETERIORATION in signals:
        items.append(("deterioration", w["deterioration"]))
    x, y = left, 6
    for kind, text in items:
        sample = Group()
        if kind == "points":
            sample.add(Line(x, y + 3, x + 16, y + 3, strokeColor=INK, strokeWidth=1.1))
            sample.add(Circle(x + 8, y + 3, 1.7, fillColor=INK, strokeColor=None))
        elif kind == "baseline":
            sample.add(Rect(x, y - 1, 16, 8, fillColor=BAND, strokeColor=None))
            sample.add(Line(x, y + 3, x + 16, y + 3, strokeColor=BASELINE, strokeWidth=2.4))
        elif kind == "baseline_typed":
            sample.add(Line(x, y + 3, x + 16, y + 3, strokeColor=BASELINE, strokeWidth=2.4, strokeDashArray=[1, 1.5]))
        elif kind == "target":
            sample.add(Line(x, y + 3, x + 16, y + 3, strokeColor=TARGET, strokeWidth=1.3, strokeDashArray=[6, 3]))
        elif kind == "limits":
            sample.add(Line(x, y + 3, x + 16, y + 3, strokeColor=NEUTRAL, strokeWidth=0.8, strokeDashArray=[3, 2]))
        else:
            up = kind == "improvement"
            sample.add(_triangle(x + 8, y + 3, 3.4, up, IMPROVED if up else WORSENED))
        d.add(sample)
        d.add(String(x + 20, y + 0.6, text, fontName=FONT, fontSize=7, fillColor=INK))
        x += 20 + stringWidth(text, FONT, 7) + 12
    return d


def milestone_notes(spec: ChartSpec, lang: str) -> list[tuple[int, dt.date, str]]:
    """The numbered milestones drawn on the chart: (number, date, text)."""
    out = []
    for m in spec.markers:
        if m.kind != "start":
            out.append((len(out) + 1, m.date, m.label.get(lang)))
    return out
