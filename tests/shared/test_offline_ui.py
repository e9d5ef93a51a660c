"""The desktop program's side of offline and back: the sync's conflict review (the exchange file's dialog
with the sides named »Denne kopi« and »Den delte database«) answered with key events, and Fil ->
Synkronisér med den delte database on a real main window on the copy, against the real cluster."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shared_helpers import make_trial

from effektmaaling.services import Workspace, access
from effektmaaling.services import offline as off


@pytest.fixture
def setup(shared, tmp_path):
    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    trial, ind, ms = make_trial(admin, "Værestedet")
    lead = shared.login("bodil")
    access.grant(admin, lead, "lead", "Værestedet")
    server = shared.workspace(lead)
    laptop = tmp_path / "laptop.db"
    copy = Workspace.open(laptop)
    off.checkout(server, trial.id, copy)
    copy.close()
    yield admin, server, laptop, lead, trial, ind, ms
    server.close()
    admin.close()


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, title, text, *a, k=kind, **kw:
                                                            shown.append((k, title, text))))
    return shown


def test_the_sync_review_is_answered_with_the_keyboard(setup, qtbot, tmp_path):
    from effektmaaling.ui.offline_actions import _sync_dialog_class

    _admin, server, laptop, _lead, trial, ind, ms = setup
    copy = Workspace.open(laptop)
    try:
        copy.update_measurement(ms[0].id, value=10.0)
        server.update_measurement(ms[0].id, value=20.0)
        plan = off.plan_sync(copy, server, trial.id)
        dialog = _sync_dialog_class()(copy, server, trial.id, plan)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        [view] = dialog.views
        assert [view.table.horizontalHeaderItem(i).text() for i in (1, 2)] == ["Denne kopi", "Den delte database"]
        assert view.mine.text() == "Behold denne kopis værdi" and view.theirs.text() == "Brug den delte databases værdi"
        assert "Fra den delte database til denne kopi" in dialog.summary.text()
        dialog.grab().save(str(tmp_path / "sync-dialog.png"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Synkronisér" and not ok.isEnabled()  # a conflict without an answer
        view.theirs.setFocus()
        qtbot.keyClick(view.theirs, Qt.Key.Key_Space)
        assert ok.isEnabled()
        ok.setFocus()
        qtbot.keyClick(ok, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.over, timeout=30000)  # written off the GUI thread
        assert dialog.sync_result is not None and not dialog.isVisible()
        assert next(m.value for m in copy.measurements(ind.id) if m.id == ms[0].id) == 20.0
        assert next(m.value for m in server.measurements(ind.id) if m.id == ms[0].id) == 20.0
    finally:
        copy.close()
    if os.environ.get("EFFEKT_KEEP_PNG"):
        import shutil

        shutil.copy(tmp_path / "sync-dialog.png", os.environ["EFFEKT_KEEP_PNG"])


def test_file_menu_synchronises_the_copy_with_the_shared_database(setup, qtbot, monkeypatch, messages):
    from effektmaaling.ui.main_window import MainWindow

    _admin, server, laptop, lead, trial, ind, ms = setup
    monkeypatch.setenv("PGPASSWORD", "pw-" + lead)  # the copy remembers the server without the password
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    server.update_indicator(ind.id, unit="point")
    ws = Workspace.open(laptop)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        take = window.findChild(type(window.menuBar().actions()[0]), "actionTakeAlong")
        sync_action = window.findChild(type(window.menuBar().actions()[0]), "actionSynchronise")
        assert sync_action is not None and sync_action.isEnabled()
        assert take is not None and not take.isEnabled()  # a file is no shared database
        assert sync_action.text() == "Synkronisér med den delte database"
        window.navigator.select("trial", trial.id)
        ws.update_measurement(ms[1].id, comment="offline")
        sync_action.trigger()
        assert messages and messages[-1][0] == "information", messages
        assert "er synkroniseret med" in messages[-1][2]
        assert next(m.comment for m in server.measurements(ind.id) if m.id == ms[1].id) == "offline"
        assert ws.indicator(ind.id).unit == "point"
    finally:
        window.close()
        ws.close()


def test_take_along_copies_the_selected_trial_into_the_chosen_file(shared, qtbot, tmp_path, messages, monkeypatch):
    from types import SimpleNamespace

    from effektmaaling.ui import file_dialogs, offline_actions

    admin = shared.workspace(shared.login("adam", "effektmaaling_admin"))
    trial, ind, _ms = make_trial(admin, "Med på tur")
    target = tmp_path / "tur.db"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **kw: (str(target), ""))
    try:
        window = SimpleNamespace(ws=admin, current_trial_id=lambda: trial.id)
        assert offline_actions.take_along(window) == target
        assert messages[-1][0] == "information" and "er taget med i" in messages[-1][2]
        copy = Workspace.open(target)
        try:
            assert [t.name for t, _p in off.offline_trials(copy)] == ["Med på tur"]
            assert len(copy.measurements(ind.id)) == 3
        finally:
            copy.close()
        # a second time into the same file: said plainly, nothing done
        assert offline_actions.take_along(window) is None
        assert messages[-1][0] == "warning" and "findes allerede" in messages[-1][2]
    finally:
        admin.close()
