"""Every date field of the program is the shared DateEdit: a Danish user types a date the way the
measurement grid reads it (31-12-2014, 1-1-2015, 1/1/2015, 2014-12-31), keys sent to the focused widget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateEdit


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)


@pytest.mark.parametrize("typed", ["01-01-2015", "1-1-2015", "1/1/2015", "1.1.2015", "2015-01-01"])
def test_milestone_date_is_typed_as_in_the_grid(qtbot, typed):
    from effektmaaling.ui.trial_details import MilestoneDialog

    dialog = MilestoneDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.date, typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "Teams etableret")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == (dt.date(2015, 1, 1), "Teams etableret")


def test_new_trial_start_date_is_typed_and_a_bad_one_is_said(qtbot, workspace):
    from PySide6.QtGui import QUndoStack

    from effektmaaling.ui.trial_details import NewTrialDialog

    stack = QUndoStack()
    dialog = NewTrialDialog(workspace, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.name, "FriNoVa")
    _type(qtbot, dialog.start, "1/4/2013x")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    error = dialog.errors["start_date"]
    assert error.isVisible() and "»1/4/2013x« er ikke en gyldig dato" in error.text()
    assert dialog.trial is None and dialog.start.text() == "1/4/2013x"  # nothing typed is lost
    _type(qtbot, dialog.start, "1/4/2013")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.trial is not None and workspace.trial(dialog.trial.id).start_date == dt.date(2013, 4, 1)


def test_no_date_field_is_a_qdateedit(qtbot, demo_window):
    """QDateEdit eats digits typed into a section and falls back silently to the old date: none is left."""
    from effektmaaling.ui.change_log_dialog import ChangeLogDialog
    from effektmaaling.ui.report_dialog import ReportDialog

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    for dialog in (ReportDialog(w.ws, trial.id, w), ChangeLogDialog(w.ws, w)):
        qtbot.addWidget(dialog)
        assert dialog.findChildren(QDateEdit) == []
        if isinstance(dialog, ReportDialog):
            qtbot.waitUntil(lambda d=dialog: d.job.over, timeout=60000)
        dialog.reject()


def test_in_english_a_date_field_shows_what_it_reads_back(qtbot):
    from effektmaaling.domain.i18n import set_language
    from effektmaaling.ui.widgets import DateEdit

    set_language("en")
    try:
        edit = DateEdit(field="start_date")
        qtbot.addWidget(edit)
        edit.set_date(dt.date(2014, 12, 31))
        assert edit.text() == "31-12-2014" and edit.date() == dt.date(2014, 12, 31)  # was "31 Dec 2014": unreadable
    finally:
        set_language("da")


def test_the_calendar_button_shows_a_calendar_drawn_like_the_other_symbols(qtbot, tmp_path):
    """The button beside a date field had Qt's »detailed view« list icon; it shows a calendar page now
    (icons.calendar_pixmap), in the field's text colour, greyed while the field is disabled."""
    from PySide6.QtGui import QIcon, QPalette
    from PySide6.QtWidgets import QStyle

    from effektmaaling.ui.icons import calendar_icon, calendar_pixmap
    from effektmaaling.ui.widgets import DateEdit

    field = DateEdit(calendar=True)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    act = next(a for a in field.actions() if a.objectName() == "pickDate")
    size = field.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    shown = act.icon().pixmap(size, size).toImage()
    field.grab().scaled(field.width() * 3, field.height() * 3).save(str(tmp_path / "date_field.png"))
    generic = field.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView).pixmap(size, size).toImage()
    assert shown != generic.convertToFormat(shown.format())
    expected = calendar_icon(field.palette().color(QPalette.ColorRole.Text), size).pixmap(size, size).toImage()
    assert shown == expected.convertToFormat(shown.format())
    # a calendar: the top band filled across the page, the days below it in a grid with gaps
    img = calendar_pixmap(QColor("black"), 32).toImage()  # 64 × 64 pixels

    def ink(x, y):
        return img.pixelColor(x, y).alpha() > 128

    assert all(ink(x, 18) for x in range(10, 54))  # the band
    assert sum(ink(x, 34) for x in range(12, 52)) > 12 and not all(ink(x, 34) for x in range(12, 52))  # days, gaps
    disabled = act.icon().pixmap(size, QIcon.Mode.Disabled).toImage()
    assert disabled != shown
