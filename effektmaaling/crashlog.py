"""The log of unexpected errors: what happened and where, never the user's data.

An unexpected error is written with its traceback (files, lines, functions: the program's own code)
and each exception's type and message, but

- the values of SQL statements (SQLAlchemy's ``[parameters: ...]``) are left out (the engine also
  runs with ``hide_parameters``),
- quoted text in messages (``'…'``, ``"…"``, ``»…«``, ``«…»``) is replaced by ``…``, and long digit runs (a CPR
  number, an account) by ``#``,
- no local variables are recorded.

The file is readable by its owner only (mode 0600), also when it existed before.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import traceback
from pathlib import Path
from types import TracebackType

_PARAMETERS = re.compile(r"\[(?:SQL )?parameters:.*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|»[^«»\n]*«|«[^«»\n]*»")
_DIGITS = re.compile(r"\d{6,}")


def scrub(message: str) -> str:
    """A message without the values it may carry (see the module's rules)."""
    message = _PARAMETERS.sub("[parameters: (udeladt)]", message)
    message = _QUOTED.sub(lambda m: m.group(0)[0] + "…" + m.group(0)[-1], message)
    return _DIGITS.sub(lambda m: "#" * len(m.group(0)), message)


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback of ``exc`` and the exceptions it came from, with scrubbed messages."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        chain.append(current)
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    parts = []
    for i, e in enumerate(reversed(chain)):
        frames = traceback.extract_tb(tb if e is exc else e.__traceback__)
        if i:
            parts.append("\nWhile handling the above exception, another occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(frames))
        name = exc_type if e is exc else type(e)
        parts.append(f"{name.__module__}.{name.__qualname__}: {scrub(str(e))}\n")
    return "".join(parts)


def write(path: Path, what: str, exc_type: type[BaseException], exc: BaseException,
          tb: TracebackType | None) -> Path:
    """Append one entry (time, ``what``, the scrubbed traceback) to the log at ``path`` (mode 0600)."""
    path = Path(path)
    text = f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} ERROR {what}\n{describe(exc_type, exc, tb)}\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # an older log made with the default mode
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
    return path
