"""The comparison report: trials side by side, in the house style of the effect report.

Contents: cover (the trials and their start dates, overview per trial), the warnings (never hidden),
the comparison table (one row per theme or indicator, one column per trial), the five bottom lines as a
matrix, the indexed charts (each series as an index of its baseline = 100, on months since each trial's
start) and the forest plot of standardised effect sizes (signed so that positive = improvement).

Everything shown comes from :class:`effektmaaling.analysis.compare.Comparison`; this module only places it.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
)

from ..analysis.compare import (
    EFFECT_KIND_NAMES,
    EFFECT_KIND_TITLES,
    HEADINGS,
    TRIAL_COLOURS,
    Comparison,
    ForestEntry,
    Row,
    cell_texts,
)
from ..domain.formatting import format_date, format_number
from ..domain.labels import label
from ..filesafety import refuse_database_target
from .chart import nice_ticks
from .glyphs import glyph
from .style import (
    CONTENT_W,
    FONT,
    FONT_BOLD,
    INK,
    MARKING,
    MARKING_BG,
    MUTED,
    RULE,
    WORSENED,
    ReportDocument,
    ReportMeta,
    Table,  # drawn only in the layout pass that is kept
    callout,
    data_table,
    gap,
    heading,
    para,
    styles,
    tstyle,
    write_whole,
)

GRID = colors.HexColor("#E6EAEE")
TICK = 7
TRIALS_PER_TABLE = 4  # more trials side by side would make the columns too narrow to read: the tables split
FOREST_MAX_HEIGHT = 600.0  # points of forest plot per page (the body frame is about 700 high)

WORDS = {
    "da": {
        "report": "Sammenligning af forsøg", "subject": "Sammenligning af {n} forsøg", "author": "Effektmåling",
        "printed": "Udskrevet {date}", "trials": "Forsøg", "start": "Start", "indicators": "Indikatorer",
        "overview": "Overblik", "warnings": "Advarsler",
        "warnings_intro": "Her kan sammenligningen vildlede. Læs tallene i lyset af det.",
        "no_warnings": "Ingen advarsler: temaerne har samme enhed og måletype, og alle har nok målinger.",
        "table": "Sammenligningstabel",
        "table_intro": "Én række pr. tema, som flere forsøg deler, og én række pr. indikator uden fælles tema. "
                       "Hver celle: status, baseline → nu, ændring i indikatorens enhed, standardiseret "
                       "effektstørrelse med 95 %-konfidensinterval (fortegn: + = forbedring) og målopfyldelse.",
        "bottom_lines": "De fem bundlinjer", "computed": "beregnet", "assessed": "vurderet",
        "not_measured": "ikke målt", "not_assessed": "ikke vurderet", "disagree": "uenige", "overall": "Samlet",
        "line": "Bundlinje",
        "charts": "Indekserede udviklinger",
        "charts_intro": "Hver serie er vist som indeks af sin egen baseline (baseline = 100) på en fælles akse: "
                        "måneder siden forsøgets start. Derved står forsøg, der startede på forskellige tidspunkter, på linje. "
                        "Et indeks siger intet om, hvor stor ændringen er i indikatorens enhed.",
        "higher": "højere er bedre", "lower": "lavere er bedre", "mixed": "retning: se indikatorerne",
        "forest": "Effektstørrelser",
        "forest_intro": "Effektstørrelser med 95 %-konfidensinterval, én figur for hver slags effektstørrelse (de er ikke "
                        "på samme skala), grupperet efter tema. Fortegnet er vendt for indikatorer, hvor fald er "
                        "bedre, så + altid betyder forbedring (for en rateratio: over 1).",
        "no_effects": "Ingen af indikatorerne har en effektstørrelse.",
        "illustrative": "Demodata",
        "demo_one": "Demodata: {names} er et demoforsøg; tallene i det er opdigtede til at vise programmet.",
        "demo_many": "Demodata: {names} er demoforsøg; tallene i dem er opdigtede til at vise programmet.",
        "demo_rest": "De øvrige forsøg er rigtige data.",
        "and": "og",
        "none": "–", "worse": "← forværring", "better": "forbedring →",
        "part": "Forsøg {first}–{last} af {n}", "continued": "(fortsat)",
    },
    "en": {
        "report": "Comparison of trials", "subject": "Comparison of {n} trials", "author": "Effektmåling",
        "printed": "Printed {date}", "trials": "Trials", "start": "Start", "indicators": "Indicators",
        "overview": "Overview", "warnings": "Warnings",
        "warnings_intro": "Here the comparison could mislead. Read the figures with this in mind.",
        "no_warnings": "No warnings: the themes have the same unit and measure type, and all have enough points.",
        "table": "Comparison table",
        "table_intro": "One row per theme shared by several trials and one row per indicator without a shared "
                       "theme. Each cell: status, baseline → current, change in the indicator's unit, standardised "
                       "effect size with its 95% confidence interval (sign: + = improvement) and target attainment.",
        "bottom_lines": "The five bottom lines", "computed": "computed", "assessed": "assessed",
        "not_measured": "not measured", "not_assessed": "not assessed", "disagree": "disagree", "overall": "Overall",
        "line": "Bottom line",
        "charts": "Indexed developments",
        "charts_intro": "Each series is shown as an index of its own baseline (baseline = 100) on a common axis: "
                        "months since the trial's start, so trials that started at different times line up. An "
                        "index says nothing about the size of the change in the indicator's unit.",
        "higher": "higher is better", "lower": "lower is better", "mixed": "direction: see the indicators",
        "forest": "Effect sizes",
        "forest_intro": "Effect sizes with 95% confidence intervals, one figure for each kind of effect size (they are not "
                        "on the same scale), grouped by theme. The sign is flipped for indicators where lower is "
                        "better, so + always means improvement (for a rate ratio: above 1).",
        "no_effects": "None of the indicators has an effect size.",
        "illustrative": "Demo data",
        "demo_one": "Demo data: {names} is a demo trial; its figures were made up to show the program.",
        "demo_many": "Demo data: {names} are demo trials; their figures were made up to show the program.",
        "demo_rest": "The other trials are real data.",
        "and": "and",
        "none": "–", "worse": "← deterioration", "better": "improvement →",
        "part": "Trials {first}–{last} of {n}", "continued": "(continued)",
    },
}


def _colour(i: int) -> colors.Color:
    return colors.HexColor(TRIAL_COLOURS[i % len(TRIAL_COLOURS)])


def _marker(kind: int, x: float, y: float, r: float, colour: colors.Color) -> Flowable:
    kind %= 4
    if kind == 0:
        return Circle(x, y, r, fillColor=colour, strokeColor=colors.white, strokeWidth=0.3)
    if kind == 1:
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colour, strokeColor=colors.white, strokeWidth=0.3)
    if kind == 2:
        return Polygon([x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8], fillColor=colour,
                       strokeColor=colors.white, strokeWidth=0.3)
    return Polygon([x, y + r * 1.3, x + r * 1.1, y, x, y - r * 1.3, x - r * 1.1, y], fillColor=colour,
                   strokeColor=colors.white, strokeWidth=0.3)


def _legend_lines(names: list[tuple[int, str]], width: float) -> int:
    """How many lines :func:`_legend` takes for these names."""
    x, lines = 0.0, 1
    for _i, name in names:
        tw = stringWidth(name, FONT, 7)
        if x + 22 + tw > width and x > 0:
            x, lines = 0.0, lines + 1
        x += 18 + tw + 12
    return lines


def _legend(d: Drawing, names: list[tuple[int, str]], x0: float, y: float, width: float) -> None:
    """The names with their colours and markers, from the line at ``y`` downwards."""
    x = x0
    for i, name in names:
        tw = stringWidth(name, FONT, 7)
        if x + 22 + tw > x0 + width and x > x0:
            x, y = x0, y - 10
        d.add(Line(x, y + 3, x + 14, y + 3, strokeColor=_colour(i), strokeWidth=1.2))
        d.add(_marker(i, x + 7, y + 3, 2.2, _colour(i)))
        d.add(String(x + 18, y + 0.6, name, fontName=FONT, fontSize=7, fillColor=INK))
        x += 18 + tw + 12


def index_chart(c: Comparison, row: Row, lang: str, width: float = CONTENT_W, height: float = 150) -> Drawing:
    """One row's indexed series: months since each trial's start on x, index (baseline = 100) on y."""
    w = WORDS[lang]
    series = c.series_of(row.key)
    order = {t.trial_id: i for i, t in enumerate(c.trials)}
    names = [(order[s.trial_id], f"{s.trial_name}: {s.indicator_name}") for s in series]
    legend_lines = _legend_lines(names, width - 36)
    legend_h = 4 + 10 * legend_lines  # many trials: the legend grows below the plot, the plot keeps its size
    height += 10 * (legend_lines - 1)
    d = Drawing(width, height, initialFontName=FONT)
    xs = [m for s in series for m in s.months] or [0.0]
    ys = [v for s in series for v in s.index] + [100.0]
    x_lo, x_hi = min(min(xs), 0.0), max(max(xs), 1.0)
    y_lo, y_hi = min(ys), max(ys)
    pad = (y_hi - y_lo) * 0.08 or 10
    yt = nice_ticks(y_lo - pad, y_hi + pad)
    y_lo, y_hi = min(yt[0], y_lo - pad), max(yt[-1], y_hi + pad)
    xt = [t for t in nice_ticks(x_lo, x_hi, 8) if x_lo <= t <= x_hi]
    left, bottom, top, right = 30, legend_h + 22, 8, 6
    pw, ph = width - left - right, height - bottom - top

    def X(v: float) -> float:
        return left + (v - x_lo) / (x_hi - x_lo) * pw

    def Y(v: float) -> float:
        return bottom + (v - y_lo) / (y_hi - y_lo) * ph

    g = Group()
    for t in yt:
        g.add(Line(left, Y(t), left + pw, Y(t), strokeColor=GRID, strokeWidth=0.5))
        g.add(String(left - 4, Y(t) - 2.4, format_number(t, 0, lang), fontName=FONT, fontSize=TICK, fillColor=MUTED,
                     textAnchor="end"))
    g.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.6))
    for t in xt:
        g.add(Line(X(t), bottom, X(t), bottom - 3, strokeColor=MUTED, strokeWidth=0.6))
        g.add(String(X(t), bottom - 11, format_number(t, 0, lang), fontName=FONT, fontSize=TICK, fillColor=MUTED,
                     textAnchor="middle"))
    g.add(String(left + pw, bottom - 20, HEADINGS["months_axis"].get(lang), fontName=FONT, fontSize=TICK,
                 fillColor=MUTED, textAnchor="end"))
    g.add(Line(left, Y(100), left + pw, Y(100), strokeColor=INK, strokeWidth=0.9, strokeDashArray=[4, 2]))
    g.add(String(left + 3, Y(100) + 2.5, "100 = baseline", fontName=FONT, fontSize=6.5, fillColor=INK))
    if x_lo <= 0 <= x_hi:
        g.add(Line(X(0), bottom, X(0), bottom + ph, strokeColor=INK, strokeWidth=0.8))
        g.add(String(X(0) + 2, bottom + ph - 7, w["start"], fontName=FONT_BOLD, fontSize=TICK, fillColor=INK))
    for s in series:
        i = order[s.trial_id]
        pts = [v for m, y in zip(s.months, s.index, strict=True) for v in (X(m), Y(y))]
        if len(s.months) > 1:
            g.add(PolyLine(pts, strokeColor=_colour(i), strokeWidth=1.1, strokeLineJoin=1))
        if len(s.months) <= 80:
            for m, y in zip(s.months, s.index, strict=True):
                g.add(_marker(i, X(m), Y(y), 1.6, _colour(i)))
    d.add(g)
    _legend(d, names, left, 2 + 10 * (legend_lines - 1), pw)
    return d


def _fit(text: str, width: float, size: float) -> str:
    """The text, shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


FOREST_LINE, FOREST_GAP = 12.0, 14.0


def _forest_groups(entries: Sequence[ForestEntry]) -> list[tuple[str, list[ForestEntry]]]:
    groups: list[tuple[str, list[ForestEntry]]] = []
    for e in entries:
        if not groups or groups[-1][0] != e.row_key:
            groups.append((e.row_key, []))
        groups[-1][1].append(e)
    return groups


def forest_pages(entries: Sequence[ForestEntry], max_height: float = FOREST_MAX_HEIGHT) -> list[list[ForestEntry]]:
    """The forest plot's entries (one panel: one kind of effect size) in parts that each fit ``max_height``
    points (a row of many trials is continued on the next part under its heading)."""
    pages: list[list[ForestEntry]] = [[]]
    used, last_key = 0.0, None
    for e in entries:
        need = FOREST_LINE + (FOREST_GAP if e.row_key != last_key or not pages[-1] else 0.0)
        if pages[-1] and used + need > max_height:
            pages.append([])
            used, need = 0.0, FOREST_LINE + FOREST_GAP
        pages[-1].append(e)
        used += need
        last_key = e.row_key
    return [p for p in pages if p]


def forest_plot(c: Comparison, lang: str, width: float = CONTENT_W, entries: Sequence[ForestEntry] | None = None,
                continued: bool = False, scale: Sequence[ForestEntry] | None = None) -> Drawing:
    """Effect sizes (+ = improvement) with 95 % intervals, one line per indicator, grouped by row; one
    kind of effect size per plot (one panel of :meth:`Comparison.forest_panels`). A rate ratio is drawn
    around 1 (above 1 = improvement).

    ``entries``: a part of a panel (see :func:`forest_pages`); ``scale``: the whole panel, so that the parts
    share one scale and can be read side by side; ``continued``: its first group began on the previous part."""
    w = WORDS[lang]
    entries = list(c.forest) if entries is None else list(entries)
    scale = entries if scale is None else list(scale)
    ratio = bool(entries) and entries[0].kind == "rate-ratio"
    ref = 1.0 if ratio else 0.0
    groups = _forest_groups(entries)
    line_h, group_gap = FOREST_LINE, FOREST_GAP
    body_h = sum(group_gap + line_h * len(g) for _, g in groups)
    bottom, top = 34, 6
    height = body_h + bottom + top
    d = Drawing(width, height, initialFontName=FONT)
    row_labels = {r.key: r.label for r in c.rows}

    def entry_label(e: ForestEntry) -> str:  # the row already names an indicator that has its own row
        return e.trial_name if e.indicator_name == row_labels.get(e.row_key) else f"{e.trial_name}: {e.indicator_name}"

    label_w = min(width * 0.45, max((stringWidth(entry_label(e), FONT, 7) for e in entries), default=80) + 12)
    vals = [v - ref for e in scale for v in (e.ci_low, e.ci_high, e.value) if math.isfinite(v)] + [0.0]
    lo, hi = min(vals), max(vals)
    span = max(abs(lo), abs(hi), 0.5) * 1.08
    lo, hi = ref + (-span if lo < 0 else -0.1 * span), ref + (span if hi > 0 else 0.1 * span)
    if ratio:
        lo = max(lo, 0.0)
    ticks = [t for t in nice_ticks(lo, hi, 6) if lo <= t <= hi]
    kind_w = 46
    left, right = label_w, width - kind_w
    pw = right - left

    def X(v: float) -> float:
        return left + (min(max(v, lo), hi) - lo) / (hi - lo) * pw

    for t in ticks:
        d.add(Line(X(t), bottom, X(t), bottom + body_h, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(X(t), bottom - 10, format_number(t, 1, lang), fontName=FONT, fontSize=TICK, fillColor=MUTED,
                     textAnchor="middle"))
    d.add(Line(X(ref), bottom, X(ref), bottom + body_h, strokeColor=INK, strokeWidth=0.9))
    d.add(Line(left, bottom, right, bottom, strokeColor=MUTED, strokeWidth=0.6))
    d.add(String(X(ref) - 4, bottom - 20, w["worse"], fontName=FONT, fontSize=TICK, fillColor=MUTED, textAnchor="end"))
    d.add(String(X(ref) + 4, bottom - 20, w["better"], fontName=FONT, fontSize=TICK, fillColor=MUTED))
    d.add(String(left + pw / 2, bottom - 30, HEADINGS["forest_axis_ratio" if ratio else "forest_axis"].get(lang),
                 fontName=FONT, fontSize=TICK, fillColor=MUTED, textAnchor="middle"))
    order = {t.trial_id: i for i, t in enumerate(c.trials)}
    labels = {r.key: r.label for r in c.rows}
    y = bottom + body_h
    for k, (key, items) in enumerate(groups):
        y -= group_gap
        title = labels[key] + (f" {w['continued']}" if continued and k == 0 else "")
        d.add(String(0, y + 3, title, fontName=FONT_BOLD, fontSize=7.5, fillColor=INK))
        for e in items:
            i = order[e.trial_id]
            yy = y - line_h / 2 - 1
            d.add(String(8, yy - 2.4, _fit(entry_label(e), label_w - 16, 7), fontName=FONT,
                         fontSize=7, fillColor=INK))
            d.add(Line(X(e.ci_low), yy, X(e.ci_high), yy, strokeColor=_colour(i), strokeWidth=1.2))
            for end in (e.ci_low, e.ci_high):
                d.add(Line(X(end), yy - 2.5, X(end), yy + 2.5, strokeColor=_colour(i), strokeWidth=1.0))
            d.add(_marker(i, X(e.value), yy, 2.6, _colour(i)))
            d.add(String(width, yy - 2.4, f"{(EFFECT_KIND_NAMES[e.kind].get(lang) if e.kind in EFFECT_KIND_NAMES else e.kind).split()[-1]} "
                                          f"{format_number(e.value, 2, lang, sign=not ratio)}", fontName=FONT,
                         fontSize=6.5, fillColor=MUTED, textAnchor="end"))
            y -= line_h
    return d


class _Report:
    def __init__(self, c: Comparison, lang: str, today: dt.date, demo_names: list[str]) -> None:
        self.c, self.lang, self.today, self.demo_names = c, lang, today, demo_names
        self.w = WORDS[lang]
        self.s = styles()

    def cover(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        out: list[Flowable] = [gap(14), para(w["report"], s.title),
                               para(" · ".join(t.name for t in self.c.trials), s.subtitle), gap(6)]
        rows = [[Paragraph(escape(t.name), s.cover_meta),
                 Paragraph(f"{escape(w['start'])} {format_date(t.start_date, lang)}", s.cover_meta),
                 Paragraph(f"{sum(self.c.counts[i].values())} {escape(w['indicators'].lower())}", s.cover_meta)]
                for i, t in enumerate(self.c.trials)]
        t = Table(rows, colWidths=[CONTENT_W * 0.55, CONTENT_W * 0.25, CONTENT_W * 0.2], hAlign="LEFT")
        t.setStyle(tstyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out += [t, gap(8)]
        if self.demo_names:  # only the demo trials are marked: the others' figures are real
            names = self.demo_names
            listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {w['and']} {names[-1]}"
            text = w["demo_one" if len(names) == 1 else "demo_many"].format(names=listed)
            if len(names) < len(self.c.trials):
                text += " " + w["demo_rest"]
            out += [callout([para(text, s.body)], colour=MARKING, background=MARKING_BG), gap(4)]
        out.append(para(w["overview"], s.h2))
        for i, text in enumerate(self.c.overviews):
            out.append(para(f"<font color='{TRIAL_COLOURS[i % len(TRIAL_COLOURS)]}'>■</font> "
                            f"{escape(text.get(lang))}", s.body, markup=True))
        out += [NextPageTemplate("body"), PageBreak()]
        return out

    def warnings(self) -> list[Flowable]:
        s, w = self.s, self.w
        out: list[Flowable] = [heading(w["warnings"], 0, "warnings")]
        if not self.c.warnings:
            return [*out, para(w["no_warnings"], s.body)]
        items = [para(w["warnings_intro"], s.body)]
        for warning in self.c.warnings:
            items.append(para(f"⚠ {escape(warning.text.get(self.lang))}", s.body, markup=True))
        # one table row per warning: a long list continues on the next page
        box = Table([[item] for item in items], colWidths=[CONTENT_W], hAlign="LEFT")
        box.setStyle(tstyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FDF1E3")), ("LINEBEFORE", (0, 0), (0, -1), 3, WORSENED),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
        return [*out, box]

    def _cell(self, row: Row, i: int, width: float) -> Flowable | str:
        cell = row.cells[i]
        if cell is None:
            return ""
        tx = cell_texts(cell, self.lang)
        s = self.s
        muted = f"#{MUTED.hexval()[2:]}"
        lines = []
        if row.shared:
            lines.append(f"<font color='{muted}' size='7'>{escape(cell.analysis.name)}</font>")
        lines += [escape(tx.baseline_current), escape(tx.change),
                  f"<font size='7'>{escape(EFFECT_KIND_NAMES[cell.analysis.effect_size.kind].get(self.lang)) + ' ' if cell.analysis.effect_size else ''}"
                  f"{escape(tx.effect)}</font>",
                  f"<font color='{muted}' size='7'>{escape(HEADINGS['attainment'].get(self.lang))}:</font> "
                  f"{escape(tx.attainment)}"]
        if self.c.row_warnings(row.key) and any(w.trial_id in (None, cell.trial_id) for w in self.c.row_warnings(row.key)):
            lines.append(f"<font color='#{WORSENED.hexval()[2:]}' size='7'>⚠ {escape(self.w['warnings'].lower())}</font>")
        head = Table([[glyph(tx.status, 9), Paragraph(f"<b>{escape(tx.status_word)}</b>", s.cell)]],
                     colWidths=[12, width - 20], hAlign="LEFT")
        head.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [head, Paragraph("<br/>".join(lines), s.cell)]  # type: ignore[return-value]

    def _parts(self) -> list[list[int]]:
        """The trials' positions in groups of at most :data:`TRIALS_PER_TABLE` (one table each)."""
        n = len(self.c.trials)
        size = n if n <= TRIALS_PER_TABLE else -(-n // -(-n // TRIALS_PER_TABLE))  # even parts
        return [list(range(a, min(a + size, n))) for a in range(0, n, size)]

    def _part_title(self, part: list[int]) -> list[Flowable]:
        if len(part) == len(self.c.trials):
            return []
        return [para(self.w["part"].format(first=part[0] + 1, last=part[-1] + 1, n=len(self.c.trials)), self.s.h3)]

    def table(self) -> list[Flowable]:
        s, w = self.s, self.w
        out: list[Flowable] = [gap(10), heading(w["table"], 0, "table"), para(w["table_intro"], s.body)]
        for part in self._parts():
            out += [*self._part_title(part), self._table_part(part), gap(4)]
        return out

    def _table_part(self, part: list[int]) -> Flowable:
        s, lang = self.s, self.lang
        n = len(part)
        first = 96 if n <= 3 else 80
        cw = (CONTENT_W - first) / n
        rows = []
        for row in self.c.rows:
            if all(row.cells[i] is None for i in part):
                continue
            lab = escape(row.label)
            if row.theme and row.theme != row.label:
                lab += f"<br/><font color='#{MUTED.hexval()[2:]}' size='7'>{escape(row.theme)}</font>"
            unit = next((c.unit for c in row.cells if c is not None), "")
            if unit and unit != "%":
                lab += f"<br/><font color='#{MUTED.hexval()[2:]}' size='7'>{escape(unit)}</font>"
            rows.append([Paragraph(lab, s.cell_head if row.shared else s.cell),
                         *[self._cell(row, i, cw) for i in part]])
        header = [HEADINGS["row"].get(lang), *[self.c.trials[i].name for i in part]]
        # the table follows the (usually short) warnings on the same page; it splits with its header repeated
        return data_table(header, rows, [first] + [cw] * n, extra=[("VALIGN", (0, 1), (-1, -1), "TOP")])

    def bottom_lines(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(200), heading(self.w["bottom_lines"], 0, "bottom-lines")]
        for part in self._parts():
            out += [*self._part_title(part), self._bottom_lines_part(part), gap(4)]
        return out

    def _bottom_lines_part(self, part: list[int]) -> Flowable:
        s, w, lang = self.s, self.w, self.lang
        n = len(part)
        first = 120
        cw = (CONTENT_W - first) / n
        rows = []
        for line, all_results in self.c.bottom_lines:
            cells: list = [Paragraph(escape(label(line, lang)), s.cell)]
            for b in (all_results[i] for i in part):
                if b is None:
                    cells.append("")
                    continue
                comp = label(b.computed, lang) if b.computed else w["not_measured"]
                ass = label(b.assessed, lang) if b.assessed else w["not_assessed"]
                flag = f" <b>({escape(w['disagree'])})</b>" if b.agree is False else ""
                t = Table([[glyph(b.computed.value if b.computed else None, 9),
                            Paragraph(f"{escape(w['computed'])}: {escape(comp)}<br/>{escape(w['assessed'])}: "
                                      f"{escape(ass)}{flag}", s.cell)]], colWidths=[12, cw - 20], hAlign="LEFT")
                t.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                cells.append(t)
            rows.append(cells)
        overall: list = [Paragraph(f"<b>{escape(w['overall'])}</b>", s.cell)]
        for ta in (self.c.analyses[i] for i in part):
            t = Table([[glyph(ta.overall.verdict.value, 9), Paragraph(f"<b>{escape(label(ta.overall.verdict, lang))}"
                                                                       f"</b>", s.cell)]],
                      colWidths=[12, cw - 20], hAlign="LEFT")
            t.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            overall.append(t)
        rows.append(overall)
        return data_table([w["line"], *[self.c.trials[i].name for i in part]], rows, [first] + [cw] * n)

    def charts(self) -> list[Flowable]:
        s, w = self.s, self.w
        out: list[Flowable] = [PageBreak(), heading(w["charts"], 0, "charts"), para(w["charts_intro"], s.body)]
        for row in self.c.rows:
            series = self.c.series_of(row.key)
            warnings = self.c.row_warnings(row.key)
            if not series and not warnings:
                continue
            dirs = {x.higher_is_better for x in series}
            direction = w["mixed"] if len(dirs) > 1 else w["higher"] if dirs == {True} else w["lower"] if dirs else ""
            block: list[Flowable] = [Paragraph(f"<b>{escape(row.label)}</b> <font color='#{MUTED.hexval()[2:]}' "
                                               f"size='8'>({escape(direction)})</font>" if direction else
                                               f"<b>{escape(row.label)}</b>", s.h3)]
            if series:
                block.append(index_chart(self.c, row, self.lang))
            for warning in warnings:
                block.append(para(f"⚠ {escape(warning.text.get(self.lang))}", s.small, markup=True))
            out += [KeepTogether(block), gap(3)]
        return out

    def forest(self) -> list[Flowable]:
        s, w = self.s, self.w
        out: list[Flowable] = [PageBreak(), heading(w["forest"], 0, "forest"), para(w["forest_intro"], s.body)]
        if not self.c.forest:
            return [*out, para(w["no_effects"], s.body)]
        for kind, panel in self.c.forest_panels():
            title = (para(f"<b>{escape(EFFECT_KIND_TITLES[kind].get(self.lang))}</b>", s.h3, markup=True)
                     if kind in EFFECT_KIND_TITLES else gap(2))
            pages = forest_pages(panel)
            for k, part in enumerate(pages):
                if k:
                    out.append(PageBreak())
                continued = k > 0 and part[0].row_key == pages[k - 1][-1].row_key
                out.append(KeepTogether([title, forest_plot(self.c, self.lang, entries=part, continued=continued,
                                                            scale=panel), gap(6)]))
        return out

    def story(self) -> list[Flowable]:
        return [*self.cover(), *self.warnings(), *self.table(), *self.bottom_lines(), *self.charts(), *self.forest()]


def _header(names: list[str], lang: str) -> str:
    """The trials in the running header, short enough to leave room for the marking."""
    text = " · ".join(names)
    return text if len(text) <= 58 else (f"{len(names)} forsøg" if lang == "da" else f"{len(names)} trials")


def _marked(c: Comparison, demo: set[uuid.UUID]) -> Comparison:
    """``c`` with " (demo)" after the name of each demo trial, wherever a trial is named."""
    def name(trial_id: uuid.UUID, text: str) -> str:
        return f"{text} (demo)" if trial_id in demo else text
    return replace(c, trials=tuple(replace(t, name=name(t.trial_id, t.name)) for t in c.trials),
                   series=tuple(replace(x, trial_name=name(x.trial_id, x.trial_name)) for x in c.series),
                   forest=tuple(replace(e, trial_name=name(e.trial_id, e.trial_name)) for e in c.forest))


def build_compare_report(c: Comparison, out_path: str | Path, *, lang: str = "da", today: dt.date | None = None,
                         illustrative: bool = False, demo_trials: Collection[uuid.UUID] = (),
                         on_page: Callable[[int, int | None], None] | None = None) -> Path:
    """Write the comparison report of ``c`` to ``out_path`` (PDF) and return the path (written whole or not
    at all). ``on_page(page, pages)`` follows the layout; it may raise to stop it. ``demo_trials``: the
    trials with made-up figures (``illustrative``: all of them), marked by name; every page is marked only
    when all trials are demo trials."""
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}")
    refuse_database_target(Path(out_path))
    today = today or dt.date.today()
    w = WORDS[lang]
    demo = {t.trial_id for t in c.trials} if illustrative else set(demo_trials) & {t.trial_id for t in c.trials}
    demo_names = [t.name for t in c.trials if t.trial_id in demo]
    c = _marked(c, demo)
    names = [t.name for t in c.trials]
    meta = ReportMeta(
        title=f"{w['report']}: {', '.join(names)}", subject=w["subject"].format(n=len(names)), author=w["author"],
        lang=lang, keywords=(w["report"], *names), header=_header(names, lang), header_right=w["report"],
        footer=f"Effektmåling · {w['printed'].format(date=format_date(today, lang))}",
        marking=w["illustrative"] if demo and len(demo) == len(c.trials) else "",
    )
    out_path = Path(out_path)
    report = _Report(c, lang, today, demo_names)
    return write_whole(out_path, lambda tmp: ReportDocument(tmp, meta, on_page=on_page).build_story(report.story()))

