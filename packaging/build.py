"""Build Effektmåling's bundle and installers. Run from anywhere with the packaging dependency group:

    uv run --group packaging python packaging/build.py version    # the version, from effektmaaling/__init__.py
    uv run --group packaging python packaging/build.py bundle     # dist/Effektmaaling/ (PyInstaller, every platform)
    uv run --group packaging python packaging/build.py deb        # Linux: dist/effektmaaling_<version>_<arch>.deb
    uv run --group packaging python packaging/build.py dmg        # macOS: dist/Effektmaaling-<version>.dmg
    uv run --group packaging python packaging/build.py windows    # Windows: dist\\Effektmaaling-<version>-setup.exe

``deb``, ``dmg`` and ``windows`` package the bundle that ``bundle`` made. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
NAME = "Effektmaaling"  # the bundle's folder and executable
PACKAGE = "effektmaaling"  # the command and the Debian package
APP_ID = "dk.kk.effektmaaling"  # desktop file, AppStream, icon theme, macOS bundle identifier
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundled Qt needs from a Linux system (its xcb platform plugin, OpenGL, fonts); the rest is inside.
DEB_DEPENDS = ("libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, "
               "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, "
               "libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libx11-xcb1")


def version() -> str:
    """The program's version, read from its one source without importing the package."""
    text = (ROOT / "effektmaaling" / "__init__.py").read_text("utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def bundle(dist: Path = DIST, work: Path | None = None) -> Path:
    """The one-folder bundle ``dist/Effektmaaling`` made by PyInstaller from packaging/effektmaaling.spec."""
    work = work or ROOT / "build" / "pyinstaller"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "effektmaaling.spec")],
                   check=True, cwd=ROOT)
    out = dist / NAME
    print(f"bundle: {out} ({folder_size(out) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return out


def metainfo(ver: str, date: dt.date | None = None) -> str:
    """The AppStream metadata with this version and date filled in."""
    text = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in").read_text("utf-8")
    return text.replace("@VERSION@", ver).replace("@DATE@", (date or dt.date.today()).isoformat())


def deb(dist: Path = DIST, ver: str | None = None, out: Path | None = None, compression: str = "zstd") -> Path:
    """A Debian package of the bundle: the program in /opt/effektmaaling, the command ``effektmaaling``,
    the desktop entry, icons, AppStream metadata and the exchange file's MIME type."""
    ver = ver or version()
    source = dist / NAME
    if not (source / NAME).is_file():
        raise SystemExit(f"build.py: no bundle in {source}; run 'build.py bundle' first")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    out = out or dist / f"{PACKAGE}_{ver}_{arch}.deb"
    # the bundle's Python and libraries come from the build machine: they need its C library or newer
    glibc = os.confstr("CS_GNU_LIBC_VERSION").split()[-1]
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(source, root / "opt" / PACKAGE, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{NAME}")
        share = root / "usr" / "share"
        _copy(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
        _copy(PACKAGING / "linux" / f"{APP_ID}.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
        (share / "metainfo").mkdir(parents=True)
        (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(ver), "utf-8")
        icons = ROOT / "resources" / "icons"
        for size in ICON_SIZES:
            _copy(icons / f"effektmaaling-{size}.png", share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        _copy(icons / "effektmaaling.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
        doc = share / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "Effektmåling\nLicense: MIT\n\nThe bundle in /opt/effektmaaling includes Qt and PySide6 (LGPL-3.0),\n"
            "Python (PSF-2.0), NumPy, SciPy, ReportLab, Babel (BSD-3-Clause), SQLAlchemy, Alembic, pyqtgraph,\n"
            "openpyxl, platformdirs (MIT) and the DejaVu fonts (see resources/fonts/LICENSE-DejaVu.txt).\n", "utf-8")
        for path in root.rglob("*"):  # readable for everyone, writable by root only (dpkg installs as root)
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {PACKAGE}\n"
            f"Version: {ver}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Københavns Kommune, Socialforvaltningen <effektmaaling@example.invalid>\n"
            f"Installed-Size: {folder_size(root) // 1024}\n"
            f"Depends: libc6 (>= {glibc}), {DEB_DEPENDS}\n"
            "Section: science\n"
            "Priority: optional\n"
            "Description: effect measurement of social-sector trials\n"
            " Effektmåling lets project leads describe trials, define indicators with\n"
            " baseline and target, record measurements, see the effect over time and\n"
            " print an effect report (PDF). Data stays in the user's data folder\n"
            " (~/.local/share/effektmaaling); removing or updating the package keeps it.\n", "utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        # zstd: seconds instead of minutes for ~350 MB (xz), and smaller than gzip; dpkg reads it from
        # Debian 12 and Ubuntu 21.10 on (--compression gzip for older systems)
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(out)],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"deb: {out} ({out.stat().st_size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return out


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def dmg(dist: Path = DIST, ver: str | None = None) -> Path:
    """macOS: a disk image with Effektmaaling.app and a link to /Applications (drag to install)."""
    ver = ver or version()
    app = dist / f"{NAME}.app"
    if not app.is_dir():
        raise SystemExit(f"build.py: no {app}; run 'build.py bundle' on macOS first")
    out = dist / f"{NAME}-{ver}.dmg"
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "Effektmåling"
        stage.mkdir()
        subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)
        (stage / "Applications").symlink_to("/Applications")
        out.unlink(missing_ok=True)
        subprocess.run(["hdiutil", "create", "-volname", f"Effektmåling {ver}", "-srcfolder", str(stage),
                        "-fs", "HFS+", "-format", "UDZO", "-ov", str(out)], check=True)
    print(f"dmg: {out} ({out.stat().st_size / 1e6:.0f} MB)")
    return out


def windows(dist: Path = DIST, ver: str | None = None, iscc: str | None = None) -> Path:
    """Windows: the Inno Setup installer (needs Inno Setup 6's ``iscc`` on PATH or in its usual folder)."""
    ver = ver or version()
    iscc = iscc or shutil.which("iscc") or next(
        (str(p) for p in (Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe"
                          for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")) if p.is_file()), None)
    if iscc is None:
        raise SystemExit("build.py: Inno Setup's iscc was not found (choco install innosetup)")
    subprocess.run([iscc, f"/DAppVersion={ver}", f"/DSourceDir={dist / NAME}", f"/O{dist}",
                    str(PACKAGING / "windows" / "effektmaaling.iss")], check=True)
    out = dist / f"{NAME}-{ver}-setup.exe"
    print(f"installer: {out} ({out.stat().st_size / 1e6:.0f} MB)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["version", "icons", "bundle", "deb", "dmg", "windows", "metainfo"])
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle is (and the packages go)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default build/pyinstaller)")
    parser.add_argument("--version", dest="ver", help="package version (default: the program's version)")
    parser.add_argument("-o", "--output", type=Path, help="deb/metainfo: the file to write")
    parser.add_argument("--compression", choices=["zstd", "gzip", "xz"], default="zstd",
                        help="deb: dpkg-deb's compression (default zstd; gzip for Debian 11 or Ubuntu 20.04)")
    args = parser.parse_args(argv)
    if args.target == "version":
        print(version())
    elif args.target == "icons":
        sys.path.insert(0, str(PACKAGING))
        from make_icons import main as make_icons

        return make_icons([])
    elif args.target == "bundle":
        bundle(args.dist.resolve(), args.work)
    elif args.target == "deb":
        deb(args.dist.resolve(), args.ver, args.output, args.compression)
    elif args.target == "dmg":
        dmg(args.dist.resolve(), args.ver)
    elif args.target == "windows":
        windows(args.dist.resolve(), args.ver)
    elif args.target == "metainfo":
        text = metainfo(args.ver or version())
        if args.output:
            args.output.write_text(text, "utf-8")
        else:
            sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
