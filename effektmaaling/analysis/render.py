"""Analysis results as the JSON document of ``effektmaaling analyse --json`` and as a readable table."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.enums import MeasureType
from ..domain.formatting import format_number, format_p_value, format_percent_value, with_unit
from ..domain.labels import label
from .results import STATUS_LABELS, IndicatorAnalysis, TrialAnalysis


def analyses_to_json(analyses: Sequence[TrialAnalysis]) -> dict:
    return {"trials": [a.to_dict() for a in analyses]}


def _level(a: IndicatorAnalysis, value: float | None, lang: str) -> str:
    text = format_number(value, a.level_decimals, lang)
    return with_unit(text, "%", lang) if value is not None and a.measure_type is MeasureType.PROPORTION else text


def _change(a: IndicatorAnalysis, lang: str) -> str:
    """A proportion's change in percentage points (»+12 procentpoint«, not »+15 %« of the baseline); other
    measures relative to the baseline when it can be, else in their unit."""
    if a.change_absolute is not None and a.measure_type is MeasureType.PROPORTION:
        points = "procentpoint" if lang == "da" else "percentage points"
        return f"{format_number(a.change_absolute, a.level_decimals, lang, sign=True)}\u00a0{points}"
    if a.change_relative is not None:
        return format_percent_value(a.change_relative, 0, lang, sign=True)
    return format_number(a.change_absolute, a.level_decimals, lang, sign=True)


def analyses_to_text(analyses: Sequence[TrialAnalysis], lang: str = "da") -> str:
    da = lang == "da"
    lines: list[str] = []
    for ta in analyses:
        lines.append(f"{ta.name}")
        lines.append("=" * len(ta.name))
        header = ("Indikator", "Baseline", "Nu", "Ændring", "Test", "Status") if da else \
            ("Indicator", "Baseline", "Current", "Change", "Test", "Status")
        rows = [header]
        for a in ta.indicators:
            rows.append((
                a.name,
                _level(a, a.baseline.value, lang),
                _level(a, a.current_value, lang),
                _change(a, lang),
                format_p_value(a.test.p_value, lang) if a.test else "–",
                STATUS_LABELS[a.status].get(lang),
            ))
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        for r in rows:
            lines.append("  ".join(c.ljust(w) if i in (0, 5) else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        lines.append("")
        lines.append("Bundlinjer" if da else "Bottom lines")
        for b in ta.bottom_lines:
            # "beregnet plus, vurderet neutral", "ikke målt, ikke vurderet": never "vurderet ikke vurderet"
            computed = (f"{'beregnet' if da else 'computed'} {label(b.computed, lang).lower()}" if b.computed
                        else ("ikke målt" if da else "not measured"))
            assessed = (f"{'vurderet' if da else 'assessed'} {label(b.assessed, lang).lower()}" if b.assessed
                        else ("ikke vurderet" if da else "not assessed"))
            flag = (" (uenige)" if da else " (disagree)") if b.agree is False else ""
            lines.append(f"  {label(b.line, lang)}: {computed}, {assessed}{flag}")
        lines.append(ta.overall.text.get(lang))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
