"""The analysis' figures as short phrases, in Danish and English, the same on screen, in the PDF and in
the comparison: which periods were compared, the method, the effect size (signed so that + is an
improvement), the trend (percentages in percentage points per month), target attainment."""

from __future__ import annotations

import datetime as dt
import math

from ..domain import clock
from ..domain.enums import MeasureType
from ..domain.formatting import NBSP, bracket, format_date, format_number, format_percent_value, with_unit
from ..domain.i18n import Text
from .explain import period_text
from .results import ATTAINMENT_LABELS, Assurance, Attainment, EffectSize, IndicatorAnalysis

METHOD_LABELS: dict[str, Text] = {
    "welch-summary": Text("Welchs t-test på de samlede gennemsnit (n og spredning)",
                          "Welch's t-test on the pooled means (n and standard deviation)"),
    "welch-points": Text("Welchs t-test på målingerne", "Welch's t-test on the measurements"),
    "two-proportion-z": Text("z-test for to andele (samlede tællinger)", "two-proportion z-test (pooled counts)"),
    "fisher-exact": Text("Fishers eksakte test (samlede tællinger; små tal)", "Fisher's exact test (pooled counts; small numbers)"),
    "poisson-exact": Text("eksakt test af to rater (samlede hændelser og eksponering)",
                          "exact test of two rates (pooled events and exposure)"),
    "one-sample-t-points": Text("t-test af målingerne mod den indtastede baseline",
                                "t-test of the measurements against the typed baseline"),
    "one-sample-t-summary": Text("t-test af det samlede gennemsnit mod den indtastede baseline",
                                 "t-test of the pooled mean against the typed baseline"),
    "binomial-exact": Text("eksakt binomialtest mod den indtastede baseline", "exact binomial test against the typed baseline"),
    "poisson-exact-one-sample": Text("eksakt Poisson-test mod den indtastede baseline",
                                     "exact Poisson test against the typed baseline"),
}

EFFECT_LABELS: dict[str, Text] = {
    "hedges-g": Text("Hedges' g", "Hedges' g"),
    "hedges-g-points": Text("Hedges' g, standardiseret på variationen mellem målinger (kan ikke sammenlignes med g "
                            "mellem personer)",
                            "Hedges' g, standardised on the variation between measurements (not comparable with g "
                            "between people)"),
    "cohens-h": Text("Cohens h", "Cohen's h"),
    "rate-ratio": Text("Rateratio", "Rate ratio"),
}

LEVEL_LABELS: dict[str, Text] = {
    "pooled-counts": Text("samlede tællinger (Σ tællere / Σ nævnere)", "pooled counts (Σ numerators / Σ denominators)"),
    "pooled-summary": Text("samlet gennemsnit vægtet med n", "pooled mean weighted by n"),
    "mean-of-points": Text("gennemsnit af målingerne", "mean of the measurements"),
}


def method_text(method: str, lang: str) -> str:
    return METHOD_LABELS[method].get(lang) if method in METHOD_LABELS else method


def periods_text(a: IndicatorAnalysis, lang: str) -> str:
    """"Baseline 31-07-2012 – 31-03-2013 (9 målinger) sammenlignet med de seneste 12 måneder (...)"."""
    da = lang == "da"
    b = a.baseline
    if b.source == "manual":
        base = "den indtastede baseline" if da else "the typed baseline"
    elif b.source == "none" or b.start_date is None:
        base = "ingen baseline" if da else "no baseline"
    else:
        count = f"{b.n_points} måling{'er' if b.n_points != 1 else ''}" if da else \
            f"{b.n_points} measurement{'s' if b.n_points != 1 else ''}"
        base = f"baseline {format_date(b.start_date, lang)} – {format_date(b.end_date, lang)} ({count})"
    if a.current_period is None:
        return base[0].upper() + base[1:]
    text = f"{base} sammenlignet med {period_text(a.current_period, lang)}" if da else \
        f"{base} compared with {period_text(a.current_period, lang)}"
    return text[0].upper() + text[1:]


def effect_size_text(es: EffectSize, lang: str, size: str = "") -> str:
    """"Hedges' g = +1,20 (95 %-konfidensinterval 1,05 til 1,35; + = forbedring)": signed so that + is an improvement.
    ``size``: words for its size (the report's »mellemstor«), after the figures."""
    da = lang == "da"
    v, lo, hi = es.signed
    name = EFFECT_LABELS[es.kind].get(lang) if es.kind in EFFECT_LABELS else es.kind
    word = "til" if da else "to"
    interval = f"95{NBSP}%-konfidensinterval" if da else "95% confidence interval"
    # an interval across »no change« is said in words: a »medium« effect size beside »no detectable change«
    # read as a contradiction
    none = 1.0 if es.is_ratio else 0.0
    if lo < none < hi:
        shown = format_number(none, 0, lang)
        note_none = (f", men intervallet omfatter {shown}, så også ingen ændring passer med data" if da
                     else f", but the interval includes {shown}, so no change is also consistent with the data")
    else:
        note_none = ""
    size = f": {size}" if size else ""
    if es.is_ratio:
        note = "over 1 = forbedring" if da else "above 1 = improvement"
        return (f"{name} = {format_number(v, 2, lang)} ({interval} "
                f"{format_number(lo, 2, lang)} {word} {format_number(hi, 2, lang)}; {note}){size}{note_none}")
    note = "+ = forbedring" if da else "+ = improvement"
    return (f"{name} = {format_number(v, 2, lang, sign=True)} ({interval} "
            f"{format_number(lo, 2, lang)} {word} {format_number(hi, 2, lang)}; {note}){size}{note_none}")


def _signed_decimals(value: float, decimals: int) -> int:
    """Enough decimals that a non-zero value does not round to zero (at most decimals + 3)."""
    d = decimals
    while value != 0 and round(value, d) == 0 and d < decimals + 3:
        d += 1
    return d


def trend_decimals(a: IndicatorAnalysis) -> int:
    """Decimals for the monthly trend: one more than the values, more when needed to show its sign."""
    return _signed_decimals(a.trend.slope_per_month, a.decimals + 1) if a.trend else a.decimals + 1


def trend_text(a: IndicatorAnalysis, lang: str) -> str:
    """The follow-up trend per month; a proportion's in percentage points per month. Never "+0,0" for a
    falling trend: more decimals when needed, and "0" without a sign when it is that small."""
    if a.trend is None:
        return "–"
    value = format_number(a.trend.slope_per_month, trend_decimals(a), lang, sign=True)
    unit = ("procentpoint" if lang == "da" else "percentage points") if a.measure_type is MeasureType.PROPORTION \
        else a.unit
    per = (" pr. " in f" {unit} ") if lang == "da" else (" per " in f" {unit} ")  # never "pr. måned pr. måned"
    month = ("om måneden" if per else "pr. måned") if lang == "da" else ("each month" if per else "per month")
    return f"{with_unit(value, unit, lang)} {month}" if unit else f"{value}{NBSP}{month}"


def attainment_text(a: IndicatorAnalysis, lang: str) -> str:
    """Target attainment in words or as a percentage (never negative): "nået", "64 %", "målet ligger inden
    for baselinens normale variation", "udviklingen går væk fra målet", or "–"."""
    note = a.attainment_note
    if note is Attainment.PROGRESS and a.attainment is not None and math.isfinite(a.attainment):
        return format_percent_value(a.attainment, 0, lang)
    if note is None or note is Attainment.PROGRESS:
        return "–"
    if note is Attainment.REACHED and a.assurance is Assurance.INCONSISTENT:
        return "nået i gennemsnit" if lang == "da" else "reached on average"
    return ATTAINMENT_LABELS[note].get(lang)


def target_by_date_text(a: IndicatorAnalysis, lang: str, today: dt.date | None = None) -> str | None:
    """Whether the target was reached by its target date (None without a target date or data). Whether
    the date has come is judged by ``today`` (the report's date; else the clock), not by the latest
    measurement: a target date passed without measurements from it on is said so."""
    if a.target_value is None or a.target_date is None or a.latest_date is None or a.current_value is None:
        return None
    today = today or clock.today()
    da = lang == "da"
    reached = a.attainment_note is Attainment.REACHED
    when = format_date(a.target_date, lang)
    if today < a.target_date:
        return (f"Måldatoen {when} er ikke nået endnu; målet er {'allerede nået' if reached else 'ikke nået endnu'}."
                if da else f"The target date {when} has not come yet; the target is "
                f"{'already reached' if reached else 'not reached yet'}.")
    if a.latest_date < a.target_date:
        latest = format_date(a.latest_date, lang)
        return (f"Måldatoen {when} er passeret, men der er ingen målinger fra måldatoen eller senere (den seneste er "
                f"fra {latest}); ved den seneste måling var målet {'nået' if reached else 'ikke nået'}."
                if da else f"The target date {when} has passed, but there are no measurements from it or later (the "
                f"latest is from {latest}); at the latest measurement the target was "
                f"{'reached' if reached else 'not reached'}.")
    return (f"Målet er {'nået' if reached else 'ikke nået'} ved måldatoen {when} (niveauet i den aktuelle periode)."
            if da else f"The target was {'reached' if reached else 'not reached'} by the target date {when} "
            f"(the level in the current period).")


def latest_text(a: IndicatorAnalysis, lang: str) -> str | None:
    """The latest single measurement, labelled as such."""
    if a.latest_value is None or a.latest_date is None:
        return None
    unit = "%" if a.measure_type is MeasureType.PROPORTION else a.unit
    v = with_unit(format_number(a.latest_value, a.decimals, lang), unit, lang)
    v = bracket(v, format_date(a.latest_date, lang))
    return f"Seneste enkeltmåling: {v}" if lang == "da" else f"Latest single measurement: {v}"
