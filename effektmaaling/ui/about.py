"""The About dialog: version, and the licences of the components bundled with the program."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, metadata, version

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from .widgets import resize_within_screen

COMPONENTS = [
    ("PySide6", "Qt for Python", "LGPL-3.0"),
    ("shiboken6", "Qt for Python", "LGPL-3.0"),
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("scipy", "SciPy", "BSD-3-Clause"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("rl_accel", "ReportLab accelerator (rl_accel)", "BSD-3-Clause"),
    ("babel", "Babel", "BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def component_rows() -> list[tuple[str, str, str]]:
    rows = []
    for dist, name, default_licence in COMPONENTS:
        try:
            ver = version(dist)
            md = metadata(dist)
            licence = md.get("License-Expression") or default_licence
        except PackageNotFoundError:
            continue
        rows.append((name, ver, licence if len(licence) < 40 else default_licence))
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    rows.insert(0, ("Qt", qVersion(), "LGPL-3.0"))
    rows.append(("Python", platform.python_version(), "PSF-2.0"))
    _ = pyside_version
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("Om {app}").format(app=APP_NAME))
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        text = QLabel(tr("Effektmåling af innovationsforsøg og fricenterforsøg mod baseline og mål på de fem "
                         "bundlinjer. Udviklet til Socialforvaltningen i Københavns Kommune. Licens: MIT."))
        text.setWordWrap(True)
        rows = "".join(f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in component_rows())
        table = QTextBrowser()
        table.setObjectName("licences")
        table.setAccessibleName(tr("Licenser"))
        # tr() outside the f-string: lupdate does not look inside f-strings
        heading, component, version, licence = (tr("Indbyggede komponenter"), tr("Komponent"), tr("Version"),
                                                tr("Licens"))
        qt_note = tr("Qt og PySide6 bruges under LGPL-3.0; kildekoden findes hos Qt-projektet.")
        table.setHtml(f"<p><b>{heading}</b></p>"
                      f"<table cellpadding='3'><tr><th align='left'>{component}</th>"
                      f"<th align='left'>{version}</th><th align='left'>{licence}</th></tr>{rows}</table>"
                      f"<p>{qt_note}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, self.fontMetrics().horizontalAdvance("x") * 70, self.fontMetrics().height() * 30)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
