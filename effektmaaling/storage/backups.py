"""Backups of a database file: made with SQLite's online backup API, named by time and reason, kept
in a folder of their own per database, thinned to the last 10 daily and 4 weekly copies, listed and
restored.

Naming: ``<folder>/<stem>-<YYYYmmdd-HHMMSS>-<reason>.db`` where reason is ``daily`` (first opening
of the day), ``before-migration-<revision>``, ``before-merge``, ``before-restore`` or another word.
The default folder is ``<user data>/backups/<stem>-<8 hex digits of the database's full path>``, so
two databases with the same name never share backups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.i18n import Text

KEEP_DAILY = 10
KEEP_WEEKLY = 4
KEEP_EVENT = 10  # backups before a migration, merge or restore
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[A-Za-z0-9][A-Za-z0-9._-]*)\.db$")
_REASON = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time
    reason: str
    size: int  # bytes
    trial_count: int | None  # None when the file cannot be read as an Effektmåling database

    @property
    def daily(self) -> bool:
        return self.reason == "daily"


def backup_folder(db_path: Path, base: Path | None = None) -> Path:
    """Where the backups of ``db_path`` go: ``base`` itself when given, else a folder of its own."""
    if base is not None:
        return Path(base)
    from .. import paths

    full = str(Path(os.path.abspath(db_path)))
    key = hashlib.sha256(full.encode("utf-8")).hexdigest()[:8]
    return paths.backups_dir() / f"{Path(db_path).stem}-{key}"


def _translate(exc: BaseException, dest: Path) -> StorageError:
    msg = str(exc).lower()
    if "full" in msg or getattr(exc, "errno", None) == 28:
        return StorageError(Text(f"Disken er fuld; sikkerhedskopien {dest.name} kunne ikke laves. Frigør plads.",
                                 f"The disk is full; the backup {dest.name} could not be made. Free some space."))
    if "readonly" in msg or "read-only" in msg or isinstance(exc, PermissionError):
        return StorageError(Text(f"Ingen skriveadgang til mappen {dest.parent}; sikkerhedskopien blev ikke lavet.",
                                 f"No write access to the folder {dest.parent}; the backup was not made."))
    return StorageError(Text(f"Sikkerhedskopien {dest.name} kunne ikke laves: {exc}",
                             f"The backup {dest.name} could not be made: {exc}"))


class BackupCancelled(Exception):
    """The copy was stopped on request (the window is closing); nothing was left behind."""


BACKUP_STEP_PAGES = 2048  # pages copied between two looks at ``cancelled`` (8 MB at SQLite's 4 KiB pages)
STALE_PART_SECONDS = 3600  # a ``.part`` file this old is a copy whose program ended mid-way


def copy_database(src: Path, dest: Path, *, cancelled: Callable[[], bool] | None = None) -> Path:
    """A consistent copy of a (possibly open) SQLite database, made with SQLite's online backup API.

    The copy is written to a temporary name and renamed when complete, so a failure (a full disk) or a
    cancel (``cancelled`` returning true, asked every few megabytes: :class:`BackupCancelled`) never
    leaves a half-written file under ``dest``, and the temporary file is removed."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                if cancelled is None:
                    source.backup(target)
                else:
                    source.backup(target, pages=BACKUP_STEP_PAGES, progress=step)
                target.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no -wal beside it
            finally:
                target.close()
        finally:
            source.close()
        step(0, 0, 0)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError, BackupCancelled) as exc:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, BackupCancelled):
            raise
        raise _translate(exc, dest) from exc
    return dest


def backup_name(db_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    reason = _REASON.sub("-", reason).strip("-") or "manual"
    return f"{Path(db_path).stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"


def make_backup(db_path: Path, reason: str, *, folder: Path | None = None, now: dt.datetime | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy ``db_path`` into its backup folder, then thin the folder out (``cancelled``: see
    :func:`copy_database`)."""
    folder = backup_folder(db_path, folder)
    dest = folder / backup_name(db_path, reason, now)
    n = 2
    while dest.exists():
        dest = folder / backup_name(db_path, f"{reason}-{n}", now)
        n += 1
    _remove_stale_parts(db_path, folder)
    copy_database(Path(db_path), dest, cancelled=cancelled)
    prune(db_path, folder=folder, today=(now or dt.datetime.now()).date())
    return dest


def _parse(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    m = _NAME.match(path.name)
    if not m or m["stem"] != stem:
        return None
    try:
        return dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), m["reason"]
    except ValueError:
        return None


def _backup_files(db_path: Path, folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob("*.db"):
        parsed = _parse(p, Path(db_path).stem)
        if parsed:
            out.append((p, *parsed))
    def order(item: tuple[Path, dt.datetime, str]) -> tuple[dt.datetime, int]:
        try:
            return item[1], item[0].stat().st_mtime_ns
        except OSError:
            return item[1], 0

    out.sort(key=order, reverse=True)
    return out


def has_daily_backup(db_path: Path, day: dt.date, *, folder: Path | None = None) -> bool:
    folder = backup_folder(db_path, folder)
    return any(reason == "daily" and at.date() == day for _p, at, reason in _backup_files(db_path, folder))


def _remove_stale_parts(db_path: Path, folder: Path) -> None:
    """Remove this database's ``.part`` copies left by a program that ended in the middle of one (an
    hour old: a copy running now in another program is never touched)."""
    if not folder.is_dir():
        return
    limit = dt.datetime.now().timestamp() - STALE_PART_SECONDS
    for part in folder.glob(f"{glob.escape(Path(db_path).stem)}-*.db.part*"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def daily_backup(db_path: Path, *, folder: Path | None = None, now: dt.datetime | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path | None:
    """The first backup of the day (None when today's exists already). Cancelled (``cancelled``, see
    :func:`copy_database`), there is no backup of the day, so the next opening makes it."""
    now = now or dt.datetime.now()
    if has_daily_backup(db_path, now.date(), folder=folder):
        return None
    return make_backup(db_path, "daily", folder=folder, now=now, cancelled=cancelled)


def prune(db_path: Path, *, folder: Path | None = None, today: dt.date | None = None) -> list[Path]:
    """Keep the newest daily backup of each of the last 10 days that have one, the newest of each of
    the last 4 weeks that have one, and the 10 newest event backups; remove the rest."""
    folder = backup_folder(db_path, folder)
    files = _backup_files(db_path, folder)
    keep: set[Path] = set()
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    events: list[Path] = []
    for p, at, reason in files:  # newest first
        if reason.startswith("daily"):
            days.setdefault(at.date(), p)
            weeks.setdefault(at.isocalendar()[:2], p)
        else:
            events.append(p)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    keep.update(events[:KEEP_EVENT])
    removed = []
    for p, _at, _reason in files:
        if p not in keep:
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def _trial_count(path: Path) -> int | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return int(con.execute("SELECT count(*) FROM trials").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        con.close()


def list_backups(db_path: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, with size and the number of trials each holds."""
    folder = backup_folder(db_path, folder)
    out = []
    for p, at, reason in _backup_files(db_path, folder):
        try:
            size = p.stat().st_size
        except OSError:
            continue
        out.append(BackupInfo(p, at, reason, size, _trial_count(p)))
    return out


def verify_backup(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on a backup file (opened without changing it); [] when it is sound."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not an SQLite file"]
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return rows
        con.execute("SELECT version_num FROM alembic_version").fetchone()
        con.execute("SELECT count(*) FROM trials").fetchone()
        return []
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()


def backup_revision(path: Path) -> str | None:
    """The schema revision a backup file was written at (None when it has none)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def set_aside(db_path: Path, folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Move a damaged database file (and its ``-wal``/``-shm``) into ``folder`` unchanged, named
    ``<name>-<time>-damaged.db``; returns the new paths, the database first."""
    dest = folder / backup_name(db_path, "damaged", now)
    n = 2
    while dest.exists():
        dest = folder / backup_name(db_path, f"damaged-{n}", now)
        n += 1
    moved = []
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{db_path}{suffix}")
        if src.exists():
            target = Path(f"{dest}{suffix}")
            try:
                shutil.move(src, target)
            except OSError as exc:
                put_back(moved, db_path)
                raise _translate(exc, target) from exc
            moved.append(target)
    return moved


def put_back(moved: list[Path], db_path: Path) -> None:
    """Undo :func:`set_aside`."""
    for path in moved:
        suffix = path.name[-4:] if path.name.endswith(("-wal", "-shm")) else ""
        with contextlib.suppress(OSError):
            shutil.move(path, Path(f"{db_path}{suffix}"))


def restore_into(backup: Path, db_path: Path) -> None:
    """Replace the content of ``db_path`` (closed) by the backup's, through SQLite's backup API in one
    step: an interruption leaves the old content, never a mixture."""
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
        try:
            target = sqlite3.connect(db_path)
            try:
                target.execute("PRAGMA busy_timeout = 5000")
                source.backup(target)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise _translate(exc, db_path) from exc
