"""The effect chart, drawn with pyqtgraph from a chart description in data terms.

The chart itself is described once by the analysis (``analysis.chart.build_chart_spec``); this
module only draws it: points, baseline band and centre, target, trial start and milestones,
control limits and signals (switchable), run-chart median (switchable), hover tooltip, Danish
dates, legend, PNG/SVG export. Large series use pyqtgraph's peak downsampling and clipping.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ..domain.formatting import format_date, format_number, unit_text, with_unit
from ..domain.i18n import current_language
from ..filesafety import refuse_database_target
from .chart_data import ChartData, Marker, Phase, Signal, chart_summary
from .icons import BASELINE, IMPROVED, MILESTONE, NEUTRAL, TARGET, WORSENED

__all__ = ["ChartData", "EffectChart", "Marker", "Phase", "Signal", "chart_summary"]

BIG_SERIES = 2000  # above this many points: no symbols, downsampling and clipping

MONTHS = {
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
_EPOCH = dt.date(1970, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def to_x(d: dt.date) -> float:
    return float((d - _EPOCH).days * 86400)


def from_x(x: float) -> dt.date:
    return _EPOCH + dt.timedelta(days=round(x / 86400))


class NumberAxis(pg.AxisItem):
    """Numbers on the axis in the chosen language: ``7,5`` and ``1.200`` in Danish (pyqtgraph's own ticks
    are ``7.5``), with as many decimals as the distance between the ticks needs."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = abs(spacing * scale)
        places = max(0, math.ceil(-math.log10(step) - 1e-9)) if step > 0 and math.isfinite(step) else 0
        return [format_number(v * scale, places) for v in values]


def number_axes(**more: pg.AxisItem) -> dict[str, pg.AxisItem]:
    """The ``axisItems`` of a plot whose left axis (and ``more``) shows numbers in the chosen language."""
    return {"left": NumberAxis(orientation="left"), **more}


class DanishDateAxis(pg.DateAxisItem):
    """Dates on the axis in the chosen language: ``jan 2014``, ``apr``, ``31-12``."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        months = MONTHS["en" if current_language() == "en" else "da"]
        out = []
        for v in values:
            try:
                d = from_x(v)
            except (OverflowError, ValueError):
                out.append("")
                continue
            if spacing >= 300 * 86400:
                out.append(str(d.year))
            elif spacing >= 25 * 86400:
                out.append(f"{months[d.month - 1]} {d.year}" if d.month == 1 or spacing >= 80 * 86400
                           else months[d.month - 1])
            else:
                out.append(f"{d.day:02d}-{d.month:02d}" if current_language() == "da" else f"{d.day} {months[d.month - 1]}")
        return out


def _pen(colour: QColor, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> Any:
    return pg.mkPen(colour, width=width, style=style)


class EffectChart(pg.PlotWidget):
    """A chart of one indicator. ``compact=True`` gives the small dashboard version."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent, axisItems=number_axes(bottom=DanishDateAxis(orientation="bottom", utcOffset=0)))
        self.compact = compact
        self.show_limits = True
        self.show_median = False
        self.data_: ChartData | None = None
        self.legend: Any = None
        self.legend_corner = ""
        self.empty_message = ""
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self.setObjectName("effectChart")
        self.setAccessibleName(tr("Graf over målingerne"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if compact else Qt.FocusPolicy.StrongFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart is the focus stop, not its inner view
        self.setMenuEnabled(False)
        self.setAntialiasing(True)
        plot = self.getPlotItem()
        plot.setClipToView(True)
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.hideButtons()
        if compact:
            self.setMouseEnabled(False, False)
            plot.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("00.000") + 8)
            self.setMinimumHeight(self.fontMetrics().height() * 9)
        else:
            self.setMouseEnabled(True, False)
            # the legend in its own row under the date axis, so that it never covers the series (at 200 %
            # scaling a legend inside the plot hid half of it)
            self.legend = pg.LegendItem(colCount=4, labelTextSize=f"{self.font().pointSizeF():.0f}pt")
            plot.layout.addItem(self.legend, 4, 1)
            plot.legend = self.legend
            self.setMinimumHeight(self.fontMetrics().height() * 16)
            self.legend_corner = "below"
            self.scene().sigMouseMoved.connect(self._hover)
            plot.vb.sigResized.connect(lambda *_: self._place_marker_labels())
            plot.vb.sigXRangeChanged.connect(lambda *_: self._place_marker_labels())  # panned: rows again
        self.apply_palette()

    def apply_palette(self) -> None:
        pal = QApplication.palette() if QApplication.instance() else QPalette()
        bg = pal.color(QPalette.ColorRole.Base)
        fg = pal.color(QPalette.ColorRole.Text)
        self._fg = fg
        self.setBackground(bg)
        if self.legend is not None:
            self.legend.setLabelTextColor(fg)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(fg.darker(110) if bg.lightness() > 128 else fg))
            axis.setTextPen(pg.mkPen(fg))
            font = QFont(self.font())
            if self.compact:
                font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            axis.setStyle(tickFont=font)

    # --- drawing --------------------------------------------------------------------------------

    def set_data(self, data: ChartData | None) -> None:
        self.data_ = data
        self.setAccessibleName(tr("Graf: {title}").format(title=data.title) if data is not None and data.title
                               else tr("Graf over målingerne"))
        self.setAccessibleDescription(chart_summary(data))
        self.redraw()

    def set_show_limits(self, on: bool) -> None:
        self.show_limits = on
        self.redraw()

    def set_show_median(self, on: bool) -> None:
        self.show_median = on
        self.redraw()

    def redraw(self) -> None:
        plot = self.getPlotItem()
        plot.clear()
        if not self.compact and self.legend is not None:
            self.legend.clear()
        d = self.data_
        self.empty_message = ""
        for name in ("left", "bottom"):
            plot.getAxis(name).setTicks(None)
        if self.legend is not None:
            self.legend.setVisible(bool(d is not None and d.dates))
        if d is None or not d.dates:
            self._x, self._y = np.zeros(0), np.zeros(0)
            self._show_empty(plot, d)
            return
        x = np.fromiter((to_x(v) for v in d.dates), float, len(d.dates))
        y = np.asarray(d.values, float)
        self._x, self._y = x, y
        big = len(x) > BIG_SERIES
        fg = self._fg

        # baseline band and centre line
        if d.baseline_start and d.baseline_end and d.baseline_end > d.baseline_start:
            band = pg.LinearRegionItem((to_x(d.baseline_start), to_x(d.baseline_end)), movable=False,
                                       brush=pg.mkBrush(BASELINE.red(), BASELINE.green(), BASELINE.blue(), 38),
                                       pen=pg.mkPen(None))
            band.setZValue(-20)
            plot.addItem(band)
        if d.baseline_centre is not None and d.baseline_start and d.baseline_end:
            bl = plot.plot([to_x(d.baseline_start), to_x(d.baseline_end)], [d.baseline_centre] * 2,
                           pen=_pen(BASELINE, 2.5), name=None if self.compact else tr("Baseline (gennemsnit)"))
            bl.setZValue(-5)
        elif d.baseline_centre is not None and d.baseline_typed:  # across the plot, to compare the points with
            x0 = min(to_x(d.baseline_end), x[0]) if d.baseline_end else x[0]
            bl = plot.plot([x0, x[-1]], [d.baseline_centre] * 2, pen=_pen(BASELINE, 2.5, Qt.PenStyle.DotLine),
                           name=None if self.compact else tr("Baseline") if d.baseline_measured
                           else tr("Baseline (indtastet)"))
            bl.setZValue(-5)
        # control limits and centre line
        if self.show_limits and d.limit_dates and d.upper:
            lx = np.fromiter((to_x(v) for v in d.limit_dates), float, len(d.limit_dates))
            dash = _pen(NEUTRAL, 1.2, Qt.PenStyle.DashLine)
            plot.plot(lx, np.asarray(d.upper, float), pen=dash, stepMode=None, connect="finite",
                      name=None if self.compact else tr("Kontrolgrænser"))
            plot.plot(lx, np.asarray(d.lower, float), pen=dash, connect="finite")
            if d.centre:
                plot.plot(lx, np.asarray(d.centre, float), pen=_pen(NEUTRAL, 1.0, Qt.PenStyle.DotLine), connect="finite")
        if self.show_limits and d.limit_dates and d.upper and not self.compact:
            for ph in d.phases:  # each phase named after its milestone, above its own centre line
                if ph.centre is not None and math.isfinite(ph.centre):
                    label = pg.TextItem(ph.name, color=NEUTRAL, anchor=(0, 1))
                    label.setPos(to_x(ph.start), ph.centre)
                    plot.addItem(label)
        if self.show_median and d.median is not None and d.phases:  # a median per phase
            med_pen = _pen(NEUTRAL, 1.2, Qt.PenStyle.DashDotLine)
            segments = [(x[0], to_x(d.median_until or d.dates[-1]), d.median)]
            segments += [(to_x(ph.start), to_x(ph.end), ph.median) for ph in d.phases if ph.median is not None]
            for x0, x1, m in segments:
                plot.plot([x0, x1], [m, m], pen=med_pen)
            if not self.compact:
                self.legend.addItem(pg.PlotDataItem(pen=med_pen), tr("Median (seriediagram)"))
        elif self.show_median and d.median is not None:
            med = pg.InfiniteLine(pos=d.median, angle=0, pen=_pen(NEUTRAL, 1.2, Qt.PenStyle.DashDotLine))
            plot.addItem(med)
            if not self.compact:
                self.legend.addItem(pg.PlotDataItem(pen=_pen(NEUTRAL, 1.2, Qt.PenStyle.DashDotLine)),
                                    tr("Median (seriediagram)"))
        # target: the line across the plot, its label on an axis of its own at the right edge, outside the
        # plotted range, so that it never covers points and is never cut at the top (at 200 % the label
        # inside the plot sat over the newest points)
        self._draw_target(plot, d)
        # trial start and milestones; a label in the right half of the chart reads leftwards from its line,
        # so that it is not cut at the chart's edge
        self._marker_lines = []
        self._data_y = None
        x_first = min([x[0], *(to_x(m.date) for m in d.markers)])
        x_middle = (x_first + x[-1]) / 2
        for k, m in enumerate(d.markers):
            side = 1 if to_x(m.date) > x_middle else 0
            colour = fg if m.kind == "start" else MILESTONE
            line = pg.InfiniteLine(pos=to_x(m.date), angle=90,
                                   pen=_pen(colour, 1.6 if m.kind == "start" else 1.2,
                                            Qt.PenStyle.SolidLine if m.kind == "start" else Qt.PenStyle.DashLine),
                                   label=None if self.compact else m.text,
                                   labelOpts={"position": 0.98, "color": colour,
                                              "anchors": [(side, 0), (side, 0)],
                                              "fill": pg.mkBrush(self.backgroundBrush().color())})
            line.setZValue(-10)
            plot.addItem(line)
            if getattr(line, "label", None) is not None:
                self._marker_lines.append((line, k))
        # the measurements
        kwargs: dict[str, Any] = {"pen": _pen(fg, 1.6 if not big else 1.0)}
        if not big:
            kwargs.update(symbol="o", symbolSize=5 if self.compact else 7, symbolBrush=pg.mkBrush(fg),
                          symbolPen=pg.mkPen(fg))
        curve = plot.plot(x, y, name=None if self.compact else tr("Målinger"), **kwargs)
        if big:
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        # signals: distinct colour AND symbol
        if self.show_limits and d.signals:
            for kind, colour, symbol, name in (("improvement", IMPROVED, "t1", tr("Signal: forbedring")),
                                               ("deterioration", WORSENED, "t", tr("Signal: forværring"))):
                pts = [s for s in d.signals if s.kind == kind]
                if not pts:
                    continue
                plot.plot([to_x(s.date) for s in pts], [s.value for s in pts], pen=None, symbol=symbol,
                          symbolSize=9 if self.compact else 13, symbolBrush=pg.mkBrush(colour),
                          symbolPen=pg.mkPen(colour.darker(130), width=1),
                          name=None if self.compact else name)
        # ranges: include target and limits
        ys = [float(np.nanmin(y)), float(np.nanmax(y))]
        for extra in (d.target, d.baseline_centre):
            if extra is not None and math.isfinite(extra):
                ys.append(extra)
        if self.show_limits and d.upper:
            for arr in (np.asarray(d.upper, float), np.asarray(d.lower, float)):
                if np.isfinite(arr).any():
                    ys += [float(np.nanmin(arr)), float(np.nanmax(arr))]
        lo, hi = min(ys), max(ys)
        pad = (hi - lo) * 0.08 or max(abs(hi) * 0.1, 1.0)
        self._data_y = (lo - pad, hi + pad)
        plot.setYRange(lo - pad, hi + pad, padding=0)
        x_lo = min(x[0], *(to_x(m.date) for m in d.markers)) if d.markers else x[0]
        plot.setXRange(x_lo, x[-1], padding=0.02)
        self._place_marker_labels()

    def _draw_target(self, plot: Any, d: ChartData) -> None:
        """The target: the line across the plot, its label on an axis of its own at the right edge, outside
        the plotted range, so that it never covers points and is never cut at the top (at 200 % the label
        inside the plot sat over the newest points). Without a target the axis is hidden and emptied (an
        empty chart showed the previous indicator's target)."""
        right = plot.getAxis("right")
        right.setTicks([[], []])
        if d.target is not None:
            tl = pg.InfiniteLine(pos=d.target, angle=0, pen=_pen(TARGET, 2, Qt.PenStyle.DashLine))
            plot.addItem(tl)
            if not self.compact:
                if self.legend is not None and d.dates:
                    self.legend.addItem(pg.PlotDataItem(pen=_pen(TARGET, 2, Qt.PenStyle.DashLine)), tr("Mål"))
                text = self.target_text()
                plot.showAxis("right")
                right.setTicks([[(d.target, text)], []])
                right.setTextPen(pg.mkPen(TARGET))
                right.setPen(pg.mkPen(None))
                right.setStyle(tickLength=0, hideOverlappingLabels=False)
                right.setWidth(self.fontMetrics().horizontalAdvance(text) + 12)
                right.setToolTip(d.target_label or text)
        if d.target is None or self.compact:
            plot.hideAxis("right")
            right.setToolTip("")

    def _show_empty(self, plot: Any, d: ChartData | None) -> None:
        """No measurements: an empty chart (no axes left from another indicator) and what to do."""
        for name in ("left", "bottom"):
            plot.getAxis(name).setTicks([[], []])
        self._marker_lines = []
        self._data_y = None
        plot.setXRange(0, 1, padding=0)
        plot.setYRange(0, 1, padding=0)
        if d is None:
            self._draw_target(plot, ChartData())
            return
        message_y = 0.5
        if d.target is not None and math.isfinite(d.target):
            # the indicator's own target, in the upper part; the message below it
            step = max(abs(d.target) * 0.25, 1.0)
            plot.setYRange(d.target - 3 * step, d.target + step, padding=0)
            message_y = d.target - 1.5 * step
        self._draw_target(plot, d)
        self.empty_message = tr("Ingen målinger endnu. Skriv den første i tabellen nedenfor, indsæt fra Excel "
                                "med Ctrl+V, eller importér en fil med Fil → Importér målinger …")
        item = pg.TextItem(self.empty_message, color=self._fg, anchor=(0.5, 0.5))
        if self.compact:
            item.setText(tr("Ingen målinger endnu"))
        item.setPos(0.5, message_y)
        font = QFont(self.font())
        item.setFont(font)
        if not self.compact:
            item.setTextWidth(max(200, self.width() * 0.6))
        plot.addItem(item)


    def _place_marker_labels(self) -> None:
        """Milestone labels in a band of their own above the data: the value range is raised by the band's
        height, so that no label covers a point (labels over the plot hid the highest points). Labels that
        would overlap go on the next row down, so the band is only as tall as the crowding needs."""
        if self.__dict__.get("_placing"):
            return
        self._placing = True
        try:
            self._place_marker_labels_now()
        finally:
            self._placing = False

    def _place_marker_labels_now(self) -> None:
        lines = self.__dict__.get("_marker_lines", [])
        vb = self.getPlotItem().vb
        height = vb.height()
        box = vb.sceneBoundingRect()
        if not lines or height <= 0 or box.width() <= 0:
            return
        tall = max([line.label.boundingRect().height() for line, _k in lines] + [self.fontMetrics().height()])
        gap = 2.0
        # each label reads away from the nearer edge; when it does not fit there (a narrow chart, 200 %) it is
        # moved along its line just enough to stay inside the plot instead of being cut at the edge
        spans = []
        for line, _k in lines:
            label = line.label
            width = label.boundingRect().width()
            x = vb.mapViewToScene(QPointF(line.value(), 0)).x()
            room_left, room_right = x - box.left(), box.right() - x
            wanted = 1.0 if room_left > room_right else 0.0
            low, high = max(0.0, 1 - room_right / max(width, 1)), min(1.0, room_left / max(width, 1))
            anchor = min(max(wanted, low), high) if low <= high else room_left / max(room_left + room_right, 1)
            if label.anchors[0][0] != anchor:
                label.anchors = [(anchor, 0), (anchor, 0)]
                label.updatePosition()
            spans.append((x - anchor * width, x + (1 - anchor) * width, label))
        # rows: a label goes on the first row where it clears the labels already there
        ends: list[float] = []
        rows = []
        for x0, x1, label in sorted(spans, key=lambda s: s[0]):
            row = next((r for r, end in enumerate(ends) if x0 > end + 6), None)
            if row is None and len(ends) < 4:
                row = len(ends)
                ends.append(x1)
            elif row is None:  # more than four crowded together: the row that ends first
                row = min(range(len(ends)), key=ends.__getitem__)
            ends[row] = max(ends[row], x1)
            rows.append((row, label))
        band = len(ends) * (tall + gap) + gap * 2
        for row, label in rows:
            label.setPosition(max(0.0, 1 - (gap + row * (tall + gap)) / height))
        # the value range raised so that the data's top lies under the band
        data_y = self.__dict__.get("_data_y")
        if data_y is not None:
            lo, hi = data_y
            room = height - band
            top = lo + (hi - lo) * height / room if room > height * 0.3 else lo + (hi - lo) / 0.7
            if abs(vb.viewRange()[1][1] - top) > 1e-9 * max(1.0, abs(top)):
                vb.setYRange(lo, top, padding=0)

    def target_text(self) -> str:
        """The target's label at the right edge: "Mål 8,0" (the whole label, with the unit, when short)."""
        d = self.data_
        if d is None or d.target is None:
            return ""
        full = d.target_label or tr("Mål")
        if len(full) <= 14:
            return full
        return tr("Mål {value}").format(value=format_number(d.target, d.decimals))

    # --- hover and export -----------------------------------------------------------------------

    def point_text(self, i: int) -> str:
        d = self.data_
        assert d is not None
        parts = [format_date(d.dates[i]), with_unit(format_number(d.values[i], d.decimals), d.unit)]
        if i < len(d.n) and d.n[i] is not None:
            parts.append(f"n = {format_number(d.n[i], 0)}")
        sig = next((s for s in d.signals if s.date == d.dates[i]), None)
        if sig and sig.meaning:
            parts.append(sig.meaning)
        return "\n".join(parts)

    def nearest(self, scene_pos: QPointF) -> int | None:
        if not len(self._x):
            return None
        vb = self.getPlotItem().vb
        p = vb.mapSceneToView(scene_pos)
        i = int(np.searchsorted(self._x, p.x()))
        cands = [j for j in (i - 1, i) if 0 <= j < len(self._x)]
        best = min(cands, key=lambda j: abs(self._x[j] - p.x()))
        pix = vb.mapViewToScene(QPointF(self._x[best], self._y[best]))
        if abs(pix.x() - scene_pos.x()) > 12 or abs(pix.y() - scene_pos.y()) > 24:
            return None
        return best

    def resizeEvent(self, event: Any) -> None:
        # as many legend columns as fit: a legend wider than the chart made the plot wider than the view
        # (at 200 % the newest points and the target's label were cut at the right edge)
        legend = self.__dict__.get("legend")  # pyqtgraph resizes before __init__ has set it
        if legend is not None and event is not None:
            fm = self.fontMetrics()
            column = fm.horizontalAdvance(tr("Baseline (gennemsnit)")) + fm.height() * 2
            columns = max(1, min(4, (event.size().width() - fm.height() * 2) // max(column, 1)))
            if columns != legend.columnCount:
                legend.setColumnCount(columns)
        super().resizeEvent(event)

    def _hover(self, pos: QPointF) -> None:
        i = self.nearest(pos)
        if i is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(pos)), self.point_text(i), self)  # a QPoint

    def export(self, path: str | Path, scale: float = 2.0, subtitle: str = "") -> Path:
        """The chart as the user sees it, as SVG or as PNG at twice the screen's pixels, under a heading: the
        indicator's name, ``subtitle`` (the trial) and the unit above the value axis, as in the PDF. Both are
        drawn from the screen's picture: pyqtgraph's image exporter redraws at another size and placed text
        apart from its boxes, and its SVG exporter fails on this chart's paths."""
        path = Path(path)
        refuse_database_target(path)
        if path.suffix.lower() == ".svg":
            from PySide6.QtCore import QSize
            from PySide6.QtSvg import QSvgGenerator

            band, lines = self._heading(subtitle)
            size = self.viewport().size()
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            # the screen's resolution: the axes replay recorded pictures, scaled by the device's dots per inch
            generator.setResolution(self.logicalDpiX())
            generator.setSize(QSize(size.width(), size.height() + band))
            generator.setViewBox(QRectF(0, 0, size.width(), size.height() + band))
            generator.setTitle(lines[0][0] if lines else "")
            painter = QPainter()
            if not painter.begin(generator):
                raise OSError(tr("Billedet kunne ikke gemmes i {path}").format(path=path))
            try:
                painter.fillRect(QRectF(0, 0, size.width(), size.height() + band), self.backgroundBrush().color())
                self._paint_heading(painter, lines)
                self.render(painter, QRectF(0, band, size.width(), size.height()), self.viewport().rect())
            finally:
                painter.end()
            return path
        image = self.export_image(scale, subtitle)
        if not image.save(str(path), "PNG"):
            raise OSError(tr("Billedet kunne ikke gemmes i {path}").format(path=path))
        return path

    def unit_label(self) -> str:
        """The unit as the value axis' label (»timer pr. uge«, a score as »(skala 0–10)«)."""
        return unit_text(self.data_.unit, "", current_language()) if self.data_ is not None else ""

    HEADING_PAD = 6

    def _heading(self, subtitle: str) -> tuple[int, list[tuple[str, QFont, int, bool]]]:
        """The exported picture's heading: its height and its lines (text, font, height, at the value axis)."""
        title = self.data_.title if self.data_ is not None else ""
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.2)
        plain = QFont(self.font())
        line_bold, line = QFontMetrics(bold).height(), QFontMetrics(plain).height()
        lines = [(t, f, h, at_axis) for t, f, h, at_axis in ((title, bold, line_bold, False), (subtitle, plain, line, False),
                                                           (self.unit_label(), plain, line, True)) if t]
        return self.HEADING_PAD * 2 + sum(item[2] for item in lines), lines

    def _paint_heading(self, painter: QPainter, lines: list[tuple[str, QFont, int, bool]]) -> None:
        pad = self.HEADING_PAD
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self._fg)
        axis = self.getPlotItem().getAxis("left")
        axis_x = self.mapFromScene(axis.mapToScene(axis.boundingRect().topLeft())).x()
        width = self.viewport().width()
        y = pad
        for text, font, height, at_axis in lines:
            painter.setFont(font)
            x = max(pad, axis_x) if at_axis else pad  # the unit above the value axis, as in the PDF
            painter.drawText(QRectF(x, y, width - x - pad, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            y += height

    def export_image(self, scale: float = 2.0, subtitle: str = "") -> QImage:
        """The chart as on screen with a heading above it: the title (bold), the subtitle and the unit."""
        chart = self.render_image(scale)
        band, lines = self._heading(subtitle)
        size = self.viewport().size()
        image = QImage(round(size.width() * scale), round((size.height() + band) * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.backgroundBrush().color())
        painter = QPainter(image)
        try:
            self._paint_heading(painter, lines)
            painter.drawImage(QRectF(0, band, size.width(), size.height()), chart)
        finally:
            painter.end()
        return image

    def render_image(self, scale: float = 2.0) -> QImage:
        size = self.viewport().size()
        image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.backgroundBrush().color())
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.render(painter, QRectF(0, 0, size.width(), size.height()), self.viewport().rect())
        finally:
            painter.end()
        return image
