"""An import through the wizard that would update a measurement someone else changed after the check: the
same two-button conflict dialog as the grid (not a plain message), and the value chosen is the one stored.
Two real logins on the throwaway PostgreSQL cluster; the wizard driven with clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard
from shared_helpers import two_leads_of

pytest.importorskip("pytestqt")


@pytest.fixture
def two_leads(shared):
    a, b, _trial, ind, ms = two_leads_of(shared)
    yield a, b, ind, ms
    a.close()
    b.close()


def _click(qtbot, wiz, which):
    button = wiz.button(which)
    assert button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if wiz.currentPage() is wiz.check_page and which == QWizard.WizardButton.NextButton:
        qtbot.waitUntil(lambda: wiz.check_page.job.over, timeout=30000)


def _to_check_with_update(qtbot, alice, ind, tmp_path):
    from effektmaaling.ui.import_wizard import ImportWizard

    path = tmp_path / "maalinger.csv"
    path.write_text("dato;værdi\n01-02-2014;11\n01-03-2014;12\n", encoding="utf-8")
    wiz = ImportWizard(alice, ind.trial_id, ind.id, path=path)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    for _ in range(3):
        _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    radio = wiz.check_page.update_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()
    return wiz


def _refused(qtbot, wiz, monkeypatch, tmp_path):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2] if len(a) > 2 else k))
    _click(qtbot, wiz, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wiz.job is not None and wiz.job.over, timeout=30000)
    qtbot.waitUntil(lambda: (getattr(wiz, "conflict_dialog", None) is not None and wiz.conflict_dialog.isVisible())
                    or bool(warned), timeout=5000)
    assert not warned, warned  # it was a plain message: »… har ændret posten …«
    dialog = wiz.conflict_dialog
    dialog.grab().save(str(tmp_path / "import_conflict.png"))
    return dialog


def test_overwrite_with_mine_imports_on_top_of_the_other_users_change(qtbot, two_leads, tmp_path, monkeypatch):
    alice, bob, ind, ms = two_leads
    wiz = _to_check_with_update(qtbot, alice, ind, tmp_path)
    bob.update_measurement(ms[1].id, value=7.0)  # Bob changes one of the two after Alice's check
    dialog = _refused(qtbot, wiz, monkeypatch, tmp_path)
    assert dialog.findChild(QLabel, "mine_value").text() == "12,0"
    assert dialog.findChild(QLabel, "theirs_value").text() == "7,0"
    assert bob.db.login in dialog.intro.text()
    assert [m.value for m in bob.measurements(ind.id)] == [1.0, 7.0, 3.0]  # nothing imported yet
    assert wiz.isVisible()

    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.report is not None, timeout=30000)
    assert [m.value for m in bob.measurements(ind.id)] == [11.0, 12.0, 3.0]
    assert "2 målinger opdateret" in wiz.summary_box.text()


def test_keep_theirs_imports_nothing_and_checks_the_file_again(qtbot, two_leads, tmp_path, monkeypatch):
    alice, bob, ind, ms = two_leads
    wiz = _to_check_with_update(qtbot, alice, ind, tmp_path)
    bob.update_measurement(ms[1].id, value=7.0)
    dialog = _refused(qtbot, wiz, monkeypatch, tmp_path)
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.check_page.job.over and wiz.check_page.dup_label.isVisible(), timeout=30000)
    assert [m.value for m in bob.measurements(ind.id)] == [1.0, 7.0, 3.0]  # Bob's value stays, nothing imported
    assert "7,0 → 12,0" in wiz.check_page.dup_label.text()  # the check shows the value stored now
    assert wiz.isVisible() and wiz.report is None
