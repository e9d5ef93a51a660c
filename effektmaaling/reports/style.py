"""The house style of Effektmåling's PDF publications (reportlab platypus), reusable by every report.

- Fonts: DejaVu Sans Condensed, embedded from ``resources/fonts`` (æ ø å on every machine).
- Colours: calm ink and one deep blue accent; status colours are the app's colour-blind-safe set.
- :class:`ReportDocument`: A4 with a cover template and a body template (running header and footer
  with "Side x af y" / "Page x of y"), PDF bookmarks and a clickable table of contents from
  :func:`heading`, document metadata, and an optional marking on every page (e.g. illustrative data).
- Small builders: :func:`heading`, :func:`para`, :func:`bullets`, :func:`data_table`, :func:`toc`,
  :func:`key_figures`, :func:`callout`.

Page totals need to know the last page before the first is finished: the document is built with
``multiBuild`` and a zero-size indexing flowable (:class:`_PageTotal`) keeps building until the total
of the previous pass equals the total of this one (the table of contents needs the same).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Table as _Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..paths import resources_dir

# --- fonts -------------------------------------------------------------------------------------------

FONT = "EffektSans"
FONT_BOLD = "EffektSans-Bold"
FONT_ITALIC = "EffektSans-Italic"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> None:
    """Register the embedded TrueType family once per process (``<b>`` and ``<i>`` map onto it)."""
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


# --- colours ---------------------------------------------------------------------------------------

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5B6775")
ACCENT = colors.HexColor("#0B4F71")  # deep municipal blue: headings, rules, cover band
ACCENT_LIGHT = colors.HexColor("#E7EFF5")
RULE = colors.HexColor("#C5CED8")
ZEBRA = colors.HexColor("#F5F7F9")
WHITE = colors.white

# the app's colour-blind-safe set (Okabe-Ito), as in ui/icons.py
IMPROVED = colors.HexColor("#009E73")
WORSENED = colors.HexColor("#D55E00")
NEUTRAL = colors.HexColor("#6B7280")
UNKNOWN = colors.HexColor("#8A8F98")
TARGET = colors.HexColor("#0072B2")
BASELINE = colors.HexColor("#E69F00")
MILESTONE = colors.HexColor("#7E57C2")
MARKING = colors.HexColor("#9A3412")  # "illustrative data"
MARKING_BG = colors.HexColor("#FDF1E3")

STATUS_COLOURS = {
    "improved": IMPROVED, "worsened": WORSENED, "no-change": NEUTRAL, "insufficient-data": UNKNOWN,
    "plus": IMPROVED, "minus": WORSENED, "neutral": NEUTRAL, "incomplete": UNKNOWN, None: UNKNOWN,
}

# --- page geometry ---------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN_L = MARGIN_R = 22 * mm
MARGIN_T = 26 * mm
MARGIN_B = 24 * mm
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R

# --- paragraph styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    figure_label: ParagraphStyle
    figure_value: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    reference: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=14, textColor=INK, spaceAfter=6,
                          alignment=TA_LEFT)
    cell = ParagraphStyle("Cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    head = ParagraphStyle("CellHead", parent=cell, fontName=FONT_BOLD, textColor=ACCENT)
    return Styles(
        title=ParagraphStyle("Title", parent=body, fontName=FONT_BOLD, fontSize=28, leading=33, textColor=ACCENT,
                             spaceAfter=10),
        subtitle=ParagraphStyle("Subtitle", parent=body, fontSize=14, leading=19, textColor=INK, spaceAfter=4),
        cover_meta=ParagraphStyle("CoverMeta", parent=body, fontSize=10, leading=15, textColor=INK, spaceAfter=0),
        h1=ParagraphStyle("H1", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT,
                          spaceBefore=18, spaceAfter=10, keepWithNext=1),
        h2=ParagraphStyle("H2", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16, textColor=ACCENT,
                          spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=ParagraphStyle("H3", parent=body, fontName=FONT_BOLD, fontSize=10, leading=14, textColor=INK,
                          spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=body,
        lead=ParagraphStyle("Lead", parent=body, fontSize=11, leading=16, spaceAfter=8),
        small=ParagraphStyle("Small", parent=body, fontSize=8, leading=11, textColor=MUTED, spaceAfter=4),
        cell=cell,
        cell_right=ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        cell_head=head,
        cell_head_right=ParagraphStyle("CellHeadRight", parent=head, alignment=TA_RIGHT),
        figure_label=ParagraphStyle("FigureLabel", parent=cell, fontSize=7.5, leading=9, textColor=MUTED),
        figure_value=ParagraphStyle("FigureValue", parent=cell, fontName=FONT_BOLD, fontSize=12, leading=15),
        toc1=ParagraphStyle("TOC1", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=15, leftIndent=0,
                            firstLineIndent=0, spaceBefore=6, spaceAfter=0),
        toc2=ParagraphStyle("TOC2", parent=body, fontSize=9.5, leading=13, leftIndent=14, firstLineIndent=0,
                            spaceAfter=0),
        reference=ParagraphStyle("Reference", parent=body, fontSize=8.5, leading=12, leftIndent=12,
                                 firstLineIndent=-12, spaceAfter=3),
    )


# --- texts of the frame ----------------------------------------------------------------------------

FRAME_TEXT = {
    "da": {"page": "Side {page} af {total}", "contents": "Indhold"},
    "en": {"page": "Page {page} of {total}", "contents": "Contents"},
}


def page_label(page: int, total: int | None, lang: str) -> str:
    return FRAME_TEXT[lang]["page"].format(page=page, total=total if total else "–")


# --- document --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportMeta:
    """What the document says about itself: metadata, running header and footer, marking."""

    title: str
    subject: str
    author: str
    lang: str = "da"
    keywords: tuple[str, ...] = ()
    header: str = ""  # left of the running header (e.g. the trial's name)
    header_right: str = ""  # right of the running header (e.g. "Effektrapport")
    footer: str = ""  # left of the footer (e.g. "Udskrevet 31-12-2015")
    marking: str = ""  # e.g. "Illustrative data", repeated on every page when set
    creator: str = "Effektmåling"


LAYOUT_ONLY = "effektmaaling_layout_only"  # set on the canvas of a pass that only lays the report out


def layout_only(canvas: Any) -> bool:
    """Whether ``canvas`` belongs to a layout pass whose drawing is thrown away: ``multiBuild`` lays the
    report out (at least) twice, for the table of contents and the page total, and keeps only the last
    pass's canvas. What cannot change the layout (a chart's picture, a table's cells) is drawn only in the
    passes that may be the last (see :meth:`ReportDocument.beforeDocument`)."""
    return bool(getattr(canvas, LAYOUT_ONLY, False))


class Table(_Table):
    """reportlab's Table, its cells drawn only when the pass may be kept (:func:`layout_only`)."""

    def draw(self) -> None:
        if not layout_only(self.canv):
            super().draw()


class _PageTotal(Flowable):
    """Zero-size indexing flowable: keeps ``multiBuild`` going until the page total is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None  # of the previous pass: what the footers print
        self.seen: int = 0
        self._before: int | None = None

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._before = self.total

    def afterBuild(self) -> None:
        self.total = self.seen

    def isSatisfied(self) -> bool:
        return self._before == self.total

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # multiBuild tells every indexing flowable about TOC entries; this one only counts pages

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (outline entry) and a table-of-contents line."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, toc_text: str | None = None,
                 in_toc: bool = True) -> None:
        super().__init__(escape(text), style)
        self.outline_level = level
        self.outline_key = key
        self.outline_text = toc_text or text
        self.in_toc = in_toc


def write_whole(out_path: Path, build: Callable[[Path], object]) -> Path:
    """``build(tmp)`` writes the PDF into a hidden file beside ``out_path``, which is renamed into place
    only when complete: a failed or cancelled build leaves no partial PDF (and an older file untouched)."""
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.part")
    try:
        build(tmp)
        os.replace(tmp, out_path)
    finally:
        tmp.unlink(missing_ok=True)
    return out_path


class ReportDocument(BaseDocTemplate):
    """A4 report with a cover page template ("cover") and a body template ("body")."""

    def __init__(self, path: str | Path, meta: ReportMeta, *,
                 on_page: Callable[[int, int | None], None] | None = None, **kwargs: Any) -> None:
        """``on_page(page, pages)`` is called after every page laid out (``pages``: the total of the previous
        pass, None in the first); it may raise to stop the build (a cancelled report)."""
        register_fonts()
        self.meta = meta
        self.on_page = on_page
        self.page_total = _PageTotal()
        self._keys: set[str] = set()
        super().__init__(
            str(path), pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R, topMargin=MARGIN_T,
            bottomMargin=MARGIN_B, title=meta.title, subject=meta.subject, author=meta.author,
            creator=meta.creator, keywords=list(meta.keywords), lang="da-DK" if meta.lang == "da" else "en-GB",
            displayDocTitle=True, initialFontName=FONT, initialFontSize=9.5, **kwargs,
        )
        frame = Frame(MARGIN_L, MARGIN_B, CONTENT_W, PAGE_H - MARGIN_T - MARGIN_B, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_L, MARGIN_B, CONTENT_W, PAGE_H - MARGIN_B - 70 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._draw_cover_frame),
            PageTemplate("body", [frame], onPage=self._draw_body_frame),
        ])

    # building ------------------------------------------------------------------------------------

    def build_story(self, story: list[Flowable]) -> int:
        """Build in as many passes as the table of contents and the page total need; returns passes."""
        self._multi = True
        try:
            return self.multiBuild([self.page_total, *story], maxPasses=6)
        finally:
            self._multi = False

    def beforeDocument(self) -> None:
        # The first pass of build_story cannot be the last (the page total is unknown until it has ended):
        # its canvas is thrown away, so charts and tables are not drawn on it (layout_only).
        setattr(self.canv, LAYOUT_ONLY, getattr(self, "_multi", False) and self.page_total.total is None)

    def afterPage(self) -> None:
        self.page_total.seen = self.page
        if self.on_page is not None:
            self.on_page(self.page, self.page_total.total)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = flowable.outline_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.outline_level, closed=False)
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.outline_level, flowable.outline_text, self.page, key))

    # page furniture ------------------------------------------------------------------------------

    def _draw_marking(self, canv: Any, y: float) -> None:
        if not self.meta.marking:
            return
        canv.setFont(FONT_BOLD, 7.5)
        w = pdfmetrics.stringWidth(self.meta.marking.upper(), FONT_BOLD, 7.5) + 10
        x = PAGE_W - MARGIN_R - w
        canv.setFillColor(MARKING_BG)
        canv.setStrokeColor(MARKING)
        canv.setLineWidth(0.6)
        canv.roundRect(x, y - 3, w, 12, 2, stroke=1, fill=1)
        canv.setFillColor(MARKING)
        canv.drawString(x + 5, y + 0.5, self.meta.marking.upper())

    def _draw_footer(self, canv: Any, doc: Any) -> None:
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_L, MARGIN_B - 9 * mm, PAGE_W - MARGIN_R, MARGIN_B - 9 * mm)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        y = MARGIN_B - 13 * mm
        canv.drawString(MARGIN_L, y, self.meta.footer)
        canv.drawRightString(PAGE_W - MARGIN_R, y, page_label(doc.page, self.page_total.total, self.meta.lang))

    def _draw_body_frame(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        y = PAGE_H - MARGIN_T + 9 * mm
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN_L, y, self.meta.header_right.upper())
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        x = MARGIN_L + pdfmetrics.stringWidth(self.meta.header_right.upper(), FONT_BOLD, 7.5) + 8
        canv.drawString(x, y, self.meta.header)
        self._draw_marking(canv, y)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_L, y - 4.5 * mm, PAGE_W - MARGIN_R, y - 4.5 * mm)
        self._draw_footer(canv, doc)
        canv.restoreState()

    def _draw_cover_frame(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        band = 62 * mm
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - band, PAGE_W, band, stroke=0, fill=1)
        canv.setFillColor(WHITE)
        canv.setFont(FONT_BOLD, 10)
        canv.drawString(MARGIN_L, PAGE_H - 20 * mm, self.meta.header_right.upper())
        canv.setFont(FONT, 9)
        canv.drawString(MARGIN_L, PAGE_H - 26 * mm, self.meta.creator)
        # thin accent stripe under the band
        canv.setFillColor(BASELINE)
        canv.rect(0, PAGE_H - band - 1.6 * mm, PAGE_W, 1.6 * mm, stroke=0, fill=1)
        self._draw_footer(canv, doc)
        canv.restoreState()


# --- builders --------------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def heading(text: str, level: int = 0, key: str | None = None, *, toc_text: str | None = None,
            in_toc: bool = True) -> Heading:
    """A level-0 (chapter) or level-1 (section) heading that is bookmarked and listed in the contents."""
    s = styles()
    style = s.h1 if level == 0 else s.h2
    return Heading(text, style, level, key or f"h{level}-{slug(text)}", toc_text, in_toc)


def para(text: str, style: ParagraphStyle | None = None, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or, with ``markup=True``, of reportlab's mini-HTML."""
    return Paragraph(text if markup else escape(text), style or styles().body)


def bullets(items: Iterable[str], *, markup: bool = False, style: ParagraphStyle | None = None) -> ListFlowable:
    st = style or styles().body
    return ListFlowable(
        [ListItem(Paragraph(i if markup else escape(i), ParagraphStyle("li", parent=st, spaceAfter=2)),
                  leftIndent=12, value="•") for i in items],
        bulletType="bullet", start="•", leftIndent=12, bulletFontName=FONT, bulletColor=ACCENT,
        bulletFontSize=st.fontSize, spaceAfter=st.spaceAfter,
    )


def toc(lang: str) -> list[Flowable]:
    s = styles()
    t = TableOfContents(dotsMinLevel=0, tableStyle=tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    t.levelStyles = [s.toc1, s.toc2]
    return [Heading(FRAME_TEXT[lang]["contents"], s.h1, 0, "contents", in_toc=False), t]


def tstyle(cmds: Sequence[tuple]) -> TableStyle:
    """A TableStyle in the house font (reportlab's default for cells is Helvetica, never embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *cmds])


def table_style(n_rows: int, *, header_rows: int = 1, zebra: bool = True) -> TableStyle:
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
    ]
    if zebra:
        for r in range(header_rows, n_rows):
            if (r - header_rows) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    return TableStyle(cmds)


def data_table(header: Sequence[Flowable | str], rows: Sequence[Sequence[Flowable | str]],
               widths: Sequence[float], *, numeric_cols: Sequence[int] = (), zebra: bool = True,
               extra: Sequence[tuple] = ()) -> Table:
    """A house-style table: bold blue header row over a rule, zebra rows, cells wrapped as paragraphs."""
    s = styles()

    def cell(v: Flowable | str, col: int, head: bool) -> Flowable:
        if not isinstance(v, str):
            return v
        if head:
            return Paragraph(escape(v), s.cell_head_right if col in numeric_cols else s.cell_head)
        return Paragraph(escape(v), s.cell_right if col in numeric_cols else s.cell)

    data = [[cell(v, i, True) for i, v in enumerate(header)]]
    data += [[cell(v, i, False) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = table_style(len(data), zebra=zebra)
    for cmd in extra:
        style.add(*cmd)
    t.setStyle(style)
    return t


def key_figures(items: Sequence[tuple[str, str] | tuple[str, str, str]], width: float = CONTENT_W) -> Table:
    """A row of key numbers: small grey label above a large figure (and its unit in small type)."""
    s = styles()
    n = max(1, len(items))
    muted = f"#{MUTED.hexval()[2:]}"

    def value(item: tuple[str, ...]) -> Paragraph:
        unit = item[2] if len(item) > 2 else ""
        small = f"<br/><font size='7.5' color='{muted}' name='{FONT}'>{escape(unit)}</font>" if unit else ""
        return Paragraph(escape(item[1]) + small, s.figure_value)

    cells = [[Paragraph(escape(item[0]), s.figure_label) for item in items], [value(item) for item in items]]
    t = Table(cells, colWidths=[width / n] * n, hAlign="LEFT")
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
    ]
    for c in range(1, n):
        cmds.append(("LINEBEFORE", (c, 0), (c, -1), 0.8, WHITE))
    t.setStyle(tstyle(cmds))
    return t


def callout(flowables: Sequence[Flowable] | Flowable, *, colour: colors.Color = ACCENT,
            background: colors.Color = ACCENT_LIGHT, width: float = CONTENT_W) -> Table:
    """A tinted box with a coloured bar on the left, for a verdict or a notice."""
    content = list(flowables) if isinstance(flowables, Sequence) else [flowables]
    t = Table([[content]], colWidths=[width], hAlign="LEFT")
    t.setStyle(tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def today() -> dt.date:
    return dt.date.today()
