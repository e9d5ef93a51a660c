"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QMessageBox

from .. import APP_NAME, __version__
from ..domain.errors import DomainError
from ..domain.i18n import set_language
from ..services import Workspace


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(f"{ws.path.name} – {APP_NAME}")
        self.list = QListWidget()
        self.list.addItems([t.name for t in ws.trials()])
        self.setCentralWidget(self.list)
        self.resize(900, 600)


def run_app(db_path: Path, lang: str | None = None) -> int:
    set_language(lang or "da")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        ws = Workspace.open(db_path)
    except DomainError as exc:
        QMessageBox.critical(None, APP_NAME, exc.text())
        return 1
    window = MainWindow(ws)
    window.show()
    return app.exec()
