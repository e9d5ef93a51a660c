"""Starting the desktop application: language, translations, error handling, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..domain.i18n import set_language
from ..paths import resources_dir
from . import errors
from .main_window import MainWindow
from .safe_open import open_workspace_interactively
from .settings import Settings

I18N_DIR = resources_dir() / "i18n"


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Source strings are Danish; English comes from ``effektmaaling_en.qm``. Qt's own dialogs follow."""
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom))
    installed = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "da":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"effektmaaling_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


class Application:
    """Owns the current main window and replaces it when another database is opened."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app, self.settings = app, settings
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        # Held by another program, or a read-only location: offer read-only; show network/lock warnings.
        ws = open_workspace_interactively(self.window, path)
        if ws is None:
            return False
        old = self.window
        if old is not None:
            old.save_layout()
        window = MainWindow(ws, self.settings)
        window.database_requested.connect(self.open)
        self.settings.remember_database(ws.path)
        window.call_after_first_paint(window.restore_selection)
        window.show()
        self.window = window
        if old is not None:
            old.close()
            old.ws.close()
        return True


def run_app(db_path: Path, lang: str | None = None) -> int:
    settings = Settings()
    lang = lang or settings.language or "da"
    set_language(lang)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    install_translations(app, lang)
    errors.install()
    controller = Application(app, settings)
    if not controller.open(db_path):
        return 1
    return app.exec()
