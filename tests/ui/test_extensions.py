"""Every feature module listed in ui/extensions.py installs its actions into the real main window."""

from __future__ import annotations

from PySide6.QtGui import QAction


def _texts(menu) -> list[str]:
    return [a.text().replace("&", "").replace("…", " …").replace("  ", " ") for a in menu.actions()]


def test_feature_actions_are_in_the_menus(demo_window):
    w = demo_window
    file_texts = _texts(w.menu("file"))
    for text in ("Effektrapport …", "Importér målinger …", "Gendan fra sikkerhedskopi …"):
        assert any(t.startswith(text.rstrip(" …")) for t in file_texts), (text, file_texts)
    assert "Ændringslog" in _texts(w.menu("view"))
    assert "Kontrollér database" in _texts(w.menu("help"))
    log = w.findChild(QAction, "actionChangeLog")
    assert log is not None and log.shortcut().toString() == "Ctrl+L"


def test_privacy_note_where_free_text_is_typed(demo_window):
    from PySide6.QtCore import Qt

    from effektmaaling.domain.privacy import PRIVACY_NOTE
    from effektmaaling.ui.measurement_table import MeasurementModel

    model = MeasurementModel(demo_window.ws, demo_window.hub, demo_window.stack, demo_window)
    trial = demo_window.ws.find_trial("FriNoVa")
    model.set_indicator(demo_window.ws.indicators(trial.id)[0].id)
    comment = next(i for i, c in enumerate(model.cols) if c.key == "comment")
    assert model.headerData(comment, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == PRIVACY_NOTE.get()


def test_report_and_comparison_are_on_the_toolbar(demo_window):
    names = [a.objectName() for bar in (demo_window.toolbar, demo_window.view_toolbar) for a in bar.actions()]
    assert "actionEffectReport" in names and "actionCompareTrials" in names
    assert names.index("actionEffectReport") < names.index("actionCompareTrials")
