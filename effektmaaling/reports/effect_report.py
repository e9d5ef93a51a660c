"""The effect report of one trial: an A4 PDF for a committee, in Danish or English.

Contents: cover (trial, unit, period, date, "Illustrative data" for demo trials, overall verdict),
table of contents, the five bottom lines (scorecard, overall verdict, the team's assessments), a
summary table of the indicators, the trial's purpose, target group and theory of change, one page
per indicator (chart, key numbers, test in words, explanation) and a plain-language methods appendix.

Every number comes from the analysis (:mod:`effektmaaling.analysis`); this module only formats
and places it. The analysis is run here on the selected period when the caller does not pass one.

Period (``--from``/``--to``): measurements after ``to`` are left out; measurements from the trial
start (the indicator's baseline end) up to ``from`` are left out, but the baseline is always kept,
because the baseline is what the follow-up is compared with. The bottom lines are computed from
all the trial's indicators even when only some are shown.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
)

from ..analysis import STATUS_LABELS, IndicatorAnalysis, Status, TrialAnalysis, analyse_trial
from ..analysis.chart import build_chart_spec
from ..analysis.describe import (
    LEVEL_LABELS,
    attainment_text,
    effect_size_text,
    latest_text,
    method_text,
    periods_text,
    target_by_date_text,
    trend_decimals,
    trend_text,
)
from ..analysis.results import Attainment, assurance_label
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from ..domain.enums import Frequency, MeasureType
from ..domain.errors import ValidationError
from ..domain.formatting import (
    bracket,
    format_date,
    format_number,
    format_p_value,
    format_percent_value,
    is_percent_unit,
    unit_text,
    with_unit,
)
from ..domain.i18n import Text
from ..domain.labels import label
from ..filesafety import refuse_database_target
from .chart import chart_drawing, milestone_notes
from .glyphs import glyph
from .markdown import markdown_flowables
from .style import (
    CONTENT_W,
    MARGIN_B,
    MARGIN_T,
    MARKING,
    MARKING_BG,
    MUTED,
    PAGE_H,
    RULE,
    STATUS_COLOURS,
    ReportDocument,
    ReportMeta,
    Table,  # drawn only in the layout pass that is kept
    callout,
    data_table,
    gap,
    heading,
    key_figures,
    para,
    styles,
    toc,
    tstyle,
    write_whole,
)
from .texts import (
    CHART_NAMES,
    COMPARED,
    METHODS,
    REFERENCES,
    RULES,
    WORDS,
    effect_size_words,
    pick,
)


class TrialData(Protocol):
    """What the report reads of a trial (``services.workspace.TrialBundle`` has it)."""

    trial: Trial
    indicators: Sequence[Indicator]
    measurements: Mapping[uuid.UUID, Sequence[Measurement]]
    milestones: Sequence[Milestone]
    assessments: Sequence[Assessment]


@dataclass(frozen=True)
class Period:
    """The part of the follow-up the report shows; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValidationError(Text(f"Perioden starter ({format_date(self.start, 'da')}) efter den slutter "
                                       f"({format_date(self.end, 'da')})",
                                       f"The period starts ({format_date(self.start, 'en')}) after it ends "
                                       f"({format_date(self.end, 'en')})"), field="period")

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None


@dataclass(frozen=True)
class _Selected:
    trial: Trial
    indicators: list[Indicator]
    measurements: dict[uuid.UUID, list[Measurement]]
    milestones: list[Milestone]
    assessments: list[Assessment]


def select_period(data: TrialData, period: Period | None) -> _Selected:
    """The trial's data limited to the period, the baseline always kept (see the module docstring)."""
    trial = data.trial
    period = period or Period()
    meas: dict[uuid.UUID, list[Measurement]] = {}
    for ind in data.indicators:
        baseline_end = ind.baseline_end_date or trial.start_date - dt.timedelta(days=1)  # the last baseline day
        rows = data.measurements.get(ind.id, [])
        meas[ind.id] = [m for m in rows
                        if (period.end is None or m.date <= period.end)
                        and (period.start is None or m.date >= period.start or m.date <= baseline_end)]
    miles = [m for m in data.milestones
             if (period.end is None or m.date <= period.end)
             and (period.start is None or m.date >= period.start or m.date <= trial.start_date)]
    return _Selected(trial, list(data.indicators), meas, miles, list(data.assessments))


# --- formatting helpers ------------------------------------------------------------------------------


def _unit(a: IndicatorAnalysis) -> str:
    return "%" if a.measure_type is MeasureType.PROPORTION else (a.unit or "")


def _inline_unit(a: IndicatorAnalysis) -> bool:
    """Short units (%) go with the number; longer ones (``pr. 1.000 beboerdøgn``) are printed apart."""
    return _unit(a) == "%"


def _side_unit(a: IndicatorAnalysis, lang: str, number: str = "") -> str:
    """The unit printed apart from ``number`` (a score's range as »(skala 0–10)«, »klage« after exactly 1)."""
    return "" if _inline_unit(a) else unit_text(_unit(a), number, lang)


def _num(v: float | None, a: IndicatorAnalysis, lang: str, *, sign: bool = False, level: bool = False) -> str:
    """A number in the indicator's decimals (``level``: a baseline, a level now or a change between them, in
    the decimals that keep the three consistent), with ``%`` when that is its unit."""
    if v is None:
        return "–"
    text = format_number(v, a.level_decimals if level else a.decimals, lang, sign=sign)
    return with_unit(text, "%", lang) if _inline_unit(a) else text  # never a lone % on the next line


def _value(v: float | None, a: IndicatorAnalysis, lang: str, *, sign: bool = False) -> str:
    """A number with its unit, for sentences."""
    if v is None or _inline_unit(a):
        return _num(v, a, lang, sign=sign)
    return with_unit(format_number(v, a.decimals, lang, sign=sign), _unit(a), lang)


def _points(lang: str) -> str:
    return "procentpoint" if lang == "da" else "percentage points"


def _in_points(a: IndicatorAnalysis) -> bool:
    """A change of a proportion or of a percentage (»% af arbejdsdage«) is in percentage points."""
    return a.measure_type is MeasureType.PROPORTION or is_percent_unit(a.unit)


def _change(a: IndicatorAnalysis, lang: str) -> tuple[str, str]:
    """(absolute change, relative change); a proportion's absolute change is in percentage points."""
    if a.change_absolute is None:
        return "–", ""
    if _in_points(a):
        absolute = f"{format_number(a.change_absolute, a.level_decimals, lang, sign=True)}\u00a0{_points(lang)}"
    else:
        absolute = _num(a.change_absolute, a, lang, sign=True, level=True)
    rel = format_percent_value(a.change_relative, 0, lang, sign=True) if a.change_relative is not None else ""
    return absolute, rel


WAVES_SHOWN = 6  # survey waves listed with their n on an indicator page (the latest)


def _change_figure(a: IndicatorAnalysis, absolute: str, rel: str, lang: str) -> tuple[str, str]:
    """The change as a key figure: the number large, its unit (percentage points) and relative change small."""
    if _in_points(a) and a.change_absolute is not None:
        small = _points(lang) + (f" ({rel})" if rel else "")
        return format_number(a.change_absolute, a.level_decimals, lang, sign=True), small
    unit = _side_unit(a, lang, absolute)
    return absolute, bracket(unit, rel).strip()


def _attainment_figure(a: IndicatorAnalysis, title: str, lang: str) -> tuple[str, str, str]:
    """Attainment as a key figure: a percentage or "nået" large; what is said instead of a percentage small."""
    text = attainment_text(a, lang)
    if a.attainment_note is Attainment.PROGRESS:
        return title, text, ""
    if a.attainment_note is Attainment.REACHED:
        return title, text[:1].upper() + text[1:], ""
    return title, "–", "" if text == "–" else text


CHART_H, CHART_MIN_H = 165.0, 120.0
BODY_H = PAGE_H - MARGIN_T - MARGIN_B - 12  # the body frame's height inside its padding


def _height(flowables: list[Flowable]) -> float:
    """The height the flowables take in the body frame, spaces included (an upper bound: the space before
    the first at the top of the frame is not drawn)."""
    width = CONTENT_W - 12
    total = 0.0
    for f in flowables:
        if isinstance(f, PageBreak):
            continue
        total += f.wrap(width, BODY_H)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _status_cell(kind: str | None, text: str, width: float, bold: bool = False) -> Table:
    s = styles()
    st = s.cell_head if bold else s.cell
    t = Table([[glyph(kind, 9), Paragraph(escape(text), st)]], colWidths=[13, width - 13], hAlign="LEFT")
    t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _two_lines(first: str, second: str, *, right: bool = True) -> Paragraph:
    s = styles()
    st = s.cell_right if right else s.cell
    if not second:
        return Paragraph(escape(first), st)
    return Paragraph(f"{escape(first)}<br/><font color='#{MUTED.hexval()[2:]}' size='7'>{escape(second)}</font>", st)


# --- the report ------------------------------------------------------------------------------------


class _Report:
    def __init__(self, data: _Selected, analysis: TrialAnalysis, lang: str, period: Period,
                 shown: list[IndicatorAnalysis], today: dt.date) -> None:
        self.data = data
        self.analysis = analysis
        self.lang = lang
        self.w = WORDS[lang]
        self.period = period
        self.shown = shown
        self.today = today
        self.s = styles()

    def d(self, date: dt.date | None) -> str:
        return format_date(date, self.lang)

    # cover ----------------------------------------------------------------------------------------

    def period_text(self) -> str:
        dates = [m.date for rows in self.data.measurements.values() for m in rows]
        first = min(dates) if dates else self.data.trial.start_date
        last = max(dates) if dates else (self.period.end or self.today)
        if self.period.end:
            last = self.period.end
        text = f"{self.d(first)} – {self.d(last)}"
        notes = []
        if self.period.start:
            notes.append(self.w["follow_up_from"].format(date=self.d(self.period.start)))
        if notes:
            text += f" ({'; '.join(notes)})"
        return text

    def limited_note(self) -> str:
        """»Begrænset periode (opfølgning vist fra …): tal, signaler og diagram bygger kun på de viste målinger
        …« under each indicator's chart when the report is limited; empty when it is not."""
        limits = []
        if self.period.start:
            limits.append(self.w["follow_up_from"].format(date=self.d(self.period.start)))
        if self.period.end:
            limits.append(self.w["follow_up_to"].format(date=self.d(self.period.end)))
        return self.w["limited_period"].format(limits="; ".join(limits)) if limits else ""

    def cover(self) -> list[Flowable]:
        s, w, t = self.s, self.w, self.data.trial
        out: list[Flowable] = [gap(14), para(t.name, s.title)]
        if t.unit and t.unit != t.name:  # the unit under the name (it is the name itself for some centres)
            out.append(para(t.unit, s.subtitle))
        out.append(gap(8))
        rows = [
            (w["period"], self.period_text()),
            (w["trial_start"], self.d(t.start_date)),
        ]
        if t.end_date:
            rows.append((w["trial_end"], self.d(t.end_date)))
        if t.contact_person:
            rows.append((w["contact"], t.contact_person))
        rows.append((w["indicators_n"], format_number(len(self.shown), 0, self.lang)))
        rows.append((w["report_date"], self.d(self.today)))
        meta = Table([[Paragraph(escape(k), s.figure_label), Paragraph(escape(v), s.cover_meta)] for k, v in rows],
                     colWidths=[38 * 2.83, CONTENT_W - 38 * 2.83], hAlign="LEFT")
        meta.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "BASELINE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        out += [meta, gap(10)]
        if t.is_demo:
            out += [callout([para(w["illustrative_long"], s.body)], colour=MARKING, background=MARKING_BG), gap(6)]
        ov = self.analysis.overall
        out += [callout([_status_cell(ov.verdict.value, w["overall"], CONTENT_W - 20, bold=True), gap(1.5),
                         para(ov.text.get(self.lang), s.lead)],
                        colour=STATUS_COLOURS[ov.verdict.value])]
        counts = [(st, sum(1 for a in self.shown if a.status is st)) for st in Status]
        cells = [_status_cell(st.value, f"{n} × {STATUS_LABELS[st].get(self.lang).lower()}", CONTENT_W / 4 - 4)
                 for st, n in counts]
        strip = Table([cells], colWidths=[CONTENT_W / 4] * 4, hAlign="LEFT")
        strip.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        out += [strip, NextPageTemplate("body"), PageBreak()]
        return out

    # bottom lines ---------------------------------------------------------------------------------

    def bottom_lines(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        out: list[Flowable] = [heading(w["bottom_lines"], 0, "bottom-lines"),
                               para(w["bottom_lines_intro"], s.body, markup=True)]
        widths = [150, 112, 112, CONTENT_W - 374]
        rows = []
        for b in self.analysis.bottom_lines:
            computed = label(b.computed, lang) if b.computed else w["not_measured"]
            assessed = label(b.assessed, lang) if b.assessed else w["not_assessed"]
            agree = "" if b.agree is None else (w["agree_yes"] if b.agree else w["agree_no"])
            rows.append([
                _two_lines(label(b.line, lang), w["n_effect" if b.n_indicators == 1 else "n_effects"].format(n=b.n_indicators),
                           right=False),
                _status_cell(b.computed.value if b.computed else None, computed, widths[1] - 8),
                _status_cell(b.assessed.value if b.assessed else None, assessed, widths[2] - 8),
                Paragraph(f"<b>{escape(agree)}</b>" if b.agree is False else escape(agree), s.cell),
            ])
        out.append(data_table([w["line"], w["computed"], w["assessed"], w["agree"]], rows, widths))
        if len(self.shown) != len(self.analysis.indicators):
            out.append(para(w["scorecard_scope"].format(n=len(self.analysis.indicators)), s.small))
        ov = self.analysis.overall
        out += [gap(4), callout([_status_cell(ov.verdict.value, w["overall"], CONTENT_W - 20, bold=True), gap(1.5),
                                 para(ov.text.get(lang), s.lead)], colour=STATUS_COLOURS[ov.verdict.value])]
        out.append(heading(w["assessments"], 1, "assessments"))
        assessed = [b for b in self.analysis.bottom_lines if b.assessed is not None]
        if not assessed:
            out.append(para(w["no_assessments"], s.body))
        by_line = {a.bottom_line: a for a in self.data.assessments}
        for b in assessed:
            a = by_line.get(b.line)
            block: list[Flowable] = [_status_cell(b.assessed.value if b.assessed else None,
                                                  f"{label(b.line, lang)}: {label(b.assessed, lang)}"  # type: ignore[arg-type]
                                                  + (f" ({self.d(a.date)})" if a and a.date else ""), CONTENT_W, bold=True),
                                     gap(1.5)]
            if b.justification:
                block.append(para(f"<b>{escape(w['justification'])}:</b> {escape(b.justification)}", s.body,
                                  markup=True))
            if b.evidence:
                block.append(para(f"<b>{escape(w['evidence'])}:</b> {escape(b.evidence)}", s.body, markup=True))
            out += [gap(3), KeepTogether(block)]
        return out

    # summary --------------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        out: list[Flowable] = [PageBreak(), heading(w["summary"], 0, "summary"),
                               para(w["summary_intro"], s.body)]
        if not self.shown:
            return [*out, callout(para(w["no_indicators"], s.body))]
        widths = [106, 40, 56, 68, 70, 62, CONTENT_W - 402]  # wide enough that no word is broken
        rows = []
        for a in self.shown:
            absolute, rel = _change(a, lang)
            target = _num(a.target_value, a, lang)
            att = attainment_text(a, lang) if a.target_value is not None else ""
            att = "" if att == "–" else att
            rows.append([
                _two_lines(a.name, _side_unit(a, lang), right=False),
                label(a.kind, lang), label(a.stakeholder, lang),
                _two_lines(f"{_num(a.baseline.value, a, lang, level=True)} → {_num(a.current_value, a, lang, level=True)}", ""),
                # a proportion's "+38" over a small "procentpoint (+134 %)": the column is too narrow for both
                _two_lines(*_change_figure(a, absolute, rel, lang)) if a.measure_type is MeasureType.PROPORTION
                else _two_lines(absolute, rel),
                _two_lines(target, f"({att})" if att else ""),
                _status_cell(a.status.value, STATUS_LABELS[a.status].get(lang), widths[-1] - 8),
            ])
        out.append(data_table([w["indicator"], w["kind"], w["stakeholder"], w["baseline_current"], w["change"],
                               w["target_attainment"], w["status"]], rows, widths, numeric_cols=(3, 4, 5)))
        return out

    # trial texts ----------------------------------------------------------------------------------

    def trial_section(self) -> list[Flowable]:
        s, w, t = self.s, self.w, self.data.trial
        # the trial's texts start on their own page, so that the milestones table keeps them company
        out: list[Flowable] = [PageBreak(), heading(w["trial"], 0, "trial")]
        for key, text in (("purpose", t.purpose), ("target_group", t.target_group),
                          ("theory_of_change", t.theory_of_change)):
            out.append(heading(w[key], 1, key))
            out += markdown_flowables(text) if text.strip() else [para(w["not_described"], s.body)]
        if self.data.milestones:
            out.append(heading(w["milestones"], 1, "milestones"))
            rows = [[self.d(m.date), Paragraph(escape(m.text), s.cell)]
                    for m in sorted(self.data.milestones, key=lambda m: m.date)]
            out.append(_plain_table(rows, [70, CONTENT_W - 70]))
        return out

    # indicators -----------------------------------------------------------------------------------

    def indicator_pages(self) -> list[Flowable]:
        if not self.shown:
            return []
        out: list[Flowable] = [PageBreak(), heading(self.w["indicators"], 0, "indicators")]
        inds = {i.id: i for i in self.data.indicators}
        for k, a in enumerate(self.shown):
            if k:
                out.append(PageBreak())
            # the first indicator shares its page with the heading of the part
            out += self.indicator_page(a, inds[a.indicator_id], room=BODY_H - (0 if k else _height(out)))
        return out

    def indicator_page(self, a: IndicatorAnalysis, ind: Indicator, room: float = BODY_H) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        out: list[Flowable] = [heading(a.name, 1, f"ind-{a.indicator_id}")]
        facts = [label(a.kind, lang), label(a.stakeholder, lang), label(a.bottom_line, lang),
                 label(a.direction, lang), f"{w['frequency']}: {label(ind.frequency, lang).lower()}",
                 f"{w['data_source']}: {ind.data_source.strip() or '–'}"]
        if a.theme:
            facts.insert(0, a.theme)
        out.append(para(" · ".join(facts), s.small))
        if ind.description.strip():
            out += markdown_flowables(ind.description)
        colour = STATUS_COLOURS[a.status.value]
        out.append(callout([_status_cell(a.status.value, STATUS_LABELS[a.status].get(lang), CONTENT_W - 20, bold=True),
                            gap(1), para(a.explanation.get(lang), s.body)], colour=colour))
        out.append(gap(3))
        spec = build_chart_spec(a, self.data.milestones, self.data.trial.start_date)
        notes = milestone_notes(spec, lang)
        note = para(f"<b>{escape(w['milestone_notes'])}:</b> " + "  ".join(
            f"({n}) {escape(self.d(date))} {escape(text)}" for n, date, text in notes), s.small,
            markup=True) if notes else None
        chart_at = len(out)
        out.append(chart_drawing(spec, lang, CONTENT_W, CHART_H))
        out.append(note if note is not None else gap(2))
        limited = self.limited_note()
        if limited:  # the analysis of this page is made from the limited series: the reader is told so here
            out.append(para(limited, s.small))
        out.append(gap(3))
        absolute, rel = _change(a, lang)
        base, now = (_num(v, a, lang, level=True) for v in (a.baseline.value, a.current_value))
        target = _num(a.target_value, a, lang)
        figures = [
            (f"{w['baseline']} ({w['point' if a.baseline.n_points == 1 else 'points'].format(n=a.baseline.n_points)})" if a.baseline.source == "points"
             else f"{w['baseline']} ({w['baseline_manual']})" if a.baseline.source == "manual" else w["baseline"],
             base, _side_unit(a, lang, base)),
            (f"{w['current']} ({w['points'].format(n=a.current_period.n_points)})" if a.current_period
             else w["current"], now, _side_unit(a, lang, now)),
            (w["change"], *_change_figure(a, absolute, rel, lang)),
            (f"{w['target']}" + (f" ({self.d(a.target_date)})" if a.target_date else ""),
             target, _side_unit(a, lang, target) if a.target_value is not None else ""),
            _attainment_figure(a, w["attainment"], lang),
        ]
        out.append(key_figures(figures))
        out.append(gap(3))
        out += self.facts(a, ind)
        if not a.points:
            out.append(para(w["no_data"], s.body))
        # one page per indicator: when the texts (a long explanation, a second line of milestones) need more
        # room than the page has, the chart gives it up, down to CHART_MIN_H, rather than the page overflowing
        over = _height(out) - room
        if over > 0:
            out[chart_at] = chart_drawing(spec, lang, CONTENT_W, max(CHART_MIN_H, CHART_H - over - 2))
        return out

    def facts(self, a: IndicatorAnalysis, ind: Indicator | None = None) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        periods = periods_text(a, lang)
        if a.level_method:  # how the two levels are made, and the latest single measurement
            latest = latest_text(a, lang)
            periods += f"; {LEVEL_LABELS[a.level_method].get(lang)}" + (
                f"; {latest[:1].lower()}{latest[1:]}" if latest else "")
        rows: list[tuple[str, str]] = [(w["periods"], periods + ".")]
        waves = self.survey_waves(a, ind)
        if waves:
            rows.append((w["waves"], waves))
        if a.test is not None:
            t = a.test
            diff = (f"{format_number(t.difference, a.decimals, lang, sign=True)}\u00a0{_points(lang)}"
                    if a.measure_type is MeasureType.PROPORTION else _value(t.difference, a, lang, sign=True))
            lo = format_number(t.ci_low, a.decimals, lang)
            hi = format_number(t.ci_high, a.decimals, lang)
            verdict = w["significant"] if t.significant else w["not_significant"]
            method = method_text(t.method, lang)
            method = method[:1].upper() + method[1:]
            compared = pick(COMPARED.get(t.compared, (t.compared, t.compared)), lang)
            interval = f"{w['interval']} {lo} {'til' if lang == 'da' else 'to'} {hi}"
            # "+1,1 (skala 0–10; 95 %-konfidensinterval …)", never two brackets in a row
            diff = bracket(diff, interval)
            if lang == "da":
                text = (f"{method}, {compared}: forskellen er {diff}; "
                        f"{format_p_value(t.p_value, lang)}, dvs. {verdict}.")
            else:
                text = (f"{method}, {compared}: the difference is {diff}; "
                        f"{format_p_value(t.p_value, lang)}, i.e. {verdict}.")
            rows.append((w["test"], text))
        else:
            reason = a.test_reason.get(lang) if a.test_reason else "–"
            rows.append((w["test"], w["no_test"].format(reason=reason).replace("..", ".")))
        if a.effect_size is not None:
            e = a.effect_size
            words = "" if e.is_ratio else effect_size_words(e.value, lang)
            rows.append((w["effect_size"], effect_size_text(e, lang, words) + "."))
        if a.anhoej is not None:
            rows.append((w["run_chart"], a.anhoej.get(lang) + "."))
        if a.spc is not None:
            sig = a.spc.signals
            name = pick(CHART_NAMES.get(a.spc.chart, (a.spc.chart, a.spc.chart)), lang)
            if sig:
                rules = sorted({x.rule for x in sig})
                # a point can break several rules: count the measurements, as the chart marks them
                imp = len({x.index for x in sig if x.meaning.value == "improvement"})
                det = len({x.index for x in sig if x.meaning.value != "improvement"})
                parts = []
                if imp:
                    parts.append(f"{imp} {'mod forbedring' if lang == 'da' else 'towards improvement'}")
                if det:
                    parts.append(f"{det} {'mod forværring' if lang == 'da' else 'towards deterioration'}")
                n = len({x.index for x in sig})
                head = (f"{n} måling{'er' if n != 1 else ''} med signal" if lang == "da"
                        else f"{n} measurement{'s' if n != 1 else ''} with a signal")
                text = (f"{name}: {head} ({', '.join(parts)}); "
                        + ", ".join(pick(RULES.get(r, (r, r)), lang) for r in rules) + ".")
            else:
                text = f"{name}: " + ("ingen signaler i opfølgningen." if lang == "da" else "no signals in the follow-up.")
            if a.spc.phases:  # each phase judged against its own limits
                da = lang == "da"
                each = []
                for ph in a.spc.phases:
                    when = format_date(a.points[ph.start].date, lang)
                    if ph.n_limit_points:
                        basis = (f"grænser fra {ph.n_limit_points} målinger" if da
                                 else f"limits from {ph.n_limit_points} points")
                    else:
                        basis = "for få målinger: forrige fases grænser" if da else "too few points: the previous limits"
                    each.append(f"»{ph.name}« {'fra' if da else 'from'} {when} ({basis})")
                text += (" Faser med egne grænser: " if da else " Phases with limits of their own: ") + \
                    "; ".join(each) + "."
            rows.append((w["control_chart"], text))
        elif a.spc_reason is not None:
            rows.append((w["control_chart"], w["no_chart"].format(reason=a.spc_reason.get(lang))))
        if (assured := assurance_label(a)) is not None:
            rows.append((w["assurance"], assured.get(lang) + "."))
        by_date = target_by_date_text(a, lang, self.today)
        if by_date:
            rows.append((w["target_by_date"], by_date))
        if a.trend is not None:
            tr = a.trend
            dec = trend_decimals(a)
            rows.append((w["trend"], f"{trend_text(a, lang)} ({w['interval']} {format_number(tr.ci_low, dec, lang)} "
                         f"{'til' if lang == 'da' else 'to'} {format_number(tr.ci_high, dec, lang)})."))
        if a.warnings:
            rows.append((w["warnings"], " ".join(x.get(lang) for x in a.warnings)))
        if a.reasons:
            rows.append((w["reasons"], "; ".join(r.get(lang) for r in a.reasons) + "."))
        return [_plain_table([[Paragraph(f"<b>{escape(k)}</b>", s.cell), Paragraph(escape(v), s.cell)] for k, v in rows],
                             [110, CONTENT_W - 110])]

    def survey_waves(self, a: IndicatorAnalysis, ind: Indicator | None) -> str:
        """n per survey wave (the respondents, or the denominator of a proportion) for indicators measured
        a few times a year; the response rate is not recorded, and the text says so."""
        if ind is None or ind.frequency not in (Frequency.QUARTERLY, Frequency.HALF_YEARLY, Frequency.YEARLY,
                                                Frequency.AD_HOC):
            return ""
        sizes = [(p.date, p.n if p.n is not None else p.denominator) for p in a.points]
        if not sizes or any(n is None for _, n in sizes):
            return ""
        shown = sizes[-WAVES_SHOWN:]
        listed = "; ".join(f"{self.d(d)}: {format_number(n, 0, self.lang)}" for d, n in shown)
        da = self.lang == "da"
        if len(sizes) > len(shown):
            listed = (f"de seneste {len(shown)} af {len(sizes)}: " if da else
                      f"the latest {len(shown)} of {len(sizes)}: ") + listed
        return listed + (". Svarprocenten er ikke registreret." if da else ". The response rate is not recorded.")

    # appendix -------------------------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        s, w = self.s, self.w
        out: list[Flowable] = [PageBreak(), heading(w["methods"], 0, "methods")]
        for k, (title, paragraphs) in enumerate(METHODS[self.lang]):
            block: list[Flowable] = [heading(title, 1, f"method-{k}", in_toc=False)]
            block += [para(p, s.body, markup=True) for p in paragraphs]
            out.append(KeepTogether(block))
        out.append(heading(w["references"], 1, "references"))
        out += [para(r, s.reference, markup=True) for r in REFERENCES]
        return out

    def story(self) -> list[Flowable]:
        return [*self.cover(), *toc(self.lang), PageBreak(), *self.bottom_lines(), *self.summary(),
                *self.trial_section(), *self.indicator_pages(), *self.appendix()]


def _plain_table(rows: list[list], widths: list[float]) -> Table:
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return t


def build_effect_report(
    data: TrialData,
    out_path: str | Path,
    *,
    lang: str = "da",
    period: Period | None = None,
    indicator_ids: Sequence[uuid.UUID] | None = None,
    analysis: TrialAnalysis | None = None,
    today: dt.date | None = None,
    on_page: Callable[[int, int | None], None] | None = None,
) -> Path:
    """Write the effect report of ``data`` (a TrialBundle) to ``out_path`` and return the path (written
    whole or not at all). ``on_page(page, pages)`` follows the layout; it may raise to stop it.

    ``analysis`` must be the analysis of the same data limited to ``period``; without it, the analysis is
    run here. ``indicator_ids`` chooses (and orders) the indicators shown; by default all of them.
    """
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}")
    refuse_database_target(Path(out_path))
    period = period or Period()
    selected = select_period(data, period)
    if analysis is None:
        analysis = analyse_trial(selected.trial, selected.indicators, selected.measurements, selected.assessments,
                                 selected.milestones)
    if indicator_ids is None:
        shown = list(analysis.indicators)
    else:
        shown = [a for i in indicator_ids if (a := analysis.indicator(i)) is not None]
    today = today or dt.date.today()
    w = WORDS[lang]
    trial = selected.trial
    meta = ReportMeta(
        title=f"{w['report']}: {trial.name}",
        subject=w["subject"].format(trial=trial.name),
        author=trial.unit or w["author"],
        lang=lang,
        keywords=(w["report"], trial.name, *(a.name for a in shown)),
        header=trial.name,
        header_right=w["report"],
        footer=f"Effektmåling · {w['printed'].format(date=format_date(today, lang))}",
        marking=w["illustrative"] if trial.is_demo else "",
    )
    out_path = Path(out_path)
    report = _Report(selected, analysis, lang, period, shown, today)
    return write_whole(out_path, lambda tmp: ReportDocument(tmp, meta, on_page=on_page).build_story(report.story()))


__all__ = ["Period", "TrialData", "build_effect_report", "select_period"]
