"""The desktop program on a shared database (a real throwaway PostgreSQL cluster, real logins): the
connection dialog, two people editing the same measurement (the conflict dialog, the value chosen is the
one stored), other users' changes appearing in the open window, and the administrator's access dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel
from shared_helpers import make_trial

from effektmaaling.services import access

pytest.importorskip("pytestqt")


class MemoryKeyring(KeyringBackend):
    """An operating-system keyring for the tests: kept in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):  # type: ignore[no-untyped-def]
        return self.store.get((service, username))

    def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
        self.store[(service, username)] = password

    def delete_password(self, service, username):  # type: ignore[no-untyped-def]
        self.store.pop((service, username), None)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture
def team(shared):
    """An administrator, and Alice and Bob as leads of the trial »Fælles« (one indicator, three values)."""
    admin = shared.login("adam", "effektmaaling_admin")
    alice, bob = shared.login("alice"), shared.login("bob")
    ws = shared.workspace(admin)
    trial, ind, ms = make_trial(ws, "Fælles")
    access.grant(ws, alice, "lead", "Fælles")
    access.grant(ws, bob, "lead", "Fælles")
    ws.close()
    opened = []

    def workspace(login):
        w = shared.workspace(login)
        opened.append(w)
        return w

    yield SimpleNamespace(shared=shared, admin=admin, alice=alice, bob=bob, trial=trial, ind=ind, ms=ms,
                          workspace=workspace)
    for w in opened:
        w.close()


@pytest.fixture
def open_window(qtbot):
    from effektmaaling.ui.main_window import MainWindow
    from effektmaaling.ui.settings import Settings

    windows = []

    def make(ws):
        w = MainWindow(ws, Settings())
        qtbot.addWidget(w)
        w.resize(1300, 850)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.close()  # stops listening before the workspace closes


def _grid(qtbot, w, ind_id):
    assert w.navigator.select("indicator", ind_id)
    table = w.page("indicator").table
    qtbot.waitUntil(lambda: table.m.indicator is not None and table.m.indicator.id == ind_id)
    return table, table.m


def _start_editing_value(qtbot, table, row):
    col = [c.key for c in table.m.cols].index("value")
    table.setFocus()
    table.setCurrentIndex(table.m.index(row, col))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    return col


def _type_into_editor(qtbot, text):
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _conflict_dialog(qtbot, owner):
    qtbot.waitUntil(lambda: getattr(owner, "conflict_dialog", None) is not None
                    and owner.conflict_dialog.isVisible(), timeout=5000)
    return owner.conflict_dialog


# --- two people at once ------------------------------------------------------------------------------

@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_grid_edit_based_on_an_old_version_shows_both_values_and_stores_the_chosen_one(
        qtbot, team, open_window, choice):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    table, model = _grid(qtbot, w, team.ind.id)
    m = team.ms[0]
    col = _start_editing_value(qtbot, table, 0)  # Alice starts changing 1,0 …
    b.update_measurement(m.id, value=4.0)  # … Bob saves 4,0 first
    qtbot.waitUntil(lambda: model.rows[0].value == 4.0, timeout=5000)  # heard, the editor left alone
    _type_into_editor(qtbot, "9")  # Alice's 9 is based on 1,0

    dialog = _conflict_dialog(qtbot, table)
    assert dialog.findChild(QLabel, "mine_value").text() == "9,0"
    assert dialog.findChild(QLabel, "theirs_value").text() == "4,0"
    assert team.bob in dialog.intro.text()
    assert model.display_text(0, model.cols[col]) == "9"  # what Alice typed is kept while she decides
    assert [x.value for x in b.measurements(team.ind.id)] == [4.0, 2.0, 3.0]  # nothing overwritten yet

    qtbot.mouseClick(dialog.mine_button if choice == "mine" else dialog.theirs_button, Qt.MouseButton.LeftButton)
    expected = 9.0 if choice == "mine" else 4.0
    qtbot.waitUntil(lambda: model.display_text(0, model.cols[col]) == f"{expected:.1f}".replace(".", ","))
    assert [x.value for x in b.measurements(team.ind.id)] == [expected, 2.0, 3.0]
    assert (m.id, "value") not in model.drafts and not model.errors
    log = [(e.action, e.user) for e in b.change_log(entity_id=m.id)]
    assert ("conflict", team.alice) in log and ("update", team.bob) in log
    assert (("update", team.alice) in log) == (choice == "mine")


def test_closing_the_conflict_dialog_keeps_what_was_typed(qtbot, team, open_window):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    table, model = _grid(qtbot, w, team.ind.id)
    col = _start_editing_value(qtbot, table, 1)
    b.update_measurement(team.ms[1].id, value=5.0)
    qtbot.waitUntil(lambda: model.rows[1].value == 5.0, timeout=5000)
    _type_into_editor(qtbot, "7,5")
    dialog = _conflict_dialog(qtbot, table)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert model.display_text(1, model.cols[col]) == "7,5"  # still there, marked
    assert (model.rows[1].id, "value") in model.errors
    assert [x.value for x in b.measurements(team.ind.id)] == [1.0, 5.0, 3.0]


def test_another_users_change_of_other_fields_is_kept_and_mine_saved_without_asking(qtbot, team, open_window):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    table, model = _grid(qtbot, w, team.ind.id)
    _start_editing_value(qtbot, table, 2)
    b.update_measurement(team.ms[2].id, comment="ny opgørelse")  # Bob: the comment, not the value
    qtbot.waitUntil(lambda: model.rows[2].comment == "ny opgørelse", timeout=5000)
    _type_into_editor(qtbot, "6")  # the delegate hands the text in on the next turn of the event loop
    qtbot.waitUntil(lambda: model.rows[2].value == 6.0, timeout=5000)
    stored = next(x for x in b.measurements(team.ind.id) if x.id == team.ms[2].id)
    assert (stored.value, stored.comment) == (6.0, "ny opgørelse")
    assert getattr(table, "conflict_dialog", None) is None


def test_trial_details_conflict_shows_both_names_and_keeps_theirs(qtbot, team, open_window):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    assert w.navigator.select("details", team.trial.id)
    details = w.page("details")
    field = details.inputs["unit"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    b.update_trial(team.trial.id, unit="Bobs enhed")
    qtbot.wait(1000)  # heard: the field being edited is left alone
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Alices enhed")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    dialog = _conflict_dialog(qtbot, details)
    assert dialog.findChild(QLabel, "mine_unit").text() == "Alices enhed"
    assert dialog.findChild(QLabel, "theirs_unit").text() == "Bobs enhed"
    assert field.text() == "Alices enhed"
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.text() == "Bobs enhed")
    assert b.trial(team.trial.id).unit == "Bobs enhed"


def test_indicator_editor_conflict_overwrites_with_mine_on_request(qtbot, team, open_window):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    _grid(qtbot, w, team.ind.id)
    editor = w.edit_indicator()
    b.update_indicator(team.ind.id, unit="point (Bob)")
    unit = editor.inputs["unit"]
    unit.setFocus()
    qtbot.keyClick(unit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(unit, "point (Alice)")
    qtbot.keyClick(unit, Qt.Key.Key_Return)  # OK
    dialog = _conflict_dialog(qtbot, editor)
    assert dialog.findChild(QLabel, "theirs_unit").text() == "point (Bob)"
    assert editor.isVisible()  # nothing saved, the editor still open
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert b.indicator(team.ind.id).unit == "point (Alice)"


# --- other users' changes appear -----------------------------------------------------------------------

def test_a_change_through_another_connection_appears_in_the_open_grid_within_seconds(qtbot, team, open_window):
    import time

    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    _table, model = _grid(qtbot, w, team.ind.id)
    assert w.hub.watching
    value_col = model.cols[[c.key for c in model.cols].index("value")]
    start = time.monotonic()
    b.update_measurement(team.ms[0].id, value=8.5)
    qtbot.waitUntil(lambda: model.display_text(0, value_col) == "8,5", timeout=5000)
    b.add_measurement(team.ind.id, date=dt.date(2015, 1, 1), value=3.5)
    qtbot.waitUntil(lambda: len(model.rows) == 4, timeout=5000)
    assert time.monotonic() - start < 10
    assert model.display_text(3, value_col) == "3,5"
    # the selection stays where the user is, and the status bar counts the new measurement
    assert w.navigator.current()[1] == team.ind.id
    assert "4 målinger" in w.status_db.text()


def test_a_trial_created_by_someone_else_appears_without_moving_the_selection(qtbot, team, open_window):
    w = open_window(team.workspace(team.admin))
    _grid(qtbot, w, team.ind.id)
    bob = team.workspace(team.bob)
    new = bob.create_trial(name="Nyt fra Bob", start_date=dt.date(2016, 1, 1))
    qtbot.waitUntil(lambda: w.navigator.model.listed("trial", new.id), timeout=5000)
    assert w.navigator.current()[:2] == ("indicator", team.ind.id)  # still where the user was
    assert w.current_page() == "indicator"


def test_a_reader_sees_the_grid_but_cannot_type_in_it(qtbot, team, open_window):
    reader = team.shared.login("rita")
    adm = team.workspace(team.admin)
    access.grant(adm, reader, "reader", "Fælles")
    w = open_window(team.workspace(reader))
    table, model = _grid(qtbot, w, team.ind.id)
    assert len(model.rows) == 3 and not model.writable
    col = [c.key for c in model.cols].index("value")
    table.setFocus()
    table.setCurrentIndex(model.index(0, col))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(table, "9")
    assert table.state() != QAbstractItemView.State.EditingState
    assert not w.act_new_indicator.isEnabled() and not w.act_delete.isEnabled()
    assert [x.value for x in adm.measurements(team.ind.id)] == [1.0, 2.0, 3.0]

    lead = open_window(team.workspace(team.alice))  # Alice leads it: she may
    assert lead.navigator.select("indicator", team.ind.id)
    assert lead.page("indicator").table.m.writable and lead.act_new_indicator.isEnabled()


def test_a_login_without_trials_is_told_why_the_window_is_empty(qtbot, team, open_window):
    newcomer = team.shared.login("nina", "effektmaaling_user")
    w = open_window(team.workspace(newcomer))
    assert w.statusBar().currentMessage().startswith("Du ser ingen forsøg i den delte database")


# --- the connection dialog -------------------------------------------------------------------------------

def _fill(qtbot, dialog, shared, login, password):
    cluster = shared.cluster
    for field, text in ((dialog.host, "127.0.0.1"), (dialog.database, shared.dbname), (dialog.login, login),
                        (dialog.password, password)):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)
    dialog.port.setFocus()
    qtbot.keyClick(dialog.port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.port, str(cluster.port))


def _connect(qtbot, dialog, key=True):
    """Forbind (Enter in the password field, or the button's slot), then wait for the answer."""
    if key:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    else:
        dialog.accept()
    qtbot.waitUntil(lambda: not dialog.connecting, timeout=20000)


def test_the_connection_dialog_connects_with_the_right_password_and_refuses_a_wrong_one(
        qtbot, team, no_keyring):
    from effektmaaling.ui.settings import Settings
    from effektmaaling.ui.shared_database import ConnectDialog

    settings = Settings()
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_note.isVisible() and not dialog.remember.isVisible()  # no keyring here: said so
    _fill(qtbot, dialog, team.shared, team.alice, "forkert")
    assert dialog.sslmode.currentData() == "prefer"  # this machine: no network to encrypt
    _connect(qtbot, dialog)
    assert dialog.workspace is None and dialog.isVisible(), (dialog.result(), dialog.error.text(), dialog._cancelled)
    where = f"postgresql://{team.alice}@127.0.0.1:{team.shared.cluster.port}/{team.shared.dbname}?sslmode=prefer"
    assert dialog.error.accessibleDescription() == \
        f"Login til {where} mislykkedes: forkert brugernavn eller adgangskode."
    assert dialog.error.isVisible()

    qtbot.keyClicks(dialog.password, "pw-" + team.alice)  # the wrong one is selected: typing replaces it
    _connect(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, (dialog.error.text(), dialog.password.text())
    ws = dialog.workspace
    try:
        assert ws.shared and ws.db.login == team.alice and [t.name for t in ws.trials()] == ["Fælles"]
    finally:
        ws.close()
    profile = settings.shared_profile()
    assert profile == {"host": "127.0.0.1", "port": str(team.shared.cluster.port), "database": team.shared.dbname,
                       "login": team.alice, "sslmode": "prefer"}
    settings.sync()
    assert "pw-" not in Path(settings.q.fileName()).read_text(encoding="utf-8")  # the password is nowhere


def test_sslmode_is_required_across_a_network(qtbot, no_keyring):
    from effektmaaling.ui.shared_database import ConnectDialog

    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    dialog.host.setFocus()
    qtbot.keyClicks(dialog.host, "db.kk.dk")
    assert dialog.sslmode.currentData() == "require"


def test_a_server_that_cannot_be_reached_and_a_login_without_access_are_said_in_one_sentence(
        qtbot, team, no_keyring):
    from pg_cluster import free_port

    from effektmaaling.ui.shared_database import ConnectDialog

    stranger = team.shared.login("stranger")  # a login without any membership or role
    dialog = ConnectDialog(None)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, team.shared, stranger, "pw-" + stranger)
    _connect(qtbot, dialog, key=False)
    assert dialog.workspace is None
    assert dialog.error.accessibleDescription() == (
        f"Din login {stranger} har ikke adgang til den delte database postgresql://{stranger}@127.0.0.1:"
        f"{team.shared.cluster.port}/{team.shared.dbname}?sslmode=prefer; bed administratoren om at give dig "
        "adgang til et forsøg.")
    port = free_port()
    dialog.port.setValue(port)
    _connect(qtbot, dialog, key=False)
    assert dialog.error.accessibleDescription() == (
        f"Serveren 127.0.0.1:{port} kan ikke nås; kontrollér adressen og porten, og at du er på netværket.")


def test_the_password_is_kept_in_the_keyring_and_not_asked_for_again(qtbot, team, memory_keyring):
    from effektmaaling.ui.settings import Settings
    from effektmaaling.ui.shared_database import ConnectDialog

    settings = Settings()
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isVisible() and dialog.remember.isChecked() and not dialog.keyring_note.isVisible()
    _fill(qtbot, dialog, team.shared, team.bob, "pw-" + team.bob)
    _connect(qtbot, dialog)
    assert dialog.workspace is not None
    dialog.workspace.close()
    assert list(memory_keyring.store.values()) == ["pw-" + team.bob]

    again = ConnectDialog(settings)  # the profile remembered, the password in the keyring
    qtbot.addWidget(again)
    assert again.login.text() == team.bob and again.password.text() == ""
    assert again.password.placeholderText() == "gemt i nøgleringen"
    _connect(qtbot, again, key=False)
    assert again.workspace is not None and again.workspace.db.login == team.bob
    again.workspace.close()

    third = ConnectDialog(settings)  # typed, and "Husk" unticked: the kept password goes
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    third.remember.setChecked(False)
    third.password.setFocus()
    qtbot.keyClicks(third.password, "pw-" + team.bob)
    _connect(qtbot, third)
    assert third.workspace is not None
    third.workspace.close()
    assert memory_keyring.store == {}


def test_opening_goes_the_way_a_file_goes_and_the_title_names_server_and_database(qtbot, team, no_keyring):
    from effektmaaling.ui.app import Application
    from effektmaaling.ui.settings import Settings

    controller = Application(QApplication.instance(), Settings())
    ws = team.workspace(team.alice)
    assert controller.open(ws)
    w = controller.window
    qtbot.addWidget(w)
    try:
        port = team.shared.cluster.port
        assert w.windowTitle() == f"{team.shared.dbname} på 127.0.0.1:{port} – Effektmåling"
        assert f"logget ind som {team.alice}" in w.status_db.text()
        assert not w.act_access.isEnabled()  # a lead does not manage members
        assert not w.findChild(type(w.act_quit), "actionRestoreBackup").isEnabled()
        # the profile is remembered for Seneste databaser, without the password
        assert Settings().shared_profile()["login"] == team.alice
    finally:
        w.close()


def test_the_program_started_with_a_shared_address_opens_it(qtbot, team, memory_keyring):
    from effektmaaling.storage.postgres import remember_password
    from effektmaaling.ui.app import Application
    from effektmaaling.ui.settings import Settings

    port, db = team.shared.cluster.port, team.shared.dbname
    address = f"postgresql://{team.alice}@127.0.0.1:{port}/{db}"
    remember_password(address, "pw-" + team.alice)  # as `effektmaaling --db … password` keeps it
    controller = Application(QApplication.instance(), Settings())
    controller.start(address)  # what `effektmaaling --db postgresql://…` does
    w = controller.window
    qtbot.addWidget(w)
    try:
        assert "pw-" not in w.status_db.text()
        qtbot.waitUntil(lambda: w.ws is not None, timeout=10000)
        assert w.ws.db.login == team.alice and w.windowTitle() == f"{db} på 127.0.0.1:{port} – Effektmåling"
        assert w.hub.watching
    finally:
        w.close()
        controller.close()


# --- the administrator's access dialog -----------------------------------------------------------------

def test_the_administrator_grants_and_revokes_in_the_access_dialog(qtbot, team, open_window):
    carol = team.shared.login("carol")
    adm = team.workspace(team.admin)
    w = open_window(adm)
    assert w.act_access.isEnabled()
    dialog = w.show_access()
    qtbot.waitExposed(dialog)
    logins = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {team.alice, team.bob} <= logins
    dialog.login.setFocus()
    qtbot.keyClicks(dialog.login, carol)
    dialog.role.setCurrentIndex(dialog.role.findData("reader"))
    qtbot.keyClick(dialog.login, Qt.Key.Key_Return)
    assert dialog.done_label.text() == f"{carol} er nu læser i »Fælles«."
    members, _groups = access.members(adm)
    assert any(m.login == carol and m.role == "reader" for m in members)
    c = team.workspace(carol)
    assert [t.name for t in c.trials()] == ["Fælles"]  # the server lets her read it now

    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == carol)
    dialog.table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert not any(m.login == carol for m in access.members(adm)[0])
    assert c.trials() == []  # on her next statement
    dialog.close()


def test_the_command_line_starts_the_window_on_a_shared_address(monkeypatch):
    """``effektmaaling --db postgresql://…`` without a command: the desktop program on that database."""
    import effektmaaling.ui.app as app_module
    from effektmaaling.cli.main import main

    started = []
    monkeypatch.setattr(app_module, "run_app", lambda location, **kw: started.append(location) or 0)
    assert main(["--db", "postgresql://anna@db.kk.dk/effekt"]) == 0
    assert started == ["postgresql://anna@db.kk.dk/effekt"]


def test_the_remembered_shared_database_is_offered_under_recent_databases(qtbot, tmp_path):
    from PySide6.QtGui import QAction

    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow
    from effektmaaling.ui.settings import Settings

    settings = Settings()
    settings.remember_shared_profile({"host": "db.kk.dk", "port": 5432, "database": "effekt", "login": "anna",
                                      "sslmode": "require"})
    ws = Workspace.open(tmp_path / "egen.db")
    w = MainWindow(ws, settings)
    qtbot.addWidget(w)
    try:
        w._fill_recent()
        action = w.recent_menu.findChild(QAction, "recentShared")
        assert action.text() == "effekt på db.kk.dk (delt database)"
        with qtbot.waitSignal(w.database_requested) as sig:
            action.trigger()
        assert sig.args == ["postgresql://anna@db.kk.dk:5432/effekt?sslmode=require"]  # no password
    finally:
        w.close()
        ws.close()


# --- bulk changes, undo and memberships ----------------------------------------------------------------------

def _paste(qtbot, table, row, col, text):
    QApplication.clipboard().setText(text)
    table.setFocus()
    table.setCurrentIndex(table.m.index(row, col))
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_paste_over_a_measurement_changed_since_it_was_shown_asks_and_stores_one_value(
        qtbot, team, open_window, choice):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    table, model = _grid(qtbot, w, team.ind.id)
    w.hub._timer.stop()  # Bob's change has not reached Alice's window yet when she pastes
    b.update_measurement(team.ms[0].id, value=4.0)
    col = [c.key for c in model.cols].index("value")
    _paste(qtbot, table, 0, col, "9\n8")

    dialog = _conflict_dialog(qtbot, table)
    assert dialog.findChild(QLabel, "mine_value").text() == "9,0"
    assert dialog.findChild(QLabel, "theirs_value").text() == "4,0"
    assert team.bob in dialog.intro.text()
    assert [x.value for x in b.measurements(team.ind.id)] == [4.0, 2.0, 3.0]  # nothing pasted yet
    log = [(e.action, e.user) for e in b.change_log(entity_id=team.ms[0].id)]
    assert log[:2] == [("conflict", team.alice), ("update", team.bob)]

    qtbot.mouseClick(dialog.mine_button if choice == "mine" else dialog.theirs_button, Qt.MouseButton.LeftButton)
    expected = [9.0, 8.0, 3.0] if choice == "mine" else [4.0, 2.0, 3.0]
    qtbot.waitUntil(lambda: [x.value for x in model.rows] == expected, timeout=5000)
    assert [x.value for x in b.measurements(team.ind.id)] == expected


def test_undo_after_someone_else_changed_the_row_asks_instead_of_overwriting(qtbot, team, open_window):
    a, b = team.workspace(team.alice), team.workspace(team.bob)
    w = open_window(a)
    table, model = _grid(qtbot, w, team.ind.id)
    _start_editing_value(qtbot, table, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, table))  # the cell's editor has the focus
    _type_into_editor(qtbot, "7")
    qtbot.waitUntil(lambda: model.rows[0].value == 7.0)
    b.update_measurement(team.ms[0].id, value=6.0)  # Bob changes the value Alice's step wrote
    qtbot.waitUntil(lambda: model.rows[0].value == 6.0, timeout=5000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    dialog = _conflict_dialog(qtbot, w)
    # what the undo would put back, in the indicator's number format as the grid shows it (it said »1« and »6«)
    assert dialog.findChild(QLabel, "mine_value").text() == "1,0"
    assert dialog.findChild(QLabel, "theirs_value").text() == "6,0"
    assert any(label.text().startswith("Værdi") for label in dialog.findChildren(QLabel))  # the grid's column name
    assert next(x.value for x in b.measurements(team.ind.id)) == 6.0
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert w.stack.canUndo() and w.stack.index() == 1  # the step stays: nothing was undone
    assert next(x.value for x in b.measurements(team.ind.id)) == 6.0

    w.conflict_dialog = None
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # again, and overwrite knowingly
    dialog = _conflict_dialog(qtbot, w)
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.index() == 0)
    assert next(x.value for x in b.measurements(team.ind.id)) == 1.0


def test_a_revoked_membership_reaches_the_open_window(qtbot, team, open_window):
    a = team.workspace(team.alice)
    w = open_window(a)
    qtbot.waitUntil(lambda: w.navigator.model.listed("trial", team.trial.id), timeout=5000)
    adm = team.workspace(team.admin)
    access.revoke(adm, team.alice, "Fælles")
    qtbot.waitUntil(lambda: not w.navigator.model.listed("trial", team.trial.id), timeout=5000)
    assert "Din adgang til forsøget »Fælles« er fjernet af en administrator." in w.statusBar().currentMessage()
    access.grant(adm, team.alice, "reader", "Fælles")
    qtbot.waitUntil(lambda: w.navigator.model.listed("trial", team.trial.id), timeout=5000)
