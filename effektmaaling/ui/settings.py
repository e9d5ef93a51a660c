"""Remembered settings (window layout, last and recent databases, language), in the user data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

MAX_RECENT = 8
VERSION = 1  # raise when the meaning of a stored key changes; migrate in Settings.__init__


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.q = QSettings(str(path or paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
        if int(self.q.value("version", 0) or 0) < VERSION:
            self.q.setValue("version", VERSION)

    # language
    @property
    def language(self) -> str | None:
        value = self.q.value("language")
        return value if value in ("da", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("language", value)

    # the folder each kind of file dialog was last left in: import, export, report, offline copy
    def last_folder(self, purpose: str) -> Path | None:
        value = self.q.value(f"folders/{purpose}")
        return Path(value) if value and Path(value).is_dir() else None

    def remember_folder(self, purpose: str, folder: Path) -> None:
        self.q.setValue(f"folders/{purpose}", str(Path(folder).resolve()))
        self.q.sync()

    # databases
    @property
    def last_database(self) -> Path | None:
        value = self.q.value("last_database")
        return Path(value) if value else None

    def recent(self) -> list[Path]:
        value = self.q.value("recent_databases") or []
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in value if p]

    def remember_database(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent() if p != path]
        self.q.setValue("recent_databases", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.q.setValue("last_database", str(path))

    def forget_database(self, path: Path) -> None:
        self.q.setValue("recent_databases", [str(p) for p in self.recent() if p != Path(path).resolve()])

    # a shared (PostgreSQL) database: where and as whom, never the password (that is in the keyring)
    SHARED_KEYS = ("host", "port", "database", "login", "sslmode")

    def shared_profile(self) -> dict[str, str] | None:
        """The connection profile used last (host, port, database, login, sslmode), or None."""
        values = {k: str(self.q.value(f"shared/{k}") or "") for k in self.SHARED_KEYS}
        return values if values["host"] or values["database"] else None

    def remember_shared_profile(self, profile: dict[str, object]) -> None:
        for k in self.SHARED_KEYS:
            self.q.setValue(f"shared/{k}", str(profile.get(k) or ""))
        self.q.remove("shared/password")  # never kept here (an older setting would be dropped)

    # window
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        return (self.q.value("window/geometry"), self.q.value("window/state"), self.q.value("window/splitter"))

    def save_window_state(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
        self.q.setValue("window/splitter", splitter)

    def flag(self, key: str, default: bool) -> bool:
        value = self.q.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def set_flag(self, key: str, value: bool) -> None:
        self.q.setValue(key, bool(value))

    def sync(self) -> None:
        self.q.sync()
