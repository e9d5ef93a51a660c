"""Analysis results as the JSON document of ``effektmaaling analyse --json`` and as a readable table."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.formatting import format_number, format_p_value, format_percent_value
from ..domain.labels import label
from .results import STATUS_LABELS, TrialAnalysis


def analyses_to_json(analyses: Sequence[TrialAnalysis]) -> dict:
    return {"trials": [a.to_dict() for a in analyses]}


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
                format_number(a.baseline.value, a.level_decimals, lang),
                format_number(a.current_value, a.level_decimals, lang),
                format_percent_value(a.change_relative, 0, lang, sign=True) if a.change_relative is not None
                else format_number(a.change_absolute, a.level_decimals, lang, sign=True),
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
