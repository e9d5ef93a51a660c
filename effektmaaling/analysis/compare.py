"""Comparison of trials side by side, built once from their analyses; the GUI and the PDF only show it.

Matching rule
-------------
Indicators of different trials are compared when they share a *theme* (the indicator's theme field,
compared trimmed and case-insensitively). Rows are built per theme:

- a theme used by two or more of the chosen trials gives a **shared row** with one cell per trial that
  has it (trials without it get an empty cell);
- an indicator without a theme, or whose theme no other chosen trial uses, gets **its own row**;
- a theme used **more than once inside one trial** (the demo's FriNoVa has two "Borgerinddragelse"
  indicators: a proportion and a count of meetings) is never merged into one cell: each of that trial's
  indicators gets its own row. When no other chosen trial has the theme, these are ordinary own rows
  (labelled with the indicator's name, the theme shown beside it). When other trials have it too, the
  theme's rows are numbered ("Borgerinddragelse (1/2)", "(2/2)") and row *k* holds each trial's *k*-th
  indicator of the theme in the trial's own order; a warning says so, because pairing by position is a
  convention, not a match.

Honesty rules
-------------
- Nothing is recomputed: every number is read from :class:`IndicatorAnalysis` (baseline, current value,
  change, attainment, status, effect size). The only arithmetic here is the baseline index of the
  charts (``value / baseline * 100``, months since the trial's start) and the sign of the forest plot.
- Effect sizes in the comparison are **signed so that positive means improvement** (the analysis'
  effect size, follow-up minus baseline, times the indicator's direction sign: +1 when higher is better,
  -1 when lower is better). Labels say so. ``analyse --json`` keeps the raw sign.
- Warnings where a comparison would mislead are part of the model (different units or measure types
  or effect-size kinds under one theme, too few points, a missing effect size, a baseline that cannot
  be indexed, a theme repeated inside a trial); the view and the report show all of them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..domain.enums import BottomLine, IndicatorKind, MeasureType, Stakeholder
from ..domain.formatting import format_number, is_percent_unit, with_unit
from ..domain.i18n import Text
from ..domain.labels import label
from .describe import attainment_text
from .results import STATUS_LABELS, BottomLineResult, IndicatorAnalysis, Status, TrialAnalysis

MIN_POINTS = 6  # fewer points than this (baseline and follow-up together) make a comparison fragile
DAYS_PER_MONTH = 365.2425 / 12
# one colour per trial (Okabe-Ito, colour-blind safe), the same in the view and the PDF; the series also
# differ by marker shape, in the same order: circle, square, triangle, diamond, ...
TRIAL_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
EFFECT_KIND_NAMES = {"hedges-g": Text("Hedges' g", "Hedges' g"), "cohens-h": Text("Cohens h", "Cohen's h"),
                     "hedges-g-points": Text("Hedges' g*", "Hedges' g*"), "rate-ratio": Text("RR", "RR")}
# one forest panel per kind, each on its own axis, in this order (a kind is never drawn on another's axis)
EFFECT_KIND_ORDER = ("hedges-g", "cohens-h", "hedges-g-points", "rate-ratio")
EFFECT_KIND_TITLES = {
    "hedges-g": Text("Hedges' g: forskel mellem personer (gennemsnit med n og spredning)",
                     "Hedges' g: difference between people (means with n and standard deviation)"),
    "cohens-h": Text("Cohens h: forskel mellem andele", "Cohen's h: difference between proportions"),
    "hedges-g-points": Text("Hedges' g*: standardiseret på variationen mellem målinger (ikke sammenlignelig med g "
                            "mellem personer)",
                            "Hedges' g*: standardised on the variation between measurements (not comparable with "
                            "g between people)"),
    "rate-ratio": Text("Rateratio (over 1 = forbedring)", "Rate ratio (above 1 = improvement)"),
}
INDEX_NEAR_ZERO = 500.0  # an indexed series that reaches beyond this has a baseline near zero


def theme_key(theme: str | None) -> str:
    """The matching key of a theme: trimmed, inner spaces collapsed, case-folded."""
    return " ".join((theme or "").split()).casefold()


def months_since(start: dt.date, date: dt.date) -> float:
    """Months (of average length) from ``start`` to ``date``; negative before the start."""
    return (date - start).days / DAYS_PER_MONTH


@dataclass(frozen=True)
class Filters:
    """What to include. ``None`` means everything; themes are compared with :func:`theme_key`."""

    themes: Collection[str] | None = None
    stakeholders: Collection[Stakeholder] | None = None
    kinds: Collection[IndicatorKind] | None = None

    def accepts(self, a: IndicatorAnalysis) -> bool:
        if self.themes is not None and theme_key(a.theme) not in {theme_key(t) for t in self.themes}:
            return False
        if self.stakeholders is not None and a.stakeholder not in self.stakeholders:
            return False
        return self.kinds is None or a.kind in self.kinds


@dataclass(frozen=True)
class TrialRef:
    trial_id: uuid.UUID
    name: str
    start_date: dt.date


@dataclass(frozen=True)
class Cell:
    """One trial's indicator in a row. Every figure is the analysis' own."""

    trial_id: uuid.UUID
    analysis: IndicatorAnalysis

    @property
    def unit(self) -> str:
        return display_unit(self.analysis)

    @property
    def effect_improvement(self) -> tuple[float, float, float] | None:
        """(value, ci_low, ci_high) of the effect size signed so that positive (a ratio: above 1) = improvement."""
        es = self.analysis.effect_size
        return None if es is None else es.signed


@dataclass(frozen=True)
class Row:
    key: str  # "theme:<key>#<k>" or "indicator:<id>"
    label: str  # the theme (as first written), numbered when repeated inside a trial; or the indicator's name
    theme: str  # the theme as first written ("" when none)
    shared: bool  # two or more trials have a cell in this row
    cells: tuple[Cell | None, ...]  # in the order of Comparison.trials

    def cell(self, trial_id: uuid.UUID) -> Cell | None:
        return next((c for c in self.cells if c is not None and c.trial_id == trial_id), None)


@dataclass(frozen=True)
class IndexedSeries:
    """One trial's indicator in a row, indexed to its baseline (= 100) on months since the trial's start."""

    row_key: str
    trial_id: uuid.UUID
    trial_name: str
    indicator_id: uuid.UUID
    indicator_name: str
    baseline: float
    months: tuple[float, ...]
    index: tuple[float, ...]
    dates: tuple[dt.date, ...]
    higher_is_better: bool


@dataclass(frozen=True)
class ForestEntry:
    row_key: str
    group: str  # the row's label
    trial_id: uuid.UUID
    trial_name: str
    indicator_name: str
    kind: str  # hedges-g | cohens-h | hedges-g-points | rate-ratio
    value: float  # signed: positive (a ratio: above 1) = improvement
    ci_low: float
    ci_high: float
    status: Status


@dataclass(frozen=True)
class ComparisonWarning:
    """A reason a comparison could mislead. ``code``: units | measure-types | effect-kinds | few-points |
    no-effect-size | no-index | index-near-zero | repeated-theme."""

    code: str
    text: Text
    row_key: str | None = None
    trial_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Comparison:
    trials: tuple[TrialRef, ...]
    analyses: tuple[TrialAnalysis, ...]
    filters: Filters
    rows: tuple[Row, ...]
    series: tuple[IndexedSeries, ...]
    forest: tuple[ForestEntry, ...]
    bottom_lines: tuple[tuple[BottomLine, tuple[BottomLineResult | None, ...]], ...]
    overviews: tuple[Text, ...]  # one per trial
    warnings: tuple[ComparisonWarning, ...]
    counts: tuple[dict[str, int], ...] = field(default=())  # per trial: status -> indicators shown

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)

    def row_warnings(self, key: str) -> list[ComparisonWarning]:
        return [w for w in self.warnings if w.row_key == key]

    def series_of(self, key: str) -> list[IndexedSeries]:
        return [s for s in self.series if s.row_key == key]

    def forest_panels(self) -> list[tuple[str, list[ForestEntry]]]:
        """The forest entries split by effect-size kind, one panel (and axis) per kind, in row order inside."""
        kinds = sorted({e.kind for e in self.forest},
                       key=lambda k: EFFECT_KIND_ORDER.index(k) if k in EFFECT_KIND_ORDER else len(EFFECT_KIND_ORDER))
        return [(k, [e for e in self.forest if e.kind == k]) for k in kinds]


# --- building --------------------------------------------------------------------------------------


def _kind_name(kind: str, lang: str) -> str:
    return EFFECT_KIND_NAMES[kind].get(lang) if kind in EFFECT_KIND_NAMES else kind


def display_unit(a: IndicatorAnalysis) -> str:
    return "%" if a.measure_type is MeasureType.PROPORTION else (a.unit or "").strip()


def build_comparison(analyses: Sequence[TrialAnalysis], filters: Filters | None = None) -> Comparison:
    """The comparison of the given trials (in the given order). Raises ValueError with fewer than two."""
    if len(analyses) < 2:
        raise ValueError("a comparison needs at least two trials")
    filters = filters or Filters()
    trials = tuple(TrialRef(ta.trial_id, ta.name, ta.start_date) for ta in analyses)
    shown = [[a for a in ta.indicators if filters.accepts(a)] for ta in analyses]

    # themes: the first spelling seen, and how many indicators each trial has under it
    spelled: dict[str, str] = {}
    per_trial: dict[str, list[list[IndicatorAnalysis]]] = {}
    for t, inds in enumerate(shown):
        for a in inds:
            k = theme_key(a.theme)
            if not k:
                continue
            spelled.setdefault(k, " ".join(a.theme.split()))
            per_trial.setdefault(k, [[] for _ in analyses])[t].append(a)

    warnings: list[ComparisonWarning] = []
    shared_rows: list[Row] = []
    own_rows: list[tuple[int, int, Row]] = []  # (trial, position) for a stable order
    theme_of_row: dict[str, str] = {}
    for k, lists in per_trial.items():
        n_trials = sum(1 for lst in lists if lst)
        depth = max(len(lst) for lst in lists)
        theme = spelled[k]
        for t, lst in enumerate(lists):
            if len(lst) > 1 and n_trials >= 2:
                warnings.append(ComparisonWarning("repeated-theme", Text(
                    f"»{trials[t].name}« har {len(lst)} indikatorer med temaet »{theme}«; de vises i hver sin række "
                    f"({', '.join(a.name for a in lst)}). Rækkerne parrer forsøgenes indikatorer efter deres "
                    f"rækkefølge, ikke efter indhold.",
                    f"'{trials[t].name}' has {len(lst)} indicators with the theme '{theme}'; each has its own row "
                    f"({', '.join(a.name for a in lst)}). The rows pair the trials' indicators by their order, "
                    f"not by content."), None, trials[t].trial_id))
        for r in range(depth):
            cells = tuple(Cell(trials[t].trial_id, lst[r]) if r < len(lst) else None for t, lst in enumerate(lists))
            if n_trials >= 2:
                lab = theme if depth == 1 else f"{theme} ({r + 1}/{depth})"
                row = Row(f"theme:{k}#{r + 1}", lab, theme, sum(c is not None for c in cells) >= 2, cells)
                shared_rows.append(row)
            else:
                cell = next(c for c in cells if c is not None)
                t = next(i for i, c in enumerate(cells) if c is not None)
                row = Row(f"indicator:{cell.analysis.indicator_id}", cell.analysis.name, theme, False, cells)
                own_rows.append((t, shown[t].index(cell.analysis), row))
            theme_of_row[row.key] = theme
    for t, inds in enumerate(shown):
        for pos, a in enumerate(inds):
            if not theme_key(a.theme):
                cells = tuple(Cell(trials[t].trial_id, a) if i == t else None for i in range(len(trials)))
                own_rows.append((t, pos, Row(f"indicator:{a.indicator_id}", a.name, "", False, cells)))
    shared_rows.sort(key=lambda r: (theme_key(r.theme), r.key))
    own_rows.sort(key=lambda x: (x[0], x[1]))
    rows = tuple(shared_rows) + tuple(r for _, _, r in own_rows)

    for row in rows:
        warnings += _row_warnings(row, trials)
    series, index_warnings = _series(rows, trials)
    warnings += index_warnings
    forest = tuple(
        ForestEntry(row.key, row.label, c.trial_id, _name(trials, c.trial_id), c.analysis.name,
                    c.analysis.effect_size.kind, *c.effect_improvement, c.analysis.status)  # type: ignore[union-attr,misc]
        for row in rows for c in row.cells if c is not None and c.effect_improvement is not None
    )
    matrix = tuple(
        (line, tuple(next((b for b in ta.bottom_lines if b.line is line), None) for ta in analyses))
        for line in BottomLine
    )
    counts = tuple({s.value: sum(1 for a in inds if a.status is s) for s in Status} for inds in shown)
    overviews = tuple(_overview(ta, c, filters) for ta, c in zip(analyses, counts, strict=True))
    return Comparison(trials, tuple(analyses), filters, rows, series, forest, matrix, overviews,
                      tuple(warnings), counts)


def _name(trials: Sequence[TrialRef], trial_id: uuid.UUID) -> str:
    return next(t.name for t in trials if t.trial_id == trial_id)


def _row_warnings(row: Row, trials: Sequence[TrialRef]) -> list[ComparisonWarning]:
    out: list[ComparisonWarning] = []
    cells = [c for c in row.cells if c is not None]
    if row.shared:
        where = f"»{row.label}«"
        where_en = f"'{row.label}'"
        units = {}
        for c in cells:
            units.setdefault(" ".join(c.unit.split()).casefold(), []).append(c)
        if len(units) > 1:
            listing = "; ".join(f"{_name(trials, c.trial_id)}: {c.unit or '–'}" for c in cells)
            out.append(ComparisonWarning("units", Text(
                f"{where}: forskellige enheder ({listing}). Ændringerne kan ikke sammenlignes direkte; "
                f"brug indeks og effektstørrelser med forsigtighed.",
                f"{where_en}: different units ({listing}). The changes cannot be compared directly; use the "
                f"index and the effect sizes with care."), row.key))
        types = {c.analysis.measure_type for c in cells}
        if len(types) > 1:
            listing_da = "; ".join(f"{_name(trials, c.trial_id)}: {label(c.analysis.measure_type, 'da').lower()}"
                                   for c in cells)
            listing_en = "; ".join(f"{_name(trials, c.trial_id)}: {label(c.analysis.measure_type, 'en').lower()}"
                                   for c in cells)
            out.append(ComparisonWarning("measure-types", Text(
                f"{where}: forskellige måletyper ({listing_da}).",
                f"{where_en}: different measure types ({listing_en})."), row.key))
        kinds = {c.analysis.effect_size.kind for c in cells if c.analysis.effect_size is not None}
        if len(kinds) > 1:
            out.append(ComparisonWarning("effect-kinds", Text(
                f"{where}: effektstørrelserne er af forskellig slags ({', '.join(_kind_name(k, 'da') for k in sorted(kinds))}) "
                f"og er ikke på samme skala; de vises hver for sig.",
                f"{where_en}: the effect sizes are of different kinds ({', '.join(_kind_name(k, 'en') for k in sorted(kinds))}) "
                f"and not on the same scale; they are shown apart."), row.key))
    for c in cells:
        a, trial = c.analysis, _name(trials, c.trial_id)
        if len(a.points) < MIN_POINTS:
            out.append(ComparisonWarning("few-points", Text(
                f"»{a.name}« ({trial}): kun {len(a.points)} målinger (færre end {MIN_POINTS}); sammenligningen er usikker.",
                f"'{a.name}' ({trial}): only {len(a.points)} measurements (fewer than {MIN_POINTS}); the comparison "
                f"is uncertain."), row.key, c.trial_id))
        if a.effect_size is None:
            why = a.test_reason
            out.append(ComparisonWarning("no-effect-size", Text(
                f"»{a.name}« ({trial}): ingen effektstørrelse" + (f" – {why.da}" if why else "") + ".",
                f"'{a.name}' ({trial}): no effect size" + (f" – {why.en}" if why else "") + "."), row.key, c.trial_id))
    return out


def _series(rows: Sequence[Row], trials: Sequence[TrialRef]) -> tuple[tuple[IndexedSeries, ...], list[ComparisonWarning]]:
    out: list[IndexedSeries] = []
    warnings: list[ComparisonWarning] = []
    for row in rows:
        for c in row.cells:
            if c is None:
                continue
            a = c.analysis
            trial = next(t for t in trials if t.trial_id == c.trial_id)
            base = a.baseline.value
            if base is None or base <= 0:
                why = Text("der er ingen baseline", "there is no baseline") if base is None else \
                    Text("baselinen er 0 eller negativ", "the baseline is 0 or negative")
                warnings.append(ComparisonWarning("no-index", Text(
                    f"»{a.name}« ({trial.name}) kan ikke vises som indeks: {why.da}.",
                    f"'{a.name}' ({trial.name}) cannot be shown as an index: {why.en}."), row.key, c.trial_id))
                continue
            if not a.points:
                continue
            peak = max(p.value / base * 100.0 for p in a.points)
            if peak > INDEX_NEAR_ZERO:
                warnings.append(ComparisonWarning("index-near-zero", Text(
                    f"»{a.name}« ({trial.name}): baselinen ({format_number(base, a.decimals, 'da')}) er tæt på 0, så "
                    f"indekset når op på {format_number(peak, 0, 'da')}; små ændringer ser store ud. Læs ændringen i "
                    f"tabellen.",
                    f"'{a.name}' ({trial.name}): the baseline ({format_number(base, a.decimals, 'en')}) is near 0, so "
                    f"the index reaches {format_number(peak, 0, 'en')}; small changes look large. Read the change in "
                    f"the table."), row.key, c.trial_id))
            out.append(IndexedSeries(
                row.key, trial.trial_id, trial.name, a.indicator_id, a.name, base,
                tuple(months_since(trial.start_date, p.date) for p in a.points),
                tuple(p.value / base * 100.0 for p in a.points),
                tuple(p.date for p in a.points),
                a.direction.sign > 0,
            ))
    return tuple(out), warnings


def _overview(ta: TrialAnalysis, counts: dict[str, int], filters: Filters) -> Text:
    n = sum(counts.values())
    parts_da, parts_en = [], []
    for s, da, en in ((Status.IMPROVED, "forbedret", "improved"), (Status.WORSENED, "forværret", "worsened"),
                      (Status.NO_CHANGE, "uden påviselig ændring", "without a detectable change"),
                      (Status.INSUFFICIENT, "med for få data", "with insufficient data")):
        parts_da.append(f"{counts.get(s.value, 0)} {da}")
        parts_en.append(f"{counts.get(s.value, 0)} {en}")
    scope_da = "indikator" if n == 1 else "indikatorer"
    scope_en = "indicator" if n == 1 else "indicators"
    filtered = filters != Filters()
    extra_da = " i udvalget" if filtered else ""
    extra_en = " in the selection" if filtered else ""
    da = (f"{ta.name}: {n} {scope_da}{extra_da}: {_join(parts_da, 'og')}. "
          f"Samlet vurdering af bundlinjerne: {label(ta.overall.verdict, 'da').lower()}. {ta.overall.text.da}")
    en = (f"{ta.name}: {n} {scope_en}{extra_en}: {_join(parts_en, 'and')}. "
          f"Overall verdict on the bottom lines: {label(ta.overall.verdict, 'en').lower()}. {ta.overall.text.en}")
    return Text(da, en)


def _join(parts: Sequence[str], word: str) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {word} {parts[-1]}"


# --- the texts of a table cell (GUI, XLSX and PDF show the same) ------------------------------------


@dataclass(frozen=True)
class CellTexts:
    status: str  # improved | worsened | no-change | insufficient-data
    status_word: str
    baseline_current: str
    change: str
    effect: str  # signed: + = improvement, with its 95 % interval
    attainment: str


def _num(a: IndicatorAnalysis, v: float | None, lang: str, *, sign: bool = False) -> str:
    text = format_number(v, a.level_decimals, lang, sign=sign)  # a baseline or a level now
    return with_unit(text, "%", lang) if v is not None and a.measure_type is MeasureType.PROPORTION else text


def change_text(a: IndicatorAnalysis, lang: str) -> str:
    """The change in the indicator's unit (a proportion's in percentage points)."""
    if a.change_absolute is None:
        return "–"
    text = format_number(a.change_absolute, a.level_decimals, lang, sign=True)
    if a.measure_type is MeasureType.PROPORTION or is_percent_unit(a.unit):  # »% af arbejdsdage« too
        return f"{text}\u00a0{'procentpoint' if lang == 'da' else 'percentage points'}"
    return with_unit(text, a.unit, lang)


def effect_text(cell: Cell, lang: str) -> str:
    e = cell.effect_improvement
    if e is None:
        return "–"
    v, lo, hi = e
    signed = not cell.analysis.effect_size.is_ratio  # type: ignore[union-attr]  # a ratio has no sign: above 1 = better
    word = "til" if lang == "da" else "to"
    return f"{format_number(v, 2, lang, sign=signed)} ({format_number(lo, 2, lang)} {word} {format_number(hi, 2, lang)})"


def cell_texts(cell: Cell, lang: str) -> CellTexts:
    a = cell.analysis
    return CellTexts(
        status=a.status.value,
        status_word=STATUS_LABELS[a.status].get(lang),
        baseline_current=f"{_num(a, a.baseline.value, lang)} → {_num(a, a.current_value, lang)}",
        change=change_text(a, lang),
        effect=effect_text(cell, lang),
        attainment=attainment_text(a, lang),
    )


HEADINGS = {
    "row": Text("Tema / indikator", "Theme / indicator"),
    "status": Text("Status", "Status"),
    "baseline_current": Text("Baseline → nu", "Baseline → current"),
    "change": Text("Ændring", "Change"),
    "effect": Text("Effektstørrelse (+ = forbedring; RR over 1 = forbedring), 95\u00a0%-konfidensinterval",
                   "Effect size (+ = improvement; RR above 1 = improvement), 95% confidence interval"),
    "attainment": Text("Målopfyldelse", "Target attainment"),
    "indicator": Text("Indikator", "Indicator"),
    "theme": Text("Tema", "Theme"),
    "unit": Text("Enhed", "Unit"),
    "trial": Text("Forsøg", "Trial"),
    "forest_axis": Text("Effektstørrelse (+ = forbedring)", "Effect size (+ = improvement)"),
    "forest_axis_ratio": Text("Rateratio (over 1 = forbedring)", "Rate ratio (above 1 = improvement)"),
    "index_axis": Text("Indeks (baseline = 100)", "Index (baseline = 100)"),
    "months_axis": Text("Måneder siden forsøgets start", "Months since the trial's start"),
}

CELL_FIELDS = ("status", "baseline_current", "change", "effect", "attainment")


__all__ = [
    "CELL_FIELDS",
    "EFFECT_KIND_ORDER",
    "EFFECT_KIND_TITLES",
    "HEADINGS",
    "MIN_POINTS",
    "TRIAL_COLOURS",
    "Cell",
    "CellTexts",
    "Comparison",
    "ComparisonWarning",
    "Filters",
    "ForestEntry",
    "IndexedSeries",
    "Row",
    "TrialRef",
    "attainment_text",
    "build_comparison",
    "cell_texts",
    "change_text",
    "display_unit",
    "effect_text",
    "months_since",
    "theme_key",
]
