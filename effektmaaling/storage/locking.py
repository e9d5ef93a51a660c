"""One writer at a time: a lock file beside the database.

``<database>.lock`` holds who has the database open for writing (user, host, process id, since) as
JSON, and the holder keeps an operating-system lock on it (``flock`` on Linux and macOS, ``msvcrt``
on Windows) for as long as the database is open. The operating system drops that lock when the
process ends in any way, a crash or a kill included, so:

- lock file present and its OS lock held: another program (or another window) has the database open
  for writing -> :class:`DatabaseInUseError` naming the holder and since when; the caller may open
  the database read-only instead;
- lock file present but its OS lock free: left behind by a program that crashed -> it is taken over
  (cleared and rewritten), and the old holder is reported as :attr:`WriterLock.stale`.

The process id and host are only information for people; the OS lock decides. SQLite's own locking
still guards every transaction underneath (WAL, ``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.formatting import format_date
from ..domain.i18n import Text

_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far past the JSON so it stays readable


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime  # local time
    program: str = "Effektmåling"

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "host": self.host, "pid": self.pid,
                           "since": self.since.isoformat(timespec="seconds"), "program": self.program},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        try:
            d = json.loads(text)
            return cls(user=str(d["user"]), host=str(d["host"]), pid=int(d["pid"]),
                       since=dt.datetime.fromisoformat(d["since"]), program=str(d.get("program", "")))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> Text:
        when_da = f"{format_date(self.since.date(), 'da')} kl. {self.since:%H:%M}"
        when_en = f"{format_date(self.since.date(), 'en')} at {self.since:%H:%M}"
        return Text(f"{self.user} på {self.host} (proces {self.pid}) siden {when_da}",
                    f"{self.user} on {self.host} (process {self.pid}) since {when_en}")


class DatabaseInUseError(StorageError):
    """Another program or window has the database open for writing."""

    def __init__(self, path: Path, holder: LockInfo | None) -> None:
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else Text("et andet program", "another program")
        super().__init__(Text(
            f"Databasen {path.name} er allerede åbnet til redigering af {who.da}. "
            "Du kan åbne den skrivebeskyttet og se data, men ikke ændre dem, før den er lukket dér.",
            f"The database {path.name} is already open for editing by {who.en}. "
            "You can open it read-only to look at the data, but not change it until it is closed there."))


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def this_process(user: str) -> LockInfo:
    return LockInfo(user=user, host=socket.gethostname(), pid=os.getpid(), since=dt.datetime.now().replace(microsecond=0))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (information only; the OS lock decides)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        # A file system without flock support: fall back to POSIX record locks.
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_info(fd: int) -> LockInfo | None:
    os.lseek(fd, 0, os.SEEK_SET)
    return LockInfo.from_json(os.read(fd, 4096).decode("utf-8", "replace"))


def read_lock_info(db_path: Path) -> LockInfo | None:
    """Who the lock file names (whether or not that holder is still alive)."""
    try:
        return LockInfo.from_json(lock_path_for(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def is_locked(db_path: Path) -> bool:
    """Whether some live program holds the database for writing."""
    path = lock_path_for(db_path)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_os_lock(fd):
            _os_unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


class WriterLock:
    """The lock a writing program holds on a database while it has it open. Release with :meth:`release`."""

    def __init__(self, db_path: Path, fd: int, info: LockInfo, stale: LockInfo | None) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self.info = info
        self.stale = stale  # the holder of a lock left behind by a crashed program, now cleared
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, db_path: Path, user: str, *, wait_for_info: float = 1.0) -> WriterLock:
        """Take the lock, or raise :class:`DatabaseInUseError` naming the live holder."""
        path = lock_path_for(db_path)
        for _attempt in range(20):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError as exc:
                raise StorageError(Text(
                    f"Kan ikke oprette låsefilen {path.name} i mappen {path.parent}: ingen skriveadgang. "
                    "Åbn databasen skrivebeskyttet, eller flyt den til en mappe, du kan skrive i.",
                    f"Cannot create the lock file {path.name} in the folder {path.parent}: no write access. "
                    "Open the database read-only, or move it to a folder you can write to.")) from exc
            except OSError as exc:
                raise StorageError(Text(f"Kan ikke oprette låsefilen {path}: {exc.strerror}.",
                                        f"Cannot create the lock file {path}: {exc.strerror}.")) from exc
            if not _try_os_lock(fd):
                holder = _read_info(fd)
                deadline = time.monotonic() + wait_for_info
                while holder is None and time.monotonic() < deadline:  # the holder is still writing its name
                    time.sleep(0.02)
                    holder = _read_info(fd)
                os.close(fd)
                raise DatabaseInUseError(db_path, holder)
            # We hold the OS lock. Make sure the file we locked is still the one at ``path`` (a holder
            # that was releasing may have removed it in between); otherwise try again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except OSError:
                same = False
            if not same:
                _os_unlock(fd)
                os.close(fd)
                continue
            previous = _read_info(fd)
            info = this_process(user)
            try:
                data = info.to_json().encode("utf-8")
                os.lseek(fd, 0, os.SEEK_SET)
                os.ftruncate(fd, 0)
                os.write(fd, data)
                os.fsync(fd)
            except OSError as exc:
                _os_unlock(fd)
                os.close(fd)
                raise StorageError(Text(f"Kan ikke skrive låsefilen {path}: {exc.strerror}.",
                                        f"Cannot write the lock file {path}: {exc.strerror}.")) from exc
            return cls(db_path, fd, info, previous)
        raise DatabaseInUseError(db_path, read_lock_info(db_path))  # pragma: no cover - endless churn

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file and drop the OS lock (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Remove while still holding the lock: a waiting opener sees the inode change and retries.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        _os_unlock(fd)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed on Windows
            with contextlib.suppress(OSError):
                os.unlink(self.path)
