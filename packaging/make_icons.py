"""Make the application icon's PNG, ICO and ICNS files from its SVG source.

    uv run --group packaging python packaging/make_icons.py            # writes resources/icons/
    uv run --group packaging python packaging/make_icons.py --out DIR  # somewhere else (the tests)

Each size is drawn from the SVG by Qt's QSvgRenderer (crisp at 16 px, no downscaled blur); Pillow packs
them into the Windows .ico and the macOS .icns. Run it after changing resources/icons/effektmaaling.svg
and commit the results: the program, the bundle and the installers use the files, not this script.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "effektmaaling.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the window, Linux hicolor theme, the .deb
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows: Explorer, taskbar, Start menu, installer
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS: Finder and Dock, 1x and 2x


def render(size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    written = []
    for size in PNG_SIZES:
        path = out / f"effektmaaling-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    ico = out / "effektmaaling.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    icns = out / "effektmaaling.icns"
    images[max(ICNS_SIZES)].save(icns, format="ICNS",
                                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SVG.parent, help="folder for the files (default: beside the SVG)")
    args = parser.parse_args(argv)
    for path in make_icons(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
