"""The indicator dialog: Tab follows what the eye reads, and a theme that is nearly an existing one is
offered as that one (»Indlæggelse« vs »Indlæggelser« split the comparison in two)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _field(widget) -> str:
    while widget is not None and not widget.objectName().startswith("field_"):
        widget = widget.parentWidget()
    return widget.objectName().removeprefix("field_") if widget is not None else ""


def test_tab_goes_down_the_left_column_then_the_measurement_column(demo_window, qtbot):
    from effektmaaling.ui.indicator_editor import IndicatorEditor

    w = demo_window
    editor = IndicatorEditor(w.ws, w.stack, w.ws.find_trial("FriNoVa").id, None, w)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.inputs["name"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.inputs["name"])
    seen = [_field(QApplication.focusWidget())]
    for _ in range(25):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        name = _field(QApplication.focusWidget())
        if not name:  # the buttons
            break
        seen.append(name)
    visible = seen
    expected = ["name", "description", "theme", "bottom_line", "kind", "stakeholder",
                "baseline_end_date", "baseline_value", "current_period", "target_value", "target_date",
                "measure_type", "unit", "decimals", "rate_per", "direction", "frequency", "data_source",
                "valid_min", "valid_max"]
    expected = [n for n in expected if editor.inputs[n].isVisible() and editor.inputs[n].isEnabled()]
    assert visible == expected, (" ".join(visible), " ".join(expected))
    editor.reject()
