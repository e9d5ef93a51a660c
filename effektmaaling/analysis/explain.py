"""One plain sentence per indicator, in Danish and in English, with numbers in each language's format."""

from __future__ import annotations

from ..domain.formatting import format_number, format_p_value, format_percent_value
from ..domain.i18n import Text
from .results import Meaning, SpcResult, Status, TestResult


def _n(value: float | None, decimals: int, lang: str) -> str:
    return format_number(value, decimals, lang)


def explanation(
    *,
    status: Status,
    baseline: float | None,
    current: float | None,
    relative: float | None,
    decimals: int,
    unit: str,
    test: TestResult | None,
    spc: SpcResult | None,
    attainment: float | None,
    reasons: tuple[Text, ...],
) -> Text:
    if status is Status.INSUFFICIENT or baseline is None or current is None:
        why_da = "; ".join(r.da for r in reasons) or "der mangler målinger"
        why_en = "; ".join(r.en for r in reasons) or "measurements are missing"
        return Text(f"For få data til at vurdere en effekt: {why_da}.",
                    f"Too little data to judge an effect: {why_en}.")

    def build(lang: str) -> str:
        da = lang == "da"
        b, c = _n(baseline, decimals, lang), _n(current, decimals, lang)
        u = f" {unit}" if unit and unit != "%" else ("" if not unit else (" %" if da else "%"))
        rel = (f" ({format_percent_value(relative, 0, lang, sign=True)})"
               if relative is not None and round(relative * 100) != 0 else "")
        if current > baseline:
            head = f"Steget fra {b} til {c}{u}{rel}" if da else f"Rose from {b} to {c}{u}{rel}"
        elif current < baseline:
            head = f"Faldet fra {b} til {c}{u}{rel}" if da else f"Fell from {b} to {c}{u}{rel}"
        else:
            head = f"Uændret på {c}{u}" if da else f"Unchanged at {c}{u}"
        p = format_p_value(test.p_value, lang) if test is not None else ""
        wanted = Meaning.IMPROVEMENT if status is Status.IMPROVED else Meaning.DETERIORATION
        rules = {s.rule for s in spc.signals if s.meaning is wanted} if spc and status is not Status.NO_CHANGE else set()
        if "shift" in rules:
            pattern = "ses som et skift i serien" if da else "shows as a shift in the series"
        elif "beyond-limits" in rules:
            pattern = "målinger ligger uden for kontrolgrænserne" if da else "measurements fall outside the control limits"
        else:
            pattern = ""
        if status is Status.NO_CHANGE:
            if test is None:
                clause = ("der er for få data til en statistisk test, og serien viser intet skift" if da
                          else "there are too few data for a statistical test, and the series shows no shift")
            elif test.significant:
                clause = (f"testen giver {p}, men serien viser ikke et vedvarende skift, så ændringen er usikker"
                          if da else f"the test gives {p}, but the series shows no sustained shift, so the change is uncertain")
            else:
                clause = (f"ændringen kan skyldes tilfældig variation ({p})" if da
                          else f"the change may be chance variation ({p})")
        elif test is not None and test.significant:
            clause = f"ændringen er statistisk sikker ({p})" if da else f"the change is statistically significant ({p})"
            if pattern:
                clause += f" og {pattern}" if da else f" and {pattern}"
        else:
            if "shift" in rules or not rules:
                clause = "serien viser et vedvarende skift" if da else "the series shows a sustained shift"
            else:
                clause = ("serien har målinger uden for kontrolgrænserne" if da
                          else "the series has measurements outside the control limits")
            if test is not None:
                clause += (f", selv om den seneste måling alene ikke er statistisk sikker ({p})" if da
                           else f", although the latest measurement alone is not statistically significant ({p})")
        sentence = f"{head}; {clause}."
        if attainment is not None:
            att = format_percent_value(attainment, 0, lang)
            if attainment >= 1:
                sentence += " Målet er nået." if da else " The target has been reached."
            elif attainment < 0:
                sentence += " Udviklingen går væk fra målet." if da else " The series is moving away from the target."
            else:
                sentence += f" {att} af vejen mod målet." if da else f" {att} of the way to the target."
        return sentence

    return Text(build("da"), build("en"))
