"""Fil → Åbn delt database …: where the shared (PostgreSQL) database is and who logs in.

The connection profile (server, port, database, login, SSL) is remembered in the settings; the password
never is: it is kept in the operating system's keyring (``keyring``) when the user ticks the box, and asked
for each time on a machine without a keyring. Connecting happens in the dialog, so that a fault (a wrong
password, a server that cannot be reached, a login without access) is said in one sentence beside the
fields and the user can correct it; the open workspace then goes the way an opened file goes
(``MainWindow.database_requested``).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from .settings import Settings
from .widgets import ComboBox, FieldError, SpinBox, muted

if TYPE_CHECKING:
    from ..services import Workspace

DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def is_loopback(host: str) -> bool:
    """This machine (a Unix socket, localhost, 127.x, ::1): no network to encrypt."""
    host = host.strip().strip("[]").lower()
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_sslmode(host: str) -> str:
    return "prefer" if is_loopback(host) else "require"


@dataclass(frozen=True)
class ConnectionProfile:
    host: str
    port: int
    database: str
    login: str
    sslmode: str

    def url(self, password: str | None = None) -> str:
        """The ``postgresql://`` address (with the password only when given: else the keyring's)."""
        auth = quote(self.login, safe="") + (f":{quote(password, safe='')}" if password else "")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?sslmode={self.sslmode}" if self.sslmode else ""
        return f"postgresql://{auth}@{host}:{self.port}/{quote(self.database, safe='')}{query}"

    def as_dict(self) -> dict[str, object]:
        return {"host": self.host, "port": self.port, "database": self.database, "login": self.login,
                "sslmode": self.sslmode}

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> ConnectionProfile:
        host = str(values.get("host") or "")
        try:
            port = int(values.get("port") or DEFAULT_PORT)
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        sslmode = str(values.get("sslmode") or "") or default_sslmode(host)
        return cls(host, port, str(values.get("database") or ""), str(values.get("login") or ""),
                   sslmode if sslmode in SSL_MODES else default_sslmode(host))

    @classmethod
    def from_url(cls, location: str) -> ConnectionProfile:
        from sqlalchemy.engine import make_url

        u = make_url(location.strip())
        query = dict(u.query)
        host = u.host or ""
        return cls.from_dict({"host": host, "port": u.port or DEFAULT_PORT, "database": u.database or "",
                              "login": u.username or "", "sslmode": query.get("sslmode") or default_sslmode(host)})


def describe(location: str) -> tuple[str, str]:
    """(database, server) of a shared database's address, for titles and menus."""
    try:
        p = ConnectionProfile.from_url(location)
    except Exception:
        return location, ""
    server = p.host or "localhost"
    return p.database, server if p.port == DEFAULT_PORT else f"{server}:{p.port}"


class ConnectDialog(QDialog):
    """Server, port, database, login, password and SSL; Forbind opens the database (``workspace``)."""

    def __init__(self, settings: Settings | None, parent: QWidget | None = None, *,
                 profile: ConnectionProfile | None = None, message: str = "") -> None:
        super().__init__(parent)
        from ..storage.postgres import keyring_available

        self.settings = settings
        self.workspace: Workspace | None = None
        self.setObjectName("connectDialog")
        self.setWindowTitle(tr("Åbn delt database"))
        self.keyring = keyring_available()
        self._ssl_chosen = False

        lay = QVBoxLayout(self)
        lay.addWidget(muted(tr("En delt database ligger på en PostgreSQL-server, som IT driver. Skriv, hvor den "
                               "er, og din databaselogin.")))
        form = QFormLayout()
        self.host = QLineEdit(objectName="host")
        self.host.setPlaceholderText(tr("fx effektmaaling.kk.dk"))
        self.port = SpinBox(objectName="port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(objectName="database")
        self.login = QLineEdit(objectName="login")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = ComboBox(objectName="sslmode")
        ssl_names = {"disable": tr("Ingen kryptering (disable)"), "allow": tr("Hvis serveren kræver det (allow)"),
                     "prefer": tr("Hvis muligt (prefer)"), "require": tr("Krævet (require)"),
                     "verify-ca": tr("Krævet, certifikat kontrolleret (verify-ca)"),
                     "verify-full": tr("Krævet, certifikat og navn kontrolleret (verify-full)")}
        for mode in SSL_MODES:
            self.sslmode.addItem(ssl_names[mode], mode)
        self.sslmode.activated.connect(lambda _i: setattr(self, "_ssl_chosen", True))
        self.host.textEdited.connect(self._host_changed)
        for w in (self.host, self.database, self.login):
            w.editingFinished.connect(self._password_hint)
        form.addRow(tr("&Server:"), self.host)
        form.addRow(tr("&Port:"), self.port)
        form.addRow(tr("&Database:"), self.database)
        form.addRow(tr("&Login:"), self.login)
        form.addRow(tr("&Adgangskode:"), self.password)
        form.addRow(tr("&Kryptering (SSL):"), self.sslmode)
        lay.addLayout(form)
        self.remember = QCheckBox(tr("&Husk adgangskoden i styresystemets nøglering"), objectName="remember")
        self.keyring_note = muted(tr("Denne computer har ingen nøglering, så adgangskoden kan ikke huskes; du "
                                     "bliver spurgt om den hver gang."))
        self.keyring_note.setObjectName("keyringNote")
        if self.keyring:
            self.remember.setChecked(True)
            lay.addWidget(self.remember)
            self.keyring_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.hide()
        lay.addWidget(self.keyring_note)
        self.error = FieldError()
        self.error.setObjectName("connectError")
        lay.addWidget(self.error)
        self.status = muted()
        self.status.setObjectName("connectStatus")
        self.status.hide()
        lay.addWidget(self.status)
        self._job = None
        self._cancelled = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(tr("&Forbind"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # Enter connects (once the button is in the dialog)

        known = profile
        if known is None and settings is not None and settings.shared_profile():
            known = ConnectionProfile.from_dict(settings.shared_profile() or {})
        if known is not None:
            self.set_profile(known)
        else:
            self.sslmode.setCurrentIndex(self.sslmode.findData(default_sslmode("")))
        self._password_hint()
        if message:
            self.error.show_error(message)
        for w in (self.host, self.database, self.login, self.password):
            if not (w.text() if isinstance(w, QLineEdit) else "") and w is not self.password:
                w.setFocus()
                break
        else:
            self.password.setFocus()

    # --- the profile ----------------------------------------------------------------------------

    def set_profile(self, p: ConnectionProfile) -> None:
        self.host.setText(p.host)
        self.port.setValue(p.port)
        self.database.setText(p.database)
        self.login.setText(p.login)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(p.sslmode)))
        self._ssl_chosen = p.sslmode != default_sslmode(p.host)

    def profile(self) -> ConnectionProfile:
        return ConnectionProfile(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                 self.login.text().strip(), str(self.sslmode.currentData()))

    def _host_changed(self, text: str) -> None:
        """Encryption is required across a network, unless the user has chosen otherwise."""
        if not self._ssl_chosen:
            self.sslmode.setCurrentIndex(self.sslmode.findData(default_sslmode(text)))

    def _password_hint(self) -> None:
        from ..storage.postgres import parse_url, stored_password

        p = self.profile()
        kept = False
        if self.keyring and p.login and p.database:
            try:
                kept = stored_password(parse_url(p.url())) is not None
            except DomainError:
                kept = False
        self.password.setPlaceholderText(tr("gemt i nøgleringen") if kept else "")

    # --- connecting -----------------------------------------------------------------------------

    @property
    def connecting(self) -> bool:
        return self._job is not None

    def accept(self) -> None:
        """Forbind: open the database in the background (an unreachable server takes seconds to give up);
        on a fault say why in one sentence and stay open with everything typed."""
        if self._job is not None:
            return
        p = self.profile()
        missing = [(w, label) for w, label in ((self.host, tr("serveren")), (self.database, tr("databasen")),
                                                (self.login, tr("din login"))) if not w.text().strip()]
        if missing:
            self.error.show_error(tr("Skriv {what}.").format(what=missing[0][1]))
            missing[0][0].setFocus()
            return
        password = self.password.text()
        self.error.show_error(None)
        self.status.setText(tr("Forbinder til {server} …").format(server=describe(p.url())[1]))
        self.status.show()
        self._set_busy(True)
        from .background import Job

        def connect(_job: Job) -> Workspace:
            from ..services import Workspace

            return Workspace.open(p.url(password or None))

        self._job = Job(connect, self, name="connect")
        self._job.succeeded.connect(lambda ws: self._connected(ws, p, password))
        self._job.failed.connect(self._failed)
        self._job.start()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.host, self.port, self.database, self.login, self.password, self.sslmode, self.remember,
                  self.connect_button):
            w.setEnabled(not busy)
        if not busy:
            self.status.hide()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        if self._cancelled:
            return  # the user gave up waiting
        if isinstance(exc, DomainError):
            self.error.show_error(exc.text())
        else:  # unexpected: logged with its traceback, the user gets the short apology
            from .errors import apology_text, log_exception

            self.error.show_error(apology_text(log_exception(type(exc), exc, exc.__traceback__)))
        self.password.selectAll()
        self.password.setFocus()

    def _connected(self, ws: Workspace, p: ConnectionProfile, password: str) -> None:
        self._job = None
        self._set_busy(False)
        if self._cancelled:
            ws.close()  # the user gave up waiting
            return
        if self.settings is not None:
            self.settings.remember_shared_profile(p.as_dict())
            self.settings.sync()
        if password and self.keyring and self.remember.isChecked():
            from ..storage.postgres import remember_password

            try:
                remember_password(p.url(), password)
            except DomainError as exc:  # opened all the same: the password is asked for next time
                from .errors import show_domain_error

                show_domain_error(self.parentWidget(), exc)
        elif password and self.keyring:  # typed, and not to be remembered: nor is an older one kept
            from ..storage.postgres import forget_password

            forget_password(p.url())
        self.workspace = ws
        super().accept()

    def reject(self) -> None:
        self._cancelled = self._job is not None
        super().reject()


def open_shared_interactively(parent: QWidget | None, location: str | None, settings: Settings | None,
                              *, message: str = "") -> Workspace | None:
    """The shared database at ``location`` (the profile remembered when None): opened at once when the
    keyring (or libpq) has the password, else through :class:`ConnectDialog`; None when not opened."""
    profile = ConnectionProfile.from_url(location) if location else None
    if location and not message:
        from ..services import Workspace

        try:
            return Workspace.open(location)
        except DomainError as exc:
            message = exc.text()
    dialog = ConnectDialog(settings, parent, profile=profile, message=message)
    dialog.exec()
    return dialog.workspace


__all__ = ["ConnectDialog", "ConnectionProfile", "default_sslmode", "describe", "open_shared_interactively"]
