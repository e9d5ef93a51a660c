"""Two people at once: an edit based on a version that someone else has changed meanwhile.

The services refuse such an edit with an :class:`EditConflictError` (nothing saved) that carries both
values, who made the stored version and when. :class:`ConflictDialog` shows them side by side and asks
which should stand: *Behold deres* (the stored value stays) or *Overskriv med min* (the user's value is
saved on top of the stored version, knowingly). Closing the dialog decides nothing: the caller keeps what
was typed (marked) so that it is never lost.

:func:`only_other_fields_changed` lets a caller save without asking when the other person changed other
fields of the same record than the ones the user edited (their change is kept, nothing is overwritten).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import EditConflictError
from ..domain.formatting import format_date, format_number
from ..domain.validation import field_label

KEEP_THEIRS = "theirs"
KEEP_MINE = "mine"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def only_other_fields_changed(exc: EditConflictError, based_on: Mapping[str, Any]) -> bool:
    """Whether the stored version still has, in every field the user edited, the value the user's edit was
    based on: the other person changed other fields, and saving the user's fields overwrites nothing."""
    return all(key in based_on and same_value(exc.theirs.get(key), based_on[key]) for key in exc.yours)


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-12
        except (TypeError, ValueError):
            return False
    return (a if a != "" else None) == (b if b != "" else None)


def show_value(value: Any, decimals: int | None = None) -> str:
    """A stored value as the interface shows it (Danish numbers and dates)."""
    if value is None or value == "":
        return tr("(tom)")
    if isinstance(value, bool):
        return tr("ja") if value else tr("nej")
    if isinstance(value, float | int):
        if decimals is None:
            text = format_number(float(value), 6)
            text = text.rstrip("0").rstrip(",.") if "," in text or "." in text else text
            return text or "0"
        return format_number(float(value), decimals)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(getattr(value, "value", value))


def local_time(at: Any) -> tuple[str, str]:
    """The change log's time (UTC) as the user's local date and time of day ("", "" when unknown)."""
    if not isinstance(at, dt.datetime):
        return "", ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = at.astimezone()
    return format_date(local.date()), f"{local:%H:%M}"


class ConflictDialog(QDialog):
    """Yours and theirs, and a choice. ``choice`` is :data:`KEEP_THEIRS`, :data:`KEEP_MINE` or None (closed
    without choosing)."""

    def __init__(self, exc: EditConflictError, what: str, parent: QWidget | None = None, *,
                 labels: Mapping[str, str] | None = None, decimals: Mapping[str, int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Ændret af en anden"))
        self.exc = exc
        self.choice: str | None = None
        labels = labels or {}
        decimals = decimals or {}
        who = exc.by or tr("en anden bruger")
        date, time = local_time(exc.at)
        lay = QVBoxLayout(self)
        intro = (tr("{who} har ændret {what} den {date} kl. {time}, efter du hentede den. Din ændring er ikke "
                    "gemt endnu.") if date else
                 tr("{who} har ændret {what}, efter du hentede den. Din ændring er ikke gemt endnu."))
        self.intro = QLabel(intro.format(who=who, what=what, date=date, time=time))
        self.intro.setObjectName("conflictIntro")
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().horizontalAdvance("x") * 3)
        grid.addWidget(self._bold(tr("Felt")), 0, 0)
        grid.addWidget(self._bold(tr("Din værdi")), 0, 1)
        grid.addWidget(self._bold(tr("Deres værdi ({who})").format(who=who)), 0, 2)
        self.rows: dict[str, tuple[str, str]] = {}
        for r, (key, mine) in enumerate(exc.yours.items(), start=1):
            theirs = exc.theirs.get(key)
            mine_text, theirs_text = show_value(mine, decimals.get(key)), show_value(theirs, decimals.get(key))
            self.rows[key] = (mine_text, theirs_text)
            grid.addWidget(QLabel(labels.get(key) or field_label(key)), r, 0)
            for c, text, name in ((1, mine_text, f"mine_{key}"), (2, theirs_text, f"theirs_{key}")):
                label = QLabel(text)
                label.setObjectName(name)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, r, c)
        lay.addLayout(grid)
        question = QLabel(tr("Hvilken værdi skal gælde?"))
        question.setWordWrap(True)
        lay.addWidget(question)
        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(tr("&Behold deres"))
        self.theirs_button.setObjectName("keepTheirs")
        self.mine_button = QPushButton(tr("&Overskriv med min"))
        self.mine_button.setObjectName("keepMine")
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        lay.addWidget(buttons)
        self.theirs_button.setDefault(True)  # Enter keeps theirs: overwriting is the deliberate choice
        self.theirs_button.setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_about_conflict(parent: QWidget | None, exc: EditConflictError, what: str,
                       decide: Callable[[str | None], None], **kwargs: Any) -> ConflictDialog:
    """Show the conflict (window-modal, not blocking the caller) and call ``decide(choice)`` when the user
    has chosen (None: closed without choosing)."""
    dialog = ConflictDialog(exc, what, parent, **kwargs)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: decide(dialog.choice))
    dialog.open()
    return dialog


__all__ = ["KEEP_MINE", "KEEP_THEIRS", "ConflictDialog", "ask_about_conflict", "only_other_fields_changed", "same_value"]
