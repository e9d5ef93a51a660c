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
        <location filename="../../effektmaaling/ui/chart.py" line="126" />
        <source>Graf over målingerne</source>
        <translation>Chart of the measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="197" />
        <source>Baseline (gennemsnit)</source>
        <translation>Baseline (mean)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="204" />
        <source>Kontrolgrænser</source>
        <translation>Control limits</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="213" />
        <location filename="../../effektmaaling/ui/indicator_view.py" line="63" />
        <source>Median (seriediagram)</source>
        <translation>Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="217" />
        <location filename="../../effektmaaling/ui/chart.py" line="221" />
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="238" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="492" />
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="244" />
        <source>Signal: forbedring</source>
        <translation>Signal: improvement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart.py" line="245" />
        <source>Signal: forværring</source>
        <translation>Signal: deterioration</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="37" />
        <source>Mål {value}</source>
        <translation>Target {value}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/chart_adapter.py" line="39" />
        <source>Forsøget starter</source>
        <translation>Trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="39" />
        <source>Ikke målt</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="98" />
        <source>Klik eller tryk Enter for at åbne indikatoren</source>
        <translation>Click or press Enter to open the indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="103" />
        <source>Analysen er ikke tilgængelig.</source>
        <translation>The analysis is not available.</translation>
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
        <location filename="../../effektmaaling/ui/dashboard.py" line="176" />
        <source>Indikatorer</source>
        <translation>Indicators</translation>
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
        <location filename="../../effektmaaling/ui/dashboard.py" line="215" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="239" />
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/dashboard.py" line="220" />
        <source>Samlet vurdering: {v}</source>
        <translation>Overall verdict: {v}</translation>
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
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="63" />
        <source>Ny indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="63" />
        <source>Redigér indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="98" />
        <source>fx Borgere i uddannelse eller job</source>
        <translation>e.g. Citizens in education or work</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="99" />
        <source>valgfrit, fx Recovery</source>
        <translation>optional, e.g. Recovery</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="100" />
        <source>fx dage, timer, point</source>
        <translation>e.g. days, hours, points</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="101" />
        <source>fx Sagssystemet, månedlig udtræk</source>
        <translation>e.g. The case system, monthly extract</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="102" />
        <source>Tom: baseline slutter ved forsøgets start</source>
        <translation>Empty: the baseline ends when the trial starts</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="103" />
        <source>Bruges kun, når der ikke er målinger før baselinens slutning</source>
        <translation>Used only when there are no measurements before the end of the baseline</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="105" />
        <source>Indikatoren</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="106" />
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="108" />
        <source>Baseline og mål</source>
        <translation>Baseline and target</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="110" />
        <source>Baseline er målingerne før forsøgets start (eller før datoen ovenfor). Målet er den værdi, forsøget sigter mod.</source>
        <translation>The baseline is the measurements before the trial started (or before the date above). The target is the value the trial aims for.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="115" />
        <source>Opret indikator</source>
        <translation>Create indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="115" />
        <source>Gem ændringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="116" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="209" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="137" />
        <source>Måletypen kan ikke ændres, når indikatoren har målinger</source>
        <translation>The measure type cannot be changed while the indicator has measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="243" />
        <source>Opret indikator «{name}»</source>
        <translation>Create indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_editor.py" line="248" />
        <source>Ret indikator «{name}»</source>
        <translation>Edit indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="49" />
        <source>Redigér indikator …</source>
        <translation>Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="60" />
        <source>Kontrolgrænser og signaler</source>
        <translation>Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/indicator_view.py" line="89" />
        <source>Skriv i den nederste række for at tilføje. Enter går ned, Tab går til højre. Indsæt en blok fra Excel med Ctrl+V. Ctrl+Z fortryder.</source>
        <translation>Type in the bottom row to add. Enter moves down, Tab moves right. Paste a block from Excel with Ctrl+V. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="98" />
        <source>Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Rediger → Nyt forsøg (Ctrl+N).</source>
        <translation>Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="173" />
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="174" />
        <source>Opret en tom database i en ny fil</source>
        <translation>Create an empty database in a new file</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="175" />
        <source>Å&amp;bn database …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="177" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="178" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="181" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="184" />
        <source>Nyt &amp;forsøg …</source>
        <translation>New &amp;trial …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="185" />
        <source>Ny &amp;indikator …</source>
        <translation>New &amp;indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="187" />
        <source>&amp;Redigér indikator …</source>
        <translation>&amp;Edit indicator …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="189" />
        <source>Flyt indikator &amp;op</source>
        <translation>Move indicator &amp;up</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="191" />
        <source>Flyt indikator &amp;ned</source>
        <translation>Move indicator &amp;down</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="193" />
        <source>&amp;Arkivér eller genåbn forsøg</source>
        <translation>&amp;Archive or reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="194" />
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="195" />
        <source>Slet det valgte forsøg eller den valgte indikator (kan fortrydes)</source>
        <translation>Delete the selected trial or indicator (can be undone)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="196" />
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="198" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="201" />
        <source>&amp;Oversigt over forsøget</source>
        <translation>Trial &amp;overview</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="203" />
        <source>Forsøgets &amp;detaljer</source>
        <translation>Trial &amp;details</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="205" />
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="206" />
        <source>&amp;Kontrolgrænser og signaler</source>
        <translation>&amp;Control limits and signals</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="209" />
        <source>&amp;Median (seriediagram)</source>
        <translation>&amp;Median (run chart)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="212" />
        <source>Vis &amp;arkiverede forsøg</source>
        <translation>Show &amp;archived trials</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="216" />
        <source>&amp;Eksportér graf …</source>
        <translation>&amp;Export chart …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="218" />
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="219" />
        <source>&amp;Tal og datoer</source>
        <translation>&amp;Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="225" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="229" />
        <source>&amp;Seneste databaser</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="235" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="241" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="246" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="253" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="285" />
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="291" />
        <source>{path} · {t} forsøg · {m} målinger</source>
        <translation>{path} · {t} trials · {m} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="432" />
        <source>Flyt indikator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="440" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="415" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="491" />
        <source>Arkivér forsøg</source>
        <translation>Archive trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="440" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="415" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="491" />
        <source>Genåbn forsøg</source>
        <translation>Reopen trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="451" />
        <source>Slet forsøget «{name}» med {n} indikatorer og alle deres målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the trial '{name}' with {n} indicators and all their measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="453" />
        <source>Slet forsøg «{name}»</source>
        <translation>Delete trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="458" />
        <source>Slet indikatoren «{name}» og dens {m} målinger?

Du kan fortryde sletningen med Ctrl+Z.</source>
        <translation>Delete the indicator '{name}' and its {m} measurements?

You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="460" />
        <source>Slet indikator «{name}»</source>
        <translation>Delete indicator '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="461" />
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="469" />
        <source>Slettet. Fortryd med Ctrl+Z.</source>
        <translation>Deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="497" />
        <source>Eksportér graf</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="498" />
        <source>PNG-billede (*.png);;SVG-tegning (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="502" />
        <source>Grafen er gemt i {path}</source>
        <translation>The chart was saved to {path}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="520" />
        <source>Tal og datoer</source>
        <translation>Numbers and dates</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="521" />
        <source>Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).
Datoer skrives som 31-12-2014, 31.12.2014 eller 2014-12-31.

I måletabellen: Enter går ned, Tab går til højre, og du tilføjer en måling ved at skrive i den nederste række. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.</source>
        <translation>Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).
Dates are written as 31-12-2014, 31.12.2014 or 2014-12-31.

In the measurement table: Enter moves down, Tab moves right, and you add a measurement by typing in the bottom row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, Ctrl+Y redoes.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="532" />
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="539" />
        <location filename="../../effektmaaling/ui/main_window.py" line="545" />
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="540" />
        <source>Effektmåling-database (*.db)</source>
        <translation>Effektmåling database (*.db)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="546" />
        <source>Filen {path} findes allerede. Vælg Åbn database for at åbne den.</source>
        <translation>The file {path} already exists. Choose Open database to open it.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="551" />
        <source>Åbn database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/main_window.py" line="552" />
        <source>Effektmåling-database (*.db);;Alle filer (*)</source>
        <translation>Effektmåling database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="80" />
        <source>Andel (%)</source>
        <translation>Proportion (%)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="82" />
        <source>Rate pr. {per}</source>
        <translation>Rate per {per}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="84" />
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="85" />
        <source>Værdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="251" />
        <source>Ny måling …</source>
        <translation>New measurement …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="276" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="398" />
        <source>Række {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="276" />
        <source>Ny række</source>
        <translation>New row</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="308" />
        <source>Ret {field} {date}</source>
        <translation>Edit {field} {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="316" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="330" />
        <source>Tilføj måling {date}</source>
        <translation>Add measurement {date}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="377" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="391" />
        <source>Intet blev indsat. </source>
        <translation>Nothing was pasted. </translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="382" />
        <source>Indsæt {n} rækker</source>
        <translation>Paste {n} rows</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="394" />
        <source>{n} målinger indsat, {u} rettet</source>
        <translation>{n} measurements pasted, {u} changed</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="432" />
        <source>Slet {n} målinger</source>
        <translation>Delete {n} measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="432" />
        <source>Slet måling</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="449" />
        <location filename="../../effektmaaling/ui/measurement_table.py" line="453" />
        <source>Ryd celler</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="570" />
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="571" />
        <source>Indsæt</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/measurement_table.py" line="573" />
        <source>Slet valgte målinger</source>
        <translation>Delete selected measurements</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="52" />
        <source>Søg i forsøg og indikatorer (Ctrl+F)</source>
        <translation>Search trials and indicators (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="54" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="66" />
        <source>Forsøg og indikatorer</source>
        <translation>Trials and indicators</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="101" />
        <source> (arkiveret)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="106" />
        <source>{name}: oversigt over effekterne</source>
        <translation>{name}: overview of the effects</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="110" />
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
        <location filename="../../effektmaaling/ui/trial_details.py" line="83" />
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="84" />
        <source>Fed (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="85" />
        <source>Kursiv (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="86" />
        <source>Punktliste</source>
        <translation>Bullet list</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="150" />
        <source>Ny milepæl</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="150" />
        <source>Redigér milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="153" />
        <source>fx Teams etableret</source>
        <translation>e.g. Teams established</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="177" />
        <source>Dato: skal udfyldes</source>
        <translation>Date: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="180" />
        <source>Tekst: skal udfyldes</source>
        <translation>Text: is required</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="193" />
        <source>Nyt forsøg</source>
        <translation>New trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="196" />
        <source>fx FriNoVa</source>
        <translation>e.g. FriNoVa</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="208" />
        <source>Opret forsøg</source>
        <translation>Create trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="221" />
        <source>Opret forsøg «{name}»</source>
        <translation>Create trial '{name}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="240" />
        <location filename="../../effektmaaling/ui/trial_details.py" line="508" />
        <source>Vurdering af {line}</source>
        <translation>Assessment of {line}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="242" />
        <source>Begrundelse: hvad viser erfaringerne?</source>
        <translation>Justification: what does experience show?</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="245" />
        <source>Grundlag: fx interviews, referater, evalueringer</source>
        <translation>Evidence: e.g. interviews, minutes, evaluations</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="292" />
        <source>Tallene er illustrative (demodata), ikke rigtige data</source>
        <translation>The figures are illustrative (demo data), not real data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="297" />
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="298" />
        <source>Forsøget</source>
        <translation>The trial</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="330" />
        <source>Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.</source>
        <translation>Problem, activities and the expected change. The text is included in the effect report.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="337" />
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="351" />
        <source>Tilføj milepæl …</source>
        <translation>Add milestone …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="352" />
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="353" />
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="359" />
        <source>Milepælene vises som lodrette markeringer i graferne.</source>
        <translation>Milestones are shown as vertical markers in the charts.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="365" />
        <source>Kvalitativ vurdering af de fem bundlinjer</source>
        <translation>Qualitative assessment of the five bottom lines</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="367" />
        <source>Teamets egen vurdering står ved siden af den beregnede i oversigten.</source>
        <translation>The team's own assessment is shown beside the computed one in the overview.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="394" />
        <source>Oprettet {created} · sidst ændret {updated}</source>
        <translation>Created {created} · last changed {updated}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="413" />
        <source>Forsøget er arkiveret: det vises nedtonet og kan genåbnes.</source>
        <translation>The trial is archived: it is shown dimmed and can be reopened.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="414" />
        <source>Arkivér forsøget, når det er afsluttet og afrapporteret.</source>
        <translation>Archive the trial when it has ended and been reported.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="479" />
        <source>Ret {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="501" />
        <source>Vælg en vurdering, før begrundelsen kan gemmes.</source>
        <translation>Choose a verdict before the justification can be saved.</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="538" />
        <source>Tilføj milepæl</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="540" />
        <source>Ret milepæl</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/trial_details.py" line="553" />
        <source>Fjern milepæl «{text}»</source>
        <translation>Remove milestone '{text}'</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/widgets.py" line="26" />
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="30" />
        <source>Forbedret</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="31" />
        <source>Forværret</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="32" />
        <source>Ingen påviselig ændring</source>
        <translation>No detectable change</translation>
    </message>
    <message>
        <location filename="../../effektmaaling/ui/navigator.py" line="33" />
        <source>For få data</source>
        <translation>Insufficient data</translation>
    </message>
</context>
</TS>