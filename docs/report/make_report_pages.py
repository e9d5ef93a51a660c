"""Render pages of the demo effect reports to small PNGs for the documentation.

    uv run python docs/report/make_report_pages.py [--dpi 50] [--keep-pdf]

Writes the demo database to a temp folder, makes the Danish report of Center for Selvstændige
Boformer and the English report of FriNoVa, and renders the cover, the bottom lines, the summary,
one indicator page and the first appendix page with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from effektmaaling.services import Workspace
from effektmaaling.services.demo import write_demo
from effektmaaling.services.reporting import make_effect_report

HERE = Path(__file__).resolve().parent
REPORT_DATE = dt.date(2016, 1, 15)  # the demo data "were entered" on this day: stable pictures


def outline_pages(pdf: Path) -> dict[str, int]:
    reader = PdfReader(pdf)
    out: dict[str, int] = {}

    def walk(items: list) -> None:
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                out[it.title] = reader.get_destination_page_number(it) + 1
    walk(reader.outline)
    return out


def render(pdf: Path, page: int, name: str, dpi: int) -> Path:
    target = HERE / name
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=int, default=50)
    ap.add_argument("--keep-pdf", action="store_true", help="copy the PDFs into docs/report too")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = write_demo(Path(tmp) / "demo.db")
        ws = Workspace.open(db, readonly=True)
        try:
            jobs = [("Center for Selvstændige Boformer", "da", "csb-da", "Akutte indlæggelser"),
                    ("FriNoVa", "en", "frinova-en", "Borgere med egen recovery-plan")]
            for trial, lang, stem, indicator in jobs:
                pdf = make_effect_report(ws, ws.find_trial(trial).id, Path(tmp) / f"{stem}.pdf", lang=lang,
                                         today=REPORT_DATE)
                pages = outline_pages(pdf)
                bottom = pages["De fem bundlinjer" if lang == "da" else "The five bottom lines"]
                summary = pages["Oversigt over indikatorerne" if lang == "da" else "Summary of the indicators"]
                methods = pages["Sådan skal tallene læses" if lang == "da" else "How to read the figures"]
                for page, name in ((1, "cover"), (bottom, "bottom-lines"), (summary, "summary"),
                                   (pages[indicator], "indicator"), (methods, "appendix")):
                    print(render(pdf, page, f"{stem}-{name}", args.dpi))
                if args.keep_pdf:
                    shutil.copy(pdf, HERE / pdf.name)
        finally:
            ws.close()


if __name__ == "__main__":
    main()
