"""Fixtures of the report tests: the demo reports, built once per session and read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

REPORT_DATE = dt.date(2016, 1, 15)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every bookmark, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for it in items:
            if isinstance(it, list):
                walk(it, level + 1)
            else:
                out.append((level, it.title, reader.get_destination_page_number(it) + 1))
    walk(reader.outline, 0)
    return out


def page_texts(reader: PdfReader) -> list[str]:
    return [p.extract_text() or "" for p in reader.pages]


@pytest.fixture(scope="session")
def demo_reports(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Danish and English reports of every demo trial: {"<trial name>/<lang>": pdf path}."""
    from effektmaaling.services import Workspace
    from effektmaaling.services.reporting import make_effect_report

    folder = tmp_path_factory.mktemp("reports")
    ws = Workspace.open(demo_db_template, readonly=True)
    out = {}
    try:
        for k, trial in enumerate(ws.trials()):
            for lang in ("da", "en"):
                out[f"{trial.name}/{lang}"] = make_effect_report(ws, trial.id, folder / f"{k}-{lang}.pdf", lang=lang,
                                                                 today=REPORT_DATE)
    finally:
        ws.close()
    return out
