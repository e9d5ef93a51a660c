<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name />
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="57" />
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="59" />
        <source>Effektmåling af innovationsforsøg og fricenterforsøg mod baseline og mål på de fem bundlinjer. Udviklet til Socialforvaltningen i Københavns Kommune. Licens: MIT.</source>
        <translation>Effect measurement of innovation trials and free-centre trials against baseline and target on the five bottom lines. Developed for the Social Administration of the City of Copenhagen. Licence: MIT.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="65" />
        <source>Licenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="67" />
        <source>Indbyggede komponenter</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="67" />
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="67" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="68" />
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/about.py" line="69" />
        <source>Qt og PySide6 bruges under LGPL-3.0; kildekoden findes hos Qt-projektet.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0; the source code is available from the Qt project.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="76" />
        <source>Ingen målinger endnu.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="81" />
        <source>{n} målinger fra {first} til {last}</source>
        <translation>{n} measurements from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="81" />
        <source>1 måling, {first}</source>
        <translation>1 measurement, {first}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="83" />
        <source>seneste {value}</source>
        <translation>latest {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="85" />
        <source>baseline {value}</source>
        <translation>baseline {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="87" />
        <source>mål {value}</source>
        <translation>target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_data.py" line="89" />
        <source>{n} signaler</source>
        <translation>{n} signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/card_chart.py" line="91" />
        <location filename="../../effektmaaling/ui/card_chart.py" line="102" />
        <location filename="../../effektmaaling/ui/chart.py" line="107" />
        <location filename="../../effektmaaling/ui/chart.py" line="156" />
        <source>Graf over målingerne</source>
        <translation>Chart of the measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/card_chart.py" line="101" />
        <location filename="../../effektmaaling/ui/chart.py" line="155" />
        <source>Graf: {title}</source>
        <translation>Chart: {title}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="198" />
        <location filename="../../effektmaaling/ui/chart.py" line="454" />
        <source>Baseline (gennemsnit)</source>
        <translation>Baseline (mean)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="203" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="204" />
        <source>Baseline (indtastet)</source>
        <translation>Baseline (typed)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="211" />
        <source>Kontrolgrænser</source>
        <translation>Control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="228" />
        <location filename="../../effektmaaling/ui/chart.py" line="234" />
        <location filename="../../effektmaaling/ui/indicator_view.py" line="91" />
        <source>Median (seriediagram)</source>
        <translation>Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="308" />
        <location filename="../../effektmaaling/ui/chart.py" line="417" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="264" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="935" />
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="270" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="69" />
        <source>Signal: forbedring</source>
        <translation>Signal: improvement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="271" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="69" />
        <source>Signal: forværring</source>
        <translation>Signal: deterioration</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="339" />
        <source>Ingen målinger endnu. Skriv den første i tabellen nedenfor, indsæt fra Excel med Ctrl+V, eller importér en fil med Fil → Importér målinger …</source>
        <translation>No measurements yet. Type the first in the table below, paste from Excel with Ctrl+V, or import a file with File → Import measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="59" />
        <location filename="../../effektmaaling/ui/card_chart.py" line="126" />
        <location filename="../../effektmaaling/ui/chart.py" line="343" />
        <source>Ingen målinger endnu</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="489" />
        <location filename="../../effektmaaling/ui/chart.py" line="499" />
        <source>Billedet kunne ikke gemmes i {path}</source>
        <translation>The image could not be saved in {path}</translation>
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
        <location filename="../../effektmaaling/ui/chart.py" line="420" />
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="47" />
        <source>Mål {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="49" />
        <source>Forsøget starter</source>
        <translation>Trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="53" />
        <source>Ikke målt</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="120" />
        <source>Klik eller tryk Enter for at åbne indikatoren</source>
        <translation>Click or press Enter to open the indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="69" />
        <source>procentpoint</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="76" />
        <source>mål {t}</source>
        <translation>target {t}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="78" />
        <source>({p} nået)</source>
        <translation>({p} attained)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="87" />
        <source>Analysen er ikke tilgængelig.</source>
        <translation>The analysis is not available.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="103" />
        <source>Test: {m}, {p}, 95 %-konfidensinterval for ændringen {lo} til {hi}</source>
        <translation>Test: {m}, {p}, 95% confidence interval for the change {lo} to {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="113" />
        <source>Kontroldiagram ({c}): midterlinje {m}, grænser {lo} – {hi}</source>
        <translation>Control chart ({c}): centre line {m}, limits {lo} – {hi}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="117" />
        <source>Intet kontroldiagram: {r}</source>
        <translation>No control chart: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="121" />
        <source>Tendens i opfølgningen: {s}</source>
        <translation>Trend in the follow-up: {s}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="123" />
        <source>Baseline er indtastet manuelt (ingen målinger til og med {d})</source>
        <translation>The baseline was typed in (no measurements up to and including {d})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/analysis_text.py" line="107" />
        <source>Ingen test: {r}</source>
        <translation>No test: {r}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="276" />
        <source>Start {date}</source>
        <translation>Start {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="278" />
        <source>slut {date}</source>
        <translation>end {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="281" />
        <source>Illustrative demodata</source>
        <translation>Illustrative demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="150" />
        <source>Sortér efter effektstørrelse (+ = forbedring), derefter status</source>
        <translation>Sort by effect size (+ = improvement), then status</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="172" />
        <source>se advarsler</source>
        <translation>see warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="243" />
        <source>Sammenlign forsøg</source>
        <translation>Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="249" />
        <source>Forsøg at sammenligne</source>
        <translation>Trials to compare</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="257" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="289" />
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="265" />
        <source>(uden tema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="289" />
        <source>Forsøg (mindst to)</source>
        <translation>Trials (at least two)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="300" />
        <location filename="../../effektmaaling/ui/dashboard.py" line="284" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="95" />
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="300" />
        <source>Interessenter</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="325" />
        <source>Eksportér tabel (XLSX) …</source>
        <translation>Export table (XLSX) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="328" />
        <source>Sammenligningsrapport (PDF) …</source>
        <translation>Comparison report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="333" />
        <source>Effektstørrelse: + betyder forbedring (fortegnet er vendt, hvor fald er bedre). Klik på en kolonneoverskrift for at sortere.</source>
        <translation>Effect size: + means improvement (the sign is reversed where a decrease is better). Click a column heading to sort.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="355" />
        <source>Effektstørrelser med 95 %-konfidensinterval</source>
        <translation>Effect sizes with 95% confidence intervals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="373" />
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="374" />
        <source>Indeksgrafer</source>
        <translation>Index charts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="375" />
        <source>Effektstørrelser</source>
        <translation>Effect sizes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="376" />
        <source>Bundlinjer</source>
        <translation>Bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="903" />
        <source>Ingen advarsler: de fælles temaer har samme enhed og måletype, og alle har nok målinger.</source>
        <translation>No warnings: the shared themes have the same unit and measure type, and all have enough measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="368" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="377" />
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="282" />
        <source>Vælg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="286" />
        <source>Fravælg alle</source>
        <translation>Deselect all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="313" />
        <source>Sammenligningstabel</source>
        <translation>Comparison table</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="360" />
        <source>Bundlinjer side om side</source>
        <translation>Bottom lines side by side</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="372" />
        <source>Sammenligningens visninger</source>
        <translation>Views of the comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="387" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="898" />
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="392" />
        <source>Sammenlign igen</source>
        <translation>Compare again</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="401" />
        <source>Sammenligningens fremdrift</source>
        <translation>Progress of the comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="564" />
        <source>Vælg mindst to forsøg til venstre.</source>
        <translation>Choose at least two trials on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="581" />
        <source>Analyserer forsøg {k} af {n} …</source>
        <translation>Analysing trial {k} of {n} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="583" />
        <source>Sammenligner {n} forsøg …</source>
        <translation>Comparing {n} trials …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="619" />
        <source>Sammenligningen blev annulleret.</source>
        <translation>The comparison was cancelled.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="623" />
        <source>Forsøgene kunne ikke sammenlignes: {e}</source>
        <translation>The trials could not be compared: {e}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="634" />
        <source>Sammenligner …</source>
        <translation>Comparing …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="728" />
        <source> (højere er bedre)</source>
        <translation> (higher is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="728" />
        <source> (lavere er bedre)</source>
        <translation> (lower is better)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="818" />
        <source>(fortsat)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="868" />
        <source>Samlet</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="873" />
        <source>ikke målt</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="874" />
        <source>ikke vurderet</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="875" />
        <source>Beregnet: {c}
Vurderet: {a}</source>
        <translation>Computed: {c}
Assessed: {a}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="876" />
        <source>(uenige)</source>
        <translation>(disagree)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="905" />
        <source>Advarsler ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="913" />
        <source>Eksportér sammenligning</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="914" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="33" />
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="926" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="929" />
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="926" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="969" />
        <source>Filen kunne ikke skrives: {e}</source>
        <translation>The file could not be written: {e}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="929" />
        <source>Eksporterer sammenligningen …</source>
        <translation>Exporting the comparison …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="935" />
        <source>Sammenligningen er gemt: {path}</source>
        <translation>The comparison was saved: {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="942" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="951" />
        <source>Sammenligningsrapport</source>
        <translation>Comparison report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="943" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="957" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="338" />
        <source>Opsætter side {page} …</source>
        <translation>Laying out page {page} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="958" />
        <source>Opsætter side {page} af {pages} …</source>
        <translation>Laying out page {page} of {pages} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="960" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="973" />
        <source>Laver sammenligningsrapporten …</source>
        <translation>Making the comparison report …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="977" />
        <source>Sammenligningsrapporten er gemt: {path}</source>
        <translation>The comparison report was saved: {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/compare_view.py" line="1250" />
        <source>{names} og {n} andre</source>
        <translation>{names} and {n} others</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="168" />
        <source>Oversigt over forsøget</source>
        <translation>Trial overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="253" />
        <location filename="../../effektmaaling/ui/dashboard.py" line="260" />
        <source>Analyserer forsøgets målinger …</source>
        <translation>Analysing the trial's measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="273" />
        <source>Oversigt over forsøget {name}</source>
        <translation>Overview of the trial {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="290" />
        <source>Forsøget har endnu ingen indikatorer. Vælg Redigér → Ny indikator …</source>
        <translation>The trial has no indicators yet. Choose Edit → New indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="356" />
        <source>Bundlinje</source>
        <translation>Bottom line</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="356" />
        <source>Beregnet ud fra indikatorerne</source>
        <translation>Computed from the indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="356" />
        <source>Teamets vurdering</source>
        <translation>Team's assessment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="371" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="321" />
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="373" />
        <source>afviger fra det beregnede</source>
        <translation>differs from the computed verdict</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="380" />
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
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="120" />
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="120" />
        <source>Redigér indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="157" />
        <source>fx Borgere i uddannelse eller job</source>
        <translation>e.g. Citizens in education or work</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="158" />
        <source>valgfrit, fx Recovery</source>
        <translation>optional, e.g. Recovery</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="159" />
        <source>Indikatorer i forskellige forsøg med samme tema sammenlignes i Vis → Sammenlign forsøg</source>
        <translation>Indicators in different trials with the same theme are compared in View → Compare trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="167" />
        <source>fx dage, timer, point</source>
        <translation>e.g. days, hours, points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="168" />
        <source>fx Sagssystemet, månedlig udtræk</source>
        <translation>e.g. The case system, monthly extract</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="169" />
        <source>Sidste dag i baselineperioden (medregnet). Tom: dagen før forsøgets start</source>
        <translation>The last day of the baseline period (included). Empty: the day before the trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="170" />
        <source>Bruges kun, når der ikke er målinger i baselineperioden</source>
        <translation>Used only when there are no measurements in the baseline period</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="171" />
        <source>Hvilke målinger efter baseline der udgør niveauet nu, som sammenlignes med baselinen</source>
        <translation>Which measurements after the baseline make the current level that is compared with the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="181" />
        <source>Baseline er målingerne til og med datoen ovenfor (tom: før forsøgets start). Niveauet nu er målingerne i den aktuelle periode. Målet er den værdi, forsøget sigter mod.</source>
        <translation>The baseline is the measurements up to and including the date above (empty: before the trial start). The current level is the measurements in the current period. The target is the value the trial aims for.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="361" />
        <source>Der findes allerede temaet »{theme}«</source>
        <translation>There is already the theme '{theme}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="385" />
        <source>Opret indikator »{name}«</source>
        <translation>Create indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="413" />
        <source>Ret indikator »{name}«</source>
        <translation>Edit indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="453" />
        <source>indikatoren »{name}«</source>
        <translation>the indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="178" />
        <source>Indikatoren</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="179" />
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="180" />
        <source>Baseline og mål</source>
        <translation>Baseline and target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="187" />
        <source>Opret indikator</source>
        <translation>Create indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="187" />
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/background.py" line="244" />
        <location filename="../../effektmaaling/ui/check_dialog.py" line="49" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="403" />
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="188" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="155" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="291" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/background.py" line="270" />
        <location filename="../../effektmaaling/ui/check_dialog.py" line="99" />
        <location filename="../../effektmaaling/ui/compare_view.py" line="644" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="363" />
        <source>Annullerer …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="234" />
        <source>Måletypen kan ikke ændres, når indikatoren har målinger</source>
        <translation>The measure type cannot be changed while the indicator has measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="77" />
        <source>Redigér indikator …</source>
        <translation>Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="88" />
        <source>Kontrolgrænser og signaler</source>
        <translation>Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="127" />
        <source>Skriv en ny måling i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Indsæt en blok fra Excel med Ctrl+V. Ctrl+Z fortryder.</source>
        <translation>Type a new measurement in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Paste a block from Excel with Ctrl+V. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="148" />
        <source>Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Redigér → Nyt forsøg (Ctrl+N).</source>
        <translation>Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="223" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="224" />
        <source>Opret en tom database i en ny fil</source>
        <translation>Create an empty database in a new file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="225" />
        <source>Å&amp;bn database …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="227" />
        <source>Åbn &amp;delt database …</source>
        <translation>Open s&amp;hared database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="229" />
        <source>Åbn den fælles database på en PostgreSQL-server</source>
        <translation>Open the common database on a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="230" />
        <source>Adgang &amp;til forsøg …</source>
        <translation>&amp;Access to trials …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="231" />
        <source>Hvem må læse og skrive hvilke forsøg i den delte database</source>
        <translation>Who may read and write which trials in the shared database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="233" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="234" />
        <location filename="../../effektmaaling/ui/main_window.py" line="241" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="235" />
        <location filename="../../effektmaaling/ui/main_window.py" line="242" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="236" />
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="236" />
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="245" />
        <source>Ny&amp;t forsøg …</source>
        <translation>New &amp;trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="246" />
        <source>Ny indi&amp;kator …</source>
        <translation>New &amp;indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="248" />
        <source>&amp;Redigér indikator …</source>
        <translation>&amp;Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="250" />
        <source>Flyt indikator &amp;op</source>
        <translation>Move indicator u&amp;p</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="252" />
        <source>Flyt indikator &amp;ned</source>
        <translation>Move indicator do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="254" />
        <source>&amp;Arkivér eller genåbn forsøg</source>
        <translation>&amp;Archive or reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="255" />
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="256" />
        <source>Slet det valgte forsøg eller den valgte indikator (kan fortrydes)</source>
        <translation>Delete the selected trial or indicator (can be undone)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="257" />
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="259" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="262" />
        <source>&amp;Oversigt over forsøget</source>
        <translation>Trial &amp;overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="264" />
        <source>Forsøgets &amp;detaljer</source>
        <translation>Trial &amp;details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="266" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="267" />
        <source>&amp;Kontrolgrænser og signaler</source>
        <translation>&amp;Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="270" />
        <source>&amp;Median (seriediagram)</source>
        <translation>&amp;Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="273" />
        <source>Vis &amp;arkiverede forsøg</source>
        <translation>Show &amp;archived trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="277" />
        <source>&amp;Eksportér graf …</source>
        <translation>&amp;Export chart …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="279" />
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="280" />
        <source>&amp;Tal og datoer</source>
        <translation>&amp;Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="313" />
        <source>Fortrudt: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="313" />
        <source>Gentaget: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="326" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="331" />
        <source>&amp;Seneste databaser</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="339" />
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="441" />
        <source>{database} på {server}</source>
        <translation>{database} on {server}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="455" />
        <source>{where} · logget ind som {login} · {t} forsøg · {m} målinger</source>
        <translation>{where} · logged in as {login} · {t} trials · {m} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="491" />
        <source>Din adgang til forsøget {names} er fjernet af en administrator.</source>
        <translation>Your access to the trial {names} was removed by an administrator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="494" />
        <source>Din adgang til forsøgene er ændret af en administrator.</source>
        <translation>Your access to the trials was changed by an administrator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="701" />
        <source>posten fra trinnet »{step}«</source>
        <translation>the record from the step '{step}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="708" />
        <source>Den anden brugers værdi er beholdt; intet er fortrudt.</source>
        <translation>The other user's value was kept; nothing was undone.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="709" />
        <source>Den anden brugers værdi er beholdt; intet er gentaget.</source>
        <translation>The other user's value was kept; nothing was redone.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="809" />
        <source>Slet forsøget »{name}«?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}'?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="810" />
        <source>Slet forsøget »{name}« med 1 indikator og alle dens målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}' with 1 indicator and all its measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="812" />
        <source>Slet forsøget »{name}« med {n} indikatorer og alle deres målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}' with {n} indicators and all their measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="814" />
        <source>Slet forsøg »{name}«</source>
        <translation>Delete trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="819" />
        <source>Slet indikatoren »{name}«?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}'?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="820" />
        <source>Slet indikatoren »{name}« og dens 1 måling?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}' and its 1 measurement?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="822" />
        <source>Slet indikatoren »{name}« og dens {m} målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}' and its {m} measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="824" />
        <source>Slet indikator »{name}«</source>
        <translation>Delete indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="866" />
        <source>Forsøg: {name}</source>
        <translation>Trial: {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="886" />
        <source>Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).
Datoer skrives som 31-12-2014, 31.12.2014 eller 2014-12-31.

I måletabellen tilføjer du en måling ved at skrive i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.</source>
        <translation>Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).
Dates are written as 31-12-2014, 31.12.2014 or 2014-12-31.

In the measurement table you add a measurement by typing in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons the row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="345" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="138" />
        <source>Du ser ingen forsøg i den delte database: du er endnu ikke medlem af noget. Bed administratoren om adgang, eller opret et nyt forsøg, hvis du er projektleder.</source>
        <translation>You see no trials in the shared database: you are not a member of any yet. Ask the administrator for access, or create a new trial if you are a project lead.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="350" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="357" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="366" />
        <source>Visninger</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="445" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="451" />
        <source>Åbner {path} …</source>
        <translation>Opening {path} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="459" />
        <source>{path} · {t} forsøg · {m} målinger</source>
        <translation>{path} · {t} trials · {m} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="630" />
        <location filename="../../effektmaaling/ui/main_window.py" line="633" />
        <source>Dagens sikkerhedskopi kunne ikke laves: {reason}</source>
        <translation>Today's backup could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="640" />
        <source>Dagens sikkerhedskopi er lavet.</source>
        <translation>Today's backup has been made.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="662" />
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="663" />
        <source>En ny række i {names} kan ikke gemmes, fordi den er ufuldstændig eller har en fejl (se markeringen i tabellen).

Luk alligevel og kassér rækken?</source>
        <translation>A new row in {names} cannot be saved because it is incomplete or has an error (see the mark in the table).

Close anyway and discard the row?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="790" />
        <source>Flyt indikator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="798" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="528" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="748" />
        <source>Arkivér forsøg</source>
        <translation>Archive trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="798" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="528" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="748" />
        <source>Genåbn forsøg</source>
        <translation>Reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="825" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="833" />
        <source>Slettet. Fortryd med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="861" />
        <source>Eksportér graf</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="862" />
        <source>PNG-billede (*.png);;SVG-tegning (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="867" />
        <source>Grafen er gemt i {path}</source>
        <translation>The chart was saved to {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="885" />
        <source>Tal og datoer</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="904" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="915" />
        <source>{database} på {server} (delt database)</source>
        <translation>{database} on {server} (shared database)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="921" />
        <location filename="../../effektmaaling/ui/main_window.py" line="927" />
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="922" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="176" />
        <source>Effektmåling-database (*.db)</source>
        <translation>Effektmåling database (*.db)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="928" />
        <source>Filen {path} findes allerede. Vælg Åbn database for at åbne den.</source>
        <translation>The file {path} already exists. Choose Open database to open it.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="934" />
        <source>Åbn database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="935" />
        <source>Effektmåling-database (*.db);;Alle filer (*)</source>
        <translation>Effektmåling database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="105" />
        <source>Andel (%)</source>
        <translation>Proportion (%)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="107" />
        <source>Rate pr. {per}</source>
        <translation>Rate per {per}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="109" />
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="76" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="526" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="110" />
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="82" />
        <source>Ny måling …</source>
        <translation>New measurement …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="403" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="768" />
        <source>Række {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="403" />
        <source>Ny række</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="493" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="643" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="713" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="735" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="749" />
        <source>Intet blev indsat. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="756" />
        <source>{n} målinger indsat, {u} rettet</source>
        <translation>{n} measurements pasted, {u} changed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="202" />
        <source>Den nye række i »{name}« er ikke gemt: den venter, når du vender tilbage.</source>
        <translation>The new row in '{name}' is not saved: it is waiting for you when you come back.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="432" />
        <source>Målingen {date}, {field}: »{typed}« blev ikke gemt: {reason}</source>
        <translation>Measurement {date}, {field}: '{typed}' was not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="506" />
        <source>Ret {field} {date} i »{indicator}«</source>
        <translation>Edit {field} {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="545" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="1174" />
        <source>Den anden brugers værdi er beholdt.</source>
        <translation>The other user's value was kept.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="563" />
        <source>Gemt: din værdi har erstattet den anden brugers.</source>
        <translation>Saved: your value has replaced the other user's.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="631" />
        <source>Tilføj måling {date} i »{indicator}«</source>
        <translation>Add measurement {date} to '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="725" />
        <source>Indsæt 1 måling i »{indicator}«</source>
        <translation>Paste 1 measurement into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="726" />
        <source>Indsæt {n} målinger i »{indicator}«</source>
        <translation>Paste {n} measurements into '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="755" />
        <source>1 måling indsat, {u} rettet</source>
        <translation>1 measurement pasted, {u} changed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="803" />
        <source>Slet målingen {date} i »{indicator}«</source>
        <translation>Delete the measurement {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="805" />
        <source>Slet {n} målinger i »{indicator}«</source>
        <translation>Delete {n} measurements in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="815" />
        <source>Intet blev slettet. </source>
        <translation>Nothing was deleted. </translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="826" />
        <source>1 måling slettet – Ctrl+Z fortryder</source>
        <translation>1 measurement deleted – Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="827" />
        <source>{n} målinger slettet – Ctrl+Z fortryder</source>
        <translation>{n} measurements deleted – Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="838" />
        <source>Ryd {n} celler i »{indicator}«</source>
        <translation>Clear {n} cells in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="843" />
        <source>Ryd celler</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="737" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="818" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="1152" />
        <source>målingen {date} i »{indicator}«</source>
        <translation>the measurement of {date} in '{indicator}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="1322" />
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="1323" />
        <source>Indsæt</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="1325" />
        <source>Slet valgte målinger</source>
        <translation>Delete selected measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="59" />
        <source>Søg i forsøg og indikatorer (Ctrl+F)</source>
        <translation>Search trials and indicators (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="61" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="62" />
        <source>Ryd søgningen</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="67" />
        <source>Til første træf</source>
        <translation>To the first match</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="79" />
        <source>Forsøg og indikatorer</source>
        <translation>Trials and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="80" />
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="81" />
        <source>{name}: oversigt over effekterne</source>
        <translation>{name}: overview of the effects</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="80" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="363" />
        <source>Forsøgets detaljer</source>
        <translation>Trial details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="21" />
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="28" />
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="31" />
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="111" />
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="114" />
        <source>Punktliste</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="213" />
        <source>Ny milepæl</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="213" />
        <source>Redigér milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="216" />
        <source>fx Teams etableret</source>
        <translation>e.g. Teams established</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="219" />
        <source>Markér milepælen som starten på en ny praksis: seriediagrammets og kontroldiagrammets midterlinje og kontrolgrænser beregnes forfra fra denne dato (fra fasens første 12 målinger), og signaler vurderes mod fasens egne grænser.</source>
        <translation>Mark the milestone as the start of a new practice: the run and control charts' centre line and control limits are computed afresh from this date (from the phase's first 12 measurements), and signals are judged against the phase's own limits.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="251" />
        <source>Dato: skal udfyldes</source>
        <translation>Date: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="254" />
        <source>Tekst: skal udfyldes</source>
        <translation>Text: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="273" />
        <source>Nyt forsøg</source>
        <translation>New trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="276" />
        <source>fx FriNoVa</source>
        <translation>e.g. FriNoVa</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="290" />
        <source>Opret forsøg</source>
        <translation>Create trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="322" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="331" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="772" />
        <source>Vurdering af {line}</source>
        <translation>Assessment of {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="324" />
        <source>Begrundelse: hvad viser erfaringerne?</source>
        <translation>Justification: what does experience show?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="112" />
        <source>Fed</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="113" />
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="122" />
        <source>Genvej: {keys}</source>
        <translation>Shortcut: {keys}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="217" />
        <source>Ny praksis (faseskift)</source>
        <translation>New practice (phase change)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="303" />
        <source>Opret forsøg »{name}«</source>
        <translation>Create trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="325" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="329" />
        <source>{field} for {line}</source>
        <translation>{field} for {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="328" />
        <source>Dokumentation: fx interviews, referater, evalueringer</source>
        <translation>Evidence: e.g. interviews, minutes, evaluations</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="382" />
        <source>Tallene er illustrative (demodata), ikke rigtige data</source>
        <translation>The figures are illustrative (demo data), not real data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="391" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="394" />
        <source>Forsøget</source>
        <translation>The trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="428" />
        <source>Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.</source>
        <translation>Problem, activities and the expected change. The text is included in the effect report.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="435" />
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="449" />
        <source>Tilføj milepæl …</source>
        <translation>Add milestone …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="450" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="451" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="457" />
        <source>Milepælene vises som lodrette markeringer i graferne.</source>
        <translation>Milestones are shown as vertical markers in the charts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="463" />
        <source>Kvalitativ vurdering af de fem bundlinjer</source>
        <translation>Qualitative assessment of the five bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="465" />
        <source>Teamets egen vurdering står ved siden af den beregnede i oversigten.</source>
        <translation>The team's own assessment is shown beside the computed one in the overview.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="511" />
        <source>Forsøgets detaljer: {name}</source>
        <translation>Trial details: {name}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="512" />
        <source>Oprettet {created} · sidst ændret {updated}</source>
        <translation>Created {created} · last changed {updated}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="526" />
        <source>Forsøget er arkiveret: det vises nedtonet og kan genåbnes.</source>
        <translation>The trial is archived: it is shown dimmed and can be reopened.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="527" />
        <source>Arkivér forsøget, når det er afsluttet og afrapporteret.</source>
        <translation>Archive the trial when it has ended and been reported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="541" />
        <source>{text} (ny praksis)</source>
        <translation>{text} (new practice)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="600" />
        <source>{who} har ændret feltet imens; vælg, hvilken værdi der skal gælde.</source>
        <translation>{who} changed the field meanwhile; choose which value should stand.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="601" />
        <source>En anden bruger</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="626" />
        <source>Flyt baselinens slutdato?</source>
        <translation>Move the end of the baseline?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="627" />
        <source>Disse indikatorer har baseline til og med {old}, dagen før den hidtidige startdato:

{names}

Skal deres baseline i stedet gå til og med {new}, dagen før den nye startdato?</source>
        <translation>These indicators have a baseline up to and including {old}, the day before the previous start date:

{names}

Should their baseline instead run up to and including {new}, the day before the new start date?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="644" />
        <source>målingen {dates} kommer med i baselinen</source>
        <translation>the measurement of {dates} moves into the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="645" />
        <source>{n} målinger ({dates}) kommer med i baselinen</source>
        <translation>{n} measurements ({dates}) move into the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="647" />
        <source>, så den indtastede baseline ikke længere bruges</source>
        <translation>, so the typed baseline is no longer used</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="660" />
        <source>baseline til og med</source>
        <translation>baseline up to and including</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="662" />
        <source>Baseline følger ikke startdatoen</source>
        <translation>Baseline does not follow the start date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="663" />
        <source>Startdatoen er nu {start}. Disse indikatorer har en baseline, der ikke slutter dagen før:

{names}

Ret »Baseline til og med« under Redigér indikator, hvis den skal følge startdatoen.</source>
        <translation>The start date is now {start}. These indicators have a baseline that does not end the day before:

{names}

Change 'Baseline up to and including' under Edit indicator if it should follow the start date.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="681" />
        <source>Ret {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="686" />
        <source>Ret startdato og baseline for {n} indikator(er)</source>
        <translation>Change start date and baseline of {n} indicator(s)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="733" />
        <source>forsøget »{name}«</source>
        <translation>the trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="758" />
        <source>Vælg en vurdering, før begrundelsen kan gemmes.</source>
        <translation>Choose a verdict before the justification can be saved.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="792" />
        <source>vurderingen af {line}</source>
        <translation>the assessment of {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="824" />
        <source>Tilføj milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="840" />
        <source>Ret milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="856" />
        <source>milepælen »{text}«</source>
        <translation>the milestone '{text}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="863" />
        <source>Fjern milepæl »{text}«</source>
        <translation>Remove milestone '{text}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="146" />
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="147" />
        <source>Skriv datoen som 31-12-2014 (også 1-1-2015, 1/1/2015 og 2014-12-31)</source>
        <translation>Type the date as 31-12-2014 (also 1-1-2015, 1/1/2015 and 2014-12-31)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="158" />
        <source>Vælg datoen i en kalender</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="307" />
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="309" />
        <source>Åbn mappe</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="47" />
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="49" />
        <source>Før opdatering af databasen</source>
        <translation>Before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="51" />
        <source>Før fletning af forsøg</source>
        <translation>Before merging a trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="53" />
        <source>Før gendannelse</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="55" />
        <source>Før import af målinger</source>
        <translation>Before an import of measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="72" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="147" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="165" />
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="81" />
        <source>Programmet tager selv en sikkerhedskopi første gang databasen åbnes hver dag og før opdateringer, fletninger og import af målinger. De seneste 10 daglige og 4 ugentlige gemmes.
Mappe: {folder}</source>
        <translation>The program makes a backup by itself the first time the database is opened each day, and before upgrades, merges and imports of measurements. The latest 10 daily and 4 weekly backups are kept.
Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="180" />
        <source>Databasen er gendannet fra sikkerhedskopien {name} ({when}). Det tidligere indhold er gemt som sikkerhedskopi (Før gendannelse).</source>
        <translation>The database was restored from the backup {name} ({when}). The previous content was saved as a backup (Before restore).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="87" />
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="88" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="76" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="525" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="88" />
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="88" />
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="40" />
        <source>Projektleder (læser og skriver)</source>
        <translation>Project lead (reads and writes)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="40" />
        <source>Læser</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="50" />
        <source>Adgang til forsøg</source>
        <translation>Access to trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="53" />
        <source>Databaseserveren håndhæver adgangen: en login ser kun de forsøg, den er medlem af. Logins oprettes af IT; her giver du dem adgang.</source>
        <translation>The database server enforces access: a login sees only the trials it is a member of. Logins are created by IT; here you give them access.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="56" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="88" />
        <source>Forsøg</source>
        <translation>Trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="56" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="56" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="56" />
        <source>Givet</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="56" />
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="62" />
        <source>Medlemmer af forsøgene</source>
        <translation>Members of the trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="68" />
        <source>&amp;Fjern adgang</source>
        <translation>&amp;Remove access</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="76" />
        <source>Giv adgang</source>
        <translation>Grant access</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="87" />
        <source>&amp;Giv adgang</source>
        <translation>&amp;Grant access</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="90" />
        <location filename="../../effektmaaling/ui/shared_database.py" line="152" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="91" />
        <source>F&amp;orsøg:</source>
        <translation>&amp;Trial:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="92" />
        <source>&amp;Rolle:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="128" />
        <location filename="../../effektmaaling/ui/access_dialog.py" line="129" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="130" />
        <source>Læser alle forsøg (centrale medarbejdere): {central}. Administratorer: {admins}.</source>
        <translation>Read every trial (central staff): {central}. Administrators: {admins}.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="146" />
        <source>Skriv den login, der skal have adgang.</source>
        <translation>Type the login that is to have access.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="150" />
        <source>Der er intet forsøg at give adgang til.</source>
        <translation>There is no trial to give access to.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="160" />
        <source>{login} er nu {role} i »{trial}«.</source>
        <translation>{login} is now {role} in '{trial}'.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/access_dialog.py" line="178" />
        <source>{login} har ikke længere adgang til »{trial}«.</source>
        <translation>{login} no longer has access to '{trial}'.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="94" />
        <source>Der er endnu ingen sikkerhedskopier af denne database.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="96" />
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="97" />
        <source>Åbn &amp;mappe</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="158" />
        <source>Gendan sikkerhedskopien fra {when} ({trials} forsøg)?

Databasens nuværende indhold erstattes. Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og fortryd-historikken slettes. Det nuværende indhold gemmes først som sikkerhedskopi, så du kan gendanne det herfra.</source>
        <translation>Restore the backup of {when} ({trials} trials)?

The database's current content is replaced. The restore cannot be undone with Ctrl+Z: the database is opened anew and the undo history is cleared. The current content is first saved as a backup, so you can restore it from here.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="168" />
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="199" />
        <source>Kontrollerer sikkerhedskopien …</source>
        <translation>Checking the backup …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/backups_dialog.py" line="172" />
        <source>Gemmer det nuværende indhold og gendanner sikkerhedskopien …</source>
        <translation>Saving the current content and restoring the backup …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="91" />
        <source>Ændringslog</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="104" />
        <source>Vis ændringer for forsøg</source>
        <translation>Show changes for trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="105" />
        <source>Alle forsøg</source>
        <translation>All trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="109" />
        <source>Vis ændringer for indikator</source>
        <translation>Show changes for indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="110" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="119" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="117" />
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="120" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="118" />
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="130" />
        <source>Forsøg:</source>
        <translation>Trial:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="132" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="145" />
        <source>Ændringsloggen</source>
        <translation>The change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="158" />
        <source>Eksportér til CSV …</source>
        <translation>Export to CSV …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="187" />
        <source>Alle indikatorer</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="229" />
        <source>{n} ændringer</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="229" />
        <source>1 ændring</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="230" />
        <source>De nyeste {n} ændringer</source>
        <translation>The latest {n} changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="236" />
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="255" />
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="258" />
        <source>Eksportér ændringslog</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="238" />
        <source>ændringslog.csv</source>
        <translation>change-log.csv</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="239" />
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="258" />
        <source>Eksporterer ændringsloggen …</source>
        <translation>Exporting the change log …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="38" />
        <source>Kontrollér database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="48" />
        <source>Kontrollen skrider frem</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="51" />
        <source>Kontrollér &amp;igen</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="71" />
        <source>Kontrollerer filens sammenhæng (SQLite) …</source>
        <translation>Checking the file's integrity (SQLite) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="72" />
        <source>Kontrollerer databasens skema …</source>
        <translation>Checking the database's schema …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="76" />
        <source>Kontrollerer målingernes værdier: indikator {done} af {total} …</source>
        <translation>Checking the measurements' values: indicator {done} of {total} …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="86" />
        <source>Kontrollerer databasen …</source>
        <translation>Checking the database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="119" />
        <source>Kontrollen blev annulleret; intet er ændret.</source>
        <translation>The check was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="133" />
        <source>{t} forsøg, {i} indikatorer, {m} målinger, {c} poster i ændringsloggen.</source>
        <translation>{t} trials, {i} indicators, {m} measurements, {c} entries in the change log.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="137" />
        <source>Ingen fejl fundet.</source>
        <translation>No errors found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="138" />
        <source>Skemaversion: {v}.</source>
        <translation>Schema version: {v}.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="141" />
        <source>1 problem fundet.</source>
        <translation>1 problem found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="142" />
        <source>{n} problemer fundet.</source>
        <translation>{n} problems found.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/check_dialog.py" line="143" />
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
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="78" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="91" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="94" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="101" />
        <source>Eksportér forsøg</source>
        <translation>Export trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="81" />
        <source>Effektmåling-forsøg (*.json)</source>
        <translation>Effektmåling trial (*.json)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="60" />
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="62" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="112" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="62" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="112" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="92" />
        <source>Ændret af en anden</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="97" />
        <source>en anden bruger</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="100" />
        <source>{who} har ændret {what} den {date} kl. {time}, efter du hentede den. Din ændring er ikke gemt endnu.</source>
        <translation>{who} changed {what} on {date} at {time}, after you fetched it. Your change is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="102" />
        <source>{who} har ændret {what}, efter du hentede den. Din ændring er ikke gemt endnu.</source>
        <translation>{who} changed {what} after you fetched it. Your change is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="110" />
        <source>Din værdi</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="111" />
        <source>Deres værdi ({who})</source>
        <translation>Their value ({who})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="124" />
        <source>Hvilken værdi skal gælde?</source>
        <translation>Which value should stand?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="128" />
        <source>&amp;Behold deres</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="130" />
        <source>&amp;Overskriv med min</source>
        <translation>&amp;Overwrite with mine</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="102" />
        <source>Forsøget »%1« er gemt i %2 (%3 indikatorer, %4 målinger).</source>
        <translation>The trial '%1' was saved to %2 (%3 indicators, %4 measurements).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="218" />
        <source>(slettet af %1, %2)</source>
        <translation>(deleted by %1, %2)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="308" />
        <source>Feltet »%1« er ændret forskelligt i databasen og i filen siden sidste fælles version; de øvrige ændringer flettes uden konflikt.</source>
        <translation>The field '%1' was changed differently in the database and in the file since the last common version; the other changes are merged without conflict.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="310" />
        <source>Slettet her, men ændret i filen.</source>
        <translation>Deleted here, but changed in the file.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="311" />
        <source>Slettet i filen, men ændret her.</source>
        <translation>Deleted in the file, but changed here.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="226" />
        <source>To forskellige målinger på samme dato.</source>
        <translation>Two different measurements on the same date.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="227" />
        <source>To forskellige vurderinger af samme bundlinje.</source>
        <translation>Two different assessments of the same bottom line.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/conflict_dialog.py" line="109" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="233" />
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="307" />
        <source>Databasens version</source>
        <translation>The database's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="307" />
        <source>Filens version</source>
        <translation>The file's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="312" />
        <source>Brug filens version</source>
        <translation>Use the file's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="312" />
        <source>Behold databasens version</source>
        <translation>Keep the database's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="313" />
        <source>Slet (som i filen)</source>
        <translation>Delete (as in the file)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="313" />
        <source>Behold databasens værdi</source>
        <translation>Keep the database's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="314" />
        <source>Brug filens værdi</source>
        <translation>Use the file's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="314" />
        <source>Databasens version i alle</source>
        <translation>The database's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="315" />
        <source>Filens version i alle</source>
        <translation>The file's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="171" />
        <source>Forsøget »%1« findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.</source>
        <translation>The trial '%1' is not in the database and will be created with %2 indicators and %3 measurements.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="451" />
        <source>Importerer forsøget »{name}« …</source>
        <translation>Importing the trial '{name}' …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="452" />
        <source>Fletter forsøget »{name}« ind i databasen …</source>
        <translation>Merging the trial '{name}' into the database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="420" />
        <source>Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på samme dato). Intet er ændret; åbn filen igen.</source>
        <translation>The choices or a change in the database give new conflicts (e.g. two measurements on one date). Nothing was changed; open the file again.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="94" />
        <source>Eksporterer forsøget …</source>
        <translation>Exporting the trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="139" />
        <source>forsøg</source>
        <translation>trial(s)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="140" />
        <source>indikator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="140" />
        <source>indikatorer</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="141" />
        <source>måling</source>
        <translation>measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="141" />
        <source>målinger</source>
        <translation>measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="142" />
        <source>milepæl</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="142" />
        <source>milepæle</source>
        <translation>milestones</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="143" />
        <source>vurdering</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="143" />
        <source>vurderinger</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="144" />
        <source>post</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="144" />
        <source>poster</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="155" />
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="174" />
        <source>Forsøget »%1« findes i databasen og flettes.</source>
        <translation>The trial '%1' is already in the database and will be merged.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="175" />
        <source>{what} tilføjes</source>
        <translation>{what} added</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="175" />
        <source>{what} opdateres</source>
        <translation>{what} updated</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="175" />
        <source>{what} slettes</source>
        <translation>{what} deleted</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="186" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="99" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="763" />
        <source>… og {n} flere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="190" />
        <source>{what} uændrede.</source>
        <translation>{what} unchanged.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="440" />
        <source>Import af forsøget »{name}«</source>
        <translation>Import of the trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="441" />
        <source>Sammenfletning af »{name}« (1 ændring)</source>
        <translation>Merge of '{name}' (1 change)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="442" />
        <source>Sammenfletning af »{name}« ({n} ændringer)</source>
        <translation>Merge of '{name}' ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="482" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="489" />
        <source>Læser filen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="484" />
        <source>Sammenligner filen med databasen …</source>
        <translation>Comparing the file with the database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="495" />
        <source>Importér filen som et nyt forsøg med nye id'er?</source>
        <translation>Import the file as a new trial with new ids?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="503" />
        <source>Importerer filen som et nyt forsøg …</source>
        <translation>Importing the file as a new trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="250" />
        <source>Sidst ændret (UTC)</source>
        <translation>Last changed (UTC)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="252" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="253" />
        <source>(slettet)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="269" />
        <source>Behold slettet</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="333" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="473" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="479" />
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="523" />
        <source>Importér forsøg</source>
        <translation>Import trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="372" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="136" />
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="193" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="69" />
        <source>1 konflikt: vælg, hvilken version der gælder.</source>
        <translation>1 conflict: choose which version applies.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="194" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="70" />
        <source>%1 konflikter: vælg for hver, hvilken version der gælder.</source>
        <translation>%1 conflicts: choose which version applies for each.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="393" />
        <source>1 konflikt mangler et valg.</source>
        <translation>1 conflict still needs a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="394" />
        <source>%1 konflikter mangler et valg.</source>
        <translation>%1 conflicts still need a choice.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/exchange_dialogs.py" line="474" />
        <source>Effektmåling-forsøg (*.json);;Alle filer (*)</source>
        <translation>Effektmåling trial (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="127" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="160" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="243" />
        <source>Importér målinger</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="300" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="323" />
        <source>Vælg fil</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="301" />
        <source>En CSV-fil (semikolon eller komma) eller et Excel-ark (.xlsx).</source>
        <translation>A CSV file (semicolon or comma separated) or an Excel sheet (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="316" />
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="317" />
        <source>Ark:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="324" />
        <source>Regneark og CSV (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="344" />
        <source>%1; kolonner: %2</source>
        <translation>%1; columns: %2</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="369" />
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="378" />
        <source>Komma (12,5)</source>
        <translation>Comma (12,5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="379" />
        <source>Punktum (12.5)</source>
        <translation>Point (12.5)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="387" />
        <source>Importér til indikator:</source>
        <translation>Import into indicator:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="404" />
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="405" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="578" />
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="79" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="405" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="525" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="77" />
        <source>Spredning (sd)</source>
        <translation>Standard deviation (sd)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="77" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="526" />
        <source>Tæller</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="78" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="526" />
        <source>Nævner</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="78" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="527" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="305" />
        <source>Gennemse …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="417" />
        <source>Decimaltegn i tekst:</source>
        <translation>Decimal separator in text:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="459" />
        <source>(spring over)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="513" />
        <source>Vælg mindst én kolonne med en indikator.</source>
        <translation>Choose at least one column with an indicator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="532" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="537" />
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="573" />
        <source>Kontrol</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="574" />
        <source>Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden.</source>
        <translation>The whole file has been checked. Nothing is imported unless every row is in order.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="525" />
        <location filename="../../effektmaaling/ui/import_wizard.py" line="578" />
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="89" />
        <source>Fejl: {text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="97" />
        <source>række {rows}</source>
        <translation>row {rows}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="97" />
        <source>rækkerne {rows}</source>
        <translation>rows {rows}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="167" />
        <source>Gemmer målingerne …</source>
        <translation>Saving the measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="169" />
        <source>Læser og kontrollerer filen: {n} rækker …</source>
        <translation>Reading and checking the file: {n} rows …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="201" />
        <source>Importerer målingerne …</source>
        <translation>Importing the measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="208" />
        <source>Import af målinger i »{where}«</source>
        <translation>Import of measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="209" />
        <source>Import af 1 måling i »{where}«</source>
        <translation>Import of 1 measurement into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="210" />
        <source>Import af {n} målinger i »{where}«</source>
        <translation>Import of {n} measurements into '{where}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="226" />
        <source>en måling, som importen skulle opdatere</source>
        <translation>a measurement the import was to update</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="227" />
        <source>en måling, som importen skulle opdatere (og {n} andre)</source>
        <translation>a measurement the import was to update (and {n} others)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="264" />
        <source>Importen er gennemført.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="265" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="79" />
        <source>1 ny måling</source>
        <translation>1 new measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="265" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="79" />
        <source>{n} nye målinger</source>
        <translation>{n} new measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="266" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="80" />
        <source>1 måling opdateret</source>
        <translation>1 measurement updated</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="267" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="81" />
        <source>{n} målinger opdateret</source>
        <translation>{n} measurements updated</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="268" />
        <source>1 måling sprunget over (den eksisterende er beholdt)</source>
        <translation>1 measurement skipped (the existing one is kept)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="269" />
        <source>{n} målinger sprunget over (de eksisterende er beholdt)</source>
        <translation>{n} measurements skipped (the existing ones are kept)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="276" />
        <source>Indikatorer:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="278" />
        <source>1 ny</source>
        <translation>1 new</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="278" />
        <source>{n} nye</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="280" />
        <source>1 opdateret</source>
        <translation>1 updated</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="280" />
        <source>{n} opdateret</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="282" />
        <source>1 sprunget over</source>
        <translation>1 skipped</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="283" />
        <source>{n} sprunget over</source>
        <translation>{n} skipped</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="284" />
        <source>»{name}«: {counts}</source>
        <translation>'{name}': {counts}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="287" />
        <source>Databasen blev sikkerhedskopieret før importen ({name}). Den kan gendannes under Fil → Gendan fra sikkerhedskopi …</source>
        <translation>The database was backed up before the import ({name}). It can be restored under File → Restore from backup …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="290" />
        <source>Databasen havde ingen målinger før importen, så der blev ikke taget en sikkerhedskopi.</source>
        <translation>The database had no measurements before the import, so no backup was taken.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="292" />
        <source>Importen kan fortrydes med Redigér → Fortryd.</source>
        <translation>The import can be undone with Edit → Undo.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="309" />
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="341" />
        <source>Excel-ark »%1«</source>
        <translation>Excel sheet '%1'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="342" />
        <source>CSV, tegnsæt %1, skilletegn »%2«</source>
        <translation>CSV, encoding %1, delimiter '%2'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="370" />
        <source>Vælg, hvilken kolonne der indeholder hvad. Kolonner med kendte overskrifter er valgt på forhånd.</source>
        <translation>Choose which column holds what. Columns with known headings are preselected.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="371" />
        <source>Én række pr. måling (dato, værdi og evt. indikator)</source>
        <translation>One row per measurement (date, value and perhaps indicator)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="372" />
        <source>Én kolonne pr. indikator og en kolonne med datoen</source>
        <translation>One column per indicator and a column with the date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="386" />
        <source>Importér til indikator</source>
        <translation>Import into indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="393" />
        <source>Kolonne med {field}</source>
        <translation>Column with {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="403" />
        <source>Kolonne med datoen</source>
        <translation>Column with the date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="407" />
        <source>Kolonner og indikatorer</source>
        <translation>Columns and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="438" />
        <source>Fra kolonnen »Indikator« i filen</source>
        <translation>From the file's 'Indicator' column</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="533" />
        <source>De første rækker, som de vil blive læst. Rækker med fejl er markeret med et advarselstegn og forklaret i rækken.</source>
        <translation>The first rows, as they will be read. Rows with errors are marked with a warning sign and explained in the row.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="578" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="580" />
        <source>Fejl i filen</source>
        <translation>Errors in the file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="594" />
        <source>Opdatér de eksisterende målinger med filens værdier</source>
        <translation>Update the existing measurements with the file's values</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="595" />
        <source>Spring rækkerne over (behold de eksisterende målinger)</source>
        <translation>Skip those rows (keep the existing measurements)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="604" />
        <source>Filen kontrolleres</source>
        <translation>The file is being checked</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="647" />
        <source>Kontrollerer filen: {n} rækker …</source>
        <translation>Checking the file: {n} rows …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="664" />
        <source>Kontrollerer filen …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="694" />
        <source>1 række</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="694" />
        <source>{n} rækker</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="695" />
        <source>1 måling</source>
        <translation>1 measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="695" />
        <source>{n} målinger</source>
        <translation>{n} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="696" />
        <source>{rows} læst, {measurements}.</source>
        <translation>{rows} read, {measurements}.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="760" />
        <source>{date}: {old} → {new} (række {row})</source>
        <translation>{date}: {old} → {new} (row {row})</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="698" />
        <source>1 række har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>1 row has errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="699" />
        <source>%1 rækker har fejl; ret filen, og prøv igen. Intet importeres.</source>
        <translation>%1 rows have errors; correct the file and try again. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="702" />
        <source>Ingen fejl.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="706" />
        <source>Bruges ikke: {columns}. Vælg dem under Kolonner, hvis de skal med.</source>
        <translation>Not used: {columns}. Choose them under Columns if they should be imported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="732" />
        <source>Advarsel: 1 række i filens kolonne »Indikator« er til en anden indikator end »{target}«:</source>
        <translation>Warning: 1 row in the file's 'Indicator' column is for another indicator than '{target}':</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="734" />
        <source>Advarsel: {n} rækker i filens kolonne »Indikator« er til andre indikatorer end »{target}«:</source>
        <translation>Warning: {n} rows in the file's 'Indicator' column are for other indicators than '{target}':</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="737" />
        <source>»{name}«: {rows}</source>
        <translation>'{name}': {rows}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="738" />
        <source>Vælg »Fra kolonnen »Indikator« i filen« under Kolonner for at importere hver række til sin indikator.</source>
        <translation>Choose 'From the file's 'Indicator' column' under Columns to import each row to its indicator.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="741" />
        <source>Importér alligevel alle rækker til »{target}«</source>
        <translation>Import all rows to '{target}' anyway</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="751" />
        <source>1 dato har allerede en måling i databasen. Hvad skal der ske med den?</source>
        <translation>1 date already has a measurement in the database. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/import_wizard.py" line="752" />
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
        <location filename="../../effektmaaling/ui/io_actions.py" line="53" />
        <location filename="../../effektmaaling/ui/io_actions.py" line="56" />
        <source>Eksportér målinger</source>
        <translation>Export measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="56" />
        <source>Eksporterer målingerne …</source>
        <translation>Exporting the measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="68" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="171" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="520" />
        <source>Vælg et forsøg</source>
        <translation>Choose a trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="68" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="171" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="520" />
        <source>Vælg først et forsøg i oversigten.</source>
        <translation>First choose a trial on the left.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="82" />
        <source>Importeret: {new}, {updated}</source>
        <translation>Imported: {new}, {updated}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="102" />
        <source>Importér &amp;målinger …</source>
        <translation>Import &amp;measurements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="103" />
        <source>Eksportér må&amp;linger …</source>
        <translation>Export mea&amp;surements …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="104" />
        <source>&amp;Eksportér forsøg …</source>
        <translation>E&amp;xport trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/io_actions.py" line="105" />
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
        <location filename="../../effektmaaling/ui/report_dialog.py" line="92" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="92" />
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="207" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="105" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="260" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/change_log_dialog.py" line="207" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="105" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="261" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="115" />
        <source>Begræns perioden fra en dato</source>
        <translation>Limit the period from a date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="116" />
        <source>Begræns perioden til en dato</source>
        <translation>Limit the period to a date</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="127" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="131" />
        <source>Baselinen bevares altid: den er det, opfølgningen sammenlignes med.</source>
        <translation>The baseline is always kept: it is what the follow-up is compared with.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="137" />
        <source>Rapportens sprog</source>
        <translation>The report's language</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="144" />
        <location filename="../../effektmaaling/ui/settings_dialog.py" line="24" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="146" />
        <source>&amp;Opdatér forhåndsvisning</source>
        <translation>&amp;Update preview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="154" />
        <source>Rapporten laves</source>
        <translation>The report is being made</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="178" />
        <source>Forhåndsvisning af rapporten</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="204" />
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="205" />
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="332" />
        <source>Læser og analyserer forsøget …</source>
        <translation>Reading and analysing the trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="339" />
        <source>Opsætter side {page} af {pages} (gennemløb {n}) …</source>
        <translation>Laying out page {page} of {pages} (pass {n}) …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="357" />
        <source>Laver rapporten …</source>
        <translation>Making the report …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="393" />
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="403" />
        <source>Rapporten blev annulleret.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="467" />
        <source>Effektrapporten er gemt: {path}</source>
        <translation>The effect report was saved: {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="524" />
        <source>Effekt&amp;rapport …</source>
        <translation>&amp;Effect report …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="206" />
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="393" />
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="440" />
        <source>Effektrapport {name}.pdf</source>
        <translation>Effect report {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="456" />
        <location filename="../../effektmaaling/ui/report_dialog.py" line="464" />
        <source>Gem effektrapport</source>
        <translation>Save effect report</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="457" />
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/report_dialog.py" line="464" />
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
        <location filename="../../effektmaaling/ui/safety_actions.py" line="58" />
        <source>Den delte database sikkerhedskopieres og kontrolleres af IT på serveren.</source>
        <translation>The shared database is backed up and checked by IT on the server.</translation>
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
        <location filename="../../effektmaaling/ui/import_wizard.py" line="304" />
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/file_dialogs.py" line="64" />
        <source>Kig &amp;i:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/file_dialogs.py" line="65" />
        <source>Fil&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="36" />
        <source>Denne kopi</source>
        <translation>This copy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="36" />
        <source>Den delte database</source>
        <translation>The shared database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="37" />
        <source>Feltet »%1« er ændret forskelligt i denne kopi og i den delte database siden sidste synkronisering; de øvrige ændringer flettes uden konflikt.</source>
        <translation>The field '%1' was changed differently in this copy and in the shared database since the last synchronisation; the other changes are merged without conflict.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="39" />
        <source>Slettet i denne kopi, men ændret i den delte database.</source>
        <translation>Deleted in this copy, but changed in the shared database.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="40" />
        <source>Slettet i den delte database, men ændret i denne kopi.</source>
        <translation>Deleted in the shared database, but changed in this copy.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="41" />
        <source>Brug den delte databases version</source>
        <translation>Use the shared database's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="41" />
        <source>Behold denne kopis version</source>
        <translation>Keep this copy's version</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="42" />
        <source>Slet (som i den delte database)</source>
        <translation>Delete (as in the shared database)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="42" />
        <source>Behold denne kopis værdi</source>
        <translation>Keep this copy's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="43" />
        <source>Brug den delte databases værdi</source>
        <translation>Use the shared database's value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="43" />
        <source>Denne kopis version i alle</source>
        <translation>This copy's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="44" />
        <source>Den delte databases version i alle</source>
        <translation>The shared database's version in all</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="57" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="100" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="115" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="218" />
        <source>Synkronisér med den delte database</source>
        <translation>Synchronise with the shared database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="61" />
        <source>Synkronisér</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="64" />
        <source>Fra den delte database til denne kopi: %1 tilføjes, %2 opdateres, %3 slettes. Denne kopis ændringer sendes til den delte database.</source>
        <translation>From the shared database to this copy: %1 added, %2 updated, %3 deleted. This copy's changes are sent to the shared database.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="75" />
        <source>Synkroniserer med den delte database …</source>
        <translation>Synchronising with the shared database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="103" />
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="103" />
        <source>Adgangskode til %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="117" />
        <location filename="../../effektmaaling/ui/offline_actions.py" line="209" />
        <source>Denne database er selv den delte database. Synkronisér fra den kopi, der er taget med offline.</source>
        <translation>This database is the shared database itself. Synchronise from the copy that was taken along offline.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="124" />
        <source>Vælg i oversigten det forsøg, der skal synkroniseres.</source>
        <translation>Select the trial to synchronise in the overview.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="125" />
        <source>Denne database har intet forsøg, der er taget med fra en delt database.</source>
        <translation>This database has no trial taken along from a shared database.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="164" />
        <source>Tag forsøget med offline</source>
        <translation>Take the trial along offline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="166" />
        <source>Et forsøg tages med offline fra en delt database: åbn den først (Fil → Åbn database).</source>
        <translation>A trial is taken along offline from a shared database: open it first (File → Open database).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="195" />
        <source>Forsøget »%1« er taget med i %2. Åbn filen (Fil → Åbn database) for at arbejde offline, og vælg Fil → Synkronisér med den delte database, når du er tilbage.</source>
        <translation>The trial '%1' was taken along in %2. Open the file (File → Open database) to work offline, and choose File → Synchronise with the shared database when you are back.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="211" />
        <source>Databasen er åbnet skrivebeskyttet.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="213" />
        <source>Kun en kopi, der er taget med offline fra en delt database, kan synkroniseres. Denne database er ikke en sådan kopi.</source>
        <translation>Only a copy taken along offline from a shared database can be synchronised. This database is not such a copy.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/offline_actions.py" line="217" />
        <source>Tag forsøget med offline …</source>
        <translation>Take the trial along offline …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="121" />
        <source>Åbn delt database</source>
        <translation>Open shared database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="126" />
        <source>En delt database ligger på en PostgreSQL-server, som IT driver. Skriv, hvor den er, og din databaselogin.</source>
        <translation>A shared database is on a PostgreSQL server run by IT. Type where it is and your database login.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="130" />
        <source>fx effektmaaling.kk.dk</source>
        <translation>e.g. effektmaaling.kk.dk</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="139" />
        <source>Ingen kryptering (disable)</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="139" />
        <source>Hvis serveren kræver det (allow)</source>
        <translation>If the server requires it (allow)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="140" />
        <source>Hvis muligt (prefer)</source>
        <translation>If possible (prefer)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="140" />
        <source>Krævet (require)</source>
        <translation>Required (require)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="141" />
        <source>Krævet, certifikat kontrolleret (verify-ca)</source>
        <translation>Required, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="142" />
        <source>Krævet, certifikat og navn kontrolleret (verify-full)</source>
        <translation>Required, certificate and name checked (verify-full)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="149" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="150" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="151" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="153" />
        <source>&amp;Adgangskode:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="154" />
        <source>&amp;Kryptering (SSL):</source>
        <translation>&amp;Encryption (SSL):</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="156" />
        <source>&amp;Husk adgangskoden i styresystemets nøglering</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="157" />
        <source>Denne computer har ingen nøglering, så adgangskoden kan ikke huskes; du bliver spurgt om den hver gang.</source>
        <translation>This computer has no keyring, so the password cannot be remembered; you will be asked for it each time.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="178" />
        <source>&amp;Forbind</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="231" />
        <source>gemt i nøgleringen</source>
        <translation>kept in the keyring</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="245" />
        <source>serveren</source>
        <translation>the server</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="245" />
        <source>databasen</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="246" />
        <source>din login</source>
        <translation>your login</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="248" />
        <source>Skriv {what}.</source>
        <translation>Type {what}.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/shared_database.py" line="253" />
        <source>Forbinder til {server} …</source>
        <translation>Connecting to {server} …</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="47" />
        <source>Forbedret</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="48" />
        <source>Forværret</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="49" />
        <source>Ingen påviselig ændring</source>
        <translation>No detectable change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator_model.py" line="50" />
        <source>For få data</source>
        <translation>Insufficient data</translation>
    </message>
</context>
</TS>