"""The focus marks' style (see :mod:`style`): its own module because Python's view of QStyle takes long to
make (large enumerations); the program's start installs it after the window's first paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

from .style import FOCUS_WIDTH


class FocusStyle(QProxyStyle):
    """The platform style, with a focus mark that is always drawn and easy to see: a frame in the
    selection colour around focused buttons, check boxes, combo boxes and tool buttons (Fusion draws
    none on buttons and combo boxes, and the others only after a keyboard focus change)."""

    def _ring(self, option: Any, painter: QPainter, inset: int = 1) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: Any, painter: QPainter,
                      widget: Any = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(option, painter, 0)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element: QStyle.ControlElement, option: Any, painter: QPainter,
                    widget: Any = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            self._ring(option, painter)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: Any, painter: QPainter,
                           widget: Any = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ComboBox and option.state & QStyle.StateFlag.State_HasFocus \
                and not option.editable:
            self._ring(option, painter)
