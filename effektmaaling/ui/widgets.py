"""Small input widgets that read and show Danish (or English) numbers and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.formatting import format_date, format_number_exact, number_reading, parse_date, parse_number
from .icons import calendar_icon, status_pixmap
from .style import error_colour, muted_colour


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, but never larger than the screen's free area (at 200 % scaling a
    1280 × 860 dialog is 2560 × 1720 pixels: larger than most screens), leaving room for the title bar. A
    window wished larger than the screen gets the whole free area once shown, less the frame the window
    manager actually drew (a fixed allowance left a fifth of a 768-pixel screen unused at 200 %)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(max(width, 200), max(height, 200))
        return
    area = screen.availableGeometry()
    from PySide6.QtWidgets import QStyle  # lazily: see DateEdit

    title = widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + 8
    fitted = QSize(min(width, area.width() - 8), min(height, area.height() - title))
    widget.resize(max(fitted.width(), 200), max(fitted.height(), 200))
    if fitted != QSize(width, height) and widget.__dict__.get("_fit_on_show") is None:
        fit = widget._fit_on_show = _FitOnShow(widget, QSize(width, height))  # (kept: its Python side too)
        widget.installEventFilter(fit)


class _FitOnShow(QObject):
    """Once a window is shown and framed: as large as wished, within the screen's free area with its frame."""

    def __init__(self, widget: QWidget, wished: QSize) -> None:
        super().__init__(widget)
        self.target, self.wished = widget, wished

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.__dict__.get("target"):
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        w = self.target
        screen = w.screen() or QGuiApplication.primaryScreen()
        if screen is None or not w.isVisible() or w.isMaximized() or w.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = w.frameGeometry()
        extra_w, extra_h = frame.width() - w.width(), frame.height() - w.height()
        size = QSize(max(min(self.wished.width(), area.width() - extra_w), 200),
                     max(min(self.wished.height(), area.height() - extra_h), 200))
        if size != w.size():
            w.resize(size)
        frame = w.frameGeometry()
        if not area.contains(frame):  # within the free area, as near where it was as it can be
            x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
            y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
            w.move(max(x, area.left()), max(y, area.top()))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class _WheelWhenFocused:
    """Mixin for an input that a scrolling wheel passes over: only a focused input (clicked or tabbed into)
    takes the wheel; over an unfocused one the wheel scrolls the page (a wheel that changed an assessment
    or a status while the user scrolled the page was a silent change of data)."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # passed on to the parent: the scroll area scrolls


class ComboBox(_WheelWhenFocused, QComboBox):
    """A combo box that takes the wheel only when focused (see :class:`_WheelWhenFocused`)."""


class SpinBox(_WheelWhenFocused, QSpinBox):
    """A spin box that takes the wheel only when focused."""


class DoubleSpinBox(_WheelWhenFocused, QDoubleSpinBox):
    """A decimal spin box that takes the wheel only when focused."""


class DateEdit(QLineEdit):
    """A date typed as ``31-12-2014``, ``1-1-2015``, ``1/1/2015`` or ISO ``2014-12-31`` (what the measurement
    grid reads: :func:`~effektmaaling.domain.formatting.parse_date`); empty means none unless required.

    The one date field of the program: plain text the user types and corrects freely (no sections that eat
    digits), read when it is used; a date that cannot be read raises a ValidationError the form shows,
    never a silent fallback. ``calendar=True`` adds a button that picks the date in a calendar."""

    date_picked = Signal()  # a date was chosen in the calendar (typing ends with editingFinished)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, field: str = "date",
                 calendar: bool = False) -> None:
        super().__init__(parent)
        self.required, self.field = required, field
        self.setPlaceholderText(tr("dd-mm-åååå"))
        self.setToolTip(tr("Skriv datoen som 31-12-2014 (også 1-1-2015, 1/1/2015 og 2014-12-31)"))
        width = self.fontMetrics().horizontalAdvance("00-00-00000") + 24
        self._popup: QCalendarWidget | None = None
        if calendar:
            from PySide6.QtWidgets import (
                QStyle,  # not at the module's top: the type costs 50-100 ms before the first paint
            )

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            act = self.addAction(calendar_icon(self.palette().color(QPalette.ColorRole.Text), size),
                                 QLineEdit.ActionPosition.TrailingPosition)
            act.setToolTip(tr("Vælg datoen i en kalender"))
            act.setObjectName("pickDate")
            act.triggered.connect(self.show_calendar)
            width += 28
        self.setMaximumWidth(width)

    def set_date(self, value: dt.date | None) -> None:
        """Shown as it is typed, ``31-12-2014``, in either language (English "31 Dec 2014" cannot be read back)."""
        self.setText("" if value is None else format_date(value, "da"))

    def date(self) -> dt.date | None:
        """The date, or None when empty; raises ValidationError naming the field when the text is bad."""
        text = self.text().strip()
        if not text:
            return None
        return parse_date(text, field=self.field)

    def show_calendar(self) -> QCalendarWidget:
        """The calendar under the field, at the date typed (else today); a click or Enter puts it in the field."""
        popup = self._popup = QCalendarWidget()
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setObjectName("dateCalendar")
        popup.setGridVisible(True)
        try:
            shown = self.date() or dt.date.today()
        except ValidationError:
            shown = dt.date.today()
        popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))

        def chosen(day: QDate) -> None:
            self.set_date(dt.date(day.year(), day.month(), day.day()))
            popup.close()
            self.setFocus()
            self.date_picked.emit()
            self.editingFinished.emit()

        popup.activated.connect(chosen)
        popup.clicked.connect(chosen)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        return popup


class NumberEdit(QLineEdit):
    """A number typed as ``1.234,5`` or ``12,5``; empty means none."""

    def __init__(self, parent: QWidget | None = None, *, field: str = "value", decimals: int = 6) -> None:
        super().__init__(parent)
        self.field, self.decimals = field, decimals
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 16)
        self.textChanged.connect(self._say_reading)

    def _say_reading(self, text: str) -> None:
        """"»4.5« læses som 4,5 …": a number that could be read two ways says how it is read."""
        note = number_reading(text)
        said = note.get() if note is not None else ""
        self.setToolTip(said)
        if said and self.hasFocus():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), said, self)

    def set_value(self, value: float | None) -> None:
        """The stored value in full (every significant digit: a field left as it is changes nothing)."""
        self._loaded = (format_number_exact(value), value)
        self.setText(self._loaded[0])  # the user edits it

    def value(self) -> float | None:
        text = self.text().strip()
        if not text:
            return None
        loaded_text, loaded = getattr(self, "_loaded", ("", None))
        if text == loaded_text.strip() and loaded is not None:
            return float(loaded) if isinstance(loaded, float) else loaded  # untouched: exactly what was loaded
        return parse_number(text, field=self.field)


class FieldError(QLabel):
    """The message shown right under a field when its content is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, error_colour(pal))
        self.setPalette(pal)
        self.hide()

    def show_error(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleDescription(message)
            self.show()
        else:
            self.clear()
            self.hide()


class MessageBar(QFrame):
    """A one-line message with an icon, shown beside a table or form when an input is refused."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.icon = QLabel()
        self.icon.setPixmap(status_pixmap("worsened", 16))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.icon.setPixmap(status_pixmap("worsened" if error else "improved", 16))
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or self.label.text() else ""

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class SavedNotice(QFrame):
    """"Rapporten er gemt i …" with Åbn and Åbn mappe: shown in a dialog after it has written a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        icon = QLabel()
        icon.setPixmap(status_pixmap("improved", 16))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(tr("Åbn"))
        self.open_button.setObjectName("openSavedFile")
        self.folder_button = QPushButton(tr("Åbn mappe"))
        self.folder_button.setObjectName("openSavedFolder")
        self.open_button.clicked.connect(lambda: self.path and open_path(self.path))
        self.folder_button.clicked.connect(lambda: self.path and open_path(self.path.parent))
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.hide()

    def show_saved(self, path: Path, text: str) -> None:
        self.path = Path(path)
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()
        announce(self, text)


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def announce(widget: QWidget, text: str, timeout: int = 15000) -> None:
    """A message in the main window's status bar (from the window or any dialog over it)."""
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QMainWindow):
            w.statusBar().showMessage(text, timeout)
            return
        w = w.parentWidget()


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * {1: 1.45, 2: 1.15, 3: 1.0}[level])
    f.setBold(True)
    label.setFont(f)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)  # a long name wraps instead of widening the page (200 % scaling)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(label.objectName() or "mutedText")
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, muted_colour(pal))
    label.setPalette(pal)
    return label


def form_block(*widgets: QWidget) -> QWidget:
    """A field with its error label stacked under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for w in widgets:
        layout.addWidget(w)
    return box


__all__ = ["ComboBox", "DateEdit", "DoubleSpinBox", "FieldError", "MessageBar", "NumberEdit", "SpinBox", "ValidationError", "form_block", "heading", "muted"]
