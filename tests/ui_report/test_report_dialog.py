"""Fil -> Effektrapport…: the dialog previews the real PDF, follows the choices, saves and prints."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace


@pytest.fixture
def dialog(qtbot, demo_db):
    from effektmaaling.ui.report_dialog import ReportDialog

    ws = Workspace.open(demo_db, readonly=True)
    d = ReportDialog(ws, ws.find_trial("FriNoVa").id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: d.job.over, timeout=60000)  # the preview is made off the GUI thread
    yield d
    d.close()
    ws.close()


def test_preview_shows_the_report_and_follows_the_choices(dialog, qtbot, tmp_path):
    whole = " ".join(p.extract_text() for p in PdfReader(dialog.preview_path).pages).replace("\n", " ")
    assert "Begrænset periode" not in whole  # the whole series: nothing to say
    full = dialog.document.pageCount()
    assert full == len(PdfReader(dialog.preview_path).pages) > 5
    assert dialog.indicators.count() == 5
    assert str(full) in dialog.status.text()
    for i in range(1, 5):
        dialog.indicators.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.lang.setCurrentIndex(1)
    dialog.use_from.setChecked(True)
    dialog.date_from.set_date(dt.date(2014, 1, 1))
    qtbot.mouseClick(dialog.update_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.over, timeout=60000)
    # four indicator pages fewer (the limited-period note may push the caveats onto a page of their own)
    assert full - 4 <= dialog.document.pageCount() <= full - 3
    saved = dialog.save_to(tmp_path / "rapport")
    assert saved.suffix == ".pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(saved).pages).replace("\n", " ")
    assert "Page 1 of" in text and "follow-up shown from 1 Jan 2014" in text
    # the indicator page says its figures and signals come from the limited series (finding 4)
    assert ("Limited period (follow-up shown from 1 Jan 2014; the baseline is kept): figures, signals and chart "
            "use only the measurements shown") in " ".join(text.split())
    assert dialog.chosen_indicators() == [dialog.indicators.item(0).data(Qt.ItemDataRole.UserRole)]
    assert dialog.period() == (dt.date(2014, 1, 1), None)


def test_bad_period_is_explained_and_blocks_save_and_print(dialog, qtbot):
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.date_from.set_date(dt.date(2015, 1, 1))
    dialog.date_to.set_date(dt.date(2014, 1, 1))
    job = dialog.update_preview()
    qtbot.waitUntil(lambda: job.over, timeout=60000)
    assert not dialog.preview_is_current()
    assert "Perioden starter" in dialog.status.text()
    assert not dialog.save_btn.isEnabled() and not dialog.print_btn.isEnabled()


def test_print_renders_every_page(dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert len(PdfReader(out).pages) == dialog.document.pageCount()


def test_install_adds_the_action_to_the_file_menu(qtbot, demo_db):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from effektmaaling.ui import report_dialog

    class Window(QMainWindow):
        """The three things ``install`` needs of the main window."""

        def __init__(self, ws: Workspace) -> None:
            super().__init__()
            self.ws = ws
            self.file_menu = self.menuBar().addMenu("&Fil")

        def current_trial_id(self):
            return self.ws.find_trial("FriNoVa").id

        def add_file_action(self, action: QAction) -> QAction:
            self.file_menu.addAction(action)
            return action

    ws = Workspace.open(demo_db, readonly=True)
    window = Window(ws)
    qtbot.addWidget(window)
    actions = report_dialog.install(window)
    assert [a.objectName() for a in window.file_menu.actions()] == ["actionEffectReport"]
    actions[0].trigger()
    dialogs = window.findChildren(report_dialog.ReportDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].job.over, timeout=60000)
    assert dialogs[0].document.pageCount() > 5
    dialogs[0].close()
    ws.close()


def test_save_uses_the_current_choices_even_without_updating_the_preview(dialog, tmp_path):
    full = len(PdfReader(dialog.preview_path).pages)
    dialog.indicators.item(0).setCheckState(Qt.CheckState.Unchecked)  # no click on "Opdatér forhåndsvisning"
    assert not dialog.preview_is_current()
    saved = dialog.save_to(tmp_path / "rapport.pdf")
    assert len(PdfReader(saved).pages) == full - 1  # the unchecked indicator's page is not in the file
    assert dialog.preview_is_current() and dialog.document.pageCount() == full - 1  # and the preview follows


def _stall_watch(qtbot):
    """A timer ticking every 10 ms; returns the list of gaps between ticks (seconds)."""
    import time

    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    return timer, gaps, last


def test_the_window_answers_while_the_report_is_made(dialog, qtbot):
    import time

    seen: list[tuple[int, int, str]] = []
    timer, gaps, last = _stall_watch(qtbot)
    last[0] = time.perf_counter()
    timer.start()
    job = dialog.update_preview()
    job.progress.connect(lambda d, t, text: seen.append((d, t, text)))
    assert dialog.progress_row.isVisibleTo(dialog) and not dialog.save_btn.isEnabled()
    qtbot.waitUntil(lambda: job.over, timeout=60000)
    timer.stop()
    assert len(gaps) > 20, "the event loop did not run while the report was made"
    big = [(round(sum(gaps[:i]), 3), round(g, 3)) for i, g in enumerate(gaps) if g > 0.1]
    print("stalls over 100 ms (at s, length s):", big)
    assert max(gaps) < 0.2, f"the event loop stalled {max(gaps) * 1000:.0f} ms"
    assert any("Opsætter side" in text for *_, text in seen)
    assert not dialog.progress_row.isVisibleTo(dialog) and dialog.save_btn.isEnabled()


def test_cancelling_leaves_no_partial_pdf_and_keeps_the_old_preview(dialog, qtbot, tmp_path):
    from pathlib import Path

    from effektmaaling.ui.background import Cancelled

    old = dialog.preview_path
    full = len(PdfReader(old).pages)
    folder = Path(dialog._tmp.path())
    dialog.indicators.item(0).setCheckState(Qt.CheckState.Unchecked)
    pages: list[int] = []
    job = dialog.update_preview()
    job.progress.connect(lambda d, t, text: pages.append(d))
    qtbot.waitUntil(lambda: any(p > 0 for p in pages), timeout=60000)  # laying out pages: a file is being written
    qtbot.mouseClick(dialog.cancel_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.over, timeout=60000)
    assert isinstance(job.error, Cancelled)
    assert "annulleret" in dialog.status.text()
    assert sorted(folder.iterdir()) == [old]  # no partial file beside the old preview
    assert dialog.preview_path == old and not dialog.preview_is_current() and dialog.save_btn.isEnabled()
    saved = dialog.save_to(tmp_path / "rapport.pdf")  # saving makes the report of the current choices
    assert len(PdfReader(saved).pages) == full - 1


def _focused():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the focus"
    return w


def _type(qtbot, *items) -> None:
    """Keys sent to the widget that has the focus (as the user types them)."""
    for item in items:
        if isinstance(item, str):
            for ch in item:
                qtbot.keyClick(_focused(), ch)
        else:
            qtbot.keyClick(_focused(), *item) if isinstance(item, tuple) else qtbot.keyClick(_focused(), item)
        QApplication.processEvents()


def _into(qtbot, dialog, check, edit) -> None:
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)


@pytest.mark.parametrize("typed", ["01-01-2015", "1-1-2015", "1/1/2015", "1.1.2015", "2015-01-01"])
def test_a_date_typed_into_fra_is_read_as_the_grid_reads_it(dialog, qtbot, typed):
    _into(qtbot, dialog, dialog.use_from, dialog.date_from)
    _type(qtbot, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier), typed, Qt.Key.Key_Tab)
    assert dialog.date_from.text() == typed
    assert dialog.period() == (dt.date(2015, 1, 1), None)
    assert not dialog.from_error.isVisible()


def test_digits_typed_with_the_cursor_in_the_field_are_kept(dialog, qtbot):
    _into(qtbot, dialog, dialog.use_to, dialog.date_to)
    _type(qtbot, Qt.Key.Key_End, *[Qt.Key.Key_Backspace] * 4, "2014", Qt.Key.Key_Tab)
    last = dialog._measured_span()[1]
    assert dialog.period() == (None, last.replace(year=2014))
    job = dialog.update_preview()
    qtbot.waitUntil(lambda: job.over, timeout=60000)
    assert dialog.preview_is_current()


def test_a_date_that_cannot_be_read_is_said_under_the_field_and_nothing_is_made(dialog, qtbot, tmp_path):
    made = dialog.preview_path
    _into(qtbot, dialog, dialog.use_from, dialog.date_from)
    _type(qtbot, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier), "31-01--", Qt.Key.Key_Tab)
    message = "Fra: »31-01--« er ikke en gyldig dato; skriv fx 31-12-2014"
    assert dialog.from_error.isVisible() and dialog.from_error.text() == "⚠ " + message
    assert dialog.date_from.text() == "31-01--"  # what was typed stays: no silent fall-back to the old date
    assert dialog.update_preview() is None and dialog.status.text() == message
    assert dialog.preview_path == made and not dialog.save_btn.isEnabled() and not dialog.print_btn.isEnabled()
    assert not dialog.ensure_preview()
    with pytest.raises(RuntimeError):
        dialog.save_to(tmp_path / "r.pdf")
    # corrected: the reason goes, the preview is made from the typed date
    dialog.date_from.setFocus()
    _type(qtbot, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier), "1-1-2014", Qt.Key.Key_Tab)
    assert not dialog.from_error.isVisible()
    job = dialog.update_preview()
    qtbot.waitUntil(lambda: job.over, timeout=60000)
    assert dialog.preview_is_current() and dialog.period() == (dt.date(2014, 1, 1), None)


def test_an_emptied_ticked_date_is_required(dialog, qtbot):
    _into(qtbot, dialog, dialog.use_to, dialog.date_to)
    _type(qtbot, (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier), Qt.Key.Key_Delete, Qt.Key.Key_Tab)
    assert dialog.to_error.isVisible() and "Til: skal udfyldes" in dialog.to_error.text()


def test_the_calendar_puts_the_chosen_date_in_the_field(dialog, qtbot):
    from PySide6.QtCore import QDate

    qtbot.mouseClick(dialog.use_from, Qt.MouseButton.LeftButton)
    popup = dialog.date_from.show_calendar()
    qtbot.waitExposed(popup)
    popup.setSelectedDate(QDate(2014, 3, 17))
    from PySide6.QtWidgets import QTableView

    qtbot.keyClick(popup.findChild(QTableView), Qt.Key.Key_Return)  # the calendar's days
    qtbot.waitUntil(lambda: dialog.date_from.text() == "17-03-2014", timeout=2000)
    assert dialog.period() == (dt.date(2014, 3, 17), None)


def test_the_saved_notice_goes_when_the_choices_change(dialog, qtbot, tmp_path, monkeypatch):
    from effektmaaling.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(tmp_path / "r.pdf"), ""))
    assert dialog.save_dialog() == tmp_path / "r.pdf"
    assert dialog.saved.isVisible() and "Effektrapporten er gemt" in dialog.saved.label.text()
    _into(qtbot, dialog, dialog.use_from, dialog.date_from)  # the period changes
    assert not dialog.saved.isVisible()
    qtbot.mouseClick(dialog.update_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.over, timeout=60000)
    assert not dialog.saved.isVisible()
    # saved again, then a typed date, an indicator and the language each clear it
    assert dialog.save_dialog() is not None and dialog.saved.isVisible()
    dialog.date_from.setFocus()
    _type(qtbot, Qt.Key.Key_End, Qt.Key.Key_Backspace, "3")
    assert not dialog.saved.isVisible()
    assert dialog.save_dialog() is not None and dialog.saved.isVisible()
    dialog.indicators.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.saved.isVisible()
    assert dialog.save_dialog() is not None and dialog.saved.isVisible()
    dialog.lang.setCurrentIndex(1)
    assert not dialog.saved.isVisible()
