"""The five bottom lines: a verdict per line from its effect indicators, beside the team's assessment,
and the trial's overall verdict by the model's rule (no minus on any line)."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.entities import Assessment
from ..domain.enums import BottomLine, IndicatorKind, TrialVerdict, Verdict
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
    as plus when one of them is plus and neither is minus. "No minus" is claimed only for the lines that
    were measured or assessed: when a line is neither, the verdict is incomplete (unless a line is minus)."""
    minus = tuple(b.line for b in lines if b.counts is Verdict.MINUS)
    plus = tuple(b.line for b in lines if b.counts is Verdict.PLUS)
    unexamined = tuple(b.line for b in lines if not b.examined)
    examined = len(lines) - len(unexamined)
    if minus:
        names_da = ", ".join(LABELS[x].da.lower() for x in minus)
        names_en = ", ".join(LABELS[x].en.lower() for x in minus)
        text = Text(f"Forsøget har minus på {len(minus)} bundlinje{'r' if len(minus) > 1 else ''}: {names_da}. "
                    "Modellen kræver, at ingen bundlinje er i minus.",
                    f"The trial is minus on {len(minus)} bottom line{'s' if len(minus) > 1 else ''}: {names_en}. "
                    "The model requires no minus on any bottom line.")
        return OverallVerdict(TrialVerdict.MINUS, plus, minus, text + _disagreements(lines), unexamined)
    if not examined:
        return OverallVerdict(TrialVerdict.INCOMPLETE, (), (), Text("Ingen bundlinje er målt eller vurderet endnu.",
                                                                   "No bottom line has been measured or assessed yet."),
                              unexamined)
    if unexamined:
        n = len(unexamined)
        text = Text(f"Ingen minus på de {examined} belyste bundlinjer; {n} er ikke belyst "
                    f"(hverken målt eller vurderet), så forsøget kan ikke vurderes samlet endnu.",
                    f"No minus on the {examined} examined bottom lines; {n} {'is' if n == 1 else 'are'} not examined "
                    f"(neither measured nor assessed), so the trial cannot be judged as a whole yet.")
        if examined == 1:
            text = Text(text.da.replace("de 1 belyste bundlinjer", "den ene belyste bundlinje"),
                        text.en.replace("the 1 examined bottom lines", "the one examined bottom line"))
        return OverallVerdict(TrialVerdict.INCOMPLETE, plus, (), text + _disagreements(lines), unexamined)
    text = Text(f"Ingen minus på nogen bundlinje; plus på {len(plus)} af 5.",
                f"No minus on any bottom line; plus on {len(plus)} of 5.")
    return OverallVerdict(TrialVerdict.PLUS if plus else TrialVerdict.NEUTRAL, plus, (), text + _disagreements(lines))


def _disagreements(lines: Sequence[BottomLineResult]) -> Text:
    """Where the team's assessment and the computed verdict disagree, which one counts."""
    parts_da, parts_en = [], []
    for b in lines:
        if b.agree is False and b.counts is not None:
            who_da = "teamets vurdering" if b.counts is b.assessed else "den beregnede"
            who_en = "the team's assessment" if b.counts is b.assessed else "the computed verdict"
            parts_da.append(f"{LABELS[b.line].da.lower()}: beregnet {LABELS[b.computed].da.lower()}, vurderet "  # type: ignore[index]
                            f"{LABELS[b.assessed].da.lower()}; {who_da} ({LABELS[b.counts].da.lower()}) tæller")  # type: ignore[index]
            parts_en.append(f"{LABELS[b.line].en.lower()}: computed {LABELS[b.computed].en.lower()}, assessed "  # type: ignore[index]
                            f"{LABELS[b.assessed].en.lower()}; {who_en} ({LABELS[b.counts].en.lower()}) counts")  # type: ignore[index]
    if not parts_da:
        return Text("", "")
    return Text(" Uenighed – " + "; ".join(parts_da) + ".", " Disagreement – " + "; ".join(parts_en) + ".")
