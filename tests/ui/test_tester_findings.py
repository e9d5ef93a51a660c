"""What a user-style tester found driving the program (issue 15's entry and undo, issues 19/21): the grid's
room, the undo position, the chart export, remembered folders, confirmations, the import summary, number
entry, the report dialog's dates, the backup before a CSV import and the chart at 200 %."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from .helpers import open_demo_indicator

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


def test_grid_gets_the_room_and_a_refused_date_is_shown_where_the_user_types(demo_window, qtbot):
    w = demo_window
    w.resize(1360, 720)  # the default size on a 1440 x 900 screen
    qtbot.wait(50)
    view, _ind = open_demo_indicator(w, qtbot)
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


def _row_shown(table, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return table.viewport().rect().contains(rect)


def test_undo_and_redo_select_and_scroll_to_the_changed_row(demo_window, qtbot):
    w = demo_window
    view, ind = open_demo_indicator(w, qtbot)
    table, model = view.table, view.model
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    table.setCurrentIndex(model.index(4, 1))
    table.scrollTo(model.index(4, 1))
    before = model.rows[4].value
    keys(qtbot, "4,5", ENTER)
    qtbot.waitUntil(lambda: w.ws.measurements(ind.id)[4].value == 4.5, timeout=2000)
    # the user goes on to the new row at the bottom: row 5 is scrolled out of sight
    table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    table.scrollToBottom()
    qtbot.wait(20)
    assert not _row_shown(table, 4)

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.ws.measurements(ind.id)[4].value == before, timeout=2000)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 4, timeout=2000)
    assert _row_shown(table, 4)  # was: the grid stayed at the bottom, away from the changed row
    assert 4 in {i.row() for i in table.selectionModel().selectedIndexes()}

    table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    table.scrollToBottom()
    qtbot.wait(20)
    qtbot.keyClick(focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.ws.measurements(ind.id)[4].value == 4.5, timeout=2000)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 4, timeout=2000)
    assert _row_shown(table, 4)


def _difference(a, b) -> float:
    """Mean absolute difference of two images' grey values (0–255), on a coarse grid of samples."""
    total, count = 0, 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            total += abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
            count += 1
    return total / count


def test_exported_chart_png_is_what_the_screen_shows_with_the_target_label_whole(demo_window, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from effektmaaling.ui.icons import TARGET

    w = demo_window
    view, _ind = open_demo_indicator(w, qtbot, "FriNoVa", "Borgere med egen recovery-plan")  # target at the top
    qtbot.wait(50)
    chart = view.chart
    out = chart.export(tmp_path / "graf.png")
    exported = QImage(str(out))
    size = chart.viewport().size()
    assert exported.width() == size.width() * 2 and exported.height() > size.height() * 2  # heading above
    # below the heading (title, unit), the chart at twice the screen's pixels
    image = exported.copy(0, exported.height() - size.height() * 2, size.width() * 2, size.height() * 2)
    screen = chart.grab().toImage().scaled(size)
    small = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    # the same picture: text and its boxes where the screen has them (they were drawn apart: empty boxes at
    # the top of the baseline band, the top label cut)
    assert _difference(small, screen) < 6

    # the target's label, whole, at the right edge: the label's colour in the right-hand margin, none of it
    # in the top row of pixels
    plot = chart.getPlotItem()
    axis = plot.mapRectToScene(plot.getAxis("right").geometry())
    left = round(chart.mapFromScene(axis.topLeft()).x() * 2)
    target = [(x, y) for y in range(0, image.height(), 2) for x in range(left, image.width(), 2)
              if _near(image.pixelColor(x, y), TARGET)]
    assert len(target) > 20
    assert min(y for _x, y in target) > 2


def _near(c, ref) -> bool:
    return abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue()) < 90


def test_file_dialogs_remember_the_last_folder_per_purpose(demo_window, qtbot, tmp_path, monkeypatch):
    from pathlib import Path

    from effektmaaling.ui import file_dialogs
    from effektmaaling.ui.settings import Settings

    w = demo_window
    open_demo_indicator(w, qtbot)
    charts, pdfs = tmp_path / "grafer", tmp_path / "rapporter"
    charts.mkdir()
    pdfs.mkdir()
    opened: list[str] = []
    answer: list[Path] = []

    def driver(dialog):
        opened.append(Path(dialog.directory().absolutePath()).resolve().as_posix())
        if not answer:
            return False
        dialog.selectFile(str(answer.pop(0)))
        return True

    monkeypatch.setattr(file_dialogs, "_run", driver)
    answer.append(charts / "kontinuitet.png")
    assert w.export_chart() == charts / "kontinuitet.png"
    assert (charts / "kontinuitet.png").exists()
    # the next chart export starts in that folder, with the suggested name
    assert w.export_chart() is None  # cancelled
    assert opened[-1] == charts.resolve().as_posix()
    # another purpose does not: a report opens where reports were saved, import where files were read
    answer.append(pdfs / "r.pdf")
    assert file_dialogs.save_file_name(w, "r", str(Path.home() / "rapport.pdf"), "PDF (*.pdf)", purpose="report")[0]
    file_dialogs.open_file_name(w, "i", str(Path.home()), "CSV (*.csv)", purpose="import")
    assert opened[-1] == Path.home().resolve().as_posix()
    file_dialogs.save_file_name(w, "r", str(Path.home() / "rapport.pdf"), "PDF (*.pdf)", purpose="report")
    assert opened[-1] == pdfs.resolve().as_posix()
    # kept in the settings file: the next start remembers
    assert Settings().last_folder("export") == charts.resolve()
    assert Settings().last_folder("report") == pdfs.resolve()


def test_saving_a_report_says_where_and_offers_to_open_it(demo_window, qtbot, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from effektmaaling.ui import file_dialogs
    from effektmaaling.ui.report_dialog import open_report_dialog

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    dialog = open_report_dialog(w, w.ws, trial.id)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=60000)
    target = tmp_path / "rapporter" / "frinova.pdf"
    target.parent.mkdir()

    def driver(d):
        d.selectFile(str(target))
        return True

    monkeypatch.setattr(file_dialogs, "_run", driver)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(dialog.save_btn, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert dialog.saved.isVisible() and "frinova.pdf" in dialog.saved.label.text()  # was: nothing said
    assert str(target) in w.statusBar().currentMessage()
    qtbot.mouseClick(dialog.saved.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.saved.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(p) for p in opened] == [target, target.parent]
    dialog.reject()


def test_saving_a_comparison_report_says_where(demo_window, qtbot, tmp_path):
    from effektmaaling.ui.compare_action import open_compare

    w = demo_window
    dialog = open_compare(w)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=60000)
    out = dialog.save_report(tmp_path / "sammenligning.pdf")
    assert out is not None and out.exists()
    assert dialog.saved.isVisible() and "sammenligning.pdf" in dialog.saved.label.text()
    assert str(out) in w.statusBar().currentMessage()
    dialog.close()


def test_a_restore_says_so_in_the_status_bar(qtbot, tmp_path):
    import datetime as dt

    from PySide6.QtWidgets import QMainWindow

    from effektmaaling.services import Workspace
    from effektmaaling.ui.backups_dialog import BackupsDialog

    path = tmp_path / "effekt.db"
    ws = Workspace.open(path)
    ws.create_trial(name="Først", start_date=dt.date(2014, 1, 1))
    ws.close()
    ws = Workspace.open(path)
    window = QMainWindow()
    qtbot.addWidget(window)
    dlg = BackupsDialog(ws, window)
    dlg.confirm = lambda question: True
    dlg.table.selectRow(0)
    with qtbot.waitSignal(dlg.reopen_requested, timeout=20000):
        assert dlg.restore_selected()
    qtbot.waitUntil(lambda: "gendannet" in window.statusBar().currentMessage(), timeout=2000)
    assert dlg.restored_from.name in window.statusBar().currentMessage()
    ws.close()


def test_a_number_with_a_dot_says_how_it_is_read_before_it_is_saved(window, qtbot):
    import datetime as dt

    ws = window.ws
    t = ws.create_trial(name="Tal", start_date=dt.date(2013, 1, 1))
    ind = ws.create_indicator(t.id, name="Antal", bottom_line="service", decimals=1)
    window.navigator.select("indicator", ind.id)
    view = window.page("indicator")
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=2000)
    keys(qtbot, "31-01-2013", TAB, "1.234")
    editor = focused()
    said = "»1.234« læses som 1234 (punktum før tre cifre er tusindtalsseparator)"
    assert editor.toolTip().startswith(said)  # beside the cell, before the row is stored
    assert window.statusBar().currentMessage().startswith(said)
    assert ws.measurements(ind.id) == []
    keys(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(ws.measurements(ind.id)) == 1, timeout=2000)
    assert ws.measurements(ind.id)[0].value == 1234.0
    keys(qtbot, "28-02-2013", TAB, "4.5")
    assert focused().toolTip() == "»4.5« læses som 4,5 (punktum læses som decimalkomma)"
    keys(qtbot, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, ",5")  # corrected: nothing to say
    assert focused().toolTip() == "" and window.statusBar().currentMessage() == ""
    keys(qtbot, ENTER)
    qtbot.waitUntil(lambda: len(ws.measurements(ind.id)) == 2, timeout=2000)
    assert ws.measurements(ind.id)[1].value == 4.5


def test_report_period_fields_start_at_the_first_and_last_measurement(demo_window, qtbot):
    import datetime as dt

    from effektmaaling.ui.report_dialog import open_report_dialog

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    dates = [m.date for i in w.ws.indicators(trial.id) for m in w.ws.measurements(i.id)]
    dialog = open_report_dialog(w, w.ws, trial.id)
    assert dialog.date_to.date() == max(dates) != dt.date.today()  # was today
    assert dialog.date_from.date() == min(dates)
    # the user ticks "Til" and keeps the date: the report ends at the last measurement, not at today
    qtbot.mouseClick(dialog.use_to, Qt.MouseButton.LeftButton)
    assert dialog.use_to.isChecked() and dialog.date_to.isEnabled()
    dialog.reject()


def test_comparison_in_a_small_dialog_gives_the_table_the_room(demo_window, qtbot):
    """At 200 % the comparison dialog is about 700 × 400 (here: a dialog on the 800 × 800 test screen, made
    as small): the filters took a third, the table was cramped and its tabs scrolled."""
    from effektmaaling.ui.compare_action import open_compare

    w = demo_window
    dialog = open_compare(w)
    dialog.resize(700, 400)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=60000)
    qtbot.wait(50)
    assert dialog.tabs.width() >= 0.6 * dialog.width(), (dialog.tabs.width(), dialog.width())
    assert dialog.tabs.tabBar().sizeHint().width() <= dialog.tabs.width()  # every tab's name shown
    for button in (dialog.export_btn, dialog.pdf_btn):
        assert button.isVisible() and dialog.rect().contains(button.geometry().translated(
            button.parentWidget().mapTo(dialog, button.pos()) - button.pos()))
    dialog.close()
