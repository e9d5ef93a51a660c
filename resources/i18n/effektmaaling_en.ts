<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name />
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="55" />
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="57" />
        <source>Effektmåling af innovationsforsøg og fricenterforsøg mod baseline og mål på de fem bundlinjer. Udviklet til Socialforvaltningen i Københavns Kommune. Licens: MIT.</source>
        <translation>Effect measurement of innovation trials and free-centre trials against baseline and target on the five bottom lines. Developed for the Social Administration of the City of Copenhagen. Licence: MIT.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="64" />
        <source>Indbyggede komponenter</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="64" />
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="64" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="65" />
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="66" />
        <source>Qt og PySide6 bruges under LGPL-3.0; kildekoden findes hos Qt-projektet.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0; the source code is available from the Qt project.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="128" />
        <source>Graf over målingerne</source>
        <translation>Chart of the measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="212" />
        <source>Baseline (gennemsnit)</source>
        <translation>Baseline (mean)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="219" />
        <source>Kontrolgrænser</source>
        <translation>Control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="228" />
        <location filename="../../effektmaaling/ui/indicator_view.py" line="64" />
        <source>Median (seriediagram)</source>
        <translation>Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="232" />
        <location filename="../../effektmaaling/ui/chart.py" line="236" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="254" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="661" />
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="260" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="57" />
        <source>Signal: forbedring</source>
        <translation>Signal: improvement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="261" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="57" />
        <source>Signal: forværring</source>
        <translation>Signal: deterioration</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="292" />
        <source>Ingen målinger endnu. Skriv den første i tabellen nedenfor, indsæt fra Excel med Ctrl+V, eller importér en fil med Fil → Importér målinger …</source>
        <translation>No measurements yet. Type the first in the table below, paste from Excel with Ctrl+V, or import a file with File → Import measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="296" />
        <source>Ingen målinger endnu</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="22" />
        <source>uden for kontrolgrænserne</source>
        <translation>outside the control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="23" />
        <source>skift (7 punkter på samme side)</source>
        <translation>shift (7 points on the same side)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="24" />
        <source>tendens (6 punkter i træk)</source>
        <translation>trend (6 points in a row)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="25" />
        <source>2 af 3 nær grænsen</source>
        <translation>2 of 3 near the limit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="45" />
        <source>Mål {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="46" />
        <source>Forsøget starter</source>
        <translation>Trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="41" />
        <source>Ikke målt</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="101" />
        <source>Klik eller tryk Enter for at åbne indikatoren</source>
        <translation>Click or press Enter to open the indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="29" />
        <source>Baseline {b} → nu {c}{u}</source>
        <translation>Baseline {b} → now {c}{u}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="35" />
        <source>ændring {c}</source>
        <translation>change {c}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="37" />
        <source>mål {t}{u}</source>
        <translation>target {t}{u}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="39" />
        <source>({p} nået)</source>
        <translation>({p} attained)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="46" />
        <source>Analysen er ikke tilgængelig.</source>
        <translation>The analysis is not available.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="58" />
        <source>Test: {m}, {p}, 95 %-interval for ændringen {lo} til {hi}</source>
        <translation>Test: {m}, {p}, 95% confidence interval for the change {lo} to {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="62" />
        <source>Ingen test: {r}</source>
        <translation>No test: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="64" />
        <source>Effektstørrelse {k} = {v}</source>
        <translation>Effect size {k} = {v}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="65" />
        <source>Cohens h</source>
        <translation>Cohen's h</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="68" />
        <source>Kontrolkort ({c}): centerlinje {m}, grænser {lo} – {hi}</source>
        <translation>Control chart ({c}): centre line {m}, limits {lo} – {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="72" />
        <source>Intet kontrolkort: {r}</source>
        <translation>No control chart: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="76" />
        <source>Tendens efter start: {s} pr. måned</source>
        <translation>Trend after the start: {s} per month</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="79" />
        <source>Baseline er indtastet manuelt (ingen målinger før {d})</source>
        <translation>The baseline was entered by hand (no measurements before {d})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="87" />
        <source>Welchs t-test (gennemsnit med n og sd)</source>
        <translation>Welch's t-test (means with n and sd)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="88" />
        <source>Welchs t-test på målingerne</source>
        <translation>Welch's t-test on the measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="89" />
        <source>z-test af to andele</source>
        <translation>two-proportion z-test</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="90" />
        <source>eksakt test af to rater</source>
        <translation>exact test of two rates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="168" />
        <source>Start {date}</source>
        <translation>Start {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="170" />
        <source>slut {date}</source>
        <translation>end {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="173" />
        <source>Illustrative demodata</source>
        <translation>Illustrative demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="118" />
        <source>Sortér efter effektstørrelse (+ = forbedring), derefter status</source>
        <translation>Sort by effect size (+ = improvement), then status</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="134" />
        <source>se advarsler</source>
        <translation>see warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="193" />
        <source>Sammenlign forsøg</source>
        <translation>Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="199" />
        <source>Forsøg at sammenligne</source>
        <translation>Trials to compare</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="203" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="227" />
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="210" />
        <source>(uden tema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="227" />
        <source>Forsøg (mindst to)</source>
        <translation>Trials (at least two)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="231" />
        <location filename="../../effektmaaling/ui/dashboard.py" line="176" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="91" />
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="231" />
        <source>Interessenter</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="252" />
        <source>Eksportér tabel (XLSX) …</source>
        <translation>Export table (XLSX) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="255" />
        <source>Sammenligningsrapport (PDF) …</source>
        <translation>Comparison report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="260" />
        <source>Effektstørrelse: + betyder forbedring (fortegnet er vendt, hvor fald er bedre). Klik på en kolonneoverskrift for at sortere.</source>
        <translation>Effect size: + means improvement (the sign is reversed where a decrease is better). Click a column heading to sort.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="294" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="295" />
        <source>Indeksgrafer</source>
        <translation>Index charts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="296" />
        <source>Effektstørrelser</source>
        <translation>Effect sizes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="297" />
        <source>Bundlinjer</source>
        <translation>Bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="298" />
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="303" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="544" />
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="401" />
        <source>Vælg mindst to forsøg til venstre.</source>
        <translation>Choose at least two trials on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="436" />
        <source> (højere er bedre)</source>
        <translation> (higher is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="436" />
        <source> (lavere er bedre)</source>
        <translation> (lower is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="514" />
        <source>Samlet</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="519" />
        <source>ikke målt</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="520" />
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="521" />
        <source>Beregnet: {c}
Vurderet: {a}</source>
        <translation>Computed: {c}
Assessed: {a}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="522" />
        <source>(uenige)</source>
        <translation>(disagree)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="549" />
        <source>Ingen advarsler: de fælles temaer har samme enhed og målingstype, og alle har nok målinger.</source>
        <translation>No warnings: the shared themes have the same unit and measure type, and all have enough measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="551" />
        <source>Advarsler ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="559" />
        <source>Eksportér sammenligning</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="560" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="32" />
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="570" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="570" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="591" />
        <source>Filen kunne ikke skrives: {e}</source>
        <translation>The file could not be written: {e}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="579" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="591" />
        <source>Sammenligningsrapport</source>
        <translation>Comparison report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="580" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="188" />
        <source>Forsøget har endnu ingen indikatorer. Vælg Rediger → Ny indikator …</source>
        <translation>The trial has no indicators yet. Choose Edit → New indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="200" />
        <source>Bundlinje</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="200" />
        <source>Beregnet ud fra indikatorerne</source>
        <translation>Computed from the indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="200" />
        <source>Teamets vurdering</source>
        <translation>Team's assessment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="212" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="247" />
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="214" />
        <source>afviger fra det beregnede</source>
        <translation>differs from the computed verdict</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="221" />
        <source>Samlet: {text}</source>
        <translation>Overall: {text}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/errors.py" line="55" />
        <source>Beklager, der skete en uventet fejl. Dine gemte data er i orden.

Detaljerne er skrevet i logfilen:
{path}</source>
        <translation>Sorry, an unexpected error occurred. Your saved data are safe.

The details were written to the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="78" />
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="78" />
        <source>Redigér indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="113" />
        <source>fx Borgere i uddannelse eller job</source>
        <translation>e.g. Citizens in education or work</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="114" />
        <source>valgfrit, fx Recovery</source>
        <translation>optional, e.g. Recovery</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="115" />
        <source>Indikatorer i forskellige forsøg med samme tema sammenlignes i Vis → Sammenlign forsøg</source>
        <translation>Indicators in different trials with the same theme are compared in View → Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="122" />
        <source>fx dage, timer, point</source>
        <translation>e.g. days, hours, points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="123" />
        <source>fx Sagssystemet, månedlig udtræk</source>
        <translation>e.g. The case system, monthly extract</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="124" />
        <source>Tom: baseline slutter ved forsøgets start</source>
        <translation>Empty: the baseline ends when the trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="125" />
        <source>Bruges kun, når der ikke er målinger før baselinens slutning</source>
        <translation>Used only when there are no measurements before the end of the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="127" />
        <source>Indikatoren</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="128" />
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="130" />
        <source>Baseline og mål</source>
        <translation>Baseline and target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="132" />
        <source>Baseline er målingerne før forsøgets start (eller før datoen ovenfor). Målet er den værdi, forsøget sigter mod.</source>
        <translation>The baseline is the measurements before the trial started (or before the date above). The target is the value the trial aims for.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="137" />
        <source>Opret indikator</source>
        <translation>Create indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="137" />
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="138" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="217" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="159" />
        <source>Måletypen kan ikke ændres, når indikatoren har målinger</source>
        <translation>The measure type cannot be changed while the indicator has measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="266" />
        <source>Opret indikator «{name}»</source>
        <translation>Create indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="271" />
        <source>Ret indikator «{name}»</source>
        <translation>Edit indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="50" />
        <source>Redigér indikator …</source>
        <translation>Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="61" />
        <source>Kontrolgrænser og signaler</source>
        <translation>Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="90" />
        <source>Skriv en ny måling i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Indsæt en blok fra Excel med Ctrl+V. Ctrl+Z fortryder.</source>
        <translation>Type a new measurement in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Paste a block from Excel with Ctrl+V. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="118" />
        <source>Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Rediger → Nyt forsøg (Ctrl+N).</source>
        <translation>Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="193" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="194" />
        <source>Opret en tom database i en ny fil</source>
        <translation>Create an empty database in a new file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="195" />
        <source>Å&amp;bn database …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="197" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="198" />
        <location filename="../../effektmaaling/ui/main_window.py" line="205" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="199" />
        <location filename="../../effektmaaling/ui/main_window.py" line="206" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="200" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="200" />
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="209" />
        <source>Ny&amp;t forsøg …</source>
        <translation>New &amp;trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="210" />
        <source>Ny indi&amp;kator …</source>
        <translation>New &amp;indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="212" />
        <source>&amp;Redigér indikator …</source>
        <translation>&amp;Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="214" />
        <source>Flyt indikator &amp;op</source>
        <translation>Move indicator u&amp;p</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="216" />
        <source>Flyt indikator &amp;ned</source>
        <translation>Move indicator do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="218" />
        <source>&amp;Arkivér eller genåbn forsøg</source>
        <translation>&amp;Archive or reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="219" />
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="220" />
        <source>Slet det valgte forsøg eller den valgte indikator (kan fortrydes)</source>
        <translation>Delete the selected trial or indicator (can be undone)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="221" />
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="223" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="226" />
        <source>&amp;Oversigt over forsøget</source>
        <translation>Trial &amp;overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="228" />
        <source>Forsøgets &amp;detaljer</source>
        <translation>Trial &amp;details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="230" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="231" />
        <source>&amp;Kontrolgrænser og signaler</source>
        <translation>&amp;Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="234" />
        <source>&amp;Median (seriediagram)</source>
        <translation>&amp;Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="237" />
        <source>Vis &amp;arkiverede forsøg</source>
        <translation>Show &amp;archived trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="241" />
        <source>&amp;Eksportér graf …</source>
        <translation>&amp;Export chart …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="243" />
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="244" />
        <source>&amp;Tal og datoer</source>
        <translation>&amp;Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="273" />
        <source>Fortrudt: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="273" />
        <source>Gentaget: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="280" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="284" />
        <source>&amp;Seneste databaser</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="290" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="296" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="301" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="308" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="349" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="355" />
        <source>Åbner {path} …</source>
        <translation>Opening {path} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="358" />
        <source>{path} · {t} forsøg · {m} målinger</source>
        <translation>{path} · {t} trials · {m} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="471" />
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="472" />
        <source>En ny række i {names} kan ikke gemmes, fordi den er ufuldstændig eller har en fejl (se markeringen i tabellen).

Luk alligevel og kassér rækken?</source>
        <translation>A new row in {names} cannot be saved because it is incomplete or has an error (see the mark in the table).

Close anyway and discard the row?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="548" />
        <source>Flyt indikator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="556" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="430" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="509" />
        <source>Arkivér forsøg</source>
        <translation>Archive trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="556" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="430" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="509" />
        <source>Genåbn forsøg</source>
        <translation>Reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="567" />
        <source>Slet forsøget «{name}» med {n} indikatorer og alle deres målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}' with {n} indicators and all their measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="569" />
        <source>Slet forsøg «{name}»</source>
        <translation>Delete trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="574" />
        <source>Slet indikatoren «{name}» og dens {m} målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}' and its {m} measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="576" />
        <source>Slet indikator «{name}»</source>
        <translation>Delete indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="577" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="585" />
        <source>Slettet. Fortryd med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="613" />
        <source>Eksportér graf</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="614" />
        <source>PNG-billede (*.png);;SVG-tegning (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="618" />
        <source>Grafen er gemt i {path}</source>
        <translation>The chart was saved to {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="636" />
        <source>Tal og datoer</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="637" />
        <source>Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).
Datoer skrives som 31-12-2014, 31.12.2014 eller 2014-12-31.

I måletabellen tilføjer du en måling ved at skrive i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.</source>
        <translation>Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).
Dates are written as 31-12-2014, 31.12.2014 or 2014-12-31.

In the measurement table you add a measurement by typing in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="649" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="656" />
        <location filename="../../effektmaaling/ui/main_window.py" line="662" />
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="657" />
        <source>Effektmåling-database (*.db)</source>
        <translation>Effektmåling database (*.db)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="663" />
        <source>Filen {path} findes allerede. Vælg Åbn database for at åbne den.</source>
        <translation>The file {path} already exists. Choose Open database to open it.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="668" />
        <source>Åbn database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="669" />
        <source>Effektmåling-database (*.db);;Alle filer (*)</source>
        <translation>Effektmåling database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="87" />
        <source>Andel (%)</source>
        <translation>Proportion (%)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="89" />
        <source>Rate pr. {per}</source>
        <translation>Rate per {per}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="91" />
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="67" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="371" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="92" />
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="300" />
        <source>Ny måling …</source>
        <translation>New measurement …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="326" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="556" />
        <source>Række {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="326" />
        <source>Ny række</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="379" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="459" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="532" />
        <source>Indsæt 1 måling i «{indicator}»</source>
        <translation>Paste 1 measurement into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="533" />
        <source>Indsæt {n} målinger i «{indicator}»</source>
        <translation>Paste {n} measurements into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="591" />
        <source>Slet målingen {date} i «{indicator}»</source>
        <translation>Delete the measurement {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="593" />
        <source>Slet {n} målinger i «{indicator}»</source>
        <translation>Delete {n} measurements in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="611" />
        <source>Ryd {n} celler i «{indicator}»</source>
        <translation>Clear {n} cells in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="150" />
        <source>Den nye række i «{name}» er ikke gemt: den venter, når du vender tilbage.</source>
        <translation>The new row in '{name}' is not saved: it is waiting for you when you come back.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="370" />
        <source>Ret {field} {date} i «{indicator}»</source>
        <translation>Edit {field} {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="447" />
        <source>Tilføj måling {date} i «{indicator}»</source>
        <translation>Add measurement {date} to '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="527" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="546" />
        <source>Intet blev indsat. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="552" />
        <source>{n} målinger indsat, {u} rettet</source>
        <translation>{n} measurements pasted, {u} changed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="615" />
        <source>Ryd celler</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="848" />
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="849" />
        <source>Indsæt</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="851" />
        <source>Slet valgte målinger</source>
        <translation>Delete selected measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="55" />
        <source>Søg i forsøg og indikatorer (Ctrl+F)</source>
        <translation>Search trials and indicators (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="57" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="69" />
        <source>Forsøg og indikatorer</source>
        <translation>Trials and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="112" />
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="117" />
        <source>{name}: oversigt over effekterne</source>
        <translation>{name}: overview of the effects</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="121" />
        <source>Forsøgets detaljer</source>
        <translation>Trial details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="20" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="26" />
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="29" />
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="84" />
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="85" />
        <source>Fed (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="86" />
        <source>Kursiv (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="87" />
        <source>Punktliste</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="151" />
        <source>Ny milepæl</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="151" />
        <source>Redigér milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="154" />
        <source>fx Teams etableret</source>
        <translation>e.g. Teams established</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="179" />
        <source>Dato: skal udfyldes</source>
        <translation>Date: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="182" />
        <source>Tekst: skal udfyldes</source>
        <translation>Text: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="201" />
        <source>Nyt forsøg</source>
        <translation>New trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="204" />
        <source>fx FriNoVa</source>
        <translation>e.g. FriNoVa</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="216" />
        <source>Opret forsøg</source>
        <translation>Create trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="229" />
        <source>Opret forsøg «{name}»</source>
        <translation>Create trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="248" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="526" />
        <source>Vurdering af {line}</source>
        <translation>Assessment of {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="250" />
        <source>Begrundelse: hvad viser erfaringerne?</source>
        <translation>Justification: what does experience show?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="253" />
        <source>Grundlag: fx interviews, referater, evalueringer</source>
        <translation>Evidence: e.g. interviews, minutes, evaluations</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="300" />
        <source>Tallene er illustrative (demodata), ikke rigtige data</source>
        <translation>The figures are illustrative (demo data), not real data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="306" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="309" />
        <source>Forsøget</source>
        <translation>The trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="341" />
        <source>Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.</source>
        <translation>Problem, activities and the expected change. The text is included in the effect report.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="348" />
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="362" />
        <source>Tilføj milepæl …</source>
        <translation>Add milestone …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="363" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="364" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="370" />
        <source>Milepælene vises som lodrette markeringer i graferne.</source>
        <translation>Milestones are shown as vertical markers in the charts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="376" />
        <source>Kvalitativ vurdering af de fem bundlinjer</source>
        <translation>Qualitative assessment of the five bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="378" />
        <source>Teamets egen vurdering står ved siden af den beregnede i oversigten.</source>
        <translation>The team's own assessment is shown beside the computed one in the overview.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="405" />
        <source>Oprettet {created} · sidst ændret {updated}</source>
        <translation>Created {created} · last changed {updated}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="428" />
        <source>Forsøget er arkiveret: det vises nedtonet og kan genåbnes.</source>
        <translation>The trial is archived: it is shown dimmed and can be reopened.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="429" />
        <source>Arkivér forsøget, når det er afsluttet og afrapporteret.</source>
        <translation>Archive the trial when it has ended and been reported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="495" />
        <source>Ret {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="519" />
        <source>Vælg en vurdering, før begrundelsen kan gemmes.</source>
        <translation>Choose a verdict before the justification can be saved.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="556" />
        <source>Tilføj milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="558" />
        <source>Ret milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="571" />
        <source>Fjern milepæl «{text}»</source>
        <translation>Remove milestone '{text}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="26" />
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="44" />
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="46" />
        <source>Før opdatering af databasen</source>
        <translation>Before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="48" />
        <source>Før fletning af forsøg</source>
        <translation>Before merging a trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="50" />
        <source>Før gendannelse</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="67" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="135" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="156" />
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="75" />
        <source>Programmet tager selv en sikkerhedskopi første gang databasen åbnes hver dag og før opdateringer og fletninger. De seneste 10 daglige og 4 ugentlige gemmes.
Mappe: {folder}</source>
        <translation>The program makes a backup by itself the first time the database is opened each day, and before upgrades and merges. The latest 10 daily and 4 weekly backups are kept.
Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="81" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="67" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="370" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="81" />
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="81" />
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="81" />
        <source>Forsøg</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="87" />
        <source>Der er endnu ingen sikkerhedskopier af denne database.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="89" />
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="90" />
        <source>Åbn &amp;mappe</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="146" />
        <source>Gendan sikkerhedskopien fra {when} ({trials} forsøg)?

Databasens nuværende indhold erstattes. Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og fortryd-historikken slettes. Det nuværende indhold gemmes dog selv som sikkerhedskopi først, så du kan gendanne det herfra.</source>
        <translation>Restore the backup from {when} ({trials} trials)?

The current contents of the database will be replaced. The restore cannot be undone with Ctrl+Z: the database is opened afresh and the undo history is cleared. The current contents are first saved as a backup themselves, so you can restore them from here.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="93" />
        <source>Ændringslog</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="106" />
        <source>Alle forsøg</source>
        <translation>All trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="110" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="120" />
        <source>Forsøg:</source>
        <translation>Trial:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="122" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="143" />
        <source>Eksportér til CSV …</source>
        <translation>Export to CSV …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="172" />
        <source>Alle indikatorer</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="200" />
        <source>{n} ændringer</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="200" />
        <source>1 ændring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="201" />
        <source>De nyeste {n} ændringer</source>
        <translation>The latest {n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="207" />
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="217" />
        <source>Eksportér ændringslog</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="208" />
        <source>ændringslog.csv</source>
        <translation>change-log.csv</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="209" />
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="36" />
        <source>Kontrollér database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="44" />
        <source>Kontrollér &amp;igen</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="65" />
        <source>{t} forsøg, {i} indikatorer, {m} målinger, {c} poster i ændringsloggen.</source>
        <translation>{t} trials, {i} indicators, {m} measurements, {c} entries in the change log.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="69" />
        <source>Ingen fejl fundet.</source>
        <translation>No errors found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="70" />
        <source>Skemaversion: {v}.</source>
        <translation>Schema version: {v}.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="73" />
        <source>1 problem fundet.</source>
        <translation>1 problem found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="74" />
        <source>{n} problemer fundet.</source>
        <translation>{n} problems found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="75" />
        <source>Ret værdierne, eller gendan fra en sikkerhedskopi (Fil → Gendan fra sikkerhedskopi …).</source>
        <translation>Correct the values, or restore from a backup (File → Restore from backup …).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_action.py" line="40" />
        <source>Sammenlign &amp;forsøg …</source>
        <translation>Compare &amp;trials …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_action.py" line="43" />
        <source>Vis forsøgene side om side: tabel pr. tema, indekserede grafer, effektstørrelser</source>
        <translation>Show the trials side by side: a table per theme, indexed charts, effect sizes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="70" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="80" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="83" />
        <source>Eksportér forsøg</source>
        <translation>Export trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="72" />
        <source>Effektmåling-forsøg (*.json)</source>
        <translation>Effektmåling trial (*.json)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="84" />
        <source>Forsøget «%1» er gemt i %2 (%3 indikatorer, %4 målinger).</source>
        <translation>The trial '%1' was saved to %2 (%3 indicators, %4 measurements).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="94" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="94" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="109" />
        <source>Ændret begge steder, siden I sidst var enige.</source>
        <translation>Changed in both places since you last agreed.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="110" />
        <source>Slettet her, men ændret i filen.</source>
        <translation>Deleted here, but changed in the file.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="111" />
        <source>To forskellige målinger på samme dato.</source>
        <translation>Two different measurements on the same date.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="112" />
        <source>To forskellige vurderinger af samme bundlinje.</source>
        <translation>Two different assessments of the same bottom line.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="117" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="117" />
        <source>Min version (databasen)</source>
        <translation>My version (the database)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="117" />
        <source>Deres version (filen)</source>
        <translation>Their version (the file)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="131" />
        <source>Sidst ændret (UTC)</source>
        <translation>Last changed (UTC)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="135" />
        <source>(slettet)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="148" />
        <source>Behold min version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="148" />
        <source>Behold slettet</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="149" />
        <source>Tag deres version</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="190" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="269" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="274" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="303" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="312" />
        <source>Importér forsøg</source>
        <translation>Import trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="216" />
        <source>Min version i alle</source>
        <translation>My version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="217" />
        <source>Deres version i alle</source>
        <translation>Their version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="227" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="116" />
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="236" />
        <source>Forsøget «%1» findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.</source>
        <translation>The trial '%1' is not in the database and will be created with %2 indicators and %3 measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="239" />
        <source>Forsøget «%1» findes i databasen og flettes: %2 tilføjes, %3 opdateres, %4 uændrede.</source>
        <translation>The trial '%1' is already in the database and will be merged: %2 added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="243" />
        <source>1 konflikt: vælg, hvilken version der gælder.</source>
        <translation>1 conflict: choose which version applies.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="244" />
        <source>%1 konflikter: vælg for hver, hvilken version der gælder.</source>
        <translation>%1 conflicts: choose which version applies for each.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="258" />
        <source>1 konflikt mangler et valg.</source>
        <translation>1 conflict still needs a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="259" />
        <source>%1 konflikter mangler et valg.</source>
        <translation>%1 conflicts still need a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="270" />
        <source>Databasen er ændret, mens dialogen var åben, og der er nye konflikter. Intet er ændret; åbn filen igen.</source>
        <translation>The database was changed while the dialog was open, and there are new conflicts. Nothing was changed; open the file again.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="291" />
        <source>Import af forsøget «{name}»</source>
        <translation>Import of the trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="292" />
        <source>Sammenfletning af «{name}» (1 ændring)</source>
        <translation>Merge of '{name}' (1 change)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="293" />
        <source>Sammenfletning af «{name}» ({n} ændringer)</source>
        <translation>Merge of '{name}' ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="304" />
        <source>Effektmåling-forsøg (*.json);;Alle filer (*)</source>
        <translation>Effektmåling trial (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="107" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="153" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="156" />
        <source>Importér målinger</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="146" />
        <source>Import af målinger i «{where}»</source>
        <translation>Import of measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="147" />
        <source>Import af 1 måling i «{where}»</source>
        <translation>Import of 1 measurement into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="148" />
        <source>Import af {n} målinger i «{where}»</source>
        <translation>Import of {n} measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="165" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="186" />
        <source>Vælg fil</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="166" />
        <source>En CSV-fil (semikolon eller komma) eller et Excel-ark (.xlsx).</source>
        <translation>A CSV file (semicolon or comma separated) or an Excel sheet (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="179" />
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="180" />
        <source>Ark:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="187" />
        <source>Regneark og CSV (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="203" />
        <source>Excel-ark «%1»</source>
        <translation>Excel sheet '%1'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="204" />
        <source>CSV, tegnsæt %1, skilletegn «%2»</source>
        <translation>CSV, encoding %1, delimiter '%2'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="206" />
        <source>%1; kolonner: %2</source>
        <translation>%1; columns: %2</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="231" />
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="232" />
        <source>Hvilke kolonner holder hvad? Kolonner med kendte overskrifter er valgt på forhånd.</source>
        <translation>Which column holds what? Columns with known headings are preselected.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="233" />
        <source>Lang form: én række pr. måling</source>
        <translation>Long form: one row per measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="234" />
        <source>Bred form: en datokolonne og én kolonne pr. indikator</source>
        <translation>Wide form: a date column and one column per indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="240" />
        <source>Komma (12,5)</source>
        <translation>Comma (12,5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="241" />
        <source>Punktum (12.5)</source>
        <translation>Point (12.5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="248" />
        <source>Importér til indikator:</source>
        <translation>Import into indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="262" />
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="263" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="421" />
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="70" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="263" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="370" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="68" />
        <source>Spredning (sd)</source>
        <translation>Standard deviation (sd)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="68" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="371" />
        <source>Tæller</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="69" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="371" />
        <source>Nævner</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="69" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="372" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="169" />
        <source>Gennemse …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="274" />
        <source>Decimaltegn i tekst:</source>
        <translation>Decimal separator in text:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="295" />
        <source>Fra kolonnen «Indikator» i filen</source>
        <translation>From the file's 'Indicator' column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="318" />
        <source>(spring over)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="358" />
        <source>Vælg mindst én kolonne med en indikator.</source>
        <translation>Choose at least one column with an indicator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="377" />
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="378" />
        <source>De første rækker, som de vil blive læst. Røde rækker har fejl.</source>
        <translation>The first rows, as they will be read. Red rows have errors.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="416" />
        <source>Kontrol</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="417" />
        <source>Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden.</source>
        <translation>The whole file has been checked. Nothing is imported unless every row is in order.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="370" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="421" />
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="421" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="425" />
        <source>Opdatér de eksisterende målinger med filens værdier</source>
        <translation>Update the existing measurements with the file's values</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="426" />
        <source>Spring rækkerne over (behold de eksisterende målinger)</source>
        <translation>Skip those rows (keep the existing measurements)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="464" />
        <source>%1 rækker læst, %2 målinger.</source>
        <translation>%1 rows read, %2 measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="467" />
        <source>1 række har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>1 row has errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="468" />
        <source>%1 rækker har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>%1 rows have errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="471" />
        <source>Ingen fejl.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="475" />
        <source>Bruges ikke: {columns}. Vælg dem under Kolonner, hvis de skal med.</source>
        <translation>Not used: {columns}. Choose them under Columns if they should be imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="489" />
        <source>1 dato har allerede en måling i databasen. Hvad skal der ske med den?</source>
        <translation>1 date already has a measurement in the database. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="490" />
        <source>%1 datoer har allerede en måling i databasen. Hvad skal der ske med dem?</source>
        <translation>%1 dates already have a measurement in the database. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="32" />
        <source>CSV, dansk (semikolon, decimalkomma) (*.csv)</source>
        <translation>CSV, Danish (semicolon, decimal comma) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="33" />
        <source>CSV, international (komma, decimalpunktum) (*.csv)</source>
        <translation>CSV, international (comma, decimal point) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="39" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="47" />
        <source>Eksportér målinger</source>
        <translation>Export measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="57" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="312" />
        <source>Vælg et forsøg</source>
        <translation>Choose a trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="57" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="312" />
        <source>Vælg først et forsøg i oversigten.</source>
        <translation>First choose a trial on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="69" />
        <source>1 måling importeret</source>
        <translation>1 measurement imported</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="69" />
        <source>{n} målinger importeret</source>
        <translation>{n} measurements imported</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="88" />
        <source>Importér &amp;målinger …</source>
        <translation>Import &amp;measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="89" />
        <source>Eksportér må&amp;linger …</source>
        <translation>Export mea&amp;surements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="90" />
        <source>&amp;Eksportér forsøg …</source>
        <translation>E&amp;xport trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="91" />
        <source>&amp;Importér forsøg …</source>
        <translation>&amp;Import trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="75" />
        <source>Effektrapport – {name}</source>
        <translation>Effect report – {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="81" />
        <source>Indikatorer i rapporten</source>
        <translation>Indicators in the report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="88" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="88" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="101" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="101" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="110" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="114" />
        <source>Baselinen bevares altid: den er det, opfølgningen sammenlignes med.</source>
        <translation>The baseline is always kept: it is what the follow-up is compared with.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="123" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="126" />
        <source>&amp;Opdatér forhåndsvisning</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="155" />
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="156" />
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="227" />
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="316" />
        <source>Effekt&amp;rapport …</source>
        <translation>&amp;Effect report …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="157" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="227" />
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="236" />
        <source>Effektrapport {name}.pdf</source>
        <translation>Effect report {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="251" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="258" />
        <source>Gem effektrapport</source>
        <translation>Save effect report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="252" />
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="258" />
        <source>Rapporten kunne ikke gemmes: {error}</source>
        <translation>The report could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/safe_open.py" line="34" />
        <source>Vil du åbne databasen skrivebeskyttet?</source>
        <translation>Do you want to open the database read-only?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/safety_actions.py" line="19" />
        <source>&amp;Gendan fra sikkerhedskopi …</source>
        <translation>Restore from &amp;backup …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/safety_actions.py" line="32" />
        <source>Ændrings&amp;log</source>
        <translation>Change &amp;log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/safety_actions.py" line="44" />
        <source>&amp;Kontrollér database</source>
        <translation>&amp;Check database</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="32" />
        <source>Forbedret</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="33" />
        <source>Forværret</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="34" />
        <source>Ingen påviselig ændring</source>
        <translation>No detectable change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="35" />
        <source>For få data</source>
        <translation>Insufficient data</translation>
    </message>
</context>
</TS>