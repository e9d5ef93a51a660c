"""Status symbols drawn with QPainter: each has its own shape and sign, so status never rests on colour alone.

Colours are from the Okabe-Ito palette (readable for colour-blind people) and stay legible on light and
dark backgrounds.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..paths import resources_dir

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

IMPROVED = QColor("#009E73")  # bluish green
WORSENED = QColor("#D55E00")  # vermillion
NEUTRAL = QColor("#6B7280")  # grey
UNKNOWN = QColor("#8A8F98")
TARGET = QColor("#0072B2")  # blue
BASELINE = QColor("#B57A00")  # Okabe-Ito orange, darkened to 3.6:1 on white (a line must reach 3:1)
MILESTONE = QColor("#7E57C2")

STATUS_COLOURS = {
    "improved": IMPROVED,
    "worsened": WORSENED,
    "no-change": NEUTRAL,
    "insufficient-data": UNKNOWN,
    "plus": IMPROVED,
    "minus": WORSENED,
    "neutral": NEUTRAL,
    "incomplete": UNKNOWN,
    None: UNKNOWN,
}


@cache
def app_icon() -> QIcon:
    """The program's icon (window, taskbar, dock): the PNGs that packaging/make_icons.py makes from
    resources/icons/effektmaaling.svg. Empty when they are missing; Qt then shows its default."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = resources_dir() / "icons" / f"effektmaaling-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _paint(size: int, draw) -> QPixmap:
    pm = QPixmap(size * 2, size * 2)
    pm.setDevicePixelRatio(2.0)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(p, float(size))
    p.end()
    return pm


def _disc(p: QPainter, s: float, colour: QColor, filled: bool = True) -> None:
    p.setPen(QPen(colour, max(1.0, s / 12)))
    p.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))


def _glyph(kind: str | None, p: QPainter, s: float) -> None:
    white = QColor("white")
    if kind in ("improved", "worsened"):
        colour = STATUS_COLOURS[kind]
        _disc(p, s, colour)
        up = kind == "improved"
        tri = QPolygonF([QPointF(s * 0.5, s * (0.24 if up else 0.76)),
                         QPointF(s * 0.76, s * (0.66 if up else 0.34)),
                         QPointF(s * 0.24, s * (0.66 if up else 0.34))])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(white)
        p.drawPolygon(tri)
    elif kind in ("plus", "minus"):
        _disc(p, s, STATUS_COLOURS[kind])
        pen = QPen(white, s * 0.13)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5))
        if kind == "plus":
            p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.72))
    elif kind in ("no-change", "neutral"):
        _disc(p, s, NEUTRAL)
        pen = QPen(white, s * 0.12)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(s * 0.28, s * 0.4), QPointF(s * 0.72, s * 0.4))
        p.drawLine(QPointF(s * 0.28, s * 0.6), QPointF(s * 0.72, s * 0.6))
    else:  # insufficient data / not measured: a hollow ring with a question mark
        _disc(p, s, UNKNOWN, filled=False)
        p.setPen(QPen(UNKNOWN, s * 0.1))
        f = p.font()
        f.setPixelSize(max(6, int(s * 0.62)))
        f.setBold(True)
        p.setFont(f)
        p.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "?")


@cache
def status_icon(kind: str | None, size: int = 16) -> QIcon:
    """``kind``: an analysis status (improved, worsened, no-change, insufficient-data), a verdict
    (plus, neutral, minus) or None (not measured). On a selected row the symbol has a white ring, so
    it stands out from the selection colour."""
    icon = QIcon(status_pixmap(kind, size))
    icon.addPixmap(status_pixmap(kind, size, selected=True), QIcon.Mode.Selected)
    return icon


def status_pixmap(kind: str | None, size: int = 16, *, selected: bool = False) -> QPixmap:
    def draw(p: QPainter, s: float) -> None:
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("white"))
            p.drawEllipse(QRectF(0, 0, s, s))
            margin = s * 0.1
            p.translate(margin, margin)
            p.scale(0.8, 0.8)
        _glyph(kind, p, s)

    return _paint(size, draw)


@cache
def trial_icon(archived: bool = False, size: int = 16) -> QIcon:
    """A folder-like card; white on a selected row (the blue would vanish on the selection colour)."""
    icon = QIcon(_trial_pixmap(archived, size, QColor("#8A8F98") if archived else QColor("#0072B2")))
    icon.addPixmap(_trial_pixmap(archived, size, QColor("white")), QIcon.Mode.Selected)
    return icon


def _trial_pixmap(archived: bool, size: int, colour: QColor) -> QPixmap:
    def draw(p: QPainter, s: float) -> None:
        p.setPen(QPen(colour, s / 10))
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        path.addRoundedRect(QRectF(s * 0.12, s * 0.18, s * 0.76, s * 0.66), s * 0.12, s * 0.12)
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.12, s * 0.38), QPointF(s * 0.88, s * 0.38))
        if archived:
            p.drawLine(QPointF(s * 0.4, s * 0.58), QPointF(s * 0.6, s * 0.58))
    return _paint(size, draw)


def calendar_icon(colour: QColor, size: int = 16) -> QIcon:
    """A calendar page (the button that picks a date): two rings on a filled top band over a grid of days,
    drawn like the other symbols here, in the text's ``colour`` (greyed when the field is disabled)."""
    icon = QIcon(calendar_pixmap(colour, size))
    grey = QColor(colour)
    grey.setAlphaF(0.4)
    icon.addPixmap(calendar_pixmap(grey, size), QIcon.Mode.Disabled)
    return icon


def calendar_pixmap(colour: QColor, size: int = 16) -> QPixmap:
    def draw(p: QPainter, s: float) -> None:
        line = max(1.0, s / 14)
        page = QRectF(s * 0.1, s * 0.18, s * 0.8, s * 0.72)
        p.setPen(QPen(colour, line))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(page, s * 0.08, s * 0.08)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(QRectF(page.left(), page.top(), page.width(), s * 0.18))  # the month's band
        for x in (0.32, 0.68):  # the rings it hangs from
            p.drawRoundedRect(QRectF(s * x - s * 0.05, s * 0.06, s * 0.1, s * 0.2), s * 0.04, s * 0.04)
        cell = s * 0.13
        for row in range(3):  # the days
            for col in range(4):
                p.drawRect(QRectF(s * 0.19 + col * s * 0.17, s * 0.45 + row * s * 0.14, cell * 0.8, cell * 0.7))

    return _paint(size, draw)
