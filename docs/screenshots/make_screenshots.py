"""Screenshots of the desktop program on the demo data, for the documentation.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/make_screenshots.py [da|en] [--scale 2]
    (or: xvfb-run -a uv run python docs/screenshots/make_screenshots.py)

Writes dashboard.png, indicator.png, indicator-editor.png, trial-details.png, report-dialog.png (the effect
report's dialog with its preview), compare.png (the comparison of the three demo trials), compare-50.png
(the index charts of 50 generated trials) and the shared
database's connection and conflict dialogs (shared-connect.png, shared-conflict.png) beside this file.
With ``--scale 2`` the program runs at 200 % (``QT_SCALE_FACTOR``) on the same 1440 × 900 screen pixels,
and the files are named ``…-200.png``; the indicator page is also shown scrolled to its table
(``indicator-200-table.png``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
TRIAL = "Den Sociale Hjemmepleje Valby/Vesterbro"
INDICATOR = "Kontinuitet: forskellige medarbejdere i hjemmet"
SIZE = (1440, 900)


def _offscreen_screen() -> None:
    """Qt's offscreen platform with a screen of SIZE pixels (its own is 800 × 800, and the window is kept
    within the screen)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = Path(tempfile.mkdtemp(prefix="effektmaaling-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1],
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    _offscreen_screen()
    work = Path(tempfile.mkdtemp(prefix="effektmaaling-shots-"))
    os.environ["EFFEKTMAALING_DATA_DIR"] = str(work / "data")  # fresh settings: default layout
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from effektmaaling.domain.i18n import set_language
    from effektmaaling.services import Workspace
    from effektmaaling.services.demo import write_demo
    from effektmaaling.ui.app import install_translations
    from effektmaaling.ui.main_window import MainWindow

    args = sys.argv[1:]
    scale = 1.0
    if "--scale" in args:
        i = args.index("--scale")
        scale = float(args[i + 1])
        del args[i:i + 2]
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    lang = args[0] if args else "da"
    set_language(lang)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    install_translations(app, lang)
    db = write_demo(work / "demo.db")
    window = MainWindow(Workspace.open(db))
    window.resize(round(SIZE[0] / scale), round(SIZE[1] / scale))
    window.show()
    window.restore_selection()

    def settle() -> None:
        """Let the window finish: queued work, the dashboard's analysis and the status icons (both made in
        worker threads), at most 20 s."""
        import time

        from effektmaaling.ui import background

        end = time.monotonic() + 20
        for _ in range(10):
            app.processEvents()
        while time.monotonic() < end:
            dashboard = window._pages.get("dashboard")
            if background.idle() and window.navigator.statuses_done and not (dashboard is not None and
                                                                            dashboard.waiting):
                break
            app.processEvents()
            time.sleep(0.01)
        for _ in range(10):
            app.processEvents()

    suffix = ("" if lang == "da" else f"-{lang}") + ("" if scale == 1 else f"-{round(scale * 100)}")
    trial = window.ws.find_trial(TRIAL)
    indicator = window.ws.find_indicator(trial.id, INDICATOR)
    window.update_statuses()
    window.navigator.select("trial", trial.id)
    settle()
    window.grab().save(str(OUT / f"dashboard{suffix}.png"))
    window.navigator.select("indicator", indicator.id)
    settle()
    window.grab().save(str(OUT / f"indicator{suffix}.png"))
    if scale != 1:
        page = window.page("indicator")
        page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
        settle()
        window.grab().save(str(OUT / f"indicator{suffix}-table.png"))
        page.scroll.verticalScrollBar().setValue(0)
    window.navigator.select("details", trial.id)
    settle()
    window.grab().save(str(OUT / f"trial-details{suffix}.png"))
    window.navigator.select("indicator", indicator.id)
    editor = window.edit_indicator()
    settle()
    settle()
    editor.grab().save(str(OUT / f"indicator-editor{suffix}.png"))
    editor.reject()
    settle()

    from effektmaaling.ui.compare_action import open_compare
    from effektmaaling.ui.report_dialog import open_report_dialog

    report = open_report_dialog(window, window.ws, trial.id)
    settle()
    report.grab().save(str(OUT / f"report-dialog{suffix}.png"))
    report.reject()
    compare = open_compare(window)
    while compare.busy():  # the three trials are analysed and compared in the background
        settle()
    for _ in range(5):
        settle()
    compare.grab().save(str(OUT / f"compare{suffix}.png"))
    compare.close()
    if scale == 1:
        _compare_many(work, suffix, settle)
    _shared_database_dialogs(window, suffix, settle)
    window.close()
    window.ws.close()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


def _compare_many(work: Path, suffix: str, settle) -> None:  # type: ignore[no-untyped-def]
    """compare-50.png: the index charts of a comparison of 50 generated trials (bench/generate.py): a line
    per colour and marker in each chart, the charts made as they are scrolled into view."""
    import time

    sys.path.insert(0, str(OUT.parents[1]))
    from bench.generate import generate
    from effektmaaling.services import Workspace
    from effektmaaling.ui.compare_view import CompareDialog

    ws = Workspace.open(generate(work / "fifty.db", trials=50, indicators=20, months=24, templates=2, check=False,
                                 quiet=True), daily_backup=False)
    dialog = CompareDialog(ws)
    dialog.resize(1280, 860)
    dialog.show()
    while dialog.busy():
        settle()
        time.sleep(0.01)
    dialog.tabs.setCurrentIndex(1)
    deadline = time.monotonic() + 10
    while (dialog.charts_lazy.making or dialog.charts_lazy.timer.isActive()) and time.monotonic() < deadline:
        settle()
        time.sleep(0.01)
    settle()
    dialog.grab().save(str(OUT / f"compare-50{suffix}.png"))
    dialog.close()
    ws.close()


def _shared_database_dialogs(window, suffix: str, settle) -> None:  # type: ignore[no-untyped-def]
    """Fil → Åbn delt database … (a profile as IT would give it; no server needed for the picture) and the
    question when two people changed the same measurement."""
    import datetime as dt

    from effektmaaling.domain.errors import EditConflictError
    from effektmaaling.domain.i18n import Text
    from effektmaaling.ui.conflict_dialog import ConflictDialog
    from effektmaaling.ui.shared_database import ConnectDialog, ConnectionProfile

    dialog = ConnectDialog(None, window, profile=ConnectionProfile("effektmaaling.kk.dk", 5432, "effekt", "anna",
                                                                   "require"))
    dialog.show()
    settle()
    dialog.adjustSize()
    settle()
    dialog.grab().save(str(OUT / f"shared-connect{suffix}.png"))
    dialog.reject()
    exc = EditConflictError(Text("", ""), yours={"value": 9.0}, theirs={"value": 4.0}, by="bo_central",
                            at=dt.datetime(2026, 12, 1, 9, 41), version=3)
    conflict = ConflictDialog(exc, "målingen 01-02-2014 i »Trivsel«", window, labels={"value": "Antal"},
                              decimals={"value": 1})
    conflict.show()
    settle()
    conflict.adjustSize()
    settle()
    conflict.grab().save(str(OUT / f"shared-conflict{suffix}.png"))
    conflict.reject()


if __name__ == "__main__":
    raise SystemExit(main())
