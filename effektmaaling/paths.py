"""Where the program keeps its files (platformdirs), with environment overrides.

- ``EFFEKTMAALING_DATA_DIR``: the user data folder (default database, backups, logs).
- ``EFFEKTMAALING_DB``: the database file (``--db`` on the command line wins over both).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from . import APP_ID


def data_dir() -> Path:
    override = os.environ.get("EFFEKTMAALING_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get("EFFEKTMAALING_DB")
    return Path(env) if env else data_dir() / "effektmaaling.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree) or inside a PyInstaller bundle (fonts, translations)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"
