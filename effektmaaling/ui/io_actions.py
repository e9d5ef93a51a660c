"""Fil-menu actions for import and export, installed into the main window as an extension.

``install(window)`` needs of the window: ``ws`` (the Workspace), ``current_trial_id()`` and
``add_file_action(action)``. Hook: add ``"effektmaaling.ui.io_actions"`` to ``ui/extensions.py``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from . import file_dialogs

if TYPE_CHECKING:
    from ..services.workspace import Workspace

# The dialogs and the readers/writers (openpyxl) are imported when an action is used: a fast start.


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def export_measurements_dialog(parent: QWidget | None, ws: Workspace, trial_id: uuid.UUID,
                               path: str | Path | None = None, selected_filter: str | None = None) -> Path | None:
    """Ask for a file (XLSX, Danish CSV or international CSV) and export the trial's measurements."""
    filters = {tr("Excel-projektmappe (*.xlsx)"): "xlsx", tr("CSV, dansk (semikolon, decimalkomma) (*.csv)"): "csv-da",
               tr("CSV, international (komma, decimalpunktum) (*.csv)"): "csv-intl"}
    from ..services.exporting import export_measurements

    fmt = filters.get(selected_filter or "")
    if path is None:
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in ws.trial(trial_id).name)
        chosen, chosen_filter = file_dialogs.save_file_name(parent, tr("Eksportér målinger"),
                                                            str(Path.home() / f"{name}.xlsx"), ";;".join(filters),
                                                            purpose="export")
        if not chosen:
            return None
        path, fmt = chosen, filters.get(chosen_filter)
    from .background import run_with_progress, wait_for

    made: list[Path] = []

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError | OSError):
            raise exc
        QMessageBox.warning(parent, tr("Eksportér målinger"), exc.text() if isinstance(exc, DomainError) else str(exc))

    # off the GUI thread (a large trial to XLSX takes seconds); no Annullér: the file is being written
    wait_for(run_with_progress(parent, tr("Eksportér målinger"), tr("Eksporterer målingerne …"),
                               lambda _job: export_measurements(ws, trial_id, path, fmt),  # type: ignore[arg-type]
                               on_success=made.append, on_error=failed, cancellable=False, name="export-measurements"))
    return made[0] if made else None


def install(window: Any) -> list[QAction]:
    """Add Importér målinger…, Eksportér målinger…, Eksportér forsøg…, Importér forsøg… to the Fil menu."""

    def need_trial() -> uuid.UUID | None:
        trial_id = window.current_trial_id()
        if trial_id is None:
            QMessageBox.information(window, tr("Vælg et forsøg"), tr("Vælg først et forsøg i oversigten."))
        return trial_id

    def import_measurements_action() -> None:
        if (trial_id := need_trial()) is not None:
            from .import_wizard import ImportWizard

            wizard = ImportWizard(window.ws, trial_id, window.current_indicator_id(), parent=window,
                                  undo_stack=window.stack)
            if wizard.exec() and wizard.report is not None:  # the wizard's summary stays until closed
                r = wizard.report
                new = tr("1 ny måling") if r.inserted == 1 else tr("{n} nye målinger").format(n=r.inserted)
                updated = (tr("1 måling opdateret") if r.updated == 1 else
                           tr("{n} målinger opdateret").format(n=r.updated))
                window.statusBar().showMessage(tr("Importeret: {new}, {updated}").format(new=new, updated=updated),
                                               8000)

    def export_measurements_action() -> None:
        if (trial_id := need_trial()) is not None:
            export_measurements_dialog(window, window.ws, trial_id)

    def export_trial_action() -> None:
        if (trial_id := need_trial()) is not None:
            from .exchange_dialogs import export_trial_dialog

            export_trial_dialog(window, window.ws, trial_id)

    def import_trial_action() -> None:
        from .exchange_dialogs import import_trial_dialog

        import_trial_dialog(window, window.ws, undo_stack=window.stack)

    actions = []
    for name, text, slot, writes in (
        ("actionImportMeasurements", tr("Importér &målinger …"), import_measurements_action, True),
        ("actionExportMeasurements", tr("Eksportér må&linger …"), export_measurements_action, False),
        ("actionExportTrial", tr("&Eksportér forsøg …"), export_trial_action, False),
        ("actionImportTrial", tr("&Importér forsøg …"), import_trial_action, True),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if writes and window.ws.readonly:
            action.setEnabled(False)
        actions.append(window.add_file_action(action))
    return actions
