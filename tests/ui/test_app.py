"""Language, remembered settings, the error handler, menus for other features, About."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from effektmaaling.domain.errors import ValidationError
from effektmaaling.domain.i18n import Text, set_language
from effektmaaling.ui import errors
from effektmaaling.ui.app import I18N_DIR, install_translations
from effektmaaling.ui.settings import Settings


def test_english_translation_is_compiled_and_used(qapp, make_window, tmp_path):
    assert (I18N_DIR / "effektmaaling_en.qm").is_file()
    translators = install_translations(qapp, "en")
    set_language("en")
    try:
        assert QCoreApplication.translate("", "&Fil") == "&File"
        w = make_window(tmp_path / "en.db")
        assert [m.title() for m in (w.menu("file"), w.menu("edit"), w.menu("view"), w.menu("help"))] == [
            "&File", "&Edit", "&View", "&Help"]
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        set_language("da")
    assert QCoreApplication.translate("", "&Fil") == "&Fil"


def test_layout_database_and_language_are_remembered(make_window, tmp_path):
    w = make_window(tmp_path / "a.db")
    w.settings.remember_database(w.ws.path)
    w.settings.language = "en"
    w.resize(640, 470)
    w.close()
    s = Settings()
    assert s.last_database == (tmp_path / "a.db").resolve()
    assert s.recent()[0] == (tmp_path / "a.db").resolve()
    assert s.language == "en"
    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow

    w2 = MainWindow(Workspace.open(tmp_path / "b.db"))
    assert (w2.width(), w2.height()) == (640, 470)
    w2.close()
    w2.ws.close()


def test_unexpected_error_is_logged_and_apologised_for(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        errors.excepthook(*sys.exc_info())
    log = errors.log_path()
    assert "boom in a slot" in log.read_text(encoding="utf-8")
    assert shown and "Beklager" in shown[0] and str(log) in shown[0] and "Traceback" not in shown[0]

    errors.excepthook(ValidationError, ValidationError(Text("Navn: skal udfyldes", "Name: is required")), None)
    assert shown[-1] == "Navn: skal udfyldes"


def test_other_features_can_add_menu_actions(window):
    action = QAction("Effektrapport …", window)
    window.add_file_action(action)
    file_actions = window.menu("file").actions()
    assert file_actions.index(action) < file_actions.index(window.act_quit)
    assert window.add_help_action(QAction("Kontrollér database", window)) in window.menu("help").actions()


def test_about_lists_versions_and_licences(window):
    dialog = window.show_about()
    text = dialog.findChild(QApplication.instance().__class__.__mro__[0], "licences") if False else None
    from PySide6.QtWidgets import QTextBrowser

    html = dialog.findChild(QTextBrowser, "licences").toPlainText()
    assert "pyqtgraph" in html and "LGPL-3.0" in html and "MIT" in html
    assert text is None
    dialog.close()
