"""Fil -> Tag forsøget med offline … and Fil -> Synkronisér med den delte database: a trial of the shared
database taken along into a local file, and brought back (services/offline.py). Conflicts are reviewed in
the exchange file's dialog (:class:`~effektmaaling.ui.exchange_dialogs.ImportTrialDialog`), with the two
sides named »Denne kopi« and »Den delte database«.

``install(window)`` needs of the window: ``ws``, ``current_trial_id()``, ``add_file_action(action)`` and
``stack`` (the undo stack, cleared after a sync: undoing an edit from before it would also undo the sync on
this side only).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..domain.errors import DomainError
from . import file_dialogs

if TYPE_CHECKING:
    from ..services.exchange import Choice, MergePlan
    from ..services.offline import SyncResult
    from ..services.workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def sync_words() -> dict[str, str]:
    """How the conflict review names the two sides of a sync."""
    return {"mine": tr("Denne kopi"), "theirs": tr("Den delte database"),
            "both-changed": tr("Feltet »%1« er ændret forskelligt i denne kopi og i den delte database siden sidste "
                               "synkronisering; de øvrige ændringer flettes uden konflikt."),
            "deleted-here": tr("Slettet i denne kopi, men ændret i den delte database."),
            "deleted-there": tr("Slettet i den delte database, men ændret i denne kopi."),
            "use-theirs": tr("Brug den delte databases version"), "keep-mine": tr("Behold denne kopis version"),
            "delete-as-theirs": tr("Slet (som i den delte database)"), "keep-mine-value": tr("Behold denne kopis værdi"),
            "use-theirs-value": tr("Brug den delte databases værdi"), "all-mine": tr("Denne kopis version i alle"),
            "all-theirs": tr("Den delte databases version i alle")}


def _sync_dialog_class() -> type:
    from .exchange_dialogs import ImportTrialDialog

    class SyncDialog(ImportTrialDialog):
        """The conflict review of a sync: mine = this copy, theirs = the shared database."""

        def __init__(self, copy: Workspace, server: Workspace, trial_id: uuid.UUID, plan: MergePlan,
                     parent: QWidget | None = None) -> None:
            self.server, self.trial_id = server, trial_id
            self.sync_result: SyncResult | None = None
            super().__init__(copy, None, parent, None, plan=plan, words=sync_words(), title=tr("Synkronisér med den delte database"))
            self.setObjectName("syncDialog")
            from PySide6.QtWidgets import QDialogButtonBox

            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Synkronisér"))

        def _summary_text(self, plan: MergePlan) -> str:
            text = tr("Fra den delte database til denne kopi: %1 tilføjes, %2 opdateres, %3 slettes. Denne kopis "
                      "ændringer sendes til den delte database.") \
                .replace("%1", str(sum(plan.inserted.values()))).replace("%2", str(sum(plan.updated.values()))) \
                .replace("%3", str(sum(plan.deleted.values())))
            if plan.conflicts:
                text += " " + (tr("1 konflikt: vælg, hvilken version der gælder.") if len(plan.conflicts) == 1 else
                               tr("%1 konflikter: vælg for hver, hvilken version der gælder.").replace(
                                   "%1", str(len(plan.conflicts))))
            return text

        def _progress_text(self) -> str:
            return tr("Synkroniserer med den delte database …")

        def _run_import(self, resolutions: dict[str, Choice]) -> MergePlan:  # in the worker thread
            from ..services.offline import sync

            self.sync_result = sync(self.ws, self.server, self.trial_id, resolutions=resolutions)
            return self.sync_result.to_copy

    return SyncDialog


def connect_server(parent: QWidget | None, location: str) -> Workspace | None:
    """Open the shared database; when the password is missing or wrong, ask for it (up to three times)."""
    from ..services.offline import needs_password, open_server

    password: str | None = None
    for _attempt in range(4):
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return open_server(location, password)
            finally:
                QApplication.restoreOverrideCursor()
        except DomainError as exc:
            if not needs_password(exc) or _attempt == 3:
                QMessageBox.warning(parent, tr("Synkronisér med den delte database"), exc.text())
                return None
            password, ok = QInputDialog.getText(
                parent, tr("Adgangskode"), tr("Adgangskode til %1:").replace("%1", location),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
    return None


def synchronise(window: Any) -> SyncResult | None:
    """Synchronise the selected (or only) trial taken along offline with its shared database."""
    from ..services.offline import describe, offline_trials, plan_sync, sync

    ws = window.ws
    title = tr("Synkronisér med den delte database")
    if ws.shared:
        QMessageBox.information(window, title, tr("Denne database er selv den delte database. Synkronisér fra den "
                                                  "kopi, der er taget med offline."))
        return None
    taken = offline_trials(ws)
    current = window.current_trial_id()
    chosen = [pair for pair in taken if pair[0].id == current] or (taken if len(taken) == 1 else [])
    if not chosen:
        QMessageBox.information(window, title, tr("Vælg i oversigten det forsøg, der skal synkroniseres.") if taken
                                else tr("Denne database har intet forsøg, der er taget med fra en delt database."))
        return None
    trial, peer = chosen[0]
    server = connect_server(window, peer.peer)
    if server is None:
        return None
    result: SyncResult | None = None
    try:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                plan = plan_sync(ws, server, trial.id)
                if not plan.conflicts:
                    result = sync(ws, server, trial.id)
            finally:
                QApplication.restoreOverrideCursor()
            if plan.conflicts:
                dialog = _sync_dialog_class()(ws, server, trial.id, plan, window)
                if dialog.exec():
                    result = dialog.sync_result
        except DomainError as exc:
            QMessageBox.warning(window, title, exc.text())
            return None
    finally:
        server.close()
    if result is not None:
        stack = getattr(window, "stack", None)
        if stack is not None:
            stack.clear()
        QMessageBox.information(window, title, describe(result).get())
    return result


def take_along(window: Any, path: str | Path | None = None) -> Path | None:
    """Copy the selected trial of the shared database into a local file (asked for unless ``path``)."""
    from ..services import Workspace
    from ..services.offline import checkout

    ws = window.ws
    title = tr("Tag forsøget med offline")
    if not ws.shared:
        QMessageBox.information(window, title, tr("Et forsøg tages med offline fra en delt database: åbn den først "
                                                  "(Fil → Åbn database)."))
        return None
    trial_id = window.current_trial_id()
    if trial_id is None:
        QMessageBox.information(window, tr("Vælg et forsøg"), tr("Vælg først et forsøg i oversigten."))
        return None
    if path is None:
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in ws.trial(trial_id).name)
        chosen, _ = file_dialogs.save_file_name(window, title, str(Path.home() / f"{name}.db"),
                                                tr("Effektmåling-database (*.db)"), suffix=".db", guard=False,
                                                purpose="offline")
        if not chosen:
            return None
        path = chosen
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copy = Workspace.open(path)
            try:
                result = checkout(ws, trial_id, copy)
            finally:
                copy.close()
        finally:
            QApplication.restoreOverrideCursor()
    except DomainError as exc:
        QMessageBox.warning(window, title, exc.text())
        return None
    QMessageBox.information(window, title, tr(
        "Forsøget »%1« er taget med i %2. Åbn filen (Fil → Åbn database) for at arbejde offline, og vælg "
        "Fil → Synkronisér med den delte database, når du er tilbage.").replace("%1", result.trial_name)
        .replace("%2", str(result.path)))
    return result.path


def install(window: Any) -> list[QAction]:
    """Add the two actions to the Fil menu: taking along on a shared database, synchronising on a file."""
    from ..services.offline import offline_trials

    ws = window.ws
    # synchronising needs an offline copy: a file holding a trial taken along from a shared database
    is_copy = not ws.shared and not ws.readonly and bool(offline_trials(ws))
    if ws.shared:
        sync_why = tr("Denne database er selv den delte database. Synkronisér fra den kopi, der er taget med offline.")
    elif ws.readonly:
        sync_why = tr("Databasen er åbnet skrivebeskyttet.")
    else:
        sync_why = tr("Kun en kopi, der er taget med offline fra en delt database, kan synkroniseres. "
                      "Denne database er ikke en sådan kopi.")
    actions = []
    for name, text, slot, enabled, why in (
        ("actionTakeAlong", tr("Tag forsøget med offline …"), lambda: take_along(window), ws.shared, ""),
        ("actionSynchronise", tr("Synkronisér med den delte database"), lambda: synchronise(window),
         is_copy, sync_why),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        action.setEnabled(bool(enabled))
        if not enabled and why:
            action.setToolTip(why)
            action.setStatusTip(why)
        actions.append(window.add_file_action(action))
    return actions
