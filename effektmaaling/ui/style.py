"""The program's colours and focus marks, chosen for WCAG 2.1 AA: text ≥ 4.5:1, graphics and focus ≥ 3:1.

:func:`apply` sets the application palette's selection colour (white on it reads at 5.2:1) and a small
style sheet that draws a visible focus frame on text editors, lists, trees and tables. Colours of
text drawn by the program (hints, field errors) are here too, so that ``tests/a11y`` can compute
their contrast from the same values the widgets use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

SELECTION = QColor("#0072B2")  # Okabe-Ito blue; white text on it 5.2:1
SELECTION_TEXT = QColor("#FFFFFF")
ERROR_TEXT = QColor("#A63F00")  # a darker vermillion: 5.5:1 on the window colour (#D55E00 is 3.4:1)
CARD_BORDER = QColor("#8A8F98")  # 3.3:1 on white: the card's edge is visible
FOCUS_WIDTH = 2

# Drawn around focused widgets whose own focus mark is faint (Fusion shows only a caret or a dotted line).
STYLE_SHEET = f"""
QTextEdit:focus, QPlainTextEdit:focus, QTreeView:focus, QTableView:focus, QListView:focus,
QTextBrowser:focus, QScrollArea:focus {{
    border: {FOCUS_WIDTH}px solid palette(highlight);
}}
"""

_applied: set[int] = set()


class FocusStyle(QProxyStyle):
    """The platform style, with a focus mark that is always drawn and easy to see: a frame in the
    selection colour around focused buttons, check boxes, combo boxes and tool buttons (Fusion draws
    none on buttons and combo boxes, and the others only after a keyboard focus change)."""

    def _ring(self, option: Any, painter: QPainter, inset: int = 1) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: Any, painter: QPainter,
                      widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(option, painter, 0)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element: QStyle.ControlElement, option: Any, painter: QPainter,
                    widget: Any = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            self._ring(option, painter)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: Any, painter: QPainter,
                           widget: Any = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ComboBox and option.state & QStyle.StateFlag.State_HasFocus \
                and not option.editable:
            self._ring(option, painter)


def luminance(colour: QColor) -> float:
    """The relative luminance of WCAG 2.1."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours (1 … 21)."""
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def for_graphics(colour: QColor, background: QColor | None = None) -> QColor:
    """The colour, darkened (on a light background) or lightened (on a dark one) just enough to stand
    3:1 against the background, as lines and symbols must (Okabe-Ito's yellow and sky blue do not)."""
    app = QApplication.instance()
    if background is None:
        background = app.palette().color(QPalette.ColorRole.Base) if app is not None else QColor("white")
    c = QColor(colour)
    dark = background.lightness() > 128
    for _ in range(40):
        if contrast(c, background) >= 3.0:
            break
        c = c.darker(108) if dark else c.lighter(108)
    return c


_muted: dict[tuple[int, int, int], QColor] = {}


def muted_colour(palette: QPalette) -> QColor:
    """Hint text: between the text and the window colour, as far towards the window as 4.5:1 allows."""
    key = (palette.color(QPalette.ColorRole.WindowText).rgba(), palette.color(QPalette.ColorRole.Window).rgba(),
           palette.color(QPalette.ColorRole.Base).rgba())
    if key not in _muted:  # (every hint label asks: a dashboard has dozens)
        _muted[key] = _muted_colour(palette)
    return QColor(_muted[key])


def _muted_colour(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    best = QColor(text)
    for step in range(1, 20):
        f = step / 20
        c = QColor.fromRgbF(text.redF() + (window.redF() - text.redF()) * f,
                            text.greenF() + (window.greenF() - text.greenF()) * f,
                            text.blueF() + (window.blueF() - text.blueF()) * f)
        if contrast(c, window) < 4.6 or contrast(c, palette.color(QPalette.ColorRole.Base)) < 4.6:
            break
        best = c
    return best


def error_colour(palette: QPalette) -> QColor:
    """Error text: dark vermillion on light windows, a light one on dark windows."""
    window = palette.color(QPalette.ColorRole.Window)
    return ERROR_TEXT if window.lightness() > 128 else QColor("#FF9E66")


def apply(app: QApplication | None = None) -> None:
    """The selection colour and focus frames for the whole application (once per application)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or id(app) in _applied:
        return
    _applied.add(id(app))
    base = QStyleFactory.create(app.style().name())
    if base is not None and not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(base))
    pal = app.palette()
    if pal.color(QPalette.ColorRole.Window).lightness() > 128:  # a dark system palette keeps its own
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, SELECTION)
            pal.setColor(group, QPalette.ColorRole.HighlightedText, SELECTION_TEXT)
        app.setPalette(pal)
    app.setStyleSheet(app.styleSheet() + STYLE_SHEET)
