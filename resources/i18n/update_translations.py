"""Refresh the English translation of the desktop program and compile it.

    uv run python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``effektmaaling/ui`` into
   ``effektmaaling_en.ts`` (source language Danish);
2. every message whose source is in :data:`EN` below gets that translation (EN wins over an edit
   in Qt Linguist); messages neither in EN nor translated in the .ts are listed and the script
   exits with 1 (tests/ui/test_translations.py fails until they are translated);
3. ``pyside6-lrelease`` compiles ``effektmaaling_en.qm``, which is committed so that no build step
   is needed at run time.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "effektmaaling_en.ts"
QM = HERE / "effektmaaling_en.qm"

EN: dict[str, str] = {
    "Mappe": "Folder",
    "{suffix}-fil": "{suffix} file",
    "Fil": "File",
    'Slettet i filen, men ændret her.':
        'Deleted in the file, but changed here.',
    '(slettet af %1, %2)':
        '(deleted by %1, %2)',
    'Feltet «%1» er ændret forskelligt begge steder, siden I sidst var enige; de øvrige ændringer flettes uden konflikt.':
        "The field '%1' was changed differently on both sides since you last agreed; the other changes are merged without conflict.",
    'Slet (som i filen)':
        'Delete (as in the file)',
    'Behold min værdi':
        'Keep my value',
    'Tag deres værdi':
        'Take their value',
    'Forsøget «%1» findes i databasen og flettes: %2 tilføjes, %3 opdateres, %4 slettes, %5 uændrede.':
        "The trial '%1' exists in the database and is merged: %2 added, %3 updated, %4 deleted, %5 unchanged.",
    'Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på samme dato). Intet er ændret; åbn filen igen.':
        'The choices or a change in the database give new conflicts (e.g. two measurements on one date). Nothing was changed; open the file again.',
    "Importér filen som et nyt forsøg med nye id'er?":
        'Import the file as a new trial with new ids?',
    "Tendens efter start: {s}": "Trend after the start: {s}",
    "Baseline er indtastet manuelt (ingen målinger til og med {d})": "The baseline was typed in (no measurements up to and including {d})",
    "Sidste dag i baselineperioden (medregnet). Tom: dagen før forsøgets start": "The last day of the baseline period (included). Empty: the day before the trial starts",
    "Bruges kun, når der ikke er målinger i baselineperioden": "Used only when there are no measurements in the baseline period",
    "Hvilke målinger efter baseline der udgør niveauet nu, som sammenlignes med baselinen": "Which measurements after the baseline make the current level that is compared with the baseline",
    "Baseline er målingerne til og med datoen ovenfor (tom: før forsøgets start). Niveauet nu er målingerne i den aktuelle periode. Målet er den værdi, forsøget sigter mod.": "The baseline is the measurements up to and including the date above (empty: before the trial start). The current level is the measurements in the current period. The target is the value the trial aims for.",
    "Dagens sikkerhedskopi kunne ikke laves: {reason}": "Today's backup could not be made: {reason}",
    "Dagens sikkerhedskopi er lavet.": "Today's backup has been made.",
    " (arkiveret)": " (archived)",
    " (højere er bedre)": " (higher is better)",
    " (lavere er bedre)": " (lower is better)",
    " (skrivebeskyttet)": " (read-only)",
    "%1 datoer har allerede en måling i databasen. Hvad skal der ske med dem?":
        "%1 dates already have a measurement in the database. What should happen to them?",
    "%1 konflikter mangler et valg.": "%1 conflicts still need a choice.",
    "%1 konflikter: vælg for hver, hvilken version der gælder.":
        "%1 conflicts: choose which version applies for each.",
    "%1 rækker har fejl; ret filen, og prøv igen. Intet importeres.":
        "%1 rows have errors; correct the file and try again. Nothing is imported.",
    "%1 rækker læst, %2 målinger.": "%1 rows read, %2 measurements.",
    "%1; kolonner: %2": "%1; columns: %2",
    "&Afslut": "&Quit",
    "&Arkivér eller genåbn forsøg": "&Archive or reopen trial",
    "&Eksportér forsøg …": "E&xport trial …",
    "&Eksportér graf …": "&Export chart …",
    "&Fil": "&File",
    "&Fortryd": "&Undo",
    "&Gem …": "&Save …",
    "&Gendan fra sikkerhedskopi …": "Restore from &backup …",
    "&Gendan …": "&Restore …",
    "&Gentag": "&Redo",
    "&Hjælp": "&Help",
    "&Importér forsøg …": "&Import trial …",
    "&Indstillinger …": "&Settings …",
    "&Kontrolgrænser og signaler": "&Control limits and signals",
    "&Kontrollér database": "&Check database",
    "&Median (seriediagram)": "&Median (run chart)",
    "&Navigator": "&Navigator",
    "&Ny database …": "&New database …",
    "&Om {app}": "&About {app}",
    "&Opdatér forhåndsvisning": "&Update preview",
    "&Oversigt over forsøget": "Trial &overview",
    "&Rediger": "&Edit",
    "&Redigér indikator …": "&Edit indicator …",
    "&Seneste databaser": "&Recent databases",
    "&Slet …": "&Delete …",
    "&Søg": "&Search",
    "&Tal og datoer": "&Numbers and dates",
    "&Udskriv …": "&Print …",
    "&Vis": "&View",
    "(ingen)": "(none)",
    "(slettet)": "(deleted)",
    "(spring over)": "(skip)",
    "(uden tema)": "(no theme)",
    "(uenige)": "(disagree)",
    "({p} nået)": "({p} attained)",
    "1 dato har allerede en måling i databasen. Hvad skal der ske med den?":
        "1 date already has a measurement in the database. What should happen to it?",
    "1 konflikt mangler et valg.": "1 conflict still needs a choice.",
    "1 konflikt: vælg, hvilken version der gælder.": "1 conflict: choose which version applies.",
    "1 problem fundet.": "1 problem found.",
    "1 række har fejl; ret filen, og prøv igen. Intet importeres.":
        "1 row has errors; correct the file and try again. Nothing is imported.",
    "1 side": "1 page",
    "1 ændring": "1 change",
    "2 af 3 nær grænsen": "2 of 3 near the limit",
    "Advarsler": "Warnings",
    "Advarsler ({n})": "Warnings ({n})",
    "Alle": "All",
    "Alle forsøg": "All trials",
    "Alle indikatorer": "All indicators",
    "Analysen er ikke tilgængelig.": "The analysis is not available.",
    "Andel (%)": "Proportion (%)",
    "Anledning": "Reason",
    "Annullér": "Cancel",
    "Antal": "Count",
    "Ark:": "Sheet:",
    "Arkivér forsøg": "Archive trial",
    "Arkivér forsøget, når det er afsluttet og afrapporteret.":
        "Archive the trial when it has ended and been reported.",
    "Baseline (gennemsnit)": "Baseline (mean)",
    "Baseline og mål": "Baseline and target",
    "Baseline {b} → nu {c}{u}": "Baseline {b} → now {c}{u}",
    "Baselinen bevares altid: den er det, opfølgningen sammenlignes med.":
        "The baseline is always kept: it is what the follow-up is compared with.",
    "Begrundelse: hvad viser erfaringerne?": "Justification: what does experience show?",
    "Behold min version": "Keep my version",
    "Behold slettet": "Keep it deleted",
    "Beklager, der skete en uventet fejl. Dine gemte data er i orden.\n\nDetaljerne er skrevet i "
    "logfilen:\n{path}":
        "Sorry, an unexpected error occurred. Your saved data are safe.\n\nThe details were written to the "
        "log file:\n{path}",
    "Beregnet ud fra indikatorerne": "Computed from the indicators",
    "Beregnet: {c}\nVurderet: {a}": "Computed: {c}\nAssessed: {a}",
    "Bred form: en datokolonne og én kolonne pr. indikator":
        "Wide form: a date column and one column per indicator",
    "Bundlinje": "Bottom line",
    "Bundlinjer": "Bottom lines",
    "CSV, dansk (semikolon, decimalkomma) (*.csv)": "CSV, Danish (semicolon, decimal comma) (*.csv)",
    "CSV, international (komma, decimalpunktum) (*.csv)": "CSV, international (comma, decimal point) (*.csv)",
    "CSV, tegnsæt %1, skilletegn «%2»": "CSV, encoding %1, delimiter '%2'",
    "CSV-fil (*.csv)": "CSV file (*.csv)",
    "Daglig": "Daily",
    "Dato": "Date",
    "Dato:": "Date:",
    "Dato: skal udfyldes": "Date: is required",
    "De første rækker, som de vil blive læst. Røde rækker har fejl.":
        "The first rows, as they will be read. Red rows have errors.",
    "De nyeste {n} ændringer": "The latest {n} changes",
    "Decimaltegn i tekst:": "Decimal separator in text:",
    "Demodata": "Demo data",
    "Der er endnu ingen sikkerhedskopier af denne database.": "There are no backups of this database yet.",
    "Deres version (filen)": "Their version (the file)",
    "Deres version i alle": "Their version in all",
    "Effekt&rapport …": "&Effect report …",
    "Effektmåling af innovationsforsøg og fricenterforsøg mod baseline og mål på de fem bundlinjer. Udviklet "
    "til Socialforvaltningen i Københavns Kommune. Licens: MIT.":
        "Effect measurement of innovation trials and free-centre trials against baseline and target on the "
        "five bottom lines. Developed for the Social Administration of the City of Copenhagen. Licence: MIT.",
    "Effektmåling-database (*.db)": "Effektmåling database (*.db)",
    "Effektmåling-database (*.db);;Alle filer (*)": "Effektmåling database (*.db);;All files (*)",
    "Effektmåling-forsøg (*.json)": "Effektmåling trial (*.json)",
    "Effektmåling-forsøg (*.json);;Alle filer (*)": "Effektmåling trial (*.json);;All files (*)",
    "Effektrapport {name}.pdf": "Effect report {name}.pdf",
    "Effektrapport – {name}": "Effect report – {name}",
    "Effektstørrelse: + betyder forbedring (fortegnet er vendt, hvor fald er bedre). Klik på en "
    "kolonneoverskrift for at sortere.":
        "Effect size: + means improvement (the sign is reversed where a decrease is better). Click a column "
        "heading to sort.",
    "Effektstørrelser": "Effect sizes",
    "Eksport": "Export",
    "Eksportér forsøg": "Export trial",
    "Eksportér graf": "Export chart",
    "Eksportér må&linger …": "Export mea&surements …",
    "Eksportér målinger": "Export measurements",
    "Eksportér sammenligning": "Export comparison",
    "Eksportér tabel (XLSX) …": "Export table (XLSX) …",
    "Eksportér til CSV …": "Export to CSV …",
    "Eksportér ændringslog": "Export change log",
    "En CSV-fil (semikolon eller komma) eller et Excel-ark (.xlsx).":
        "A CSV file (semicolon or comma separated) or an Excel sheet (.xlsx).",
    "Excel-ark «%1»": "Excel sheet '%1'",
    "Excel-projektmappe (*.xlsx)": "Excel workbook (*.xlsx)",
    "Fed (Ctrl+B)": "Bold (Ctrl+B)",
    "Felt": "Field",
    "Fil:": "File:",
    "Filen kunne ikke skrives: {e}": "The file could not be written: {e}",
    "Filen {path} findes allerede. Vælg Åbn database for at åbne den.":
        "The file {path} already exists. Choose Open database to open it.",
    "Fjern": "Remove",
    "Fjern milepæl «{text}»": "Remove milestone '{text}'",
    "Flyt indikator": "Move indicator",
    "Flyt indikator &ned": "Move indicator do&wn",
    "Flyt indikator &op": "Move indicator u&p",
    "For få data": "Insufficient data",
    "Forbedret": "Improved",
    "Forhåndsvisning": "Preview",
    "Forsøg": "Trials",
    "Forsøg (mindst to)": "Trials (at least two)",
    "Forsøg at sammenligne": "Trials to compare",
    "Forsøg og indikatorer": "Trials and indicators",
    "Forsøg:": "Trial:",
    "Forsøget": "The trial",
    "Forsøget er arkiveret: det vises nedtonet og kan genåbnes.":
        "The trial is archived: it is shown dimmed and can be reopened.",
    "Forsøget har endnu ingen indikatorer. Vælg Rediger → Ny indikator …":
        "The trial has no indicators yet. Choose Edit → New indicator …",
    "Forsøget starter": "Trial starts",
    "Forsøget «%1» er gemt i %2 (%3 indikatorer, %4 målinger).":
        "The trial '%1' was saved to %2 (%3 indicators, %4 measurements).",
    "Forsøget «%1» findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.":
        "The trial '%1' is not in the database and will be created with %2 indicators and %3 measurements.",
    "Forsøgets &detaljer": "Trial &details",
    "Forsøgets detaljer": "Trial details",
    "Forværret": "Worsened",
    "Fra": "From",
    "Fra kolonnen «Indikator» i filen": "From the file's 'Indicator' column",
    "Før fletning af forsøg": "Before merging a trial",
    "Før gendannelse": "Before a restore",
    "Før opdatering af databasen": "Before a database upgrade",
    "Gem effektrapport": "Save effect report",
    "Gem ændringer": "Save changes",
    "Gemt": "Saved",
    "Gendan fra sikkerhedskopi": "Restore from backup",
    "Gendan sikkerhedskopien fra {when} ({trials} forsøg)?\n\nDatabasens nuværende indhold erstattes. Det "
    "gemmes selv som sikkerhedskopi først, så gendannelsen kan fortrydes herfra.":
        "Restore the backup from {when} ({trials} trials)?\n\nThe current contents of the database will be "
        "replaced. They are first saved as a backup themselves, so the restore can be undone from here.",
    "Gennemse …": "Browse …",
    "Genåbn forsøg": "Reopen trial",
    "Graf over målingerne": "Chart of the measurements",
    "Grafen er gemt i {path}": "The chart was saved to {path}",
    "Grundlag: fx interviews, referater, evalueringer": "Evidence: e.g. interviews, minutes, evaluations",
    "Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden.":
        "The whole file has been checked. Nothing is imported unless every row is in order.",
    "Hvilke kolonner holder hvad? Kolonner med kendte overskrifter er valgt på forhånd.":
        "Which column holds what? Columns with known headings are preselected.",
    "Ikke målt": "Not measured",
    "Ikke vurderet": "Not assessed",
    "Illustrative demodata": "Illustrative demo data",
    "Importér": "Import",
    "Importér &målinger …": "Import &measurements …",
    "Importér forsøg": "Import trial",
    "Importér målinger": "Import measurements",
    "Importér til indikator:": "Import into indicator:",
    "Indbyggede komponenter": "Bundled components",
    "Indeksgrafer": "Index charts",
    "Indikator": "Indicator",
    "Indikator:": "Indicator:",
    "Indikatoren": "The indicator",
    "Indikatorer": "Indicators",
    "Indikatorer i forskellige forsøg med samme tema sammenlignes i Vis → Sammenlign forsøg":
        "Indicators in different trials with the same theme are compared in View → Compare trials",
    "Indikatorer i rapporten": "Indicators in the report",
    "Indstillinger": "Settings",
    "Indsæt": "Paste",
    "Indsæt {n} rækker": "Paste {n} rows",
    "Ingen": "None",
    "Ingen advarsler: de fælles temaer har samme enhed og målingstype, og alle har nok målinger.":
        "No warnings: the shared themes have the same unit and measure type, and all have enough "
        "measurements.",
    "Ingen fejl fundet.": "No errors found.",
    "Ingen fejl.": "No errors.",
    "Ingen påviselig ændring": "No detectable change",
    "Ingen test: {r}": "No test: {r}",
    "Interessenter": "Stakeholders",
    "Intet blev indsat. ": "Nothing was pasted. ",
    "Intet kontrolkort: {r}": "No control chart: {r}",
    "Klik eller tryk Enter for at åbne indikatoren": "Click or press Enter to open the indicator",
    "Kolonne": "Column",
    "Kolonner": "Columns",
    "Komma (12,5)": "Comma (12,5)",
    "Kommentar": "Comment",
    "Komponent": "Component",
    "Kontrol": "Check",
    "Kontrolgrænser": "Control limits",
    "Kontrolgrænser og signaler": "Control limits and signals",
    "Kontrolkort ({c}): centerlinje {m}, grænser {lo} – {hi}":
        "Control chart ({c}): centre line {m}, limits {lo} – {hi}",
    "Kontrollér &igen": "Check &again",
    "Kontrollér database": "Check database",
    "Kopiér": "Copy",
    "Kursiv (Ctrl+I)": "Italic (Ctrl+I)",
    "Kvalitativ vurdering af de fem bundlinjer": "Qualitative assessment of the five bottom lines",
    "Lang form: én række pr. måling": "Long form: one row per measurement",
    "Licens": "Licence",
    "Luk": "Close",
    "Median (seriediagram)": "Median (run chart)",
    "Milepæle": "Milestones",
    "Milepælene vises som lodrette markeringer i graferne.":
        "Milestones are shown as vertical markers in the charts.",
    "Min version (databasen)": "My version (the database)",
    "Min version i alle": "My version in all",
    "Mål": "Target",
    "Mål {value}": "Target {value}",
    "Måletypen kan ikke ændres, når indikatoren har målinger":
        "The measure type cannot be changed while the indicator has measurements",
    "Måling": "Measurement",
    "Målinger": "Measurements",
    "Ny database": "New database",
    "Ny indi&kator …": "New &indicator …",
    "Ny indikator": "New indicator",
    "Ny milepæl": "New milestone",
    "Ny måling …": "New measurement …",
    "Ny række": "New row",
    "Ny&t forsøg …": "New &trial …",
    "Nyt forsøg": "New trial",
    "Nævner": "Denominator",
    "Om {app}": "About {app}",
    "Opdatér de eksisterende målinger med filens værdier":
        "Update the existing measurements with the file's values",
    "Opret en tom database i en ny fil": "Create an empty database in a new file",
    "Opret forsøg": "Create trial",
    "Opret forsøg «{name}»": "Create trial '{name}'",
    "Opret indikator": "Create indicator",
    "Opret indikator «{name}»": "Create indicator '{name}'",
    "Oprettet {created} · sidst ændret {updated}": "Created {created} · last changed {updated}",
    "Overblik": "Overview",
    "Overskrift": "Heading",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "PDF-dokument (*.pdf)": "PDF document (*.pdf)",
    "PNG-billede (*.png);;SVG-tegning (*.svg)": "PNG image (*.png);;SVG drawing (*.svg)",
    "Periode": "Period",
    "Periode:": "Period:",
    "Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.":
        "Problem, activities and the expected change. The text is included in the effect report.",
    "Programmet tager selv en sikkerhedskopi første gang databasen åbnes hver dag og før opdateringer og "
    "fletninger. De seneste 10 daglige og 4 ugentlige gemmes.\nMappe: {folder}":
        "The program makes a backup by itself the first time the database is opened each day, and before "
        "upgrades and merges. The latest 10 daily and 4 weekly backups are kept.\nFolder: {folder}",
    "Punktliste": "Bullet list",
    "Punktum (12.5)": "Point (12.5)",
    "Qt og PySide6 bruges under LGPL-3.0; kildekoden findes hos Qt-projektet.":
        "Qt and PySide6 are used under the LGPL-3.0; the source code is available from the Qt project.",
    "Rapporten kunne ikke gemmes: {error}": "The report could not be saved: {error}",
    "Rate pr. {per}": "Rate per {per}",
    "Redigér indikator": "Edit indicator",
    "Redigér indikator …": "Edit indicator …",
    "Redigér milepæl": "Edit milestone",
    "Redigér …": "Edit …",
    "Regneark og CSV (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)":
        "Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)",
    "Ret indikator «{name}»": "Edit indicator '{name}'",
    "Ret milepæl": "Edit milestone",
    "Ret værdierne, eller gendan fra en sikkerhedskopi (Fil → Gendan fra sikkerhedskopi …).":
        "Correct the values, or restore from a backup (File → Restore from backup …).",
    "Ret {field}": "Edit {field}",
    "Ret {field} {date}": "Edit {field} {date}",
    "Ryd celler": "Clear cells",
    "Række": "Row",
    "Række {row}": "Row {row}",
    "Samlet": "Overall",
    "Samlet: {text}": "Overall: {text}",
    "Sammenlign &forsøg …": "Compare &trials …",
    "Sammenlign forsøg": "Compare trials",
    "Sammenligningsrapport": "Comparison report",
    "Sammenligningsrapport (PDF) …": "Comparison report (PDF) …",
    "Sidst ændret (UTC)": "Last changed (UTC)",
    "Signal: forbedring": "Signal: improvement",
    "Signal: forværring": "Signal: deterioration",
    "Skemaversion: {v}.": "Schema version: {v}.",
    "Skriv i den nederste række for at tilføje. Enter går ned, Tab går til højre. Indsæt en blok fra Excel "
    "med Ctrl+V. Ctrl+Z fortryder.":
        "Type in the bottom row to add. Enter moves down, Tab moves right. Paste a block from Excel with "
        "Ctrl+V. Ctrl+Z undoes.",
    "Slet": "Delete",
    "Slet det valgte forsøg eller den valgte indikator (kan fortrydes)":
        "Delete the selected trial or indicator (can be undone)",
    "Slet forsøg «{name}»": "Delete trial '{name}'",
    "Slet forsøget «{name}» med {n} indikatorer og alle deres målinger?\n\nDu kan fortryde sletningen med "
    "Ctrl+Z.":
        "Delete the trial '{name}' with {n} indicators and all their measurements?\n\nYou can undo the "
        "deletion with Ctrl+Z.",
    "Slet indikator «{name}»": "Delete indicator '{name}'",
    "Slet indikatoren «{name}» og dens {m} målinger?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the indicator '{name}' and its {m} measurements?\n\nYou can undo the deletion with Ctrl+Z.",
    "Slet måling": "Delete measurement",
    "Slet valgte målinger": "Delete selected measurements",
    "Slet {n} målinger": "Delete {n} measurements",
    "Slettet her, men ændret i filen.": "Deleted here, but changed in the file.",
    "Slettet. Fortryd med Ctrl+Z.": "Deleted. Undo with Ctrl+Z.",
    "Sortér efter effektstørrelse (+ = forbedring), derefter status":
        "Sort by effect size (+ = improvement), then status",
    "Spredning (sd)": "Standard deviation (sd)",
    "Spring rækkerne over (behold de eksisterende målinger)":
        "Skip those rows (keep the existing measurements)",
    "Sprog": "Language",
    "Sprog:": "Language:",
    "Sproget skiftes, næste gang programmet startes.":
        "The language changes the next time the program starts.",
    "Start {date}": "Start {date}",
    "Størrelse": "Size",
    "Søg": "Search",
    "Søg i forsøg og indikatorer (Ctrl+F)": "Search trials and indicators (Ctrl+F)",
    "Tabel": "Table",
    "Tag deres version": "Take their version",
    "Tal og datoer": "Numbers and dates",
    "Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).\nDatoer skrives som 31-12-2014, "
    "31.12.2014 eller 2014-12-31.\n\nI måletabellen: Enter går ned, Tab går til højre, og du tilføjer en "
    "måling ved at skrive i den nederste række. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y "
    "gentager.":
        "Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).\nDates are "
        "written as 31-12-2014, 31.12.2014 or 2014-12-31.\n\nIn the measurement table: Enter moves down, Tab "
        "moves right, and you add a measurement by typing in the bottom row. Ctrl+V pastes a block from "
        "Excel. Ctrl+Z undoes, Ctrl+Y redoes.",
    "Tallene er illustrative (demodata), ikke rigtige data":
        "The figures are illustrative (demo data), not real data",
    "Teamets egen vurdering står ved siden af den beregnede i oversigten.":
        "The team's own assessment is shown beside the computed one in the overview.",
    "Teamets vurdering": "Team's assessment",
    "Tekst: skal udfyldes": "Text: is required",
    "Temaer": "Themes",
    "Test: {m}, {p}, 95 %-interval for ændringen {lo} til {hi}":
        "Test: {m}, {p}, 95% confidence interval for the change {lo} to {hi}",
    "Til": "To",
    "Tilføj milepæl": "Add milestone",
    "Ny praksis (faseskift)": "New practice (phase change)",
    "Marker milepælen som starten på en ny praksis: seriediagrammets og kontrolkortets midterlinje og "
    "kontrolgrænser beregnes forfra fra denne dato (fra fasens første 12 målinger), og signaler vurderes mod "
    "fasens egne grænser.":
        "Mark the milestone as the start of a new practice: the run and control charts' centre line and control "
        "limits are computed afresh from this date (from the phase's first 12 measurements), and signals are "
        "judged against the phase's own limits.",
    "{text} (ny praksis)": "{text} (new practice)",
    "Tilføj milepæl …": "Add milestone …",
    "Tilføj måling {date}": "Add measurement {date}",
    "To forskellige målinger på samme dato.": "Two different measurements on the same date.",
    "To forskellige vurderinger af samme bundlinje.": "Two different assessments of the same bottom line.",
    "Tæller": "Numerator",
    "Version": "Version",
    "Vil du åbne databasen skrivebeskyttet?": "Do you want to open the database read-only?",
    "Vis &arkiverede forsøg": "Show &archived trials",
    "Vis forsøgene side om side: tabel pr. tema, indekserede grafer, effektstørrelser":
        "Show the trials side by side: a table per theme, indexed charts, effect sizes",
    "Vurdering af {line}": "Assessment of {line}",
    "Vælg en vurdering, før begrundelsen kan gemmes.":
        "Choose a verdict before the justification can be saved.",
    "Vælg et forsøg": "Choose a trial",
    "Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Rediger → Nyt forsøg "
    "(Ctrl+N).":
        "Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).",
    "Vælg fil": "Choose a file",
    "Vælg først et forsøg i oversigten.": "First choose a trial on the left.",
    "Vælg mindst to forsøg til venstre.": "Choose at least two trials on the left.",
    "Vælg mindst én kolonne med en indikator.": "Choose at least one column with an indicator.",
    "Værdi": "Value",
    "Værktøjslinje": "Toolbar",
    "afviger fra det beregnede": "differs from the computed verdict",
    "dd-mm-åååå": "dd-mm-yyyy",
    "fx Borgere i uddannelse eller job": "e.g. Citizens in education or work",
    "fx FriNoVa": "e.g. FriNoVa",
    "fx Sagssystemet, månedlig udtræk": "e.g. The case system, monthly extract",
    "fx Teams etableret": "e.g. Teams established",
    "fx dage, timer, point": "e.g. days, hours, points",
    "ikke målt": "not measured",
    "ikke vurderet": "not assessed",
    "ja": "yes",
    "mål {t}{u}": "target {t}{u}",
    "nej": "no",
    "se advarsler": "see warnings",
    "skift (7 punkter på samme side)": "shift (7 points on the same side)",
    "slut {date}": "end {date}",
    "tendens (6 punkter i træk)": "trend (6 points in a row)",
    "uden for kontrolgrænserne": "outside the control limits",
    "valgfrit, fx Recovery": "optional, e.g. Recovery",
    "{name}: oversigt over effekterne": "{name}: overview of the effects",
    "{n} målinger indsat, {u} rettet": "{n} measurements pasted, {u} changed",
    "{n} problemer fundet.": "{n} problems found.",
    "{n} sider": "{n} pages",
    "{n} ændringer": "{n} changes",
    "{path} · {t} forsøg · {m} målinger": "{path} · {t} trials · {m} measurements",
    "{t} forsøg, {i} indikatorer, {m} målinger, {c} poster i ændringsloggen.":
        "{t} trials, {i} indicators, {m} measurements, {c} entries in the change log.",
    "Å&bn database …": "&Open database …",
    "Åbn &mappe": "Open &folder",
    "Åbn database": "Open database",
    "Åbner {path} …": "Opening {path} …",
    "Årsag": "Reason",
    "Ændrings&log": "Change &log",
    "Ændringslog": "Change log",
    "ændring {c}": "change {c}",
    "ændringslog.csv": "change-log.csv",
}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "effektmaaling" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-source-language", "da", "-target-language", "en", "-no-obsolete",
                    *sources, "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing, seen = [], set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        seen.add(source)
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    for source in sorted(set(EN) - seen):
        print(f"unused entry in EN (no longer in the program): {source!r}", file=sys.stderr)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
