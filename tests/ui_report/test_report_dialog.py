"""Fil -> Effektrapport…: the dialog previews the real PDF, follows the choices, saves and prints."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

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
    full = dialog.document.pageCount()
    assert full == len(PdfReader(dialog.preview_path).pages) > 5
    assert dialog.indicators.count() == 5
    assert str(full) in dialog.status.text()
    for i in range(1, 5):
        dialog.indicators.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.lang.setCurrentIndex(1)
    dialog.use_from.setChecked(True)
    dialog.date_from.setDate(QDate(2014, 1, 1))
    qtbot.mouseClick(dialog.update_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.over, timeout=60000)
    assert dialog.document.pageCount() == full - 4  # four indicator pages fewer
    saved = dialog.save_to(tmp_path / "rapport")
    assert saved.suffix == ".pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(saved).pages).replace("\n", " ")
    assert "Page 1 of" in text and "follow-up shown from 1 Jan 2014" in text
    assert dialog.chosen_indicators() == [dialog.indicators.item(0).data(Qt.ItemDataRole.UserRole)]
    assert dialog.period() == (dt.date(2014, 1, 1), None)


def test_bad_period_is_explained_and_blocks_save_and_print(dialog, qtbot):
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.date_from.setDate(QDate(2015, 1, 1))
    dialog.date_to.setDate(QDate(2014, 1, 1))
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
