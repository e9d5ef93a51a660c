"""Fixtures for the desktop program: real main windows on real database files, driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox


def _forget_unsaved_rows(w) -> None:
    """A test that leaves a new row unsaved: closing would ask the user (and block)."""
    view = w._pages.get("indicator")
    if view is not None and shiboken6.isValid(view):
        view.model.abandon_pending()
        view.model.kept.clear()


@pytest.fixture
def make_window(qtbot):
    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow

    windows = []

    def make(path: Path) -> MainWindow:
        ws = Workspace.open(path)
        w = MainWindow(ws)
        qtbot.addWidget(w, before_close_func=_forget_unsaved_rows)
        w.resize(1300, 850)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=2000)
        windows.append((w, ws))
        return w

    yield make
    # pytest-qt closes and schedules deletion of added widgets before fixture teardown, so a fixture
    # that runs an event loop while tearing down (qtbot.wait) may already have deleted the window
    for w, ws in windows:
        if shiboken6.isValid(w):
            _forget_unsaved_rows(w)
            w.close()
        ws.close()


@pytest.fixture
def window(make_window, tmp_path: Path):
    """The main window on a new, empty database."""
    return make_window(tmp_path / "gui.db")


@pytest.fixture
def demo_window(make_window, demo_db: Path):
    w = make_window(demo_db)
    w.restore_selection()
    return w


@pytest.fixture
def answer_yes(monkeypatch):
    """Confirmation questions are answered Yes (the real dialog would block the test)."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
