"""Findings of the fourth user-style test run on forms: the wheel, date fields, start date and baselines."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from effektmaaling.services import Workspace

from .helpers import settle


def _wheel_over(qtbot, widget, clicks: int = -1) -> None:
    """A real (spontaneous) wheel turn with the pointer over ``widget``, as a mouse sends it."""
    window = widget.window().windowHandle()
    pos = widget.mapTo(widget.window(), widget.rect().center())
    for _ in range(abs(clicks)):
        QTest.wheelEvent(window, pos, QPoint(0, 120 if clicks > 0 else -120))
        QApplication.processEvents()


def test_wheel_over_unfocused_combo_scrolls_the_page_and_changes_nothing(demo_window, qtbot):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    w.navigator.select("details", t.id)
    details = w.page("details")
    w.resize(1300, 600)
    settle(qtbot)
    before = {a.bottom_line: a.verdict for a in w.ws.assessments(t.id)}
    status_before = w.ws.trial(t.id).status
    box = details.assessment_boxes[next(iter(details.assessment_boxes))]
    combo = box.verdict
    details.ensureWidgetVisible(combo)
    settle(qtbot)
    bar = details.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.value() - 40 if bar.value() >= 40 else bar.value())  # room to scroll down
    settle(qtbot)
    index, scrolled_from = combo.currentIndex(), bar.value()
    depth = w.stack.count()
    assert not combo.hasFocus()
    _wheel_over(qtbot, combo, -1)
    settle(qtbot)
    assert combo.currentIndex() == index
    assert bar.value() > scrolled_from, "the page scrolls under the pointer"
    assert not combo.hasFocus()
    assert w.stack.count() == depth
    ws = Workspace.open(w.ws.path, readonly=True)  # what the file holds
    try:
        assert {a.bottom_line: a.verdict for a in ws.assessments(t.id)} == before
    finally:
        ws.close()

    # the status combo the same
    status = details.inputs["status"]
    details.ensureWidgetVisible(status)
    settle(qtbot)
    bar.setValue(0)
    settle(qtbot)
    _wheel_over(qtbot, status, -1)
    settle(qtbot)
    assert w.ws.trial(t.id).status == status_before
    assert bar.value() > 0

    # a focused combo still answers the wheel (what a user who clicked into it expects)
    combo.setFocus()
    details.ensureWidgetVisible(combo)
    settle(qtbot)
    combo_index = combo.currentIndex()
    _wheel_over(qtbot, combo, -1)
    settle(qtbot)
    assert combo.currentIndex() != combo_index


def test_every_combo_and_spin_box_in_the_ui_is_the_wheel_safe_kind():
    """A plain QComboBox/QSpinBox anywhere in the ui folder would again change under a scrolling wheel."""
    import re
    from pathlib import Path

    import effektmaaling.ui as ui

    found = []
    for path in Path(ui.__file__).parent.glob("*.py"):
        if path.name == "widgets.py":
            continue
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bQ(ComboBox|SpinBox|DoubleSpinBox|DateEdit|DateTimeEdit|TimeEdit)\(", line):
                found.append(f"{path.name}:{no}: {line.strip()}")
    assert not found, "\n".join(found)


def test_date_field_error_waits_for_leaving_the_field_and_does_not_move_the_fields_below(demo_window, qtbot):
    """Tester finding M3: "»2« er ikke en gyldig dato" after the first keystroke, and the fields below
    jumped two lines down (a click then landed in the wrong field)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    first = w.ws.indicators(t.id)[0]
    w.navigator.select("indicator", first.id)
    editor = w.edit_indicator()
    qtbot.waitExposed(editor)
    date, below = editor.inputs["baseline_end_date"], editor.inputs["baseline_value"]
    error = editor.error_labels["baseline_end_date"]

    def where():
        return below.mapTo(editor, below.rect().topLeft())

    before = where()
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    qtbot.keyClicks(date, "2")
    settle(qtbot)
    assert error.isHidden() or not error.text(), "no error while the date is being typed"
    assert where() == before
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # leaving the field: now it is read
    settle(qtbot)
    assert not date.hasFocus()
    assert "»2« er ikke en gyldig dato" in error.text() and not error.isHidden()
    assert where() == before, "the error takes no room from the fields below"
    # typing again hides the old complaint until the field is left again; a good date clears it
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    qtbot.keyClicks(date, "28-0")
    settle(qtbot)
    assert error.isHidden() or not error.text()
    qtbot.keyClicks(date, "2-2013")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    settle(qtbot)
    assert error.isHidden() or not error.text()
    # a bad date is shown when the dialog is accepted, with the focus still in the field
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    date.selectAll()
    qtbot.keyClicks(date, "31-02")
    qtbot.keyClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.Key.Key_Space)
    settle(qtbot)
    assert editor.isVisible() and not error.isHidden() and "31-02" in error.text()
    assert where() == before
    assert w.ws.indicator(first.id).baseline_end_date == first.baseline_end_date
    editor.reject()


def _typed_baseline_trial(path):
    """The tester's trial: a typed baseline 20,0 days, no measurements before the start, six after it."""
    import datetime as dt

    ws = Workspace.open(path)
    try:
        trial = ws.create_trial(name="Test af indtastet baseline", start_date=dt.date(2025, 3, 1))
        ind = ws.create_indicator(trial.id, name="Ventetid på bostøtte", bottom_line="service", direction="decrease",
                                  unit="dage", baseline_value=20.0, target_value=10.0)
        for month, v in zip(range(3, 9), (15, 14, 16, 13, 12, 14), strict=True):
            ws.add_measurement(ind.id, date=dt.date(2025, month, 15), value=float(v))
        return trial.id, ind.id
    finally:
        ws.close()


def test_typed_baseline_without_baseline_measurements_is_drawn_on_screen_and_in_the_pdf(make_window, qtbot,
                                                                                       tmp_path):
    """Tester finding M5: the headline said "20,0 → 14,0" but the chart had no baseline line."""
    import pyqtgraph as pg
    from reportlab.graphics.shapes import Line

    from effektmaaling.analysis.chart import build_chart_spec
    from effektmaaling.reports.chart import chart_drawing
    from effektmaaling.services.analysis import analyse_bundle

    trial_id, ind_id = _typed_baseline_trial(tmp_path / "m5.db")
    w = make_window(tmp_path / "m5.db")
    w.navigator.select("indicator", ind_id)
    settle(qtbot)
    chart = w.page("indicator").chart
    qtbot.waitUntil(lambda: chart.data_ is not None and bool(chart.data_.dates), timeout=10000)
    curves = [c for c in chart.getPlotItem().listDataItems() if isinstance(c, pg.PlotDataItem)]
    flat = [c for c in curves if (ys := c.getData()[1]) is not None and len(ys) >= 2 and all(v == 20.0 for v in ys)]
    assert flat, "a line at the typed baseline 20,0"
    xs = flat[0].getData()[0]
    assert xs[-1] - xs[0] > 100, "across the follow-up, to compare the measurements with"
    y_lo, y_hi = chart.getPlotItem().viewRange()[1]
    assert y_lo < 20.0 < y_hi

    bundle = w.ws.bundle(trial_id)
    a = analyse_bundle(bundle).indicators[0]
    assert a.baseline.source == "manual" and a.baseline.n_points == 0
    spec = build_chart_spec(a, bundle.milestones, bundle.trial.start_date)
    drawing = chart_drawing(spec, "da", 480, 190)

    def lines(node):
        for item in getattr(node, "contents", []):
            if isinstance(item, Line):
                yield item
            yield from lines(item)
    plot_lines = list(lines(drawing))
    target_y = next(ln.y1 for ln in plot_lines if ln.strokeDashArray == [6, 3] and ln.y1 == ln.y2)
    thick = [ln for ln in plot_lines if ln.strokeWidth >= 2 and ln.y1 == ln.y2 and ln.y1 != target_y]
    assert any(ln.x2 - ln.x1 > 200 for ln in thick), "the typed baseline is drawn across the plot in the PDF"


def test_moving_the_start_date_offers_to_move_baselines_ending_the_day_before(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    """Tester finding M7: an indicator kept "Baseline til og med 28-02" when the start moved from 01-03 to 01-04,
    without a word."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "m7.db"
    ws = Workspace.open(path)
    try:
        trial = ws.create_trial(name="Flyttet start", start_date=dt.date(2025, 3, 1))
        follows = ws.create_indicator(trial.id, name="Følger starten", bottom_line="service",
                                      baseline_end_date=dt.date(2025, 2, 28))
        own = ws.create_indicator(trial.id, name="Egen baseline", bottom_line="service",
                                  baseline_end_date=dt.date(2025, 1, 31))
        ws.create_indicator(trial.id, name="Uden dato", bottom_line="service")
    finally:
        ws.close()
    asked, warned = [], []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: warned.append(text)))
    w = make_window(path)
    w.navigator.select("details", trial.id)
    details = w.page("details")
    settle(qtbot)
    start = details.inputs["start_date"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    start.selectAll()
    qtbot.keyClicks(start, "01-04-2025")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    settle(qtbot)
    assert len(asked) == 1 and "Følger starten" in asked[0] and "Egen baseline" not in asked[0]
    assert "31-03-2025" in asked[0]
    assert w.ws.trial(trial.id).start_date == dt.date(2025, 4, 1)
    assert w.ws.indicator(follows.id).baseline_end_date == dt.date(2025, 3, 31)
    assert w.ws.indicator(own.id).baseline_end_date == dt.date(2025, 1, 31)
    assert len(warned) == 1 and "Egen baseline" in warned[0] and "31-01-2025" in warned[0]
    assert "Følger starten" not in warned[0] and "Uden dato" not in warned[0]
    # one undo step takes both back
    w.act_undo.trigger()
    settle(qtbot)
    assert w.ws.trial(trial.id).start_date == dt.date(2025, 3, 1)
    assert w.ws.indicator(follows.id).baseline_end_date == dt.date(2025, 2, 28)
    w.act_redo.trigger()
    settle(qtbot)
    assert w.ws.trial(trial.id).start_date == dt.date(2025, 4, 1)
    assert w.ws.indicator(follows.id).baseline_end_date == dt.date(2025, 3, 31)


def test_qt_standard_cancel_says_annuller_with_accent_as_the_glossary(qapp, tmp_path):
    """Tester finding (low): Qt's "Annuller" in the milestone, settings and file dialogs; the glossary
    (and the program's own buttons) say "Annullér"."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from effektmaaling.ui.app import install_translations
    from effektmaaling.ui.settings import Settings
    from effektmaaling.ui.settings_dialog import SettingsDialog

    installed = install_translations(qapp, "da")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annullér"
        msg = QMessageBox()
        msg.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        assert msg.button(QMessageBox.StandardButton.Cancel).text() == "Annullér"
        dialog = SettingsDialog(Settings(tmp_path / "settings.json"), "da")
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Annullér"
        dialog.deleteLater()
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_english_assessment_label_follows_the_glossary():
    """Tester finding (low): the English label "Verdict" where the glossary (docs/glossary.md) says
    "assessment" for vurdering."""
    from pathlib import Path

    from effektmaaling.domain.validation import field_label

    glossary = (Path(__file__).parents[2] / "docs" / "glossary.md").read_text(encoding="utf-8")
    assert "| vurdering | assessment |" in glossary
    assert field_label("verdict", "en") == "Assessment" and field_label("verdict", "da") == "Vurdering"
