"""The command line in one language: every subcommand with --db before and after it, in Danish and English.

Danish output must not contain argparse's or the operating system's English; English output no Danish.
The commands run in-process through ``main`` (the same code path as the installed command).
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from effektmaaling.cli.main import build_parser, main
from effektmaaling.domain.errors import os_error_text
from effektmaaling.domain.i18n import set_language

ENGLISH = ["usage", "options", "error:", "No such file", "Permission denied", "Is a directory", "positional arg",
           "show this help", "unrecognized", "invalid choice", "required", "File is not a zip file",
           "field larger", "expected one argument", "show program", "Not a directory", "Too many levels"]
DANISH = ["brug:", "tilvalg", "fejl:", "findes ikke", "mappe", "vis denne", "ugyldigt valg", "mangler", "kommandoer",
          "Afslutningskoder", "forsøg "]


def _run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help (0) and usage errors (2)
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def _check_language(text: str, lang: str) -> None:
    words = ENGLISH if lang == "da" else DANISH
    found = [w for w in words if w.lower() in text.lower()]
    assert not found, f"{found} in {lang} output:\n{text}"


@pytest.fixture
def files(tmp_path, demo_db):
    from effektmaaling.storage.backups import make_backup

    make_backup(demo_db, "daily")  # so that backups lists one
    csv = tmp_path / "maalinger.csv"
    csv.write_text("dato;værdi\n01-03-2016;1\n", encoding="utf-8")
    return {"db": str(demo_db), "tmp": str(tmp_path), "csv": str(csv)}


SUBCOMMANDS = {
    # command: (arguments, a word the output must contain in Danish / English)
    "demo": (["{tmp}/ny.db"], ("Demodatabasen", "demo database")),
    "trials": ([], ("FriNoVa", "FriNoVa")),
    "check": ([], ("Ingen fejl", "No problems")),
    "backups": ([], ("daglig", "daily")),
    "analyse": (["--trial", "FriNoVa"], ("FriNoVa", "FriNoVa")),
    "import": (["{csv}", "--trial", "FriNoVa", "--indicator", "Tid til dokumentation", "--on-duplicate", "skip"],
               ("importeret", "imported")),
    "export-trial": (["--trial", "FriNoVa", "-o", "{tmp}/x.json"], ("eksporteret", "exported")),
    "import-trial": (["{tmp}/x.json"], ("Forsøget", "The trial")),
    "export": (["--trial", "FriNoVa", "-o", "{tmp}/x.csv"], ("eksporteret", "exported")),
    "report": (["--trial", "FriNoVa", "-o", "{tmp}/r.pdf", "--indicator", "Tid til dokumentation"],
               ("Effektrapporten", "effect report")),
    "compare": (["--trial", "FriNoVa", "--trial", "Center for Selvstændige Boformer", "-o", "{tmp}/c.pdf"],
                ("Sammenligningen", "comparison")),
    # the shared-database commands (a PostgreSQL URL as --db; on a file they say so)
    "setup": ([], ("delte database", "shared database")),
    "password": ([], ("delte database", "shared database")),
    "access": (["list"], ("delte database", "shared database")),
    # offline and back: on a file that was not taken along they say what is needed
    "tag-med": (["--trial", "FriNoVa", "--to", "{tmp}/t.db"], ("delt database", "shared database")),
    "checkout": (["--trial", "FriNoVa", "--to", "{tmp}/t.db"], ("delt database", "shared database")),
    "synkroniser": ([], ("delt database", "shared database")),
    "sync": ([], ("delt database", "shared database")),
}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("place", ["before", "after"])
def test_the_offline_commands_on_a_plain_file_say_what_they_need(capsys, files, lang, place):
    for command, code_expected in (("tag-med", 2), ("checkout", 2), ("synkroniser", 1), ("sync", 1)):
        args, expected = SUBCOMMANDS[command]
        args = [a.format(**files) for a in args]
        common = ["--db", files["db"], "--lang", lang]
        argv = [*common, command, *args] if place == "before" else [command, *args, *common]
        set_language("da")
        code, text = _run(capsys, *argv)
        assert code == code_expected, (argv, text)
        assert expected[0 if lang == "da" else 1] in text, (argv, text)
        _check_language(text, lang)


def test_every_subcommand_is_covered():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(SUBCOMMANDS)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("place", ["before", "after"])
def test_every_subcommand_takes_db_and_lang_before_and_after(capsys, monkeypatch, files, tmp_path, lang, place):
    # Without --db the program would use this file, which does not exist: the option must be taken.
    monkeypatch.setenv("EFFEKTMAALING_DB", str(tmp_path / "not-this.db"))
    for command in ["demo", "trials", "check", "backups", "analyse", "import", "export-trial", "export",
                    "import-trial", "report", "compare"]:
        args, expected = SUBCOMMANDS[command]
        args = [a.format(**files) for a in args]
        if command == "import-trial":
            db = str(tmp_path / f"other-{place}-{lang}.db")
        else:
            db = files["db"]
        if command == "demo":
            args = [str(tmp_path / f"demo-{place}-{lang}.db")]
        common = ["--db", db, "--lang", lang]
        argv = [*common, command, *args] if place == "before" else [command, *args, *common]
        set_language("da")
        code, text = _run(capsys, *argv)
        assert code == 0, (argv, text)
        assert expected[0 if lang == "da" else 1] in text, (argv, text)
        _check_language(text, lang)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_help_of_every_subcommand_is_in_one_language(capsys, lang):
    set_language(lang)
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for command in [None, *sub.choices]:
        argv = ["--lang", lang, *([command] if command else []), "--help"]
        code, text = _run(capsys, *argv)
        assert code == 0, text
        _check_language(text, lang)
        assert ("Afslutningskoder: 0" if lang == "da" else "Exit codes: 0") in text
        assert re.search(r"1 (brugerfejl|user error).*2 (forkert brug|wrong use)", text.replace("\n", " "))


def _actions(lang: str):
    set_language(lang)
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in [("", parser), *sub.choices.items()]:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            yield name, action


def test_every_option_has_help_and_a_metavar_in_the_language():
    english_words = {"PATH", "FILE", "NAME", "DATE", "COLUMN", "SHEET", "ENCODING", "CHARACTER", "BACKUP", "THEME",
                     "TRIAL", "INDICATOR", "OUTPUT", "DELIMITER", "START", "END", "FILE.PDF"}
    for lang in ("da", "en"):
        for name, action in _actions(lang):
            assert action.help, f"{name} {action.option_strings or action.dest}: no help text"
            takes_value = action.nargs != 0
            if takes_value and action.choices is None:
                assert action.metavar, f"{name} {action.option_strings or action.dest}: no metavar"
                if lang == "da":
                    assert str(action.metavar).upper() not in english_words, (name, action.metavar)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_usage_errors_are_in_the_language_and_exit_2(capsys, files, lang):
    for argv in (["--bogus"], ["trials", "--bogus"], ["report"], ["report", "--trial", "X", "-o", "a.pdf",
                                                                  "--lang", "xx"], ["frobnicate"],
                 ["analyse", "--trial"]):
        set_language("da")
        code, text = _run(capsys, "--lang", lang, *argv) if "--lang" not in argv else _run(capsys, *argv)
        assert code == 2, (argv, text)
        assert len(text.strip().splitlines()) == 1, text
        if "--lang" not in argv:
            _check_language(text, lang)
        else:
            _check_language(text, "da")
    set_language("da")
    code, text = _run(capsys, "frobnicate")
    assert "ugyldigt valg: 'frobnicate'" in text


def _password_xlsx(path: Path) -> None:
    # What Excel writes for a password-protected workbook: an OLE2 compound file holding the encrypted package.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1000)


def _old_xls(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 1000)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_file_errors_say_what_and_where_once(capsys, files, tmp_path, lang):
    d = Path(files["tmp"])
    _password_xlsx(d / "beskyttet.xlsx")
    _old_xls(d / "gammel.xlsx")
    _old_xls(d / "gammel.xls")
    (d / "tom.csv").write_text("")
    (d / "lang.csv").write_text("dato;værdi\n01-03-2016;\"" + "x" * 200_000 + "\"\n")
    zipfile.ZipFile(d / "ikke-excel.xlsx", "w").close()
    os.symlink(d / "ring2", d / "ring1")
    os.symlink(d / "ring1", d / "ring2")
    os.mkfifo(d / "roer.csv")
    cases = {
        "findes-ikke.csv": ("findes ikke", "does not exist"),
        ".": ("er en mappe", "is a folder"),
        "beskyttet.xlsx": ("adgangskode", "password"),
        "gammel.xlsx": ("gamle Excel-format (.xls)", "old Excel format (.xls)"),
        "gammel.xls": ("gamle Excel-format (.xls)", "old Excel format (.xls)"),
        "tom.csv": ("tom", "empty"),
        "lang.csv": ("længere end", "longer than"),
        "ring1": ("symbolsk link, der peger i ring", "symbolic link that points in a loop"),
        "roer.csv": ("navngivet rør (FIFO)", "named pipe (FIFO)"),
        "ikke-excel.xlsx": ("ikke en gyldig Excel-fil", "not a valid Excel file"),
    }
    for name, expected in cases.items():
        path = str(d / name)
        set_language("da")
        code, text = _run(capsys, "--lang", lang, "--db", files["db"], "import", path, "--trial", "FriNoVa",
                          "--indicator", "Tid til dokumentation")
        assert code == 1, (name, text)
        assert expected[0 if lang == "da" else 1] in text, (name, text)
        assert text.count(Path(path).name) == 1, f"the file named more than once: {text}"
        assert len(text.strip().splitlines()) == 1, text
        _check_language(text, lang)
    # The database itself: a loop and a pipe are not "does not exist".
    for name, expected in (("ring1", "peger i ring"), ("roer.csv", "FIFO")):
        set_language("da")
        code, text = _run(capsys, "--db", str(d / name), "trials")
        assert code == 1 and expected in text and "findes ikke" not in text, text
    # Writing where no folder is.
    set_language("da")
    code, text = _run(capsys, "--db", files["db"], "report", "--trial", "FriNoVa", "-o", str(d / "nej" / "r.pdf"))
    assert code == 1 and "mappen findes ikke" in text, text
    _check_language(text, "da")
    shutil.rmtree(d / "nej", ignore_errors=True)


def test_operating_system_reasons_are_translated():
    for number, da, en in ((errno.EACCES, "ikke adgang", "no access"), (errno.EISDIR, "mappe", "folder"),
                           (errno.ENOENT, "findes ikke", "does not exist"), (errno.ENOSPC, "plads", "space")):
        text = os_error_text(OSError(number, os.strerror(number), "/x/fil.csv"))
        assert text.da == f"/x/fil.csv: {text.da.split(': ', 1)[1]}" and da in text.da and en in text.en
        _check_language(text.da, "da")


def test_the_desktop_start_parses_its_options_without_the_commands_parsers():
    from effektmaaling.cli.main import desktop_start

    for argv in ([], ["--demo"], ["--db", "x.db", "--lang", "en"], ["--lang=da", "--db=x.db"]):
        assert desktop_start(argv), argv
    # a command, help, an abbreviation or a missing value: the whole parser, with its usual answers
    for argv in (["trials"], ["--help"], ["--la", "en"], ["--db"], ["--db", "x.db", "check"], ["--version"]):
        assert not desktop_start(argv), argv
    args = build_parser(commands=False).parse_args(["--db", "x.db", "--lang", "en", "--demo"])
    assert (args.command, args.db, args.lang, args.demo) == (None, "x.db", "en", True)
    assert "backups" in build_parser().format_help() and "backups" not in build_parser(commands=False).format_help()
