"""The report dialog driven with pytest-qt: preview in Qt's PDF view, save, print to a PDF printer."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from effektmaaling.ui.report_dialog import ReportDialog


def test_preview_choose_indicators_period_save_and_print(qtbot, demo_workspace, tmp_path):
    trial = demo_workspace.find_trial("FriNoVa")
    names = [i.name for i in demo_workspace.indicators(trial.id)]
    dlg = ReportDialog(demo_workspace, trial.id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.indicator_list.count() == len(names)
    qtbot.mouseClick(dlg.preview_btn, Qt.MouseButton.LeftButton)
    assert dlg.document.status() == QPdfDocument.Status.Ready
    full_pages = dlg.document.pageCount()
    assert full_pages > len(names)

    # one indicator fewer, English, a period: one page fewer in the preview
    dlg.indicator_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dlg.lang_box.setCurrentIndex(1)
    dlg.from_check.setChecked(True)
    dlg.from_edit.setDate(dlg.from_edit.date().addYears(1))
    dlg.preview()
    assert dlg.document.pageCount() == full_pages - 1

    saved = dlg.save_as(tmp_path / "rapport")
    assert saved == tmp_path / "rapport.pdf"
    reader = PdfReader(saved)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert names[0] not in text and names[1] in text
    assert "Page 2 of" in text
    start = trial.start_date.replace(year=trial.start_date.year + 1)
    assert f"{start.day} {start.strftime('%b %Y')} – " in reader.pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dlg.print_report(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == full_pages - 1
    dlg.reject()


def test_file_menu_has_the_report_action(qtbot, demo_db):
    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow

    w = MainWindow(Workspace.open(demo_db))
    qtbot.addWidget(w)
    try:
        action = w.findChild(type(w.menu("file").actions()[0]), "actionEffectReport")
        assert action is not None and action in w.menu("file").actions()
        assert action.shortcut().toString() == "Ctrl+P"
    finally:
        w.close()
        w.ws.close()
