"""Trial details: every field of a trial, its theory of change as formatted text, milestones and the
qualitative assessment of each bottom line. Each field is stored when you leave it (one undoable step)."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextListFormat,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import Milestone, Trial
from ..domain.enums import BottomLine, TrialStatus, Verdict
from ..domain.errors import DomainError, EditConflictError
from ..domain.formatting import format_date
from ..domain.labels import label
from ..domain.privacy import PRIVACY_NOTE
from ..domain.validation import field_label
from ..services import Workspace
from ..services.workspace import Change
from . import commands as cmd
from .hub import Hub
from .icons import status_icon
from .indicator_editor import combo_member, enum_combo
from .widgets import ComboBox, DateEdit, FieldError, form_block, heading, muted


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context



def _show(w: QWidget, value: Any) -> None:
    """Put a stored value in the field that edits it."""
    if isinstance(w, QComboBox):
        w.setCurrentIndex(max(0, w.findData(getattr(value, "value", value))))
    elif isinstance(w, DateEdit):
        w.set_date(value)
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, RichTextEdit):
        w.set_markdown(value)
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    else:
        w.setText(value or "")  # type: ignore[attr-defined]

class CommitPlainTextEdit(QPlainTextEdit):
    committed = Signal()

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().height() * lines + 14)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class RichTextEdit(QWidget):
    """Formatted text (stored as Markdown) with a small toolbar: heading, bold, italic, bullet list."""

    committed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.edit = _FocusTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAcceptRichText(False)
        self.edit.setMinimumHeight(self.fontMetrics().height() * 12)
        self.edit.committed.connect(self.committed)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, name, keys, slot in (("heading", tr("Overskrift"), tr("Overskrift"), "Ctrl+Alt+2", self._heading),
                                            ("bold", "B", tr("Fed"), "Ctrl+B", self._bold),
                                            ("italic", "I", tr("Kursiv"), "Ctrl+I", self._italic),
                                            ("bullets", "•", tr("Punktliste"), "Ctrl+Shift+L", self._bullets)):
            sequence = QKeySequence(keys)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            b = QToolButton()
            b.setObjectName(f"format_{key}")
            b.setText(text)
            b.setToolTip(f"{name} ({shown})")
            b.setAccessibleName(name)
            b.setAccessibleDescription(tr("Genvej: {keys}").format(keys=shown))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab; a click leaves focus in the text
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b
            action = QAction(name, self.edit)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.edit.addAction(action)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.edit)
        self._loaded = ""

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_markdown(self, text: str) -> None:
        self.edit.setMarkdown(text or "")
        self._loaded = self.edit.toMarkdown()

    def markdown(self) -> str:
        return self.edit.toMarkdown().strip()

    def is_modified(self) -> bool:
        return self.edit.toMarkdown() != self._loaded

    def _bold(self) -> None:
        f = QTextCharFormat()
        f.setFontWeight(QFont.Weight.Normal if self.edit.fontWeight() > QFont.Weight.Normal else QFont.Weight.Bold)
        self.edit.mergeCurrentCharFormat(f)
        self.committed.emit()

    def _italic(self) -> None:
        self.edit.setFontItalic(not self.edit.fontItalic())
        self.committed.emit()

    def _bullets(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None:  # a second press ends the list
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.committed.emit()

    def has_focus(self) -> bool:
        return self.edit.hasFocus() or any(b.hasFocus() for b in self.buttons.values())

    def _heading(self) -> None:
        cursor = self.edit.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        f = QTextCharFormat()
        f.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if block.headingLevel() else 0)
        f.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(f)
        self.committed.emit()


class _FocusTextEdit(QTextEdit):
    committed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        # Enter at the end of a heading starts an ordinary paragraph, as in a word processor.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            cursor = self.textCursor()
            if cursor.blockFormat().headingLevel() and cursor.atBlockEnd():
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class MilestoneDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, milestone: Milestone | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneDialog")
        self.setWindowTitle(tr("Ny milepæl") if milestone is None else tr("Redigér milepæl"))
        self.date = DateEdit(required=True)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("fx Teams etableret"))
        self.phase = QCheckBox(tr("Ny praksis (faseskift)"))
        self.phase.setObjectName("milestonePhase")
        self.phase.setToolTip(tr("Markér milepælen som starten på en ny praksis: seriediagrammets og kontroldiagrammets "
                                 "midterlinje og kontrolgrænser beregnes forfra fra denne dato (fra fasens første 12 "
                                 "målinger), og signaler vurderes mod fasens egne grænser."))
        self.error = FieldError()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)  # room for a whole message
        form = QFormLayout(self)
        form.addRow(field_label("date") + ":", self.date)
        form.addRow(field_label("text") + ":", self.text)
        form.addRow("", self.phase)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if milestone:
            self.date.set_date(milestone.date)
            self.text.setText(milestone.text)
            self.phase.setChecked(milestone.phase_change)

    def values(self) -> tuple[dt.date | None, str]:
        return self.date.date(), self.text.text().strip()

    def phase_change(self) -> bool:
        return self.phase.isChecked()

    def accept(self) -> None:
        try:
            date, text = self.values()
        except DomainError as exc:
            self._show_error(exc.text())
            return
        if date is None:
            self._show_error(tr("Dato: skal udfyldes"))
            return
        if not text:
            self._show_error(tr("Tekst: skal udfyldes"))
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        """The whole message, wrapped: the dialog grows to show it (it was cut off mid-sentence)."""
        self.error.show_error(message)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class NewTrialDialog(QDialog):
    """The few fields a new trial needs; the rest is filled in under the trial's details."""

    def __init__(self, ws: Workspace, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.stack = ws, stack
        self.trial: Trial | None = None
        self.setObjectName("newTrialDialog")
        self.setWindowTitle(tr("Nyt forsøg"))
        self.name = QLineEdit()
        self.name.setObjectName("field_name")
        self.name.setPlaceholderText(tr("fx FriNoVa"))
        self.unit = QLineEdit()
        self.unit.setObjectName("field_unit")
        self.start = DateEdit(required=True, field="start_date")
        self.start.setObjectName("field_start_date")
        self.start.set_date(dt.date.today().replace(day=1))
        for w, key in ((self.name, "name"), (self.unit, "unit"), (self.start, "start_date")):
            w.setAccessibleName(field_label(key))
        self.errors = {k: FieldError() for k in ("name", "unit", "start_date")}
        form = QFormLayout(self)
        form.addRow(field_label("name") + ":", form_block(self.name, self.errors["name"]))
        form.addRow(field_label("unit") + ":", form_block(self.unit, self.errors["unit"]))
        form.addRow(field_label("start_date") + ":", form_block(self.start, self.errors["start_date"]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Opret forsøg"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        for e in self.errors.values():
            e.show_error(None)
        try:
            start = self.start.date()
            values = {"name": self.name.text(), "unit": self.unit.text(), "start_date": start}
            self.trial = cmd.execute(self.stack, cmd.CreateTrial(
                self.ws, tr("Opret forsøg »{name}«").format(name=self.name.text().strip()), values))
        except DomainError as exc:
            self.errors.get(exc.field or "name", self.errors["name"]).show_error(exc.text())
            return
        super().accept()


VERDICT_CHOICES: list[Verdict | None] = [None, Verdict.PLUS, Verdict.NEUTRAL, Verdict.MINUS]


class AssessmentBox(QGroupBox):
    """The team's qualitative assessment of one bottom line: verdict, justification, evidence."""

    def __init__(self, line: BottomLine, on_commit: Any) -> None:
        super().__init__(label(line))
        self.line = line
        self.verdict = ComboBox()
        for v in VERDICT_CHOICES:
            self.verdict.addItem(status_icon(v.value if v else None), label(v) if v else tr("Ikke vurderet"), v)
        self.verdict.setAccessibleName(tr("Vurdering af {line}").format(line=label(line)))
        self.justification = CommitPlainTextEdit(3)
        self.justification.setPlaceholderText(tr("Begrundelse: hvad viser erfaringerne?"))
        self.justification.setAccessibleName(tr("{field} for {line}").format(field=field_label("justification"),
                                                                           line=label(line)))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(tr("Dokumentation: fx interviews, referater, evalueringer"))
        self.evidence.setAccessibleName(tr("{field} for {line}").format(field=field_label("evidence"),
                                                                      line=label(line)))
        self.setAccessibleName(tr("Vurdering af {line}").format(line=label(line)))
        self.error = FieldError()
        form = QFormLayout(self)
        form.addRow(field_label("verdict") + ":", self.verdict)
        form.addRow(field_label("justification") + ":", self.justification)
        form.addRow(field_label("evidence") + ":", self.evidence)
        form.addRow(self.error)
        self.verdict.activated.connect(lambda _i: on_commit(self))
        self.justification.committed.connect(lambda: on_commit(self))
        self.evidence.editingFinished.connect(lambda: on_commit(self))

    based_version = 0  # the version of the assessment shown, which an edit is based on (0: none shown)

    def load(self, assessment: Any) -> None:
        if not (self.justification.hasFocus() or self.evidence.hasFocus()):  # an edit under way keeps its base
            self.based_version = int(getattr(assessment, "row_version", 0) or 0) if assessment else 0
        v = assessment.verdict if assessment else None
        self.verdict.setCurrentIndex(VERDICT_CHOICES.index(v))
        if not self.justification.hasFocus():
            self.justification.setPlainText(assessment.justification if assessment else "")
        if not self.evidence.hasFocus():
            self.evidence.setText(assessment.evidence if assessment else "")


class TrialDetails(QScrollArea):
    """The details page of one trial."""

    def __init__(self, ws: Workspace, hub: Hub, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.stack = ws, stack
        self.trial: Trial | None = None
        self.setObjectName("trialDetails")
        self.setAccessibleName(tr("Forsøgets detaljer"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        self.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(12)
        self.title = heading("")
        self.subtitle = muted()
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)

        # fields
        self.inputs: dict[str, QWidget] = {
            "name": QLineEdit(), "unit": QLineEdit(), "contact_person": QLineEdit(),
            "status": enum_combo(TrialStatus), "start_date": DateEdit(required=True, field="start_date"),
            "end_date": DateEdit(field="end_date"), "purpose": CommitPlainTextEdit(3),
            "target_group": CommitPlainTextEdit(2), "theory_of_change": RichTextEdit(),
            "is_demo": QCheckBox(tr("Tallene er illustrative (demodata), ikke rigtige data")),
        }
        self.errors = {k: FieldError() for k in self.inputs}
        self.refused_fields: set[str] = set()  # fields whose typed text was refused (kept, not reloaded)
        # what each field's shown value is based on: (value, row version), so that an edit typed while
        # another user's change came in is checked against the version the user saw
        self._base: dict[str, tuple[Any, int | None]] = {}
        for name, w in self.inputs.items():
            w.setObjectName(f"field_{name}")
            w.setAccessibleName(field_label(name) if name != "is_demo" else tr("Demodata"))
            if name in ("purpose", "target_group", "theory_of_change"):
                w.setToolTip(PRIVACY_NOTE.get())
        box = QGroupBox(tr("Forsøget"))
        grid = QGridLayout(box)
        left, right = QFormLayout(), QFormLayout()
        for form, names in ((left, ["name", "unit", "contact_person", "status"]),
                            (right, ["start_date", "end_date", "target_group"])):
            for n in names:
                lab = QLabel(field_label(n) + ":")
                lab.setBuddy(self.inputs[n])
                form.addRow(lab, form_block(self.inputs[n], self.errors[n]))
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        purpose_form = QFormLayout()
        lab = QLabel(field_label("purpose") + ":")
        lab.setBuddy(self.inputs["purpose"])
        purpose_form.addRow(lab, form_block(self.inputs["purpose"], self.errors["purpose"]))
        purpose_form.addRow("", self.inputs["is_demo"])
        grid.addLayout(purpose_form, 1, 0, 1, 2)
        self._form_grid = (grid, right, purpose_form)
        self._one_column = False
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(box)

        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.toggle_archived)
        row = QHBoxLayout()
        self.archived_label = muted()
        row.addWidget(self.archived_label, 1)
        row.addWidget(self.archive_button)
        outer.addLayout(row)

        toc = QGroupBox(field_label("theory_of_change"))
        toc_layout = QVBoxLayout(toc)
        toc_layout.addWidget(muted(tr("Problem, aktiviteter og den forventede forandring. "
                                      "Teksten kommer med i effektrapporten.")))
        toc_layout.addWidget(self.inputs["theory_of_change"])
        toc_layout.addWidget(self.errors["theory_of_change"])
        outer.addWidget(toc)

        # milestones
        ms_box = QGroupBox(tr("Milepæle"))
        ms_layout = QVBoxLayout(ms_box)
        self.milestones = QTableWidget(0, 2)
        self.milestones.setObjectName("milestoneTable")
        self.milestones.setHorizontalHeaderLabels([field_label("date"), field_label("text")])
        self.milestones.horizontalHeader().setStretchLastSection(True)
        self.milestones.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.milestones.verticalHeader().hide()
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setMinimumHeight(self.fontMetrics().height() * 7)
        self.milestones.setTabKeyNavigation(False)
        self.milestones.doubleClicked.connect(lambda _i: self.edit_milestone())
        buttons = QHBoxLayout()
        for text, slot, name in ((tr("Tilføj milepæl …"), self.add_milestone, "addMilestone"),
                                 (tr("Redigér …"), self.edit_milestone, "editMilestone"),
                                 (tr("Fjern"), self.remove_milestone, "removeMilestone")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        ms_layout.addWidget(muted(tr("Milepælene vises som lodrette markeringer i graferne.")))
        ms_layout.addWidget(self.milestones)
        ms_layout.addLayout(buttons)
        outer.addWidget(ms_box)

        # assessments
        as_box = QGroupBox(tr("Kvalitativ vurdering af de fem bundlinjer"))
        as_layout = QGridLayout(as_box)
        as_layout.addWidget(muted(tr("Teamets egen vurdering står ved siden af den beregnede i oversigten.")),
                            0, 0, 1, 2)
        self.assessment_boxes: dict[BottomLine, AssessmentBox] = {}
        for i, line in enumerate(BottomLine):
            b = AssessmentBox(line, self._commit_assessment)
            b.setObjectName(f"assessment_{line.value}")
            self.assessment_boxes[line] = b
            as_layout.addWidget(b, 1 + i // 2, i % 2)
        self._assessment_grid = as_layout
        outer.addWidget(as_box)
        outer.addStretch(1)

        self._connect_fields()
        hub.changed.connect(self._on_change)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not hasattr(self, "_form_grid"):  # a resize while the page is being built
            return
        # a narrow page (200 % scaling) puts the two columns of fields under each other
        one = self.viewport().width() < self.fontMetrics().averageCharWidth() * 120
        if one != self._one_column:
            grid, right, purpose = self._form_grid
            grid.removeItem(right)
            grid.removeItem(purpose)
            grid.addLayout(right, 1 if one else 0, 0 if one else 1)
            grid.addLayout(purpose, 2 if one else 1, 0, 1, 1 if one else 2)
            grid.setColumnStretch(1, 0 if one else 1)
            for i, box in enumerate(self.assessment_boxes.values()):
                self._assessment_grid.removeWidget(box)
                self._assessment_grid.addWidget(box, 1 + (i if one else i // 2), 0 if one else i % 2)
            self._one_column = one

    # --- loading --------------------------------------------------------------------------------

    def set_trial(self, trial_id: uuid.UUID | None) -> None:
        self.trial = self.ws.trial(trial_id) if trial_id else None
        for e in self.errors.values():
            e.show_error(None)
        self._load(force=True)

    def _load(self, force: bool = False) -> None:
        t = self.trial
        if t is None:
            return
        self.title.setText(t.name)
        self.setAccessibleName(tr("Forsøgets detaljer: {name}").format(name=t.name))
        self.subtitle.setText(tr("Oprettet {created} · sidst ændret {updated}").format(
            created=format_date(t.created_at.date() if t.created_at else None),
            updated=format_date(t.updated_at.date() if t.updated_at else None)))
        if force:
            self.refused_fields = set()
            self._base = {}
        for name, w in self.inputs.items():
            if not force and (w.hasFocus() or (isinstance(w, RichTextEdit) and w.has_focus())):
                continue
            if name in self.refused_fields:
                continue  # a refused edit stays as typed, with its reason, until it is corrected
            value = getattr(t, name)
            self._base[name] = (value, getattr(t, "row_version", None))
            _show(w, value)
        self.archived_label.setText(tr("Forsøget er arkiveret: det vises nedtonet og kan genåbnes.")
                                    if t.archived else tr("Arkivér forsøget, når det er afsluttet og afrapporteret."))
        self.archive_button.setText(tr("Genåbn forsøg") if t.archived else tr("Arkivér forsøg"))
        self._load_milestones()
        by_line = {a.bottom_line: a for a in self.ws.assessments(t.id)}
        for line, b in self.assessment_boxes.items():
            b.load(by_line.get(line))

    def _load_milestones(self) -> None:
        assert self.trial is not None
        self._milestones = self.ws.milestones(self.trial.id)
        self.milestones.setRowCount(len(self._milestones))
        for r, m in enumerate(self._milestones):
            self.milestones.setItem(r, 0, QTableWidgetItem(format_date(m.date)))
            self.milestones.setItem(r, 1, QTableWidgetItem(
                tr("{text} (ny praksis)").format(text=m.text) if m.phase_change else m.text))

    def _on_change(self, change: Change) -> None:
        if self.trial is None or change.trial_id != self.trial.id:
            return
        if change.entity == "trial" and change.action == "delete":
            self.trial = None
            return
        try:
            self.trial = self.ws.trial(self.trial.id)
        except DomainError:
            self.trial = None
            return
        self._load()

    # --- storing --------------------------------------------------------------------------------

    def _connect_fields(self) -> None:
        for name, w in self.inputs.items():
            if isinstance(w, QComboBox):
                w.activated.connect(lambda _i, n=name: self.commit(n))
            elif isinstance(w, QCheckBox):
                w.toggled.connect(lambda _c, n=name: self.commit(n))
            elif isinstance(w, RichTextEdit | CommitPlainTextEdit):
                w.committed.connect(lambda n=name: self.commit(n))
            else:
                w.editingFinished.connect(lambda n=name: self.commit(n))

    def field_value(self, name: str) -> Any:
        w = self.inputs[name]
        if isinstance(w, QComboBox):
            return combo_member(w)
        if isinstance(w, DateEdit):
            return w.date()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, RichTextEdit):
            return w.markdown() if w.is_modified() else self.trial.theory_of_change  # type: ignore[union-attr]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()

    def commit(self, name: str) -> bool:
        """Store one field if it changed; show the reason beside it if it is refused. The edit is based on
        the version the field was shown from: when another user has changed the same field since, both
        values are shown and the user chooses (what was typed stays in the field until then)."""
        if self.trial is None:
            return False
        based_value, based_version = self._base.get(name, (getattr(self.trial, name),
                                                           getattr(self.trial, "row_version", None)))
        try:
            value = self.field_value(name)
            if value == getattr(self.trial, name):
                self.refused_fields.discard(name)
                self.errors[name].show_error(None)
                return True
            moves = self._baselines_to_move(value) if name == "start_date" else []
            self._store(name, value, based_value, based_version, moves)
        except EditConflictError as exc:
            self.errors[name].show_error(tr("{who} har ændret feltet imens; vælg, hvilken værdi der skal gælde.")
                                         .format(who=exc.by or tr("En anden bruger")))
            self.refused_fields.add(name)
            self._ask_about_conflict(exc, name)
            return False
        except DomainError as exc:
            self.errors.get(exc.field or name, self.errors[name]).show_error(exc.text())
            self.refused_fields.add(name)
            return False
        self._stored(name)
        if name == "start_date":
            self._warn_about_baselines(value)
        return True

    def _baselines_to_move(self, start: dt.date | None) -> list[Any]:
        """The indicators whose explicit baseline end was the day before the old start date, when the user
        agrees to move them to the day before the new one (asked with the list; Yes is the default)."""
        if self.trial is None or start is None or self.trial.start_date is None:
            return []
        old_end = self.trial.start_date - dt.timedelta(days=1)
        following = [i for i in self.ws.indicators(self.trial.id) if i.baseline_end_date == old_end]
        if not following:
            return []
        new_end = start - dt.timedelta(days=1)
        names = "\n".join(self._baseline_move_line(i, old_end, new_end) for i in following)
        answer = QMessageBox.question(
            self, tr("Flyt baselinens slutdato?"),
            tr("Disse indikatorer har baseline til og med {old}, dagen før den hidtidige startdato:\n\n{names}\n\n"
               "Skal deres baseline i stedet gå til og med {new}, dagen før den nye startdato?").format(
                old=format_date(old_end), names=names, new=format_date(new_end)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return following if answer == QMessageBox.StandardButton.Yes else []

    def _baseline_move_line(self, ind: Any, old_end: dt.date, new_end: dt.date) -> str:
        """One indicator in the question: the measurements that would move into its baseline, and whether its
        typed baseline then stops being used (it is used only while no measurement is in the baseline)."""
        line = f"• {ind.name}"
        if new_end <= old_end:
            return line
        dates = [m.date for m in self.ws.measurements(ind.id)]
        moving = sorted(d for d in dates if old_end < d <= new_end)
        if not moving:
            return line
        shown = ", ".join(format_date(d) for d in moving[:3]) + (" …" if len(moving) > 3 else "")
        line += " – " + (tr("målingen {dates} kommer med i baselinen") if len(moving) == 1 else
                         tr("{n} målinger ({dates}) kommer med i baselinen")).format(n=len(moving), dates=shown)
        if ind.baseline_value is not None and not any(d <= old_end for d in dates):
            line += tr(", så den indtastede baseline ikke længere bruges")
        return line

    def _warn_about_baselines(self, start: dt.date | None) -> None:
        """Indicators whose explicit baseline end is not the day before the (new) start date are named: their
        baseline does not follow the start (the baseline may then hold measurements after the start, or
        leave a gap before it)."""
        if self.trial is None or start is None:
            return
        day_before = start - dt.timedelta(days=1)
        apart = [i for i in self.ws.indicators(self.trial.id)
                 if i.baseline_end_date is not None and i.baseline_end_date != day_before]
        if apart:
            upto = tr("baseline til og med")
            QMessageBox.warning(
                self, tr("Baseline følger ikke startdatoen"),
                tr("Startdatoen er nu {start}. Disse indikatorer har en baseline, der ikke slutter dagen før:\n\n"
                   "{names}\n\nRet »Baseline til og med« under Redigér indikator, hvis den skal følge "
                   "startdatoen.").format(
                    start=format_date(start),
                    names="\n".join(f"• {i.name}: {upto} {format_date(i.baseline_end_date)}"
                                     for i in apart)))

    def _store(self, name: str, value: Any, based_value: Any, based_version: int | None,
               moves: list[Any] | None = None) -> None:
        """One undoable update of the field based on ``based_version``; saved on the newer version without
        asking when the other user changed other fields only. Raises EditConflictError otherwise.
        ``moves``: indicators whose baseline end moves with a new start date, in the same undo step."""
        from .conflict_dialog import only_other_fields_changed

        assert self.trial is not None
        version = based_version
        for attempt in range(3):
            try:
                text = tr("Ret {field}").format(field=field_label(name).lower())
                step: cmd.ServiceCommand = cmd.UpdateTrial(self.ws, text, self.trial.id, {name: value},
                                                           expected_version=version)
                if moves:
                    new_end = value - dt.timedelta(days=1)
                    step = cmd.Together(self.ws, tr("Ret startdato og baseline for {n} indikator(er)").format(
                        n=len(moves)), [step] + [cmd.UpdateIndicator(
                            self.ws, text, i.id, {"baseline_end_date": new_end},
                            expected_version=getattr(i, "row_version", None)) for i in moves],
                        trial_id=self.trial.id)
                cmd.execute(self.stack, step)
                return
            except EditConflictError as exc:
                if attempt == 2 or not only_other_fields_changed(exc, {name: based_value}):
                    raise
                version = exc.version

    def _stored(self, name: str) -> None:
        self.refused_fields.discard(name)
        self.errors[name].show_error(None)
        if self.trial is not None:
            with contextlib.suppress(DomainError):
                self.trial = self.ws.trial(self.trial.id)
                self._base[name] = (getattr(self.trial, name), getattr(self.trial, "row_version", None))

    def _ask_about_conflict(self, exc: EditConflictError, name: str) -> None:
        from .conflict_dialog import KEEP_MINE, KEEP_THEIRS, ask_about_conflict

        trial_id = self.trial.id if self.trial is not None else None

        def decide(choice: str | None) -> None:
            if self.trial is None or self.trial.id != trial_id or name not in self.refused_fields:
                return
            if choice == KEEP_THEIRS:
                self.refused_fields.discard(name)
                self.errors[name].show_error(None)
                self.trial = self.ws.trial(self.trial.id)
                self._base.pop(name, None)
                self._load()
                self._load_field(name)
            elif choice == KEEP_MINE:
                try:
                    self._store(name, self.field_value(name), exc.theirs.get(name), exc.version)
                except EditConflictError as again:
                    self._ask_about_conflict(again, name)
                    return
                except DomainError as error:
                    self.errors[name].show_error(error.text())
                    return
                self._stored(name)

        self.conflict_dialog = ask_about_conflict(
            self, exc, tr("forsøget »{name}«").format(name=self.trial.name if self.trial else ""), decide)

    def _load_field(self, name: str) -> None:
        """Show the stored value of one field (after the user chose to keep the other user's)."""
        if self.trial is None:
            return
        value = getattr(self.trial, name)
        self._base[name] = (value, getattr(self.trial, "row_version", None))
        _show(self.inputs[name], value)

    def toggle_archived(self) -> None:
        if self.trial is None:
            return
        archived = not self.trial.archived
        cmd.execute(self.stack, cmd.UpdateTrial(
            self.ws, tr("Arkivér forsøg") if archived else tr("Genåbn forsøg"), self.trial.id, {"archived": archived}))

    def _commit_assessment(self, box: AssessmentBox) -> None:
        if self.trial is None:
            return
        verdict = box.verdict.currentData()
        current = next((a for a in self.ws.assessments(self.trial.id) if a.bottom_line == box.line), None)
        just, ev = box.justification.toPlainText().strip(), box.evidence.text().strip()
        if current is None and verdict is None:
            if just or ev:
                box.error.show_error(tr("Vælg en vurdering, før begrundelsen kan gemmes."))
            return
        if current is not None and verdict == current.verdict and just == current.justification \
                and ev == current.evidence:
            return
        self._store_assessment(box, verdict, just, ev, box.based_version)

    def _store_assessment(self, box: AssessmentBox, verdict: Any, just: str, ev: str, version: int | None) -> None:
        """One undoable step, based on the version of the assessment shown; someone else's newer assessment is
        shown beside the user's with a choice."""
        assert self.trial is not None
        trial_id = self.trial.id
        try:
            cmd.execute(self.stack, cmd.SetAssessment(
                self.ws, tr("Vurdering af {line}").format(line=label(box.line).lower()), trial_id, box.line,
                verdict, just, ev, expected_version=version))
        except EditConflictError as exc:
            from .conflict_dialog import KEEP_MINE, KEEP_THEIRS, ask_about_conflict

            conflict = exc
            box.error.show_error(exc.text())

            def decide(choice: str | None) -> None:
                if self.trial is None or self.trial.id != trial_id:
                    return
                if choice == KEEP_MINE:
                    self._store_assessment(box, verdict, just, ev, conflict.version)
                elif choice == KEEP_THEIRS:
                    box.error.show_error(None)
                    box.justification.clearFocus()
                    box.evidence.clearFocus()
                    box.load(next((a for a in self.ws.assessments(trial_id) if a.bottom_line == box.line), None))

            self.conflict_dialog = ask_about_conflict(
                self, conflict, tr("vurderingen af {line}").format(line=label(box.line).lower()), decide)
            return
        except DomainError as exc:
            box.error.show_error(exc.text())
            return
        box.error.show_error(None)
        stored = next((a for a in self.ws.assessments(trial_id) if a.bottom_line == box.line), None)
        box.based_version = int(stored.row_version) if stored is not None else 0

    # --- milestones -----------------------------------------------------------------------------

    def _selected_milestone(self) -> Milestone | None:
        row = self.milestones.currentRow()
        return self._milestones[row] if 0 <= row < len(self._milestones) else None

    def add_milestone(self) -> None:
        self._milestone_dialog(None)

    def edit_milestone(self) -> None:
        m = self._selected_milestone()
        if m is not None:
            self._milestone_dialog(m)

    def _milestone_dialog(self, m: Milestone | None) -> MilestoneDialog:
        dialog = MilestoneDialog(self, m)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or self.trial is None:
                return
            date, text = dialog.values()
            try:
                if m is None:
                    cmd.execute(self.stack, cmd.AddMilestone(self.ws, tr("Tilføj milepæl"), self.trial.id, date, text,
                                                             dialog.phase_change()))
                else:
                    self._update_milestone(m, {"date": date, "text": text, "phase_change": dialog.phase_change()},
                                           getattr(m, "row_version", None))
            except DomainError as exc:
                from .errors import show_domain_error
                show_domain_error(self, exc)
        dialog.finished.connect(done)
        dialog.open()
        self._last_dialog = dialog
        return dialog

    def _update_milestone(self, m: Milestone, changes: dict[str, Any], version: int | None) -> None:
        """Save the milestone's edit based on the version shown; a newer one by someone else: both and a choice."""
        try:
            cmd.execute(self.stack, cmd.UpdateMilestone(self.ws, tr("Ret milepæl"), m.id, changes,
                                                        expected_version=version))
        except EditConflictError as exc:
            from .conflict_dialog import KEEP_MINE, ask_about_conflict

            conflict = exc

            def decide(choice: str | None) -> None:
                if choice == KEEP_MINE:
                    try:
                        self._update_milestone(m, changes, conflict.version)
                    except DomainError as error:
                        from .errors import show_domain_error
                        show_domain_error(self, error)

            self.conflict_dialog = ask_about_conflict(
                self, conflict, tr("milepælen »{text}«").format(text=m.text), decide)

    def remove_milestone(self) -> None:
        m = self._selected_milestone()
        if m is None:
            return
        try:
            cmd.execute(self.stack, cmd.DeleteMilestone(self.ws, tr("Fjern milepæl »{text}«").format(text=m.text), m.id,
                                                        seen=m))
        except DomainError as exc:  # changed by someone else since it was shown (both values), or gone
            from .errors import show_domain_error
            show_domain_error(self, exc)
