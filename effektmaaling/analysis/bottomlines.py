"""The five bottom lines: a verdict per line from its effect indicators, beside the team's assessment,
and the trial's overall verdict by the model's rule (no minus on any line)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.entities import Assessment
from ..domain.enums import BottomLine, IndicatorKind, Verdict
from ..domain.i18n import Text
from ..domain.labels import LABELS
from .results import BottomLineResult, IndicatorAnalysis, OverallVerdict, Status


def computed_verdict(statuses: Sequence[Status]) -> Verdict | None:
    """Minus if any worsened; plus if one improved and none worsened; neutral if measured without a
    detectable change; None (not measured) when no indicator has enough data."""
    if Status.WORSENED in statuses:
        return Verdict.MINUS
    if Status.IMPROVED in statuses:
        return Verdict.PLUS
    if Status.NO_CHANGE in statuses:
        return Verdict.NEUTRAL
    return None


def bottom_lines(indicators: Sequence[IndicatorAnalysis], assessments: Sequence[Assessment]) -> tuple[BottomLineResult, ...]:
    by_line = {a.bottom_line: a for a in assessments}
    out = []
    for line in BottomLine:
        effects = [a for a in indicators if a.bottom_line is line and a.kind is IndicatorKind.EFFECT]
        computed = computed_verdict([a.status for a in effects])
        a = by_line.get(line)
        assessed = a.verdict if a else None
        agree = None if computed is None or assessed is None else computed is assessed
        out.append(BottomLineResult(line, computed, assessed, agree, len(effects),
                                    a.justification if a else "", a.evidence if a else ""))
    return tuple(out)


def overall(lines: Sequence[BottomLineResult]) -> OverallVerdict:
    """A line counts as minus when its computed or its assessed verdict is minus (the cautious reading);
    as plus when one of them is plus and neither is minus."""
    minus = tuple(b.line for b in lines if Verdict.MINUS in (b.computed, b.assessed))
    plus = tuple(b.line for b in lines if b.line not in minus and Verdict.PLUS in (b.computed, b.assessed))
    measured = [b for b in lines if b.computed is not None or b.assessed is not None]
    if minus:
        names_da = ", ".join(LABELS[x].da.lower() for x in minus)
        names_en = ", ".join(LABELS[x].en.lower() for x in minus)
        text = Text(f"Forsøget har minus på {len(minus)} bundlinje{'r' if len(minus) > 1 else ''}: {names_da}. "
                    "Modellen kræver, at ingen bundlinje er i minus.",
                    f"The trial is minus on {len(minus)} bottom line{'s' if len(minus) > 1 else ''}: {names_en}. "
                    "The model requires no minus on any bottom line.")
        return OverallVerdict(Verdict.MINUS, plus, minus, text)
    if not measured:
        return OverallVerdict(Verdict.NEUTRAL, (), (), Text("Ingen bundlinje er målt eller vurderet endnu.",
                                                           "No bottom line has been measured or assessed yet."))
    text = Text(f"Ingen minus på nogen bundlinje; plus på {len(plus)} af 5.",
                f"No minus on any bottom line; plus on {len(plus)} of 5.")
    return OverallVerdict(Verdict.PLUS if plus else Verdict.NEUTRAL, plus, (), text)
