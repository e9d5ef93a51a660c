"""The indicator editor: every field of an indicator, grouped, with inline validation next to each field."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import fields
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import Indicator
from ..domain.enums import (
    BottomLine,
    CurrentPeriod,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
)
from ..domain.errors import DomainError, EditConflictError
from ..domain.labels import label
from ..domain.validation import field_label, validate_indicator
from ..services import Workspace
from ..services.workspace import clone
from . import commands as cmd
from .widgets import (
    ComboBox,
    DateEdit,
    FieldError,
    NumberEdit,
    SpinBox,
    form_block,
    muted,
    resize_within_screen,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


EDITABLE = [f.name for f in fields(Indicator) if f.name not in
            ("id", "trial_id", "created_at", "updated_at", "display_order")]


def enum_combo(cls: type[Enum]) -> QComboBox:
    """A combo box of an enumeration's members. Its item data are the members' values (Qt hands a StrEnum
    member back as a plain string); :func:`combo_member` reads the member."""
    box = ComboBox()
    box.setProperty("enum", cls.__name__)
    for member in cls:  # type: ignore[attr-defined]
        box.addItem(label(member), member.value)
    ENUMS[cls.__name__] = cls
    return box


ENUMS: dict[str, type[Enum]] = {}


def combo_member(box: QComboBox) -> Any:
    """The enumeration member chosen in a box made by :func:`enum_combo`."""
    data = box.currentData()
    cls = ENUMS.get(str(box.property("enum")))
    return cls(data) if cls is not None and data is not None else data


_ENDINGS = ("erne", "ene", "et", "er", "en", "e", "r", "s")


def _theme_stems(text: str) -> set[str]:
    """The theme in lower case and with each Danish ending taken off: two themes with a stem in common are
    the same word (»Indlæggelse« / »Indlæggelser«, »Sygefravær« / »sygefraværet«)."""
    key = " ".join(text.casefold().split())
    return {key} | {key[: -len(e)] for e in _ENDINGS if key.endswith(e) and len(key) - len(e) >= 4}


def similar_theme(text: str, themes: list[str]) -> str | None:
    """The existing theme that ``text`` differs from only by case, spaces or a Danish ending, or None (also
    when ``text`` is that theme exactly)."""
    if not text.strip() or text.strip() in themes:
        return None
    stems = _theme_stems(text)
    return next((t for t in themes if stems & _theme_stems(t)), None)


class IndicatorEditor(QDialog):
    """Create (``indicator=None``) or edit an indicator. On OK the change is one undoable service call."""

    def __init__(self, ws: Workspace, stack: QUndoStack, trial_id: uuid.UUID, indicator: Indicator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.stack, self.trial_id = ws, stack, trial_id
        self.original = indicator
        self.result_indicator: Indicator | None = None
        self.setObjectName("indicatorEditor")
        self.setWindowTitle(tr("Ny indikator") if indicator is None else tr("Redigér indikator"))
        self.touched: set[str] = set()
        self.typing: set[str] = set()  # date fields being typed in: their complaint waits until they are left
        self.errors: dict[str, str] = {}
        self.error_labels: dict[str, FieldError] = {}
        self.inputs: dict[str, QWidget] = {}

        w = self.inputs
        w["name"] = QLineEdit()
        w["theme"] = QLineEdit()
        w["description"] = QPlainTextEdit()
        w["description"].setTabChangesFocus(True)
        w["description"].setFixedHeight(self.fontMetrics().height() * 4 + 12)
        w["bottom_line"] = enum_combo(BottomLine)
        w["kind"] = enum_combo(IndicatorKind)
        w["stakeholder"] = enum_combo(Stakeholder)
        w["measure_type"] = enum_combo(MeasureType)
        w["direction"] = enum_combo(Direction)
        w["frequency"] = enum_combo(Frequency)
        w["unit"] = QLineEdit()
        w["decimals"] = SpinBox()
        w["decimals"].setRange(0, 6)
        w["rate_per"] = NumberEdit(field="rate_per")
        w["valid_min"] = NumberEdit(field="valid_min")
        w["valid_max"] = NumberEdit(field="valid_max")
        w["data_source"] = QLineEdit()
        w["baseline_end_date"] = DateEdit(field="baseline_end_date")
        w["current_period"] = enum_combo(CurrentPeriod)
        w["baseline_value"] = NumberEdit(field="baseline_value")
        w["target_value"] = NumberEdit(field="target_value")
        w["target_date"] = DateEdit(field="target_date")
        for name, widget in w.items():
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(field_label(name))
            self.error_labels[name] = FieldError()
            self.error_labels[name].setObjectName(f"error_{name}")

        w["name"].setPlaceholderText(tr("fx Borgere i uddannelse eller job"))
        w["theme"].setPlaceholderText(tr("valgfrit, fx Recovery"))
        w["theme"].setToolTip(tr("Indikatorer i forskellige forsøg med samme tema sammenlignes i Vis → Sammenlign forsøg"))
        # existing themes are suggested as you type, so that trials use the same words and can be compared
        self.themes = ws.themes()
        self.theme_completer = QCompleter(self.themes, w["theme"])
        self.theme_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.theme_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme_completer.setObjectName("themeCompleter")
        w["theme"].setCompleter(self.theme_completer)
        w["unit"].setPlaceholderText(tr("fx dage, timer, point"))
        w["data_source"].setPlaceholderText(tr("fx Sagssystemet, månedlig udtræk"))
        w["baseline_end_date"].setToolTip(tr("Sidste dag i baselineperioden (medregnet). Tom: dagen før forsøgets start"))
        w["baseline_value"].setToolTip(tr("Bruges kun, når der ikke er målinger i baselineperioden"))
        w["current_period"].setToolTip(tr("Hvilke målinger efter baseline der udgør niveauet nu, som sammenlignes med "
                                          "baselinen"))

        basics_fields = ["name", "description", "theme", "bottom_line", "kind", "stakeholder"]
        measure_fields = ["measure_type", "unit", "decimals", "rate_per", "direction", "frequency", "data_source",
                          "valid_min", "valid_max"]
        target_fields = ["baseline_end_date", "baseline_value", "current_period", "target_value", "target_date"]
        basics = self._group(tr("Indikatoren"), basics_fields)
        measure = self._group(tr("Måling"), measure_fields)
        target = self._group(tr("Baseline og mål"), target_fields)
        target.layout().addRow(muted(tr("Baseline er målingerne til og med datoen ovenfor (tom: før forsøgets "
                                        "start). Niveauet nu er målingerne i den aktuelle periode. Målet er den "
                                        "værdi, forsøget sigter mod.")))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Opret indikator") if indicator is None else tr("Gem ændringer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(basics, 0, 0)
        grid.addWidget(measure, 0, 1, 2, 1)
        grid.addWidget(target, 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        content.setLayout(grid)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None and content.sizeHint().width() + 40 > screen.availableGeometry().width():
            # too narrow for two columns (200 % scaling on a laptop): one column that scrolls vertically
            grid.removeWidget(measure)
            grid.addWidget(measure, 2, 0)
            grid.setColumnStretch(1, 0)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # the fields scroll on a screen too small for them (200 % scaling on a laptop)
        scroll.setObjectName("indicatorEditorFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        # Tab follows the eye (set once all are in this window): down the left column (the indicator, then
        # baseline and target under it), then the measurement column (last in one column on a small screen too)
        order = [w[n] for n in basics_fields + target_fields + measure_fields]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        hint = content.sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        resize_within_screen(self, hint.width() + bar + 2 * layout.contentsMargins().left(),
                             hint.height() + self.buttons.sizeHint().height() + 3 * layout.spacing()
                             + 2 * layout.contentsMargins().top())

        self._load(indicator)
        for name, widget in w.items():
            self._connect(name, widget)
        w["measure_type"].currentIndexChanged.connect(self._measure_type_changed)
        self._measure_type_changed()
        if indicator is not None and ws.measurements(indicator.id):
            w["measure_type"].setEnabled(False)
            w["measure_type"].setToolTip(tr("Måletypen kan ikke ændres, når indikatoren har målinger"))
        self.validate()

    def _group(self, title: str, names: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            lab = QLabel(field_label(name) + ":")
            lab.setBuddy(self.inputs[name])
            if isinstance(self.inputs[name], DateEdit):
                form.addRow(lab, self._beside(self.inputs[name], self.error_labels[name]))
            else:
                form.addRow(lab, form_block(self.inputs[name], self.error_labels[name]))
        return box

    @staticmethod
    def _beside(field: QWidget, error: FieldError) -> QWidget:
        """A (narrow) date field with its complaint in the free space to its right, in room of three lines that
        is kept whether a complaint is shown or not: it takes no room from the fields below (a message pushing
        them down made clicks land in the wrong field). The whole message is also the label's tooltip,
        should it be cut."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 0, Qt.AlignmentFlag.AlignVCenter)
        error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        error.setFixedHeight(max(field.sizeHint().height(), 3 * error.fontMetrics().lineSpacing() + 2))
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        error.setSizePolicy(policy)
        row.addWidget(error, 1)
        return box

    def _connect(self, name: str, widget: QWidget) -> None:
        def changed(*_: Any) -> None:
            self.touched.add(name)
            self.validate()
        if isinstance(widget, DateEdit):
            def typed(*_: Any) -> None:
                self.typing.add(name)
                changed()

            def left() -> None:
                self.typing.discard(name)
                changed()
            widget.textEdited.connect(typed)
            widget.editingFinished.connect(left)
            widget.date_picked.connect(left)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)

    def _measure_type_changed(self) -> None:
        is_rate = combo_member(self.inputs["measure_type"]) is MeasureType.RATE
        self.inputs["rate_per"].setEnabled(is_rate)
        if is_rate and not self.inputs["rate_per"].text():
            self.inputs["rate_per"].set_value(1000)

    # --- values ---------------------------------------------------------------------------------

    def _load(self, ind: Indicator | None) -> None:
        ind = ind or Indicator(trial_id=self.trial_id, name="", bottom_line=BottomLine.SERVICE)
        for name, widget in self.inputs.items():
            value = getattr(ind, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(getattr(value, "value", value))))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, DateEdit):
                widget.set_date(value)
            elif isinstance(widget, NumberEdit):
                widget.set_value(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")
                widget.setCursorPosition(0)  # show the beginning of a long text, not its end

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The typed values and the parse errors by field."""
        out: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, widget in self.inputs.items():
            try:
                if isinstance(widget, QComboBox):
                    out[name] = combo_member(widget)
                elif isinstance(widget, QSpinBox):
                    out[name] = widget.value()
                elif isinstance(widget, DateEdit):
                    out[name] = widget.date()
                elif isinstance(widget, NumberEdit):
                    out[name] = widget.value()
                elif isinstance(widget, QPlainTextEdit):
                    out[name] = widget.toPlainText()
                else:
                    out[name] = widget.text()
            except DomainError as exc:
                errors[name] = exc.text()
        if out.get("rate_per") is None:
            out["rate_per"] = self.original.rate_per if self.original else 1.0
        return out, errors

    def validate(self, show_all: bool = False) -> bool:
        values, errors = self.values()
        if not errors:
            candidate = clone(self.original) if self.original else Indicator(trial_id=self.trial_id, name="",
                                                                               bottom_line=BottomLine.SERVICE)
            for k, v in values.items():
                setattr(candidate, k, v)
            try:
                validate_indicator(candidate)
            except DomainError as exc:
                errors[exc.field or "name"] = exc.text()
        self.errors = errors
        if show_all:
            self.typing.clear()
        # a theme that is nearly an existing one (»Indlæggelse« beside »Indlæggelser«) splits the comparison in
        # two: the existing one is named (a remark, not a refusal)
        near = similar_theme(self.inputs["theme"].text(), self.themes)
        if near is not None and "theme" not in errors:
            self.error_labels["theme"].show_error(tr("Der findes allerede temaet »{theme}«").format(theme=near))
        for name, lab in self.error_labels.items():
            if name == "theme" and near is not None and "theme" not in errors:
                continue
            shown = show_all or (name in self.touched and name not in self.typing)
            lab.show_error(errors.get(name) if shown else None)
            lab.setToolTip(lab.text() if shown and errors.get(name) else "")
        return not errors

    def changes(self) -> dict[str, Any]:
        values, _ = self.values()
        if self.original is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.original, k) != v}

    def accept(self) -> None:
        if not self.validate(show_all=True):
            first = next(n for n in self.inputs if n in self.errors)
            self.inputs[first].setFocus()
            return
        try:
            if self.original is None:
                values, _ = self.values()
                self.result_indicator = cmd.execute(self.stack, cmd.CreateIndicator(
                    self.ws, tr("Opret indikator »{name}«").format(name=values["name"]), self.trial_id, values))
            else:
                changes = self.changes()
                if changes:
                    self._store(changes, getattr(self.original, "row_version", None))
                self.result_indicator = self.ws.indicator(self.original.id)
        except EditConflictError as exc:
            self._ask_about_conflict(exc)
            return
        except DomainError as exc:
            name = exc.field if exc.field in self.inputs else "name"
            self.error_labels[name].show_error(exc.text())
            self.inputs[name].setFocus()
            return
        super().accept()

    # --- two people at once ------------------------------------------------------------------------

    def _store(self, changes: dict[str, Any], version: int | None) -> None:
        """One undoable update based on ``version`` (the indicator as the editor was opened). When another
        user has changed other fields only, it is saved on the newer version; else EditConflictError."""
        from .conflict_dialog import only_other_fields_changed

        assert self.original is not None
        based_on = {k: getattr(self.original, k) for k in changes}
        for attempt in range(3):
            try:
                cmd.execute(self.stack, cmd.UpdateIndicator(
                    self.ws, tr("Ret indikator »{name}«").format(name=self.original.name), self.original.id,
                    changes, expected_version=version))
                return
            except EditConflictError as exc:
                if attempt == 2 or not only_other_fields_changed(exc, based_on):
                    raise
                version = exc.version

    def _ask_about_conflict(self, exc: EditConflictError) -> None:
        """Someone else changed fields the user changed too: both values and a choice. Keeping theirs saves
        the user's other changes; closing the question leaves the editor open with everything typed."""
        from .conflict_dialog import KEEP_MINE, KEEP_THEIRS, ask_about_conflict, same_value

        assert self.original is not None
        original = self.original

        def decide(choice: str | None) -> None:
            if choice not in (KEEP_MINE, KEEP_THEIRS):
                return
            changes = self.changes()
            if choice == KEEP_THEIRS:  # theirs stays in the fields both changed; the rest of mine is saved
                changes = {k: v for k, v in changes.items()
                           if k not in exc.theirs or same_value(exc.theirs[k], getattr(original, k))}
            try:
                if changes:
                    self._store(changes, exc.version)
                self.result_indicator = self.ws.indicator(original.id)
            except EditConflictError as again:
                self.original = self.ws.indicator(original.id)
                self._ask_about_conflict(again)
                return
            except DomainError as error:
                name = error.field if error.field in self.inputs else "name"
                self.error_labels[name].show_error(error.text())
                return
            QDialog.accept(self)

        labels = {k: field_label(k) for k in exc.yours}
        decimals = {k: self.original.decimals for k in ("valid_min", "valid_max")}
        self.conflict_dialog = ask_about_conflict(
            self, exc, tr("indikatoren »{name}«").format(name=self.original.name), decide,
            labels=labels, decimals=decimals)


__all__ = ["EDITABLE", "IndicatorEditor", "Qt"]
