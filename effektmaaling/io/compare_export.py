"""The comparison table as an XLSX workbook (via :func:`io.export.write_xlsx`: formula neutralisation,
number formats, frozen header).

Sheets: "Sammenligning" (the table as the view shows it: one row per theme or indicator, for each trial
its status, baseline → current, change, effect size and attainment as text), "Tal" (one line per trial
and indicator with the numbers as numbers, for further work) and "Advarsler" (every warning).
Effect sizes are signed so that positive = improvement, as in the view; the header says so.
"""

from __future__ import annotations

import math
from pathlib import Path

from ..analysis.compare import HEADINGS, Comparison, cell_texts
from ..domain.i18n import Text
from ..domain.labels import label
from .export import Column, Sheet, write_xlsx

_W = {
    "table": Text("Sammenligning", "Comparison"), "numbers": Text("Tal", "Numbers"),
    "warnings": Text("Advarsler", "Warnings"), "warning": Text("Advarsel", "Warning"),
    "baseline": Text("Baseline", "Baseline"), "current": Text("Nu", "Current"),
    "change": Text("Ændring", "Change"), "kind": Text("Effektstørrelse, slags", "Effect size, kind"),
    "effect": Text("Effektstørrelse (+ = forbedring)", "Effect size (+ = improvement)"),
    "ci_low": Text("95 %-konfidensinterval, nedre", "95% confidence interval, lower"),
    "ci_high": Text("95 %-konfidensinterval, øvre", "95% confidence interval, upper"),
    "attainment": Text("Målopfyldelse (andel)", "Target attainment (fraction)"),
    "measure_type": Text("Måletype", "Measure type"), "n_points": Text("Målinger", "Measurements"),
    "row": Text("Række", "Row"),
}


def comparison_sheets(c: Comparison, lang: str = "da") -> list[Sheet]:
    w = {k: v.get(lang) for k, v in _W.items()}
    h = {k: v.get(lang) for k, v in HEADINGS.items()}
    fields = (("status", h["status"]), ("baseline_current", h["baseline_current"]), ("change", h["change"]),
              ("effect", h["effect"]), ("attainment", h["attainment"]))
    cols = [Column(h["row"], width=34), Column(h["theme"], width=22)]
    for t in c.trials:
        cols.append(Column(f"{t.name}: {h['indicator']}", width=30))
        cols += [Column(f"{t.name}: {title}", width=22) for _, title in fields]
    table = Sheet(w["table"], cols)
    for row in c.rows:
        values: list[object] = [row.label, row.theme]
        for cell in row.cells:
            if cell is None:
                values += [None] * (1 + len(fields))
                continue
            texts = cell_texts(cell, lang)
            values.append(cell.analysis.name)
            values += [texts.status_word if f == "status" else getattr(texts, f) for f, _ in fields]
        table.rows.append(values)

    numbers = Sheet(w["numbers"], [
        Column(h["row"], width=30), Column(h["trial"], width=30), Column(h["indicator"], width=30),
        Column(h["unit"], width=16), Column(w["measure_type"], width=16), Column(h["status"], width=20),
        Column(w["n_points"], "integer"), Column(w["baseline"], "number"), Column(w["current"], "number"),
        Column(w["change"], "number"), Column(w["kind"], width=12), Column(w["effect"], "number", 3),
        Column(w["ci_low"], "number", 3), Column(w["ci_high"], "number", 3), Column(w["attainment"], "number", 3),
    ])
    for row in c.rows:
        for t, cell in zip(c.trials, row.cells, strict=True):
            if cell is None:
                continue
            a = cell.analysis
            e = cell.effect_improvement
            numbers.rows.append([
                row.label, t.name, a.name, cell.unit, label(a.measure_type, lang), a.status_label.get(lang),
                len(a.points), a.baseline.value, a.current_value, a.change_absolute,
                a.effect_size.kind if a.effect_size else None,
                *((x if math.isfinite(x) else None for x in e) if e else (None, None, None)), a.attainment,
            ])
    warnings = Sheet(w["warnings"], [Column(w["row"], width=30), Column(w["warning"], width=120)])
    labels = {r.key: r.label for r in c.rows}
    for warning in c.warnings:
        warnings.rows.append([labels.get(warning.row_key or "", ""), warning.text.get(lang)])
    return [table, numbers, warnings]


def write_comparison_xlsx(path: str | Path, c: Comparison, lang: str = "da") -> Path:
    return write_xlsx(path, comparison_sheets(c, lang), lang)
