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
        <location filename="../../effektmaaling/ui/about.py" line="63" />
        <source>Licenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="65" />
        <source>Indbyggede komponenter</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="65" />
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="65" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="66" />
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="67" />
        <source>Qt og PySide6 bruges under LGPL-3.0; kildekoden findes hos Qt-projektet.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0; the source code is available from the Qt project.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="126" />
        <source>Ingen målinger endnu.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="131" />
        <source>{n} målinger fra {first} til {last}</source>
        <translation>{n} measurements from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="133" />
        <source>seneste {value}</source>
        <translation>latest {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="135" />
        <source>baseline {value}</source>
        <translation>baseline {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="137" />
        <source>mål {value}</source>
        <translation>target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="139" />
        <source>{n} signaler</source>
        <translation>{n} signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="162" />
        <location filename="../../effektmaaling/ui/chart.py" line="209" />
        <source>Graf over målingerne</source>
        <translation>Chart of the measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="208" />
        <source>Graf: {title}</source>
        <translation>Chart: {title}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="251" />
        <source>Baseline (gennemsnit)</source>
        <translation>Baseline (mean)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="258" />
        <source>Kontrolgrænser</source>
        <translation>Control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="275" />
        <location filename="../../effektmaaling/ui/chart.py" line="281" />
        <location filename="../../effektmaaling/ui/indicator_view.py" line="66" />
        <source>Median (seriediagram)</source>
        <translation>Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="285" />
        <location filename="../../effektmaaling/ui/chart.py" line="289" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="311" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="661" />
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="317" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="65" />
        <source>Signal: forbedring</source>
        <translation>Signal: improvement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="318" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="65" />
        <source>Signal: forværring</source>
        <translation>Signal: deterioration</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="349" />
        <source>Ingen målinger endnu. Skriv den første i tabellen nedenfor, indsæt fra Excel med Ctrl+V, eller importér en fil med Fil → Importér målinger …</source>
        <translation>No measurements yet. Type the first in the table below, paste from Excel with Ctrl+V, or import a file with File → Import measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="353" />
        <source>Ingen målinger endnu</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="21" />
        <source>uden for kontrolgrænserne</source>
        <translation>outside the control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="22" />
        <source>skift (7 punkter på samme side)</source>
        <translation>shift (7 points on the same side)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="23" />
        <source>tendens (6 punkter i træk)</source>
        <translation>trend (6 points in a row)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="24" />
        <source>2 af 3 nær grænsen</source>
        <translation>2 of 3 near the limit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="43" />
        <source>Mål {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="45" />
        <source>Forsøget starter</source>
        <translation>Trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="43" />
        <source>Ikke målt</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="113" />
        <source>Klik eller tryk Enter for at åbne indikatoren</source>
        <translation>Click or press Enter to open the indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="59" />
        <source>procentpoint</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="66" />
        <source>mål {t}</source>
        <translation>target {t}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="68" />
        <source>({p} nået)</source>
        <translation>({p} attained)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="77" />
        <source>Analysen er ikke tilgængelig.</source>
        <translation>The analysis is not available.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="93" />
        <source>Test: {m}, {p}, 95 %-konfidensinterval for ændringen {lo} til {hi}</source>
        <translation>Test: {m}, {p}, 95% confidence interval for the change {lo} to {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="103" />
        <source>Kontroldiagram ({c}): midterlinje {m}, grænser {lo} – {hi}</source>
        <translation>Control chart ({c}): centre line {m}, limits {lo} – {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="107" />
        <source>Intet kontroldiagram: {r}</source>
        <translation>No control chart: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="111" />
        <source>Tendens i opfølgningen: {s}</source>
        <translation>Trend in the follow-up: {s}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="113" />
        <source>Baseline er indtastet manuelt (ingen målinger til og med {d})</source>
        <translation>The baseline was typed in (no measurements up to and including {d})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="97" />
        <source>Ingen test: {r}</source>
        <translation>No test: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="202" />
        <source>Start {date}</source>
        <translation>Start {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="204" />
        <source>slut {date}</source>
        <translation>end {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="207" />
        <source>Illustrative demodata</source>
        <translation>Illustrative demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="124" />
        <source>Sortér efter effektstørrelse (+ = forbedring), derefter status</source>
        <translation>Sort by effect size (+ = improvement), then status</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="140" />
        <source>se advarsler</source>
        <translation>see warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="200" />
        <source>Sammenlign forsøg</source>
        <translation>Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="206" />
        <source>Forsøg at sammenligne</source>
        <translation>Trials to compare</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="210" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="234" />
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="217" />
        <source>(uden tema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="234" />
        <source>Forsøg (mindst to)</source>
        <translation>Trials (at least two)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="238" />
        <location filename="../../effektmaaling/ui/dashboard.py" line="210" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="92" />
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="238" />
        <source>Interessenter</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="261" />
        <source>Eksportér tabel (XLSX) …</source>
        <translation>Export table (XLSX) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="264" />
        <source>Sammenligningsrapport (PDF) …</source>
        <translation>Comparison report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="269" />
        <source>Effektstørrelse: + betyder forbedring (fortegnet er vendt, hvor fald er bedre). Klik på en kolonneoverskrift for at sortere.</source>
        <translation>Effect size: + means improvement (the sign is reversed where a decrease is better). Click a column heading to sort.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="294" />
        <source>Effektstørrelser med 95 %-konfidensinterval</source>
        <translation>Effect sizes with 95% confidence intervals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="312" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="313" />
        <source>Indeksgrafer</source>
        <translation>Index charts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="314" />
        <source>Effektstørrelser</source>
        <translation>Effect sizes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="315" />
        <source>Bundlinjer</source>
        <translation>Bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="583" />
        <source>Ingen advarsler: de fælles temaer har samme enhed og måletype, og alle har nok målinger.</source>
        <translation>No warnings: the shared themes have the same unit and measure type, and all have enough measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="307" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="316" />
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="251" />
        <source>Sammenligningstabel</source>
        <translation>Comparison table</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="299" />
        <source>Bundlinjer side om side</source>
        <translation>Bottom lines side by side</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="311" />
        <source>Sammenligningens visninger</source>
        <translation>Views of the comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="321" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="578" />
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="419" />
        <source>Vælg mindst to forsøg til venstre.</source>
        <translation>Choose at least two trials on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="454" />
        <source> (højere er bedre)</source>
        <translation> (higher is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="454" />
        <source> (lavere er bedre)</source>
        <translation> (lower is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="548" />
        <source>Samlet</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="553" />
        <source>ikke målt</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="554" />
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="555" />
        <source>Beregnet: {c}
Vurderet: {a}</source>
        <translation>Computed: {c}
Assessed: {a}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="556" />
        <source>(uenige)</source>
        <translation>(disagree)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="585" />
        <source>Advarsler ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="593" />
        <source>Eksportér sammenligning</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="594" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="33" />
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="604" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="604" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="625" />
        <source>Filen kunne ikke skrives: {e}</source>
        <translation>The file could not be written: {e}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="613" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="625" />
        <source>Sammenligningsrapport</source>
        <translation>Comparison report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="614" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="159" />
        <source>Oversigt over forsøget</source>
        <translation>Trial overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="199" />
        <source>Oversigt over forsøget {name}</source>
        <translation>Overview of the trial {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="223" />
        <source>Forsøget har endnu ingen indikatorer. Vælg Redigér → Ny indikator …</source>
        <translation>The trial has no indicators yet. Choose Edit → New indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="248" />
        <source>Bundlinje</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="248" />
        <source>Beregnet ud fra indikatorerne</source>
        <translation>Computed from the indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="248" />
        <source>Teamets vurdering</source>
        <translation>Team's assessment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="263" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="303" />
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="265" />
        <source>afviger fra det beregnede</source>
        <translation>differs from the computed verdict</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="272" />
        <source>Samlet: {text}</source>
        <translation>Overall: {text}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/errors.py" line="47" />
        <source>Beklager, der skete en uventet fejl. Dine gemte data er i orden.

Detaljerne er skrevet i logfilen:
{path}</source>
        <translation>Sorry, an unexpected error occurred. Your saved data are safe.

The details were written to the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="86" />
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="86" />
        <source>Redigér indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="122" />
        <source>fx Borgere i uddannelse eller job</source>
        <translation>e.g. Citizens in education or work</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="123" />
        <source>valgfrit, fx Recovery</source>
        <translation>optional, e.g. Recovery</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="124" />
        <source>Indikatorer i forskellige forsøg med samme tema sammenlignes i Vis → Sammenlign forsøg</source>
        <translation>Indicators in different trials with the same theme are compared in View → Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="131" />
        <source>fx dage, timer, point</source>
        <translation>e.g. days, hours, points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="132" />
        <source>fx Sagssystemet, månedlig udtræk</source>
        <translation>e.g. The case system, monthly extract</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="133" />
        <source>Sidste dag i baselineperioden (medregnet). Tom: dagen før forsøgets start</source>
        <translation>The last day of the baseline period (included). Empty: the day before the trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="134" />
        <source>Bruges kun, når der ikke er målinger i baselineperioden</source>
        <translation>Used only when there are no measurements in the baseline period</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="135" />
        <source>Hvilke målinger efter baseline der udgør niveauet nu, som sammenlignes med baselinen</source>
        <translation>Which measurements after the baseline make the current level that is compared with the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="143" />
        <source>Baseline er målingerne til og med datoen ovenfor (tom: før forsøgets start). Niveauet nu er målingerne i den aktuelle periode. Målet er den værdi, forsøget sigter mod.</source>
        <translation>The baseline is the measurements up to and including the date above (empty: before the trial start). The current level is the measurements in the current period. The target is the value the trial aims for.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="278" />
        <source>Opret indikator »{name}«</source>
        <translation>Create indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="283" />
        <source>Ret indikator »{name}«</source>
        <translation>Edit indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="138" />
        <source>Indikatoren</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="139" />
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="141" />
        <source>Baseline og mål</source>
        <translation>Baseline and target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="149" />
        <source>Opret indikator</source>
        <translation>Create indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="149" />
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="150" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="273" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="171" />
        <source>Måletypen kan ikke ændres, når indikatoren har målinger</source>
        <translation>The measure type cannot be changed while the indicator has measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="52" />
        <source>Redigér indikator …</source>
        <translation>Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="63" />
        <source>Kontrolgrænser og signaler</source>
        <translation>Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="92" />
        <source>Skriv en ny måling i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Indsæt en blok fra Excel med Ctrl+V. Ctrl+Z fortryder.</source>
        <translation>Type a new measurement in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Paste a block from Excel with Ctrl+V. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="122" />
        <source>Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Redigér → Nyt forsøg (Ctrl+N).</source>
        <translation>Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="197" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="198" />
        <source>Opret en tom database i en ny fil</source>
        <translation>Create an empty database in a new file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="199" />
        <source>Å&amp;bn database …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="201" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="202" />
        <location filename="../../effektmaaling/ui/main_window.py" line="209" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="203" />
        <location filename="../../effektmaaling/ui/main_window.py" line="210" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="204" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="204" />
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="213" />
        <source>Ny&amp;t forsøg …</source>
        <translation>New &amp;trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="214" />
        <source>Ny indi&amp;kator …</source>
        <translation>New &amp;indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="216" />
        <source>&amp;Redigér indikator …</source>
        <translation>&amp;Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="218" />
        <source>Flyt indikator &amp;op</source>
        <translation>Move indicator u&amp;p</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="220" />
        <source>Flyt indikator &amp;ned</source>
        <translation>Move indicator do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="222" />
        <source>&amp;Arkivér eller genåbn forsøg</source>
        <translation>&amp;Archive or reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="223" />
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="224" />
        <source>Slet det valgte forsøg eller den valgte indikator (kan fortrydes)</source>
        <translation>Delete the selected trial or indicator (can be undone)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="225" />
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="227" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="230" />
        <source>&amp;Oversigt over forsøget</source>
        <translation>Trial &amp;overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="232" />
        <source>Forsøgets &amp;detaljer</source>
        <translation>Trial &amp;details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="234" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="235" />
        <source>&amp;Kontrolgrænser og signaler</source>
        <translation>&amp;Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="238" />
        <source>&amp;Median (seriediagram)</source>
        <translation>&amp;Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="241" />
        <source>Vis &amp;arkiverede forsøg</source>
        <translation>Show &amp;archived trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="245" />
        <source>&amp;Eksportér graf …</source>
        <translation>&amp;Export chart …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="247" />
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="248" />
        <source>&amp;Tal og datoer</source>
        <translation>&amp;Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="277" />
        <source>Fortrudt: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="277" />
        <source>Gentaget: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="284" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="288" />
        <source>&amp;Seneste databaser</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="294" />
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="641" />
        <source>Slet forsøget »{name}« med {n} indikatorer og alle deres målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}' with {n} indicators and all their measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="643" />
        <source>Slet forsøg »{name}«</source>
        <translation>Delete trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="648" />
        <source>Slet indikatoren »{name}« og dens {m} målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}' and its {m} measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="650" />
        <source>Slet indikator »{name}«</source>
        <translation>Delete indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="711" />
        <source>Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).
Datoer skrives som 31-12-2014, 31.12.2014 eller 2014-12-31.

I måletabellen tilføjer du en måling ved at skrive i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.</source>
        <translation>Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).
Dates are written as 31-12-2014, 31.12.2014 or 2014-12-31.

In the measurement table you add a measurement by typing in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="300" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="305" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="312" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="321" />
        <source>Visninger</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="390" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="396" />
        <source>Åbner {path} …</source>
        <translation>Opening {path} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="399" />
        <source>{path} · {t} forsøg · {m} målinger</source>
        <translation>{path} · {t} trials · {m} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="510" />
        <location filename="../../effektmaaling/ui/main_window.py" line="513" />
        <source>Dagens sikkerhedskopi kunne ikke laves: {reason}</source>
        <translation>Today's backup could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="520" />
        <source>Dagens sikkerhedskopi er lavet.</source>
        <translation>Today's backup has been made.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="542" />
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="543" />
        <source>En ny række i {names} kan ikke gemmes, fordi den er ufuldstændig eller har en fejl (se markeringen i tabellen).

Luk alligevel og kassér rækken?</source>
        <translation>A new row in {names} cannot be saved because it is incomplete or has an error (see the mark in the table).

Close anyway and discard the row?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="622" />
        <source>Flyt indikator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="630" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="512" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="592" />
        <source>Arkivér forsøg</source>
        <translation>Archive trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="630" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="512" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="592" />
        <source>Genåbn forsøg</source>
        <translation>Reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="651" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="659" />
        <source>Slettet. Fortryd med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="687" />
        <source>Eksportér graf</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="688" />
        <source>PNG-billede (*.png);;SVG-tegning (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="692" />
        <source>Grafen er gemt i {path}</source>
        <translation>The chart was saved to {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="710" />
        <source>Tal og datoer</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="723" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="730" />
        <location filename="../../effektmaaling/ui/main_window.py" line="736" />
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="731" />
        <source>Effektmåling-database (*.db)</source>
        <translation>Effektmåling database (*.db)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="737" />
        <source>Filen {path} findes allerede. Vælg Åbn database for at åbne den.</source>
        <translation>The file {path} already exists. Choose Open database to open it.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="742" />
        <source>Åbn database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="743" />
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
        <location filename="../../effektmaaling/ui/import_wizard.py" line="68" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="380" />
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
        <location filename="../../effektmaaling/ui/measurement_table.py" line="150" />
        <source>Den nye række i »{name}« er ikke gemt: den venter, når du vender tilbage.</source>
        <translation>The new row in '{name}' is not saved: it is waiting for you when you come back.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="370" />
        <source>Ret {field} {date} i »{indicator}«</source>
        <translation>Edit {field} {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="447" />
        <source>Tilføj måling {date} i »{indicator}«</source>
        <translation>Add measurement {date} to '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="532" />
        <source>Indsæt 1 måling i »{indicator}«</source>
        <translation>Paste 1 measurement into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="533" />
        <source>Indsæt {n} målinger i »{indicator}«</source>
        <translation>Paste {n} measurements into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="591" />
        <source>Slet målingen {date} i »{indicator}«</source>
        <translation>Delete the measurement {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="593" />
        <source>Slet {n} målinger i »{indicator}«</source>
        <translation>Delete {n} measurements in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="611" />
        <source>Ryd {n} celler i »{indicator}«</source>
        <translation>Clear {n} cells in '{indicator}'</translation>
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
        <location filename="../../effektmaaling/ui/navigator.py" line="77" />
        <source>Søg i forsøg og indikatorer (Ctrl+F)</source>
        <translation>Search trials and indicators (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="79" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="80" />
        <source>Ryd søgningen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="98" />
        <source>Forsøg og indikatorer</source>
        <translation>Trials and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="221" />
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="226" />
        <source>{name}: oversigt over effekterne</source>
        <translation>{name}: overview of the effects</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="231" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="341" />
        <source>Forsøgets detaljer</source>
        <translation>Trial details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="20" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="27" />
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="30" />
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="93" />
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="96" />
        <source>Punktliste</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="195" />
        <source>Ny milepæl</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="195" />
        <source>Redigér milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="198" />
        <source>fx Teams etableret</source>
        <translation>e.g. Teams established</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="201" />
        <source>Markér milepælen som starten på en ny praksis: seriediagrammets og kontroldiagrammets midterlinje og kontrolgrænser beregnes forfra fra denne dato (fra fasens første 12 målinger), og signaler vurderes mod fasens egne grænser.</source>
        <translation>Mark the milestone as the start of a new practice: the run and control charts' centre line and control limits are computed afresh from this date (from the phase's first 12 measurements), and signals are judged against the phase's own limits.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="233" />
        <source>Dato: skal udfyldes</source>
        <translation>Date: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="236" />
        <source>Tekst: skal udfyldes</source>
        <translation>Text: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="255" />
        <source>Nyt forsøg</source>
        <translation>New trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="258" />
        <source>fx FriNoVa</source>
        <translation>e.g. FriNoVa</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="272" />
        <source>Opret forsøg</source>
        <translation>Create trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="304" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="313" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="609" />
        <source>Vurdering af {line}</source>
        <translation>Assessment of {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="306" />
        <source>Begrundelse: hvad viser erfaringerne?</source>
        <translation>Justification: what does experience show?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="94" />
        <source>Fed</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="95" />
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="104" />
        <source>Genvej: {keys}</source>
        <translation>Shortcut: {keys}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="199" />
        <source>Ny praksis (faseskift)</source>
        <translation>New practice (phase change)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="285" />
        <source>Opret forsøg »{name}«</source>
        <translation>Create trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="307" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="311" />
        <source>{field} for {line}</source>
        <translation>{field} for {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="310" />
        <source>Dokumentation: fx interviews, referater, evalueringer</source>
        <translation>Evidence: e.g. interviews, minutes, evaluations</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="360" />
        <source>Tallene er illustrative (demodata), ikke rigtige data</source>
        <translation>The figures are illustrative (demo data), not real data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="366" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="369" />
        <source>Forsøget</source>
        <translation>The trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="403" />
        <source>Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.</source>
        <translation>Problem, activities and the expected change. The text is included in the effect report.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="410" />
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="424" />
        <source>Tilføj milepæl …</source>
        <translation>Add milestone …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="425" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="426" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="432" />
        <source>Milepælene vises som lodrette markeringer i graferne.</source>
        <translation>Milestones are shown as vertical markers in the charts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="438" />
        <source>Kvalitativ vurdering af de fem bundlinjer</source>
        <translation>Qualitative assessment of the five bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="440" />
        <source>Teamets egen vurdering står ved siden af den beregnede i oversigten.</source>
        <translation>The team's own assessment is shown beside the computed one in the overview.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="486" />
        <source>Forsøgets detaljer: {name}</source>
        <translation>Trial details: {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="487" />
        <source>Oprettet {created} · sidst ændret {updated}</source>
        <translation>Created {created} · last changed {updated}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="510" />
        <source>Forsøget er arkiveret: det vises nedtonet og kan genåbnes.</source>
        <translation>The trial is archived: it is shown dimmed and can be reopened.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="511" />
        <source>Arkivér forsøget, når det er afsluttet og afrapporteret.</source>
        <translation>Archive the trial when it has ended and been reported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="525" />
        <source>{text} (ny praksis)</source>
        <translation>{text} (new practice)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="578" />
        <source>Ret {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="602" />
        <source>Vælg en vurdering, før begrundelsen kan gemmes.</source>
        <translation>Choose a verdict before the justification can be saved.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="639" />
        <source>Tilføj milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="642" />
        <source>Ret milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="656" />
        <source>Fjern milepæl »{text}«</source>
        <translation>Remove milestone '{text}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="27" />
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
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="136" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="157" />
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
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="82" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="68" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="379" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="82" />
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="82" />
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="82" />
        <source>Forsøg</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="88" />
        <source>Der er endnu ingen sikkerhedskopier af denne database.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="90" />
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="91" />
        <source>Åbn &amp;mappe</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="147" />
        <source>Gendan sikkerhedskopien fra {when} ({trials} forsøg)?

Databasens nuværende indhold erstattes. Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og fortryd-historikken slettes. Det nuværende indhold gemmes først som sikkerhedskopi, så du kan gendanne det herfra.</source>
        <translation>Restore the backup of {when} ({trials} trials)?

The database's current content is replaced. The restore cannot be undone with Ctrl+Z: the database is opened anew and the undo history is cleared. The current content is first saved as a backup, so you can restore it from here.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="93" />
        <source>Ændringslog</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="106" />
        <source>Vis ændringer for forsøg</source>
        <translation>Show changes for trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="107" />
        <source>Alle forsøg</source>
        <translation>All trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="111" />
        <source>Vis ændringer for indikator</source>
        <translation>Show changes for indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="112" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="116" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="108" />
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="117" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="109" />
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="124" />
        <source>Forsøg:</source>
        <translation>Trial:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="126" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="135" />
        <source>Ændringsloggen</source>
        <translation>The change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="148" />
        <source>Eksportér til CSV …</source>
        <translation>Export to CSV …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="177" />
        <source>Alle indikatorer</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="205" />
        <source>{n} ændringer</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="205" />
        <source>1 ændring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="206" />
        <source>De nyeste {n} ændringer</source>
        <translation>The latest {n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="212" />
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="222" />
        <source>Eksportér ændringslog</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="213" />
        <source>ændringslog.csv</source>
        <translation>change-log.csv</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="214" />
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
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="75" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="86" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="89" />
        <source>Eksportér forsøg</source>
        <translation>Export trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="78" />
        <source>Effektmåling-forsøg (*.json)</source>
        <translation>Effektmåling trial (*.json)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="100" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="100" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="90" />
        <source>Forsøget »%1« er gemt i %2 (%3 indikatorer, %4 målinger).</source>
        <translation>The trial '%1' was saved to %2 (%3 indicators, %4 measurements).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="139" />
        <source>(slettet af %1, %2)</source>
        <translation>(deleted by %1, %2)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="142" />
        <source>Feltet »%1« er ændret forskelligt i databasen og i filen siden sidste fælles version; de øvrige ændringer flettes uden konflikt.</source>
        <translation>The field '%1' was changed differently in the database and in the file since the last common version; the other changes are merged without conflict.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="146" />
        <source>Slettet her, men ændret i filen.</source>
        <translation>Deleted here, but changed in the file.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="147" />
        <source>Slettet i filen, men ændret her.</source>
        <translation>Deleted in the file, but changed here.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="148" />
        <source>To forskellige målinger på samme dato.</source>
        <translation>Two different measurements on the same date.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="149" />
        <source>To forskellige vurderinger af samme bundlinje.</source>
        <translation>Two different assessments of the same bottom line.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="155" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="155" />
        <source>Databasens version</source>
        <translation>The database's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="155" />
        <source>Filens version</source>
        <translation>The file's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="191" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="198" />
        <source>Brug filens version</source>
        <translation>Use the file's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="193" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="198" />
        <source>Behold databasens version</source>
        <translation>Keep the database's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="193" />
        <source>Slet (som i filen)</source>
        <translation>Delete (as in the file)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="195" />
        <source>Behold databasens værdi</source>
        <translation>Keep the database's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="196" />
        <source>Brug filens værdi</source>
        <translation>Use the file's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="267" />
        <source>Databasens version i alle</source>
        <translation>The database's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="268" />
        <source>Filens version i alle</source>
        <translation>The file's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="287" />
        <source>Forsøget »%1« findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.</source>
        <translation>The trial '%1' is not in the database and will be created with %2 indicators and %3 measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="290" />
        <source>Forsøget »%1« findes i databasen og flettes: %2 tilføjes, %3 opdateres, %4 slettes, %5 uændrede.</source>
        <translation>The trial '%1' is already in the database and will be merged: %2 added, %3 updated, %4 deleted, %5 unchanged.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="323" />
        <source>Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på samme dato). Intet er ændret; åbn filen igen.</source>
        <translation>The choices or a change in the database give new conflicts (e.g. two measurements on one date). Nothing was changed; open the file again.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="344" />
        <source>Import af forsøget »{name}«</source>
        <translation>Import of the trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="345" />
        <source>Sammenfletning af »{name}« (1 ændring)</source>
        <translation>Merge of '{name}' (1 change)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="346" />
        <source>Sammenfletning af »{name}« ({n} ændringer)</source>
        <translation>Merge of '{name}' ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="366" />
        <source>Importér filen som et nyt forsøg med nye id'er?</source>
        <translation>Import the file as a new trial with new ids?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="172" />
        <source>Sidst ændret (UTC)</source>
        <translation>Last changed (UTC)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="174" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="175" />
        <source>(slettet)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="191" />
        <source>Behold slettet</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="241" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="322" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="327" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="356" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="365" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="372" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="374" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="377" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="382" />
        <source>Importér forsøg</source>
        <translation>Import trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="278" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="119" />
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="296" />
        <source>1 konflikt: vælg, hvilken version der gælder.</source>
        <translation>1 conflict: choose which version applies.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="297" />
        <source>%1 konflikter: vælg for hver, hvilken version der gælder.</source>
        <translation>%1 conflicts: choose which version applies for each.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="311" />
        <source>1 konflikt mangler et valg.</source>
        <translation>1 conflict still needs a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="312" />
        <source>%1 konflikter mangler et valg.</source>
        <translation>%1 conflicts still need a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="357" />
        <source>Effektmåling-forsøg (*.json);;Alle filer (*)</source>
        <translation>Effektmåling trial (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="110" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="156" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="159" />
        <source>Importér målinger</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="168" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="191" />
        <source>Vælg fil</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="169" />
        <source>En CSV-fil (semikolon eller komma) eller et Excel-ark (.xlsx).</source>
        <translation>A CSV file (semicolon or comma separated) or an Excel sheet (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="184" />
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="185" />
        <source>Ark:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="192" />
        <source>Regneark og CSV (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="211" />
        <source>%1; kolonner: %2</source>
        <translation>%1; columns: %2</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="236" />
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="245" />
        <source>Komma (12,5)</source>
        <translation>Comma (12,5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="246" />
        <source>Punktum (12.5)</source>
        <translation>Point (12.5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="254" />
        <source>Importér til indikator:</source>
        <translation>Import into indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="270" />
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="271" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="432" />
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="71" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="271" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="379" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="69" />
        <source>Spredning (sd)</source>
        <translation>Standard deviation (sd)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="69" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="380" />
        <source>Tæller</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="70" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="380" />
        <source>Nævner</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="70" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="381" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="173" />
        <source>Gennemse …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="283" />
        <source>Decimaltegn i tekst:</source>
        <translation>Decimal separator in text:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="327" />
        <source>(spring over)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="367" />
        <source>Vælg mindst én kolonne med en indikator.</source>
        <translation>Choose at least one column with an indicator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="386" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="391" />
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="427" />
        <source>Kontrol</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="428" />
        <source>Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden.</source>
        <translation>The whole file has been checked. Nothing is imported unless every row is in order.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="379" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="432" />
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="81" />
        <source>Fejl: {text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="149" />
        <source>Import af målinger i »{where}«</source>
        <translation>Import of measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="150" />
        <source>Import af 1 måling i »{where}«</source>
        <translation>Import of 1 measurement into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="151" />
        <source>Import af {n} målinger i »{where}«</source>
        <translation>Import of {n} measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="177" />
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="208" />
        <source>Excel-ark »%1«</source>
        <translation>Excel sheet '%1'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="209" />
        <source>CSV, tegnsæt %1, skilletegn »%2«</source>
        <translation>CSV, encoding %1, delimiter '%2'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="237" />
        <source>Vælg, hvilken kolonne der indeholder hvad. Kolonner med kendte overskrifter er valgt på forhånd.</source>
        <translation>Choose which column holds what. Columns with known headings are preselected.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="238" />
        <source>Én række pr. måling (dato, værdi og evt. indikator)</source>
        <translation>One row per measurement (date, value and perhaps indicator)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="239" />
        <source>Én kolonne pr. indikator og en kolonne med datoen</source>
        <translation>One column per indicator and a column with the date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="253" />
        <source>Importér til indikator</source>
        <translation>Import into indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="260" />
        <source>Kolonne med {field}</source>
        <translation>Column with {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="269" />
        <source>Kolonne med datoen</source>
        <translation>Column with the date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="273" />
        <source>Kolonner og indikatorer</source>
        <translation>Columns and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="304" />
        <source>Fra kolonnen »Indikator« i filen</source>
        <translation>From the file's 'Indicator' column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="387" />
        <source>De første rækker, som de vil blive læst. Rækker med fejl er markeret med et advarselstegn og forklaret i rækken.</source>
        <translation>The first rows, as they will be read. Rows with errors are marked with a warning sign and explained in the row.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="432" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="434" />
        <source>Fejl i filen</source>
        <translation>Errors in the file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="437" />
        <source>Opdatér de eksisterende målinger med filens værdier</source>
        <translation>Update the existing measurements with the file's values</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="438" />
        <source>Spring rækkerne over (behold de eksisterende målinger)</source>
        <translation>Skip those rows (keep the existing measurements)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="476" />
        <source>%1 rækker læst, %2 målinger.</source>
        <translation>%1 rows read, %2 measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="479" />
        <source>1 række har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>1 row has errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="480" />
        <source>%1 rækker har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>%1 rows have errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="483" />
        <source>Ingen fejl.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="487" />
        <source>Bruges ikke: {columns}. Vælg dem under Kolonner, hvis de skal med.</source>
        <translation>Not used: {columns}. Choose them under Columns if they should be imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="501" />
        <source>1 dato har allerede en måling i databasen. Hvad skal der ske med den?</source>
        <translation>1 date already has a measurement in the database. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="502" />
        <source>%1 datoer har allerede en måling i databasen. Hvad skal der ske med dem?</source>
        <translation>%1 dates already have a measurement in the database. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="33" />
        <source>CSV, dansk (semikolon, decimalkomma) (*.csv)</source>
        <translation>CSV, Danish (semicolon, decimal comma) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="34" />
        <source>CSV, international (komma, decimalpunktum) (*.csv)</source>
        <translation>CSV, international (comma, decimal point) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="40" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="48" />
        <source>Eksportér målinger</source>
        <translation>Export measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="58" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="320" />
        <source>Vælg et forsøg</source>
        <translation>Choose a trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="58" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="320" />
        <source>Vælg først et forsøg i oversigten.</source>
        <translation>First choose a trial on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="70" />
        <source>1 måling importeret</source>
        <translation>1 measurement imported</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="70" />
        <source>{n} målinger importeret</source>
        <translation>{n} measurements imported</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="89" />
        <source>Importér &amp;målinger …</source>
        <translation>Import &amp;measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="90" />
        <source>Eksportér må&amp;linger …</source>
        <translation>Export mea&amp;surements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="91" />
        <source>&amp;Eksportér forsøg …</source>
        <translation>E&amp;xport trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="92" />
        <source>&amp;Importér forsøg …</source>
        <translation>&amp;Import trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="76" />
        <source>Effektrapport – {name}</source>
        <translation>Effect report – {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="82" />
        <source>Indikatorer i rapporten</source>
        <translation>Indicators in the report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="89" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="89" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="102" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="102" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="106" />
        <source>Begræns perioden fra en dato</source>
        <translation>Limit the period from a date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="107" />
        <source>Begræns perioden til en dato</source>
        <translation>Limit the period to a date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="115" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="119" />
        <source>Baselinen bevares altid: den er det, opfølgningen sammenlignes med.</source>
        <translation>The baseline is always kept: it is what the follow-up is compared with.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="125" />
        <source>Rapportens sprog</source>
        <translation>The report's language</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="129" />
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="23" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="132" />
        <source>&amp;Opdatér forhåndsvisning</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="151" />
        <source>Forhåndsvisning af rapporten</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="162" />
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="163" />
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="234" />
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="324" />
        <source>Effekt&amp;rapport …</source>
        <translation>&amp;Effect report …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="164" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="234" />
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="243" />
        <source>Effektrapport {name}.pdf</source>
        <translation>Effect report {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="259" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="266" />
        <source>Gem effektrapport</source>
        <translation>Save effect report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="260" />
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="266" />
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
    <message>
        <location filename="../../effektmaaling/ui/file_dialogs.py" line="42" />
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/file_dialogs.py" line="44" />
        <source>{suffix}-fil</source>
        <translation>{suffix} file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/file_dialogs.py" line="44" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="172" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="53" />
        <source>Forbedret</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="54" />
        <source>Forværret</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="55" />
        <source>Ingen påviselig ændring</source>
        <translation>No detectable change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="56" />
        <source>For få data</source>
        <translation>Insufficient data</translation>
    </message>
</context>
</TS>