"""Screenshots of the desktop program on the demo data, for the documentation.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/make_screenshots.py
    (or: xvfb-run -a uv run python docs/screenshots/make_screenshots.py)

Writes dashboard.png, indicator.png, indicator-editor.png and trial-details.png beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent
TRIAL = "Den Sociale Hjemmepleje Valby/Vesterbro"
INDICATOR = "Kontinuitet: forskellige medarbejdere i hjemmet"
SIZE = (1440, 900)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="effektmaaling-shots-"))
    os.environ["EFFEKTMAALING_DATA_DIR"] = str(work / "data")  # fresh settings: default layout
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from effektmaaling.domain.i18n import set_language
    from effektmaaling.services import Workspace
    from effektmaaling.services.demo import write_demo
    from effektmaaling.ui.app import install_translations
    from effektmaaling.ui.main_window import MainWindow

    lang = sys.argv[1] if len(sys.argv) > 1 else "da"
    set_language(lang)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    install_translations(app, lang)
    db = write_demo(work / "demo.db")
    window = MainWindow(Workspace.open(db))
    window.resize(*SIZE)
    window.show()
    window.restore_selection()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    suffix = "" if lang == "da" else f"-{lang}"
    trial = window.ws.find_trial(TRIAL)
    indicator = window.ws.find_indicator(trial.id, INDICATOR)
    window.update_statuses()
    window.navigator.select("trial", trial.id)
    settle()
    window.grab().save(str(OUT / f"dashboard{suffix}.png"))
    window.navigator.select("indicator", indicator.id)
    settle()
    window.grab().save(str(OUT / f"indicator{suffix}.png"))
    window.navigator.select("details", trial.id)
    settle()
    window.grab().save(str(OUT / f"trial-details{suffix}.png"))
    window.navigator.select("indicator", indicator.id)
    editor = window.edit_indicator()
    settle()
    editor.adjustSize()
    settle()
    editor.grab().save(str(OUT / f"indicator-editor{suffix}.png"))
    editor.reject()
    window.close()
    window.ws.close()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
