"""Fil → Adgang til forsøg …: the administrator's view of who may read and write which trial in a shared
database, with grant and revoke (``services.access``; the server enforces what is set here)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.formatting import format_date
from .widgets import ComboBox, FieldError, muted

if TYPE_CHECKING:
    from ..services import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def role_text(role: str) -> str:
    return {"lead": tr("Projektleder (læser og skriver)"), "reader": tr("Læser")}.get(role, role)


class AccessDialog(QDialog):
    """Members of every trial, the logins with a role for all trials, and grant/revoke."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, trial_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("accessDialog")
        self.setWindowTitle(tr("Adgang til forsøg"))
        self.members: list = []
        lay = QVBoxLayout(self)
        lay.addWidget(muted(tr("Databaseserveren håndhæver adgangen: en login ser kun de forsøg, den er medlem af. "
                               "Logins oprettes af IT; her giver du dem adgang.")))
        self.table = QTableWidget(0, 5, objectName="membersTable")
        self.table.setHorizontalHeaderLabels([tr("Forsøg"), tr("Login"), tr("Rolle"), tr("Givet"), tr("Af")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Medlemmer af forsøgene"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        lay.addWidget(self.table, 1)
        self.groups = QLabel(objectName="groupsLabel")
        self.groups.setWordWrap(True)
        lay.addWidget(self.groups)
        self.revoke_button = QPushButton(tr("&Fjern adgang"), objectName="revokeButton")
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        lay.addLayout(row)

        box = QGroupBox(tr("Giv adgang"))
        form = QFormLayout(box)
        self.login = QLineEdit(objectName="grantLogin")
        self.trial = ComboBox(objectName="grantTrial")
        for t in ws.trials():
            self.trial.addItem(t.name, t.id)
        if trial_id is not None:
            self.trial.setCurrentIndex(max(0, self.trial.findData(trial_id)))
        self.role = ComboBox(objectName="grantRole")
        for role in ("lead", "reader"):
            self.role.addItem(role_text(role), role)
        self.grant_button = QPushButton(tr("&Giv adgang"), objectName="grantButton")
        self.grant_button.clicked.connect(self.grant)
        self.login.returnPressed.connect(self.grant)
        form.addRow(tr("&Login:"), self.login)
        form.addRow(tr("F&orsøg:"), self.trial)
        form.addRow(tr("&Rolle:"), self.role)
        grant_row = QHBoxLayout()
        grant_row.addWidget(self.grant_button)
        grant_row.addStretch(1)
        form.addRow("", grant_row)
        lay.addWidget(box)
        self.message = FieldError()
        self.message.setObjectName("accessMessage")
        lay.addWidget(self.message)
        self.done_label = muted()
        self.done_label.setObjectName("accessDone")
        lay.addWidget(self.done_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("x")
        self.resize(em * 110, self.fontMetrics().height() * 34)
        self.refresh()
        self.login.setFocus()

    def refresh(self) -> None:
        from ..services import access

        try:
            self.members, groups = access.members(self.ws)
        except DomainError as exc:
            self.message.show_error(exc.text())
            return
        self.table.setRowCount(len(self.members))
        for r, m in enumerate(self.members):
            for c, text in enumerate((m.trial_name, m.login, role_text(m.role),
                                      format_date(m.granted_at.date()) if m.granted_at else "", m.granted_by)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        central = ", ".join(groups.get("effektmaaling_central", [])) or tr("ingen")
        admins = ", ".join(groups.get("effektmaaling_admin", [])) or tr("ingen")
        self.groups.setText(tr("Læser alle forsøg (centrale medarbejdere): {central}. Administratorer: {admins}.")
                            .format(central=central, admins=admins))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.revoke_button.setEnabled(self.selected() is not None)

    def selected(self):  # type: ignore[no-untyped-def]
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.members[min(rows)] if rows and min(rows) < len(self.members) else None

    def grant(self) -> bool:
        from ..services import access

        login = self.login.text().strip()
        if not login:
            self.message.show_error(tr("Skriv den login, der skal have adgang."))
            self.login.setFocus()
            return False
        if self.trial.currentData() is None:
            self.message.show_error(tr("Der er intet forsøg at give adgang til."))
            return False
        role = str(self.role.currentData())
        try:
            change = access.grant(self.ws, login, role, str(self.trial.currentData()))
        except DomainError as exc:
            self.message.show_error(exc.text())
            self.login.setFocus()
            return False
        self.message.show_error(None)
        self.done_label.setText(tr("{login} er nu {role} i »{trial}«.").format(
            login=change.login, role=role_text(change.role).lower(), trial=change.trial))
        self.login.clear()
        self.refresh()
        return True

    def revoke_selected(self) -> bool:
        from ..services import access

        m = self.selected()
        if m is None:
            return False
        try:
            access.revoke(self.ws, m.login, m.trial_id)
        except DomainError as exc:
            self.message.show_error(exc.text())
            return False
        self.message.show_error(None)
        self.done_label.setText(tr("{login} har ikke længere adgang til »{trial}«.").format(
            login=m.login, trial=m.trial_name))
        self.refresh()
        return True


__all__ = ["AccessDialog"]
