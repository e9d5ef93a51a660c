"""Exporting a trial's measurements (and analysis results) to XLSX or CSV."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Literal

from ..domain.i18n import current_language
from ..io.export import Sheet, analysis_sheet, measurement_sheet, write_csv, write_xlsx
from .workspace import Workspace

ExportFormat = Literal["xlsx", "csv-da", "csv-intl"]


def format_for(path: Path, requested: str | None = None) -> ExportFormat:
    """The format asked for, or the one the file name suggests (``.csv`` -> the Danish CSV variant)."""
    if requested:
        return {"csv": "csv-da"}.get(requested, requested)  # type: ignore[return-value]
    return "xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv-da"


def build_sheets(ws: Workspace, trial_id: uuid.UUID, *, lang: str | None = None,
                 indicator_id: uuid.UUID | None = None) -> list[Sheet]:
    lang = lang or current_language()
    bundle = ws.bundle(trial_id)
    inds = [i for i in bundle.indicators if indicator_id is None or i.id == indicator_id]
    sheets = [measurement_sheet(bundle.trial, inds, bundle.measurements, lang)]
    results = analysis_results(bundle.trial, inds, bundle.measurements, bundle.milestones)
    if results is not None:
        sheets.append(analysis_sheet(results, lang))
    return sheets


def analysis_results(trial: object, indicators: list, measurements: dict,
                     milestones: list | tuple = ()) -> list[tuple[str, dict]] | None:
    """``IndicatorAnalysis.to_dict()`` of each indicator, or None while the analysis engine is not installed."""
    try:
        from ..analysis import analyse_indicator  # type: ignore[attr-defined]
    except ImportError:
        return None
    phases = [(m.date, m.text) for m in milestones if m.phase_change]
    return [(ind.name, analyse_indicator(ind, measurements.get(ind.id, []), trial.start_date,  # type: ignore[attr-defined]
                                         phases).to_dict())
            for ind in indicators]


def export_measurements(ws: Workspace, trial_id: uuid.UUID, path: str | Path, fmt: ExportFormat | None = None, *,
                        lang: str | None = None, indicator_id: uuid.UUID | None = None) -> Path:
    """Write the measurements (XLSX also: analysis results) of a trial. CSV holds the measurements only."""
    path = Path(path)
    fmt = format_for(path, fmt)
    lang = lang or current_language()
    sheets = build_sheets(ws, trial_id, lang=lang, indicator_id=indicator_id)
    if fmt == "xlsx":
        return write_xlsx(path, sheets, lang)
    return write_csv(path, sheets[0], "da" if fmt == "csv-da" else "intl")
