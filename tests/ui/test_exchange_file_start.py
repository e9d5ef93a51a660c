"""Started with an exchange file (the installers' file association: ``effektmaaling FILE.effekt.json``), the
program opens its database and then the import dialog on that file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from effektmaaling.cli.main import exchange_file_argument


@pytest.mark.parametrize(("argv", "file", "rest"), [
    (["a.effekt.json"], "a.effekt.json", []),
    (["--lang", "en", "C:\\Data\\Trial.EFFEKT.JSON"], "C:\\Data\\Trial.EFFEKT.JSON", ["--lang", "en"]),
    (["--db", "x.effekt.json"], None, ["--db", "x.effekt.json"]),  # the value of --db, not a file to open
    (["import-trial", "a.effekt.json"], None, ["import-trial", "a.effekt.json"]),  # a command's argument
    (["--demo"], None, ["--demo"]),
    (["demo", "x.db"], None, ["demo", "x.db"]),
])
def test_exchange_file_is_recognised_only_in_place_of_a_command(argv, file, rest):
    argv = list(argv)
    assert exchange_file_argument(argv) == file
    assert argv == rest


def test_start_with_an_exchange_file_opens_the_import_dialog_on_it(qtbot, qapp, demo_workspace, tmp_path: Path,
                                                                   monkeypatch):
    from effektmaaling.services import Workspace
    from effektmaaling.services.exchange import export_trial
    from effektmaaling.ui.app import Application
    from effektmaaling.ui.exchange_dialogs import ImportTrialDialog
    from effektmaaling.ui.settings import Settings

    trial = next(t for t in demo_workspace.trials() if t.name.startswith("FriNoVa"))
    exchange = tmp_path / "frinova.effekt.json"
    export_trial(demo_workspace, trial.id, exchange)

    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    # the result of the import is told in a message box after the dialog: answered at once
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(qapp, "exit", lambda code=0: None)
    shown: list[str] = []

    def accept_when_shown() -> None:  # the dialog is modal: answer it from inside its own event loop
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportTrialDialog):
            shown.append(dialog.windowTitle())
            dialog.accept()
        else:
            QTimer.singleShot(50, accept_when_shown)

    QTimer.singleShot(50, accept_when_shown)
    controller = Application(qapp, Settings(), exchange_file=str(exchange))
    controller.start(tmp_path / "mine.db")
    qtbot.addWidget(controller.window)
    try:
        qtbot.waitUntil(lambda: bool(shown) and controller.exchange_file is None, timeout=20000)
        qtbot.waitUntil(lambda: any(t.name == trial.name for t in controller.window.ws.trials()), timeout=5000)
    finally:
        controller.window.close()
        controller.close()
    ws = Workspace.open(tmp_path / "mine.db")
    try:
        assert [t.name for t in ws.trials()] == [trial.name]
    finally:
        ws.close()


def test_export_suggests_the_exchange_file_name_the_installers_associate(demo_workspace, monkeypatch):
    from effektmaaling.ui import file_dialogs
    from effektmaaling.ui.exchange_dialogs import export_trial_dialog

    asked = []
    # the program's file dialogs (ui/file_dialogs.py: names files without reading them): cancelled
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda parent, title, suggested, *a, **k: (asked.append(suggested), ("", ""))[1])
    trial = next(t for t in demo_workspace.trials() if t.name.startswith("FriNoVa"))
    assert export_trial_dialog(None, demo_workspace, trial.id) is None  # cancelled
    assert Path(asked[0]).name == "FriNoVa.effekt.json"
