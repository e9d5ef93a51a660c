"""Starting the desktop application: language, translations, error handling, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..domain.errors import DomainError
from ..domain.i18n import Text, set_language
from ..services import Workspace
from ..storage.locking import DatabaseInUseError
from . import errors
from .main_window import MainWindow
from .settings import Settings


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree) or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"


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
        old = self.window
        if old is not None and _same_file(old.ws.path, path):
            old.ws.close()  # reopening the same file (e.g. after a restore): let go of its lock first
        try:
            ws = Workspace.open(path)
        except DatabaseInUseError as exc:
            if not ask_open_readonly(self.window, exc):
                return False
            try:
                ws = Workspace.open(path, readonly=True)
            except DomainError as exc2:
                QMessageBox.warning(self.window, APP_NAME, exc2.text())
                return False
        except DomainError as exc:
            QMessageBox.warning(self.window, APP_NAME, exc.text())
            return False
        if old is not None:
            old.save_layout()
        window = MainWindow(ws, self.settings)
        window.database_requested.connect(self.open)
        self.settings.remember_database(ws.path)
        window.call_after_first_paint(window.restore_selection)
        window.show()
        self.window = window
        show_notices(window, ws.notices)
        if old is not None:
            old.close()
            old.ws.close()
        return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def ask_open_readonly(parent: QWidget | None, exc: DatabaseInUseError) -> bool:
    """The database is open for writing elsewhere: say who and since when; offer read-only."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.text(), QMessageBox.StandardButton.NoButton, parent)
    readonly = box.addButton(tr("Åbn skrivebeskyttet"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("databaseInUse")
    box.exec()
    return box.clickedButton() is readonly


def show_notices(window: QMainWindow, notices: list[Text]) -> QMessageBox | None:
    """What the user should know about the opened database (network drive, a cleared lock, a failed
    backup): in the status bar, and once in a message that does not block."""
    if not notices:
        return None
    texts = [n.get() for n in notices]
    window.statusBar().showMessage(texts[-1], 15000)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "\n\n".join(texts), QMessageBox.StandardButton.Ok,
                      window)
    box.setObjectName("databaseNotices")
    box.open()
    return box


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


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
