"""The application icon (made from resources/icons/effektmaaling.svg) on the main window, and the version
from its one source (effektmaaling/__init__.py) in the About box and on the command line."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from effektmaaling import APP_NAME, __version__
from effektmaaling.paths import resources_dir
from effektmaaling.ui.icons import APP_ICON_SIZES, app_icon


def test_icon_files_exist_in_every_size_the_platforms_need():
    icons = resources_dir() / "icons"
    assert (icons / "effektmaaling.svg").is_file()
    for size in APP_ICON_SIZES:
        image = QImage(str(icons / f"effektmaaling-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        # drawn, not blank: the corners are transparent (rounded square), the middle is the blue tile
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 8).alpha() == 255
    assert (icons / "effektmaaling.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header
    assert (icons / "effektmaaling.icns").read_bytes()[:4] == b"icns"


def test_main_window_shows_the_application_icon(window):
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.availableSizes() == app_icon().availableSizes()
    assert QSize(16, 16) in icon.availableSizes() and QSize(256, 256) in icon.availableSizes()
    small = icon.pixmap(16, 16).toImage()
    assert small.pixelColor(8, 3).blue() > 150  # the blue tile, not Qt's default icon


def test_about_box_shows_the_version(qtbot):
    from effektmaaling.ui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert any(f"{APP_NAME} {__version__}" in label.text() for label in dialog.findChildren(QLabel))


def test_command_line_version_is_the_package_version():
    out = subprocess.run([sys.executable, "-m", "effektmaaling", "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == f"{APP_NAME} {__version__}"
