"""The words of the effect report in Danish and English, and the plain-language methods appendix.

Kept apart from the layout so that the wording can be reviewed (and reused by other reports) on its own.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "da": {
        "report": "Effektrapport",
        "subject": "Effektmåling af forsøget {trial}: baseline, mål og de fem bundlinjer",
        "unit": "Enhed",
        "period": "Periode",
        "follow_up_from": "opfølgning vist fra {date}; baselinen er bevaret",
        "follow_up_to": "målinger til og med {date}",
        "report_date": "Rapportens dato",
        "trial_start": "Forsøget startede",
        "trial_end": "Forsøget sluttede",
        "contact": "Kontaktperson",
        "indicators_n": "Indikatorer",
        "illustrative": "Illustrative data",
        "illustrative_long": "Illustrative data: tallene i denne rapport er opdigtede til at vise programmet. "
                             "De er ikke rigtige tal og må ikke bruges som dokumentation.",
        "printed": "Udskrevet {date}",
        "author": "Effektmåling",
        "bottom_lines": "De fem bundlinjer",
        "bottom_lines_intro": "Modellen vurderer forsøget på fem bundlinjer. Et forsøg behøver ikke være i plus "
                              "på alle, men må ikke være i minus på nogen. <b>Beregnet</b> kommer fra "
                              "effektindikatorerne på linjen; <b>vurderet</b> er forsøgsteamets kvalitative "
                              "vurdering.",
        "line": "Bundlinje",
        "computed": "Beregnet",
        "assessed": "Vurderet",
        "agree": "Enighed",
        "agree_yes": "Enige",
        "agree_no": "Uenige",
        "not_measured": "Ikke målt",
        "not_assessed": "Ikke vurderet",
        "n_effect": "{n} effektindikator",
        "n_effects": "{n} effektindikatorer",
        "overall": "Samlet vurdering",
        "justification": "Begrundelse",
        "evidence": "Dokumentation",
        "assessments": "Teamets vurderinger",
        "no_assessments": "Teamet har ikke registreret vurderinger af bundlinjerne.",
        "scorecard_scope": "Bundlinjerne er beregnet ud fra alle forsøgets {n} indikatorer, også dem der ikke er "
                           "med i denne rapport.",
        "summary": "Oversigt over indikatorerne",
        "summary_intro": "Én række pr. indikator. Ændringen er fra baseline til seneste måling; målopfyldelse er "
                         "hvor stor en del af vejen fra baseline til mål, der er tilbagelagt.",
        "indicator": "Indikator",
        "kind": "Type",
        "stakeholder": "Interessent",
        "baseline_current": "Baseline → nu",
        "change": "Ændring",
        "target_attainment": "Mål (opfyldt)",
        "status": "Status",
        "trial": "Forsøget",
        "purpose": "Formål",
        "target_group": "Målgruppe",
        "theory_of_change": "Forandringsteori",
        "milestones": "Milepæle",
        "not_described": "Ikke beskrevet.",
        "indicators": "Indikatorerne",
        "bottom_line": "Bundlinje",
        "direction": "Retning",
        "data_source": "Datakilde",
        "frequency": "Hyppighed",
        "baseline": "Baseline",
        "current": "Seneste måling",
        "target": "Mål",
        "attainment": "Målopfyldelse",
        "points": "{n} målinger",
        "baseline_manual": "manuel",
        "test": "Test af ændringen",
        "no_test": "Ingen test: {reason}.",
        "effect_size": "Effektstørrelse",
        "control_chart": "Kontroldiagram",
        "no_chart": "Intet kontroldiagram: {reason}.",
        "assurance": "Målsikkerhed",
        "trend": "Tendens i opfølgningen",
        "per_month": "pr. måned",
        "reasons": "Bemærk",
        "milestone_notes": "Milepæle i grafen",
        "no_indicators": "Forsøget har ingen indikatorer endnu, så der er ingen tal at vise. Opret indikatorer og "
                         "registrér målinger i Effektmåling, og lav rapporten igen.",
        "no_data": "Der er ingen målinger af denne indikator i perioden.",
        "interval": "95 %-konfidensinterval",
        "methods": "Sådan skal tallene læses",
        "references": "Litteratur",
        "significant": "statistisk sikker",
        "not_significant": "ikke statistisk sikker",
    },
    "en": {
        "report": "Effect report",
        "subject": "Effect measurement of the trial {trial}: baseline, target and the five bottom lines",
        "unit": "Unit",
        "period": "Period",
        "follow_up_from": "follow-up shown from {date}; the baseline is kept",
        "follow_up_to": "measurements up to and including {date}",
        "report_date": "Date of the report",
        "trial_start": "Trial started",
        "trial_end": "Trial ended",
        "contact": "Contact person",
        "indicators_n": "Indicators",
        "illustrative": "Illustrative data",
        "illustrative_long": "Illustrative data: the figures in this report were made up to show the program. "
                             "They are not real figures and must not be used as evidence.",
        "printed": "Printed {date}",
        "author": "Effektmåling",
        "bottom_lines": "The five bottom lines",
        "bottom_lines_intro": "The model judges the trial on five bottom lines. A trial need not be plus on all of "
                              "them, but must not be minus on any. <b>Computed</b> comes from the effect indicators "
                              "of the line; <b>assessed</b> is the trial team's qualitative assessment.",
        "line": "Bottom line",
        "computed": "Computed",
        "assessed": "Assessed",
        "agree": "Agreement",
        "agree_yes": "Agree",
        "agree_no": "Disagree",
        "not_measured": "Not measured",
        "not_assessed": "Not assessed",
        "n_effect": "{n} effect indicator",
        "n_effects": "{n} effect indicators",
        "overall": "Overall verdict",
        "justification": "Justification",
        "evidence": "Evidence",
        "assessments": "The team's assessments",
        "no_assessments": "The team has not recorded assessments of the bottom lines.",
        "scorecard_scope": "The bottom lines are computed from all {n} indicators of the trial, including those "
                           "not shown in this report.",
        "summary": "Summary of the indicators",
        "summary_intro": "One row per indicator. The change is from the baseline to the latest measurement; "
                         "attainment is how much of the way from the baseline to the target has been covered.",
        "indicator": "Indicator",
        "kind": "Kind",
        "stakeholder": "Stakeholder",
        "baseline_current": "Baseline → current",
        "change": "Change",
        "target_attainment": "Target (attained)",
        "status": "Status",
        "trial": "The trial",
        "purpose": "Purpose",
        "target_group": "Target group",
        "theory_of_change": "Theory of change",
        "milestones": "Milestones",
        "not_described": "Not described.",
        "indicators": "The indicators",
        "bottom_line": "Bottom line",
        "direction": "Direction",
        "data_source": "Data source",
        "frequency": "Frequency",
        "baseline": "Baseline",
        "current": "Latest measurement",
        "target": "Target",
        "attainment": "Attainment",
        "points": "{n} measurements",
        "baseline_manual": "manual",
        "test": "Test of the change",
        "no_test": "No test: {reason}.",
        "effect_size": "Effect size",
        "control_chart": "Control chart",
        "no_chart": "No control chart: {reason}.",
        "assurance": "Target assurance",
        "trend": "Trend in the follow-up",
        "per_month": "per month",
        "reasons": "Note",
        "milestone_notes": "Milestones in the chart",
        "no_indicators": "The trial has no indicators yet, so there are no figures to show. Create indicators and "
                         "record measurements in Effektmåling, then make the report again.",
        "no_data": "There are no measurements of this indicator in the period.",
        "interval": "95% confidence interval",
        "methods": "How to read the figures",
        "references": "References",
        "significant": "statistically significant",
        "not_significant": "not statistically significant",
    },
}

TEST_METHODS = {
    "welch-summary": ("Welchs t-test (gennemsnit med n og spredning)", "Welch's t-test (means with n and SD)"),
    "welch-points": ("Welchs t-test på målingerne før og efter start", "Welch's t-test on the points before and after the start"),
    "two-proportion-z": ("z-test for to andele", "two-proportion z-test"),
    "poisson-exact": ("eksakt test af to rater (Poisson)", "exact test of two rates (Poisson)"),
}
COMPARED = {
    "last-baseline-vs-latest": ("sidste baselinemåling mod seneste måling", "last baseline point against the latest point"),
    "baseline-vs-follow-up": ("baselineperioden mod opfølgningen", "the baseline period against the follow-up"),
}
EFFECT_KINDS = {"hedges-g": "Hedges' g", "cohens-h": "Cohen's h"}
RULES = {
    "beyond-limits": ("uden for kontrolgrænserne", "outside the control limits"),
    "shift": ("skift: 7 målinger på samme side", "shift: 7 points on one side"),
    "trend": ("tendens: 6 målinger i træk op eller ned", "trend: 6 points in a row up or down"),
    "two-of-three": ("2 af 3 nær grænsen", "2 of 3 near the limit"),
}
CHART_NAMES = {
    "I": ("I-diagram (XmR)", "I chart (XmR)"),
    "P": ("P-diagram (andele)", "P chart (proportions)"),
    "U": ("U-diagram (rater)", "U chart (rates)"),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def effect_size_words(value: float, lang: str) -> str:
    """Cohen's rule of thumb for |g| and |h|: small 0.2, medium 0.5, large 0.8."""
    a = abs(value)
    if a < 0.2:
        return "meget lille" if lang == "da" else "negligible"
    if a < 0.5:
        return "lille" if lang == "da" else "small"
    if a < 0.8:
        return "mellemstor" if lang == "da" else "medium"
    return "stor" if lang == "da" else "large"


# --- the methods appendix: (heading, paragraphs) in plain language -----------------------------------

METHODS: dict[str, list[tuple[str, list[str]]]] = {
    "da": [
        ("Baseline: udgangspunktet", [
            "Baseline er niveauet <i>før</i> forsøget: gennemsnittet af de målinger, der er foretaget inden "
            "forsøgets start (eller inden den baselinedato, indikatoren har fået). Alt andet i rapporten "
            "sammenlignes med det. Findes der ingen målinger fra før start, bruges en baselineværdi, som teamet "
            "har skrevet ind; i grafen er baselineperioden det lyse felt, og baselinen den tykke linje.",
            "Vælges en periode for rapporten, vises opfølgningen kun for den periode, men baselinen bevares altid "
            "– den er sammenligningsgrundlaget.",
        ]),
        ("Ændring og målopfyldelse", [
            "<b>Ændringen</b> er seneste måling minus baseline, i indikatorens egen enhed og i procent af "
            "baseline. Om en stigning er godt eller skidt, afhænger af indikatoren: færre klager er en "
            "forbedring, flere borgere i job er det også.",
            "<b>Målopfyldelse</b> er, hvor stor en del af vejen fra baseline til målet der er tilbagelagt: 0 % "
            "er ingen bevægelse, 100 % er målet nået, mere end 100 % er målet overgået, og et negativt tal "
            "betyder, at udviklingen går den forkerte vej.",
        ]),
        ("Seriediagram", [
            "Et seriediagram er målingerne i tidsorden med en midterlinje (medianen). Tilfældig variation hopper "
            "frem og tilbage over midterlinjen. Ligger usædvanligt mange målinger i træk på samme side, eller "
            "krydser serien midterlinjen usædvanligt sjældent, er det tegn på en reel ændring og ikke tilfældig "
            "støj (Anhøj-reglerne). Grænserne afhænger af antallet af målinger.",
        ]),
        ("Kontrolgrænser og signaler", [
            "Kontrolgrænserne (de stiplede grå linjer) viser, hvor langt målingerne normalt svinger, beregnet "
            "ud fra baselineperioden. Så længe processen er uændret, ligger næsten alle målinger mellem "
            "grænserne. Et <b>signal</b> er et mønster, der sjældent opstår ved tilfældighed: en måling uden for "
            "grænserne, 7 målinger i træk på samme side af midten, 6 målinger i træk, der stiger (eller "
            "falder), eller 2 af 3 målinger tæt på en grænse.",
            "I graferne er signaler markeret med et <b>opadvendt trekant</b> (grøn), når de peger mod en "
            "forbedring, og en <b>nedadvendt trekant</b> (orangerød), når de peger mod en forværring – så de "
            "også kan skelnes på en sort-hvid udskrift.",
        ]),
        ("Test og p-værdi", [
            "En statistisk test spørger: hvis forsøget intet havde ændret, hvor sandsynligt er det så at se en "
            "forskel mindst så stor som den, vi ser? Svaret er <b>p-værdien</b>. En lille p-værdi (under 0,05, "
            "dvs. 5 %) betyder, at forskellen næppe er tilfældig; vi kalder den <i>statistisk sikker</i>. En stor "
            "p-værdi betyder ikke, at der ingen effekt er – kun at tallene ikke kan skelne den fra tilfældig "
            "variation.",
            "Testen vælges efter data: Welchs t-test for gennemsnit, en z-test for andele og en eksakt test for "
            "rater. <b>Konfidensintervallet</b> angiver det område, den sande forskel med 95 % sikkerhed ligger i.",
        ]),
        ("Effektstørrelse", [
            "Effektstørrelsen (Hedges' g for gennemsnit, Cohens h for andele) måler ændringen i forhold til den "
            "naturlige spredning, så indikatorer med forskellige enheder kan sammenlignes. Tommelfingerregel: "
            "0,2 er en lille, 0,5 en mellemstor og 0,8 en stor effekt.",
        ]),
        ("Status og bundlinjer", [
            "En indikator er <b>forbedret</b> eller <b>forværret</b>, når testen er statistisk sikker, eller "
            "kontroldiagrammet viser et vedvarende skift, og den anden ikke peger den modsatte vej. Ellers er "
            "der <b>ingen påviselig ændring</b>. Med for få målinger står der <b>for få data</b> og hvorfor.",
            "En bundlinje er <b>plus</b>, når mindst én af dens effektindikatorer er forbedret og ingen er "
            "forværret, <b>minus</b> når en er forværret, og <b>neutral</b> når de er målt uden påviselig "
            "ændring. Procesindikatorer viser, om forsøget gennemføres som planlagt, og tæller ikke med.",
        ]),
        ("Hvad tallene ikke kan vise", [
            "En ændring efter forsøgets start er ikke i sig selv bevis for, at forsøget var årsagen: andre "
            "forhold kan have ændret sig samtidig. Derfor står teamets vurdering ved siden af de beregnede "
            "bundlinjer, og milepælene er vist i graferne.",
        ]),
    ],
    "en": [
        ("Baseline: the starting point", [
            "The baseline is the level <i>before</i> the trial: the mean of the measurements taken before the "
            "trial started (or before the baseline date set for the indicator). Everything else in the report is "
            "compared with it. When there are no measurements from before the start, a baseline value entered by "
            "the team is used; in the charts the baseline period is the light band and the baseline the thick line.",
            "When a period is chosen for the report, the follow-up is shown for that period only, but the "
            "baseline is always kept: it is what the trial is compared with.",
        ]),
        ("Change and target attainment", [
            "The <b>change</b> is the latest measurement minus the baseline, in the indicator's own unit and as a "
            "percentage of the baseline. Whether a rise is good or bad depends on the indicator: fewer complaints "
            "is an improvement, and so is more citizens in work.",
            "<b>Attainment</b> is how much of the way from the baseline to the target has been covered: 0% is no "
            "movement, 100% is the target reached, over 100% is the target exceeded, and a negative figure means "
            "the series is moving the wrong way.",
        ]),
        ("Run chart", [
            "A run chart shows the measurements in time order with a centre line (the median). Chance variation "
            "jumps back and forth across the centre line. When unusually many points in a row lie on one side, "
            "or the series crosses the centre line unusually rarely, that is a sign of a real change rather than "
            "noise (the Anhøj rules). The limits depend on the number of points.",
        ]),
        ("Control limits and signals", [
            "The control limits (the dashed grey lines) show how far the measurements normally vary, computed "
            "from the baseline period. As long as the process is unchanged, nearly all points lie between them. "
            "A <b>signal</b> is a pattern that rarely arises by chance: a point outside the limits, 7 points in a "
            "row on one side of the centre, 6 points in a row rising (or falling), or 2 of 3 points near a limit.",
            "In the charts, signals are marked with an <b>upward triangle</b> (green) when they point to an "
            "improvement and a <b>downward triangle</b> (orange-red) when they point to a deterioration, so that "
            "they can be told apart on a black-and-white print.",
        ]),
        ("Test and p-value", [
            "A statistical test asks: if the trial had changed nothing, how likely would a difference at least as "
            "large as the one we see be? The answer is the <b>p-value</b>. A small p-value (below 0.05, i.e. 5%) "
            "means the difference is unlikely to be chance; we call it <i>statistically significant</i>. A large "
            "p-value does not mean there is no effect, only that the figures cannot tell it from chance variation.",
            "The test is chosen by the data: Welch's t-test for means, a z-test for proportions and an exact test "
            "for rates. The <b>confidence interval</b> is the range in which the true difference lies with 95% "
            "confidence.",
        ]),
        ("Effect size", [
            "The effect size (Hedges' g for means, Cohen's h for proportions) measures the change relative to the "
            "natural spread, so that indicators in different units can be compared. Rule of thumb: 0.2 is a small, "
            "0.5 a medium and 0.8 a large effect.",
        ]),
        ("Status and bottom lines", [
            "An indicator is <b>improved</b> or <b>worsened</b> when the test is statistically significant or the "
            "control chart shows a sustained shift, and the other does not point the opposite way. Otherwise there "
            "is <b>no detectable change</b>. With too few measurements it says <b>insufficient data</b> and why.",
            "A bottom line is <b>plus</b> when at least one of its effect indicators improved and none worsened, "
            "<b>minus</b> when one worsened, and <b>neutral</b> when they were measured without a detectable "
            "change. Process indicators show whether the trial is carried out as planned and do not count.",
        ]),
        ("What the figures cannot show", [
            "A change after the start of the trial is not by itself proof that the trial caused it: other things "
            "may have changed at the same time. That is why the team's assessment stands beside the computed "
            "bottom lines, and why the milestones are shown in the charts.",
        ]),
    ],
}

REFERENCES = [
    "Anhøj J, Olesen AV. Run charts revisited: a simulation study of run chart rules for detection of non-random "
    "variation in health care processes. <i>PLoS ONE</i> 2014;9(11):e113825.",
    "Provost LP, Murray SK. <i>The Health Care Data Guide: Learning from Data for Improvement.</i> "
    "San Francisco: Jossey-Bass, 2011.",
    "Wheeler DJ. <i>Understanding Variation: The Key to Managing Chaos.</i> 2nd ed. Knoxville: SPC Press, 2000.",
    "NHS England and NHS Improvement. <i>Making Data Count: Getting Started.</i> London, 2019.",
    "Welch BL. The generalization of 'Student's' problem when several different population variances are "
    "involved. <i>Biometrika</i> 1947;34(1–2):28–35.",
    "Cohen J. <i>Statistical Power Analysis for the Behavioral Sciences.</i> 2nd ed. Hillsdale, NJ: Erlbaum, 1988.",
    "Hedges LV, Olkin I. <i>Statistical Methods for Meta-Analysis.</i> Orlando: Academic Press, 1985.",
    "Przyborowski J, Wilenski H. Homogeneity of results in testing samples from Poisson series. "
    "<i>Biometrika</i> 1940;31(3–4):313–323.",
]
