"""Looking into, and restoring from, database copies (backups) without opening them as a workspace.

A copy is opened read-only (``mode=ro``) with the plain sqlite3 module, so that looking at it never
changes it, whatever its schema revision.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .database import SQLITE_HEADER


@dataclass(frozen=True)
class CopyInfo:
    """What a copy holds: SQLite's integrity findings (empty when sound), its schema revision and
    the number of trials (``None`` when the copy cannot be read)."""

    findings: tuple[str, ...]
    revision: str | None
    trials: int | None

    @property
    def ok(self) -> bool:
        return not self.findings


@contextlib.contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield con
    finally:
        con.close()


def inspect_copy(path: Path, *, full_check: bool = True) -> CopyInfo:
    """Read a copy's trial count and schema revision; with ``full_check`` also ``integrity_check``."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return CopyInfo(("not an SQLite file",), None, None)
        with _readonly(path) as con:
            findings: list[str] = []
            if full_check:
                findings = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
                findings += [f"foreign key: table {r[0]} rowid {r[1]} refers to missing {r[2]}"
                             for r in con.execute("PRAGMA foreign_key_check")]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            trials = con.execute("SELECT count(*) FROM trials").fetchone()[0] if "trials" in tables else None
            return CopyInfo(tuple(findings), revision, trials)
    except (OSError, sqlite3.Error) as exc:
        return CopyInfo((str(exc),), None, None)
