"""The installable program, built here for real (marked ``slow``: several minutes; ``.ci/run`` runs them).

    uv run --group packaging pytest -m slow

The PyInstaller bundle is built once from packaging/effektmaaling.spec; from the bundle run ``--version``,
``demo``, ``analyse``, ``report`` (the PDF read back), an export and the migration of an old database;
the desktop program is started under Xvfb and its main window grabbed. Then the .deb is built, installed
into this machine with ``dpkg -i``, run, updated (the user's data stays), and removed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from effektmaaling import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
pytestmark = pytest.mark.slow


def _missing(reason: str) -> None:
    """Skip on a developer's machine; on CI a missing tool is a failure (CI installs them: .ci/run)."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def run(cmd: list[str | Path], *, env: dict[str, str] | None = None, timeout: float = 300,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, env=env,
                            cwd=cwd)
    assert result.returncode == 0, f"{cmd} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def user_env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EFFEKTMAALING_", "QT_", "PYTHON"))}
    # Qt's settings (window layout, recent files) and caches go to the test's folder too
    env.update(EFFEKTMAALING_DATA_DIR=str(data), XDG_CONFIG_HOME=str(data / "config"),
               XDG_CACHE_HOME=str(data / "cache"), LANG="C.UTF-8", **extra)
    return env


def listing(folder: Path) -> dict[str, tuple[int, float]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        _missing("PyInstaller is in the 'packaging' dependency group: uv run --group packaging pytest -m slow")
    if os.environ.get("EFFEKTMAALING_TEST_DIST"):  # a bundle built before (build.py bundle --dist DIR)
        return Path(os.environ["EFFEKTMAALING_TEST_DIST"])
    folder = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    run([sys.executable, BUILD, "bundle", "--dist", folder, "--work", tmp_path_factory.mktemp("work")],
        timeout=900, cwd=ROOT)
    size = sum(f.stat().st_size for f in (folder / "Effektmaaling").rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle built in {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB")
    return folder


@pytest.fixture(scope="module")
def exe(dist: Path) -> Path:
    path = dist / "Effektmaaling" / "Effektmaaling"
    assert path.is_file() and os.access(path, os.X_OK)
    return path


def test_bundle_runs_the_command_line(exe: Path, tmp_path: Path):
    from pypdf import PdfReader

    before = listing(exe.parent)
    inside = exe.parent / "_internal"
    for part in ("resources/icons/effektmaaling-256.png", "resources/i18n/effektmaaling_en.qm",
                 "resources/fonts/DejaVuSansCondensed.ttf", "PySide6/Qt/translations/qtbase_da.qm",
                 "babel/locale-data/da.dat", "effektmaaling/storage/migrations/env.py"):
        assert (inside / part).is_file(), part
    assert not list(inside.glob("babel/locale-data/de*.dat"))  # only the languages the program speaks
    for dist in ("PySide6", "numpy", "scipy", "reportlab", "SQLAlchemy"):  # versions and licences for About
        assert list(inside.glob(f"{dist}-*.dist-info")) or list(inside.glob(f"{dist.lower()}-*.dist-info")), dist
    env = user_env(tmp_path / "userdata")
    assert run([exe, "--version"], env=env).stdout.strip() == f"{APP_NAME} {__version__}"

    db = tmp_path / "x.db"
    run([exe, "demo", db], env=env)
    assert db.is_file()
    out = run([exe, "--db", db, "analyse"], env=env).stdout
    assert "FriNoVa" in out and "Forbedret" in out  # the analysis (scipy) ran and printed in Danish

    pdf = tmp_path / "frinova.pdf"
    run([exe, "--db", db, "report", "--trial", "FriNoVa", "-o", pdf], env=env)
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 5
    assert "EFFEKTRAPPORT" in text and "FriNoVa" in text and "Baseline" in text
    english = tmp_path / "frinova-en.pdf"
    run([exe, "--db", db, "report", "--lang", "en", "--trial", "FriNoVa", "-o", english], env=env)
    assert "EFFECT REPORT" in PdfReader(english).pages[0].extract_text()  # the English texts are bundled

    xlsx = tmp_path / "frinova.xlsx"
    run([exe, "--db", db, "export", "--trial", "FriNoVa", "-o", xlsx], env=env)
    from openpyxl import load_workbook

    assert load_workbook(xlsx).sheetnames

    # the Alembic migrations are in the bundle: a database of the first schema is updated (with a backup)
    # when it is opened for writing, here to import a trial from an exchange file
    exchange = tmp_path / "frinova.effekt.json"
    run([exe, "--db", db, "export-trial", "--trial", "FriNoVa", "-o", exchange], env=env)
    old = tmp_path / "old.db"
    _write_first_revision(old)
    run([exe, "--db", old, "import-trial", exchange], env=env)
    out = run([exe, "--db", old, "trials"], env=env).stdout
    assert "Gammelt forsøg" in out and "FriNoVa" in out
    revision = sqlite3.connect(old).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    from effektmaaling.storage.database import HEAD_REVISION

    assert revision == HEAD_REVISION
    assert list((tmp_path / "userdata" / "backups").rglob("*before-migration-0001*.db"))

    # nothing was written beside the executable: logs, backups and data are in the user data folder
    assert listing(exe.parent) == before


def _write_first_revision(path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from effektmaaling.storage.database import alembic_config, all_revisions

    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, all_revisions()[0])
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO trials (id, name, unit, purpose, target_group, theory_of_change, start_date, status, "
        "contact_person, is_demo, archived, created_at, updated_at) VALUES ('0123456789abcdef0123456789abcdef', "
        "'Gammelt forsøg', '', '', '', '', '2013-04-01', 'active', '', 0, 0, '2014-01-01 00:00:00.000000', "
        "'2014-01-01 00:00:00.000000')")
    con.commit()
    con.close()


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        _missing("Xvfb and xdotool are needed to start the desktop program (apt-get install xvfb xdotool)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # Xvfb writes its display number when it is ready
    assert number, "Xvfb did not start"
    yield f":{number}"
    proc.terminate()
    proc.wait(10)


GRAB = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(int(sys.argv[1])).toImage()
image.save(sys.argv[2])
"""


def test_bundle_opens_the_main_window_under_xvfb(exe: Path, xvfb: str, tmp_path: Path):
    from PySide6.QtGui import QImage

    data = tmp_path / "userdata"
    before = listing(exe.parent)
    env = user_env(data, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([exe, "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", f"demo.db – {APP_NAME}"],
                               env=env, capture_output=True, text=True, timeout=90)
        assert found.returncode == 0, f"no main window: {proc.poll()}"
        window = found.stdout.split()[0]
        time.sleep(6)  # the first trial's dashboard and charts are built right after the first paint
        assert proc.poll() is None, "the program ended"
        shot = tmp_path / "main-window.png"
        run([sys.executable, "-c", GRAB, window, shot], env=env, timeout=60)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            output = proc.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            proc.kill()
            output = proc.communicate()[0]
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40, "the grabbed window is blank"
    # no unexpected error (a missing module in the bundle shows an apology and writes the log)
    log = data / "logs" / "effektmaaling.log"
    assert "was not found" not in output, output  # Qt's Danish texts (standard buttons) are in the bundle
    if log.exists():
        assert "ERROR" not in log.read_text("utf-8") and "not found" not in log.read_text("utf-8"), (
            log.read_text("utf-8") + output)
    assert (data / "demo.db").is_file()  # the demo database went to the user data folder ...
    assert listing(exe.parent) == before  # ... and nothing beside the executable


def test_bundle_computes_status_icons_in_worker_processes(exe: Path, xvfb: str, tmp_path: Path):
    """A database with more trials to analyse than ui/status_loader.py's PROCESSES_FROM: their status icons
    are computed in worker processes started with ``spawn``, which runs the bundle's executable again
    (``multiprocessing.freeze_support()`` in packaging/launcher.py makes it the worker, not a second program)."""
    from bench.generate import generate

    db = generate(tmp_path / "many.db", trials=40, indicators=3, months=12, templates=2, check=False, quiet=True)
    env = user_env(tmp_path / "userdata", DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([exe, "--db", db], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    workers: set[str] = set()
    stored = 0
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
            for pid in children:
                with contextlib.suppress(OSError):
                    workers.add(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
            with contextlib.suppress(sqlite3.Error):
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                stored = con.execute("SELECT count(*) FROM status_summary").fetchone()[0]
                con.close()
            if stored == 40:
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the program ended"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            output = proc.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            proc.kill()
            output = proc.communicate()[0]
    assert stored == 40, output
    workers.discard("")  # (a child that had just ended)
    # the workers, and multiprocessing's resource tracker (started with spawn on POSIX; it ends with the program)
    assert any("--multiprocessing-fork" in w for w in workers), (workers, output)
    assert all("--multiprocessing-fork" in w or "multiprocessing.resource_tracker" in w for w in workers), workers
    assert "worker process" not in output and "Traceback" not in output, output


@pytest.fixture
def dpkg_root():
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None:
        _missing("dpkg and dpkg-deb are needed to build and install the .deb")
    if os.geteuid() != 0:
        _missing("installing the .deb with dpkg -i needs root (CI runs as root)")


def test_deb_installs_runs_updates_and_removes(dist: Path, dpkg_root, tmp_path: Path):
    first = run([sys.executable, BUILD, "deb", "--dist", dist, "-o", tmp_path / "first.deb"], timeout=600).stdout
    assert "deb:" in first
    info = run(["dpkg-deb", "--field", tmp_path / "first.deb", "Package", "Version"]).stdout
    assert f"Version: {__version__}" in info
    files = run(["dpkg-deb", "--contents", tmp_path / "first.deb"]).stdout
    for part in ("./opt/effektmaaling/Effektmaaling", "./usr/bin/effektmaaling -> /opt/effektmaaling/Effektmaaling",
                 "./usr/share/applications/dk.kk.effektmaaling.desktop",
                 "./usr/share/metainfo/dk.kk.effektmaaling.metainfo.xml",
                 "./usr/share/icons/hicolor/256x256/apps/dk.kk.effektmaaling.png",
                 "./usr/share/mime/packages/dk.kk.effektmaaling.xml"):
        assert part in files
    _validate_desktop_metadata(tmp_path)

    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    installed = False
    try:
        run(["dpkg", "-i", tmp_path / "first.deb"], timeout=300)
        installed = True
        assert shutil.which("effektmaaling", path=env["PATH"]) == "/usr/bin/effektmaaling"
        assert run(["effektmaaling", "--version"], env=env).stdout.strip() == f"{APP_NAME} {__version__}"

        # the user's data: the default database in ~/.local/share/effektmaaling (platformdirs)
        data = home / ".local" / "share" / "effektmaaling"
        data.mkdir(parents=True)
        run(["effektmaaling", "demo", data / "effektmaaling.db"], env=env)
        assert "FriNoVa" in run(["effektmaaling", "trials"], env=env).stdout
        digest = hashlib.sha256((data / "effektmaaling.db").read_bytes()).hexdigest()
        assert not list(Path("/opt/effektmaaling").rglob("*.db"))

        # an update (a newer version of the package over the installed one) keeps the data
        newer = f"{__version__}+update1"
        run([sys.executable, BUILD, "deb", "--dist", dist, "--version", newer, "-o", tmp_path / "newer.deb"],
            timeout=600)
        run(["dpkg", "-i", tmp_path / "newer.deb"], timeout=300)
        status = run(["dpkg-query", "-W", "-f", "${Version}", "effektmaaling"]).stdout
        assert status == newer
        assert hashlib.sha256((data / "effektmaaling.db").read_bytes()).hexdigest() == digest
        assert "FriNoVa" in run(["effektmaaling", "trials"], env=env).stdout
    finally:
        if installed:
            run(["dpkg", "-r", "effektmaaling"], timeout=300)
    assert not Path("/opt/effektmaaling").exists() and not Path("/usr/bin/effektmaaling").exists()
    assert hashlib.sha256((data / "effektmaaling.db").read_bytes()).hexdigest() == digest  # removal keeps it


def _validate_desktop_metadata(tmp_path: Path) -> None:
    """The desktop entry and the AppStream metadata pass their validators (when installed: .ci/run does)."""
    linux = ROOT / "packaging" / "linux"
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", linux / "dk.kk.effektmaaling.desktop"])
    if shutil.which("appstreamcli"):
        metainfo = tmp_path / "dk.kk.effektmaaling.metainfo.xml"
        run([sys.executable, BUILD, "metainfo", "-o", metainfo])
        run(["appstreamcli", "validate", "--no-net", metainfo])


def test_release_workflow_passes_actionlint():
    if shutil.which("actionlint") is None:
        _missing("actionlint is in the 'packaging' dependency group: uv run --group packaging pytest -m slow")
    run(["actionlint", "-no-color", ROOT / ".github" / "workflows" / "release.yml"], cwd=ROOT)
