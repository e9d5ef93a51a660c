"""The desktop program's start: what is imported before the main window is first painted, and that the
window is filled right after it.

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

CHILD = r'''
import json, sys
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from effektmaaling.ui import main_window as mw
from effektmaaling.ui.navigator import KIND_ROLE, STATUS_ROLE

seen = {}
original = mw.MainWindow.event


def statuses(window):
    model = window.navigator.model
    items = [model.item(r).child(c) for r in range(model.rowCount()) for c in range(model.item(r).rowCount())]
    return [it.data(STATUS_ROLE) for it in items if it.data(KIND_ROLE) == "indicator"]


def poll(window, turns=0):
    dashboard = window._pages.get("dashboard")
    done = dashboard is not None and dashboard.cards and all(statuses(window))
    if done or turns > 3000:
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
        seen["actions"] = sorted(a.objectName() for a in self.findChildren(type(self.act_quit)) if a.objectName())
        seen["trials_listed"] = self.navigator.model.rowCount()
        QTimer.singleShot(0, lambda: poll(self))
    return original(self, ev)


mw.MainWindow.event = event
from effektmaaling.cli.main import main

seen["exit"] = main(["--demo"])
print(json.dumps(seen))
'''

# Imported only when a feature needs them (a report, an import/export, a comparison, a migration) or
# after the first paint (the analysis and the charts of the dashboard).
HEAVY = ("reportlab", "openpyxl", "alembic", "scipy", "numpy", "pyqtgraph", "mako",
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
    # ... and the window was complete at that paint: the trials listed, every feature's menu action there
    assert seen["trials_listed"] == 3
    assert {"actionEffectReport", "actionImportMeasurements", "actionExportMeasurements", "actionExportTrial",
            "actionImportTrial", "actionRestoreBackup", "actionChangeLog", "actionCheckDatabase",
            "actionCompareTrials"} <= set(seen["actions"])

    # Right after the first paint: the first trial's dashboard with one card per indicator, then the
    # status icons of every indicator in the navigator (the other trials analysed one per turn).
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
    assert "effektmaaling.analysis" in seen["after"] and "pyqtgraph" in seen["after"]
    assert "reportlab" not in seen["after"] and "openpyxl" not in seen["after"] and "alembic" not in seen["after"]

    # Closing the window ended the program and closed the database: no lock file is left to warn
    # "not closed properly" at the next start.
    assert seen["exit"] == 0
    assert not (data_dir / "demo.db.lock").exists()
