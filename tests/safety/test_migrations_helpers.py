"""A database file as an earlier revision of the program wrote it (shared with the migration tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from effektmaaling.storage.database import alembic_config


def write_at_revision(path: Path, revision: str) -> None:
    sqlite3.connect(path).close()
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
