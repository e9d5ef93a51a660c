"""Program settings: language (and room for more)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .settings import Settings
from .widgets import ComboBox


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, current_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Indstillinger"))
        self.language = ComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(tr("Sprog"))
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or current_language)))
        self.note = QLabel(tr("Sproget skiftes, næste gang programmet startes."))
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Sprog:"), self.language)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.sync()
        super().accept()
