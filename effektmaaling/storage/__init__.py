"""Persistence: the only package that speaks SQL."""

from .database import Database, backup_file, open_database

__all__ = ["Database", "backup_file", "open_database"]
