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
from ..domain.i18n import Text, set_language
from .commands import COMMANDS
from .common import CliError, t

log = logging.getLogger("effektmaaling")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One clear line instead of a usage block.
        self.exit(2, f"{self.prog}: {t('fejl', 'error')}: {message} ({t('se', 'see')} {self.prog} --help)\n")


def _pre_language(argv: Sequence[str]) -> str:
    """The language, read before the parser exists so that help texts are in it too."""
    lang = os.environ.get("EFFEKTMAALING_LANG", "da")
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in ("da", "en") else "da"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="effektmaaling",
        description=t("Effektmåling af innovationsprojekter og fricenterforsøg.",
                      "Effect measurement of innovation projects and free-centre trials."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help=t("databasefil (ellers EFFEKTMAALING_DB eller standardfilen)",
                                                        "database file (else EFFEKTMAALING_DB or the default file)"))
    parser.add_argument("--lang", choices=["da", "en"], help=t("sprog (da eller en)", "language (da or en)"))
    parser.add_argument("--demo", action="store_true",
                        help=t("åbn programmet på demodata", "open the application on demo data"))
    sub = parser.add_subparsers(dest="command", metavar=t("KOMMANDO", "COMMAND"), parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(f"{__package__}.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_pre_language(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
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
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log_path = _log_unexpected()
        _fail(t(f"Der skete en uventet fejl. Detaljerne er skrevet i {log_path}",
                f"An unexpected error occurred. The details were written to {log_path}"))
        return 70


def _fail(message: str) -> None:
    sys.stderr.write(f"effektmaaling: {message}\n")


def _log_unexpected() -> str:
    path = paths.log_dir() / "effektmaaling.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.exception("unexpected error in the command line")
    handler.close()
    log.removeHandler(handler)
    return str(path)


def _run_gui(args: argparse.Namespace) -> int:
    from .common import db_path, shared_location

    if shared_location(args) is not None and not args.demo:
        raise CliError(Text(
            "Programmets vinduer kan endnu ikke åbne en delt database; brug kommandoerne (trials, analyse, "
            "report, compare, import, export, access …) med --db postgresql://….",
            "The program's windows cannot open a shared database yet; use the commands (trials, analyse, "
            "report, compare, import, export, access …) with --db postgresql://…."))
    if args.demo:
        path = paths.demo_db_path()
        if not path.exists():
            from ..services.demo import write_demo  # numpy: only when the demo is written

            write_demo(path)
    else:
        path = db_path(args)
    from ..ui.app import run_app  # imported late: the CLI must work without a display

    return run_app(path, lang=args.lang)
