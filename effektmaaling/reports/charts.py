"""The effect chart of an indicator as a reportlab vector drawing, drawn from the analysis' ChartSpec.

The spec decides what is on the chart (the same spec the GUI draws with pyqtgraph); this module only
draws it: the baseline period as a band with its centre line, the target as a dashed line, control
limits dashed, the trial start and milestones as vertical lines, the measurements, and signals marked
by symbol as well as colour (▲ improvement, ▼ deterioration), with a small legend below.
"""

from __future__ import annotations

import datetime as dt
import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ..analysis.chart import ChartSpec
from ..analysis.results import Meaning
from ..domain.formatting import format_number
from . import style as st

BAND = colors.HexColor("#dde7f2")
SERIES = colors.HexColor("#2f5d8c")
LIMIT = colors.HexColor("#8a94a3")
TARGET = colors.HexColor("#2e7d32")
START = colors.HexColor("#1d2430")
MILESTONE = colors.HexColor("#6d7785")

_MONTHS = {"da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
           "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def _nice_step(span: float, target_ticks: int = 5) -> float:
    raw = span / max(1, target_ticks)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def triangle(x: float, y: float, size: float, up: bool, fill: colors.Color) -> Polygon:
    h = size
    pts = [x - h, y - h * 0.8, x + h, y - h * 0.8, x, y + h] if up else [x - h, y + h * 0.8, x + h, y + h * 0.8, x, y - h]
    return Polygon(pts, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5)


def signal_colour(meaning: Meaning) -> colors.Color:
    return st.GOOD if meaning is Meaning.IMPROVEMENT else st.BAD


def chart_drawing(spec: ChartSpec, width: float, height: float, lang: str = "da") -> Drawing:
    """The chart of ``spec`` as a Drawing of the given size (points)."""
    st.register_fonts()
    da = lang == "da"
    d = Drawing(width, height)
    legend_h = 16
    left, right, top, bottom = 44, 10, 16, 22 + legend_h
    pw, ph = width - left - right, height - top - bottom
    x0, y0 = left, bottom
    d.add(Rect(x0, y0, pw, ph, fillColor=colors.white, strokeColor=st.RULE, strokeWidth=0.6))

    values: list[float] = [p.value for p in spec.points]
    values += [v for v in (spec.baseline_value, spec.target_value) if v is not None]
    values += [v for v in (*spec.lcl, *spec.ucl) if v is not None]
    if spec.x_min is None or spec.x_max is None or not spec.points:
        d.add(String(x0 + pw / 2, y0 + ph / 2, "Ingen målinger i perioden" if da else "No measurements in the period",
                     fontName=st.FONT_ITALIC, fontSize=9, fillColor=st.MUTED, textAnchor="middle"))
        return d

    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        lo, hi = lo - max(1.0, abs(lo) * 0.1), hi + max(1.0, abs(hi) * 0.1)
    step = _nice_step(hi - lo)
    lo_t, hi_t = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if lo >= 0 and lo_t < 0:
        lo_t = 0.0
    pad = (hi_t - lo_t) * 0.04
    ymin, ymax = lo_t - pad, hi_t + pad
    first, last = spec.x_min.toordinal(), spec.x_max.toordinal()
    span = max(1, last - first)
    xmin, xmax = first - span * 0.03, last + span * 0.03

    def X(date: dt.date) -> float:
        return x0 + (date.toordinal() - xmin) / (xmax - xmin) * pw

    def Y(v: float) -> float:
        return y0 + (v - ymin) / (ymax - ymin) * ph

    # baseline period band
    if spec.baseline_start is not None:
        bx0 = max(x0, X(spec.baseline_start) - 4)
        bx1 = min(x0 + pw, X(spec.baseline_end))
        if bx1 > bx0:
            d.add(Rect(bx0, y0, bx1 - bx0, ph, fillColor=BAND, strokeColor=None))
            d.add(String(bx0 + 3, y0 + 3, "Baselineperiode" if da else "Baseline period", fontName=st.FONT,
                         fontSize=6.5, fillColor=SERIES))

    # grid and y axis
    tick_dec = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    v = lo_t
    while v <= hi_t + step * 1e-6:
        y = Y(v)
        d.add(Line(x0, y, x0 + pw, y, strokeColor=colors.HexColor("#eceff3"), strokeWidth=0.5))
        d.add(String(x0 - 4, y - 2.5, format_number(v, tick_dec, lang), fontName=st.FONT, fontSize=6.5,
                     fillColor=st.MUTED, textAnchor="end"))
        v += step
    if spec.unit and len(spec.unit) <= 6:  # longer units are in the caption under the chart
        d.add(String(x0 - 4, y0 + ph + 5, spec.unit, fontName=st.FONT, fontSize=6.5, fillColor=st.MUTED,
                     textAnchor="end"))

    # date axis: a tick per year (labelled), quarters as minor ticks; quarters labelled on short spans
    years = range(dt.date.fromordinal(math.ceil(xmin)).year, dt.date.fromordinal(int(xmax)).year + 2)
    short = (xmax - xmin) < 800
    for year in years:
        for month in (1, 4, 7, 10):
            day = dt.date(year, month, 1)
            x = X(day)
            if not (x0 <= x <= x0 + pw):
                continue
            major = month == 1
            d.add(Line(x, y0, x, y0 - (4 if major else 2), strokeColor=st.MUTED, strokeWidth=0.6))
            if major:
                d.add(Line(x, y0, x, y0 + ph, strokeColor=colors.HexColor("#eceff3"), strokeWidth=0.5))
                d.add(String(x, y0 - 12, str(year), fontName=st.FONT_BOLD if short else st.FONT, fontSize=7,
                             fillColor=st.INK, textAnchor="middle"))
            elif short:
                d.add(String(x, y0 - 11, _MONTHS[lang][month - 1], fontName=st.FONT, fontSize=6,
                             fillColor=st.MUTED, textAnchor="middle"))

    # baseline centre line (the comparison level), whole width
    if spec.baseline_value is not None:
        y = Y(spec.baseline_value)
        d.add(Line(x0, y, x0 + pw, y, strokeColor=SERIES, strokeWidth=0.9))
    # control limits (per point, stepwise) or the run-chart median
    if spec.has_limits:
        for limits in (spec.lcl, spec.ucl):
            pts: list[float] = []
            for p, lim in zip(spec.points, limits, strict=False):
                if lim is None or not (ymin <= lim <= ymax):
                    if len(pts) >= 4:
                        d.add(PolyLine(pts, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[3, 2]))
                    pts = []
                    continue
                pts += [X(p.date), Y(lim)]
            if len(pts) >= 4:
                d.add(PolyLine(pts, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[3, 2]))
            elif len(pts) == 2:
                d.add(Line(pts[0] - 3, pts[1], pts[0] + 3, pts[1], strokeColor=LIMIT, strokeWidth=0.7))
    elif spec.median is not None and ymin <= spec.median <= ymax:
        y = Y(spec.median)
        d.add(Line(x0, y, x0 + pw, y, strokeColor=LIMIT, strokeWidth=0.7, strokeDashArray=[1, 2]))
    # target
    if spec.target_value is not None:
        y = Y(spec.target_value)
        d.add(Line(x0, y, x0 + pw, y, strokeColor=TARGET, strokeWidth=1.1, strokeDashArray=[5, 3]))
        text = ("Mål " if da else "Target ") + format_number(spec.target_value, spec.decimals, lang)
        tw = _text_width(text, 6.5) + 6
        ly = y + 3 if y + 12 < y0 + ph else y - 9

        def crowded(xa: float, xb: float) -> bool:
            return any(xa <= X(p.date) <= xb and ly - 5 <= Y(p.value) <= ly + 10 for p in spec.points)

        right = not crowded(x0 + pw - tw, x0 + pw)
        if right or crowded(x0, x0 + tw):
            d.add(String(x0 + pw - 3, ly, text, fontName=st.FONT_BOLD, fontSize=6.5, fillColor=TARGET,
                         textAnchor="end"))
        else:
            d.add(String(x0 + 3, ly, text, fontName=st.FONT_BOLD, fontSize=6.5, fillColor=TARGET))

    # markers: trial start (solid, labelled) and milestones (dotted, numbered; listed under the chart)
    n_milestone = 0
    for m in spec.markers:
        x = X(m.date)
        if not (x0 <= x <= x0 + pw):
            continue
        if m.kind == "start":
            d.add(Line(x, y0, x, y0 + ph, strokeColor=START, strokeWidth=1))
            d.add(String(x - 2, y0 + ph + 4, m.label.get(lang), fontName=st.FONT_BOLD, fontSize=6.5,
                         fillColor=START, textAnchor="end"))
        else:
            n_milestone += 1
            d.add(Line(x, y0, x, y0 + ph, strokeColor=MILESTONE, strokeWidth=0.7, strokeDashArray=[1.5, 1.5]))
            g = Group()
            g.add(Circle(x, y0 + ph + 6, 5, fillColor=colors.white, strokeColor=MILESTONE, strokeWidth=0.7))
            g.add(String(x, y0 + ph + 3.7, str(n_milestone), fontName=st.FONT_BOLD, fontSize=6,
                         fillColor=MILESTONE, textAnchor="middle"))
            d.add(g)

    # the series
    line_pts: list[float] = []
    for p in spec.points:
        line_pts += [X(p.date), Y(p.value)]
    if len(line_pts) >= 4:
        d.add(PolyLine(line_pts, strokeColor=SERIES, strokeWidth=0.9))
    radius = 2.1 if len(spec.points) < 40 else 1.5
    for p in spec.points:
        x, y = X(p.date), Y(p.value)
        if p.signal is not None:
            d.add(triangle(x, y, 3.6, p.signal is Meaning.IMPROVEMENT, signal_colour(p.signal)))
        else:
            d.add(Circle(x, y, radius, fillColor=colors.white if p.baseline else SERIES, strokeColor=SERIES,
                         strokeWidth=0.8))

    _legend(d, spec, x0, 3, lang)
    return d


def _legend(d: Drawing, spec: ChartSpec, x: float, y: float, lang: str) -> None:
    da = lang == "da"
    items: list[tuple[str, str]] = [("point", "Måling" if da else "Measurement")]
    if any(p.baseline for p in spec.points):
        items.append(("hollow", "Måling i baseline" if da else "Baseline measurement"))
    if any(p.signal is Meaning.IMPROVEMENT for p in spec.points):
        items.append(("up", "Signal: forbedring" if da else "Signal: improvement"))
    if any(p.signal is Meaning.DETERIORATION for p in spec.points):
        items.append(("down", "Signal: forværring" if da else "Signal: deterioration"))
    if spec.baseline_value is not None:
        items.append(("baseline", "Baseline"))
    if spec.target_value is not None:
        items.append(("target", "Mål" if da else "Target"))
    if spec.has_limits:
        items.append(("limits", "Kontrolgrænser" if da else "Control limits"))
    elif spec.median is not None:
        items.append(("median", "Median"))
    cy = y + 4
    for kind, text in items:
        if kind == "point":
            d.add(Circle(x + 5, cy, 2.1, fillColor=SERIES, strokeColor=SERIES))
        elif kind == "hollow":
            d.add(Circle(x + 5, cy, 2.1, fillColor=colors.white, strokeColor=SERIES, strokeWidth=0.8))
        elif kind in ("up", "down"):
            d.add(triangle(x + 5, cy, 3.4, kind == "up", st.GOOD if kind == "up" else st.BAD))
        else:
            colour, dash, w = {"baseline": (SERIES, None, 0.9), "target": (TARGET, [5, 3], 1.1),
                               "limits": (LIMIT, [3, 2], 0.7), "median": (LIMIT, [1, 2], 0.7)}[kind]
            d.add(Line(x, cy, x + 12, cy, strokeColor=colour, strokeWidth=w, strokeDashArray=dash))
        d.add(String(x + 15, cy - 2.3, text, fontName=st.FONT, fontSize=6.5, fillColor=st.INK))
        x += 15 + _text_width(text, 6.5) + 12


def _text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, st.FONT, size)
