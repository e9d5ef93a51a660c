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
    ChangeItem,
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
from .background import Job, run_with_progress, wait_for
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
                                                tr("Effektmåling-forsøg (*.json)"), purpose="export")
        if not chosen:
            return None
        path = chosen
    path = Path(path)
    got: list[dict] = []

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError | OSError):
            raise exc
        QMessageBox.warning(parent, tr("Eksportér forsøg"), exc.text() if isinstance(exc, DomainError) else str(exc))

    # off the GUI thread (a trial of 20,000 measurements takes over a second); no Annullér: the file is written
    wait_for(run_with_progress(parent, tr("Eksportér forsøg"), tr("Eksporterer forsøget …"),
                               lambda _job: export_trial(ws, trial_id, path), on_success=got.append, on_error=failed,
                               cancellable=False, name="export-trial"))
    if not got:
        return None
    counts = got[0]
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


SHOWN_CHANGES = 5  # the changes named in an import's summary, per kind; the rest counted


def _noun(entity: str, n: int) -> str:
    """"1 måling", "189 målinger": the count and the record's name."""
    one, many = {
        "trial": (tr("forsøg"), tr("forsøg")),
        "indicator": (tr("indikator"), tr("indikatorer")),
        "measurement": (tr("måling"), tr("målinger")),
        "milestone": (tr("milepæl"), tr("milepæle")),
        "assessment": (tr("vurdering"), tr("vurderinger")),
    }.get(entity, (tr("post"), tr("poster")))
    return f"{format_number(n, 0)} {one if n == 1 else many}"


def _counts(counter: dict[str, int]) -> str:
    """"189 målinger, 5 indikatorer og 1 forsøg"."""
    order = ("measurement", "indicator", "milestone", "assessment", "trial")
    parts = [_noun(e, counter[e]) for e in sorted(counter, key=lambda e: order.index(e) if e in order else 9)
             if counter[e]]
    if len(parts) <= 1:
        return "".join(parts)
    return tr("{first} og {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _change_text(item: ChangeItem) -> str:
    what = item.label.get()
    if item.action != "updated" or not item.values:
        return what
    fields = ", ".join(f"{field_label(f).lower()} {_cell(f, before)} → {_cell(f, after)}"
                       for f, before, after in item.values)
    return f"{what}: {fields}"


def summary_text(plan: MergePlan) -> str:
    """What an import does, said so that the user can decide: counts with their unit ("189 målinger
    uændrede") and which records change, how (the first few of each kind, the rest counted)."""
    if plan.new_trial:
        return tr("Forsøget »%1« findes ikke i databasen og oprettes med %2 indikatorer og %3 målinger.") \
            .replace("%1", plan.trial_name).replace("%2", str(plan.inserted["indicator"])) \
            .replace("%3", str(plan.inserted["measurement"]))
    lines = [tr("Forsøget »%1« findes i databasen og flettes.").replace("%1", plan.trial_name)]
    verbs = {"added": tr("{what} tilføjes"), "updated": tr("{what} opdateres"), "deleted": tr("{what} slettes")}
    for action, verb in verbs.items():
        items = [c for c in plan.changes if c.action == action]
        if not items:
            continue
        by_entity: dict[str, int] = {}
        for c in items:
            by_entity[c.entity] = by_entity.get(c.entity, 0) + 1
        named = "; ".join(_change_text(c) for c in items[:SHOWN_CHANGES])
        more = len(items) - SHOWN_CHANGES
        if more > 0:
            named += " " + tr("… og {n} flere").format(n=format_number(more, 0))
        lines.append(f"{verb.format(what=_counts(by_entity))}: {named}")
    unchanged = dict(plan.unchanged_by) or ({"": plan.unchanged} if plan.unchanged else {})
    if unchanged:
        lines.append(tr("{what} uændrede.").format(what=_counts(unchanged)))
    text = "\n".join(lines)
    if plan.conflicts:
        text += "\n" + (tr("1 konflikt: vælg, hvilken version der gælder.") if len(plan.conflicts) == 1 else
                        tr("%1 konflikter: vælg for hver, hvilken version der gælder.").replace(
                            "%1", str(len(plan.conflicts))))
    return text


def _when(text: str) -> str:
    try:
        at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{format_date(at.date())} {at:%H:%M}"


class ConflictView(QWidget):
    """One conflict: the record's fields side by side (mine | theirs), the conflicting field marked, and
    the choice mine/theirs. An edit against a deletion shows the deleted side as deleted, by whom and when."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None, words: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        w = words or file_words()
        self.title = QLabel(f"<b>{conflict.label.get()}</b>")
        who = ""
        if conflict.deleted_by or conflict.deleted_at:
            who = " " + tr("(slettet af %1, %2)").replace("%1", conflict.deleted_by or "?") \
                .replace("%2", _when(conflict.deleted_at) if conflict.deleted_at else "?")
        if conflict.reason == "both-changed":
            reason = w["both-changed"].replace("%1", field_label(conflict.field or ""))
        else:
            reason = {
                "deleted-here": w["deleted-here"],
                "deleted-there": w["deleted-there"],
                "same-date": tr("To forskellige målinger på samme dato."),
                "same-bottom-line": tr("To forskellige vurderinger af samme bundlinje."),
            }[conflict.reason] + who
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([tr("Felt"), w["mine"], w["theirs"]])
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
            mine_text, theirs_text = tr("Behold slettet"), w["use-theirs"]
        elif conflict.theirs is None:
            mine_text, theirs_text = w["keep-mine"], w["delete-as-theirs"]
        elif conflict.field:
            mine_text, theirs_text = w["keep-mine-value"], w["use-theirs-value"]
        else:
            mine_text, theirs_text = w["keep-mine"], w["use-theirs"]
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


def file_words() -> dict[str, str]:
    """How the conflict review names the two sides of an imported exchange file."""
    return {"mine": tr("Databasens version"), "theirs": tr("Filens version"),
            "both-changed": tr("Feltet »%1« er ændret forskelligt i databasen og i filen siden sidste fælles "
                               "version; de øvrige ændringer flettes uden konflikt."),
            "deleted-here": tr("Slettet her, men ændret i filen."),
            "deleted-there": tr("Slettet i filen, men ændret her."),
            "use-theirs": tr("Brug filens version"), "keep-mine": tr("Behold databasens version"),
            "delete-as-theirs": tr("Slet (som i filen)"), "keep-mine-value": tr("Behold databasens værdi"),
            "use-theirs-value": tr("Brug filens værdi"), "all-mine": tr("Databasens version i alle"),
            "all-theirs": tr("Filens version i alle")}


def _parse(text: object) -> dt.date:
    return dt.date.fromisoformat(str(text))


class ImportTrialDialog(QDialog):
    """Import a trial file: shows what will happen and lets the user resolve every conflict."""

    def __init__(self, ws: Workspace, incoming: ExchangeTrial | None, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None, *, plan: MergePlan | None = None,
                 words: dict[str, str] | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.ws, self.incoming = ws, incoming
        self.undo_stack = undo_stack  # the import or merge becomes one undo step on it
        self.result_plan: MergePlan | None = None
        self.job: Job | None = None  # the import or merge running off the GUI thread
        self.title = title or tr("Importér forsøg")
        self.words = words or file_words()
        self.setWindowTitle(self.title)
        self.plan = plan if plan is not None else plan_import(ws, incoming)  # type: ignore[arg-type]
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
                view = ConflictView(conflict, words=self.words)
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
            all_mine = QPushButton(self.words["all-mine"])
            all_theirs = QPushButton(self.words["all-theirs"])
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
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        resize_within_screen(self, 880, 560 if self.plan.conflicts else 200 + 40 * min(len(self.plan.changes), 6))
        self._update()

    def _summary_text(self, plan: MergePlan) -> str:
        return summary_text(plan)

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
        """The import or merge off the GUI thread, under a progress dialog without Annullér: it is one write
        transaction (with the backup before a merge) that starts at once, so it always runs to its end. With
        an undo stack it lands there as one named step: undo puts the trial back exactly as it was before
        (new trial: gone), redo exactly as the merge left it."""
        if self.job is not None and not self.job.over:
            return
        resolutions, title, text = self.resolutions(), self.title, self._progress_text()

        def run() -> MergePlan:
            return self._run_import(resolutions)

        def succeeded(plan: MergePlan) -> None:
            self.result_plan = plan
            QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, MergeConflicts):
                QMessageBox.warning(self, title,
                                    tr("Valgene eller en ændring i databasen giver nye konflikter (fx to målinger på "
                                       "samme dato). Intet er ændret; åbn filen igen."))
            elif isinstance(exc, DomainError):
                QMessageBox.warning(self, title, exc.text())
            else:
                raise exc

        self.buttons.setEnabled(False)
        if self.undo_stack is None:
            def work(job: Job) -> MergePlan:
                job.commit_point()
                return run()

            self.job = run_with_progress(self, title, text, work, on_success=succeeded, on_error=failed,
                                         cancellable=False, name="import-trial")
            return
        name, new = self.plan.trial_name, self.plan.new_trial

        def describe(_plan: MergePlan, n: int) -> str:
            if new:
                return tr("Import af forsøget »{name}«").format(name=name)
            return (tr("Sammenfletning af »{name}« (1 ændring)") if n == 1 else
                    tr("Sammenfletning af »{name}« ({n} ændringer)")).format(name=name, n=n)

        command = cmd.TrialStateCommand(self.ws, describe(self.plan, 0), self.plan.trial_id, run, describe=describe)
        self.job = cmd.execute_in_background(self.undo_stack, command, self, title=title, text=text,
                                             on_success=succeeded, on_error=failed, cancellable=False,
                                             started=lambda job: job.commit_point(), name="import-trial")

    def _progress_text(self) -> str:
        """What the progress dialog says while the import or merge is written."""
        return (tr("Importerer forsøget »{name}« …") if self.plan.new_trial else
                tr("Fletter forsøget »{name}« ind i databasen …")).format(name=self.plan.trial_name)

    def _run_import(self, resolutions: dict[str, Choice]) -> MergePlan:
        """The import or merge itself (in the worker thread); a sync's review replaces it."""
        assert self.incoming is not None
        return import_trial(self.ws, self.incoming, resolutions=resolutions)

    def reject(self) -> None:
        if self.job is not None and not self.job.over:
            return  # the import is being written: it runs to its end
        super().reject()


def _raise(exc: BaseException) -> None:
    raise exc


def import_trial_dialog(parent: QWidget | None, ws: Workspace, path: str | Path | None = None,
                        undo_stack: QUndoStack | None = None) -> MergePlan | None:
    """Ask for a file (unless ``path`` is given), show what the import does, resolve conflicts, import."""
    if path is None:
        chosen, _ = file_dialogs.open_file_name(parent, tr("Importér forsøg"), str(Path.home()),
                                                tr("Effektmåling-forsøg (*.json);;Alle filer (*)"),
                                                purpose="import")
        if not chosen:
            return None
        path = chosen
    title = tr("Importér forsøg")

    def read(job: Job) -> tuple[ExchangeTrial, MergePlan]:  # reading and planning off the GUI thread
        job.report(0, 0, tr("Læser filen …"))
        incoming = read_exchange_file(path)
        job.report(0, 0, tr("Sammenligner filen med databasen …"))
        return incoming, plan_import(ws, incoming)

    got: list[tuple[ExchangeTrial, MergePlan]] = []
    refused: list[BaseException] = []
    wait_for(run_with_progress(parent, title, tr("Læser filen …"), read, on_success=got.append,
                               on_error=refused.append, name="read-exchange"))
    if refused:
        exc = refused[0]
        if isinstance(exc, IdCollision):
            answer = QMessageBox.question(parent, title,
                                          exc.text() + "\n\n" + tr("Importér filen som et nyt forsøg med nye id'er?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            def copy(job: Job) -> MergePlan:  # one write transaction that starts at once: no Annullér
                job.commit_point()
                return import_as_copy(ws, read_exchange_file(path))

            copied: list[MergePlan] = []
            wait_for(run_with_progress(parent, title, tr("Importerer filen som et nyt forsøg …"), copy,
                                       on_success=copied.append,
                                       on_error=lambda err: QMessageBox.warning(parent, title, err.text())
                                       if isinstance(err, DomainError) else _raise(err),
                                       cancellable=False, name="import-copy"))
            if not copied:
                return None
            QMessageBox.information(parent, title, describe(copied[0]).get())
            return copied[0]
        if isinstance(exc, DomainError):
            QMessageBox.warning(parent, title, exc.text())
            return None
        raise exc
    if not got:
        return None  # cancelled
    incoming, plan = got[0]
    dialog = ImportTrialDialog(ws, incoming, parent, undo_stack, plan=plan)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if parent is not None and dialog.result_plan is not None:
        QMessageBox.information(parent, tr("Importér forsøg"), describe(dialog.result_plan, limit=15).get())
    return dialog.result_plan


__all__ = ["ConflictView", "ImportTrialDialog", "export_trial_dialog", "file_words", "import_trial_dialog"]
