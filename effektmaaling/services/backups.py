"""Backups for the user: list them, restore one (after checking it, and backing up the current file).

The file work (online backup API, naming, retention) is in :mod:`effektmaaling.storage.backups`; the
automatic ones are made by :meth:`Workspace.open` (the day's first opening), before a migration, and
by :meth:`Workspace.backup_before` (before a merge).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.i18n import Text
from ..storage.backups import (
    BackupInfo,
    backup_folder,
    backup_revision,
    list_backups,
    make_backup,
    put_back,
    restore_into,
    set_aside,
    verify_backup,
)
from ..storage.database import all_revisions, check_sqlite_file, current_user
from ..storage.locking import WriterLock

__all__ = ["BackupInfo", "backup_folder", "list_backups", "restore_backup"]


def restore_backup(backup: Path, db_path: Path, *, backup_dir: Path | None = None,
                   commit_point: Callable[[], None] | None = None) -> Path | None:
    """Put the content of ``backup`` into the database at ``db_path``; returns the backup of what was there.

    The database must be closed (by this program, and every other): the restore takes its writer lock.
    The backup is checked with ``PRAGMA integrity_check`` first, and refused when damaged or written by
    a newer program; the current file is itself backed up (``before-restore``) before it is replaced.
    ``commit_point()`` is called when the checks are done, before anything is changed: it may raise to stop
    the restore there (a cancel), and after it the restore runs to its end.
    """
    backup, db_path = Path(backup), Path(db_path)
    problems = verify_backup(backup)
    if problems:
        raise StorageError(Text(
            f"Sikkerhedskopien {backup.name} er beskadiget og blev ikke gendannet ({problems[0]}).",
            f"The backup {backup.name} is damaged and was not restored ({problems[0]})."))
    revision = backup_revision(backup)
    if revision is not None and revision not in all_revisions():
        raise StorageError(Text(
            f"Sikkerhedskopien {backup.name} er lavet af en nyere version af Effektmåling; opdatér programmet.",
            f"The backup {backup.name} was made by a newer version of Effektmåling; update the program."))
    if commit_point is not None:
        commit_point()
    lock = WriterLock.acquire(db_path, current_user())  # DatabaseInUseError while it is open anywhere
    try:
        before = None
        if db_path.exists() and db_path.stat().st_size > 0:
            folder = backup_folder(db_path, backup_dir)
            try:
                check_sqlite_file(db_path)
                before = make_backup(db_path, "before-restore", folder=folder)
            except StorageError:
                # The current file is damaged (the case a restore is most needed for): SQLite cannot
                # copy it, so its bytes are moved aside unchanged, and put back if the restore fails.
                moved = set_aside(db_path, folder)
                try:
                    restore_into(backup, db_path)
                except BaseException:
                    put_back(moved, db_path)
                    raise
                return moved[0]
        restore_into(backup, db_path)
    finally:
        lock.release()
    return before
