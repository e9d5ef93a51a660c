"""Accessibility as an auditor checks it: Qt's accessibility tree of every window and dialog, contrast
computed from the program's own colours, and focus that can be seen (pixels change when focus moves)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from effektmaaling.domain.enums import BottomLine
from effektmaaling.domain.labels import label
from effektmaaling.ui import style

from . import a11y
from .helpers import settle, wait_for_dashboard

UI = Path(__file__).resolve().parents[2] / "effektmaaling" / "ui"


def _dialogs(window):
    from effektmaaling.domain.i18n import current_language
    from effektmaaling.services.exchange import export_trial, read_exchange_file
    from effektmaaling.ui.about import AboutDialog
    from effektmaaling.ui.backups_dialog import BackupsDialog
    from effektmaaling.ui.change_log_dialog import ChangeLogDialog
    from effektmaaling.ui.check_dialog import CheckDialog
    from effektmaaling.ui.compare_view import CompareDialog
    from effektmaaling.ui.exchange_dialogs import ImportTrialDialog
    from effektmaaling.ui.indicator_editor import IndicatorEditor
    from effektmaaling.ui.report_dialog import ReportDialog
    from effektmaaling.ui.settings_dialog import SettingsDialog
    from effektmaaling.ui.trial_details import MilestoneDialog, NewTrialDialog

    ws = window.ws
    trial = ws.find_trial("FriNoVa")
    ind = ws.indicators(trial.id)[0]
    exported = ws.path.parent / "frinova.json"
    export_trial(ws, trial.id, exported)
    return {
        "Nyt forsøg": lambda: NewTrialDialog(ws, window.stack, window),
        "Ny indikator": lambda: IndicatorEditor(ws, window.stack, trial.id, None, window),
        "Redigér indikator": lambda: IndicatorEditor(ws, window.stack, trial.id, ind, window),
        "Milepæl": lambda: MilestoneDialog(window),
        "Effektrapport": lambda: ReportDialog(ws, trial.id, window),
        "Sammenlign": lambda: CompareDialog(ws, window),
        "Sikkerhedskopier": lambda: BackupsDialog(ws, window),
        "Ændringslog": lambda: ChangeLogDialog(ws, window, trial_id=trial.id),
        "Kontrol": lambda: CheckDialog(ws, window),
        "Indstillinger": lambda: SettingsDialog(window.settings, current_language(), window),
        "Om": lambda: AboutDialog(window),
        "Importér forsøg": lambda: ImportTrialDialog(ws, read_exchange_file(exported), window),
    }


def test_every_window_and_dialog_names_its_controls(demo_window, qtbot, tmp_path):
    from effektmaaling.ui.import_wizard import ImportWizard

    w = demo_window
    found: list[str] = []

    def audit(tag: str, root: QWidget) -> None:
        settle(qtbot)
        found.extend(f"{tag}: {p}" for p in a11y.problems(root))

    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("trial", trial.id)
    audit("oversigt", w)
    w.navigator.select("details", trial.id)
    audit("detaljer", w)
    w.navigator.select("indicator", w.ws.indicators(trial.id)[0].id)
    audit("indikator", w)
    for tag, make in _dialogs(w).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        audit(tag, dialog)
        dialog.close()
    csv = tmp_path / "m.csv"
    csv.write_text("dato;værdi;indikator\n01-03-2016;1;Tid til dokumentation\n01-04-2016;x;Tid til dokumentation\n",
                   encoding="utf-8")
    wizard = ImportWizard(w.ws, trial.id, parent=w, path=csv)
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(4):
        audit(f"import, side {page + 1}", wizard)
        wizard.next()
    wizard.close()
    assert not found, "\n".join(found)


def test_the_audit_catches_an_unnamed_control_and_duplicate_siblings(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    lay.addWidget(QLineEdit())
    lay.addWidget(QPushButton("OK"))
    lay.addWidget(QPushButton("OK"))
    box.show()
    found = a11y.problems(box)
    assert any("without an accessible name" in p for p in found)
    assert any("2 siblings named 'OK'" in p for p in found)


def test_cards_are_named_buttons_and_charts_say_what_they_show(demo_window, qtbot):
    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("trial", trial.id)
    dashboard = wait_for_dashboard(w, qtbot, trial.id)
    assert "FriNoVa" in a11y.accessible_name(dashboard)
    names = {ind.id: ind.name for ind in w.ws.indicators(trial.id)}
    for card in dashboard.cards:
        assert a11y.accessible_role(card) == QAccessible.Role.Button
        assert a11y.accessible_name(card).startswith(names[card.indicator_id] + ": ")
        assert names[card.indicator_id] in a11y.accessible_name(card.chart)
        assert "målinger fra" in card.chart.accessibleDescription()
        assert card.chart.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    # Enter on a focused card opens its indicator
    card = dashboard.cards[1]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    settle(qtbot)
    assert w.current_page() == "indicator" and w.current_indicator_id() == card.indicator_id


def test_assessment_fields_and_report_period_are_told_apart(demo_window, qtbot):
    from effektmaaling.ui.report_dialog import ReportDialog

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("details", trial.id)
    details = w.page("details")
    names = []
    for line in BottomLine:
        box = details.assessment_boxes[line]
        for field in (box.verdict, box.justification, box.evidence):
            assert label(line) in a11y.accessible_name(field)
            names.append(a11y.accessible_name(field))
    assert len(names) == len(set(names))
    dialog = ReportDialog(w.ws, trial.id, w)
    qtbot.addWidget(dialog)
    assert {a11y.accessible_name(dialog.date_from), a11y.accessible_name(dialog.date_to)} == {"Fra dato", "Til dato"}
    assert a11y.accessible_name(dialog.view)


def test_comparison_rows_have_headers(demo_window, qtbot):
    from effektmaaling.ui.compare_view import CompareDialog

    dialog = CompareDialog(demo_window.ws, demo_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)  # (analysed off the GUI thread)
    model = dialog.table.model()
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        header = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        assert header and header == model.index(row, 0).data().split("\n")[0]
    # the trials' lines in the index charts stand 3:1 against the chart
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(dialog.index_curves) and not dialog.charts_lazy.making, timeout=10_000)  # made in view
    pens = [curve.opts["pen"].color() for curve in dialog.index_curves.values()]
    assert pens and all(style.contrast(c, QColor("white")) >= 3 for c in pens), [c.name() for c in pens]


# --- contrast ----------------------------------------------------------------------------------

def _pal() -> QPalette:
    style.apply()
    return QApplication.palette()


def test_text_colours_reach_4_5_to_1(qapp):
    from effektmaaling.ui.widgets import FieldError, muted

    pal = _pal()
    window, base = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base)
    pairs = {
        "selected text": (pal.color(QPalette.ColorRole.HighlightedText), pal.color(QPalette.ColorRole.Highlight)),
        "text": (pal.color(QPalette.ColorRole.Text), base),
        "window text": (pal.color(QPalette.ColorRole.WindowText), window),
    }
    error, hint = FieldError(), muted("x")
    pairs["field error"] = (error.palette().color(QPalette.ColorRole.WindowText), window)
    pairs["field error on white"] = (error.palette().color(QPalette.ColorRole.WindowText), base)
    pairs["hint"] = (hint.palette().color(QPalette.ColorRole.WindowText), window)
    pairs["hint on white"] = (hint.palette().color(QPalette.ColorRole.WindowText), base)
    # every text colour written into a style sheet in the program's code
    for path in UI.glob("*.py"):
        for hexcode in re.findall(r"[^-]color:\s*(#[0-9A-Fa-f]{6})", path.read_text(encoding="utf-8")):
            pairs[f"{path.name} {hexcode}"] = (QColor(hexcode), window)
            pairs[f"{path.name} {hexcode} on white"] = (QColor(hexcode), base)
    from effektmaaling.ui.import_wizard import BAD

    pairs["import error rows"] = (BAD, base)
    low = {k: round(style.contrast(a, b), 2) for k, (a, b) in pairs.items() if style.contrast(a, b) < 4.5}
    assert not low, low


def test_graphics_reach_3_to_1(qapp):
    from effektmaaling.ui import icons

    pal = _pal()
    base = pal.color(QPalette.ColorRole.Base)
    graphics = {name: getattr(icons, name) for name in ("IMPROVED", "WORSENED", "NEUTRAL", "UNKNOWN", "TARGET",
                                                         "BASELINE", "MILESTONE")}
    from effektmaaling.analysis.compare import TRIAL_COLOURS

    for i, colour in enumerate(TRIAL_COLOURS):  # the comparison's lines, as the comparison view draws them
        graphics[f"trial {i + 1}"] = style.for_graphics(QColor(colour))
    graphics["card edge"] = style.CARD_BORDER
    graphics["focus frame"] = pal.color(QPalette.ColorRole.Highlight)
    low = {k: round(style.contrast(c, base), 2) for k, c in graphics.items() if style.contrast(c, base) < 3}
    assert not low, low


@pytest.mark.parametrize("kind", ["improved", "worsened", "no-change", "insufficient-data", "plus", "minus", None])
def test_status_icons_stand_out_on_a_selected_row(qapp, kind):
    from effektmaaling.ui.icons import status_icon

    pal = _pal()
    selection = pal.color(QPalette.ColorRole.Highlight)
    image = status_icon(kind, 16).pixmap(16, 16, QIcon.Mode.Selected).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    # composite on the selection colour; the symbol's outer ring must reach 3:1 against it
    ring = []
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if c.alphaF() > 0.95:
                ring.append(style.contrast(c, selection))
    assert ring and max(ring) >= 3


# --- focus that can be seen -----------------------------------------------------------------------

def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _focus_changes_pixels(qtbot, widget: QWidget, elsewhere: QWidget) -> bool:
    # as with the Tab key: styles draw some focus marks only after a keyboard focus change
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    settle(qtbot)
    before = _grab(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
    settle(qtbot)
    after = _grab(widget)
    return before != after


def test_focus_is_visible_on_cards_navigator_and_theory_of_change(demo_window, qtbot):
    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    w.navigator.select("trial", trial.id)
    cards = wait_for_dashboard(w, qtbot, trial.id).cards
    for card, other in zip(cards, cards[1:] + cards[:1], strict=True):
        assert _focus_changes_pixels(qtbot, card, other), card.accessibleName()
    tree = w.navigator.tree
    assert _focus_changes_pixels(qtbot, tree, cards[0])
    w.navigator.select("details", trial.id)
    details = w.page("details")
    editor = details.inputs["theory_of_change"].edit
    editor.setCursorWidth(0)  # the caret alone is not a focus mark: it is taken out of the comparison
    assert _focus_changes_pixels(qtbot, editor, details.inputs["name"])


def test_focus_is_visible_on_every_focusable_widget_of_the_pages(demo_window, qtbot):
    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    invisible = []
    for kind, item in (("trial", trial.id), ("details", trial.id), ("indicator", w.ws.indicators(trial.id)[0].id)):
        w.navigator.select(kind, item)
        settle(qtbot)
        widgets = [x for x in a11y.focusable_widgets(w) if x.isEnabled() and x.isVisible() and x.focusProxy() is None
                   and x.width() > 0]
        widgets = [x for x in widgets if x.visibleRegion().boundingRect().height() >= x.height() // 2]
        for widget, other in zip(widgets, widgets[1:] + widgets[:1], strict=True):
            if widget is other:
                continue
            if not _focus_changes_pixels(qtbot, widget, other):
                invisible.append(f"{kind}: {type(widget).__name__} {widget.objectName()} {a11y.accessible_name(widget)}")
    assert not invisible, "\n".join(invisible)


def test_import_preview_marks_errors_by_sign_and_word(demo_window, qtbot, tmp_path):
    from effektmaaling.ui.import_wizard import ImportWizard

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    csv = tmp_path / "m.csv"
    csv.write_text("dato;værdi;indikator\n01-03-2016;1;Tid til dokumentation\n01-04-2016;x;Tid til dokumentation\n",
                   encoding="utf-8")
    wizard = ImportWizard(w.ws, trial.id, parent=w, path=csv)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    table = wizard.preview_page.table
    assert "farve" not in wizard.preview_page.subTitle() and "Røde" not in wizard.preview_page.subTitle()
    bad = [r for r in range(table.rowCount()) if table.item(r, 1) is not None
           and not table.item(r, 1).icon().isNull()]
    assert len(bad) == 1
    assert table.item(bad[0], 1).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Fejl: ")
