"""Entry point of the ``effektmaaling`` command (and ``python -m effektmaaling``).

Without a subcommand it opens the desktop application. User errors print one line and exit
non-zero; unexpected errors are logged to a file and reported with its path, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from .. import APP_NAME, __version__, paths
from ..domain.errors import DomainError
from ..domain.i18n import current_language, set_language
from .argparse_da import danish_argparse
from .commands import COMMANDS
from .common import CliError, add_common_options, os_error_text, t

log = logging.getLogger("effektmaaling")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One clear line instead of a usage block.
        self.exit(2, f"{self.prog}: {t('fejl', 'error')}: {message} ({t('se', 'see')} {self.prog} --help)\n")


def _pre_language(argv: Sequence[str]) -> str:
    """The language, read before the parser exists so that help texts are in it too."""
    lang = os.environ.get("EFFEKTMAALING_LANG", "da")
    for i, arg in enumerate(argv):
        if arg in ("--la", "--lan", "--lang") and i + 1 < len(argv):  # argparse takes the short forms too
            lang = argv[i + 1]
        elif arg.startswith(("--la=", "--lan=", "--lang=")):
            lang = arg.split("=", 1)[1]
    return lang if lang in ("da", "en") else "da"


def exit_codes() -> str:
    """The exit codes, shown at the end of every ``--help``."""
    return t("Afslutningskoder: 0 gennemført; 1 brugerfejl (fx en fil der ikke kan læses, et forsøg der ikke "
             "findes, eller fejl fundet af check); 2 forkert brug af kommandolinjen; 70 uventet fejl (detaljer i "
             "logfilen); 130 afbrudt.",
             "Exit codes: 0 done; 1 user error (e.g. a file that cannot be read, a trial that does not exist, or "
             "problems found by check); 2 wrong use of the command line; 70 unexpected error (details in the log "
             "file); 130 interrupted.")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``commands=False``: only the options of the desktop start (``--db``,
    ``--lang``, ``--demo``), without the 13 commands' parsers (~12 ms before the window's first paint)."""
    with danish_argparse(current_language() == "da"):
        return _build_parser(commands=commands)


def _build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="effektmaaling",
        description=t("Effektmåling af innovationsforsøg og fricenterforsøg. Uden kommando åbnes programmet.",
                      "Effect measurement of innovation trials and free-centre trials. Without a command the "
                      "application opens."),
        epilog=exit_codes(),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=t("vis programmets version og afslut", "show the program's version and exit"))
    parser.add_argument("--db", metavar=t("FIL", "FILE"),
                        help=t("databasefil (ellers EFFEKTMAALING_DB eller standardfilen); kan også stå efter "
                               "kommandoen", "database file (else EFFEKTMAALING_DB or the default file); may also "
                               "follow the command"))
    parser.add_argument("--lang", choices=["da", "en"],
                        help=t("sprog: da (dansk) eller en (engelsk); kan også stå efter kommandoen",
                               "language: da (Danish) or en (English); may also follow the command"))
    parser.add_argument("--demo", action="store_true",
                        help=t("åbn programmet, eller kør kommandoen, på demodata", "open the application, or run the command, on "
                               "demo data"))
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar=t("KOMMANDO", "COMMAND"), parser_class=_Parser,
                                title=t("kommandoer", "commands"))
    for name in COMMANDS:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    for subparser in sub.choices.values():
        add_common_options(subparser)
        subparser.epilog = subparser.epilog or exit_codes()
    return parser


def desktop_start(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only starts the desktop program: nothing but ``--db FILE``, ``--lang da|en`` and
    ``--demo`` (written out in full). Anything else (a command, ``--help``, an abbreviation, an error) goes
    to the whole parser, so its answers and messages are the same as ever."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--demo" or (arg.startswith(("--db=", "--lang=")) and arg.split("=", 1)[1]):
            i += 1
        elif arg in ("--db", "--lang") and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2
        else:
            return False
    return True


def exchange_file_argument(argv: list[str]) -> str | None:
    """An exchange file given instead of a command (a double-click on ``*.effekt.json`` in the file
    manager runs ``effektmaaling FILE``): taken out of ``argv``; the program opens it in its import dialog."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--db", "--lang"):
            i += 2
            continue
        if not arg.startswith("-"):
            return argv.pop(i) if arg.lower().endswith(".effekt.json") else None
        i += 1
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_pre_language(argv))
    exchange_file = exchange_file_argument(argv)
    parser = build_parser(commands=not desktop_start(argv))
    with danish_argparse(current_language() == "da"):
        args = parser.parse_args(argv)
    args.exchange_file = exchange_file
    if args.lang:
        set_language(args.lang)
    try:
        if args.command is None:
            return _run_gui(args)
        return int(args.func(args) or 0)
    except CliError as exc:
        _fail(str(exc.message))
        return exc.code
    except DomainError as exc:
        _fail(exc.text())
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the command reads or writes: the system's reason, in the user's language
        _fail(os_error_text(exc).get())
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        log_path = _log_unexpected()
        _fail(t(f"Der skete en uventet fejl. Detaljerne er skrevet i {log_path}",
                f"An unexpected error occurred. The details were written to {log_path}"))
        return 70


def _fail(message: str) -> None:
    sys.stderr.write(f"effektmaaling: {message}\n")


def _log_unexpected() -> str:
    """The error with its traceback, without user data (values, SQL parameters), readable by the owner only."""
    from .. import crashlog

    path = paths.log_dir() / "effektmaaling.log"
    crashlog.write(path, "unexpected error in the command line", *sys.exc_info())  # type: ignore[arg-type]
    return str(path)


def _run_gui(args: argparse.Namespace) -> int:
    from .common import db_path, demo_db, shared_location

    shared = shared_location(args)
    if shared is not None and not args.demo:
        from ..ui.app import run_app  # imported late: the CLI must work without a display

        return run_app(shared, lang=args.lang, exchange_file=getattr(args, "exchange_file", None))
    path = demo_db() if args.demo else db_path(args)
    from ..ui.app import run_app  # imported late: the CLI must work without a display

    return run_app(path, lang=args.lang, exchange_file=getattr(args, "exchange_file", None))
