"""Human labels of the model's enumerations, in Danish and English."""

from __future__ import annotations

from enum import Enum

from .enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    TrialVerdict,
    Verdict,
)
from .i18n import Text

LABELS: dict[Enum, Text] = {
    IndicatorKind.EFFECT: Text("Effekt", "Effect"),
    IndicatorKind.PROCESS: Text("Proces", "Process"),
    Stakeholder.CITIZEN: Text("Borger", "Citizen"),
    Stakeholder.STAFF: Text("Medarbejder", "Staff"),
    Stakeholder.ORGANISATION: Text("Organisation", "Organisation"),
    MeasureType.VALUE: Text("Værdi eller gennemsnit", "Value or mean"),
    MeasureType.PROPORTION: Text("Andel (tæller/nævner)", "Proportion (numerator/denominator)"),
    MeasureType.COUNT: Text("Antal", "Count"),
    MeasureType.RATE: Text("Rate (pr. eksponering)", "Rate (per exposure)"),
    Direction.INCREASE: Text("Stigning er bedre", "Higher is better"),
    Direction.DECREASE: Text("Fald er bedre", "Lower is better"),
    TrialStatus.PLANNED: Text("Planlagt", "Planned"),
    TrialStatus.ACTIVE: Text("Aktiv", "Active"),
    TrialStatus.COMPLETED: Text("Afsluttet", "Completed"),
    Frequency.WEEKLY: Text("Ugentlig", "Weekly"),
    Frequency.MONTHLY: Text("Månedlig", "Monthly"),
    Frequency.QUARTERLY: Text("Kvartalsvis", "Quarterly"),
    Frequency.HALF_YEARLY: Text("Halvårlig", "Half-yearly"),
    Frequency.YEARLY: Text("Årlig", "Yearly"),
    Frequency.AD_HOC: Text("Efter behov", "Ad hoc"),
    BottomLine.PRODUCTIVITY: Text("Produktivitet", "Productivity"),
    BottomLine.SERVICE: Text("Bedre service", "Better service"),
    BottomLine.POLITICAL: Text("Politiske mål", "Political goals"),
    BottomLine.LEGAL_RIGHTS: Text("Borgernes retssikkerhed", "Citizens' legal rights"),
    BottomLine.STAFF_WELLBEING: Text(
        "Medarbejdertrivsel og innovationskraft", "Staff wellbeing and innovation capacity"
    ),
    Verdict.PLUS: Text("Plus", "Plus"),
    Verdict.NEUTRAL: Text("Neutral", "Neutral"),
    Verdict.MINUS: Text("Minus", "Minus"),
    TrialVerdict.INCOMPLETE: Text("Ufuldstændig", "Incomplete"),
    CurrentPeriod.LAST_12_MONTHS: Text("Seneste 12 måneder af opfølgningen", "Latest 12 months of the follow-up"),
    CurrentPeriod.FOLLOW_UP: Text("Hele opfølgningen", "The whole follow-up"),
    CurrentPeriod.LATEST: Text("Seneste måling", "Latest measurement"),
    CurrentPeriod.LATEST_PHASE: Text("Seneste fase (efter sidste faseskift)", "Latest phase (after the last phase change)"),
}


def label(value: Enum, lang: str | None = None) -> str:
    """The label of an enumeration member in the given (or current) language."""
    return LABELS[value].get(lang)
