"""Starting the desktop application: language, translations, error handling, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..domain.i18n import set_language
from ..paths import resources_dir
from . import errors, style
from .icons import app_icon
from .main_window import MainWindow, is_shared_address
from .safe_open import open_workspace_interactively
from .settings import Settings

if TYPE_CHECKING:
    from ..services import Workspace

I18N_DIR = resources_dir() / "i18n"
DESKTOP_ID = "dk.kk.effektmaaling"  # the .desktop file's and AppStream's id (packaging/linux/)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (``qtbase_da.qm``: dialog buttons, file dialogs, context menus) may be.

    Qt's configured folder first, then the PySide6 package's own (also where a PyInstaller bundle keeps
    them, see packaging/effektmaaling.spec).
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            package / "Qt" / "translations", package / "translations"]
    return list(dict.fromkeys(d for d in dirs if str(d) not in ("", ".")))


class GlossaryTranslator(QTranslator):
    """Qt's own words where the program's glossary says otherwise (Qt's Danish has "Annuller"; the glossary
    and the program's own buttons say "Annullér"): installed after Qt's translation, so asked first; every
    other text is left to the translators below (None: not translated here)."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {("QPlatformTheme", "Cancel"): "Annullér",
                                                   ("QPlatformTheme", "&Cancel"): "&Annullér"}

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        return self.WORDS.get((context, source))


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Source strings are Danish; English comes from ``effektmaaling_en.qm``. Qt's own dialogs follow.

    Without Qt's translation file (a stripped installation) Qt's standard buttons stay English; the
    program works as before and the log says why.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark if lang == "da" else QLocale.Country.UnitedKingdom))
    installed = []
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{lang}", str(folder)) for folder in qt_translation_dirs()):
        app.installTranslator(qt)
        installed.append(qt)
        if lang == "da":  # Qt's Danish, with the glossary's words where they differ
            glossary = GlossaryTranslator(app)
            app.installTranslator(glossary)
            installed.append(glossary)
    elif lang != "en":  # English is Qt's own language: nothing is missing
        errors.log.warning("Qt's translation qtbase_%s.qm was not found in %s; Qt's standard buttons stay English",
                           lang, ", ".join(map(str, qt_translation_dirs())))
    if lang != "da":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"effektmaaling_{lang}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


class Application:
    """Owns the current main window and replaces it when another database is opened."""

    def __init__(self, app: QApplication, settings: Settings, exchange_file: str | Path | None = None) -> None:
        self.app, self.settings = app, settings
        self.exchange_file = exchange_file  # opened in the import dialog once the database is open
        self.window: MainWindow | None = None
        self.failed = False  # the program's database could not be opened
        self.error: Exception | None = None  # ... because of this unexpected error

    def start(self, path: Path | str) -> None:
        """The program's first window: shown at once, the database opened right after its first paint
        (opening needs SQLAlchemy, a slow import), then the first trial's dashboard. ``path`` may be a
        shared database's address (postgresql://…)."""
        window = MainWindow(None, self.settings, path=path)  # type: ignore[arg-type]
        self.window = window
        window.call_after_first_paint(lambda: self._open_first(window, path))
        window.show()

    def _open_first(self, window: MainWindow, path: Path) -> None:
        if self.window is not window or not window.isVisible():
            return
        from .analysis_cache import warm_up

        style.install_focus_style(self.app)
        warm_up()  # numpy and scipy imported in a thread meanwhile: the first dashboard needs them
        # Held by another program, or a read-only location: offer read-only; show network/lock warnings.
        try:
            ws = self._open_location(window, path)
            if ws is not None:
                window.attach(ws)
        except Exception as exc:  # unexpected: run_app raises it when the loop has ended (logged, as before)
            self.error, ws = exc, None
        if ws is None:
            self.failed = True
            window.close()
            self.app.exit(1)
            return
        window.database_requested.connect(self.open)
        self._remember(ws)
        window.repaint()  # the trials on screen now: an update would wait for the dashboard being built
        QTimer.singleShot(0, window, window.restore_selection)
        # the opening's quick_check may still run (a thread): its outcome, then the day's backup in the
        # background, never before the trials
        QTimer.singleShot(0, window, lambda: window.after_opening_check(window.start_daily_backup))
        if self.exchange_file is not None:
            QTimer.singleShot(0, window, lambda: self._import_exchange_file(window))

    def _import_exchange_file(self, window: MainWindow) -> None:
        """The exchange file the program was started with (file association): the import dialog on it."""
        from .exchange_dialogs import import_trial_dialog

        path, self.exchange_file = self.exchange_file, None
        if window.ws is not None and not window.ws.readonly:
            import_trial_dialog(window, window.ws, path)

    def _open_location(self, parent: MainWindow | None, location: Path | str) -> Workspace | None:
        """A file (held by another program, or a read-only location: offer read-only; show network/lock
        warnings), or a shared database (the password from the keyring, else the connection dialog)."""
        if isinstance(location, str) and is_shared_address(location):
            from .shared_database import open_shared_interactively

            return open_shared_interactively(parent, location, self.settings)
        return open_workspace_interactively(parent, Path(location), daily_backup=False, check_in_background=True)

    def _remember(self, ws: Workspace) -> None:
        if ws.shared:
            from .shared_database import ConnectionProfile

            self.settings.remember_shared_profile(ConnectionProfile.from_url(ws.location).as_dict())
        else:
            self.settings.remember_database(ws.path)

    def open(self, location: Path | str | Workspace) -> bool:
        """Open ``location`` in place of the current window's database: a file, a shared database's
        address, or a shared database the connection dialog has opened already."""
        if isinstance(location, Path | str) and self._holds_for_writing(location):
            # Already open for writing in this window: keep it (reopening would find our own lock and
            # offer only read-only). A window released for a restore no longer holds it and is reopened.
            self.window.raise_()  # type: ignore[union-attr]
            self.window.activateWindow()  # type: ignore[union-attr]
            return True
        ws = location if not isinstance(location, Path | str) else self._open_location(self.window, location)
        if ws is None:
            return False
        old = self.window
        if old is not None:
            old.save_layout()
        window = MainWindow(ws, self.settings)
        window.database_requested.connect(self.open)
        self._remember(ws)
        window.call_after_first_paint(lambda: (window.restore_selection(), window.start_daily_backup()))
        window.show()
        self.window = window
        if old is not None:
            old.close()
            if old.ws is not None:
                old.ws.close()
        return True

    def _holds_for_writing(self, path: Path | str) -> bool:
        if self.window is None or self.window.ws is None or self.window.ws.readonly:
            return False
        if self.window.ws.shared or (isinstance(path, str) and is_shared_address(path)):
            return False  # a shared database has no lock; opening it again reconnects (maybe as another login)
        lock = self.window.ws.db.lock
        try:
            same = Path(path).resolve() == self.window.ws.path.resolve()
        except OSError:
            return False
        return same and lock is not None and lock.held

    def close(self) -> None:
        """Close the open database (its lock file goes), e.g. when the program ends."""
        if self.window is not None and self.window.ws is not None:
            self.window.ws.close()
def run_app(db_path: Path | str, lang: str | None = None, exchange_file: str | Path | None = None) -> int:
    settings = Settings()
    lang = lang or settings.language or "da"
    set_language(lang)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The icon of every window and dialog; on Linux (Wayland) the desktop file links the window to its
    # icon and name in the task bar (packaging/linux/).
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
    install_translations(app, lang)
    style.apply(app, focus_later=True)  # the focus marks' style after the first paint (_open_first)
    errors.install()
    controller = Application(app, settings, exchange_file)
    controller.start(db_path)
    try:
        code = app.exec()
    finally:
        # Without this the lock file stays behind and the next start warns that the database was
        # not closed properly.
        controller.close()
    if controller.error is not None:
        raise controller.error
    return 1 if controller.failed else code
