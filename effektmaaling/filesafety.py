"""Files the program reads and writes, kept apart from its open databases.

SQLite's locks on Linux and macOS are POSIX advisory locks, and they belong to the process and the
file, not to the file handle: when the process opens the database file (or its ``-wal``/``-shm``) a
second time by any other means and closes that handle, **every lock the process holds on it is
released** (SQLite's "How To Corrupt An SQLite Database File", section 2.2). Another program may
then believe it is alone, e.g. checkpoint and delete the WAL under the running program.

So the process remembers which database files it has connected (:func:`register_database`), and:

- a file chosen as input (CSV, XLSX, exchange file) or as output (export, report, chart) that is a
  connected database or one of its companion files is refused *before* it is opened
  (:func:`check_input_file`, :func:`refuse_database_target`);
- an output that is any SQLite database (ours or not) is refused too: an export never overwrites a
  database;
- an input must be a regular file (not a FIFO, a device such as ``/dev/zero``, or a folder) and not
  larger than the cap its reader gives.

The file dialogs of the desktop program use an icon provider that names files from their names
only (``ui/file_dialogs.py``); Qt's default one reads a file's first bytes to tell its type.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
import threading
from pathlib import Path

from .domain.errors import ValidationError
from .domain.i18n import Text

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_connected: dict[int, Path] = {}
_tokens = itertools.count(1)


class FileRefused(ValidationError):
    """A file the program will not read or write (a database, a FIFO, too large ...)."""


def register_database(path: str | Path) -> int:
    """Remember that this process connects to the database at ``path``; returns a token for
    :func:`unregister_database`."""
    with _lock:
        token = next(_tokens)
        _connected[token] = Path(os.path.abspath(path))
        return token


def unregister_database(token: int | None) -> None:
    if token is None:
        return
    with _lock:
        _connected.pop(token, None)


def connected_databases() -> list[Path]:
    with _lock:
        return list(_connected.values())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def connected_database_of(path: str | Path) -> Path | None:
    """The connected database that ``path`` is (or whose ``-wal``/``-shm``/``-journal`` it is), by name
    or by identity (a hard link, another spelling of the same file); None when it is none of them."""
    target = Path(os.path.abspath(path))
    target_id = _identity(target)
    for db in connected_databases():
        for candidate in (db, *(db.with_name(db.name + s) for s in COMPANIONS)):
            if candidate == target:
                return db
            if target_id is not None and _identity(candidate) == target_id:
                return db
    return None


def is_connected(path: str | Path) -> bool:
    return connected_database_of(path) is not None


def _refused(path: Path, da: str, en: str) -> FileRefused:
    return FileRefused(Text(f"{path}: {da}", f"{path}: {en}"), location=None)


def refuse_open_database(path: str | Path) -> None:
    """Refuse ``path`` when it is a database this program has open (or one of its companion files)."""
    path = Path(path)
    db = connected_database_of(path)
    if db is not None:
        if path.name == db.name:
            raise _refused(path, "er den database, programmet har åben; vælg en anden fil.",
                           "is the database the program has open; choose another file.")
        raise _refused(path, f"hører til databasen {db.name}, som programmet har åben; vælg en anden fil.",
                       f"belongs to the database {db.name}, which the program has open; choose another file.")


def _starts_like_sqlite(path: Path) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:  # not a connected database: checked before
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def refuse_database_target(path: str | Path) -> None:
    """Refuse to write an output file over a database: the open one, its ``-wal``/``-shm``, or any
    other SQLite database file (ours or another program's) and its companion files."""
    path = Path(path)
    refuse_open_database(path)
    for suffix in COMPANIONS:
        if path.name.endswith(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            refuse_open_database(base)
            if _starts_like_sqlite(base):
                raise _refused(path, f"hører til databasen {base.name}; den overskrives ikke. Vælg et andet filnavn.",
                               f"belongs to the database {base.name}; it is not overwritten. Choose another file name.")
    if _starts_like_sqlite(path):
        raise _refused(path, "er en database; den overskrives ikke af en eksport. Vælg et andet filnavn.",
                       "is a database; an export does not overwrite it. Choose another file name.")
    with contextlib.suppress(OSError):
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise _refused(path, "er ikke en almindelig fil (fx en mappe eller en enhed); vælg et andet filnavn.",
                           "is not a regular file (e.g. a folder or a device); choose another file name.")


def describe_size(n: int) -> str:
    if n >= 1024 ** 3:
        return f"{n / 1024 ** 3:.1f} GB".replace(".", ",")
    if n >= 1024 ** 2:
        return f"{n / 1024 ** 2:.0f} MB"
    return f"{n / 1024:.0f} KB"


def check_input_file(path: str | Path, *, max_bytes: int | None = None) -> int:
    """Refuse an input file that is a connected database, not a regular file (FIFO, device, folder),
    or larger than ``max_bytes``; returns its size. Nothing is opened."""
    path = Path(path)
    refuse_open_database(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _refused(path, "filen findes ikke.", "the file does not exist.") from None
    except OSError as exc:
        raise _refused(path, f"kan ikke læses ({exc.strerror}).", f"cannot be read ({exc.strerror}).") from None
    if stat.S_ISDIR(st.st_mode):
        raise _refused(path, "er en mappe, ikke en fil.", "is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        raise _refused(path, "er ikke en almindelig fil (fx en pipe eller en enhed) og læses ikke.",
                       "is not a regular file (e.g. a pipe or a device) and is not read.")
    if max_bytes is not None and st.st_size > max_bytes:
        raise _refused(path, f"filen er for stor ({describe_size(st.st_size)}; højst {describe_size(max_bytes)}).",
                       f"the file is too large ({describe_size(st.st_size)}; at most {describe_size(max_bytes)}).")
    return st.st_size
