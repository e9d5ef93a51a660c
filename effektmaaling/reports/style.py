"""The house style of the PDF reports: fonts, colours, paragraph styles and an A4 page template.

Every report (the effect report, the comparison of trials) builds its document with
:func:`make_document` and its paragraphs with :data:`STYLES`, so that all publications look alike:
DejaVu Sans embedded (æ ø å in any PDF reader), a running header with the title, a footer with
the report date and "Side x af y" / "Page x of y", PDF bookmarks for every heading, and the
document's metadata. Fonts are shipped in ``resources/fonts`` with their licence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.flowables import Flowable

from ..domain.formatting import format_date

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONT_DIR = RESOURCES / "fonts"

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

# Colours: a calm municipal palette. Meaning is never carried by colour alone (symbols and words too).
INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6573")
ACCENT = colors.HexColor("#1f4e79")  # headings, rules
ACCENT_LIGHT = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#c5ccd6")
ZEBRA = colors.HexColor("#f5f7fa")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
WARN = colors.HexColor("#e65100")
NEUTRAL = colors.HexColor("#757575")
DEMO = colors.HexColor("#b26a00")
DEMO_LIGHT = colors.HexColor("#fff4e0")


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique, bold oblique) once; returns the family name."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf"), (FONT_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT,
                          spaceAfter=5)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=3),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.8, leading=9.8, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=7.8, leading=9.8,
                                    spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5,
                                    textColor=colors.white, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT,
                             spaceBefore=16, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK,
                             spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=base, spaceAfter=2),
        "lead": ParagraphStyle("lead", parent=base, fontSize=11, leading=15.5, spaceAfter=8),
        "cover_kicker": ParagraphStyle("cover_kicker", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                       textColor=ACCENT, spaceAfter=6),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=FONT_BOLD, fontSize=28, leading=34,
                                      textColor=INK, spaceAfter=10),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=13, leading=18, textColor=MUTED,
                                    spaceAfter=4),
        "toc1": ParagraphStyle("toc1", parent=base, fontName=FONT_BOLD, fontSize=10, leading=15, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=12.5, leftIndent=14),
    }
    return s


class _Styles(dict):
    """Paragraph styles, created on first use (fonts registered then)."""

    def __missing__(self, key: str) -> ParagraphStyle:
        self.update(_styles())
        return dict.__getitem__(self, key)


STYLES: dict[str, ParagraphStyle] = _Styles()


def para(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or, with ``markup=True``, of reportlab's mini-HTML."""
    return Paragraph(text if markup else escape(text), STYLES[style])


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer show."""

    title: str  # running header, left
    subtitle: str  # running header, right (e.g. "Effektrapport")
    footer: str  # footer, left (e.g. "Udarbejdet 25-11-2026")
    lang: str = "da"
    demo_note: str = ""  # footer, centre, when the data are illustrative
    cover: bool = True  # the first page is a cover (no header, footer or number)


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (level 0 or 1) and a table-of-contents entry."""

    def __init__(self, text: str, style: str = "h1", level: int = 0, *, toc: bool = True, key: str = "") -> None:
        super().__init__(escape(text), STYLES[style])
        self.outline_text = text
        self.level = level
        self.toc = toc
        self.key = key


def _page_number(canvas: Canvas, doc: ReportDocTemplate, info: PageInfo) -> None:
    """ "Side x af y": the total is the page count of the previous pass (see :func:`build_document`)."""
    total = doc.page_total or "?"
    text = f"Side {doc.page} af {total}" if info.lang == "da" else f"Page {doc.page} of {total}"
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_SIZE[0] - MARGIN_X, MARGIN_BOTTOM - 12 * mm, text)
    canvas.restoreState()


def _decorate(canvas: Canvas, doc: BaseDocTemplate, info: PageInfo) -> None:
    w, h = PAGE_SIZE
    canvas.saveState()
    # header: title left, subtitle right, a thin rule
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN_X, h - 14 * mm, info.title[:90])
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(w - MARGIN_X, h - 14 * mm, info.subtitle)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, h - 16 * mm, w - MARGIN_X, h - 16 * mm)
    # footer: rule, date left, demo note centre (the number is added by NumberedCanvas)
    y = MARGIN_BOTTOM - 12 * mm
    canvas.line(MARGIN_X, y + 9, w - MARGIN_X, y + 9)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN_X, y, info.footer)
    if info.demo_note:
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(DEMO)
        canvas.drawCentredString(w / 2, y, info.demo_note)
    canvas.restoreState()
    _page_number(canvas, doc, info)


def _cover_decoration(canvas: Canvas, doc: BaseDocTemplate, info: PageInfo) -> None:
    w, h = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, h - 18 * mm, w, 18 * mm, stroke=0, fill=1)
    canvas.rect(0, 0, w, 8 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(MARGIN_X, h - 11.5 * mm, info.subtitle.upper())
    canvas.restoreState()


class ReportDocTemplate(BaseDocTemplate):
    """A4 with a cover template and a content template; headings become bookmarks and TOC entries."""

    def __init__(self, filename: str, info: PageInfo, **kw: Any) -> None:
        super().__init__(filename, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw)
        self.info = info
        self._bookmark_seq = 0
        self.page_total = 0  # pages of the previous pass; the footer's "af y"
        self._pages_this_pass = 0
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(MARGIN_X, 14 * mm, CONTENT_WIDTH, PAGE_SIZE[1] - 40 * mm, id="cover",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("cover", [cover_frame], onPage=lambda c, d: _cover_decoration(c, d, info)),
            PageTemplate("content", [frame], onPage=lambda c, d: _decorate(c, d, info)),
        ]
        self.addPageTemplates(templates if info.cover else templates[::-1])

    def afterPage(self) -> None:
        self._pages_this_pass = self.page

    def _allSatisfied(self) -> bool:
        """multiBuild's test, and also: the footers used the page total of this pass."""
        happy = bool(super()._allSatisfied()) and self.page_total == self._pages_this_pass
        self.page_total = self._pages_this_pass
        return happy

    def beforeDocument(self) -> None:
        self._bookmark_seq = 0  # every pass of multiBuild makes the same keys

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._bookmark_seq += 1
            key = flowable.key or f"h{self._bookmark_seq}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.level, closed=False)
            if flowable.toc:
                self.notify("TOCEntry", (flowable.level, flowable.outline_text, self.page, key))


def make_document(path: str | Path, *, title: str, subtitle: str, lang: str = "da", subject: str = "",
                  author: str = "", generated: dt.date | None = None, demo_note: str = "",
                  footer: str | None = None, cover: bool = True, header: str | None = None) -> ReportDocTemplate:
    """The document template of a report; build it with :func:`build_document`.

    With ``cover=True`` the first page uses the cover template:
    put ``NextPageTemplate("content")`` and a ``PageBreak()`` after the cover's flowables. With
    ``cover=False`` every page is a content page. ``header`` is the running header's left text
    (default: the title); ``subtitle`` its right text.
    """
    register_fonts()
    generated = generated or dt.date.today()
    if footer is None:
        footer = (f"Udarbejdet {format_date(generated, 'da')}" if lang == "da"
                  else f"Produced {format_date(generated, 'en')}")
    info = PageInfo(title=header or title, subtitle=subtitle, footer=footer, lang=lang, demo_note=demo_note, cover=cover)
    return ReportDocTemplate(str(path), info, title=title, author=author, subject=subject, creator="Effektmåling")


def build_document(doc: ReportDocTemplate, story: list[Flowable]) -> None:
    """Lay out the story until the table of contents and the page total ("Side x af y") are stable
    (two passes: the first counts the pages)."""
    doc.multiBuild(story)
