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
    assert dialog.update_preview() is False
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
    assert len(dialogs) == 1 and dialogs[0].document.pageCount() > 5
    dialogs[0].close()
    ws.close()


def test_save_uses_the_current_choices_even_without_updating_the_preview(dialog, tmp_path):
    full = len(PdfReader(dialog.preview_path).pages)
    dialog.indicators.item(0).setCheckState(Qt.CheckState.Unchecked)  # no click on "Opdatér forhåndsvisning"
    assert not dialog.preview_is_current()
    saved = dialog.save_to(tmp_path / "rapport.pdf")
    assert len(PdfReader(saved).pages) == full - 1  # the unchecked indicator's page is not in the file
    assert dialog.preview_is_current() and dialog.document.pageCount() == full - 1  # and the preview follows
