"""Pictures of the demo comparison for the documentation: the view and pages of the report.

    uv run python docs/compare/make_compare_pages.py [--dpi 60]

Writes the demo database to a temp folder, opens Vis -> Sammenlign forsøg's dialog offscreen on the three
demo trials (the table and the indexed charts) and renders the cover, the table, the first chart page and
the forest plot of the Danish comparison report with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
REPORT_DATE = dt.date(2016, 1, 15)  # the demo data "were entered" on this day: stable pictures


def outline_pages(pdf: Path) -> dict[str, int]:
    reader = PdfReader(pdf)
    return {it.title: reader.get_destination_page_number(it) + 1 for it in reader.outline if not isinstance(it, list)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from effektmaaling.services import Workspace
    from effektmaaling.services.comparing import make_compare_report
    from effektmaaling.services.demo import write_demo
    from effektmaaling.ui.compare_view import CompareDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = write_demo(Path(tmp) / "demo.db")
        ws = Workspace.open(db)
        try:
            dialog = CompareDialog(ws)
            dialog.resize(1400, 950)
            dialog.show()
            while dialog.busy():  # analysed and compared in the background
                app.processEvents()
            for tab, name in ((0, "view-table.png"), (1, "view-charts.png")):
                dialog.tabs.setCurrentIndex(tab)
                for _ in range(200):  # the charts in view are made a step per turn
                    app.processEvents()
                    time.sleep(0.005)
                dialog.grab().save(str(HERE / name))
                print("wrote", HERE / name)
            dialog.close()

            pdf = Path(tmp) / "compare.pdf"
            ids = [t.id for t in ws.trials()]
            make_compare_report(ws, ids, pdf, lang="da", today=REPORT_DATE)
        finally:
            ws.close()
        pages = outline_pages(pdf)
        wanted = {"report-cover.png": 1, "report-table.png": pages["Sammenligningstabel"],
                  "report-charts.png": pages["Indekserede udviklinger"], "report-forest.png": pages["Effektstørrelser"]}
        for name, page in wanted.items():
            stem = Path(tmp) / "page"
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(stem)], check=True)
            shutil.copy(stem.with_suffix(".png"), HERE / name)
            print("wrote", HERE / name, "(page", page, ")")


if __name__ == "__main__":
    main()
