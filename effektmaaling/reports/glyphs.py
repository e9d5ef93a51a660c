"""Status and verdict glyphs as small vector drawings, the same shapes as the app's icons (ui/icons.py):
a disc with an up/down arrowhead (improved/worsened), plus/minus, two bars (no change/neutral) and a
hollow ring with a question mark (insufficient data/not measured). Shape carries the meaning, so the
glyphs read in grayscale too."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String

from .style import FONT_BOLD, STATUS_COLOURS, WHITE


def glyph(kind: str | None, size: float = 9.0) -> Drawing:
    """``kind``: improved | worsened | no-change | insufficient-data | plus | minus | neutral | None."""
    s = size
    d = Drawing(s, s, initialFontName=FONT_BOLD)
    colour = STATUS_COLOURS.get(kind, STATUS_COLOURS[None])
    r = s * 0.46
    cx = cy = s / 2
    if kind in ("improved", "worsened", "plus", "minus", "no-change", "neutral"):
        d.add(Circle(cx, cy, r, fillColor=colour, strokeColor=colour, strokeWidth=0.3))
    if kind in ("improved", "worsened"):
        up = kind == "improved"
        # y grows upwards in reportlab
        tip, base = (0.76, 0.34) if up else (0.24, 0.66)
        d.add(Polygon([s * 0.5, s * tip, s * 0.76, s * base, s * 0.24, s * base], fillColor=WHITE, strokeColor=None))
    elif kind in ("plus", "minus"):
        w = s * 0.13
        d.add(Line(s * 0.28, cy, s * 0.72, cy, strokeColor=WHITE, strokeWidth=w, strokeLineCap=1))
        if kind == "plus":
            d.add(Line(cx, s * 0.28, cx, s * 0.72, strokeColor=WHITE, strokeWidth=w, strokeLineCap=1))
    elif kind in ("no-change", "neutral"):
        w = s * 0.11
        for y in (0.4, 0.6):
            d.add(Line(s * 0.28, s * y, s * 0.72, s * y, strokeColor=WHITE, strokeWidth=w, strokeLineCap=1))
    else:
        d.add(Circle(cx, cy, r - s * 0.05, fillColor=None, strokeColor=colour, strokeWidth=max(0.6, s * 0.09)))
        d.add(String(cx, s * 0.27, "?", fontName=FONT_BOLD, fontSize=s * 0.62, fillColor=colour, textAnchor="middle"))
    return d
