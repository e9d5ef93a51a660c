"""The effect report of a trial: an A4 PDF for a committee, in Danish or English.

Every number comes from the analysis results (:class:`TrialAnalysis`); this module only words and
lays them out. Contents: cover, contents, the five bottom lines (scorecard, assessments, overall
verdict), a summary table of the indicators, the trial (purpose, target group, theory of change),
one page per indicator (chart, key numbers, the test in words, the explanation) and an appendix on
the methods with references.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..analysis.chart import build_chart_spec
from ..analysis.results import (
    ASSURANCE_LABELS,
    STATUS_LABELS,
    IndicatorAnalysis,
    Status,
    TrialAnalysis,
)
from ..domain.entities import Indicator, Milestone, Trial
from ..domain.enums import MeasureType, Verdict
from ..domain.formatting import format_date, format_number, format_p_value, format_percent_value
from ..domain.i18n import Text
from ..domain.labels import label
from . import style as st
from .charts import chart_drawing, triangle
from .style import STYLES, Heading, para


class BundleLike(Protocol):
    """What the report reads of a trial bundle (services.workspace.TrialBundle)."""

    trial: Trial
    indicators: list[Indicator]
    milestones: list[Milestone]


def _t(lang: str, da: str, en: str) -> str:
    return da if lang == "da" else en


# --- small drawn symbols (never colour alone) --------------------------------------------------------

STATUS_STYLE: dict[Status, tuple[str, colors.Color]] = {
    Status.IMPROVED: ("up", st.GOOD),
    Status.WORSENED: ("down", st.BAD),
    Status.NO_CHANGE: ("equal", st.NEUTRAL),
    Status.INSUFFICIENT: ("question", st.NEUTRAL),
}
VERDICT_STYLE: dict[Verdict | None, tuple[str, colors.Color]] = {
    Verdict.PLUS: ("plus", st.GOOD),
    Verdict.NEUTRAL: ("equal", st.NEUTRAL),
    Verdict.MINUS: ("minus", st.BAD),
    None: ("none", st.NEUTRAL),
}


def symbol(kind: str, colour: colors.Color, size: float = 9) -> Drawing:
    """A small status symbol: ▲ up, ▼ down, = equal, ? question, + plus, − minus, ○ none."""
    d = Drawing(size, size)
    c, r = size / 2, size / 2
    if kind in ("up", "down"):
        d.add(triangle(c, c - (0.4 if kind == "up" else -0.4), r * 0.95, kind == "up", colour))
    elif kind == "none":
        d.add(Circle(c, c, r * 0.8, fillColor=colors.white, strokeColor=colour, strokeWidth=0.9))
    elif kind == "question":
        d.add(Circle(c, c, r, fillColor=colour, strokeColor=None))
        d.add(String(c, c - size * 0.33, "?", fontName=st.FONT_BOLD, fontSize=size * 0.85, fillColor=colors.white,
                     textAnchor="middle"))
    else:
        d.add(Circle(c, c, r, fillColor=colour, strokeColor=None))
        bar = size * 0.12
        if kind in ("plus", "minus"):
            w = r * 1.1
            d.add(Rect(c - w / 2, c - bar / 2, w, bar, fillColor=colors.white, strokeColor=None))
        if kind == "plus":
            d.add(Rect(c - bar / 2, c - r * 0.55, bar, r * 1.1, fillColor=colors.white, strokeColor=None))
        if kind == "equal":
            w = r * 1.0
            for dy in (-size * 0.12, size * 0.12):
                d.add(Rect(c - w / 2, c + dy - bar / 2, w, bar, fillColor=colors.white, strokeColor=None))
    return d


def labelled(kind: str, colour: colors.Color, text: str, style: str = "cell", size: float = 8) -> Table:
    """A symbol followed by its word, as a one-row table that fits in a table cell."""
    t = Table([[symbol(kind, colour, size), para(text, style)]], colWidths=[size + 4, None], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def status_mark(a: IndicatorAnalysis, lang: str, style: str = "cell") -> Table:
    kind, colour = STATUS_STYLE[a.status]
    return labelled(kind, colour, STATUS_LABELS[a.status].get(lang), style)


def verdict_mark(v: Verdict | None, lang: str, missing: str) -> Table:
    kind, colour = VERDICT_STYLE[v]
    return labelled(kind, colour, label(v, lang) if v is not None else missing)


# --- wording of the numbers --------------------------------------------------------------------------

def unit_suffix(a: IndicatorAnalysis, lang: str) -> str:
    unit = "%" if a.measure_type is MeasureType.PROPORTION else a.unit
    if not unit:
        return ""
    return (" %" if lang == "da" else "%") if unit == "%" else f" {unit}"


def number(a: IndicatorAnalysis, value: float | None, lang: str, *, sign: bool = False, unit: bool = False) -> str:
    text = format_number(value, a.decimals, lang, sign=sign)
    return text + (unit_suffix(a, lang) if unit and value is not None else "")


def pct(a: IndicatorAnalysis, lang: str) -> str:
    """The percent sign after a proportion's numbers (other units are in the indicator's description)."""
    return unit_suffix(a, lang) if a.measure_type is MeasureType.PROPORTION else ""


def difference(a: IndicatorAnalysis, value: float | None, lang: str, *, sign: bool = True) -> str:
    """A difference in the indicator's unit; proportions in percentage points."""
    text = format_number(value, a.decimals, lang, sign=sign)
    if value is None:
        return text
    if a.measure_type is MeasureType.PROPORTION:
        return text + (" procentpoint" if lang == "da" else " percentage points")
    return text + unit_suffix(a, lang)


def change_text(a: IndicatorAnalysis, lang: str) -> str:
    if a.change_absolute is None:
        return "–"
    text = number(a, a.change_absolute, lang, sign=True)
    if a.measure_type is MeasureType.PROPORTION:
        text += _t(lang, " %-point", " pp")
    if a.change_relative is not None:
        text += f" ({format_percent_value(a.change_relative, 0, lang, sign=True)})"
    return text


def target_text(a: IndicatorAnalysis, lang: str) -> str:
    if a.target_value is None:
        return _t(lang, "intet mål", "no target")
    text = number(a, a.target_value, lang) + pct(a, lang)
    if a.attainment is not None:
        text += " · " + _t(lang, "{p} nået", "{p} reached").format(p=format_percent_value(a.attainment, 0, lang))
    return text


METHODS = {
    "welch-summary": Text("Welchs t-test (gennemsnit med antal og spredning)", "Welch's t-test (means with n and SD)"),
    "welch-points": Text("Welchs t-test på målingerne", "Welch's t-test on the measurements"),
    "two-proportion-z": Text("z-test af to andele", "z-test of two proportions"),
    "poisson-exact": Text("eksakt test af to rater", "exact test of two rates"),
}
COMPARED = {
    "last-baseline-vs-latest": Text("den sidste måling i baselineperioden og den seneste måling",
                                    "the last baseline measurement and the latest measurement"),
    "baseline-vs-follow-up": Text("målingerne i baselineperioden og målingerne efter forsøgets start",
                                  "the baseline measurements and the measurements after the trial started"),
}


def effect_size_words(value: float, lang: str) -> str:
    v = abs(value)
    if v < 0.2:
        return _t(lang, "ubetydelig", "negligible")
    if v < 0.5:
        return _t(lang, "lille", "small")
    if v < 0.8:
        return _t(lang, "middel", "medium")
    return _t(lang, "stor", "large")


def test_words(a: IndicatorAnalysis, lang: str) -> str:
    """The test result and the effect size, in sentences a non-statistician can read."""
    da = lang == "da"
    if a.test is None:
        reason = a.test_reason.get(lang) if a.test_reason else _t(lang, "der er for få målinger",
                                                                   "there are too few measurements")
        return _t(lang, f"Der er ikke lavet en statistisk test: {reason}.",
                  f"No statistical test was made: {reason}.")
    t = a.test
    method = METHODS.get(t.method, Text(t.method, t.method)).get(lang)
    compared = COMPARED.get(t.compared)
    what = (f" mellem {compared.da}" if da else f" between {compared.en}") if compared else ""
    s = _t(lang, f"Forskellen{what} er {difference(a, t.difference, lang)}. ",
           f"The difference{what} is {difference(a, t.difference, lang)}. ")
    s += _t(lang, f"Med 95 % sikkerhed ligger den sande forskel mellem {number(a, t.ci_low, lang)} og "
                  f"{number(a, t.ci_high, lang)} ({method}, {format_p_value(t.p_value, lang)}). ",
            f"With 95% confidence the true difference lies between {number(a, t.ci_low, lang)} and "
            f"{number(a, t.ci_high, lang)} ({method}, {format_p_value(t.p_value, lang)}). ")
    if t.significant:
        s += _t(lang, "Det er usandsynligt, at en så stor forskel skyldes tilfældig variation alene.",
                "A difference this large is unlikely to be chance variation alone.")
    else:
        s += _t(lang, "En forskel af denne størrelse kan godt skyldes tilfældig variation.",
                "A difference of this size may well be chance variation.")
    if a.effect_size is not None:
        es = a.effect_size
        name = "Hedges' g" if es.kind == "hedges-g" else ("Cohens h" if da else "Cohen's h")
        s += _t(lang, f" Effektstørrelsen ({name}) er {format_number(es.value, 2, lang, sign=True)}, "
                      f"en {effect_size_words(es.value, lang)} effekt.",
                f" The effect size ({name}) is {format_number(es.value, 2, lang, sign=True)}, "
                f"a {effect_size_words(es.value, lang)} effect.")
    return s


def chart_words(a: IndicatorAnalysis, lang: str) -> str:
    parts = []
    if a.spc is not None:
        n_sig = len({s.index for s in a.spc.signals})
        chart = {"I": _t(lang, "I-kort", "I chart"), "P": _t(lang, "P-kort", "P chart"),
                 "U": _t(lang, "U-kort", "U chart")}.get(a.spc.chart, a.spc.chart)
        parts.append(_t(lang, f"Kontrolkort ({chart}): centerlinje {number(a, a.spc.centre, lang)}, "
                              f"kontrolgrænser {number(a, a.spc.lcl, lang)} til {number(a, a.spc.ucl, lang)}; "
                              f"signal ved {n_sig} {'måling' if n_sig == 1 else 'målinger'}.",
                        f"Control chart ({chart}): centre line {number(a, a.spc.centre, lang)}, "
                        f"limits {number(a, a.spc.lcl, lang)} to {number(a, a.spc.ucl, lang)}; "
                        f"signals at {n_sig} {'measurement' if n_sig == 1 else 'measurements'}."))
    elif a.spc_reason is not None:
        parts.append(_t(lang, f"Intet kontrolkort: {a.spc_reason.da}.", f"No control chart: {a.spc_reason.en}."))
    if a.run_chart is not None:
        rc = a.run_chart
        parts.append(_t(lang, f"Seriediagram: {'ikke-tilfældig variation' if rc.signal else 'tilfældig variation'} "
                              f"(længste serie {rc.longest_run}, grænse {rc.longest_run_max}; {rc.crossings} "
                              f"krydsninger af medianen, mindst {rc.crossings_min}).",
                        f"Run chart: {'non-random variation' if rc.signal else 'random variation'} "
                        f"(longest run {rc.longest_run}, limit {rc.longest_run_max}; {rc.crossings} crossings "
                        f"of the median, at least {rc.crossings_min})."))
    if a.assurance is not None:
        parts.append(ASSURANCE_LABELS[a.assurance].get(lang) + ".")
    if a.trend is not None:
        slope = format_number(a.trend.slope_per_month, a.decimals + 1, lang, sign=True)
        parts.append(_t(lang, f"Tendens efter start: {slope} pr. måned.", f"Trend after the start: {slope} per month."))
    return " ".join(parts)


# --- Markdown (theory of change) ----------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\*)")


def _inline(text: str) -> str:
    s = escape(text)
    s = _BOLD.sub(r"<b>\1</b>", s)
    return _ITALIC.sub(r"<i>\1</i>", s)


def markdown_flowables(text: str) -> list[Flowable]:
    """Headings (#, ##, ###), bullets (- or *), numbered items and paragraphs, with **bold** and *italic*."""
    out: list[Flowable] = []
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def flush() -> None:
        nonlocal items
        if paragraph:
            out.append(Paragraph(_inline(" ".join(paragraph)), STYLES["body"]))
            paragraph.clear()
        if items:
            out.append(ListFlowable([ListItem(Paragraph(_inline(i), STYLES["bullet"]), leftIndent=12) for i in items],
                                    bulletType="1" if ordered else "bullet", start=None if ordered else "•",
                                    leftIndent=12, bulletFontName=st.FONT, bulletFontSize=8, bulletColor=st.ACCENT))
            items = []

    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        m_head = re.match(r"^(#{1,6})\s+(.*)$", line)
        m_bullet = re.match(r"^[-*+]\s+(.*)$", line)
        m_number = re.match(r"^\d+[.)]\s+(.*)$", line)
        if m_head:
            flush()
            out.append(Paragraph(_inline(m_head.group(2)), STYLES["h3"]))
        elif m_bullet or m_number:
            if paragraph:
                flush()
            is_num = m_number is not None
            if items and is_num != ordered:
                flush()
            ordered = is_num
            items.append((m_bullet or m_number).group(1))  # type: ignore[union-attr]
        elif items and raw[:1] in (" ", "\t"):
            items[-1] += " " + line  # continuation of a list item
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return out


# --- the document ------------------------------------------------------------------------------------

def _table_style(header: bool = True, zebra: bool = True) -> list[tuple]:
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), st.ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0, st.ACCENT)]
    return cmds


def _period_text(period: tuple[dt.date | None, dt.date | None] | None, analysis: TrialAnalysis, lang: str) -> str:
    start, end = period or (None, None)
    dates = [p.date for a in analysis.indicators for p in a.points]
    start = start or (min(dates) if dates else analysis.start_date)
    end = end or (max(dates) if dates else None)
    return f"{format_date(start, lang)} – {format_date(end, lang) if end else _t(lang, 'i dag', 'today')}"


def _info_table(rows: list[tuple[str, str]]) -> Table:
    t = Table([[para(k, "muted"), para(v, "body")] for k, v in rows], colWidths=[42 * mm, None], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def _box(flowables: list[Flowable], background: colors.Color, border: colors.Color) -> Table:
    t = Table([[flowables]], colWidths=[st.CONTENT_WIDTH])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background), ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def demo_notice(lang: str) -> Text:
    return Text("Illustrative data: tallene i denne rapport er opdigtede og viser kun, hvordan effektmålingen virker.",
                "Illustrative data: the figures in this report are invented and only show how the effect "
                "measurement works.")


def _cover(trial: Trial, analysis: TrialAnalysis, lang: str, period_text: str, generated: dt.date,
           n_indicators: int) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 38 * mm), para(_t(lang, "Effektrapport", "Effect report"), "cover_kicker"),
                             para(trial.name, "cover_title")]
    if trial.unit and trial.unit != trial.name:
        story.append(para(trial.unit, "cover_sub"))
    story.append(Spacer(1, 14 * mm))
    rows = [
        (_t(lang, "Enhed", "Unit"), trial.unit or "–"),
        (_t(lang, "Periode", "Period covered"), period_text),
        (_t(lang, "Forsøget startede", "Trial started"), format_date(trial.start_date, lang)),
        (_t(lang, "Status", "Status"), label(trial.status, lang)),
        (_t(lang, "Indikatorer", "Indicators"), str(n_indicators)),
        (_t(lang, "Kontaktperson", "Contact"), trial.contact_person or "–"),
        (_t(lang, "Rapportens dato", "Date of report"), format_date(generated, lang)),
    ]
    story.append(_info_table(rows))
    story.append(Spacer(1, 12 * mm))
    kind, colour = VERDICT_STYLE[analysis.overall.verdict]
    verdict = Table([[symbol(kind, colour, 16), para(analysis.overall.text.get(lang), "lead")]],
                    colWidths=[24, None])
    verdict.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (0, 0), 2)]))
    story.append(_box([para(_t(lang, "Samlet vurdering", "Overall verdict"), "h3"), verdict],
                      st.ACCENT_LIGHT, st.ACCENT))
    if trial.is_demo:
        story.append(Spacer(1, 8 * mm))
        story.append(_box([para("ILLUSTRATIVE DATA", "cover_kicker"), para(demo_notice(lang).get(lang), "body")],
                          st.DEMO_LIGHT, st.DEMO))
    return story


def _contents(lang: str) -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [STYLES["toc1"], STYLES["toc2"]]
    guide = _t(lang,
               "Rapporten viser forsøgets effekt målt på de fem bundlinjer. Kapitel 1 giver den samlede vurdering, "
               "kapitel 2 et overblik over indikatorerne, kapitel 3 beskriver forsøget, og kapitel 4 har en side pr. "
               "indikator med graf og forklaring. Bilaget forklarer metoderne i almindeligt sprog.",
               "The report shows the trial's effect on the five bottom lines. Chapter 1 gives the overall verdict, "
               "chapter 2 an overview of the indicators, chapter 3 describes the trial, and chapter 4 has a page per "
               "indicator with a chart and an explanation. The appendix explains the methods in plain language.")
    return [Paragraph(_t(lang, "Indhold", "Contents"), STYLES["h1"]), para(guide, "body"), Spacer(1, 4 * mm), toc,
            Spacer(1, 10 * mm), _symbol_key(lang)]


def _symbol_key(lang: str) -> Flowable:
    """What the symbols mean: indicator status and bottom-line verdicts (never colour alone)."""
    status = [(STATUS_STYLE[s], STATUS_LABELS[s].get(lang)) for s in Status]
    verdicts = [(VERDICT_STYLE[v], label(v, lang) if v else _t(lang, "ikke målt / ikke vurderet",
                                                                  "not measured / not assessed"))
                for v in (Verdict.PLUS, Verdict.NEUTRAL, Verdict.MINUS, None)]
    rows = [[para(_t(lang, "Indikatorens status", "Indicator status"), "h3"), "",
             para(_t(lang, "Bundlinjens vurdering", "Bottom-line verdict"), "h3"), ""]]
    for (sk, sl), (vk, vl) in zip(status, verdicts, strict=True):
        rows.append([symbol(sk[0], sk[1], 9), para(sl, "cell"), symbol(vk[0], vk[1], 9), para(vl, "cell")])
    t = Table(rows, colWidths=[14, 70 * mm, 14, None], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]))
    return KeepTogether([para(_t(lang, "Symbolerne i rapporten", "The symbols in the report"), "h2"), t])


def _bottom_lines(analysis: TrialAnalysis, lang: str) -> list[Flowable]:
    story: list[Flowable] = [Heading(_t(lang, "1. Samlet vurdering: de fem bundlinjer",
                                        "1. Overall verdict: the five bottom lines"), key="bottomlines")]
    story.append(para(_t(lang, "Et forsøg skal ikke være plus på alle bundlinjer, men må ikke være minus på nogen. "
                               "For hver bundlinje vises den beregnede vurdering (ud fra indikatorerne) og "
                               "projektets egen vurdering (ud fra det, tallene ikke kan vise).",
                         "A trial need not be plus on every bottom line, but must not be minus on any. For each "
                         "line the computed verdict (from the indicators) and the project's own assessment (of what "
                         "the numbers cannot show) are shown."), "body"))
    kind, colour = VERDICT_STYLE[analysis.overall.verdict]
    verdict = Table([[symbol(kind, colour, 14), para("<b>" + escape(analysis.overall.text.get(lang)) + "</b>", "body",
                                                     markup=True)]], colWidths=[22, None])
    verdict.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [_box([verdict], st.ACCENT_LIGHT, st.ACCENT), Spacer(1, 4 * mm)]
    head = [para(h, "cell_head") for h in (_t(lang, "Bundlinje", "Bottom line"), _t(lang, "Beregnet", "Computed"),
                                           _t(lang, "Vurderet", "Assessed"), _t(lang, "Enighed", "Agreement"),
                                           _t(lang, "Indikatorer", "Indicators"))]
    rows: list[list[Any]] = [head]
    style = _table_style()
    for b in analysis.bottom_lines:
        agree = ("–" if b.agree is None else _t(lang, "Enige", "Agree") if b.agree
                 else _t(lang, "Uenige – se begrundelsen", "Disagree – see the justification"))
        rows.append([para(label(b.line, lang), "cell_bold"),
                     verdict_mark(b.computed, lang, _t(lang, "ikke målt", "not measured")),
                     verdict_mark(b.assessed, lang, _t(lang, "ikke vurderet", "not assessed")),
                     para(agree, "cell"), para(str(b.n_indicators), "cell")])
        notes = []
        if b.justification:
            notes.append(f"<b>{_t(lang, 'Begrundelse', 'Justification')}:</b> {escape(b.justification)}")
        if b.evidence:
            notes.append(f"<b>{_t(lang, 'Dokumentation', 'Evidence')}:</b> {escape(b.evidence)}")
        if notes:
            rows.append([para("<br/>".join(notes), "small", markup=True), "", "", "", ""])
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("LINEBELOW", (0, r - 1), (-1, r - 1), 0, colors.white),
                      ("TOPPADDING", (0, r), (-1, r), 0), ("LEFTPADDING", (0, r), (-1, r), 14)]
    table = Table(rows, colWidths=[52 * mm, 29 * mm, 29 * mm, 40 * mm, None], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    return story


def _summary(indicators: Sequence[IndicatorAnalysis], lang: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), Heading(_t(lang, "2. Indikatorerne i overblik",
                                                                  "2. The indicators at a glance"), key="summary")]
    if not indicators:
        story.append(para(_t(lang, "Forsøget har endnu ingen indikatorer, så der er intet at vise.",
                             "The trial has no indicators yet, so there is nothing to show."), "body"))
        return story
    head = [para(h, "cell_head") for h in (
        _t(lang, "Indikator", "Indicator"), _t(lang, "Type", "Kind"), _t(lang, "Interessent", "Stakeholder"),
        _t(lang, "Baseline → nu", "Baseline → now"), _t(lang, "Ændring", "Change"),
        _t(lang, "Mål og opfyldelse", "Target and attainment"), "Status")]
    rows: list[list[Any]] = [head]
    for a in indicators:
        rows.append([
            para(a.name, "cell_bold"), para(label(a.kind, lang), "cell"), para(label(a.stakeholder, lang), "cell"),
            para(f"{number(a, a.baseline.value, lang)} → {number(a, a.current_value, lang)}{pct(a, lang)}", "cell"),
            para(change_text(a, lang), "cell"), para(target_text(a, lang), "cell"), status_mark(a, lang)])
    table = Table(rows, colWidths=[38 * mm, 15 * mm, 21 * mm, 21 * mm, 25 * mm, 26 * mm, None], repeatRows=1)
    style = _table_style()
    style += [("BACKGROUND", (0, r), (-1, r), st.ZEBRA) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(para(_t(lang, "Ændringen er den seneste måling minus baseline; procenten er ændringen i forhold til "
                               "baseline. Status kombinerer den statistiske test og kontrolkortet (se bilaget).",
                         "The change is the latest measurement minus the baseline; the percentage is relative to "
                         "the baseline. The status combines the statistical test and the control chart (see the "
                         "appendix)."), "muted"))
    return story


def _trial_section(trial: Trial, lang: str) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), Heading(_t(lang, "3. Om forsøget", "3. About the trial"), key="trial")]
    missing = _t(lang, "Ikke beskrevet.", "Not described.")
    for title, text, key in ((_t(lang, "Formål", "Purpose"), trial.purpose, "purpose"),
                             (_t(lang, "Målgruppe", "Target group"), trial.target_group, "target-group"),
                             (_t(lang, "Forandringsteori", "Theory of change"), trial.theory_of_change, "toc")):
        story.append(Heading(title, "h2", level=1, toc=False, key=key))
        story += markdown_flowables(text) or [para(missing, "muted")]
    return story


def _key_numbers(a: IndicatorAnalysis, lang: str) -> Table:
    base = number(a, a.baseline.value, lang, unit=True)
    if a.baseline.source == "points":
        base += _t(lang, f" (gennemsnit af {a.baseline.n_points} målinger før {format_date(a.baseline.end_date, lang)})",
                   f" (mean of {a.baseline.n_points} measurements before {format_date(a.baseline.end_date, lang)})")
    elif a.baseline.source == "manual":
        base += _t(lang, " (indtastet manuelt)", " (entered manually)")
    current = number(a, a.current_value, lang, unit=True)
    if a.current_date:
        current += f" ({format_date(a.current_date, lang)})"
    target = number(a, a.target_value, lang, unit=True) if a.target_value is not None else _t(lang, "intet mål",
                                                                                              "no target")
    if a.target_value is not None and a.target_date:
        target += _t(lang, f" inden {format_date(a.target_date, lang)}", f" by {format_date(a.target_date, lang)}")
    rows = [
        [para(_t(lang, "Baseline", "Baseline"), "muted"), para(base, "cell"),
         para(_t(lang, "Seneste måling", "Latest"), "muted"), para(current, "cell")],
        [para(_t(lang, "Ændring", "Change"), "muted"), para(change_text(a, lang), "cell_bold"),
         para(_t(lang, "Mål", "Target"), "muted"), para(target, "cell")],
        [para(_t(lang, "Målopfyldelse", "Attainment"), "muted"),
         para(format_percent_value(a.attainment, 0, lang), "cell"),
         para("Status", "muted"), status_mark(a, lang, "cell_bold")],
    ]
    t = Table(rows, colWidths=[27 * mm, 58 * mm, 27 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.ACCENT),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _indicator_page(a: IndicatorAnalysis, ind: Indicator | None, milestones: Sequence[Milestone],
                    trial_start: dt.date, lang: str, number_: int) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), Heading(f"4.{number_} {a.name}", "h2", level=1, key=f"ind-{number_}")]
    meta = [label(a.kind, lang), label(a.stakeholder, lang), label(a.bottom_line, lang), label(a.direction, lang)]
    if a.theme:
        meta.append(a.theme)
    story.append(para(" · ".join(meta), "muted"))
    if ind is not None and ind.description:
        story.append(para(ind.description, "body"))
    kind, colour = STATUS_STYLE[a.status]
    expl = Table([[symbol(kind, colour, 12), para("<b>" + escape(a.explanation.get(lang)) + "</b>", "body",
                                                  markup=True)]], colWidths=[18, None])
    expl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (0, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story.append(_box([expl], st.ACCENT_LIGHT, colour))
    story.append(Spacer(1, 3 * mm))
    spec = build_chart_spec(a, milestones, trial_start)
    if spec.unit and len(spec.unit) > 6:
        story.append(para(_t(lang, f"Lodret akse: {spec.unit}", f"Vertical axis: {spec.unit}"), "muted"))
    story.append(chart_drawing(spec, st.CONTENT_WIDTH, 78 * mm, lang))
    ms = [m for m in spec.markers if m.kind == "milestone" and spec.x_min and spec.x_max
          and spec.x_min <= m.date <= spec.x_max]
    if ms:
        story.append(para(_t(lang, "Milepæle: ", "Milestones: ") + "   ".join(
            f"({i}) {format_date(m.date, lang)} {m.label.get(lang)}" for i, m in enumerate(ms, 1)), "muted"))
    story.append(Spacer(1, 3 * mm))
    story.append(_key_numbers(a, lang))
    story.append(Paragraph(_t(lang, "Statistisk test", "Statistical test"), STYLES["h3"]))
    story.append(para(test_words(a, lang), "body"))
    chart_text = chart_words(a, lang)
    if chart_text:
        story.append(Paragraph(_t(lang, "Grafen", "The chart"), STYLES["h3"]))
        story.append(para(chart_text, "body"))
    notes = [r.get(lang) for r in a.reasons]
    source = ind.data_source if ind is not None else ""
    if source:
        notes.append(_t(lang, f"Datakilde: {source}", f"Data source: {source}"))
    if notes:
        story.append(para(" · ".join(n[:1].upper() + n[1:] for n in notes), "muted"))
    return story


APPENDIX: list[tuple[Text, Text]] = [
    (Text("Baseline", "Baseline"),
     Text("Baseline er niveauet før forsøget: gennemsnittet af målingerne før forsøgets start (eller før en særskilt "
          "valgt slutdato for baselineperioden). Findes der ingen målinger fra før starten, bruges en manuelt indtastet "
          "værdi, hvis projektet har en. Alle ændringer i rapporten er målt i forhold til baseline. Målinger fra "
          "baselineperioden vises altid, også når rapporten dækker en senere periode, fordi de er sammenligningsgrundlaget.",
          "The baseline is the level before the trial: the mean of the measurements before the trial started (or before "
          "a separately chosen end of the baseline period). When there are no measurements from before the start, a "
          "manually entered value is used if the project has one. Every change in the report is measured against the "
          "baseline. Baseline measurements are always shown, also when the report covers a later period, because they "
          "are what the trial is compared with.")),
    (Text("Seriediagram", "Run chart"),
     Text("Et seriediagram viser målingerne i tidsorden med medianen som vandret linje. Tilfældig variation giver "
          "punkter, der skifter uregelmæssigt mellem de to sider af medianen. Ligger usædvanligt mange punkter i træk på "
          "samme side (en lang serie), eller krydser kurven medianen usædvanligt få gange, er variationen ikke "
          "tilfældig: noget har ændret sig. Grænserne følger Anhøj-reglerne, der afhænger af antallet af målinger.",
          "A run chart shows the measurements in time order with the median as a horizontal line. Chance variation "
          "makes the points switch irregularly between the two sides of the median. When unusually many points in a "
          "row lie on the same side (a long run), or the curve crosses the median unusually few times, the variation "
          "is not random: something has changed. The limits follow the Anhøj rules, which depend on the number of "
          "measurements.")),
    (Text("Kontrolgrænser", "Control limits"),
     Text("Kontrolkortet (I-, P- eller U-kort efter måletypen) tegner en centerlinje og to kontrolgrænser omkring den, "
          "beregnet ud fra den variation, der var i baselineperioden. Så længe processen er uændret, ligger næsten alle "
          "punkter inden for grænserne. Et punkt uden for grænserne eller et skift (mange punkter i træk på samme side "
          "af centerlinjen) er et signal. I graferne er signaler markeret med en trekant: ▲ grøn for en forbedring, "
          "▼ rød for en forværring.",
          "The control chart (an I, P or U chart after the type of measure) draws a centre line with two control limits "
          "around it, computed from the variation in the baseline period. As long as the process is unchanged, nearly "
          "all points lie within the limits. A point outside the limits or a shift (many points in a row on the same "
          "side of the centre line) is a signal. In the charts signals are marked with a triangle: ▲ green for an "
          "improvement, ▼ red for a deterioration.")),
    (Text("p-værdi og konfidensinterval", "p-value and confidence interval"),
     Text("En statistisk test sammenligner målingerne før og efter forsøgets start. p-værdien er sandsynligheden for at "
          "se en forskel mindst så stor, hvis forsøget i virkeligheden intet havde ændret. Er p under 0,05, kalder vi "
          "ændringen statistisk sikker. p-værdien siger ikke, hvor stor eller hvor vigtig ændringen er. Det gør "
          "95 %-konfidensintervallet: det område, den sande ændring med 95 % sikkerhed ligger i.",
          "A statistical test compares the measurements before and after the trial started. The p-value is the "
          "probability of seeing a difference at least this large if the trial had in fact changed nothing. When p "
          "is below 0.05 we call the change statistically significant. The p-value does not say how large or how "
          "important the change is. The 95% confidence interval does: the range in which the true change lies with "
          "95% confidence.")),
    (Text("Effektstørrelse", "Effect size"),
     Text("Effektstørrelsen udtrykker ændringen uafhængigt af måleenheden, så indikatorer kan sammenlignes: Hedges' g "
          "for gennemsnit og Cohens h for andele. Som tommelfingerregel er 0,2 en lille, 0,5 en middel og 0,8 en stor "
          "effekt.",
          "The effect size expresses the change independently of the unit, so that indicators can be compared: "
          "Hedges' g for means and Cohen's h for proportions. As a rule of thumb 0.2 is a small, 0.5 a medium and "
          "0.8 a large effect.")),
    (Text("Status og bundlinjer", "Status and bottom lines"),
     Text("En indikator er forbedret eller forværret, når testen er statistisk sikker eller kontrolkortet viser et "
          "vedvarende skift, og den anden ikke siger imod. Ellers er der ingen påviselig ændring; er der for få "
          "målinger til både test og kontrolkort, står der »for få data«. En bundlinjes beregnede vurdering samler "
          "dens indikatorer; projektets egen vurdering står ved siden af, med begrundelse og dokumentation.",
          "An indicator has improved or worsened when the test is significant or the control chart shows a sustained "
          "shift, and the other does not contradict it. Otherwise there is no detectable change; when there are too "
          "few measurements for both a test and a control chart, it says 'insufficient data'. A bottom line's computed "
          "verdict combines its indicators; the project's own assessment stands beside it, with its justification "
          "and evidence.")),
]

REFERENCES = [
    "Anhøj J, Olesen AV (2014). Run charts revisited: a simulation study of run chart rules for detection of "
    "non-random variation in health care processes. PLoS ONE 9(11): e113825.",
    "Provost LP, Murray SK (2011). The Health Care Data Guide: Learning from Data for Improvement. Jossey-Bass.",
    "Montgomery DC (2019). Introduction to Statistical Quality Control, 8th ed. Wiley.",
    "Welch BL (1947). The generalization of 'Student's' problem when several different population variances are "
    "involved. Biometrika 34: 28–35.",
    "Przyborowski J, Wilenski H (1940). Homogeneity of results in testing samples from Poisson series. "
    "Biometrika 31: 313–323.",
    "Hedges LV, Olkin I (1985). Statistical Methods for Meta-Analysis. Academic Press.",
    "Cohen J (1988). Statistical Power Analysis for the Behavioral Sciences, 2nd ed. Lawrence Erlbaum.",
]


def _appendix(lang: str) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), Heading(_t(lang, "Bilag: Metoderne forklaret", "Appendix: the methods "
                                                                                          "explained"), key="methods")]
    for title, text in APPENDIX:
        story.append(KeepTogether([Paragraph(escape(title.get(lang)), STYLES["h3"]), para(text.get(lang), "body")]))
    story.append(Heading(_t(lang, "Referencer", "References"), "h2", level=1, toc=False, key="references"))
    story += [para(r, "small") for r in REFERENCES]
    return story


def build_effect_report(bundle: BundleLike, analysis: TrialAnalysis, out_path: str | Path, *, lang: str = "da",
                        period: tuple[dt.date | None, dt.date | None] | None = None,
                        indicator_ids: Sequence[Any] | None = None, generated: dt.date | None = None) -> Path:
    """Write the effect report of ``analysis`` (the trial in ``bundle``) to ``out_path``; returns the path.

    ``period`` is only shown (filter the measurements before the analysis); ``indicator_ids`` chooses
    and orders the indicators (default: all, in the trial's order).
    """
    out = Path(out_path)
    generated = generated or dt.date.today()
    trial = bundle.trial
    by_id = {ind.id: ind for ind in bundle.indicators}
    if indicator_ids is None:
        chosen = list(analysis.indicators)
    else:
        wanted = [analysis.indicator(i) for i in indicator_ids]
        chosen = [a for a in wanted if a is not None]
    period_text = _period_text(period, analysis, lang)
    title = _t(lang, f"Effektrapport: {trial.name}", f"Effect report: {trial.name}")
    doc = st.make_document(
        out, title=title, subtitle=_t(lang, "Effektrapport", "Effect report"), lang=lang, generated=generated,
        subject=_t(lang, f"Effekten af forsøget {trial.name}, {period_text}",
                   f"The effect of the trial {trial.name}, {period_text}"),
        author=trial.unit or trial.contact_person or "Effektmåling",
        demo_note="Illustrative data" if trial.is_demo else "", header=trial.name)
    story: list[Flowable] = _cover(trial, analysis, lang, period_text, generated, len(chosen))
    story += [NextPageTemplate("content"), PageBreak()]
    story += _contents(lang)
    story += [PageBreak()]
    story += _bottom_lines(analysis, lang)
    story += _summary(chosen, lang)
    story += _trial_section(trial, lang)
    story += [PageBreak(), Heading(_t(lang, "4. Indikatorerne én for én", "4. The indicators one by one"),
                                   key="indicators")]
    if not chosen:
        story.append(para(_t(lang, "Der er ingen indikatorer at vise.", "There are no indicators to show."), "body"))
    else:
        story.append(para(_t(lang, "Hver indikator har sin egen side med graf, nøgletal, testen i ord og en forklaring.",
                             "Each indicator has its own page with a chart, key numbers, the test in words and an "
                             "explanation."), "body"))
        first = True
        for i, a in enumerate(chosen, 1):
            page = _indicator_page(a, by_id.get(a.indicator_id), bundle.milestones, analysis.start_date, lang, i)
            if first:
                page = page[1:]  # the chapter heading shares the first indicator's page
                first = False
            story += page
    story += _appendix(lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    st.build_document(doc, story)
    return out
