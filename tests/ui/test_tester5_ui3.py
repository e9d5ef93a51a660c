"""Findings of the fifth user-style test (s5-ui3): the empty chart, the cell editor's place, Ctrl+Home/End,
Ctrl+F from the navigator, the dashboard's reflow and its typed baseline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .helpers import open_demo_indicator, settle


def _right_axis_labels(chart) -> list[str]:
    axis = chart.getPlotItem().getAxis("right")
    if not axis.isVisible():
        return []
    ticks = axis._tickLevels or []
    return [text for level in ticks for _, text in level]


def test_an_empty_chart_shows_its_own_target_not_the_previous_indicators(demo_window, qtbot):
    w = demo_window
    view, ind = open_demo_indicator(w, qtbot, trial="FriNoVa", name="Borgernes livskvalitet")
    assert _right_axis_labels(view.chart) == ["Mål 6,5"]
    ws = w.ws
    none = ws.create_indicator(ind.trial_id, name="Uden mål", bottom_line="service")
    four = ws.create_indicator(ind.trial_id, name="Med mål", bottom_line="service", target_value=4)
    settle(qtbot)
    w.navigator.select("indicator", none.id)
    qtbot.waitUntil(lambda: view.chart.data_ is not None and view.chart.data_.title != ind.name, timeout=3000)
    settle(qtbot)
    assert _right_axis_labels(view.chart) == []
    assert view.chart.empty_message  # still says what to do
    plot = view.chart.getPlotItem()
    assert not [i for i in plot.items if type(i).__name__ == "InfiniteLine"]
    open_demo_indicator(w, qtbot, trial="FriNoVa", name="Borgernes livskvalitet")
    w.navigator.select("indicator", four.id)
    qtbot.waitUntil(lambda: view.chart.data_ is not None and view.chart.data_.target == 4, timeout=3000)
    settle(qtbot)
    assert _right_axis_labels(view.chart) == ["Mål 4,0"]
    lines = [i for i in plot.items if type(i).__name__ == "InfiniteLine"]
    assert [line.value() for line in lines] == [4.0]
    lo, hi = plot.vb.viewRange()[1]
    assert lo < 4.0 < hi


def _editor_follows_its_cell(table) -> None:
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table and table.isAncestorOf(editor)
    index = table.currentIndex()
    rect = table.visualRect(index)
    assert editor.geometry().top() == rect.top() and editor.geometry().bottom() == rect.bottom(), \
        (editor.geometry(), rect)


def test_the_cell_editor_stays_on_its_cell_after_a_new_date_and_tab(demo_window, qtbot):
    w = demo_window
    view, _ind = open_demo_indicator(w, qtbot, trial="FriNoVa", name="Borgernes livskvalitet")
    table = view.table
    settle(qtbot)
    last = table.model().rowCount() - 2  # the last stored row (the entry row is below it)
    table.setFocus()
    table.setCurrentIndex(table.model().index(last, 0))
    settle(qtbot)
    qtbot.keyClick(table, "0")  # typing replaces the cell's date
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "1-12-2015")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.wait(50)
    assert table.currentIndex().column() == 1
    _editor_follows_its_cell(table)


def test_ctrl_home_and_ctrl_end_select_the_cell_they_go_to(demo_window, qtbot):
    w = demo_window
    view, _ind = open_demo_indicator(w, qtbot, trial="FriNoVa", name="Borgernes livskvalitet")
    table = view.table
    m = table.model()
    entry = m.rowCount() - 1
    table.setFocus()
    table.setCurrentIndex(m.index(6, 1))
    settle(qtbot)
    assert [(i.row(), i.column()) for i in table.selectedIndexes()] == [(6, 1)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 0)
    assert [(i.row(), i.column()) for i in table.selectedIndexes()] == [(0, 0)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (entry, 0)  # the entry row's date
    assert [(i.row(), i.column()) for i in table.selectedIndexes()] == [(entry, 0)]
    settle(qtbot)
    assert 0 <= table.visualRect(table.currentIndex()).top() < table.viewport().height()


def test_ctrl_f_from_the_navigator_tree_goes_to_the_search_field_and_down_goes_back(demo_window, qtbot):
    w = demo_window
    nav = w.navigator
    nav.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nav.tree, timeout=2000)
    qtbot.keyClick(nav.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is nav.search
    qtbot.keyClicks(nav.search, "livskval")
    qtbot.waitUntil(lambda: nav.model.pattern == "livskval", timeout=3000)
    qtbot.keyClick(nav.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is nav.tree
    assert nav.tree.currentIndex().data() == "Borgernes livskvalitet"


def test_ctrl_f_from_the_dashboard_and_the_chart_goes_to_the_search_field(demo_window, qtbot):
    w = demo_window
    nav = w.navigator
    view, _ind = open_demo_indicator(w, qtbot, trial="FriNoVa", name="Borgernes livskvalitet")
    for widget in (view.chart, view.table, nav.tree):
        widget.setFocus()
        qtbot.waitUntil(lambda widget=widget: QApplication.focusWidget() is widget, timeout=2000)
        qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is nav.search, widget


def _columns(dashboard) -> int:
    return len({card.geometry().left() for card in dashboard.cards})


def test_dashboard_cards_reflow_when_the_window_is_resized(demo_window, qtbot):
    from .helpers import wait_for_dashboard

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    w.resize(1600, 900)
    w.navigator.select("trial", t.id)
    dashboard = wait_for_dashboard(w, qtbot, t.id)
    qtbot.waitUntil(lambda: _columns(dashboard) == 3, timeout=3000)
    w.resize(1000, 800)
    qtbot.waitUntil(lambda: _columns(dashboard) == 2, timeout=3000)
    settle(qtbot)
    assert not dashboard.horizontalScrollBar().isVisible()
    assert all(c.geometry().right() <= dashboard.viewport().width() for c in dashboard.cards)
    w.resize(1600, 900)
    qtbot.waitUntil(lambda: _columns(dashboard) == 3, timeout=3000)


def _baseline_pixels(widget) -> int:
    from effektmaaling.ui.icons import BASELINE

    image = widget.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - BASELINE.red()) + abs(c.green() - BASELINE.green()) + abs(c.blue() - BASELINE.blue()) < 40:
                count += 1
    return count


def test_dashboard_card_draws_a_typed_baseline_as_a_dotted_line(qtbot):
    import datetime as dt

    from effektmaaling.ui.card_chart import CardChart
    from effektmaaling.ui.chart_data import ChartData

    dates = [dt.date(2025, m, 1) for m in range(3, 13)]
    data = ChartData(title="Tryghed", dates=dates, values=[3.0 + 0.1 * k for k in range(10)],
                     baseline_end=dt.date(2025, 2, 28), baseline_centre=2.5, baseline_typed=True, target=4.0)
    card = CardChart()
    qtbot.addWidget(card)
    card.resize(360, 160)
    card.set_data(data)
    with_line = _baseline_pixels(card)
    card.set_data(ChartData(**{**data.__dict__, "baseline_centre": None}))
    without = _baseline_pixels(card)
    assert with_line - without > 100  # a line across most of the plot's width
