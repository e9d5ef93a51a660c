"""Refresh the English translation of the desktop program and compile it.

    uv run python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``effektmaaling/ui`` into
   ``effektmaaling_en.ts`` (source language Danish);
2. messages still without a translation get one from :data:`EN` below (edit the .ts file in Qt
   Linguist or add to :data:`EN`);
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
    " (arkiveret)": " (archived)",
    " (skrivebeskyttet)": " (read-only)",
    "&Afslut": "&Quit",
    "&Arkivér eller genåbn forsøg": "&Archive or reopen trial",
    "&Eksportér graf …": "&Export chart …",
    "&Fil": "&File",
    "&Fortryd": "&Undo",
    "&Gentag": "&Redo",
    "&Hjælp": "&Help",
    "&Indstillinger …": "&Settings …",
    "&Kontrolgrænser og signaler": "&Control limits and signals",
    "&Median (seriediagram)": "&Median (run chart)",
    "&Navigator": "&Navigator",
    "&Ny database …": "&New database …",
    "&Om {app}": "&About {app}",
    "&Oversigt over forsøget": "Trial &overview",
    "&Rediger": "&Edit",
    "&Redigér indikator …": "&Edit indicator …",
    "&Seneste databaser": "&Recent databases",
    "&Slet …": "&Delete …",
    "&Søg": "&Search",
    "&Tal og datoer": "&Numbers and dates",
    "&Vis": "&View",
    "(ingen)": "(none)",
    "Analysen er ikke tilgængelig.": "The analysis is not available.",
    "Andel (%)": "Proportion (%)",
    "Annullér": "Cancel",
    "Antal": "Count",
    "Arkivér forsøg": "Archive trial",
    "Arkivér forsøget, når det er afsluttet og afrapporteret.": "Archive the trial when it has ended and been reported.",
    "Baseline (gennemsnit)": "Baseline (mean)",
    "Baseline er målingerne før forsøgets start (eller før datoen ovenfor). Målet er den værdi, forsøget sigter mod.":
        "The baseline is the measurements before the trial started (or before the date above). The target is the "
        "value the trial aims for.",
    "Baseline og mål": "Baseline and target",
    "Begrundelse: hvad viser erfaringerne?": "Justification: what does experience show?",
    "Beklager, der skete en uventet fejl. Dine gemte data er i orden.\n\nDetaljerne er skrevet i logfilen:\n{path}":
        "Sorry, an unexpected error occurred. Your saved data are safe.\n\nThe details were written to the log "
        "file:\n{path}",
    "Beregnet ud fra indikatorerne": "Computed from the indicators",
    "Bruges kun, når der ikke er målinger før baselinens slutning":
        "Used only when there are no measurements before the end of the baseline",
    "Bundlinje": "Bottom line",
    "Dato: skal udfyldes": "Date: is required",
    "Demodata": "Demo data",
    "Effektmåling af innovationsforsøg og fricenterforsøg mod baseline og mål på de fem bundlinjer. Udviklet til "
    "Socialforvaltningen i Københavns Kommune. Licens: MIT.":
        "Effect measurement of innovation trials and free-centre trials against baseline and target on the five "
        "bottom lines. Developed for the Social Administration of the City of Copenhagen. Licence: MIT.",
    "Effektmåling-database (*.db)": "Effektmåling database (*.db)",
    "Effektmåling-database (*.db);;Alle filer (*)": "Effektmåling database (*.db);;All files (*)",
    "Eksportér graf": "Export chart",
    "Fed (Ctrl+B)": "Bold (Ctrl+B)",
    "Filen {path} findes allerede. Vælg Åbn database for at åbne den.":
        "The file {path} already exists. Choose Open database to open it.",
    "Fjern": "Remove",
    "Fjern milepæl «{text}»": "Remove milestone '{text}'",
    "Flyt indikator": "Move indicator",
    "Flyt indikator &ned": "Move indicator &down",
    "Flyt indikator &op": "Move indicator &up",
    "For få data": "Insufficient data",
    "Forbedret": "Improved",
    "Forværret": "Worsened",
    "Ingen påviselig ændring": "No detectable change",
    "Forsøg og indikatorer": "Trials and indicators",
    "Forsøget": "The trial",
    "Forsøget er arkiveret: det vises nedtonet og kan genåbnes.": "The trial is archived: it is shown dimmed and can be reopened.",
    "Forsøget har endnu ingen indikatorer. Vælg Rediger → Ny indikator …":
        "The trial has no indicators yet. Choose Edit → New indicator …",
    "Forsøget starter": "Trial starts",
    "Forsøgets &detaljer": "Trial &details",
    "Forsøgets detaljer": "Trial details",
    "Gem ændringer": "Save changes",
    "Gemt": "Saved",
    "Genåbn forsøg": "Reopen trial",
    "Graf over målingerne": "Chart of the measurements",
    "Grafen er gemt i {path}": "The chart was saved to {path}",
    "Grundlag: fx interviews, referater, evalueringer": "Evidence: e.g. interviews, minutes, evaluations",
    "Ikke målt": "Not measured",
    "Ikke vurderet": "Not assessed",
    "Illustrative demodata": "Illustrative demo data",
    "Indikatoren": "The indicator",
    "Indikatorer": "Indicators",
    "Indstillinger": "Settings",
    "Indsæt": "Paste",
    "Indsæt {n} rækker": "Paste {n} rows",
    "Intet blev indsat. ": "Nothing was pasted. ",
    "Klik eller tryk Enter for at åbne indikatoren": "Click or press Enter to open the indicator",
    "Kontrolgrænser": "Control limits",
    "Kontrolgrænser og signaler": "Control limits and signals",
    "Kopiér": "Copy",
    "Kursiv (Ctrl+I)": "Italic (Ctrl+I)",
    "Kvalitativ vurdering af de fem bundlinjer": "Qualitative assessment of the five bottom lines",
    "Median (seriediagram)": "Median (run chart)",
    "Milepæle": "Milestones",
    "Milepælene vises som lodrette markeringer i graferne.": "Milestones are shown as vertical markers in the charts.",
    "Mål": "Target",
    "Mål {value}": "Target {value}",
    "Måletypen kan ikke ændres, når indikatoren har målinger":
        "The measure type cannot be changed while the indicator has measurements",
    "Måling": "Measurement",
    "Målinger": "Measurements",
    "Ny &indikator …": "New &indicator …",
    "Ny database": "New database",
    "Ny indikator": "New indicator",
    "Ny milepæl": "New milestone",
    "Ny måling …": "New measurement …",
    "Ny række": "New row",
    "Nyt &forsøg …": "New &trial …",
    "Nyt forsøg": "New trial",
    "Om {app}": "About {app}",
    "Opret en tom database i en ny fil": "Create an empty database in a new file",
    "Opret forsøg": "Create trial",
    "Opret forsøg «{name}»": "Create trial '{name}'",
    "Opret indikator": "Create indicator",
    "Opret indikator «{name}»": "Create indicator '{name}'",
    "Oprettet {created} · sidst ændret {updated}": "Created {created} · last changed {updated}",
    "Overskrift": "Heading",
    "PNG-billede (*.png);;SVG-tegning (*.svg)": "PNG image (*.png);;SVG drawing (*.svg)",
    "Problem, aktiviteter og den forventede forandring. Teksten kommer med i effektrapporten.":
        "Problem, activities and the expected change. The text is included in the effect report.",
    "Punktliste": "Bullet list",
    "Rate pr. {per}": "Rate per {per}",
    "Redigér indikator": "Edit indicator",
    "Redigér indikator …": "Edit indicator …",
    "Redigér milepæl": "Edit milestone",
    "Redigér …": "Edit …",
    "Ret indikator «{name}»": "Edit indicator '{name}'",
    "Ret milepæl": "Edit milestone",
    "Ret {field}": "Edit {field}",
    "Ret {field} {date}": "Edit {field} {date}",
    "Ryd celler": "Clear cells",
    "Række {row}": "Row {row}",
    "Samlet vurdering: {v}": "Overall verdict: {v}",
    "Signal: forbedring": "Signal: improvement",
    "Signal: forværring": "Signal: deterioration",
    "Skriv i den nederste række for at tilføje. Enter går ned, Tab går til højre. Indsæt en blok fra Excel med "
    "Ctrl+V. Ctrl+Z fortryder.":
        "Type in the bottom row to add. Enter moves down, Tab moves right. Paste a block from Excel with Ctrl+V. "
        "Ctrl+Z undoes.",
    "Slet": "Delete",
    "Slet det valgte forsøg eller den valgte indikator (kan fortrydes)":
        "Delete the selected trial or indicator (can be undone)",
    "Slet forsøg «{name}»": "Delete trial '{name}'",
    "Slet forsøget «{name}» med {n} indikatorer og alle deres målinger?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the trial '{name}' with {n} indicators and all their measurements?\n\nYou can undo the deletion "
        "with Ctrl+Z.",
    "Slet indikator «{name}»": "Delete indicator '{name}'",
    "Slet indikatoren «{name}» og dens {m} målinger?\n\nDu kan fortryde sletningen med Ctrl+Z.":
        "Delete the indicator '{name}' and its {m} measurements?\n\nYou can undo the deletion with Ctrl+Z.",
    "Slet måling": "Delete measurement",
    "Slet valgte målinger": "Delete selected measurements",
    "Slet {n} målinger": "Delete {n} measurements",
    "Slettet. Fortryd med Ctrl+Z.": "Deleted. Undo with Ctrl+Z.",
    "Sprog:": "Language:",
    "Sproget skiftes, næste gang programmet startes.": "The language changes the next time the program starts.",
    "Start {date}": "Start {date}",
    "Søg": "Search",
    "Søg i forsøg og indikatorer (Ctrl+F)": "Search trials and indicators (Ctrl+F)",
    "Tal og datoer": "Numbers and dates",
    "Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).\nDatoer skrives som 31-12-2014, "
    "31.12.2014 eller 2014-12-31.\n\nI måletabellen: Enter går ned, Tab går til højre, og du tilføjer en måling "
    "ved at skrive i den nederste række. Ctrl+V indsætter en blok fra Excel. Ctrl+Z fortryder, Ctrl+Y gentager.":
        "Numbers are written as 12.5 or 1,234.5 (Danish 12,5 and 1.234,5 are accepted too).\nDates are written as "
        "31-12-2014, 31.12.2014 or 2014-12-31.\n\nIn the measurement table: Enter moves down, Tab moves right, and "
        "you add a measurement by typing in the bottom row. Ctrl+V pastes a block from Excel. Ctrl+Z undoes, "
        "Ctrl+Y redoes.",
    "Tallene er illustrative (demodata), ikke rigtige data": "The figures are illustrative (demo data), not real data",
    "Teamets egen vurdering står ved siden af den beregnede i oversigten.":
        "The team's own assessment is shown beside the computed one in the overview.",
    "Teamets vurdering": "Team's assessment",
    "Tekst: skal udfyldes": "Text: is required",
    "Tilføj milepæl": "Add milestone",
    "Tilføj milepæl …": "Add milestone …",
    "Tilføj måling {date}": "Add measurement {date}",
    "Tom: baseline slutter ved forsøgets start": "Empty: the baseline ends when the trial starts",
    "Vis &arkiverede forsøg": "Show &archived trials",
    "Vurdering af {line}": "Assessment of {line}",
    "Vælg en vurdering, før begrundelsen kan gemmes.": "Choose a verdict before the justification can be saved.",
    "Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg med Rediger → Nyt forsøg (Ctrl+N).":
        "Choose a trial on the left to see its effects, or create a new trial with Edit → New trial (Ctrl+N).",
    "Værdi": "Value",
    "Værktøjslinje": "Toolbar",
    "dd-mm-åååå": "dd-mm-yyyy",
    "fx Borgere i uddannelse eller job": "e.g. Citizens in education or work",
    "fx FriNoVa": "e.g. FriNoVa",
    "fx Sagssystemet, månedlig udtræk": "e.g. The case system, monthly extract",
    "fx Teams etableret": "e.g. Teams established",
    "fx dage, timer, point": "e.g. days, hours, points",
    "slut {date}": "end {date}",
    "valgfrit, fx Recovery": "optional, e.g. Recovery",
    "{name}: oversigt over effekterne": "{name}: overview of the effects",
    "{n} målinger indsat, {u} rettet": "{n} measurements pasted, {u} changed",
    "{path} · {t} forsøg · {m} målinger": "{path} · {t} trials · {m} measurements",
    "Å&bn database …": "&Open database …",
    "Åbn database": "Open database",
}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "effektmaaling" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-source-language", "da", "-target-language", "en", "-no-obsolete",
                    *sources, "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if source in EN:
                translation.text = EN[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
