"""Vis -> Sammenlign forsøg: trials side by side.

Left: the trials (two or more) and filters (themes, stakeholders, effect/process). Right: tabs with the
table (one row per theme or indicator, one column per trial; sortable; XLSX export), the indexed charts
(baseline = 100 on months since each trial's start), the forest plot of effect sizes (+ = improvement),
the bottom-line matrix and a written overview; below them the warnings, always visible.

Everything shown is read from :class:`effektmaaling.analysis.compare.Comparison`; nothing is recomputed.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..analysis import TrialAnalysis
from ..analysis.compare import (
    EFFECT_KIND_NAMES,
    EFFECT_KIND_TITLES,
    HEADINGS,
    TRIAL_COLOURS,
    Comparison,
    Filters,
    build_comparison,
    cell_texts,
    theme_key,
)
from ..domain.enums import IndicatorKind, Stakeholder
from ..domain.errors import DomainError
from ..domain.formatting import format_number
from ..domain.i18n import current_language
from ..domain.labels import label
from ..io.compare_export import write_comparison_xlsx
from ..services import Workspace
from ..services.analysis import analyse_bundle
from . import file_dialogs, style
from .background import Job, run_with_progress, wait_for
from .chart import NumberAxis, number_axes
from .icons import status_icon
from .navigator import status_word
from .widgets import SavedNotice, resize_within_screen

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the comparison Cell (None for an empty cell)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_RANK = {"improved": 0, "no-change": 1, "insufficient-data": 2, "worsened": 3}
SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "h")
LEGEND_GLYPHS = ("●", "■", "▼", "◆", "+", "×", "★", "⬢")  # the same shapes as SYMBOLS, for the legend text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def _h(key: str) -> str:
    return HEADINGS[key].get(current_language())


class ComparisonModel(QAbstractTableModel):
    """Rows of the comparison by trials (column 0: the theme or indicator)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def set_comparison(self, c: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = c
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.comparison is None else 1 + len(self.comparison.trials)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Vertical:  # the row header a screen reader announces with each cell
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) \
                    and 0 <= section < len(self.comparison.rows):
                return self.comparison.rows[section].label
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _h("row") if section == 0 else self.comparison.trials[section - 1].name
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return (self.comparison.trials[section - 1].name + "\n"
                    + tr("Sortér efter effektstørrelse (+ = forbedring), derefter status"))
        return None

    def cell_text(self, row: int, col: int) -> str:
        c = self.comparison
        assert c is not None
        r = c.rows[row]
        lang = current_language()
        if col == 0:
            lines = [r.label]
            if r.theme and r.theme != r.label:
                lines.append(f"{_h('theme')}: {r.theme}")
            unit = next((x.unit for x in r.cells if x is not None), "")
            if unit:
                lines.append(unit)
            if c.row_warnings(r.key):
                lines.append("⚠ " + tr("se advarsler"))
            return "\n".join(lines)
        cell = r.cells[col - 1]
        if cell is None:
            return ""
        t = cell_texts(cell, lang)
        es = cell.analysis.effect_size
        kind = EFFECT_KIND_NAMES[es.kind].get(lang) if es is not None and es.kind in EFFECT_KIND_NAMES else ""
        lines = [status_word(t.status)]
        if r.shared:
            lines.append(cell.analysis.name)
        lines += [t.baseline_current, t.change, f"{kind} {t.effect}".strip(), f"{_h('attainment')}: {t.attainment}"]
        return "\n".join(lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.comparison
        if c is None or not index.isValid():
            return None
        r, col = c.rows[index.row()], index.column()
        cell = r.cells[col - 1] if col > 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), col)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DecorationRole and cell is not None:
            return status_icon(cell.analysis.status.value, 16)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None:
                warnings = [w.text.get(current_language()) for w in c.row_warnings(r.key)
                            if w.trial_id in (None, cell.trial_id)]
                return "\n".join([cell.analysis.name, cell.analysis.explanation.get(current_language()), *warnings])
            return "\n".join(w.text.get(current_language()) for w in c.row_warnings(r.key)) or None
        if role == SORT_ROLE:
            if col == 0:
                return (0 if r.shared else 1, r.label.casefold())
            if cell is None:
                return (2, 0.0, 9)
            e = cell.effect_improvement
            return (0 if e else 1, -(e[0]) if e else 0.0, STATUS_RANK[cell.analysis.status.value])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class CompareDialog(QDialog):
    """Self-contained: needs a Workspace (and optionally a function giving a trial's analysis)."""

    _changed = Signal(object)  # a services.workspace.Change, from whichever thread committed it

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, analyse: Any = None,
                 trial_ids: list[uuid.UUID] | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._analyse = analyse or (lambda tid: analyse_bundle(ws.bundle(tid)))
        self._analyses: dict[uuid.UUID, TrialAnalysis] = {}
        self.comparison: Comparison | None = None
        self.setObjectName("compareDialog")
        self.setWindowTitle(tr("Sammenlign forsøg"))
        resize_within_screen(self, 1280, 860)

        # --- choices -------------------------------------------------------------------------------
        self.trials = QListWidget()
        self.trials.setObjectName("compareTrials")
        self.trials.setAccessibleName(tr("Forsøg at sammenligne"))
        self._fill_trial_list(trial_ids)
        self.themes = QListWidget()
        self.themes.setObjectName("compareThemes")
        self.themes.setAccessibleName(tr("Temaer"))
        for theme in ws.themes():
            item = QListWidgetItem(theme)
            item.setData(Qt.ItemDataRole.UserRole, theme)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.themes.addItem(item)
        self.no_theme = QListWidgetItem(tr("(uden tema)"))
        self.no_theme.setData(Qt.ItemDataRole.UserRole, "")
        self.no_theme.setFlags(self.no_theme.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.no_theme.setCheckState(Qt.CheckState.Checked)
        self.themes.addItem(self.no_theme)
        self.stakeholders = {s: QCheckBox(label(s)) for s in Stakeholder}
        self.kinds = {k: QCheckBox(label(k)) for k in IndicatorKind}
        for name, box in [*((f"stakeholder_{s.value}", b) for s, b in self.stakeholders.items()),
                          *((f"kind_{k.value}", b) for k, b in self.kinds.items())]:
            box.setObjectName(name)
            box.setChecked(True)
            box.toggled.connect(self.refresh)
        self.trials.itemChanged.connect(self.refresh)
        self.themes.itemChanged.connect(self.refresh)

        left = QWidget()
        ll = QVBoxLayout(left)
        for title, widget in ((tr("Forsøg (mindst to)"), self.trials), (tr("Temaer"), self.themes)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            ll.addWidget(box, 1)
        for title, boxes in ((tr("Interessenter"), self.stakeholders), (tr("Indikatorer"), self.kinds)):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            for b in boxes.values():
                lay.addWidget(b)
            ll.addWidget(box)

        # --- tabs ----------------------------------------------------------------------------------
        self.model = ComparisonModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(tr("Sammenligningstabel"))
        self.table.verticalHeader().hide()  # column 0 shows the row's name; the header carries it for screen readers
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _wrap_header(self.table.horizontalHeader())
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.export_btn = QPushButton(tr("Eksportér tabel (XLSX) …"))
        self.export_btn.setObjectName("compareExportXlsx")
        self.export_btn.clicked.connect(lambda: self.export_xlsx())
        self.pdf_btn = QPushButton(tr("Sammenligningsrapport (PDF) …"))
        self.pdf_btn.setObjectName("compareReportPdf")
        self.pdf_btn.clicked.connect(lambda: self.save_report())
        table_page = QWidget()
        tl = QVBoxLayout(table_page)
        hint = QLabel(tr("Effektstørrelse: + betyder forbedring (fortegnet er vendt, hvor fald er bedre). "
                         "Klik på en kolonneoverskrift for at sortere."))
        hint.setWordWrap(True)  # one long line would make the dialog wider than a screen at 200 %
        tl.addWidget(hint)
        tl.addWidget(self.table, 1)

        self.charts_host = QWidget()
        self.charts_grid = QGridLayout(self.charts_host)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts_host)
        self.index_plots: dict[str, pg.PlotWidget] = {}
        self.index_curves: dict[tuple[str, uuid.UUID], pg.PlotDataItem] = {}

        # one plot per kind of effect size: kinds on different scales never share an axis
        self.forest_host = QWidget()
        self.forest_layout = QVBoxLayout(self.forest_host)
        self.forest = QScrollArea()
        self.forest.setObjectName("compareForest")
        self.forest.setWidgetResizable(True)
        self.forest.setWidget(self.forest_host)
        self.forest_plots: dict[str, pg.PlotWidget] = {}
        self.forest.setAccessibleName(tr("Effektstørrelser med 95 %-konfidensinterval"))
        self.forest_points: dict[tuple[str, uuid.UUID], tuple[float, float, float]] = {}

        self.lines = QTableWidget()
        self.lines.setObjectName("compareBottomLines")
        self.lines.setAccessibleName(tr("Bundlinjer side om side"))
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _wrap_header(self.lines.horizontalHeader())
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.overview = QTextBrowser()
        self.overview.setObjectName("compareOverview")
        self.overview.setAccessibleName(tr("Overblik"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("compareTabs")
        self.tabs.setAccessibleName(tr("Sammenligningens visninger"))
        self.tabs.addTab(table_page, tr("Tabel"))
        self.tabs.addTab(charts_scroll, tr("Indeksgrafer"))
        self.tabs.addTab(self.forest, tr("Effektstørrelser"))
        self.tabs.addTab(self.lines, tr("Bundlinjer"))
        self.tabs.addTab(self.overview, tr("Overblik"))

        self.warnings = QListWidget()
        self.warnings.setObjectName("compareWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMinimumHeight(self.warnings.fontMetrics().lineSpacing() * 2 + 8)  # low dialogs: it scrolls
        self.warnings_box = QGroupBox(tr("Advarsler"))
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        self.message = QLabel()
        self.message.setObjectName("compareMessage")

        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tlay = QVBoxLayout(top)
        tlay.setContentsMargins(0, 0, 0, 0)
        tlay.addWidget(self.message)
        tlay.addWidget(self.tabs, 1)
        self.saved = SavedNotice()
        tlay.addWidget(self.saved)
        right.addWidget(top)
        right.addWidget(self.warnings_box)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([800, 160])  # the table gets the room; the warnings keep a few lines (they scroll)
        left_scroll = QScrollArea()  # the filters scroll when the dialog is low (200 % scaling, small screens)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left_scroll.setWidget(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 960])
        self._split = split
        self._split_fitted = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # the outputs of the whole comparison beside Luk, at the dialog's full width (under the table they
        # set the table's least width: at 200 % the filters and the table were squeezed)
        row = QHBoxLayout()
        row.addWidget(self.export_btn)
        row.addWidget(self.pdf_btn)
        row.addStretch()
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(row)
        # the dialog stays open beside the main window: edits made there show here (debounced)
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(150)
        self._stale.timeout.connect(self._reload)
        self._trials_changed = False
        # a change may be committed on a worker thread (an import): it reaches the dialog through a queued signal
        self._changed.connect(self._on_change)
        unsubscribe = ws.subscribe(self._changed.emit)
        self.unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._split_fitted:
            QTimer.singleShot(0, self._fit_split)

    def _fit_split(self) -> None:
        """The filters a quarter of the width (at most 360 pixels), the comparison the rest: fixed sizes
        gave the filters a third of a narrow dialog (200 %)."""
        total = sum(self._split.sizes())
        if self._split_fitted or total <= 0:
            return
        self._split_fitted = True
        left = min(round(total * 0.25), 360)
        left = max(left, min(self._split.widget(0).minimumSizeHint().width(), total // 3))
        self._split.setSizes([left, total - left])

    def _fill_trial_list(self, checked: list[uuid.UUID] | None) -> None:
        self.trials.blockSignals(True)
        self.trials.clear()
        for t in self.ws.trials(include_archived=False):
            item = QListWidgetItem(t.name)
            item.setToolTip(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked is None or t.id in checked
                               else Qt.CheckState.Unchecked)
            self.trials.addItem(item)
        self.trials.blockSignals(False)

    def _on_change(self, change: Any) -> None:
        if change.trial_id is None or change.entity in ("trial", "database", "access"):  # access: the trials seen
            self._analyses.clear()
            self._trials_changed = True
        else:
            self._analyses.pop(change.trial_id, None)
        self._stale.start()

    def _reload(self) -> None:
        if self._trials_changed:
            self._trials_changed = False
            self._fill_trial_list(self.selected_trial_ids())
        self.refresh()

    # --- model ----------------------------------------------------------------------------------

    def selected_trial_ids(self) -> list[uuid.UUID]:
        return [self.trials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.trials.count())
                if self.trials.item(i).checkState() == Qt.CheckState.Checked]

    def set_trials(self, names: list[str]) -> None:
        self.trials.blockSignals(True)
        for i in range(self.trials.count()):
            it = self.trials.item(i)
            it.setCheckState(Qt.CheckState.Checked if it.text() in names else Qt.CheckState.Unchecked)
        self.trials.blockSignals(False)
        self.refresh()

    def filters(self) -> Filters:
        items = [self.themes.item(i) for i in range(self.themes.count())]
        checked = [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]
        themes = None if len(checked) == len(items) else checked
        st = [s for s, b in self.stakeholders.items() if b.isChecked()]
        kinds = [k for k, b in self.kinds.items() if b.isChecked()]
        return Filters(themes=themes, stakeholders=None if len(st) == len(self.stakeholders) else st,
                       kinds=None if len(kinds) == len(self.kinds) else kinds)

    def analysis(self, trial_id: uuid.UUID) -> TrialAnalysis:
        if trial_id not in self._analyses:
            self._analyses[trial_id] = self._analyse(trial_id)
        return self._analyses[trial_id]

    def refresh(self, *_: Any) -> None:
        ids = self.selected_trial_ids()
        enough = len(ids) >= 2
        self.export_btn.setEnabled(enough)
        self.pdf_btn.setEnabled(enough)
        if not enough:
            self.comparison = None
            self.message.setText(tr("Vælg mindst to forsøg til venstre."))
        else:
            self.message.setText("")
            # "(uden tema)" is the empty theme key: indicators without a theme
            self.comparison = build_comparison([self.analysis(t) for t in ids], self.filters())
        self.model.set_comparison(self.comparison)
        self._fill_charts()
        self._fill_forest()
        self._fill_lines()
        self._fill_overview()
        self._fill_warnings()

    # --- views ----------------------------------------------------------------------------------

    def _fill_charts(self) -> None:
        while self.charts_grid.count():
            w = self.charts_grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.index_plots.clear()
        self.index_curves.clear()
        c = self.comparison
        if c is None:
            return
        order = {t.trial_id: i for i, t in enumerate(c.trials)}
        n = 0
        for row in c.rows:
            series = c.series_of(row.key)
            if not series:
                continue
            plot = pg.PlotWidget(axisItems=number_axes(bottom=NumberAxis(orientation="bottom")))
            plot.setObjectName(f"indexPlot:{row.key}")
            plot.setBackground("w")
            plot.setMinimumHeight(240)
            dirs = {s.higher_is_better for s in series}
            d = "" if len(dirs) > 1 else tr(" (højere er bedre)") if dirs == {True} else tr(" (lavere er bedre)")
            plot.setTitle(row.label + d, color="#1F2933", size="10pt")
            plot.setLabel("bottom", _h("months_axis"))
            plot.setLabel("left", _h("index_axis"))
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.addItem(pg.InfiniteLine(100, angle=0, pen=pg.mkPen("#1F2933", width=1, style=Qt.PenStyle.DashLine)))
            plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#1F2933", width=1)))
            legend: list[str] = []
            for s in series:
                i = order[s.trial_id]
                colour = style.for_graphics(QColor(TRIAL_COLOURS[i % len(TRIAL_COLOURS)]))
                curve = plot.plot(list(s.months), list(s.index), pen=pg.mkPen(colour, width=2),
                                  symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=6, symbolBrush=colour,
                                  symbolPen=None, name=f"{s.trial_name}: {s.indicator_name}")
                self.index_curves[(row.key, s.indicator_id)] = curve
                name = s.trial_name if s.indicator_name == row.label else f"{s.trial_name}: {s.indicator_name}"
                legend.append(f"<span style='color:{colour.name()}'>{LEGEND_GLYPHS[i % len(LEGEND_GLYPHS)]}</span> "
                              f"{_esc(name)}")
            # the legend sits under the chart, so it never covers the lines
            key = QLabel("<br/>".join(legend))
            key.setObjectName(f"indexLegend:{row.key}")
            key.setWordWrap(True)
            key.setTextFormat(Qt.TextFormat.RichText)
            cell = QWidget()
            cell_lay = QVBoxLayout(cell)
            cell_lay.setContentsMargins(0, 0, 0, 6)
            cell_lay.setSpacing(2)
            cell_lay.addWidget(plot, 1)
            cell_lay.addWidget(key)
            self.index_plots[row.key] = plot
            self.charts_grid.addWidget(cell, n // 2, n % 2)
            n += 1

    def _fill_forest(self) -> None:
        while self.forest_layout.count():
            item = self.forest_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.forest_plots.clear()
        self.forest_points.clear()
        c = self.comparison
        if c is None or not c.forest:
            return
        order = {t.trial_id: i for i, t in enumerate(c.trials)}
        labels = {r.key: r.label for r in c.rows}
        lang = current_language()
        for kind, entries in c.forest_panels():
            title = QLabel(f"<b>{EFFECT_KIND_TITLES[kind].get()}</b>" if kind in EFFECT_KIND_TITLES else kind)
            title.setWordWrap(True)
            p = pg.PlotWidget(axisItems={"bottom": NumberAxis(orientation="bottom")})
            p.setBackground("w")
            ref = 1.0 if kind == "rate-ratio" else 0.0
            ticks: list[tuple[float, str]] = []
            y, last = 0.0, None
            for e in entries:
                if e.row_key != last:
                    y -= 1.0
                    ticks.append((y, f"▸ {labels[e.row_key]}"))
                    last = e.row_key
                y -= 1.0
                i = order[e.trial_id]
                colour = style.for_graphics(QColor(TRIAL_COLOURS[i % len(TRIAL_COLOURS)]))
                hi = e.ci_high if np.isfinite(e.ci_high) else max(e.value, ref) * 2 + 1
                p.addItem(pg.ErrorBarItem(x=np.array([e.value]), y=np.array([y]), left=np.array([e.value - e.ci_low]),
                                          right=np.array([hi - e.value]), beam=0.25, pen=pg.mkPen(colour, width=2)))
                p.plot([e.value], [y], pen=None, symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=9, symbolBrush=colour,
                       symbolPen=None)
                ticks.append((y, f"{e.trial_name}: {e.indicator_name}  "
                                 f"({format_number(e.value, 2, lang, sign=kind != 'rate-ratio')})"))
                self.forest_points[(e.row_key, c.trials[i].trial_id)] = (e.value, e.ci_low, e.ci_high)
            p.addItem(pg.InfiniteLine(ref, angle=90, pen=pg.mkPen("#1F2933", width=1.2)))
            p.getAxis("left").setTicks([ticks])
            p.setLabel("bottom", _h("forest_axis_ratio" if kind == "rate-ratio" else "forest_axis"))
            p.showGrid(x=True, alpha=0.15)
            p.setYRange(y - 0.5, 0.5)
            p.setMinimumHeight(int(90 + 22 * -y))
            self.forest_layout.addWidget(title)
            self.forest_layout.addWidget(p)
            self.forest_plots[kind] = p
        self.forest_layout.addStretch(1)

    def _fill_lines(self) -> None:
        t = self.lines
        t.clear()
        c = self.comparison
        if c is None:
            t.setRowCount(0)
            t.setColumnCount(0)
            return
        t.setColumnCount(len(c.trials))
        t.setHorizontalHeaderLabels([x.name for x in c.trials])
        for col, x in enumerate(c.trials):
            t.horizontalHeaderItem(col).setToolTip(x.name)
        t.setRowCount(len(c.bottom_lines) + 1)
        t.setVerticalHeaderLabels([label(line) for line, _ in c.bottom_lines] + [tr("Samlet")])
        for r, (_, results) in enumerate(c.bottom_lines):
            for col, b in enumerate(results):
                if b is None:
                    continue
                comp = label(b.computed) if b.computed else tr("ikke målt")
                ass = label(b.assessed) if b.assessed else tr("ikke vurderet")
                text = tr("Beregnet: {c}\nVurderet: {a}").format(c=comp, a=ass) + (
                    "\n" + tr("(uenige)") if b.agree is False else "")
                item = QTableWidgetItem(status_icon(b.computed.value if b.computed else None, 16), text)
                t.setItem(r, col, item)
        for col, ta in enumerate(c.analyses):
            t.setItem(len(c.bottom_lines), col, QTableWidgetItem(status_icon(ta.overall.verdict.value, 16),
                                                                 label(ta.overall.verdict)))

    def _fill_overview(self) -> None:
        c = self.comparison
        if c is None:
            self.overview.setPlainText("")
            return
        lang = current_language()
        html = "".join(f"<p><span style='color:{TRIAL_COLOURS[i % len(TRIAL_COLOURS)]}'>■</span> "
                       f"{_esc(text.get(lang))}</p>" for i, text in enumerate(c.overviews))
        self.overview.setHtml(html)

    def _fill_warnings(self) -> None:
        self.warnings.clear()
        c = self.comparison
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if c is None:
            self.warnings_box.setTitle(tr("Advarsler"))
            return
        for w in c.warnings:
            self.warnings.addItem(QListWidgetItem(icon, w.text.get(current_language())))
        if not c.warnings:
            self.warnings.addItem(tr("Ingen advarsler: de fælles temaer har samme enhed og måletype, "
                                     "og alle har nok målinger."))
        self.warnings_box.setTitle(tr("Advarsler ({n})").format(n=len(c.warnings)))

    # --- output ---------------------------------------------------------------------------------

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        if self.comparison is None:
            return None
        if path is None:
            name, _ = file_dialogs.save_file_name(self, tr("Eksportér sammenligning"), "sammenligning.xlsx",
                                                  tr("Excel-projektmappe (*.xlsx)"), purpose="export")
            if not name:
                return None
            path = name
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            written = write_comparison_xlsx(path, self.comparison, current_language())
        except OSError as exc:
            QMessageBox.warning(self, tr("Eksport"), tr("Filen kunne ikke skrives: {e}").format(e=exc))
            return None
        self.saved.show_saved(written, tr("Sammenligningen er gemt: {path}").format(path=written))
        return written

    def save_report(self, path: str | Path | None = None) -> Path | None:
        if self.comparison is None:
            return None
        if path is None:
            name, _ = file_dialogs.save_file_name(self, tr("Sammenligningsrapport"), "sammenligning.pdf",
                                                  tr("PDF (*.pdf)"), suffix=".pdf", purpose="report")
            if not name:
                return None
            path = name
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        demo = any(self.ws.trial(t.trial_id).is_demo for t in self.comparison.trials)
        comparison, lang, title = self.comparison, current_language(), tr("Sammenligningsrapport")

        def work(job: Job) -> Path:
            from ..reports import compare_report  # reportlab: imported here, not on the GUI thread

            def on_page(page: int, pages: int | None) -> None:
                job.report(page, pages or 0, tr("Opsætter side {page} …").format(page=page) if not pages else
                           tr("Opsætter side {page} af {pages} …").format(page=page, pages=pages))

            job.report(0, 0, tr("Laver sammenligningsrapporten …"))
            return compare_report.build_compare_report(comparison, path, lang=lang, illustrative=demo, on_page=on_page)

        made: list[Path] = []

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | DomainError):
                raise exc
            QMessageBox.warning(self, title, tr("Filen kunne ikke skrives: {e}").format(e=exc))

        # off the GUI thread, with progress and Annullér (the file is written whole or not at all); the caller
        # gets the path, so wait here with the event loop running
        self.report_job = run_with_progress(self, title, tr("Laver sammenligningsrapporten …"), work,
                                            on_success=made.append, on_error=failed, name="compare-report")
        wait_for(self.report_job)
        if made:
            self.saved.show_saved(made[0], tr("Sammenligningsrapporten er gemt: {path}").format(path=made[0]))
        return made[0] if made else None


def _wrap_header(header: QHeaderView) -> None:
    """Long trial names wrap onto two lines in the column headers instead of being cut at both ends."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 8)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CELL_ROLE", "CompareDialog", "ComparisonModel", "theme_key"]
