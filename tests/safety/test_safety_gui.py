"""The data-safety parts of the desktop program, driven with pytest-qt on real files: the change log
viewer and its CSV export, restoring a backup (the window reopens the restored file), the database
check, the one-writer question and the warnings shown on opening."""

from __future__ import annotations

import csv
import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from effektmaaling.services import Workspace
from effektmaaling.services import backups as b
from effektmaaling.storage import netfs
from effektmaaling.storage.locking import lock_path
from effektmaaling.ui import app as app_module
from effektmaaling.ui.app import Application
from effektmaaling.ui.safety_actions import BackupsDialog, ChangeLogDialog, CheckDialog, restore_into_window
from effektmaaling.ui.settings import Settings


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "data.db"
    ws = Workspace.open(path)
    trial = ws.create_trial(name="=Forsøg A", start_date=dt.date(2014, 1, 1))
    a = ws.create_indicator(trial.id, name="Andel", bottom_line="service", valid_min=0, valid_max=100)
    c = ws.create_indicator(trial.id, name="Antal", bottom_line="productivity")
    ws.add_measurement(a.id, date=dt.date(2014, 1, 31), value=80.0)
    ws.add_measurement(c.id, date=dt.date(2014, 1, 31), value=3.0)
    ws.update_indicator(a.id, valid_max=50)
    ws.close()
    return path


@pytest.fixture
def controller(qtbot, qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self.text()))
    c = Application(qapp, Settings())
    c.shown = shown  # type: ignore[attr-defined]
    yield c
    if c.window is not None:
        c.window.close()
        c.window.ws.close()


def test_change_log_viewer_filters_and_exports(qtbot, filled_db: Path, tmp_path: Path) -> None:
    ws = Workspace.open(filled_db)
    try:
        dialog = ChangeLogDialog(ws)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 6  # trial, 2 indicators, 2 measurements, 1 change
        assert dialog.table.item(0, 2).text() == "ændret" and "Største gyldige værdi: 100 → 50" in dialog.table.item(0, 5).text()
        dialog.trial_box.setCurrentIndex(1)
        dialog.indicator_box.setCurrentIndex(dialog.indicator_box.findText("Andel"))
        assert dialog.table.rowCount() == 3  # the indicator, its measurement, its change
        assert {dialog.table.item(r, 3).text() for r in range(3)} == {"indikator", "måling"}
        dialog.period.setChecked(True)
        dialog.since.setDate(dt.date.today() + dt.timedelta(days=1))
        dialog.until.setDate(dt.date.today() + dt.timedelta(days=2))
        assert dialog.table.rowCount() == 0
        dialog.since.setDate(dt.date.today())
        assert dialog.table.rowCount() == 3
        out = dialog.export_csv(tmp_path / "log.csv")
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert rows[0] == ["Tidspunkt", "Bruger", "Handling", "Hvad", "Forsøg", "Ændring"]
        assert len(rows) == 4 and all(r[4] == "'=Forsøg A" for r in rows[1:])  # formula neutralised
        assert dt.datetime.strptime(rows[1][0], "%d-%m-%Y %H:%M").date() == dt.date.today()
    finally:
        ws.close()


def test_restore_from_the_menu_reopens_the_restored_file(qtbot, controller, filled_db: Path) -> None:
    assert controller.open(filled_db)
    window = controller.window
    assert [a.objectName() for a in window.menu("file").actions() if a.objectName() == "actionRestoreBackup"]
    assert any(a.objectName() == "actionChangeLog" for a in window.menu("view").actions())
    assert any(a.objectName() == "actionCheckDatabase" for a in window.menu("help").actions())
    window.ws.create_trial(name="Forsøg B", start_date=dt.date(2014, 1, 1))  # after the day's backup
    dialog = BackupsDialog(window.ws, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Daglig" and dialog.table.item(0, 3).text() == "1"
    entry = dialog.selected()
    assert entry is not None and entry.reason == "daily"
    assert restore_into_window(window, entry, confirm=False)
    assert controller.window is not window
    assert [t.name for t in controller.window.ws.trials()] == ["=Forsøg A"]
    assert not controller.window.ws.readonly
    reasons = sorted(e.reason for e in b.list_backups(filled_db))
    assert reasons == ["before-restore", "daily"]


def test_check_dialog_shows_findings(qtbot, filled_db: Path) -> None:
    ws = Workspace.open(filled_db, readonly=True)
    try:
        dialog = CheckDialog(ws)
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
        assert "1 problem(er) fundet" in text and "uden for indikatorens gyldige interval" in text
    finally:
        ws.close()


def test_database_in_use_offers_read_only(qtbot, controller, filled_db: Path, monkeypatch) -> None:
    lock_path(filled_db).write_text(json.dumps({"user": "kollega", "host": "en-anden-pc", "pid": 42,
                                                 "since": "2014-03-01T08:15:00"}))
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_open_readonly", lambda parent, exc: asked.append(exc.text()) or False)
    assert not controller.open(filled_db)
    assert "kollega på en-anden-pc siden 01-03-2014 08:15" in asked[0]
    monkeypatch.setattr(app_module, "ask_open_readonly", lambda parent, exc: True)
    assert controller.open(filled_db)
    assert controller.window.ws.readonly and "skrivebeskyttet" in controller.window.windowTitle()
    assert json.loads(lock_path(filled_db).read_text())["host"] == "en-anden-pc"  # not taken over


def test_network_drive_is_warned_about_on_opening(qtbot, controller, filled_db: Path, monkeypatch) -> None:
    monkeypatch.setattr(netfs, "_read_mounts", lambda platform: [("/", "ext4"), (str(filled_db.parent), "cifs")])
    assert controller.open(filled_db)
    assert any("netværksdrev (cifs)" in s for s in controller.shown)
    assert "netværksdrev" in controller.window.statusBar().currentMessage()
    assert socket.gethostname()  # the lock of this opening is ours
    assert json.loads(lock_path(filled_db).read_text())["host"] == socket.gethostname()
