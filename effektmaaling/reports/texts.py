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
        "limited_period": "Begrænset periode ({limits}): tal, signaler og diagram bygger kun på de viste målinger; "
                          "målinger uden for perioden er udeladt.",
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
        "summary_intro": "Én række pr. indikator. Ændringen er fra baselineniveauet til niveauet nu (den aktuelle "
                         "periode, normalt de seneste 12 måneder); målopfyldelse er hvor stor en del af vejen fra "
                         "baseline til mål, der er tilbagelagt.",
        "indicator": "Indikator",
        "kind": "Type",
        "stakeholder": "Interessent",
        "baseline_current": "Baseline → nu",
        "change": "Ændring",
        "target_attainment": "Mål (opfyldelse)",
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
        "current": "Nu",
        "latest": "Seneste enkeltmåling",
        "periods": "Sammenlignede perioder",
        "waves": "n pr. måling",
        "level_method": "Niveauer",
        "run_chart": "Seriediagram",
        "warnings": "Forbehold",
        "target_by_date": "Mål og måldato",
        "target": "Mål",
        "attainment": "Målopfyldelse",
        "points": "{n} målinger",
        "point": "1 måling",
        "baseline_manual": "indtastet",
        "test": "Test af ændringen",
        "no_test": "Ingen test: {reason}.",
        "effect_size": "Effektstørrelse",
        "control_chart": "Kontroldiagram",
        "no_chart": "Intet kontroldiagram: {reason}.",
        "assurance": "Nås målet stabilt?",
        "trend": "Tendens i opfølgningen",
        "per_month": "pr. måned",
        "reasons": "Bemærk",
        "milestone_notes": "Milepæle i grafen",
        "no_indicators": "Forsøget har ingen indikatorer endnu, så der er ingen tal at vise. Opret indikatorer og "
                         "registrér målinger i Effektmåling, og lav rapporten igen.",
        "no_data": "Der er ingen målinger af denne indikator i perioden.",
        "interval": "95\u00a0%-konfidensinterval",
        "methods": "Sådan skal tallene læses",
        "references": "Litteratur",
        "significant": "statistisk signifikant",
        "not_significant": "ikke statistisk signifikant",
    },
    "en": {
        "report": "Effect report",
        "subject": "Effect measurement of the trial {trial}: baseline, target and the five bottom lines",
        "unit": "Unit",
        "period": "Period",
        "follow_up_from": "follow-up shown from {date}; the baseline is kept",
        "follow_up_to": "measurements up to and including {date}",
        "limited_period": "Limited period ({limits}): figures, signals and chart use only the measurements shown; "
                          "measurements outside the period are left out.",
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
        "summary_intro": "One row per indicator. The change is from the baseline level to the current level (the "
                         "current period, normally the latest 12 months); attainment is how much of the way from the "
                         "baseline to the target has been covered.",
        "indicator": "Indicator",
        "kind": "Kind",
        "stakeholder": "Stakeholder",
        "baseline_current": "Baseline → current",
        "change": "Change",
        "target_attainment": "Target (attainment)",
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
        "current": "Current",
        "latest": "Latest single measurement",
        "periods": "Periods compared",
        "waves": "n per wave",
        "level_method": "Levels",
        "run_chart": "Run chart",
        "warnings": "Caveats",
        "target_by_date": "Target and target date",
        "target": "Target",
        "attainment": "Attainment",
        "points": "{n} measurements",
        "point": "1 measurement",
        "baseline_manual": "typed",
        "test": "Test of the change",
        "no_test": "No test: {reason}.",
        "effect_size": "Effect size",
        "control_chart": "Control chart",
        "no_chart": "No control chart: {reason}.",
        "assurance": "Is the target met consistently?",
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

COMPARED = {
    "baseline-vs-current": ("baselineperioden mod den aktuelle periode", "the baseline period against the current period"),
    "typed-baseline-vs-current": ("den indtastede baseline mod den aktuelle periode",
                                  "the typed baseline against the current period"),
}
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
        ("Baseline og nu: de to perioder, der sammenlignes", [
            "Baseline er niveauet <i>før</i> forsøget: målingerne til og med datoen »Baseline til og med« (eller "
            "før forsøgets start). <b>Nu</b> er niveauet i den aktuelle periode, normalt de seneste 12 måneder, så "
            "årstider udjævnes. Hver indikatorside siger, hvilke perioder der er sammenlignet. Andele og rater "
            "samles (alle tællere delt med alle nævnere), gennemsnit med n vægtes med n. Uden målinger i "
            "baselineperioden bruges en indtastet baselineværdi, og teksten siger det.",
            "Vælges en periode for rapporten, vises opfølgningen kun for den periode, men baselinen bevares altid "
            "– den er sammenligningsgrundlaget.",
        ]),
        ("Ændring og målopfyldelse", [
            "<b>Ændringen</b> er niveauet nu minus baselineniveauet, i indikatorens egen enhed (for andele i "
            "procentpoint) og i procent af baseline. Om en stigning er godt eller skidt, afhænger af indikatoren: "
            "færre klager er en forbedring, flere borgere i job er det også.",
            "<b>Målopfyldelse</b> er, hvor stor en del af vejen fra baseline til målet der er tilbagelagt: 0\u00a0% er "
            "ingen bevægelse, »nået« betyder, at niveauet nu ligger på den gode side af målet. Ligger målet inden "
            "for baselinens normale variation (kontrolgrænserne), vises ingen procent, for så kan målet nås ved "
            "tilfældighed. Der vises aldrig en negativ procent; går udviklingen væk fra målet, står det med ord, når "
            "indikatoren er forværret.",
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
            "I graferne er signaler markeret med en <b>opadvendt trekant</b> (grøn), når de peger mod en "
            "forbedring, og en <b>nedadvendt trekant</b> (orangerød), når de peger mod en forværring – så de "
            "også kan skelnes på en sort-hvid udskrift.",
        ]),
        ("Test og p-værdi", [
            "En statistisk test spørger: hvis forsøget intet havde ændret, hvor sandsynligt er det så at se en "
            "forskel mindst så stor som den, vi ser? Svaret er <b>p-værdien</b>. En lille p-værdi (under 0,05, "
            "dvs. 5\u00a0%) betyder, at forskellen næppe er tilfældig; vi kalder den <i>statistisk signifikant</i>. En stor "
            "p-værdi betyder ikke, at der ingen effekt er – kun at tallene ikke kan skelne den fra tilfældig "
            "variation.",
            "Testen sammenligner den aktuelle periode med baselineperioden og vælges efter data: Welchs t-test "
            "for gennemsnit, en z-test for andele (Fishers eksakte test, når tallene er små) og en eksakt test for "
            "rater. <b>Konfidensintervallet</b> angiver det område, den sande forskel med 95\u00a0% sikkerhed ligger i.",
        ]),
        ("Effektstørrelse", [
            "Effektstørrelsen måler ændringen i forhold til den naturlige spredning: Hedges' g for gennemsnit, "
            "Cohens h for andele og rateratioen (rate nu delt med rate før) for rater. Fortegnet er vendt, hvor "
            "fald er bedre, så + altid betyder forbedring (for en ratio: over 1). Tommelfingerregel for g og h: "
            "0,2 er en lille, 0,5 en mellemstor og 0,8 en stor effekt. Er g beregnet ud fra målingerne selv, er den "
            "standardiseret på variationen mellem målinger og kan ikke sammenlignes med g mellem personer.",
        ]),
        ("Status og bundlinjer", [
            "En indikator er <b>forbedret</b> eller <b>forværret</b>, når testen er statistisk signifikant, eller "
            "seriediagrammet viser ikke-tilfældig variation og kontroldiagrammet et vedvarende skift i den "
            "aktuelle periode, og den anden ikke peger den modsatte vej. Ellers er der <b>ingen påviselig "
            "ændring</b>. Forklaringen siger, hvad der bar vurderingen, med seriediagrammets tal (længste løb og "
            "krydsninger mod deres grænser). Med for få målinger står der <b>for få data</b> og hvorfor.",
            "En bundlinje er <b>plus</b>, når mindst én af dens effektindikatorer er forbedret og ingen er "
            "forværret, <b>minus</b> når en er forværret, og <b>neutral</b> når de er målt uden påviselig "
            "ændring. En bundlinje, der hverken er målt eller vurderet af teamet, er <b>ikke belyst</b>; så er den "
            "samlede vurdering <b>ufuldstændig</b>, for »ingen minus« kan ikke påstås for en linje, ingen har set "
            "på. Procesindikatorer viser, om forsøget gennemføres som planlagt, og tæller ikke med.",
        ]),
        ("Hvad tallene ikke kan vise", [
            "En ændring efter forsøgets start er ikke i sig selv bevis for, at forsøget var årsagen: andre "
            "forhold kan have ændret sig samtidig. Derfor står teamets vurdering ved siden af de beregnede "
            "bundlinjer, og milepælene er vist i graferne.",
        ]),
    ],
    "en": [
        ("Baseline and now: the two periods compared", [
            "The baseline is the level <i>before</i> the trial: the measurements up to and including the baseline "
            "date (or before the trial started). <b>Current</b> is the level in the current period, normally the "
            "latest 12 months, so that seasons even out. Each indicator page says which periods were compared. "
            "Proportions and rates are pooled (all numerators over all denominators), means with n are weighted "
            "by n. Without baseline measurements a typed baseline value is used, and the text says so.",
            "When a period is chosen for the report, the follow-up is shown for that period only, but the "
            "baseline is always kept: it is what the trial is compared with.",
        ]),
        ("Change and target attainment", [
            "The <b>change</b> is the current level minus the baseline level, in the indicator's own unit (for "
            "proportions in percentage points) and as a percentage of the baseline. Whether a rise is good or bad "
            "depends on the indicator: fewer complaints is an improvement, and so is more citizens in work.",
            "<b>Attainment</b> is how much of the way from the baseline to the target has been covered: 0% is no "
            "movement; 'reached' means the current level is on the good side of the target. When the target lies "
            "within the baseline's normal variation (its control limits), no percentage is shown, because the "
            "target can then be hit by chance. A negative percentage is never shown; moving away from the target "
            "is said in words when the indicator has worsened.",
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
            "The test compares the current period with the baseline period and is chosen by the data: Welch's "
            "t-test for means, a z-test for proportions (Fisher's exact test when the numbers are small) and an "
            "exact test for rates. The <b>confidence interval</b> is the range in which the true difference lies "
            "with 95% confidence.",
        ]),
        ("Effect size", [
            "The effect size measures the change relative to the natural spread: Hedges' g for means, Cohen's h "
            "for proportions and the rate ratio (rate now over rate before) for rates. The sign is flipped where "
            "lower is better, so + always means improvement (for a ratio: above 1). Rule of thumb for g and h: 0.2 "
            "is a small, 0.5 a medium and 0.8 a large effect. A g computed from the measurements themselves is "
            "standardised on the variation between measurements and cannot be compared with g between people.",
        ]),
        ("Status and bottom lines", [
            "An indicator is <b>improved</b> or <b>worsened</b> when the test is statistically significant, or the "
            "run chart shows non-random variation and the control chart a sustained shift in the current period, "
            "and the other does not point the opposite way. Otherwise there is <b>no detectable change</b>. The "
            "explanation says what carried the verdict, with the run chart's figures (longest run and crossings "
            "against their limits). With too few measurements it says <b>insufficient data</b> and why.",
            "A bottom line is <b>plus</b> when at least one of its effect indicators improved and none worsened, "
            "<b>minus</b> when one worsened, and <b>neutral</b> when they were measured without a detectable "
            "change. A bottom line neither measured nor assessed by the team is <b>not examined</b>; the overall "
            "verdict is then <b>incomplete</b>, because 'no minus' cannot be claimed for a line nobody looked at. "
            "Process indicators show whether the trial is carried out as planned and do not count.",
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
    "Newcombe RG. Interval estimation for the difference between independent proportions: comparison of "
    "eleven methods. <i>Statistics in Medicine</i> 1998;17(8):873–890.",
    "Przyborowski J, Wilenski H. Homogeneity of results in testing samples from Poisson series. "
    "<i>Biometrika</i> 1940;31(3–4):313–323.",
]
