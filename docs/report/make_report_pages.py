"""Render pages of the demo effect reports to small PNGs for the documentation.

Usage: ``uv run python docs/report/make_report_pages.py`` (needs ``pdftoppm`` from poppler-utils).
Writes the demo database and the reports into a temporary folder and the PNGs next to this script.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from effektmaaling.services import Workspace
from effektmaaling.services.demo import write_demo
from effektmaaling.services.reporting import write_effect_report

HERE = Path(__file__).resolve().parent
GENERATED = dt.date(2026, 1, 15)


def page_of(reader: PdfReader, title: str) -> int:
    """The 1-based page a bookmark points at."""
    stack = list(reader.outline)
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack = item + stack
        elif item.title.startswith(title):
            return reader.get_destination_page_number(item) + 1
    raise KeyError(title)


def render(pdf: Path, page: int, name: str, resolution: int = 50) -> None:
    stem = HERE / name
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = write_demo(Path(tmp) / "demo.db")
        ws = Workspace.open(db, readonly=True)
        try:
            home = write_effect_report(ws, "Den Sociale Hjemmepleje Valby/Vesterbro", Path(tmp) / "home.pdf", "da",
                                       generated=GENERATED)
            frinova_en = write_effect_report(ws, "FriNoVa", Path(tmp) / "frinova-en.pdf", "en", generated=GENERATED)
        finally:
            ws.close()
        reader = PdfReader(home)
        render(home, 1, "da-1-cover")
        render(home, 2, "da-2-contents")
        render(home, page_of(reader, "1."), "da-3-bottom-lines-and-summary")
        render(home, page_of(reader, "3."), "da-4-trial")
        render(home, page_of(reader, "4.1 "), "da-5-indicator")
        render(home, page_of(reader, "4.2 "), "da-6-indicator-proportion")
        render(home, page_of(reader, "Bilag"), "da-7-appendix")
        reader = PdfReader(frinova_en)
        render(frinova_en, 1, "en-1-cover")
        render(frinova_en, page_of(reader, "1."), "en-2-bottom-lines-and-summary")
        render(frinova_en, page_of(reader, "4.1 "), "en-3-indicator")


if __name__ == "__main__":
    main()
