"""Opening a database from the GUI with the data-safety answers: held by another program or a read-only
place -> offer to open it read-only; afterwards, show the warnings (network drive, a lock cleared after
a crash, a failed daily backup).

Hook: in ``Application.open`` replace ``Workspace.open(path)`` by ``open_workspace_interactively(parent, path)``
and return False when it gives None.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..domain.errors import DomainError
from ..domain.privacy import PRIVACY_NOTE
from . import errors

if TYPE_CHECKING:
    from ..services import Workspace

__all__ = ["PRIVACY_NOTE", "open_workspace_interactively"]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _ask(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, APP_NAME, text + "\n\n" + tr("Vil du åbne databasen skrivebeskyttet?"),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def _show_warnings(parent: QWidget | None, ws: Workspace, only: list | None = None) -> None:
    for w in ws.warnings if only is None else only:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, w.get(), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("openWarningBox")
        box.open() if errors._testing() else box.exec()


def open_workspace_interactively(parent: QWidget | None, path: Path, *,
                                 ask: Callable[[QWidget | None, str], bool] = _ask,
                                 daily_backup: bool = True, check_in_background: bool = False) -> Workspace | None:
    """The workspace on ``path``, read-only if the user accepts that; None when it was not opened.
    ``daily_backup=False``: the caller makes the day's first backup itself (the window does it in the
    background after the first paint, see ``MainWindow.start_daily_backup``). ``check_in_background``:
    the opening's ``quick_check`` runs while the trials are listed, every write waits for it
    (``MainWindow.after_opening_check`` shows its outcome)."""
    from ..services import Workspace  # SQLAlchemy: imported here, after the window's first paint
    from ..storage import DatabaseInUseError, ReadOnlyLocationError

    try:
        ws = Workspace.open(path, daily_backup=daily_backup, check_in_background=check_in_background)
    except (DatabaseInUseError, ReadOnlyLocationError) as exc:
        if not ask(parent, exc.text()):
            return None
        try:
            ws = Workspace.open(path, readonly=True)
        except DomainError as again:
            errors.show_domain_error(parent, again)
            return None
    except DomainError as exc:
        errors.show_domain_error(parent, exc)
        return None
    _show_warnings(parent, ws)
    return ws
