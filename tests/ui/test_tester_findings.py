"""What a user-style tester found driving the program (issue 15's entry and undo, issues 19/21): the grid's
room, the undo position, the chart export, remembered folders, confirmations, the import summary, number
entry, the report dialog's dates, the backup before a CSV import and the chart at 200 %."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

TAB, ENTER, ESC = Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Escape


def focused():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the focus"
    return w


def keys(qtbot, *items) -> None:
    for item in items:
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(focused(), ch)
                QApplication.processEvents()
        else:
            qtbot.keyClick(focused(), item)
            qtbot.wait(1)


def _visible_in(scroll, widget) -> bool:
    """The whole widget lies inside the scroll area's viewport (the user sees it without scrolling)."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    rect = widget.rect().translated(top_left)
    return widget.isVisible() and viewport.rect().contains(rect)


def _open_demo_indicator(w, qtbot, trial="Den Sociale Hjemmepleje Valby/Vesterbro",
                         name="Kontinuitet: forskellige medarbejdere i hjemmet"):
    t = w.ws.find_trial(trial)
    ind = w.ws.find_indicator(t.id, name)
    w.navigator.select("indicator", ind.id)
    view = w.page("indicator")
    qtbot.waitUntil(lambda: view.splitter.sizes()[1] > 0 and getattr(view, "_split_done", True), timeout=3000)
    return view, ind


def test_grid_gets_the_room_and_a_refused_date_is_shown_where_the_user_types(demo_window, qtbot):
    w = demo_window
    w.resize(1360, 720)  # the default size on a 1440 x 900 screen
    qtbot.wait(50)
    view, _ind = _open_demo_indicator(w, qtbot)
    qtbot.wait(50)
    rows = view.table.viewport().height() / view.table.verticalHeader().defaultSectionSize()
    assert rows >= 6, rows  # was about 3 visible rows, the rest below the window's edge
    assert _visible_in(view.scroll, view.table)
    assert view.chart.height() >= view.chart.minimumHeight()

    model = view.model
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    keys(qtbot, "31-02-2016", TAB, "9,1", ENTER)
    qtbot.waitUntil(view.message.isVisible, timeout=2000)
    qtbot.wait(20)
    assert "31-02-2016" in view.message.label.text() or "dato" in view.message.label.text().lower()
    assert _visible_in(view.scroll, view.message)  # was below the visible area
    keys(qtbot, ESC, ESC)
