"""The small Markdown subset that trial texts use, as platypus flowables.

Supported: ``#``/``##``/``###`` headings, ``-``/``*``/``+`` bullets and ``1.`` numbered items,
paragraphs separated by blank lines (single line breaks are kept), ``**bold**``, ``*italic*``/``_italic_``.
Everything else is printed as text (escaped), never interpreted.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from .style import ACCENT, FONT, styles

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")


def inline(text: str) -> str:
    """Escape for reportlab's paragraph markup, then turn ``**bold**`` and ``*italic*`` into tags."""
    out = escape(text)
    out = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", out)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", out)


def markdown_flowables(text: str, body: ParagraphStyle | None = None) -> list[Flowable]:
    s = styles()
    body = body or s.body
    item_style = ParagraphStyle("MdItem", parent=body, spaceAfter=2)
    out: list[Flowable] = []
    para: list[str] = []
    items: list[str] = []
    numbered = False

    def flush_para() -> None:
        if para:
            out.append(Paragraph("<br/>".join(inline(x) for x in para), body))
            para.clear()

    def flush_list() -> None:
        nonlocal numbered
        if items:
            out.append(ListFlowable(
                [ListItem(Paragraph(inline(x), item_style), leftIndent=14) for x in items],
                bulletType="1" if numbered else "bullet", start=None if numbered else "•", leftIndent=14,
                bulletFontName=FONT, bulletFontSize=body.fontSize, bulletColor=ACCENT, spaceAfter=body.spaceAfter,
            ))
            items.clear()
        numbered = False

    for raw in (text or "").replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush_para()
            flush_list()
            continue
        if m := _HEADING.match(line):
            flush_para()
            flush_list()
            style = s.h3 if len(m.group(1)) >= 2 else s.h2
            out.append(Paragraph(inline(m.group(2)), style))
            continue
        bullet, number = _BULLET.match(line), _NUMBERED.match(line)
        if bullet or number:
            flush_para()
            if items and numbered != bool(number):
                flush_list()
            numbered = bool(number)
            items.append(bullet.group(1) if bullet else number.group(2))  # type: ignore[union-attr]
            continue
        if items and raw.startswith(("  ", "\t")):  # continuation of a list item
            items[-1] += " " + line.strip()
            continue
        flush_list()
        para.append(line.strip())
    flush_para()
    flush_list()
    return out
