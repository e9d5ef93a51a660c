"""Errors in the desktop program: clear sentences for what the user can fix, an apology for the rest.

A :class:`DomainError` is shown with its own text. Anything unexpected is written with its
traceback to ``effektmaaling.log`` in the user data folder and shown as a short apology naming
that file; the user never sees a raw traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, paths
from ..domain.errors import DomainError

log = logging.getLogger("effektmaaling.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def log_path() -> Path:
    return paths.log_dir() / "effektmaaling.log"


def log_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    """The error with its traceback, without user data (values, SQL parameters), readable by the owner only."""
    from .. import crashlog

    return crashlog.write(log_path(), "unexpected error in the desktop program", exc_type, exc, tb)


def show_domain_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """A dialog with the error's own sentence (what is wrong and where)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or APP_NAME, exc.text(), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("domainErrorBox")
    box.open() if _testing() else box.exec()


def apology_text(path: Path) -> str:
    return tr("Beklager, der skete en uventet fejl. Dine gemte data er i orden.\n\n"
              "Detaljerne er skrevet i logfilen:\n{path}").format(path=path)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Installed as ``sys.excepthook`` while the program runs."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, DomainError):
        show_domain_error(parent, exc)
        return
    path = log_exception(exc_type, exc, tb)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, apology_text(path), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("apologyBox")
    box.open() if _testing() else box.exec()


def install() -> None:
    sys.excepthook = excepthook


def _testing() -> bool:
    """Dialogs are non-blocking under tests (pytest-qt), so the tests can look at them."""
    return "pytest" in sys.modules
