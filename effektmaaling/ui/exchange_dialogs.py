"""Fil -> Eksportér forsøg / Importér forsøg, with side-by-side conflict resolution.

Self-contained: :func:`export_trial_dialog` and :class:`ImportTrialDialog` take a Workspace (and a trial
id); the merge rules are the services' (:mod:`effektmaaling.services.exchange`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.formatting import format_date, format_number
from ..domain.i18n import current_language
from ..domain.labels import label
from ..domain.validation import field_label
from ..io.exchange import ExchangeTrial
from ..services.exchange import (
    Choice,
    Conflict,
    IdCollision,
    MergeConflicts,
    MergePlan,
    describe,
    export_trial,
    import_as_copy,
    import_trial,
    plan_import,
    read_exchange_file,
)
from ..services.workspace import ENUM_FIELDS, Workspace
from . import commands as cmd
from . import file_dialogs
from .widgets import resize_within_screen

DIFF = QColor("#fff3c4")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "forsoeg"


def export_trial_dialog(parent: QWidget | None, ws: Workspace, trial_id: uuid.UUID,
                        path: str | Path | None = None) -> Path | None:
    """Ask for a file name (unless ``path`` is given) and export the trial; returns the file or None."""
    trial = ws.trial(trial_id)
    if path is None:
        chosen, _ = file_dialogs.save_file_name(parent, tr("Eksportér forsøg"),
                                                # *.effekt.json: the installers open these with the program
                                                str(Path.home() / f"{_safe_name(trial.name)}.effekt.json"),
                                                tr("Effektmåling-forsøg (*.json)"))
        if not chosen:
            return None
        path = chosen
    path = Path(path)
    try:
        counts = export_trial(ws, trial_id, path)
    except (DomainError, OSError) as exc:
        QMessageBox.warning(parent, tr("Eksportér forsøg"), exc.text() if isinstance(exc, DomainError) else str(exc))
        return None
    if parent is not None:
        QMessageBox.information(parent, tr("Eksportér forsøg"),
                                tr("Forsøget »%1« er gemt i %2 (%3 indikatorer, %4 målinger).")
                                .replace("%1", trial.name).replace("%2", str(path))
                                .replace("%3", str(counts["indicators"])).replace("%4", str(counts["measurements"])))
    return path


def _show(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return tr("ja") if value else tr("nej")
    if isinstance(value, float):  # as many decimals as the value has, in the interface's number format
        decimals = len(f"{value:.10g}".partition(".")[2]) if "e" not in f"{value:.10g}" else 6
        return format_number(value, decimals)
    return str(value)


DATE_FIELDS = ("date", "start_date", "end_date", "target_date", "baseline_end_date")


def _cell(key: str, raw: object) -> str:
    if key in DATE_FIELDS and raw:
        return format_date(_parse(raw))
    if key in ENUM_FIELDS and isinstance(raw, str):
        try:
            return label(ENUM_FIELDS[key](raw), current_language())
        except ValueError:
            return raw
    return _show(raw)


def _when(text: str) -> str:
    try:
        at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{format_date(at.date())} {at:%H:%M}"


class ConflictView(QWidget):
    """One conflict: the record's fields side by side (mine | theirs), the conflicting field marked, and
    the choice mine/theirs. An edit against a deletion shows the deleted side as deleted, by whom and when."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.title = QLabel(f"<b>{conflict.label.get()}</b>")
        who = ""
        if conflict.deleted_by or conflict.deleted_at:
            who = " " + tr("(slettet af %1, %2)").replace("%1", conflict.deleted_by or "?") \
                .replace("%2", _when(conflict.deleted_at) if conflict.deleted_at else "?")
        if conflict.reason == "both-changed":
            reason = tr("Feltet »%1« er ændret forskelligt i databasen og i filen siden sidste fælles version; "
                        "de øvrige ændringer flettes uden konflikt.").replace("%1", field_label(conflict.field or ""))
        else:
            reason = {
                "deleted-here": tr("Slettet her, men ændret i filen."),
                "deleted-there": tr("Slettet i filen, men ændret her."),
                "same-date": tr("To forskellige målinger på samme dato."),
                "same-bottom-line": tr("To forskellige vurderinger af samme bundlinje."),
            }[conflict.reason] + who
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([tr("Felt"), tr("Databasens version"), tr("Filens version")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        shown = conflict.theirs if conflict.theirs is not None else conflict.mine or {}
        keys = [k for k in shown if k != conflict.field]
        if conflict.field in shown:
            keys.insert(0, conflict.field)  # the field in conflict first
        for key in [*keys, "updated_at"]:
            if key == "updated_at":
                mine_v = conflict.mine_updated_at
                theirs_v = conflict.theirs_updated_at
                if mine_v is None and theirs_v is None:
                    continue
                mine_t = f"{format_date(mine_v.date())} {mine_v:%H:%M}" if mine_v else "–"
                theirs_t = f"{format_date(theirs_v.date())} {theirs_v:%H:%M}" if theirs_v else "–"
                label = tr("Sidst ændret (UTC)")
            else:
                mine_t = tr("(slettet)") if conflict.mine is None else _cell(key, conflict.mine.get(key))
                theirs_t = tr("(slettet)") if conflict.theirs is None else _cell(key, conflict.theirs.get(key))
                label = field_label(key)
            r = self.table.rowCount()
            self.table.insertRow(r)
            the_field = key == conflict.field
            for c, text in enumerate((label, mine_t, theirs_t)):
                item = QTableWidgetItem(text)
                if the_field or (conflict.field is None and mine_t != theirs_t and key != "updated_at"):
                    item.setBackground(DIFF)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif mine_t != theirs_t:
                    item.setForeground(QColor("#6b6b6b"))
                self.table.setItem(r, c, item)
        if conflict.mine is None:
            mine_text, theirs_text = tr("Behold slettet"), tr("Brug filens version")
        elif conflict.theirs is None:
            mine_text, theirs_text = tr("Behold databasens version"), tr("Slet (som i filen)")
        elif conflict.field:
            mine_text = tr("Behold databasens værdi")
            theirs_text = tr("Brug filens værdi")
        else:
            mine_text, theirs_text = tr("Behold databasens version"), tr("Brug filens version")
        self.mine = QRadioButton(mine_text)
        self.theirs = QRadioButton(theirs_text)
        self.mine.setObjectName("chooseMine")
        self.theirs.setObjectName("chooseTheirs")
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        choice = QHBoxLayout()
        choice.addWidget(self.mine)
        choice.addWidget(self.theirs)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice)

    def choice(self) -> Choice | None:
        if self.mine.isChecked():
            return "mine"
        if self.theirs.isChecked():
            return "theirs"
        return None

    def set_choice(self, choice: Choice) -> None:
        (self.mine if choice == "mine" else self.theirs).setChecked(True)


def _parse(text: object) -> dt.date:
    return dt.date.fromisoformat(str(text))


class ImportTrialDialog(QDialog):
    """Import a trial file: shows what will happen and lets the user resolve every conflict."""

    def __init__(self, ws: Workspace, incoming: ExchangeTrial, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.ws, self.incoming = ws, incoming
        self.undo_stack = undo_stack  # the import or merge becomes one undo step on it
        self.result_plan: MergePlan | None = None
        self.setWindowTitle(tr("Importér forsøg"))
        self.plan = plan_import(ws, incoming)
        self.summary = QLabel(self._summary_text(self.plan))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.views: list[ConflictView] = []
        if self.plan.conflicts:
            self.list = QListWidget()
            self.list.setObjectName("conflictList")
            self.stack = QStackedWidget()
            for conflict in self.plan.conflicts:
                view = ConflictView(conflict)
                view.group.buttonToggled.connect(lambda *_: self._update())
                self.views.append(view)
                self.stack.addWidget(view)
                QListWidgetItem(conflict.label.get(), self.list)
            self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
            self.list.setCurrentRow(0)
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(self.list)
            split.addWidget(self.stack)
            split.setSizes([260, 560])
            layout.addWidget(split, 1)
            bulk = QHBoxLayout()
            all_mine = QPushButton(tr("Databasens version i alle"))
            all_theirs = QPushButton(tr("Filens version i alle"))
            all_mine.clicked.connect(lambda: self._choose_all("mine"))
            all_theirs.clicked.connect(lambda: self._choose_all("theirs"))
            bulk.addWidget(all_mine)
            bulk.addWidget(all_theirs)
            bulk.addStretch(1)
            self.remaining = QLabel()
            bulk.addWidget(self.remaining)
            layout.addLayout(bulk)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Importér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 880, 560 if self.plan.conflicts else 200)
        self._update()

    def _summary_text(self, plan: MergePlan) -> str:
        if plan.new_trial:
            return tr("Forsøget »%1« findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.") \
                .replace("%1", plan.trial_name).replace("%2", str(plan.inserted["indicator"])) \
                .replace("%3", str(plan.inserted["measurement"]))
        text = tr("Forsøget »%1« findes i databasen og flettes: %2 tilføjes, %3 opdateres, %4 slettes, "
                  "%5 uændrede.") \
            .replace("%1", plan.trial_name).replace("%2", str(sum(plan.inserted.values()))) \
            .replace("%3", str(sum(plan.updated.values()))).replace("%4", str(sum(plan.deleted.values()))) \
            .replace("%5", str(plan.unchanged))
        if plan.conflicts:
            text += " " + (tr("1 konflikt: vælg, hvilken version der gælder.") if len(plan.conflicts) == 1 else
                           tr("%1 konflikter: vælg for hver, hvilken version der gælder.").replace(
                               "%1", str(len(plan.conflicts))))
        return text

    def _choose_all(self, choice: Choice) -> None:
        for view in self.views:
            view.set_choice(choice)

    def resolutions(self) -> dict[str, Choice]:
        return {v.conflict.key: c for v in self.views if (c := v.choice()) is not None}

    def _update(self) -> None:
        missing = len(self.views) - len(self.resolutions())
        if self.views:
            self.remaining.setText("" if not missing else tr("1 konflikt mangler et valg.") if missing == 1 else
                                   tr("%1 konflikter mangler et valg.").replace("%1", str(missing)))
            for i, view in enumerate(self.views):
                item = self.list.item(i)
                item.setText(("✓ " if view.choice() else "• ") + view.conflict.label.get())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(missing == 0)

    def accept(self) -> None:
        try:
            self.result_plan = self._import(self.resolutions())
        except MergeConflicts:
            QMessageBox.warning(self, tr("Importér forsøg"),
                                tr("Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på "
                                   "samme dato). Intet er ændret; åbn filen igen."))
            return
        except DomainError as exc:
            QMessageBox.warning(self, tr("Importér forsøg"), exc.text())
            return
        super().accept()


    def _import(self, resolutions: dict[str, Choice]) -> MergePlan:
        """The import or merge, as one undo step when the dialog has a stack: undo puts the trial back exactly
        as it was before (new trial: gone), redo exactly as the merge left it."""
        def run() -> MergePlan:
            return import_trial(self.ws, self.incoming, resolutions=resolutions)

        if self.undo_stack is None:
            return run()
        name, new = self.plan.trial_name, self.plan.new_trial

        def describe(_plan: MergePlan, n: int) -> str:
            if new:
                return tr("Import af forsøget »{name}«").format(name=name)
            return (tr("Sammenfletning af »{name}« (1 ændring)") if n == 1 else
                    tr("Sammenfletning af »{name}« ({n} ændringer)")).format(name=name, n=n)

        return cmd.execute(self.undo_stack, cmd.TrialStateCommand(
            self.ws, describe(self.plan, 0), self.plan.trial_id, run, describe=describe))


def import_trial_dialog(parent: QWidget | None, ws: Workspace, path: str | Path | None = None,
                        undo_stack: QUndoStack | None = None) -> MergePlan | None:
    """Ask for a file (unless ``path`` is given), show what the import does, resolve conflicts, import."""
    if path is None:
        chosen, _ = file_dialogs.open_file_name(parent, tr("Importér forsøg"), str(Path.home()),
                                                tr("Effektmåling-forsøg (*.json);;Alle filer (*)"))
        if not chosen:
            return None
        path = chosen
    try:
        incoming = read_exchange_file(path)
        dialog = ImportTrialDialog(ws, incoming, parent, undo_stack)
    except IdCollision as exc:
        answer = QMessageBox.question(parent, tr("Importér forsøg"),
                                      exc.text() + "\n\n" + tr("Importér filen som et nyt forsøg med nye id'er?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            plan = import_as_copy(ws, incoming)
        except DomainError as err:
            QMessageBox.warning(parent, tr("Importér forsøg"), err.text())
            return None
        QMessageBox.information(parent, tr("Importér forsøg"), describe(plan).get())
        return plan
    except DomainError as exc:
        QMessageBox.warning(parent, tr("Importér forsøg"), exc.text())
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if parent is not None and dialog.result_plan is not None:
        QMessageBox.information(parent, tr("Importér forsøg"), describe(dialog.result_plan, limit=15).get())
    return dialog.result_plan


__all__ = ["ConflictView", "ImportTrialDialog", "export_trial_dialog", "import_trial_dialog"]
