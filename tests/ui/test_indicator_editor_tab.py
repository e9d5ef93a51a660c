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


def test_a_theme_that_nearly_matches_an_existing_one_is_pointed_out(demo_window, qtbot):
    from effektmaaling.ui.indicator_editor import IndicatorEditor

    w = demo_window
    themes = w.ws.themes()
    assert "Sygefravær" in themes
    editor = IndicatorEditor(w.ws, w.stack, w.ws.find_trial("FriNoVa").id, None, w)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    field = editor.inputs["theme"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "sygefraværet")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape if field.completer().popup().isVisible()
                   else Qt.Key.Key_Tab)
    note = editor.error_labels["theme"]
    qtbot.waitUntil(lambda: note.isVisible(), timeout=2000)
    assert "Der findes allerede temaet »Sygefravær«" in note.text()
    # the same theme, or a new one, gets no remark; the remark never blocks saving
    field.clear()
    qtbot.keyClicks(field, "Sygefravær")
    assert not note.text()
    field.clear()
    qtbot.keyClicks(field, "Helt nyt tema")
    assert not note.text()
    field.clear()
    qtbot.keyClicks(field, "SYGEFRAVÆR")
    assert "»Sygefravær«" in note.text() and "theme" not in editor.errors
    editor.reject()
