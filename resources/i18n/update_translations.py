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
    "en måling, som importen skulle opdatere": "a measurement the import was to update",
    "en måling, som importen skulle opdatere (og {n} andre)": "a measurement the import was to update (and {n} others)",
    # the import wizard's indicator target, updates and summary (ui/import_wizard.py)
    "række {rows}": "row {rows}",
    "1 række": "1 row",
    "{n} rækker": "{n} rows",
    "1 måling": "1 measurement",
    "{n} målinger": "{n} measurements",
    "{rows} læst, {measurements}.": "{rows} read, {measurements}.",
    "Importeret: {new}, {updated}": "Imported: {new}, {updated}",
    "rækkerne {rows}": "rows {rows}",
    "Importen er gennemført.": "The import is done.",
    "1 ny måling": "1 new measurement",
    "{n} nye målinger": "{n} new measurements",
    "1 måling opdateret": "1 measurement updated",
    "{n} målinger opdateret": "{n} measurements updated",
    "1 måling sprunget over (den eksisterende er beholdt)": "1 measurement skipped (the existing one is kept)",
    "{n} målinger sprunget over (de eksisterende er beholdt)": "{n} measurements skipped (the existing ones are kept)",
    "Indikatorer:": "Indicators:",
    "1 ny": "1 new",
    "{n} nye": "{n} new",
    "1 opdateret": "1 updated",
    "{n} opdateret": "{n} updated",
    "1 sprunget over": "1 skipped",
    "{n} sprunget over": "{n} skipped",
    "»{name}«: {counts}": "'{name}': {counts}",
    "Databasen blev sikkerhedskopieret før importen ({name}). Den kan gendannes under Fil → Gendan fra "
    "sikkerhedskopi …": "The database was backed up before the import ({name}). It can be restored under "
                        "File → Restore from backup …",
    "Databasen havde ingen målinger før importen, så der blev ikke taget en sikkerhedskopi.":
        "The database had no measurements before the import, so no backup was taken.",
    "Importen kan fortrydes med Redigér → Fortryd.": "The import can be undone with Edit → Undo.",
    "Advarsel: 1 række i filens kolonne »Indikator« er til en anden indikator end »{target}«:":
        "Warning: 1 row in the file's 'Indicator' column is for another indicator than '{target}':",
    "Advarsel: {n} rækker i filens kolonne »Indikator« er til andre indikatorer end »{target}«:":
        "Warning: {n} rows in the file's 'Indicator' column are for other indicators than '{target}':",
    "»{name}«: {rows}": "'{name}': {rows}",
    "Vælg »Fra kolonnen »Indikator« i filen« under Kolonner for at importere hver række til sin indikator.":
        "Choose 'From the file's 'Indicator' column' under Columns to import each row to its indicator.",
    "Importér alligevel alle rækker til »{target}«": "Import all rows to '{target}' anyway",
    "{date}: {old} → {new} (række {row})": "{date}: {old} → {new} (row {row})",
    "Skriv datoen som 31-12-2014 (også 1-1-2015, 1/1/2015 og 2014-12-31)":
        "Type the date as 31-12-2014 (also 1-1-2015, 1/1/2015 and 2014-12-31)",
    "Vælg datoen i en kalender": "Pick the date in a calendar",
    "Kig &i:": "&Look in:",
    "Fil&type:": "Files of &type:",
    # offline and back (services/offline.py, ui/offline_actions.py)
    "Denne kopi": "This copy",
    "Den delte database": "The shared database",
    "Feltet »%1« er ændret forskelligt i denne kopi og i den delte database siden sidste synkronisering; de øvrige ændringer flettes uden konflikt.":
        "The field '%1' was changed differently in this copy and in the shared database since the last synchronisation; the other changes are merged without conflict.",
    "Slettet i denne kopi, men ændret i den delte database.": "Deleted in this copy, but changed in the shared database.",
    "Slettet i den delte database, men ændret i denne kopi.": "Deleted in the shared database, but changed in this copy.",
    "Brug den delte databases version": "Use the shared database's version",
    "Behold denne kopis version": "Keep this copy's version",
    "Slet (som i den delte database)": "Delete (as in the shared database)",
    "Behold denne kopis værdi": "Keep this copy's value",
    "Brug den delte databases værdi": "Use the shared database's value",
    "Denne kopis version i alle": "This copy's version in all",
    "Den delte databases version i alle": "The shared database's version in all",
    "Synkronisér med den delte database": "Synchronise with the shared database",
    "Synkroniserer med den delte database …": "Synchronising with the shared database …",
    "Synkronisér": "Synchronise",
    "Fra den delte database til denne kopi: %1 tilføjes, %2 opdateres, %3 slettes. Denne kopis ændringer sendes til den delte database.":
        "From the shared database to this copy: %1 added, %2 updated, %3 deleted. This copy's changes are sent to the shared database.",
    "Adgangskode": "Password",
    "Adgangskode til %1:": "Password for %1:",
    "Denne database er selv den delte database. Synkronisér fra den kopi, der er taget med offline.":
        "This database is the shared database itself. Synchronise from the copy that was taken along offline.",
    "Vælg i oversigten det forsøg, der skal synkroniseres.": "Select the trial to synchronise in the overview.",
    "Denne database har intet forsøg, der er taget med fra en delt database.":
        "This database has no trial taken along from a shared database.",
    "Tag forsøget med offline": "Take the trial along offline",
    "Tag forsøget med offline …": "Take the trial along offline …",
    "Et forsøg tages med offline fra en delt database: åbn den først (Fil → Åbn database).":
        "A trial is taken along offline from a shared database: open it first (File → Open database).",
    "Forsøget »%1« er taget med i %2. Åbn filen (Fil → Åbn database) for at arbejde offline, og vælg Fil → Synkronisér med den delte database, når du er tilbage.":
        "The trial '%1' was taken along in %2. Open the file (File → Open database) to work offline, and choose File → Synchronise with the shared database when you are back.",
    'Forbinder til {server} …':
        'Connecting to {server} …',
    'Du ser ingen forsøg i den delte database: du er endnu ikke medlem af noget. Bed administratoren om adgang, eller opret et nyt forsøg, hvis du er projektleder.':
        'You see no trials in the shared database: you are not a member of any yet. Ask the administrator for access, or create a new trial if you are a project lead.',
    'indikatoren »{name}«':
        "the indicator '{name}'",
    'Åbn &delt database …':
        'Open s&hared database …',
    'Åbn den fælles database på en PostgreSQL-server':
        'Open the common database on a PostgreSQL server',
    'Adgang &til forsøg …':
        '&Access to trials …',
    'Hvem må læse og skrive hvilke forsøg i den delte database':
        'Who may read and write which trials in the shared database',
    '{database} på {server}':
        '{database} on {server}',
    '{where} · logget ind som {login} · {t} forsøg · {m} målinger':
        '{where} · logged in as {login} · {t} trials · {m} measurements',
    '{database} på {server} (delt database)':
        '{database} on {server} (shared database)',
    'Den anden brugers værdi er beholdt.':
        "The other user's value was kept.",
    'Gemt: din værdi har erstattet den anden brugers.':
        "Saved: your value has replaced the other user's.",
    'målingen {date} i »{indicator}«':
        "the measurement of {date} in '{indicator}'",
    '{who} har ændret feltet imens; vælg, hvilken værdi der skal gælde.':
        '{who} changed the field meanwhile; choose which value should stand.',
    'En anden bruger':
        'Another user',
    'forsøget »{name}«':
        "the trial '{name}'",
    'Projektleder (læser og skriver)':
        'Project lead (reads and writes)',
    'Læser':
        'Reader',
    'Adgang til forsøg':
        'Access to trials',
    'Databaseserveren håndhæver adgangen: en login ser kun de forsøg, den er medlem af. Logins oprettes af IT; her giver du dem adgang.':
        'The database server enforces access: a login sees only the trials it is a member of. Logins are created by IT; here you give them access.',
    'Login':
        'Login',
    'Rolle':
        'Role',
    'Givet':
        'Granted',
    'Af':
        'By',
    'Medlemmer af forsøgene':
        'Members of the trials',
    '&Fjern adgang':
        '&Remove access',
    'Giv adgang':
        'Grant access',
    '&Giv adgang':
        '&Grant access',
    '&Login:':
        '&Login:',
    'F&orsøg:':
        '&Trial:',
    '&Rolle:':
        'R&ole:',
    'ingen':
        'none',
    'Læser alle forsøg (centrale medarbejdere): {central}. Administratorer: {admins}.':
        'Read every trial (central staff): {central}. Administrators: {admins}.',
    'Skriv den login, der skal have adgang.':
        'Type the login that is to have access.',
    'Der er intet forsøg at give adgang til.':
        'There is no trial to give access to.',
    '{login} er nu {role} i »{trial}«.':
        "{login} is now {role} in '{trial}'.",
    '{login} har ikke længere adgang til »{trial}«.':
        "{login} no longer has access to '{trial}'.",
    '(tom)':
        '(empty)',
    'Ændret af en anden':
        'Changed by someone else',
    'en anden bruger':
        'another user',
    '{who} har ændret {what} den {date} kl. {time}, efter du hentede den. Din ændring er ikke gemt endnu.':
        '{who} changed {what} on {date} at {time}, after you fetched it. Your change is not saved yet.',
    '{who} har ændret {what}, efter du hentede den. Din ændring er ikke gemt endnu.':
        '{who} changed {what} after you fetched it. Your change is not saved yet.',
    'Din værdi':
        'Your value',
    'Deres værdi ({who})':
        'Their value ({who})',
    'Hvilken værdi skal gælde?':
        'Which value should stand?',
    '&Behold deres':
        '&Keep theirs',
    '&Overskriv med min':
        '&Overwrite with mine',
    'Den delte database sikkerhedskopieres og kontrolleres af IT på serveren.':
        'The shared database is backed up and checked by IT on the server.',
    'Åbn delt database':
        'Open shared database',
    'En delt database ligger på en PostgreSQL-server, som IT driver. Skriv, hvor den er, og din databaselogin.':
        'A shared database is on a PostgreSQL server run by IT. Type where it is and your database login.',
    'fx effektmaaling.kk.dk':
        'e.g. effektmaaling.kk.dk',
    'Ingen kryptering (disable)':
        'No encryption (disable)',
    'Hvis serveren kræver det (allow)':
        'If the server requires it (allow)',
    'Hvis muligt (prefer)':
        'If possible (prefer)',
    'Krævet (require)':
        'Required (require)',
    'Krævet, certifikat kontrolleret (verify-ca)':
        'Required, certificate checked (verify-ca)',
    'Krævet, certifikat og navn kontrolleret (verify-full)':
        'Required, certificate and name checked (verify-full)',
    '&Server:':
        '&Server:',
    '&Port:':
        '&Port:',
    '&Database:':
        '&Database:',
    '&Adgangskode:':
        'Pass&word:',
    '&Kryptering (SSL):':
        '&Encryption (SSL):',
    '&Husk adgangskoden i styresystemets nøglering':
        '&Remember the password in the system keyring',
    'Denne computer har ingen nøglering, så adgangskoden kan ikke huskes; du bliver spurgt om den hver gang.':
        'This computer has no keyring, so the password cannot be remembered; you will be asked for it each time.',
    '&Forbind':
        '&Connect',
    'gemt i nøgleringen':
        'kept in the keyring',
    'serveren':
        'the server',
    'databasen':
        'the database',
    'din login':
        'your login',
    'Skriv {what}.':
        'Type {what}.',
    "Gendan sikkerhedskopien fra {when} ({trials} forsøg)?\n\nDatabasens nuværende indhold erstattes. Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og fortryd-historikken slettes. Det nuværende indhold gemmes først som sikkerhedskopi, så du kan gendanne det herfra.":
        "Restore the backup of {when} ({trials} trials)?\n\nThe database's current content is replaced. The restore cannot be undone with Ctrl+Z: the database is opened anew and the undo history is cleared. The current content is first saved as a backup, so you can restore it from here.",
    "Tendens i opfølgningen: {s}": "Trend in the follow-up: {s}",
    "Feltet »%1« er ændret forskelligt i databasen og i filen siden sidste fælles version; de øvrige ændringer flettes uden konflikt.":
        "The field '%1' was changed differently in the database and in the file since the last common version; the other changes are merged without conflict.",
    "Behold databasens værdi": "Keep the database's value",
    "Brug filens værdi": "Use the file's value",
    "Forsøget »%1« findes i databasen og flettes.": "The trial '%1' is already in the database and will be merged.",
    "{what} tilføjes": "{what} added",
    "{what} opdateres": "{what} updated",
    "{what} slettes": "{what} deleted",
    "… og {n} flere": "… and {n} more",
    "{what} uændrede.": "{what} unchanged.",
    "{first} og {last}": "{first} and {last}",
    "forsøg": "trial(s)",
    "indikator": "indicator",
    "indikatorer": "indicators",
    "måling": "measurement",
    "målinger": "measurements",
    "milepæl": "milestone",
    "milepæle": "milestones",
    "vurdering": "assessment",
    "vurderinger": "assessments",
    "post": "record",
    "poster": "records",
    "Mappe": "Folder",
    "{suffix}-fil": "{suffix} file",
    "Fil": "File",
    'Slettet i filen, men ændret her.':
        'Deleted in the file, but changed here.',
    '(slettet af %1, %2)':
        '(deleted by %1, %2)',
    'Slet (som i filen)':
        'Delete (as in the file)',
    'Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på samme dato). Intet er ændret; åbn filen igen.':
        'The choices or a change in the database give new conflicts (e.g. two measurements on one date). Nothing was changed; open the file again.',
    "Importér filen som et nyt forsøg med nye id'er?":
        'Import the file as a new trial with new ids?',
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
    "&Redigér": "&Edit",
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
    "Baseline (indtastet)": "Baseline (typed)",
    "Flyt baselinens slutdato?": "Move the end of the baseline?",
    "Disse indikatorer har baseline til og med {old}, dagen før den hidtidige startdato:\n\n{names}\n\nSkal deres "
    "baseline i stedet gå til og med {new}, dagen før den nye startdato?":
        "These indicators have a baseline up to and including {old}, the day before the previous start date:\n\n"
        "{names}\n\nShould their baseline instead run up to and including {new}, the day before the new start date?",
    "Baseline følger ikke startdatoen": "Baseline does not follow the start date",
    "Startdatoen er nu {start}. Disse indikatorer har en baseline, der ikke slutter dagen før:\n\n{names}\n\n"
    "Ret »Baseline til og med« under Redigér indikator, hvis den skal følge startdatoen.":
        "The start date is now {start}. These indicators have a baseline that does not end the day before:\n\n"
        "{names}\n\nChange 'Baseline up to and including' under Edit indicator if it should follow the start date.",
    "Ret startdato og baseline for {n} indikator(er)": "Change start date and baseline of {n} indicator(s)",
    "baseline til og med": "baseline up to and including",
    "Antal": "Count",
    "Ark:": "Sheet:",
    "Arkivér forsøg": "Archive trial",
    "Arkivér forsøget, når det er afsluttet og afrapporteret.":
        "Archive the trial when it has ended and been reported.",
    "Baseline (gennemsnit)": "Baseline (mean)",
    "Baseline og mål": "Baseline and target",
    "Baselinen bevares altid: den er det, opfølgningen sammenlignes med.":
        "The baseline is always kept: it is what the follow-up is compared with.",
    "Begrundelse: hvad viser erfaringerne?": "Justification: what does experience show?",
    "Behold databasens version": "Keep the database's version",
    "Behold slettet": "Keep it deleted",
    "Beklager, der skete en uventet fejl. Dine gemte data er i orden.\n\nDetaljerne er skrevet i "
    "logfilen:\n{path}":
        "Sorry, an unexpected error occurred. Your saved data are safe.\n\nThe details were written to the "
        "log file:\n{path}",
    "Beregnet ud fra indikatorerne": "Computed from the indicators",
    "Beregnet: {c}\nVurderet: {a}": "Computed: {c}\nAssessed: {a}",
    "Bred form: en datokolonne og én kolonne pr. indikator":
        "Wide form: a date column and one column per indicator",
    "Én kolonne pr. indikator og en kolonne med datoen":
        "One column per indicator and a column with the date",
    "Bruges kun, når der ikke er målinger før baselinens slutning":
        "Used only when there are no measurements before the end of the baseline",
    "Bundlinje": "Bottom line",
    "Bundlinjer": "Bottom lines",
    "CSV, dansk (semikolon, decimalkomma) (*.csv)": "CSV, Danish (semicolon, decimal comma) (*.csv)",
    "CSV, international (komma, decimalpunktum) (*.csv)": "CSV, international (comma, decimal point) (*.csv)",
    "CSV, tegnsæt %1, skilletegn »%2«": "CSV, encoding %1, delimiter '%2'",
    "CSV-fil (*.csv)": "CSV file (*.csv)",
    "Daglig": "Daily",
    "Dato": "Date",
    "Dato:": "Date:",
    "Dato: skal udfyldes": "Date: is required",
    "De nyeste {n} ændringer": "The latest {n} changes",
    "Decimaltegn i tekst:": "Decimal separator in text:",
    "Demodata": "Demo data",
    "Der er endnu ingen sikkerhedskopier af denne database.": "There are no backups of this database yet.",
    "Filens version": "The file's version",
    "Filens version i alle": "The file's version in all",
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
    "Excel-ark »%1«": "Excel sheet '%1'",
    "Excel-projektmappe (*.xlsx)": "Excel workbook (*.xlsx)",
    "Felt": "Field",
    "Fil:": "File:",
    "Filen kunne ikke skrives: {e}": "The file could not be written: {e}",
    "Filen {path} findes allerede. Vælg Åbn database for at åbne den.":
        "The file {path} already exists. Choose Open database to open it.",
    "Fjern": "Remove",
    "Fjern milepæl »{text}«": "Remove milestone '{text}'",
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
    "Forsøget har endnu ingen indikatorer. Vælg Redigér → Ny indikator …":
        "The trial has no indicators yet. Choose Edit → New indicator …",
    "Forsøget starter": "Trial starts",
    "Forsøget »%1« er gemt i %2 (%3 indikatorer, %4 målinger).":
        "The trial '%1' was saved to %2 (%3 indicators, %4 measurements).",
    "Forsøget »%1« findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.":
        "The trial '%1' is not in the database and will be created with %2 indicators and %3 measurements.",
    "Forsøgets &detaljer": "Trial &details",
    "Forsøgets detaljer": "Trial details",
    "Forværret": "Worsened",
    "Fra": "From",
    "Fra kolonnen »Indikator« i filen": "From the file's 'Indicator' column",
    "Før fletning af forsøg": "Before merging a trial",
    "Før gendannelse": "Before a restore",
    "Før opdatering af databasen": "Before a database upgrade",
    "Gem effektrapport": "Save effect report",
    "Gem ændringer": "Save changes",
    "Gemt": "Saved",
    "Gendan fra sikkerhedskopi": "Restore from backup",
    "Gendan sikkerhedskopien fra {when} ({trials} forsøg)?\n\nDatabasens nuværende indhold erstattes. Det "
    "nuværende indhold gemmes først som sikkerhedskopi, så gendannelsen kan fortrydes herfra.":
        "Restore the backup from {when} ({trials} trials)?\n\nThe current contents of the database will be "
        "replaced. The current contents are first saved as a backup, so the restore can be undone from here.",
    "Gendan sikkerhedskopien fra {when} ({trials} forsøg)?\n\nDatabasens nuværende indhold erstattes. "
    "Gendannelsen kan ikke fortrydes med Ctrl+Z: databasen åbnes på ny, og fortryd-historikken slettes. Det "
    "nuværende indhold gemmes dog selv som sikkerhedskopi først, så du kan gendanne det herfra.":
        "Restore the backup from {when} ({trials} trials)?\n\nThe current contents of the database will be "
        "replaced. The restore cannot be undone with Ctrl+Z: the database is opened afresh and the undo "
        "history is cleared. The current contents are first saved as a backup themselves, so you can restore "
        "them from here.",
    "Gennemse …": "Browse …",
    "Genåbn forsøg": "Reopen trial",
    "Graf over målingerne": "Chart of the measurements",
    "Grafen er gemt i {path}": "The chart was saved to {path}",
    "Hele filen er kontrolleret. Der importeres kun, hvis alle rækker er i orden.":
        "The whole file has been checked. Nothing is imported unless every row is in order.",
    "Vælg, hvilken kolonne der indeholder hvad. Kolonner med kendte overskrifter er valgt på forhånd.":
        "Choose which column holds what. Columns with known headings are preselected.",
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
    "Ingen": "None",
    "Ingen advarsler: de fælles temaer har samme enhed og måletype, og alle har nok målinger.":
        "No warnings: the shared themes have the same unit and measure type, and all have enough "
        "measurements.",
    "Ingen fejl fundet.": "No errors found.",
    "Ingen fejl.": "No errors.",
    "Ingen påviselig ændring": "No detectable change",
    "Ingen test: {r}": "No test: {r}",
    "Interessenter": "Stakeholders",
    "Intet blev indsat. ": "Nothing was pasted. ",
    "Målingen {date}, {field}: »{typed}« blev ikke gemt: {reason}":
        "Measurement {date}, {field}: '{typed}' was not saved: {reason}",
    "Intet blev slettet. ": "Nothing was deleted. ",
    "Din adgang til forsøget {names} er fjernet af en administrator.":
        "Your access to the trial {names} was removed by an administrator.",
    "Din adgang til forsøgene er ændret af en administrator.": "Your access to the trials was changed by an administrator.",
    "posten fra trinnet »{step}«": "the record from the step '{step}'",
    "Den anden brugers værdi er beholdt; intet er fortrudt.": "The other user's value was kept; nothing was undone.",
    "Den anden brugers værdi er beholdt; intet er gentaget.": "The other user's value was kept; nothing was redone.",
    "vurderingen af {line}": "the assessment of {line}",
    "milepælen »{text}«": "the milestone '{text}'",
    "Intet kontroldiagram: {r}": "No control chart: {r}",
    "Klik eller tryk Enter for at åbne indikatoren": "Click or press Enter to open the indicator",
    "Kolonne": "Column",
    "Kolonner": "Columns",
    "Komma (12,5)": "Comma (12,5)",
    "Kommentar": "Comment",
    "Komponent": "Component",
    "Kontrol": "Check",
    "Kontrolgrænser": "Control limits",
    "Kontrolgrænser og signaler": "Control limits and signals",
    "Kontroldiagram ({c}): midterlinje {m}, grænser {lo} – {hi}":
        "Control chart ({c}): centre line {m}, limits {lo} – {hi}",
    "Kontrollér &igen": "Check &again",
    "Kontrollér database": "Check database",
    "Kopiér": "Copy",
    "Kvalitativ vurdering af de fem bundlinjer": "Qualitative assessment of the five bottom lines",
    "Én række pr. måling (dato, værdi og evt. indikator)": "One row per measurement (date, value and perhaps indicator)",
    "Licens": "Licence",
    "Luk": "Close",
    "Median (seriediagram)": "Median (run chart)",
    "Milepæle": "Milestones",
    "Milepælene vises som lodrette markeringer i graferne.":
        "Milestones are shown as vertical markers in the charts.",
    "Databasens version": "The database's version",
    "Databasens version i alle": "The database's version in all",
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
    "Opret forsøg »{name}«": "Create trial '{name}'",
    "Opret indikator": "Create indicator",
    "Opret indikator »{name}«": "Create indicator '{name}'",
    "Der findes allerede temaet »{theme}«": "There is already the theme '{theme}'",
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
    "Programmet tager selv en sikkerhedskopi første gang databasen åbnes hver dag og før opdateringer, "
    "fletninger og import af målinger. De seneste 10 daglige og 4 ugentlige gemmes.\nMappe: {folder}":
        "The program makes a backup by itself the first time the database is opened each day, and before "
        "upgrades, merges and imports of measurements. The latest 10 daily and 4 weekly backups are kept.\nFolder: {folder}",
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
    "Ret indikator »{name}«": "Edit indicator '{name}'",
    "Ret milepæl": "Edit milestone",
    "Ret værdierne, eller gendan fra en sikkerhedskopi (Fil → Gendan fra sikkerhedskopi …).":
        "Correct the values, or restore from a backup (File → Restore from backup …).",
    "Ret {field}": "Edit {field}",
    "Ryd celler": "Clear cells",
    "Række": "Row",
    "Række {row}": "Row {row}",
    "Samlet": "Overall",
    "Samlet: {text}": "Overall: {text}",
    "Sammenlign &forsøg …": "Compare &trials …",
    "Sammenlign forsøg": "Compare trials",
    # the comparison analysed off the GUI thread (ui/compare_view.py)
    "Sammenlign igen": "Compare again",
    "Sammenligningens fremdrift": "Progress of the comparison",
    "Analyserer forsøg {k} af {n} …": "Analysing trial {k} of {n} …",
    "Analyserer forsøgets målinger …": "Analysing the trial's measurements …",
    "Sammenligner {n} forsøg …": "Comparing {n} trials …",
    "Sammenligningen blev annulleret.": "The comparison was cancelled.",
    "Forsøgene kunne ikke sammenlignes: {e}": "The trials could not be compared: {e}",
    "Sammenligner …": "Comparing …",
    "(fortsat)": "(continued)",
    "{names} og {n} andre": "{names} and {n} others",
    "Eksporterer målingerne …": "Exporting the measurements …",
    "Eksporterer ændringsloggen …": "Exporting the change log …",
    "Eksporterer forsøget …": "Exporting the trial …",
    "Eksporterer sammenligningen …": "Exporting the comparison …",
    "Vælg alle": "Select all",
    "Fravælg alle": "Deselect all",
    "Sammenligningsrapport": "Comparison report",
    "Sammenligningsrapport (PDF) …": "Comparison report (PDF) …",
    "Sidst ændret (UTC)": "Last changed (UTC)",
    "Signal: forbedring": "Signal: improvement",
    "Signal: forværring": "Signal: deterioration",
    "Skemaversion: {v}.": "Schema version: {v}.",
    "Slet": "Delete",
    "Slet det valgte forsøg eller den valgte indikator (kan fortrydes)":
        "Delete the selected trial or indicator (can be undone)",
    "Slet forsøg »{name}«": "Delete trial '{name}'",
    "Slet forsøget »{name}« med {n} indikatorer og alle deres målinger?\n\nDu kan fortryde sletningen med "
    "Ctrl+Z.":
        "Delete the trial '{name}' with {n} indicators and all their measurements?\n\nYou can undo the "
        "deletion with Ctrl+Z.",
    "Slet indikator »{name}«": "Delete indicator '{name}'",
    "Slet indikatoren »{name}« og dens {m} målinger?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the indicator '{name}' and its {m} measurements?\n\nYou can undo the deletion with Ctrl+Z.",
    "Slet valgte målinger": "Delete selected measurements",
    "Slet forsøget »{name}« med 1 indikator og alle dens målinger?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the trial '{name}' with 1 indicator and all its measurements?\n\nYou can undo the deletion "
        "with Ctrl+Z.",
    "Baseline": "Baseline",
    "målingen {dates} kommer med i baselinen": "the measurement of {dates} moves into the baseline",
    "{n} målinger ({dates}) kommer med i baselinen": "{n} measurements ({dates}) move into the baseline",
    ", så den indtastede baseline ikke længere bruges": ", so the typed baseline is no longer used",
    "Slet forsøget »{name}«?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the trial '{name}'?\n\nYou can undo the deletion with Ctrl+Z.",
    "Slet indikatoren »{name}«?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the indicator '{name}'?\n\nYou can undo the deletion with Ctrl+Z.",
    "Slet indikatoren »{name}« og dens 1 måling?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the indicator '{name}' and its 1 measurement?\n\nYou can undo the deletion with Ctrl+Z.",
    "1 måling indsat, {u} rettet": "1 measurement pasted, {u} changed",
    "1 måling, {first}": "1 measurement, {first}",
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
    "Brug filens version": "Use the file's version",
    "Tal og datoer": "Numbers and dates",
    "Tallene er illustrative (demodata), ikke rigtige data":
        "The figures are illustrative (demo data), not real data",
    "Teamets egen vurdering står ved siden af den beregnede i oversigten.":
        "The team's own assessment is shown beside the computed one in the overview.",
    "Teamets vurdering": "Team's assessment",
    "Tekst: skal udfyldes": "Text: is required",
    "Temaer": "Themes",
    "Test: {m}, {p}, 95\u00a0%-konfidensinterval for ændringen {lo} til {hi}":
        "Test: {m}, {p}, 95% confidence interval for the change {lo} to {hi}",
    "Til": "To",
    "Tilføj milepæl": "Add milestone",
    "Ny praksis (faseskift)": "New practice (phase change)",
    "Markér milepælen som starten på en ny praksis: seriediagrammets og kontroldiagrammets midterlinje og "
    "kontrolgrænser beregnes forfra fra denne dato (fra fasens første 12 målinger), og signaler vurderes mod "
    "fasens egne grænser.":
        "Mark the milestone as the start of a new practice: the run and control charts' centre line and control "
        "limits are computed afresh from this date (from the phase's first 12 measurements), and signals are "
        "judged against the phase's own limits.",
    "{text} (ny praksis)": "{text} (new practice)",
    "Tilføj milepæl …": "Add milestone …",
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
    "Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Redigér → Nyt forsøg "
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
    "mål {t}": "target {t}",
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
    "ændringslog.csv": "change-log.csv",
    "Licenser": "Licences",
    "Ingen målinger endnu.": "No measurements yet.",
    "{n} målinger fra {first} til {last}": "{n} measurements from {first} to {last}",
    "seneste {value}": "latest {value}",
    "baseline {value}": "baseline {value}",
    "mål {value}": "target {value}",
    "{n} signaler": "{n} signals",
    "Graf: {title}": "Chart: {title}",
    "Sammenligningstabel": "Comparison table",
    "Effektstørrelser med 95\xa0%-konfidensinterval": "Effect sizes with 95% confidence intervals",
    "Bundlinjer side om side": "Bottom lines side by side",
    "Sammenligningens visninger": "Views of the comparison",
    "Oversigt over forsøget": "Trial overview",
    "Oversigt over forsøget {name}": "Overview of the trial {name}",
    "Ryd søgningen": "Clear the search",
    "Til første træf": "To the first match",
    "Fed": "Bold",
    "Kursiv": "Italic",
    "Genvej: {keys}": "Shortcut: {keys}",
    "{field} for {line}": "{field} for {line}",
    "Dokumentation: fx interviews, referater, evalueringer": "Evidence: e.g. interviews, minutes, evaluations",
    "Forsøgets detaljer: {name}": "Trial details: {name}",
    "Sikkerhedskopier": "Backups",
    "Vis ændringer for forsøg": "Show changes for trial",
    "Vis ændringer for indikator": "Show changes for indicator",
    "Fra dato": "From date",
    "Til dato": "To date",
    "Ændringsloggen": "The change log",
    "Ark": "Sheet",
    "Importér til indikator": "Import into indicator",
    "Kolonne med {field}": "Column with {field}",
    "Kolonne med datoen": "Column with the date",
    "Fejl: {text}": "Error: {text}",
    "Kolonner og indikatorer": "Columns and indicators",
    "De første rækker, som de vil blive læst. Rækker med fejl er markeret med et advarselstegn og forklaret i rækken.": "The first rows, as they will be read. Rows with errors are marked with a warning sign and explained in the row.",
    "Fejl i filen": "Errors in the file",
    "Begræns perioden fra en dato": "Limit the period from a date",
    "Begræns perioden til en dato": "Limit the period to a date",
    'Rapportens sprog': "The report's language",
    "Forhåndsvisning af rapporten": "Preview of the report",
    "Visninger": "Views",
    "procentpoint": "percentage points",
    "Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).\nDatoer skrives som 31-12-2014, "
    "31.12.2014 eller 2014-12-31.\n\nI måletabellen tilføjer du en måling ved at skrive i den nederste række: "
    "Tab går til højre, Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Ctrl+V indsætter en "
    "blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.":
        "Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).\nDates are "
        "written as 31-12-2014, 31.12.2014 or 2014-12-31.\n\nIn the measurement table you add a measurement "
        "by typing in the bottom row: Tab moves right, Enter saves the row and starts the next, Esc abandons "
        "the row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, Ctrl+Y redoes.",
    "Skriv en ny måling i den nederste række: Tab går til højre, Enter gemmer rækken og begynder den næste, "
    "Esc fortryder rækken. Indsæt en blok fra Excel med Ctrl+V. Ctrl+Z fortryder.":
        "Type a new measurement in the bottom row: Tab moves right, Enter saves the row and starts the next, "
        "Esc abandons the row. Paste a block from Excel with Ctrl+V. Ctrl+Z undoes.",
    "Den nye række i »{name}« er ikke gemt: den venter, når du vender tilbage.":
        "The new row in '{name}' is not saved: it is waiting for you when you come back.",
    "Ret {field} {date} i »{indicator}«": "Edit {field} {date} in '{indicator}'",
    "Tilføj måling {date} i »{indicator}«": "Add measurement {date} to '{indicator}'",
    "Ikke gemt": "Not saved",
    "En ny række i {names} kan ikke gemmes, fordi den er ufuldstændig eller har en fejl (se markeringen i "
    "tabellen).\n\nLuk alligevel og kassér rækken?":
        "A new row in {names} cannot be saved because it is incomplete or has an error (see the mark in the "
        "table).\n\nClose anyway and discard the row?",
    "Fortryd": "Undo",
    "Gentag": "Redo",
    "Fortrudt: {what}": "Undone: {what}",
    "Gentaget: {what}": "Redone: {what}",
    "Indsæt 1 måling i »{indicator}«": "Paste 1 measurement into '{indicator}'",
    "Indsæt {n} målinger i »{indicator}«": "Paste {n} measurements into '{indicator}'",
    "Slet målingen {date} i »{indicator}«": "Delete the measurement {date} in '{indicator}'",
    "Slet {n} målinger i »{indicator}«": "Delete {n} measurements in '{indicator}'",
    "1 måling slettet – Ctrl+Z fortryder": "1 measurement deleted – Ctrl+Z undoes",
    "Forsøg: {name}": "Trial: {name}",
    "{n} målinger slettet – Ctrl+Z fortryder": "{n} measurements deleted – Ctrl+Z undoes",
    "Databasen er åbnet skrivebeskyttet.": "The database is open read-only.",
    "Kun en kopi, der er taget med offline fra en delt database, kan synkroniseres. "
    "Denne database er ikke en sådan kopi.":
        "Only a copy taken along offline from a shared database can be synchronised. "
        "This database is not such a copy.",
    "Ryd {n} celler i »{indicator}«": "Clear {n} cells in '{indicator}'",
    "Import af forsøget »{name}«": "Import of the trial '{name}'",
    "Sammenfletning af »{name}« (1 ændring)": "Merge of '{name}' (1 change)",
    "Sammenfletning af »{name}« ({n} ændringer)": "Merge of '{name}' ({n} changes)",
    "Import af målinger i »{where}«": "Import of measurements into '{where}'",
    "Import af 1 måling i »{where}«": "Import of 1 measurement into '{where}'",
    "Import af {n} målinger i »{where}«": "Import of {n} measurements into '{where}'",
    "Ingen målinger endnu. Skriv den første i tabellen nedenfor, indsæt fra Excel med Ctrl+V, eller importér "
    "en fil med Fil → Importér målinger …":
        "No measurements yet. Type the first in the table below, paste from Excel with Ctrl+V, or import a file "
        "with File → Import measurements …",
    "Ingen målinger endnu": "No measurements yet",
    "Bruges ikke: {columns}. Vælg dem under Kolonner, hvis de skal med.":
        "Not used: {columns}. Choose them under Columns if they should be imported.",
    # long work off the GUI thread (#19)
    "Opsætter side {page} …": "Laying out page {page} …",
    "Opsætter side {page} af {pages} …": "Laying out page {page} of {pages} …",
    "Opsætter side {page} af {pages} (gennemløb {n}) …": "Laying out page {page} of {pages} (pass {n}) …",
    "Laver sammenligningsrapporten …": "Making the comparison report …",
    "Annullerer …": "Cancelling …",
    "Kontrollerer sikkerhedskopien …": "Checking the backup …",
    "Gemmer det nuværende indhold og gendanner sikkerhedskopien …":
        "Saving the current content and restoring the backup …",
    "Kontrollen skrider frem": "Progress of the check",
    "Kontrollerer filens sammenhæng (SQLite) …": "Checking the file's integrity (SQLite) …",
    "Kontrollerer databasens skema …": "Checking the database's schema …",
    "Kontrollerer målingernes værdier: indikator {done} af {total} …":
        "Checking the measurements' values: indicator {done} of {total} …",
    "Kontrollerer databasen …": "Checking the database …",
    "Kontrollen blev annulleret; intet er ændret.": "The check was cancelled; nothing was changed.",
    "Importerer forsøget »{name}« …": "Importing the trial '{name}' …",
    "Fletter forsøget »{name}« ind i databasen …": "Merging the trial '{name}' into the database …",
    "Læser filen …": "Reading the file …",
    "Sammenligner filen med databasen …": "Comparing the file with the database …",
    "Gemmer målingerne …": "Saving the measurements …",
    "Læser og kontrollerer filen: {n} rækker …": "Reading and checking the file: {n} rows …",
    "Importerer målingerne …": "Importing the measurements …",
    "Filen kontrolleres": "The file is being checked",
    "Kontrollerer filen: {n} rækker …": "Checking the file: {n} rows …",
    "Kontrollerer filen …": "Checking the file …",
    "Rapporten laves": "The report is being made",
    "Læser og analyserer forsøget …": "Reading and analysing the trial …",
    "Laver rapporten …": "Making the report …",
    "Rapporten blev annulleret.": "The report was cancelled.",
    "Importerer filen som et nyt forsøg …": "Importing the file as a new trial …",
    # saved files, restore, import backup (tester findings)
    "Billedet kunne ikke gemmes i {path}": "The image could not be saved in {path}",
    "Sammenligningen er gemt: {path}": "The comparison was saved: {path}",
    "Sammenligningsrapporten er gemt: {path}": "The comparison report was saved: {path}",
    "Effektrapporten er gemt: {path}": "The effect report was saved: {path}",
    "Åbn": "Open",
    "Åbn mappe": "Open folder",
    "Før import af målinger": "Before an import of measurements",
    "Databasen er gendannet fra sikkerhedskopien {name} ({when}). Det tidligere indhold er gemt som "
    "sikkerhedskopi (Før gendannelse).":
        "The database was restored from the backup {name} ({when}). The previous content was saved as a "
        "backup (Before restore).",
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
