"""The program's colours and focus marks, chosen for WCAG 2.1 AA: text ≥ 4.5:1, graphics and focus ≥ 3:1.

:func:`apply` sets the application palette's selection colour (white on it reads at 5.2:1) and a small
style sheet that draws a visible focus frame on text editors, lists, trees and tables. Colours of
text drawn by the program (hints, field errors) are here too, so that ``tests/a11y`` can compute
their contrast from the same values the widgets use.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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
_focused: set[int] = set()
_style_names: dict[int, str] = {}


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


def apply(app: QApplication | None = None, *, focus_later: bool = False) -> None:
    """The selection colour and focus frames for the whole application (once per application).

    ``focus_later``: the focus marks' style (:class:`focus_style.FocusStyle`) is left to
    :func:`install_focus_style`, called by the program's start after the window's first paint: Python's
    view of QStyle, whose enumerations are large, takes 50-100 ms to make, more than the window itself."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or id(app) in _applied:
        return
    _applied.add(id(app))
    _style_names[id(app)] = app.style().name()  # (Qt's style-sheet style, set below, has no name of its own)
    if not focus_later:
        install_focus_style(app)
    pal = app.palette()
    if pal.color(QPalette.ColorRole.Window).lightness() > 128:  # a dark system palette keeps its own
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, SELECTION)
            pal.setColor(group, QPalette.ColorRole.HighlightedText, SELECTION_TEXT)
        app.setPalette(pal)
    app.setStyleSheet(app.styleSheet() + STYLE_SHEET)


def install_focus_style(app: QApplication) -> None:
    """Draw the focus marks with :class:`focus_style.FocusStyle` over the platform's style (once)."""
    from .focus_style import FocusStyle

    if id(app) in _focused:  # (app.style() is Qt's style-sheet style over it: no isinstance test)
        return
    _focused.add(id(app))
    base = QStyleFactory.create(_style_names.get(id(app)) or app.style().name())
    if base is not None:
        app.setStyle(FocusStyle(base))
