"""Short HTML summaries of an indicator's analysis for the dashboard cards and the indicator view."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication

from ..analysis import IndicatorAnalysis, assurance_label
from ..analysis.describe import (
    attainment_text,
    effect_size_text,
    latest_text,
    method_text,
    periods_text,
    trend_text,
)
from ..analysis.results import Attainment
from ..domain.enums import MeasureType
from ..domain.formatting import (
    format_date,
    format_number,
    format_p_value,
    format_percent_value,
    is_percent_unit,
    with_unit,
)
from ..domain.i18n import current_language


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


_MINUS = re.compile(r"(?<![\w.,])-(?=\d)")


def typeset(text: str) -> str:
    """Danish typography for numbers in running text: a no-break space before % and around the sign in
    ``p < 0,001`` (so they never break across lines), and a minus sign (−) instead of a hyphen."""
    text = text.replace(" %", "\u00a0%")
    text = re.sub(r"\bp ([<=>]) ", "p\u00a0\\1\u00a0", text)
    return _MINUS.sub("\u2212", text)


def escape(text: str) -> str:
    return html.escape(typeset(text))


def _unit(a: IndicatorAnalysis) -> str:
    return "%" if a.measure_type is MeasureType.PROPORTION else (a.unit or "")


def key_numbers_html(a: IndicatorAnalysis) -> str:
    """Baseline → current, the change, and the target with its attainment, on one line:
    ``15 % → 33 % · +18 procentpoint · mål 40 % (72 % nået)``; another unit stands once, after the level now."""
    if not a.points:  # not "- → -"
        return escape(tr("Ingen målinger endnu"))
    unit, d, lang = _unit(a), a.decimals, current_language()
    shown = a.level_decimals  # never "4 → 4 · +1"
    proportion = a.measure_type is MeasureType.PROPORTION
    base = format_number(a.baseline.value, shown)
    parts = [f"{with_unit(base, unit, lang) if proportion else base} → "
             f"{with_unit(format_number(a.current_value, shown), unit, lang)}"]
    if a.change_absolute is not None:
        change = format_number(a.change_absolute, shown, sign=True)
        if proportion or is_percent_unit(a.unit):  # a change of a percentage is in percentage points, not per cent
            change = with_unit(change, tr("procentpoint"), lang)
        else:  # the unit once, after the level now: "14,9 → 9,0 timer pr. uge · −5,9 (−39 %) · mål 8,0"
            if a.change_relative is not None:
                change += f" ({format_percent_value(a.change_relative, 0, sign=True)})"
        parts.append(change)
    if a.target_value is not None:
        target_value = format_number(a.target_value, d)
        target = tr("mål {t}").format(t=with_unit(target_value, unit, lang) if proportion else target_value)
        if a.attainment_note is Attainment.PROGRESS and a.attainment is not None:
            target += " " + tr("({p} nået)").format(p=format_percent_value(a.attainment, 0))
        elif a.attainment_note is not None:
            target += f" ({attainment_text(a, lang)})"
        parts.append(target)
    return " · ".join(escape(p) for p in parts)


def card_html(a: IndicatorAnalysis | None) -> str:
    if a is None:
        return escape(tr("Analysen er ikke tilgængelig."))
    return f"<b>{key_numbers_html(a)}</b><br>{escape(a.explanation.get())}"


def summary_html(a: IndicatorAnalysis | None) -> str:
    """The indicator view's summary: key numbers, the explanation, the test, and chart facts."""
    if a is None:
        return ""
    rows = [f"<p style='margin:0 0 4px 0'><b>{key_numbers_html(a)}</b></p>",
            f"<p style='margin:0 0 4px 0'>{escape(a.explanation.get())}</p>"]
    lang = current_language()
    facts = [periods_text(a, lang)]
    latest = latest_text(a, lang)
    if latest:
        facts.append(latest)
    if a.test is not None:
        facts.append(tr("Test: {m}, {p}, 95 %-konfidensinterval for ændringen {lo} til {hi}").format(
            m=method_text(a.test.method, lang), p=format_p_value(a.test.p_value),
            lo=format_number(a.test.ci_low, a.decimals), hi=format_number(a.test.ci_high, a.decimals)))
    elif a.test_reason is not None:
        facts.append(tr("Ingen test: {r}").format(r=a.test_reason.get()))
    if a.effect_size is not None:
        facts.append(effect_size_text(a.effect_size, lang))
    if a.anhoej is not None:
        facts.append(a.anhoej.get())
    if a.spc is not None:
        facts.append(tr("Kontroldiagram ({c}): midterlinje {m}, grænser {lo} – {hi}").format(
            c=a.spc.chart, m=format_number(a.spc.centre, a.mean_decimals),
            lo=format_number(a.spc.lcl, a.mean_decimals), hi=format_number(a.spc.ucl, a.mean_decimals)))
    elif a.spc_reason is not None:
        facts.append(tr("Intet kontroldiagram: {r}").format(r=a.spc_reason.get()))
    if (assured := assurance_label(a)) is not None:
        facts.append(assured.get())
    if a.trend is not None:
        facts.append(tr("Tendens i opfølgningen: {s}").format(s=trend_text(a, lang)))
    if a.baseline.source == "manual":
        facts.append(tr("Baseline er indtastet manuelt (ingen målinger til og med {d})").format(
            d=format_date(a.baseline.end_date)))
    rows.append("<p style='margin:0'>" + " · ".join(escape(f) for f in facts) + "</p>")
    if a.warnings:
        rows.append("<p style='margin:4px 0 0 0; color:#8a5300'>"
                    + "<br>".join("⚠ " + escape(w.get()) for w in a.warnings) + "</p>")
    return "".join(rows)
