"""The installers' description files agree with the program: one version, one id, one icon (fast checks; the
slow tests in test_installers.py build and install the real thing)."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

from effektmaaling import __version__
from effektmaaling.ui.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _build():
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_reads_the_one_version():
    build = _build()
    assert build.version() == __version__
    assert build.APP_ID == DESKTOP_ID


def test_appstream_metadata_gets_the_version_and_the_desktop_id():
    root = ET.fromstring(_build().metainfo(__version__).encode())
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == f"{DESKTOP_ID}.desktop"
    assert [r.get("version") for r in root.iter("release")] == [__version__]


def test_desktop_entry_starts_the_command_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "effektmaaling"
    assert desktop["Icon"] == DESKTOP_ID
    assert desktop["Name"] == "Effektmåling"
    mime = ET.parse(PACKAGING / "linux" / f"{DESKTOP_ID}.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    assert mime.find(f"{ns}mime-type").get("type") in desktop["MimeType"]
    assert mime.find(f"{ns}mime-type/{ns}glob").get("pattern") == "*.effekt.json"


def test_macos_info_plist():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == DESKTOP_ID
    assert info["CFBundleName"] == "Effektmåling"
    assert info["NSHighResolutionCapable"] is True
    # the spec puts the version in; the file holds no second copy of it
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == "@VERSION@"
    assert "info.update(CFBundleShortVersionString=VERSION, CFBundleVersion=VERSION)" in (
        PACKAGING / "effektmaaling.spec").read_text("utf-8")


def test_windows_installer_is_per_user_and_never_deletes_user_data():
    iss = (PACKAGING / "windows" / "effektmaaling.iss").read_text("utf-8")
    settings = dict(line.split("=", 1) for line in iss.splitlines() if "=" in line and not line.startswith((";", "#", "Name:", "Root:", "Source:", "Type:", "Filename:")))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["AppVersion"] == "{#AppVersion}"  # from build.py: /DAppVersion=<effektmaaling.__version__>
    assert settings["DefaultDirName"] == r"{autopf}\Effektmaaling"  # per user: %LOCALAPPDATA%\Programs
    assert settings["SetupIconFile"].endswith(r"resources\icons\effektmaaling.ico")
    assert "\n[UninstallDelete]" not in iss
    # only the program's own folder is cleaned on update, never the data folder (%LOCALAPPDATA%\effektmaaling)
    deleted = [line for line in iss.splitlines() if line.startswith("Type: filesandordirs")]
    assert deleted == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert '"Software\\Classes\\.json\\OpenWithProgids"' in iss


def test_committed_icons_are_made_from_the_svg(qapp, tmp_path: Path):
    """resources/icons/*.png are what packaging/make_icons.py makes from the SVG now (run it after an edit)."""
    from PIL import Image
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    made = make_icons.make_icons(tmp_path)
    committed = ROOT / "resources" / "icons"
    for path in made:
        assert (committed / path.name).is_file(), path.name
        if path.suffix == ".png":
            assert QImage(str(path)) == QImage(str(committed / path.name)), f"{path.name} is out of date"
    with Image.open(committed / "effektmaaling.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    with Image.open(committed / "effektmaaling.icns") as icns:
        assert icns.size == (1024, 1024)
