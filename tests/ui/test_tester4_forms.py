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
