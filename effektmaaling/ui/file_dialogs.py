"""The program's file dialogs: Qt's own dialog, with an icon provider that names files from their names.

Qt's default file-icon provider asks the MIME database for each file's type, and for a file such as
``r.db`` that reads the file's first bytes. Opening and closing the open database's file in this process
releases every POSIX lock SQLite holds on it (see ``effektmaaling/filesafety.py``), so no dialog of the
program may do that. :class:`NameOnlyIconProvider` decides icon and type from the name alone; the
platform's native dialog (whose code we do not control) is not used.

A chosen output file that is a database (the open one, its -wal/-shm, or any other) is refused here
with a message, before anything writes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from ..domain.errors import DomainError
from . import errors


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only: never opens a file to look at its contents."""

    def icon(self, what):  # type: ignore[no-untyped-def, override]
        if isinstance(what, QFileInfo):
            if what.isDir():
                return super().icon(QFileIconProvider.IconType.Folder)
            if what.isRoot():
                return super().icon(QFileIconProvider.IconType.Drive)
            return super().icon(QFileIconProvider.IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return tr("Mappe")
        suffix = info.suffix()
        return tr("{suffix}-fil").format(suffix=suffix.upper()) if suffix else tr("Fil")


_PROVIDER: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def make_dialog(parent: QWidget | None, caption: str, directory: str, filters: str, *, save: bool) -> QFileDialog:
    """A file dialog that keeps the database's locks: Qt's own widgets, names only."""
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(icon_provider())
    dialog.setObjectName("fileDialog")
    # Qt's Danish translation lacks two of the dialog's labels in their Qt 6 form (»&Look in:«, »Files of &type:«)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Kig &i:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Fil&type:"))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


# Tests replace this to answer the dialog (a modal exec() would block them); it gets the dialog.
def _run(dialog: QFileDialog) -> bool:
    return dialog.exec() == QFileDialog.DialogCode.Accepted


# What a dialog is for: each remembers the folder it was last left in (Settings, "folders/<purpose>").
PURPOSES = ("import", "export", "report", "offline")


def start_in(purpose: str | None, directory: str) -> str:
    """Where the dialog opens: the folder remembered for its purpose (with the suggested file name), else
    ``directory``."""
    if not purpose:
        return directory
    from .settings import Settings

    folder = Settings().last_folder(purpose)
    if folder is None:
        return directory
    suggested = Path(directory) if directory else None
    name = "" if suggested is None or suggested.is_dir() or not suggested.suffix else suggested.name
    return str(folder / name) if name else str(folder)


def _choose(parent: QWidget | None, caption: str, directory: str, filters: str, *, save: bool,
            purpose: str | None = None) -> tuple[str, str]:
    dialog = make_dialog(parent, caption, start_in(purpose, directory), filters, save=save)
    try:
        if not _run(dialog):
            return "", ""
        files = dialog.selectedFiles()
        chosen = files[0] if files else ""
        if chosen and purpose:
            from .settings import Settings

            Settings().remember_folder(purpose, Path(chosen).parent)
        return chosen, dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "", *,
                   purpose: str | None = None) -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName``: (path or "", chosen filter). With ``purpose`` (one of
    :data:`PURPOSES`) the dialog opens in the folder last used for it."""
    return _choose(parent, caption, directory, filters, save=False, purpose=purpose)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "", *,
                   suffix: str | None = None, guard: bool = True, purpose: str | None = None) -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName``; a chosen file that is a database (or, with ``suffix``
    added, would be) is refused with a message and gives ("", ""). ``guard=False``: the caller checks
    the choice itself (a new database). With ``purpose`` the dialog opens in the folder last used for it."""
    from ..filesafety import refuse_database_target

    path, chosen_filter = _choose(parent, caption, directory, filters, save=True, purpose=purpose)
    if not path or not guard:
        return path, chosen_filter
    candidates = [Path(path)]
    if suffix and not path.lower().endswith(suffix.lower()):
        candidates.append(Path(path + suffix))
    try:
        for candidate in candidates:
            refuse_database_target(candidate)
    except DomainError as exc:
        errors.show_domain_error(parent, exc, caption)
        return "", ""
    return path, chosen_filter
