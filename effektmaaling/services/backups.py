"""Automatic and manual backups of a database file, their retention, and restoring one.

Backups are consistent copies made with SQLite's online backup API (:func:`backup_file`) into the
backups folder beside the user data (:func:`effektmaaling.paths.backups_dir`), named
``<database name>-<YYYYMMDD-HHMMSS>-<reason>.db``. The same folder and naming serve:

- ``daily``: the first writable opening of a database on a day (:meth:`Workspace.open` calls
  :func:`daily_backup`);
- ``before-merge``: before importing an exchange file (:func:`effektmaaling.services.exchange.import_trial`);
- ``before-migration-<revision>``: before a schema upgrade (:func:`effektmaaling.storage.database.open_database`);
- ``before-restore``: the current file, before it is replaced by a restored copy.

Retention (:func:`prune`): every copy from the 10 most recent days that have copies is kept, and
the newest copy of each of the 4 most recent weeks before those; older copies are deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..domain.errors import StorageError
from ..domain.i18n import Text
from ..storage.copies import inspect_copy
from ..storage.database import all_revisions, backup_file
from ..storage.locking import holding

KEEP_DAYS = 10
KEEP_WEEKS = 4
STAMP = "%Y%m%d-%H%M%S"

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    trials: int | None

    @property
    def name(self) -> str:
        return self.path.name


def _folder(folder: Path | None) -> Path:
    if folder is None:
        return paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(Path(db_path).stem)}-(\d{{8}}-\d{{6}})-([a-z0-9-]+)\.db$")


def _copies(db_path: Path, folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    """The copies of ``db_path`` in ``folder``, newest first (the time is read from the name)."""
    pattern = _pattern(db_path)
    found = []
    for p in folder.glob(f"{Path(db_path).stem}-*.db"):
        m = pattern.match(p.name)
        if m:
            try:
                found.append((p, dt.datetime.strptime(m.group(1), STAMP), m.group(2)))
            except ValueError:
                continue
    return sorted(found, key=lambda c: (c[1], c[0].name), reverse=True)


def backup_now(db_path: str | Path, reason: str, *, folder: Path | None = None, now: Clock | None = None) -> Path:
    """Copy ``db_path`` now (consistently, even while it is open) and prune old copies."""
    db_path = Path(db_path)
    folder = _folder(folder)
    when = (now or dt.datetime.now)()
    base = f"{db_path.stem}-{when.strftime(STAMP)}-{reason}"
    dest = folder / f"{base}.db"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{base}-{n}.db"
    partial = dest.with_name(dest.name + ".partial")
    try:
        backup_file(db_path, partial)
        partial.replace(dest)  # a copy is either complete under its name or not there at all
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(Text(f"Sikkerhedskopien kunne ikke laves i {folder}: {exc}",
                                f"The backup could not be made in {folder}: {exc}")) from exc
    prune(db_path, folder=folder, now=now)
    return dest


def daily_backup(db_path: str | Path, *, folder: Path | None = None, now: Clock | None = None) -> Path | None:
    """Back up ``db_path`` unless it already has a copy from today; returns the new copy or ``None``."""
    folder = _folder(folder)
    today = (now or dt.datetime.now)().date()
    copies = _copies(Path(db_path), folder)
    if copies and copies[0][1].date() >= today:
        return None
    return backup_now(db_path, "daily", folder=folder, now=now)


def prune(db_path: str | Path, *, folder: Path | None = None, now: Clock | None = None) -> list[Path]:
    """Delete the copies of ``db_path`` that the retention rule no longer keeps; returns them."""
    folder = _folder(folder)
    copies = _copies(Path(db_path), folder)
    days = sorted({c[1].date() for c in copies}, reverse=True)[:KEEP_DAYS]
    keep = {c[0] for c in copies if c[1].date() in days}
    oldest_kept_day = days[-1] if days else None
    weeks: list[tuple[int, int]] = []
    for p, created, _ in copies:  # newest first: the first copy seen of a week is its newest
        if oldest_kept_day is not None and created.date() >= oldest_kept_day:
            continue
        week = created.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.append(week)
            keep.add(p)
    removed = []
    for p, _, _ in copies:
        if p not in keep:
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def list_backups(db_path: str | Path, *, folder: Path | None = None) -> list[BackupEntry]:
    """The copies of ``db_path``, newest first, with their size and number of trials."""
    out = []
    for p, created, reason in _copies(Path(db_path), _folder(folder)):
        info = inspect_copy(p, full_check=False)
        out.append(BackupEntry(p, created, reason, p.stat().st_size, info.trials))
    return out


def restore_backup(entry: BackupEntry | Path, db_path: str | Path, *, folder: Path | None = None,
                   now: Clock | None = None) -> Path:
    """Replace the database at ``db_path`` by the copy ``entry``; returns the copy made of the
    current file first. The database must be closed (no workspace open on it in this program).

    The copy is checked first (``integrity_check``, an Effektmåling database of a schema this
    program knows); a copy that fails is refused and nothing changes."""
    src = entry.path if isinstance(entry, BackupEntry) else Path(entry)
    db_path = Path(db_path)
    info = inspect_copy(src)
    if not info.ok or info.trials is None:
        raise StorageError(Text(f"Sikkerhedskopien {src.name} er beskadiget og kan ikke gendannes: "
                                + "; ".join(info.findings or ("ingen forsøgstabel",)),
                                f"The backup {src.name} is damaged and cannot be restored: "
                                + "; ".join(info.findings or ("no trials table",))))
    if info.revision is not None and info.revision not in all_revisions():
        raise StorageError(Text(f"Sikkerhedskopien {src.name} er lavet af en nyere version af programmet.",
                                f"The backup {src.name} was made by a newer version of the program."))
    with holding(db_path):  # nobody else may have it open for writing meanwhile
        before = backup_now(db_path, "before-restore", folder=folder, now=now) if db_path.exists() else None
        backup_file(src, db_path)
    return before or src


__all__ = ["BackupEntry", "backup_now", "daily_backup", "list_backups", "prune", "restore_backup"]
