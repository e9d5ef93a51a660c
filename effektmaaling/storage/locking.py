"""One writer per database file: a lock file ``<database>.lock`` beside it.

SQLite itself serialises transactions, but two programs editing the same trials at once would
overwrite each other's work without noticing. So a writable opening takes the lock file; a second
program (or a second window of this one) is told who holds it and since when, and may open the
database read-only. The lock file holds JSON: user, host, pid, process start time (where the
operating system tells it), since.

The lock is written to a private temporary file and then *linked* into place, which is atomic and
fails when a lock already exists, so a lock file is never seen half-written. A lock left by a
program that crashed is recognised (same computer, its process no longer runs, or the process
number now belongs to a process that started later) and cleared, with a note. A lock from another
computer cannot be checked and is always respected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.formatting import format_date
from ..domain.i18n import Text


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def _hostname() -> str:
    return socket.gethostname()


def _user() -> str:
    from .database import current_user

    return current_user()


def _process_start(pid: int) -> str | None:
    """When process ``pid`` started, in clock ticks since boot (Linux), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time
    started: str | None = None

    @classmethod
    def me(cls) -> LockHolder:
        return cls(_user(), _hostname(), os.getpid(), dt.datetime.now().isoformat(timespec="seconds"),
                   _process_start(os.getpid()))

    def since_text(self, lang: str) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        return f"{format_date(when.date(), lang)} {when:%H:%M}"

    def is_stale(self) -> bool:
        """True when the holder certainly no longer runs (only decidable on the same computer)."""
        if self.host != _hostname():
            return False
        if not pid_alive(self.pid):
            return True
        return self.started is not None and _process_start(self.pid) not in (None, self.started)


class DatabaseInUseError(StorageError):
    """The database is open for writing in another program (or window)."""

    def __init__(self, db_path: Path, holder: LockHolder | None) -> None:
        self.holder = holder
        self.db_path = db_path
        if holder is None:
            msg = Text(f"{db_path.name} er åbnet til redigering i et andet program.",
                       f"{db_path.name} is open for editing in another program.")
        else:
            who_da = f"{holder.user} på {holder.host}" + (" (dette program)" if holder.pid == os.getpid()
                                                         and holder.host == _hostname() else "")
            who_en = f"{holder.user} on {holder.host}" + (" (this program)" if holder.pid == os.getpid()
                                                         and holder.host == _hostname() else "")
            msg = Text(f"{db_path.name} er åbnet til redigering af {who_da} siden {holder.since_text('da')}. "
                       "Du kan åbne den skrivebeskyttet.",
                       f"{db_path.name} is open for editing by {who_en} since {holder.since_text('en')}. "
                       "You can open it read-only.")
        super().__init__(msg)


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                          data.get("started"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    """The lock file of one database, held by this process. :meth:`release` removes it."""

    def __init__(self, path: Path, holder: LockHolder, notes: list[Text]) -> None:
        self.path = path
        self.holder = holder
        self.notes = notes  # e.g. that a stale lock was cleared
        self._held = True

    @classmethod
    def acquire(cls, db_path: Path) -> DatabaseLock:
        path = lock_path(Path(db_path))
        me = LockHolder.me()
        notes: list[Text] = []
        for _ in range(5):
            if _create_exclusively(path, json.dumps(asdict(me), ensure_ascii=False)):
                return cls(path, me, notes)
            holder = read_holder(path)
            if holder is not None and not holder.is_stale():
                raise DatabaseInUseError(Path(db_path), holder)
            if _clear_stale(path, holder):
                who = f"{holder.user}, pid {holder.pid}, {holder.since}" if holder else "?"
                notes.append(Text(f"En efterladt lås fra et program, der ikke længere kører ({who}), blev fjernet.",
                                  f"A lock left by a program that no longer runs ({who}) was removed."))
        raise DatabaseInUseError(Path(db_path), read_holder(path))

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        if read_holder(self.path) == self.holder:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _create_exclusively(path: Path, content: str) -> bool:
    """Create ``path`` with ``content`` unless it exists; never leaves it half-written."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, PermissionError) or exc.errno in (13, 30):  # EACCES, EROFS
            raise StorageError(Text(f"Mappen {path.parent} er skrivebeskyttet; åbn databasen skrivebeskyttet "
                                    "eller kopiér den til en mappe, du kan skrive i.",
                                    f"The folder {path.parent} is read-only; open the database read-only "
                                    "or copy it to a folder you can write to.")) from exc
        raise StorageError(Text(f"Låsefilen {path} kunne ikke skrives: {exc.strerror}",
                                f"The lock file {path} could not be written: {exc.strerror}")) from exc
    try:
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create, then write
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(content)
            return True
    finally:
        tmp.unlink(missing_ok=True)


def _clear_stale(path: Path, seen: LockHolder | None) -> bool:
    """Remove the stale lock ``seen`` -- but not a fresh lock another program took meanwhile."""
    aside = path.with_name(f"{path.name}.{os.getpid()}.stale")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return False
    taken = read_holder(aside)
    if taken != seen:  # someone replaced the stale lock in between: put theirs back
        with contextlib.suppress(OSError):
            os.link(aside, path)
        aside.unlink(missing_ok=True)
        return False
    aside.unlink(missing_ok=True)
    return True


@contextlib.contextmanager
def holding(db_path: Path) -> Iterator[DatabaseLock]:
    lock = DatabaseLock.acquire(db_path)
    try:
        yield lock
    finally:
        lock.release()
