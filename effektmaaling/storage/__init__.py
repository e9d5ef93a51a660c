"""Persistence: the only package that speaks SQL."""

from .database import Database, ReadOnlyLocationError, backup_file, open_database
from .locking import DatabaseInUseError, LockInfo

__all__ = ["Database", "DatabaseInUseError", "LockInfo", "ReadOnlyLocationError", "backup_file", "open_database"]
