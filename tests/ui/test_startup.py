"""The desktop program's start: what is imported before the main window is first painted, and that the
window is filled right after it (the database opened, the trials listed, the features' menu actions
installed, the first trial's dashboard and the navigator's status icons).

The real start (``effektmaaling --demo`` through the command line's ``main``) runs in a fresh Python
process, which notes ``sys.modules`` at the main window's first paint, waits for the dashboard and the
navigator's status icons, and closes the window. No timing here: ``bench/bench_gui.py`` measures it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

CHILD = r'''
import json, sys
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from effektmaaling.ui import main_window as mw
from effektmaaling.ui.navigator import KIND_ROLE, STATUS_ROLE

seen = {}
original = mw.MainWindow.event


def statuses(window):
    model = window.navigator.model
    items = [model.index(c, 0, model.index(r, 0)) for r in range(model.rowCount())
             for c in range(model.rowCount(model.index(r, 0)))]
    return [it.data(STATUS_ROLE) for it in items if it.data(KIND_ROLE) == "indicator"]


def poll(window, turns=0):
    dashboard = window._pages.get("dashboard")
    done = dashboard is not None and dashboard.cards and not dashboard.building and all(statuses(window))
    if done or turns > 3000:
        seen["trials_listed"] = window.navigator.model.rowCount()
        seen["actions"] = sorted(a.objectName() for a in window.findChildren(QAction) if a.objectName())
        seen["current_page"] = window.current_page()
        seen["cards"] = len(dashboard.cards) if dashboard is not None else 0
        seen["statuses"] = statuses(window)
        seen["after"] = sorted(sys.modules)
        window.close()
    else:
        QTimer.singleShot(5, lambda: poll(window, turns + 1))


def event(self, ev):
    if ev.type() == QEvent.Type.Paint and "at_paint" not in seen:
        seen["at_paint"] = sorted(sys.modules)
        seen["title_at_paint"] = self.windowTitle()
        QTimer.singleShot(0, lambda: poll(self))
    return original(self, ev)


mw.MainWindow.event = event
from effektmaaling.cli.main import main

seen["exit"] = main(["--demo"])
print(json.dumps(seen))
'''

# Imported only when a feature needs them (a report, an import/export, a comparison, a migration) or
# after the first paint (SQLAlchemy to open the database; the analysis and the charts of the dashboard).
HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "alembic", "scipy", "numpy", "pyqtgraph", "mako", "babel",
         "effektmaaling.storage", "effektmaaling.services",
         "effektmaaling.analysis", "effektmaaling.reports", "effektmaaling.io", "effektmaaling.ui.dashboard")


def _start(data_dir: Path) -> dict:
    env = dict(os.environ, EFFEKTMAALING_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    env.pop("EFFEKTMAALING_DB", None)
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_start_paints_the_window_before_heavy_imports_then_fills_it(demo_db: Path):
    data_dir = demo_db.parent  # ``--demo`` opens demo.db in the user data folder
    seen = _start(data_dir)

    loaded = [name for name in HEAVY if name in seen["at_paint"]]  # a submodule brings its package
    assert loaded == [], f"imported before the main window's first paint: {loaded}"
    assert seen["title_at_paint"] == "demo.db – Effektmåling"
    # the desktop start builds the command line's parser without the commands' parsers, and the domain's
    # entities come with the storage layer after the paint (the window's modules name them for type checks only)
    light = [m for m in seen["at_paint"] if m.startswith("effektmaaling.cli.commands.")
             or m == "effektmaaling.domain.entities"]
    assert light == [], f"imported before the main window's first paint: {light}"

    # Right after the first paint: the database opened, the trials listed, every feature's menu action
    assert seen["trials_listed"] == 3
    assert {"actionEffectReport", "actionImportMeasurements", "actionExportMeasurements", "actionExportTrial",
            "actionImportTrial", "actionRestoreBackup", "actionChangeLog", "actionCheckDatabase",
            "actionCompareTrials"} <= set(seen["actions"])

    # then the first trial's dashboard with one card per indicator, then the status icons of every indicator in the navigator (the other trials analysed one per turn).
    assert seen["current_page"] == "dashboard"
    from effektmaaling.services import Workspace

    ws = Workspace.open(demo_db, readonly=True)
    try:
        first = ws.trials(include_archived=False)[0]
        assert seen["cards"] == len(ws.indicators(first.id)) > 0
        assert len(seen["statuses"]) == sum(len(ws.indicators(t.id)) for t in ws.trials())
    finally:
        ws.close()
    assert set(seen["statuses"]) <= {"improved", "worsened", "no-change", "insufficient-data"}
    # the focus marks' style (Python's QStyle takes 50-100 ms to make) is installed right after the first paint
    assert "effektmaaling.ui.focus_style" not in seen["at_paint"] and "effektmaaling.ui.focus_style" in seen["after"]
    # the dashboard's analysis was made (in a worker thread); its cards' charts are painted without pyqtgraph
    assert "effektmaaling.analysis" in seen["after"] and "pyqtgraph" not in seen["after"]
    assert "reportlab" not in seen["after"] and "openpyxl" not in seen["after"] and "alembic" not in seen["after"]

    # Closing the window ended the program and closed the database: no lock file is left to warn
    # "not closed properly" at the next start.
    assert seen["exit"] == 0
    assert not (data_dir / "demo.db.lock").exists()


# --- the same start in this process: Application.start -------------------------------------------

@pytest.fixture
def controller(qapp, monkeypatch):
    from effektmaaling.ui.app import Application
    from effektmaaling.ui.settings import Settings

    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    monkeypatch.setattr(qapp, "exit", lambda code=0: asked.append(f"exit {code}"))
    c = Application(qapp, Settings())
    c.answers, c.asked = answers, asked  # type: ignore[attr-defined]
    yield c
    if c.window is not None:
        c.window.close()
    c.close()


def test_the_window_shows_before_the_database_opens_then_fills(qtbot, controller, demo_db: Path):
    controller.start(demo_db)
    window = controller.window
    qtbot.addWidget(window)
    assert window.ws is None and window.navigator.model.rowCount() == 0
    assert window.windowTitle() == "demo.db – Effektmåling"
    assert window.status_db.text() == f"Åbner {demo_db} …"
    assert not window.act_new_trial.isEnabled() and not window.act_delete.isEnabled()
    assert window.findChild(QAction, "actionEffectReport") is None  # features install once the file is open

    qtbot.waitUntil(lambda: window.current_page() == "dashboard", timeout=20000)
    assert window.ws is not None and window.ws.path == demo_db and not window.ws.readonly
    assert window.navigator.model.rowCount() == 3
    assert "3 forsøg" in window.status_db.text()
    assert window.act_new_trial.isEnabled()
    assert window.findChild(QAction, "actionEffectReport") is not None
    assert controller.settings.last_database == demo_db.resolve()
    assert controller.asked == []


def test_a_database_held_by_another_program_is_offered_read_only(qtbot, controller, demo_db: Path):
    from effektmaaling.services import Workspace

    holder = Workspace.open(demo_db)  # the other program (the lock is per opening)
    try:
        controller.answers.append(QMessageBox.StandardButton.Yes)
        controller.start(demo_db)
        window = controller.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.ws is not None, timeout=20000)
        assert len(controller.asked) == 1 and "skrivebeskyttet" in controller.asked[0]
        assert window.ws.readonly and "(skrivebeskyttet)" in window.windowTitle()
        assert not window.act_new_trial.isEnabled()
        assert not window.findChild(QAction, "actionImportMeasurements").isEnabled()
    finally:
        holder.close()


def test_declining_read_only_ends_the_program_with_1(qtbot, controller, demo_db: Path):
    from effektmaaling.services import Workspace

    controller.settings.q.setValue("last_selection", "trial:kept")
    holder = Workspace.open(demo_db)
    try:
        controller.answers.append(QMessageBox.StandardButton.Cancel)
        controller.start(demo_db)
        window = controller.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: controller.failed, timeout=20000)
        assert controller.asked[-1] == "exit 1"
        assert not window.isVisible() and window.ws is None
        assert controller.settings.q.value("last_selection") == "trial:kept"  # not forgotten
    finally:
        holder.close()


def test_the_remembered_selection_is_shown_and_every_status_icon_filled(qtbot, controller, demo_db: Path):
    from effektmaaling.services import Workspace
    from effektmaaling.ui.navigator import KIND_ROLE, STATUS_ROLE

    ws = Workspace.open(demo_db, readonly=True)
    trials = ws.trials(include_archived=False)
    indicator = ws.indicators(trials[1].id)[0]
    n_indicators = sum(len(ws.indicators(t.id)) for t in ws.trials())
    ws.close()
    controller.settings.q.setValue("last_selection", f"indicator:{indicator.id}")
    controller.start(demo_db)
    window = controller.window
    qtbot.addWidget(window)

    def statuses() -> list:
        model = window.navigator.model
        items = [model.index(c, 0, model.index(r, 0)) for r in range(model.rowCount())
                 for c in range(model.rowCount(model.index(r, 0)))]
        return [it.data(STATUS_ROLE) for it in items if it.data(KIND_ROLE) == "indicator"]

    qtbot.waitUntil(lambda: len(statuses()) == n_indicators and all(statuses()), timeout=20000)
    assert window.current_page() == "indicator" and window.current_indicator_id() == indicator.id


def test_the_version_is_written_once():
    """``__version__`` is a literal (importlib.metadata would cost every start); the package metadata
    takes it from there (pyproject.toml: [tool.hatch.version])."""
    from importlib.metadata import version

    import effektmaaling

    assert version("effektmaaling") == effektmaaling.__version__


def test_an_unexpected_error_while_opening_ends_the_program(qtbot, controller, tmp_path: Path, monkeypatch):
    """run_app raises it when the loop has ended, so the command line logs it as before."""
    from effektmaaling.services import Workspace

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Workspace, "open", boom)
    controller.start(tmp_path / "x.db")
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: controller.failed, timeout=20000)
    assert isinstance(controller.error, RuntimeError) and controller.asked[-1] == "exit 1"
    assert not window.isVisible() and not (tmp_path / "x.db").exists()


def test_the_focus_marks_style_draws_when_installed_after_the_style_sheet():
    """The program's start installs the focus marks' style after the first paint, when the style sheet is
    already set (Qt's style-sheet style then has no name to make the base style from). A fresh process: the
    style is installed once per application."""
    script = (
        "from PySide6.QtWidgets import QApplication, QPushButton\n"
        "app = QApplication([])\n"
        "from effektmaaling.ui import style\n"
        "from effektmaaling.ui.focus_style import FocusStyle\n"
        "drawn = []\n"
        "real = FocusStyle.drawControl\n"
        "FocusStyle.drawControl = lambda self, *a: (drawn.append(1), real(self, *a))[1]\n"
        "style.apply(app, focus_later=True)\n"
        "assert not drawn\n"
        "style.install_focus_style(app)\n"
        "QPushButton('OK').grab()\n"
        "print(len(drawn))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert int(out.stdout.strip().splitlines()[-1]) > 0


def test_the_trials_are_listed_while_the_opening_check_runs_and_damage_makes_the_window_read_only(
        qtbot, controller, demo_db: Path, monkeypatch):
    """The first opening's quick_check (seconds on a large file) runs in a thread: the trials are listed
    before it ends; when it finds damage the window becomes read-only with the same warning as when the
    opening finds it, and nothing has been written to the file (no backup taken of it either)."""
    import hashlib
    import threading

    from effektmaaling.storage import database as database_module
    from tests.safety.test_opening_guards import damage

    release = threading.Event()
    real = database_module._run_quick_check
    monkeypatch.setattr(database_module, "_run_quick_check", lambda con: (release.wait(30), real(con))[1])
    damage(demo_db)
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    controller.start(demo_db)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ws is not None and window.navigator.model.rowCount() == 3, timeout=20000)
    assert window.ws.db.check_pending and not window.ws.readonly
    assert window.findChild(QMessageBox, "openWarningBox") is None
    release.set()
    qtbot.waitUntil(lambda: window.ws.readonly, timeout=20000)
    box = window.findChild(QMessageBox, "openWarningBox")
    assert box is not None and "beskadiget" in box.text() and "Gendan" in box.text()
    assert "(skrivebeskyttet)" in window.windowTitle()
    assert not window.act_new_trial.isEnabled()
    qtbot.wait(200)
    assert getattr(window, "backup_job", None) is None  # no daily backup of a damaged file
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_closing_during_the_daily_backup_stops_it_and_leaves_no_part_file(qtbot, controller, demo_db: Path,
                                                                         monkeypatch):
    """The day's backup of a large file takes seconds: closing the window cancels it at once instead of
    waiting; no partial copy is left, and the next start makes the backup."""
    import threading
    import time

    from effektmaaling.storage import backups

    started = threading.Event()
    real = backups.daily_backup

    def slow(db_path, *, folder=None, now=None, cancelled=None):
        def slowly() -> bool:  # a copy of many pages: each step takes a while
            started.set()
            time.sleep(0.02)
            return cancelled()
        return real(db_path, folder=folder, now=now, cancelled=slowly)

    monkeypatch.setattr(backups, "BACKUP_STEP_PAGES", 1)
    monkeypatch.setattr(backups, "daily_backup", slow)
    controller.start(demo_db)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(started.is_set, timeout=20000)
    folder = window.ws.backup_folder
    job = window.backup_job
    assert not job.done and list(folder.glob("*.part"))  # copying
    t0 = time.monotonic()
    window.close()
    assert time.monotonic() - t0 < 1.0
    assert job.done and not window.isVisible()
    assert list(folder.iterdir()) == []  # no part file, no half backup
    controller.close()
    assert not backups.has_daily_backup(demo_db, __import__("datetime").date.today(), folder=folder)

    monkeypatch.setattr(backups, "daily_backup", real)
    controller.start(demo_db)
    window = controller.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "backup_job", None) is not None and window.backup_job.done,
                    timeout=20000)
    assert [p.name.endswith("-daily.db") for p in folder.iterdir()] == [True]
