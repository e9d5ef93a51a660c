"""argparse in Danish: its own texts ("usage:", "options", "unrecognized arguments" …) translated.

argparse looks up every text it prints through ``gettext`` (its module-level ``_`` and ``ngettext``).
:func:`danish_argparse` puts a translating lookup in their place while the parser is built and while
it parses (help and errors are formatted then), and puts the originals back afterwards. Texts not in
the table stay as argparse wrote them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

# argparse's message ids (Python 3.11–3.13) and their Danish text.
DANISH: dict[str, str] = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "optional arguments": "tilvalg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r?": "ugyldigt valg: %(value)r; mente du %(closest)r?",
    "expected one argument": "forventede én værdi",
    "expected at most one argument": "forventede højst én værdi",
    "expected at least one argument": "forventede mindst én værdi",
    "expected %s argument": "forventede %s værdi",
    "expected %s arguments": "forventede %s værdier",
    "invalid %(type)s value: %(value)r": "ugyldig værdi (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan være %(matches)s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "værdien %r bruges ikke",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne »%(filename)s«: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "option '%(option)s' is deprecated": "tilvalget »%(option)s« udgår",
    "command '%(parser_name)s' is deprecated": "kommandoen »%(parser_name)s« udgår",
    "argument '%(argument_name)s' is deprecated": "argumentet »%(argument_name)s« udgår",
}


def _gettext(message: str) -> str:
    return DANISH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def danish_argparse(active: bool) -> Iterator[None]:
    """argparse's texts in Danish inside the ``with`` block when ``active``."""
    if not active:
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
