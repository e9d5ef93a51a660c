"""The application controller with the one-writer lock: choosing the database that this window already
has open for writing keeps the window (it is not replaced by a read-only one, nor is the user asked),
and a database released for a restore is reopened writable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from effektmaaling.services import Workspace
from effektmaaling.ui.app import Application
from effektmaaling.ui.settings import Settings


@pytest.fixture
def controller(qtbot, qapp, monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    c = Application(qapp, Settings())
    c.asked = asked  # type: ignore[attr-defined]
    yield c
    if c.window is not None:
        c.window.close()
        c.window.ws.close()


def test_opening_the_same_file_again_keeps_the_writable_window(controller, tmp_path: Path) -> None:
    db = tmp_path / "data.db"
    Workspace.open(db).close()
    assert controller.open(db)
    first = controller.window
    assert controller.open(db)  # Fil -> Åbn database, the same file
    assert controller.asked == []
    assert controller.window is first and not first.ws.readonly
    first.ws.create_trial(name="Stadig skrivbar", start_date=dt.date(2014, 1, 1))


def test_a_released_database_is_reopened_writable(controller, tmp_path: Path) -> None:
    db = tmp_path / "data.db"
    Workspace.open(db).close()
    assert controller.open(db)
    first = controller.window
    first.ws.close()  # what the backups dialog does before restoring
    assert controller.open(db)
    assert controller.window is not first and not controller.window.ws.readonly
    assert controller.asked == []
