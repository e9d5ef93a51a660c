"""The dashboard card's small chart, painted with QPainter: the same picture as the compact
:class:`~effektmaaling.ui.chart.EffectChart` (baseline band and centre, control limits and centre line, target,
trial start and milestones, the measurements, signals; numbers and dates on the axes in the chosen language),
but a light widget: no pyqtgraph scene per card, nothing to import before the dashboard shows (a pyqtgraph
chart cost ~40 ms to create, twenty of them a trial, and pyqtgraph's import ~1 s at the program's start).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.formatting import format_number
from ..domain.i18n import current_language
from .chart_data import ChartData, chart_summary, tr
from .icons import BASELINE, IMPROVED, MILESTONE, NEUTRAL, TARGET, WORSENED

MONTHS = {
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
BIG_SERIES = 2000  # above this many points: no symbols (as the large chart)


def nice_step(span: float, count: int) -> float:
    """A step of 1, 2 or 5 × 10ⁿ that cuts ``span`` into about ``count`` parts."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def value_ticks(lo: float, hi: float, count: int) -> tuple[list[float], int]:
    """Tick values inside [lo, hi] and the decimals their labels need."""
    step = nice_step(hi - lo, count)
    first = math.ceil(lo / step - 1e-9)
    ticks = [k * step for k in range(first, math.floor(hi / step + 1e-9) + 1)]
    places = max(0, math.ceil(-math.log10(step) - 1e-9))
    return ticks, places


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def date_ticks(first: dt.date, last: dt.date, room: float, label_width: float) -> tuple[list[dt.date], list[str],
                                                                                        list[dt.date]]:
    """Labelled dates (the first of a year, or of every 1, 3 or 6 months), their labels, and unlabelled
    minor ticks between them, chosen so that labels ``label_width`` wide fit on ``room`` pixels."""
    months = MONTHS["en" if current_language() == "en" else "da"]
    span_months = max(_months_between(first, last), 1)
    fits = max(int(room // (max(label_width, 1.0) * 1.3)), 1)  # labels well apart, as the large chart's
    for step in (1, 3, 6, 12, 24, 60, 120):
        if span_months / step <= fits:
            break
    start = dt.date(first.year, 1, 1) if step >= 12 else dt.date(first.year, first.month, 1)
    major, labels, minor = [], [], []
    k = 0
    while True:
        total = start.year * 12 + start.month - 1 + k
        d = dt.date(total // 12, total % 12 + 1, 1)
        if d > last:
            break
        k += 1
        if d < first:
            continue
        on_step = (d.month - 1) % step == 0 if step < 12 else d.month == 1 and d.year % (step // 12) == 0
        if on_step:
            major.append(d)
            labels.append(str(d.year) if step >= 12 else f"{months[d.month - 1]} {d.year}"
                          if d.month == 1 or step >= 3 else months[d.month - 1])
        elif (step >= 12 and d.month in (1, 4, 7, 10)) or step < 12:
            minor.append(d)
    return major, labels, minor


class CardChart(QWidget):
    """A small chart of one indicator on a dashboard card, painted from :class:`ChartData`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: ChartData | None = None
        self.show_limits = True
        self.setObjectName("cardChart")
        self.setAccessibleName(tr("Graf over målingerne"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.fontMetrics().height() * 9)

    def viewport(self) -> QWidget:  # as the large chart: the widget that would take the focus
        return self

    def set_data(self, data: ChartData | None) -> None:
        self.data_ = data
        self.setAccessibleName(tr("Graf: {title}").format(title=data.title) if data is not None and data.title
                               else tr("Graf over målingerne"))
        self.setAccessibleDescription(chart_summary(data))
        self.update()

    # --- painting -------------------------------------------------------------------------------

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bg, fg = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        p.fillRect(self.rect(), bg)
        font = self._font()
        p.setFont(font)
        fm = QFontMetrics(font)
        d = self.data_
        if d is None or not d.dates:
            if d is not None:
                p.setPen(fg)
                p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, tr("Ingen målinger endnu"))
            p.end()
            return
        self._paint_chart(p, d, fm, fg)
        p.end()

    def _ranges(self, d: ChartData) -> tuple[float, float, float, float]:
        ys = [v for v in d.values if v is not None and math.isfinite(v)]
        for extra in (d.target, d.baseline_centre):
            if extra is not None and math.isfinite(extra):
                ys.append(extra)
        if self.show_limits and d.upper:
            ys += [v for v in (*d.upper, *d.lower) if v is not None and math.isfinite(v)]
        lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
        pad = (hi - lo) * 0.08 or max(abs(hi) * 0.1, 1.0)
        x_lo = min([d.dates[0], *(m.date for m in d.markers)]).toordinal()
        x_hi = d.dates[-1].toordinal()
        x_pad = (x_hi - x_lo) * 0.02 or 15.0
        return x_lo - x_pad, x_hi + x_pad, lo - pad, hi + pad

    def _paint_chart(self, p: QPainter, d: ChartData, fm: QFontMetrics, fg: QColor) -> None:
        x0, x1, y0, y1 = self._ranges(d)
        ticks, places = value_ticks(y0, y1, max(2, int(self.height() / (fm.height() * 1.6))))
        tick_labels = [format_number(v, places) for v in ticks]
        left = max([fm.horizontalAdvance(t) for t in tick_labels] + [fm.horizontalAdvance("00")]) + 10
        plot = QRectF(left, fm.height() * 0.5, max(self.width() - left - 8, 10),
                      max(self.height() - fm.height() * 2.0 - 6, 10))

        def px(day: dt.date | float) -> float:
            o = day.toordinal() if isinstance(day, dt.date) else day
            return plot.left() + (o - x0) / (x1 - x0) * plot.width()

        def py(v: float) -> float:
            return plot.bottom() - (v - y0) / (y1 - y0) * plot.height()

        axis = QColor(fg.darker(110) if self.palette().color(QPalette.ColorRole.Base).lightness() > 128 else fg)
        # the grid and the value axis
        grid = QColor(fg)
        grid.setAlphaF(0.15)
        p.setPen(QPen(grid, 1))
        for v in ticks:
            p.drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)))
        p.setPen(QPen(axis, 1))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for v, text in zip(ticks, tick_labels, strict=True):
            y = py(v)
            p.setPen(QPen(axis, 1))
            p.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            p.setPen(fg)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 7, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        # the date axis
        first, last = dt.date.fromordinal(max(math.ceil(x0), 1)), dt.date.fromordinal(int(x1))
        major, labels, minor = date_ticks(first, last, plot.width(), fm.horizontalAdvance("sep 0000") + 12)
        p.setPen(QPen(axis, 1))
        for day in minor:
            p.drawLine(QPointF(px(day), plot.bottom()), QPointF(px(day), plot.bottom() + 3))
        for day, text in zip(major, labels, strict=True):
            x = px(day)
            p.setPen(QPen(axis, 1))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 5))
            p.setPen(fg)
            w = fm.horizontalAdvance(text) + 4
            left_edge = min(max(x - w / 2, 0.0), self.width() - w)  # never cut at the chart's edge
            p.drawText(QRectF(left_edge, plot.bottom() + 5, w, fm.height()), Qt.AlignmentFlag.AlignCenter, text)

        p.save()
        p.setClipRect(plot)
        # the baseline: a band over its period and its centre
        if d.baseline_start and d.baseline_end and d.baseline_end > d.baseline_start:
            band = QColor(BASELINE)
            band.setAlpha(38)
            p.fillRect(QRectF(QPointF(px(d.baseline_start), plot.top()), QPointF(px(d.baseline_end), plot.bottom())),
                       band)
        if d.baseline_centre is not None and d.baseline_start and d.baseline_end:
            p.setPen(QPen(BASELINE, 2.5))
            y = py(d.baseline_centre)
            p.drawLine(QPointF(px(d.baseline_start), y), QPointF(px(d.baseline_end), y))
        elif d.baseline_centre is not None and d.baseline_typed and math.isfinite(d.baseline_centre):
            # a typed baseline (no measurements before the start): dotted, across the plot, as on the
            # indicator's page and in the report
            start = min(d.baseline_end, d.dates[0]) if d.baseline_end else d.dates[0]
            p.setPen(QPen(BASELINE, 2.5, Qt.PenStyle.DotLine))
            y = py(d.baseline_centre)
            p.drawLine(QPointF(px(start), y), QPointF(px(d.dates[-1]), y))
        # the trial's start and the milestones
        for m in d.markers:
            start = m.kind == "start"
            pen = QPen(fg if start else MILESTONE, 1.6 if start else 1.2,
                       Qt.PenStyle.SolidLine if start else Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(px(m.date), plot.top()), QPointF(px(m.date), plot.bottom()))
        # control limits (dashed) and their centre (dotted), broken where a phase begins
        if self.show_limits and d.limit_dates and d.upper:
            for values, pen in ((d.upper, QPen(NEUTRAL, 1.2, Qt.PenStyle.DashLine)),
                                (d.lower, QPen(NEUTRAL, 1.2, Qt.PenStyle.DashLine)),
                                (d.centre, QPen(NEUTRAL, 1.0, Qt.PenStyle.DotLine))):
                if values:
                    p.setPen(pen)
                    p.drawPath(self._path(d.limit_dates, values, px, py))
        # the target
        if d.target is not None and math.isfinite(d.target):
            p.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), py(d.target)), QPointF(plot.right(), py(d.target)))
        # the measurements: a line with a dot on each
        big = len(d.dates) > BIG_SERIES
        p.setPen(QPen(fg, 1.0 if big else 1.6))
        p.drawPath(self._path(d.dates, d.values, px, py))
        if not big:
            p.setBrush(fg)
            p.setPen(QPen(fg, 1))
            for day, v in zip(d.dates, d.values, strict=False):
                if v is not None and math.isfinite(v):
                    p.drawEllipse(QPointF(px(day), py(v)), 2.5, 2.5)
        # signals: their own colour and shape (a triangle up for an improvement, down for a deterioration)
        if self.show_limits:
            r = 4.5
            for s in d.signals:
                up = s.kind == "improvement"
                colour = IMPROVED if up else WORSENED
                p.setPen(QPen(colour.darker(130), 1))
                p.setBrush(colour)
                x, y = px(s.date), py(s.value)
                sign = -1 if up else 1
                p.drawPolygon(QPolygonF([QPointF(x, y + sign * r), QPointF(x - r, y - sign * r * 0.75),
                                         QPointF(x + r, y - sign * r * 0.75)]))
        p.restore()

    @staticmethod
    def _path(dates: list[dt.date], values: list[float], px: Any, py: Any) -> QPainterPath:
        """A line through the finite values; a missing value (NaN, None) breaks it."""
        path = QPainterPath()
        pen_down = False
        for day, v in zip(dates, values, strict=False):
            if v is None or not math.isfinite(v):
                pen_down = False
                continue
            point = QPointF(px(day), py(v))
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        return path
