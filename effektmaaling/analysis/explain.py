"""One plain paragraph per indicator, in Danish and in English, with numbers in each language's format.

The words follow the numbers: the change is the current level against the baseline level (both pooled);
the sentence names what carried the status (the test, or the run chart and the control chart, with the
Anhøj figures); a change in percentages is given in percentage points ("procentpoint"); the target is
reached, a share of the way, inside the baseline's normal variation, or (only when the status is
"worsened") moving away.
"""

from __future__ import annotations

import datetime as dt

from ..domain.formatting import (
    NBSP,
    bracket,
    format_date,
    format_number,
    format_p_value,
    format_percent_value,
    level_decimals,
    with_unit,
)
from ..domain.i18n import Text
from .results import (
    Assurance,
    Attainment,
    Meaning,
    PeriodResult,
    RunChartResult,
    SpcResult,
    Status,
    TestResult,
)

MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def month_year(d: dt.date, lang: str) -> str:
    return f"{(MONTHS_DA if lang == 'da' else MONTHS_EN)[d.month - 1]} {d.year}"


def _n(value: float | None, decimals: int, lang: str) -> str:
    return format_number(value, decimals, lang)


def period_text(period: PeriodResult | None, lang: str) -> str:
    """"de seneste 12 måneder (12 målinger, 31-01-2015 – 31-12-2015)" and its English."""
    if period is None:
        return ""
    da = lang == "da"
    what = {"last-12-months": ("de seneste 12 måneder", "the latest 12 months"),
            "follow-up": ("hele opfølgningen", "the whole follow-up"),
            "latest": ("den seneste måling", "the latest measurement"),
            "latest-phase": ("den seneste fase", "the latest phase")}.get(period.choice, (period.choice,) * 2)
    name = what[0] if da else what[1]
    count = (f"{period.n_points} måling{'er' if period.n_points != 1 else ''}" if da
             else f"{period.n_points} measurement{'s' if period.n_points != 1 else ''}")
    dates = (format_date(period.start, lang) if period.start == period.end
             else f"{format_date(period.start, lang)} – {format_date(period.end, lang)}")
    return f"{name} ({count}, {dates})"


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
    attainment_note: Attainment | None = None,
    run_chart: RunChartResult | None = None,
    signal_from: dt.date | None = None,
    baseline_source: str = "points",
    period: PeriodResult | None = None,
    proportion: bool = False,
    assurance: Assurance | None = None,
) -> Text:
    if status is Status.INSUFFICIENT or baseline is None or current is None:
        why_da = "; ".join(r.da for r in reasons) or "der mangler målinger"
        why_en = "; ".join(r.en for r in reasons) or "measurements are missing"
        return Text(f"For få data til at vurdere en effekt: {why_da}.",
                    f"Too little data to judge an effect: {why_en}.")

    def build(lang: str) -> str:
        da = lang == "da"
        shown = level_decimals(baseline, current, decimals)  # never "from 4 to 4", the same as the key figures
        b, c = _n(baseline, shown, lang), _n(current, shown, lang)
        if proportion:
            pp = format_number(current - baseline, shown, lang, sign=True)
            rel = f"{pp}{NBSP}{'procentpoint' if da else 'percentage points'}" if round(current - baseline, shown) else ""
        else:
            rel = (format_percent_value(relative, 0, lang, sign=True)
                   if relative is not None and round(relative * 100) != 0 else "")
        base_word = ("den indtastede baseline " if da else "the typed baseline ") if baseline_source == "manual" else ""

        same = b == c
        if unit == "%":  # both ends carry the percent sign: "fra 81 % til 93 %"
            b = with_unit(b, unit, lang)
        c = with_unit(c, unit, lang)
        if rel and not same:  # "6,3 (skala 0–10; +22 %)", not two brackets in a row
            c = bracket(c, rel)
        if same:
            head = f"Uændret på {c}" if da else f"Unchanged at {c}"
        elif current > baseline:
            head = f"Steget fra {base_word}{b} til {c}" if da else f"Rose from {base_word}{b} to {c}"
        else:
            head = f"Faldet fra {base_word}{b} til {c}" if da else f"Fell from {base_word}{b} to {c}"
        p = format_p_value(test.p_value, lang) if test is not None else ""
        chart = _chart_clause(None, spc, signal_from, lang, status, period)  # the run chart's counts: in the details
        # first a plain sentence for a reader who is no statistician, then the details
        if status is Status.NO_CHANGE:
            if test is None:
                plain = ("der er for få data til at sige, om ændringen er reel" if da
                         else "there are too few data to tell whether the change is real")
                clause = ("der er for få data til en statistisk test, og serien viser intet vedvarende skift" if da
                          else "there are too few data for a statistical test, and the series shows no sustained shift")
            elif test.significant:
                plain = ("testen og kontroldiagrammet er uenige, så det er usikkert, om ændringen er reel" if da
                         else "the test and the control chart disagree, so it is uncertain whether the change is real")
                clause = (f"testen giver {p}, men kontroldiagrammet viser ikke det samme, så ændringen er usikker"
                          if da else f"the test gives {p}, but the control chart does not show the same, "
                          "so the change is uncertain")
            else:
                plain = ("ændringen er inden for den normale variation, så den kan skyldes tilfældigheder" if da
                         else "the change is within the normal variation, so it may be chance")
                clause = (f"ændringen er ikke statistisk signifikant ({p}) og kan skyldes tilfældig variation" if da
                          else f"the change is not statistically significant ({p}) and may be chance variation")
        else:
            plain = ("ændringen er større end den normale variation, så det er sandsynligvis en reel ændring" if da
                     else "the change is larger than the normal variation, so it is probably a real change")
            if test is not None and test.significant:
                clause = (f"ændringen er statistisk signifikant ({p})" if da
                          else f"the change is statistically significant ({p})")
            else:
                clause = ("det er seriens mønster, der bærer vurderingen" if da
                          else "the pattern of the series carries the verdict")
                if test is not None:
                    clause += (f" (testen alene er ikke statistisk signifikant, {p})" if da
                               else f" (the test alone is not statistically significant, {p})")
            if chart:
                clause += f"; {chart}"
        if period is not None:
            clause = (f"Niveauet nu er {period_text(period, lang)}; {clause}" if da
                      else f"The level now is {period_text(period, lang)}; {clause}")
        else:
            clause = clause[0].upper() + clause[1:]
        sentence = f"{head}; {plain}. {clause}."
        if attainment_note is Attainment.REACHED and assurance is Assurance.INCONSISTENT:  # as assurance_label
            sentence += (" Målet er nået i gennemsnit, men ikke stabilt." if da
                         else " The target has been reached on average, but not consistently.")
        elif attainment_note is Attainment.REACHED:
            sentence += " Målet er nået." if da else " The target has been reached."
        elif attainment_note is Attainment.PROGRESS and attainment is not None:
            att = format_percent_value(attainment, 0, lang)
            sentence += f" {att} af vejen mod målet." if da else f" {att} of the way to the target."
        elif attainment_note is Attainment.INSIDE_BASELINE_VARIATION:
            sentence += (" Målet ligger inden for baselinens normale variation." if da
                         else " The target lies within the baseline's normal variation.")
        elif attainment_note is Attainment.MOVING_AWAY:
            sentence += " Udviklingen går væk fra målet." if da else " The series is moving away from the target."
        return sentence

    return Text(build("da"), build("en"))


def _anhoej(rc: RunChartResult, lang: str) -> str:
    if lang == "da":
        return (f"Seriediagram: længste løb {rc.longest_run} (grænse {rc.longest_run_max}), "
                f"{rc.crossings} krydsning{'er' if rc.crossings != 1 else ''} (mindst {rc.crossings_min})")
    return (f"Run chart: longest run {rc.longest_run} (limit {rc.longest_run_max}), "
            f"{rc.crossings} crossing{'s' if rc.crossings != 1 else ''} (at least {rc.crossings_min})")


def _chart_clause(rc: RunChartResult | None, spc: SpcResult | None, signal_from: dt.date | None, lang: str,
                  status: Status | None = None, period: PeriodResult | None = None) -> str:
    """What the charts show for the status: the Anhøj figures and the first decisive control-chart signal,
    and the single points beyond the limits the other way in the current period that the shift outweighs
    (spc.weigh_decisive)."""
    parts = []
    if rc is not None:
        parts.append(_anhoej(rc, lang))
    if spc is not None and signal_from is not None:
        rules = {s.rule for s in spc.signals if s.date >= signal_from and s.rule in ("shift", "beyond-limits")}
        what = ("skift" if lang == "da" else "shift") if "shift" in rules else \
            ("punkter uden for grænserne" if lang == "da" else "points outside the limits")
        parts.append(f"kontroldiagram: {what} fra {month_year(signal_from, lang)}" if lang == "da"
                      else f"control chart: {what} from {month_year(signal_from, lang)}")
        if status in (Status.IMPROVED, Status.WORSENED) and period is not None:
            wanted = Meaning.IMPROVEMENT if status is Status.IMPROVED else Meaning.DETERIORATION
            odd = [s for s in spc.signals
                   if s.rule == "beyond-limits" and s.meaning is not wanted and s.date >= period.start]
            if odd and odd[-1].index == len(spc.lcl_points) - 1:
                d = format_date(odd[-1].date, lang)
                parts.append(f"den seneste måling ({d}) afviger den modsatte vej, uden for grænserne: et enkelt "
                             "punkt ændrer ikke skiftet, men hold øje med de næste målinger" if lang == "da" else
                             f"the latest measurement ({d}) deviates the other way, outside the limits: a single "
                             "point does not undo the shift, but watch the next measurements")
            elif odd:
                k = len(odd)
                parts.append(f"{k} enkelt{'e' if k != 1 else ''} måling{'er' if k != 1 else ''} afviger den modsatte "
                             "vej, uden for grænserne, men ændrer ikke skiftet" if lang == "da" else
                             f"{k} single measurement{'s' if k != 1 else ''} deviate{'' if k != 1 else 's'} the other "
                             "way, outside the limits, but do not undo the shift")
    return "; ".join(parts)
