"""The main window: menus (Fil, Rediger, Vis, Hjælp), toolbar, status bar, navigator and the centre page.

Features built elsewhere add themselves through :mod:`extensions` with :meth:`MainWindow.add_file_action`,
:meth:`MainWindow.add_help_action` and :meth:`MainWindow.menu`.
"""

from __future__ import annotations

import contextlib
import importlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain.errors import DomainError
from ..domain.i18n import current_language
from . import commands as cmd
from . import file_dialogs
from .analysis_cache import AnalysisCache
from .errors import show_domain_error
from .extensions import EXTENSIONS
from .hub import Hub
from .settings import Settings
from .widgets import heading, muted

if TYPE_CHECKING:  # SQLAlchemy behind them: the window is shown before the database is opened
    from ..services import Workspace
    from ..services.workspace import Change


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def is_shared_address(location: str) -> bool:
    return location.strip().lower().startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


BACKUP_STOP_SECONDS = 2.0  # closing waits at most this for a cancelled daily backup to clean up (ms, usually)


class MainWindow(QMainWindow):
    # what to open in place of this one: a file's Path, a shared database's address (str), or a shared
    # database already opened by the connection dialog (a Workspace)
    database_requested = Signal(object)

    def __init__(self, ws: Workspace | None, settings: Settings | None = None, *, path: Path | None = None) -> None:
        """The window on the workspace ``ws``; or, with ``ws=None``, the window for the database at
        ``path`` before it is opened (the program's start: shown at once, :meth:`attach` fills it)."""
        super().__init__()
        from . import style

        style.apply()
        self.ws: Workspace = None  # type: ignore[assignment]  # set by attach()
        # a shared database (postgresql://…, without its password) has no file: ``path`` stays empty
        self.shared_location: str | None = None
        if ws is not None and ws.shared:
            self.shared_location = ws.location
        elif ws is None and isinstance(path, str) and is_shared_address(path):
            from .shared_database import ConnectionProfile

            self.shared_location = ConnectionProfile.from_url(path).url()  # never shown with its password
        self.path = (Path() if self.shared_location else ws.path if ws is not None
                     else Path(path) if path is not None else Path())
        self.settings = settings or Settings()
        self.stack = QUndoStack(self)
        self.setObjectName("mainWindow")
        from .icons import app_icon

        self.setWindowIcon(app_icon())
        self._pages: dict[str, QWidget] = {}

        from .navigator import Navigator

        self.navigator = Navigator()
        self.navigator.setObjectName("navigator")
        self.navigator.selected.connect(self._navigate)
        self.centre = QStackedWidget()
        self.centre.addWidget(self._welcome())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        em = self.fontMetrics().horizontalAdvance("x")
        self.splitter.setSizes([em * 38, em * 120])

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status_db = QLabel()
        self.statusBar().addPermanentWidget(self.status_db)
        self.stack.cleanChanged.connect(self._update_title)
        self._restore_layout()
        self._update_title()
        self._update_status()
        self._selection_actions()
        if ws is not None:
            self.attach(ws)

    def attach(self, ws: Workspace) -> None:
        """Give the window its (open) workspace: the navigator lists the trials, the features install
        their menu actions (:mod:`extensions`; they may read ``window.ws``)."""
        self.hub = Hub(ws, self)  # on a shared database it also hears the other users' changes
        self.cache = AnalysisCache(ws, self.hub, self)
        self.ws = ws
        if ws.shared:
            self.shared_location, self.path = ws.location, Path()
        else:
            self.shared_location, self.path = None, ws.path
        self.navigator.attach(ws, self.hub)
        self.hub.changed.connect(self._on_change)
        self._update_title()
        self._update_status()
        self._selection_actions()
        self._extensions()
        if ws.shared and not ws.counts().get("trials", 0):
            self.statusBar().showMessage(tr(
                "Du ser ingen forsøg i den delte database: du er endnu ikke medlem af noget. Bed administratoren "
                "om adgang, eller opret et nyt forsøg, hvis du er projektleder."))

    # --- pages ----------------------------------------------------------------------------------

    def _welcome(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(40, 40, 40, 40)
        lay.addWidget(heading(APP_NAME))
        lay.addWidget(muted(tr("Vælg et forsøg til venstre for at se dets effekter, eller opret et nyt forsøg "
                               "med Redigér → Nyt forsøg (Ctrl+N).")))
        lay.addStretch(1)
        return w

    def page(self, name: str) -> Any:
        """The centre pages are built when first needed (a fast start)."""
        if name not in self._pages:
            if name == "dashboard":
                from .dashboard import Dashboard
                p: QWidget = Dashboard(self.ws, self.cache)
                p.indicator_activated.connect(lambda i: self.navigator.select("indicator", i))
            elif name == "indicator":
                from .indicator_view import IndicatorView
                p = IndicatorView(self.ws, self.hub, self.stack, self.cache)
                p.edit_requested.connect(lambda _i: self.edit_indicator())
                p.status_message.connect(lambda m: self.statusBar().showMessage(m, 3000))
                self.act_limits.toggled.connect(p.limits_box.setChecked)
                p.limits_box.toggled.connect(self.act_limits.setChecked)
                self.act_median.toggled.connect(p.median_box.setChecked)
                p.median_box.toggled.connect(self.act_median.setChecked)
                p.limits_box.setChecked(self.act_limits.isChecked())
                p.median_box.setChecked(self.act_median.isChecked())
            elif name == "details":
                from .trial_details import TrialDetails
                p = TrialDetails(self.ws, self.hub, self.stack)
            else:
                raise KeyError(name)
            self._pages[name] = p
            self.centre.addWidget(p)
        return self._pages[name]

    def _navigate(self, kind: str, item_id: Any, trial_id: Any) -> None:
        if kind == "trial":
            self.page("dashboard").set_trial(item_id)
            self.centre.setCurrentWidget(self.page("dashboard"))
        elif kind == "details":
            self.page("details").set_trial(item_id)
            self.centre.setCurrentWidget(self.page("details"))
        elif kind == "indicator":
            self.page("indicator").set_indicator(item_id)
            self.centre.setCurrentWidget(self.page("indicator"))
        self._selection_actions()

    def current_page(self) -> str | None:
        w = self.centre.currentWidget()
        return next((k for k, v in self._pages.items() if v is w), None)

    def current_trial_id(self) -> uuid.UUID | None:
        cur = self.navigator.current()
        return cur[2] if cur else None

    def current_indicator_id(self) -> uuid.UUID | None:
        cur = self.navigator.current()
        return cur[1] if cur and cur[0] == "indicator" else None

    # --- actions and menus ----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[..., Any], shortcut: Any = None, *, name: str,
                tip: str = "", checkable: bool = False) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                a.setShortcuts(shortcut)
            else:
                a.setShortcut(shortcut)
        if tip:
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        return a

    def _build_actions(self) -> None:
        K = QKeySequence
        self.act_new_db = self._action(tr("&Ny database …"), self.new_database, name="newDatabase",
                                       tip=tr("Opret en tom database i en ny fil"))
        self.act_open_db = self._action(tr("Å&bn database …"), self.open_database_dialog, K.StandardKey.Open,
                                        name="openDatabase")
        self.act_open_shared = self._action(tr("Åbn &delt database …"), self.open_shared_dialog,
                                            name="openSharedDatabase",
                                            tip=tr("Åbn den fælles database på en PostgreSQL-server"))
        self.act_access = self._action(tr("Adgang &til forsøg …"), self.show_access, name="manageAccess",
                                       tip=tr("Hvem må læse og skrive hvilke forsøg i den delte database"))
        self.act_access.setEnabled(False)
        self.act_quit = self._action(tr("&Afslut"), self.close, K.StandardKey.Quit, name="quit")
        self.act_undo = self._action(tr("&Fortryd"), self.undo, [K(K.StandardKey.Undo)], name="undo")
        self.act_redo = self._action(tr("&Gentag"), self.redo, [K("Ctrl+Y"), K("Ctrl+Shift+Z")], name="redo")
        for act, short in ((self.act_undo, tr("Fortryd")), (self.act_redo, tr("Gentag"))):
            act.setIconText(short)  # the toolbar button keeps its width; the menu and tooltip say what
            act.setEnabled(False)
        self.stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.stack.undoTextChanged.connect(lambda t: self._name_step(self.act_undo, tr("&Fortryd"), t))
        self.stack.redoTextChanged.connect(lambda t: self._name_step(self.act_redo, tr("&Gentag"), t))
        self.stack.indexChanged.connect(self._stack_moved)
        self._stack_index = 0
        self.act_new_trial = self._action(tr("Ny&t forsøg …"), self.new_trial, K.StandardKey.New, name="newTrial")
        self.act_new_indicator = self._action(tr("Ny indi&kator …"), self.new_indicator, K("Ctrl+Shift+N"),
                                              name="newIndicator")
        self.act_edit_indicator = self._action(tr("&Redigér indikator …"), self.edit_indicator, K("Ctrl+E"),
                                               name="editIndicator")
        self.act_up = self._action(tr("Flyt indikator &op"), lambda: self.move_indicator(-1), K("Ctrl+Shift+Up"),
                                   name="moveUp")
        self.act_down = self._action(tr("Flyt indikator &ned"), lambda: self.move_indicator(1), K("Ctrl+Shift+Down"),
                                     name="moveDown")
        self.act_archive = self._action(tr("&Arkivér eller genåbn forsøg"), self.toggle_archived, name="archive")
        self.act_delete = self._action(tr("&Slet …"), self.delete_selected, K("Ctrl+Shift+Delete"), name="delete",
                                       tip=tr("Slet det valgte forsøg eller den valgte indikator (kan fortrydes)"))
        self.act_settings = self._action(tr("&Indstillinger …"), self.show_settings, K.StandardKey.Preferences,
                                         name="settings")
        self.act_navigator = self._action(tr("&Navigator"), self._toggle_navigator, K("Ctrl+1"), name="showNavigator",
                                          checkable=True)
        self.act_navigator.setChecked(True)
        self.act_dashboard = self._action(tr("&Oversigt over forsøget"), lambda: self._show_trial("trial"),
                                          K("Ctrl+2"), name="showDashboard")
        self.act_details = self._action(tr("Forsøgets &detaljer"), lambda: self._show_trial("details"), K("Ctrl+3"),
                                        name="showDetails")
        self.act_search = self._action(tr("&Søg"), self._focus_search, K.StandardKey.Find, name="search")
        self.act_limits = self._action(tr("&Kontrolgrænser og signaler"), lambda _c=False: None, name="showLimits",
                                       checkable=True)
        self.act_limits.setChecked(self.settings.flag("chart/limits", True))
        self.act_median = self._action(tr("&Median (seriediagram)"), lambda _c=False: None, name="showMedian",
                                       checkable=True)
        self.act_median.setChecked(self.settings.flag("chart/median", False))
        self.act_archived = self._action(tr("Vis &arkiverede forsøg"), self._toggle_archived_visible,
                                         name="showArchived", checkable=True)
        self.act_archived.setChecked(self.settings.flag("view/archived", True))
        self.navigator.show_archived = self.act_archived.isChecked()
        self.act_export_chart = self._action(tr("&Eksportér graf …"), self.export_chart, K("Ctrl+Shift+E"),
                                             name="exportChart")
        self.act_about = self._action(tr("&Om {app}").format(app=APP_NAME), self.show_about, name="about")
        self.act_formats = self._action(tr("&Tal og datoer"), self.show_formats_help, K.StandardKey.HelpContents,
                                        name="formatsHelp")

    @staticmethod
    def _name_step(action: QAction, verb: str, text: str) -> None:
        """"Fortryd import af 5 målinger i »…«": the step's name after the verb, in the menu and tooltip."""
        what = text[:1].lower() + text[1:] if text and not text[1:2].isupper() else text
        action.setText(f"{verb} {what}" if text else verb)
        action.setToolTip((f"{verb} {what}" if text else verb).replace("&", ""))

    def _stack_moved(self, index: int) -> None:
        """An undo or a redo shows what it changed: the indicator (or the trial) the step touched."""
        before, self._stack_index = self._stack_index, index
        if self.stack.property("pushing") or index == before or self.ws is None:
            return
        step = self.stack.command(index if index < before else index - 1)
        if isinstance(step, cmd.ServiceCommand):
            self.show_step(step, undone=index < before)

    def show_step(self, step: cmd.ServiceCommand, *, undone: bool) -> None:
        trial_id, ind_id = step.where()
        cur = self.navigator.current()
        shown = False
        if ind_id is not None:
            shown = (cur is not None and cur[0] == "indicator" and cur[1] == ind_id) or self.navigator.select(
                "indicator", ind_id)
        if not shown and trial_id is not None:
            shown = (cur is not None and cur[2] == trial_id) or self.navigator.select("trial", trial_id)
        ids, dates = step.touched_rows()
        if ind_id is not None and (ids or dates):
            # after the grid has reloaded (queued by the change): select and scroll to the changed row
            QTimer.singleShot(0, lambda: self._show_rows(ind_id, ids, dates))
        text = step.text()
        message = tr("Fortrudt: {what}") if undone else tr("Gentaget: {what}")
        self.statusBar().showMessage(message.format(what=text[:1].lower() + text[1:] if not text[1:2].isupper()
                                                    else text), 6000)

    def _show_rows(self, ind_id: uuid.UUID, ids: set[uuid.UUID], dates: list[Any]) -> None:
        view = self._pages.get("indicator")
        if view is not None and shiboken6.isValid(view) and view.indicator_id == ind_id:
            view.model.reload()
            view.show_rows(ids, dates)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus: dict[str, QMenu] = {}
        f = self._menus["file"] = bar.addMenu(tr("&Fil"))
        f.setObjectName("menuFile")
        f.addAction(self.act_new_db)
        f.addAction(self.act_open_db)
        f.addAction(self.act_open_shared)
        self.recent_menu = f.addMenu(tr("&Seneste databaser"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._file_hook = f.addSeparator()  # extensions insert their actions before this separator
        self._file_end = f.addSeparator()
        f.addAction(self.act_access)
        f.addSeparator()
        f.addAction(self.act_quit)
        e = self._menus["edit"] = bar.addMenu(tr("&Redigér"))
        e.setObjectName("menuEdit")
        for a in (self.act_undo, self.act_redo, None, self.act_new_trial, self.act_new_indicator,
                  self.act_edit_indicator, self.act_up, self.act_down, None, self.act_archive, self.act_delete, None,
                  self.act_settings):
            e.addSeparator() if a is None else e.addAction(a)
        v = self._menus["view"] = bar.addMenu(tr("&Vis"))
        v.setObjectName("menuView")
        for a in (self.act_navigator, self.act_search, None, self.act_dashboard, self.act_details, None,
                  self.act_limits, self.act_median, self.act_export_chart, None, self.act_archived):
            v.addSeparator() if a is None else v.addAction(a)
        h = self._menus["help"] = bar.addMenu(tr("&Hjælp"))
        h.setObjectName("menuHelp")
        h.addAction(self.act_formats)
        self._help_hook = h.addSeparator()
        h.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar(tr("Værktøjslinje"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new_trial, self.act_new_indicator, None, self.act_undo, self.act_redo):
            tb.addSeparator() if a is None else tb.addAction(a)
        self.addToolBar(tb)
        self.toolbar = tb
        # The views and the features' actions; on a narrow window (200 % scaling) this bar moves to a
        # second line instead of hiding its actions behind the overflow button.
        views = QToolBar(tr("Visninger"))
        views.setObjectName("viewToolbar")
        views.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_dashboard, self.act_details, None, self.act_export_chart):
            views.addSeparator() if a is None else views.addAction(a)
        self.addToolBar(views)
        self.view_toolbar = views
        self._toolbar_break = False
        self._toolbar_features = False

    def add_toolbar_action(self, action: QAction) -> QAction:
        """Put a feature's action on the toolbar too (after a separator, in installation order)."""
        if not self._toolbar_features:
            self.view_toolbar.addSeparator()
            self._toolbar_features = True
        self.view_toolbar.addAction(action)
        self._fit_toolbars()
        return action

    def _fit_toolbars(self) -> None:
        """Both toolbars on one line when they fit, else the second under the first."""
        if not hasattr(self, "view_toolbar"):
            return
        needed = self.toolbar.sizeHint().width() + self.view_toolbar.sizeHint().width() + 8
        wrap = needed > self.width()
        if wrap != self._toolbar_break:
            if wrap:
                self.insertToolBarBreak(self.view_toolbar)
            else:
                self.removeToolBarBreak(self.view_toolbar)
            self._toolbar_break = wrap

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted_on_show", False):  # now the frame is known
            self._fitted_on_show = True
            self._fit_to_screen()
            if not self._splitter_restored:  # a narrow window (200 %) gives the navigator less room
                em = self.fontMetrics().horizontalAdvance("x")
                left = min(em * 38, self.width() * 28 // 100)
                self.splitter.setSizes([left, max(self.width() - left, 1)])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_toolbars()

    # hooks for features in other modules
    def menu(self, name: str) -> QMenu:
        """The ``file``, ``edit``, ``view`` or ``help`` menu."""
        return self._menus[name]

    def add_file_action(self, action: QAction) -> QAction:
        """Add a feature's action to the Fil menu (between the databases and Afslut)."""
        action.setParent(self)
        self._menus["file"].insertAction(self._file_end, action)
        self._menus["file"].setToolTipsVisible(True)  # a disabled action says why in its tooltip
        return action

    def add_help_action(self, action: QAction) -> QAction:
        action.setParent(self)
        self._menus["help"].insertAction(self._help_hook, action)
        return action

    def _extensions(self) -> None:
        for name in EXTENSIONS:
            importlib.import_module(name).install(self)

    # --- state ----------------------------------------------------------------------------------

    def where(self) -> str:
        """The open database as the title says it: the file's name, or "database på server"."""
        if self.shared_location:
            from .shared_database import describe

            database, server = describe(self.shared_location)
            return tr("{database} på {server}").format(database=database, server=server)
        return self.path.name

    def _update_title(self, *_: Any) -> None:
        ro = tr(" (skrivebeskyttet)") if self.ws is not None and self.ws.readonly else ""
        self.setWindowTitle(f"{self.where()}{ro} – {APP_NAME}")
        self.setWindowFilePath("" if self.shared_location else str(self.path))

    def _update_status(self) -> None:
        if self.ws is None:
            self.status_db.setText(tr("Åbner {path} …").format(path=self.shared_location or self.path))
            return
        c = self.ws.counts()
        if self.ws.shared:
            self.status_db.setText(tr("{where} · logget ind som {login} · {t} forsøg · {m} målinger").format(
                where=self.where(), login=getattr(self.ws.db, "login", "?"), t=c.get("trials", 0),
                m=c.get("measurements", 0)))
            return
        self.status_db.setText(tr("{path} · {t} forsøg · {m} målinger").format(
            path=self.ws.path, t=c.get("trials", 0), m=c.get("measurements", 0)))

    def _on_change(self, change: Change) -> None:
        if change.entity == "access":
            self._access_changed(change)
            return
        self._update_status()
        self._selection_actions()
        if change.remote:  # heard from the shared database: refresh, but never move the user's selection
            if change.entity in ("trial", "database"):
                self.__dict__.pop("_write_cache", None)  # memberships may have changed with it
                self._selection_actions()
            if self.navigator.current() is None:
                self.centre.setCurrentIndex(0)
            return
        if change.entity == "trial" and change.action in ("insert", "restore"):
            self.navigator.select("trial", change.trial_id)
        if change.entity == "indicator" and change.action in ("insert", "restore") and change.indicator_id:
            self.navigator.select("indicator", change.indicator_id)
        cur = self.navigator.current()
        if cur is None:
            self.centre.setCurrentIndex(0)

    def _access_changed(self, change: Change) -> None:
        """An administrator granted or revoked a membership: this login's may have changed (the navigator
        lists the trials it sees now); a revoked one is said in the status bar."""
        self.__dict__.pop("_write_cache", None)
        if self.ws is None or change.member != getattr(self.ws.db, "login", None):
            return
        lost = self.ws.lost_access()
        if lost:
            self.statusBar().showMessage(tr("Din adgang til forsøget {names} er fjernet af en administrator.").format(
                names=", ".join(f"»{n}«" for n in lost)), 15000)
        elif change.remote:
            self.statusBar().showMessage(tr("Din adgang til forsøgene er ændret af en administrator."), 8000)
        self._update_status()
        self._selection_actions()
        if self.navigator.current() is None:
            self.centre.setCurrentIndex(0)

    def _selection_actions(self) -> None:
        cur = self.navigator.current()
        has_trial = cur is not None
        is_ind = has_trial and cur[0] == "indicator"
        writable = self.ws is not None and not self.ws.readonly
        for a in (self.act_new_trial,):
            a.setEnabled(writable)
        trial_writable = writable and has_trial and self._may_write(cur[2])
        self.act_new_indicator.setEnabled(trial_writable)
        for a in (self.act_edit_indicator, self.act_up, self.act_down, self.act_export_chart):
            a.setEnabled(bool(is_ind))
        self.act_archive.setEnabled(trial_writable)
        self.act_access.setEnabled(writable and self._access_allowed())
        self.act_delete.setEnabled(trial_writable and cur[0] != "details")
        self.act_dashboard.setEnabled(has_trial)
        self.act_details.setEnabled(has_trial)

    def _restore_layout(self) -> None:
        geometry, state, splitter = self.settings.window_state()
        if geometry:
            self.restoreGeometry(geometry)
        else:
            em = self.fontMetrics().horizontalAdvance("x")
            self.resize(em * 170, self.fontMetrics().height() * 48)
        self._fit_to_screen()
        if state:
            self.restoreState(state)
        if splitter:
            self.splitter.restoreState(splitter)
        self._splitter_restored = bool(splitter)
        self.act_navigator.setChecked(self.navigator.isVisibleTo(self) or not self.isVisible())

    def _fit_to_screen(self) -> None:
        """A saved (or default) size larger than the screen, e.g. after changing to 200 % scaling or to a
        smaller monitor, is reduced to the screen's free area and the window moved onto it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        # before the first show the window has no frame yet: leave room for a typical title bar and border
        extra_w = max(frame.width() - self.width(), 0 if self.isVisible() else 16)
        extra_h = max(frame.height() - self.height(), 0 if self.isVisible() else 48)
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 200), max(height, 200))
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def save_layout(self) -> None:
        self.settings.save_window_state(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.set_flag("chart/limits", self.act_limits.isChecked())
        self.settings.set_flag("chart/median", self.act_median.isChecked())
        self.settings.set_flag("view/archived", self.act_archived.isChecked())
        if self.ws is not None:  # closed before the database was open: keep what was selected last time
            cur = self.navigator.current()
            self.settings.q.setValue("last_selection", f"{cur[0]}:{cur[1]}" if cur else "")
        self.settings.sync()

    def restore_selection(self) -> None:
        """Select what was selected last time (or the first trial), after the window is painted; then
        the navigator's status icons."""
        value = str(self.settings.q.value("last_selection") or "")
        restored = False
        if ":" in value:
            kind, _, raw = value.partition(":")
            with contextlib.suppress(ValueError):
                restored = self.navigator.select(kind, uuid.UUID(raw))
        if not restored:
            first = self.navigator.first_trial()  # (the listed rows: no query)
            if first is not None:
                self.navigator.select("trial", first)
        if self.isVisible():
            self.repaint()  # the page on screen before the other trials are analysed
        QTimer.singleShot(0, self, self.update_statuses)

    def update_statuses(self) -> None:
        """Put the status icons in the navigator, computed off the GUI thread (the trial shown first; the
        stored ones of unchanged trials at once), so the window answers while the others are analysed."""
        if self.ws is not None:
            self.navigator.start_statuses(self.current_trial_id())

    def after_opening_check(self, then: Callable[[], None]) -> None:
        """When the opening's ``quick_check`` (run in a thread while the trials are listed) has ended: apply
        its outcome (a damaged file becomes read-only, with the same warning as when the opening finds it),
        then ``then``. Polled: the check is SQLite's, not a Qt job."""
        ws = self.ws
        if ws is None or ws.shared or not ws.db.check_unsettled:
            then()
            return
        if ws.db.check_pending:
            QTimer.singleShot(50, self, lambda: self.after_opening_check(then) if self.ws is ws else None)
            return
        try:
            ws.db.settle_check()
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        if ws.db.damaged:
            from .safe_open import _show_warnings

            self.__dict__.pop("_write_cache", None)
            self._update_title()
            self._update_status()
            self._selection_actions()
            _show_warnings(self, ws, only=[ws.db.damage_note])
            return
        then()

    def start_daily_backup(self) -> None:
        """The day's first backup of the database, made in the background after the window is painted
        (a copy of a large file takes seconds and must not delay listing the trials). A failure is shown
        as the opening warnings are."""
        if self.ws is None or self.ws.readonly or self.ws.shared or getattr(self, "backup_job", None) is not None:
            return  # (a shared database is backed up by IT on the server)
        if self.ws.db.check_unsettled:  # never a copy of a file before its opening check has passed
            self.after_opening_check(self.start_daily_backup)
            return
        from .background import Job

        ws = self.ws
        job = self.backup_job = Job(lambda job: ws.daily_backup(cancelled=lambda: job.cancelled), self,
                                    name="daily-backup")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                self.statusBar().showMessage(tr("Dagens sikkerhedskopi kunne ikke laves: {reason}").format(
                    reason=exc.text()), 15000)
                box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                                  tr("Dagens sikkerhedskopi kunne ikke laves: {reason}").format(reason=exc.text()),
                                  QMessageBox.StandardButton.Ok, self)
                box.setObjectName("backupWarningBox")
                box.open()

        def done(path: object) -> None:
            if path is not None:
                self.statusBar().showMessage(tr("Dagens sikkerhedskopi er lavet."), 5000)

        job.failed.connect(failed)
        job.succeeded.connect(done)
        job.start()

    def call_after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (heavy pages are built after the window shows)."""
        self._after_paint = callback

    def event(self, ev: QEvent) -> bool:
        result = super().event(ev)
        if ev.type() == QEvent.Type.Paint and getattr(self, "_after_paint", None) is not None:
            callback, self._after_paint = self._after_paint, None
            QTimer.singleShot(0, callback)
        return result

    def closeEvent(self, event: QCloseEvent) -> None:
        view = self._pages.get("indicator")
        unsaved = view.unsaved_rows() if view is not None and self.ws is not None and not self.ws.readonly else []
        if unsaved:
            answer = QMessageBox.question(
                self, tr("Ikke gemt"),
                tr("En ny række i {names} kan ikke gemmes, fordi den er ufuldstændig eller har en fejl "
                   "(se markeringen i tabellen).\n\nLuk alligevel og kassér rækken?").format(
                    names=", ".join(f"»{n}«" for n in unsaved)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.navigator.close_statuses()
        job = getattr(self, "backup_job", None)
        if job is not None and not job.done:
            # a copy of a large file takes seconds: stop it (its part file goes; the next start makes it)
            job.cancel()
            job.wait(BACKUP_STOP_SECONDS)
        self.save_layout()
        if self.ws is not None:
            self.hub.close()
        super().closeEvent(event)

    # --- commands -------------------------------------------------------------------------------

    def undo(self) -> None:
        """Ctrl+Z: undo the newest step, unless someone else has changed what it would take back (then both
        values and a choice; the step stays)."""
        self._step(cmd.undo_step, undone=True)

    def redo(self) -> None:
        self._step(cmd.redo_step, undone=False)

    def _step(self, run: Callable[[QUndoStack], Any], *, undone: bool) -> None:
        from ..domain.errors import EditConflictError

        try:
            run(self.stack)
        except EditConflictError as exc:
            from .conflict_dialog import KEEP_MINE, ask_about_conflict

            conflict = exc
            step = getattr(exc, "step", None)
            what = tr("posten fra trinnet »{step}«").format(step=step.text() if step is not None else "")

            def decide(choice: str | None) -> None:
                if choice == KEEP_MINE and isinstance(step, cmd.ServiceCommand):
                    step.overwrite(conflict)
                    self._step(run, undone=undone)
                elif choice is not None:
                    self.statusBar().showMessage(tr("Den anden brugers værdi er beholdt; intet er fortrudt.")
                                                 if undone else tr("Den anden brugers værdi er beholdt; intet er "
                                                                   "gentaget."), 6000)

            self.conflict_dialog = ask_about_conflict(self, conflict, what, decide, **self._conflict_formats(step))
        except DomainError as exc:
            show_domain_error(self, exc)

    def _conflict_formats(self, step: Any) -> dict[str, Any]:
        """The values of an undo's conflict as the grid shows them: the indicator's decimals (»1,0«) and
        column names, when the step touched one indicator."""
        from .measurement_table import conflict_formats

        _trial, ind_id = step.where() if isinstance(step, cmd.ServiceCommand) else (None, None)
        if ind_id is None:
            return {}
        try:
            return conflict_formats(self.ws.indicator(ind_id))
        except DomainError:  # deleted meanwhile: plain numbers
            return {}

    def run(self, command: cmd.ServiceCommand) -> Any:
        """Execute an undoable command; a refused change is explained in a dialog."""
        try:
            return cmd.execute(self.stack, command)
        except DomainError as exc:
            show_domain_error(self, exc)
            return None

    def new_trial(self) -> QDialog:
        from .trial_details import NewTrialDialog

        dialog = NewTrialDialog(self.ws, self.stack, self)
        def created() -> None:
            if dialog.trial is not None:
                self.navigator.select("details", dialog.trial.id)
                self.activateWindow()
                self.page("details").inputs["purpose"].setFocus()
        dialog.accepted.connect(created)
        dialog.open()
        return dialog

    def new_indicator(self) -> QDialog | None:
        trial_id = self.current_trial_id()
        if trial_id is None:
            return None
        from .indicator_editor import IndicatorEditor

        dialog = IndicatorEditor(self.ws, self.stack, trial_id, None, self)
        def created() -> None:
            if dialog.result_indicator is None:
                return
            self.navigator.select("indicator", dialog.result_indicator.id)
            self.activateWindow()
            table = self.page("indicator").table
            table.setFocus()
            table.go_to_new_row()
        dialog.accepted.connect(created)
        dialog.open()
        return dialog

    def edit_indicator(self) -> QDialog | None:
        ind_id = self.current_indicator_id()
        if ind_id is None:
            return None
        from .indicator_editor import IndicatorEditor

        ind = self.ws.indicator(ind_id)
        dialog = IndicatorEditor(self.ws, self.stack, ind.trial_id, ind, self)
        dialog.open()
        return dialog

    def move_indicator(self, step: int) -> None:
        ind_id, trial_id = self.current_indicator_id(), self.current_trial_id()
        if ind_id is None or trial_id is None:
            return
        ids = self.navigator.indicator_ids(trial_id)
        i = ids.index(ind_id)
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]
        self.run(cmd.ReorderIndicators(self.ws, tr("Flyt indikator"), trial_id, ids))
        self.navigator.select("indicator", ind_id, emit=False)

    def toggle_archived(self) -> None:
        trial_id = self.current_trial_id()
        if trial_id is None:
            return
        archived = not self.ws.trial(trial_id).archived
        self.run(cmd.UpdateTrial(self.ws, tr("Arkivér forsøg") if archived else tr("Genåbn forsøg"), trial_id,
                                 {"archived": archived}))

    def delete_selected(self) -> bool:
        cur = self.navigator.current()
        if cur is None or cur[0] == "details":
            return False
        kind, item_id, trial_id = cur
        if kind == "trial":
            t = self.ws.trial(item_id)
            n = len(self.ws.indicators(item_id))
            question = (tr("Slet forsøget »{name}«?\n\nDu kan fortryde sletningen med Ctrl+Z.") if n == 0 else
                        tr("Slet forsøget »{name}« med 1 indikator og alle dens målinger?\n\n"
                           "Du kan fortryde sletningen med Ctrl+Z.") if n == 1 else
                        tr("Slet forsøget »{name}« med {n} indikatorer og alle deres målinger?\n\n"
                           "Du kan fortryde sletningen med Ctrl+Z.")).format(name=t.name, n=n)
            command: cmd.ServiceCommand = cmd.DeleteTrial(self.ws, tr("Slet forsøg »{name}«").format(name=t.name),
                                                          item_id)
        else:
            ind = self.ws.indicator(item_id)
            m = len(self.ws.measurements(item_id))
            question = (tr("Slet indikatoren »{name}«?\n\nDu kan fortryde sletningen med Ctrl+Z.") if m == 0 else
                        tr("Slet indikatoren »{name}« og dens 1 måling?\n\n"
                           "Du kan fortryde sletningen med Ctrl+Z.") if m == 1 else
                        tr("Slet indikatoren »{name}« og dens {m} målinger?\n\n"
                           "Du kan fortryde sletningen med Ctrl+Z.")).format(name=ind.name, m=m)
            command = cmd.DeleteIndicator(self.ws, tr("Slet indikator »{name}«").format(name=ind.name), item_id)
        answer = QMessageBox.question(self, tr("Slet"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.run(command)
        if kind == "indicator":
            self.navigator.select("trial", trial_id)
        self.statusBar().showMessage(tr("Slettet. Fortryd med Ctrl+Z."), 5000)
        return True

    # --- view -----------------------------------------------------------------------------------

    def _toggle_navigator(self, on: bool) -> None:
        self.navigator.setVisible(on)

    def _focus_search(self) -> None:
        self.navigator.show()
        self.act_navigator.setChecked(True)
        self.navigator.search.setFocus()
        self.navigator.search.selectAll()

    def _show_trial(self, kind: str) -> None:
        trial_id = self.current_trial_id()
        if trial_id is not None:
            self.navigator.select(kind, trial_id)

    def _toggle_archived_visible(self, on: bool) -> None:
        self.navigator.show_archived = on
        self.navigator.reload()

    def export_chart(self) -> Path | None:
        if self.current_page() != "indicator":
            return None
        view = self.page("indicator")
        name = (view.title.text() or "graf").replace("/", "-")
        path, _ = file_dialogs.save_file_name(self, tr("Eksportér graf"), str(Path.home() / f"{name}.png"),
                                              tr("PNG-billede (*.png);;SVG-tegning (*.svg)"), purpose="export")
        if not path:
            return None
        trial = self.ws.trial(view.trial_id) if view.trial_id is not None else None
        out = view.chart.export(path, subtitle=tr("Forsøg: {name}").format(name=trial.name) if trial else "")
        self.statusBar().showMessage(tr("Grafen er gemt i {path}").format(path=out), 5000)
        return out

    def show_settings(self) -> QDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, current_language(), self)
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        from .about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def show_formats_help(self) -> None:
        QMessageBox.information(self, tr("Tal og datoer"), tr(
            "Tal skrives som 12,5 eller 1.234,5 (punktum som tusindtalsskilletegn).\n"
            "Datoer skrives som 31-12-2014, 31.12.2014 eller 2014-12-31.\n\n"
            "I måletabellen tilføjer du en måling ved at skrive i den nederste række: Tab går til højre, "
            "Enter gemmer rækken og begynder den næste, Esc fortryder rækken. Ctrl+V indsætter en blok fra "
            "Excel. Ctrl+Z fortryder, Ctrl+Y gentager."))

    # --- databases ------------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent() if self.shared_location or p != self.path.resolve()]
        shared = self.settings.shared_profile()
        shared_url = None
        if shared:
            from .shared_database import ConnectionProfile

            shared_url = ConnectionProfile.from_dict(shared).url()
        if not recent and not shared_url:
            a = self.recent_menu.addAction(tr("(ingen)"))
            a.setEnabled(False)
        for i, path in enumerate(recent, start=1):
            a = self.recent_menu.addAction(f"&{i} {path.name}  —  {path.parent}")
            a.triggered.connect(lambda _c=False, p=path: self.database_requested.emit(p))
        if shared_url:
            from .shared_database import describe

            database, server = describe(shared_url)
            if recent:
                self.recent_menu.addSeparator()
            a = self.recent_menu.addAction(tr("{database} på {server} (delt database)").format(
                database=database, server=server))
            a.setObjectName("recentShared")
            a.triggered.connect(lambda _c=False, u=shared_url: self.database_requested.emit(u))

    def new_database(self) -> None:
        path, _ = file_dialogs.save_file_name(self, tr("Ny database"), str(Path.home() / "effektmaaling.db"),
                                              tr("Effektmåling-database (*.db)"), guard=False)
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(self, tr("Ny database"),
                                    tr("Filen {path} findes allerede. Vælg Åbn database for at åbne den.").format(path=path))
                return
            self.database_requested.emit(Path(path))

    def open_database_dialog(self) -> None:
        folder = Path.home() if self.shared_location else self.path.parent
        path, _ = file_dialogs.open_file_name(self, tr("Åbn database"), str(folder),
                                              tr("Effektmåling-database (*.db);;Alle filer (*)"))
        if path:
            self.database_requested.emit(Path(path))

    def open_shared_dialog(self) -> QDialog:
        """Fil → Åbn delt database …: the connection dialog; once connected, the workspace goes the way an
        opened file goes (``database_requested``)."""
        from .shared_database import ConnectDialog

        dialog = ConnectDialog(self.settings, self)

        def connected() -> None:
            if dialog.workspace is not None:
                self.database_requested.emit(dialog.workspace)

        dialog.accepted.connect(connected)
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def show_access(self) -> QDialog | None:
        """Fil → Adgang til forsøg …: the administrator's members dialog (a shared database only)."""
        if self.ws is None or not self.ws.shared:
            return None
        from .access_dialog import AccessDialog

        dialog = AccessDialog(self.ws, self, trial_id=self.current_trial_id())
        dialog.open()
        self.access_dialog = dialog
        return dialog

    def _may_write(self, trial_id: uuid.UUID | None) -> bool:
        """Whether this login may change the trial (always on a writable file; on a shared database its
        lead or an administrator), asked once per trial while the window is open."""
        if self.ws is None or trial_id is None:
            return False
        if not self.ws.shared:
            return not self.ws.readonly
        cache = self.__dict__.setdefault("_write_cache", {})
        if trial_id not in cache:
            from ..services import access

            try:
                cache[trial_id] = access.may_write(self.ws, trial_id)
            except DomainError:
                return False
        return bool(cache[trial_id])

    def _access_allowed(self) -> bool:
        """Whether this login may manage members (asked once per open database)."""
        if self.ws is None or not self.ws.shared:
            return False
        if getattr(self, "_may_manage", None) is None:
            from ..services import access

            try:
                self._may_manage = access.can_manage(self.ws)
            except DomainError:
                return False
        return bool(self._may_manage)
