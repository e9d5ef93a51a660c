"""Vis -> Sammenlign forsøg: trials side by side.

Left: the trials (two or more) and filters (themes, stakeholders, effect/process). Right: tabs with the
table (one row per theme or indicator, one column per trial; sortable; XLSX export), the indexed charts
(baseline = 100 on months since each trial's start), the forest plot of effect sizes (+ = improvement),
the bottom-line matrix and a written overview; below them the warnings, always visible.

Everything shown is read from :class:`effektmaaling.analysis.compare.Comparison`; nothing is recomputed.
"""

from __future__ import annotations

import bisect
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
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
    ForestEntry,
    IndexedSeries,
    Row,
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
from .background import Cancelled, Job, run_with_progress, wait_for
from .chart import NumberAxis, number_axes
from .icons import status_icon
from .navigator import status_word
from .widgets import SavedNotice, resize_within_screen

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the comparison Cell (None for an empty cell)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_RANK = {"improved": 0, "no-change": 1, "insufficient-data": 2, "worsened": 3}
SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "h")
INK = "#1F2933"  # text on the white charts (15:1)
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
        self._texts: dict[tuple[int, int], str] = {}  # made when first asked for (a cell is painted often)
        self._warnings: dict[str, list[Any]] = {}

    def set_comparison(self, c: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = c
        self._texts = {}
        self._warnings = {}
        for w in c.warnings if c is not None else ():
            if w.row_key is not None:
                self._warnings.setdefault(w.row_key, []).append(w)
        self.endResetModel()

    def row_warnings(self, key: str) -> list[Any]:
        return self._warnings.get(key, [])

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
        text = self._texts.get((row, col))
        if text is None:
            text = self._texts[(row, col)] = self._cell_text(row, col)
        return text

    def _cell_text(self, row: int, col: int) -> str:
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
            if self.row_warnings(r.key):
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
                warnings = [w.text.get(current_language()) for w in self.row_warnings(r.key)
                            if w.trial_id in (None, cell.trial_id)]
                return "\n".join([cell.analysis.name, cell.analysis.explanation.get(current_language()), *warnings])
            return "\n".join(w.text.get(current_language()) for w in self.row_warnings(r.key)) or None
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
    """Self-contained: needs a Workspace (and optionally ``known``: a function giving a trial's analysis
    when it has been made already, else None; called on the GUI thread, it never analyses).

    The chosen trials are analysed and compared off the GUI thread (:meth:`refresh` starts a job; a newer
    choice cancels an older job, whose result is never shown); :meth:`busy` says whether one runs. The
    charts and the forest plot are made when they are scrolled into view."""

    _changed = Signal(object)  # a services.workspace.Change, from whichever thread committed it

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 known: Callable[[uuid.UUID], TrialAnalysis | None] | None = None,
                 trial_ids: list[uuid.UUID] | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._known = known or (lambda tid: None)
        self._analyses: dict[uuid.UUID, TrialAnalysis] = {}  # of the trials chosen (kept while chosen)
        self.comparison: Comparison | None = None
        self.job: Job | None = None
        self._serial = 0  # of the latest request: an older job's result is never shown
        self._generation = 0  # raised by every change to the data: older analyses are not kept
        self.setObjectName("compareDialog")
        self.setWindowTitle(tr("Sammenlign forsøg"))
        resize_within_screen(self, 1280, 860)

        # --- choices -------------------------------------------------------------------------------
        self.trials = QListWidget()
        self.trials.setObjectName("compareTrials")
        self.trials.setAccessibleName(tr("Forsøg at sammenligne"))
        # a long name is shortened in the middle to the list's width (its beginning and end both tell trials
        # apart), the whole name in its tooltip; no sideways scrolling to read a name
        self.trials.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.trials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fill_trial_list(trial_ids)
        self.themes = QListWidget()
        self.themes.setObjectName("compareThemes")
        self.themes.setAccessibleName(tr("Temaer"))
        self.themes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long themes end in »…«
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
        self.all_btn = QPushButton(tr("Vælg alle"))
        self.all_btn.setObjectName("compareAllTrials")
        self.all_btn.clicked.connect(lambda: self.set_trials([self.trials.item(i).text()
                                                             for i in range(self.trials.count())]))
        self.none_btn = QPushButton(tr("Fravælg alle"))
        self.none_btn.setObjectName("compareNoTrials")
        self.none_btn.clicked.connect(lambda: self.set_trials([]))
        for title, widget in ((tr("Forsøg (mindst to)"), self.trials), (tr("Temaer"), self.themes)):
            box = QGroupBox(title)
            box_lay = QVBoxLayout(box)
            box_lay.addWidget(widget)
            if widget is self.trials:
                choose = QHBoxLayout()
                choose.addWidget(self.all_btn)
                choose.addWidget(self.none_btn)
                choose.addStretch(1)
                box_lay.addLayout(choose)
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.row_heights = VisibleRowHeights(self.table)  # (not every cell of hundreds of rows measured at once)
        # many trials: the columns keep a readable width and the table scrolls sideways
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 24)
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

        self.charts_host = QWidget()  # (no layout: the charts in view are placed by self.charts_lazy)
        charts_scroll = self.charts_scroll = QScrollArea()
        charts_scroll.setObjectName("compareCharts")
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts_host)
        self.index_plots: dict[str, pg.PlotWidget] = {}  # the charts made so far (when scrolled into view)
        self.index_curves: dict[tuple[str, uuid.UUID], SeriesCurve] = {}

        # one plot per kind of effect size: kinds on different scales never share an axis
        self.forest_host = QWidget()
        self.forest_layout = QVBoxLayout(self.forest_host)
        self.forest = QScrollArea()
        self.forest.setObjectName("compareForest")
        self.forest.setWidgetResizable(True)
        self.forest.setWidget(self.forest_host)
        self.forest_plots: dict[str, list[pg.PlotWidget]] = {}  # kind -> its parts made so far
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
        self.charts_lazy = VirtualGrid(charts_scroll, lambda: self.tabs.currentWidget() is charts_scroll, self)
        self.forest_lazy = LazyWidgets(self.forest, lambda: self.tabs.currentWidget() is self.forest, self)
        self._unfilled: set[str] = set()  # the chart tabs not filled since the comparison changed
        self.tabs.currentChanged.connect(self._tab_shown)

        self.warnings = QListWidget()
        self.warnings.setObjectName("compareWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMinimumHeight(self.warnings.fontMetrics().lineSpacing() * 2 + 8)  # low dialogs: it scrolls
        self.warnings_box = QGroupBox(tr("Advarsler"))
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)
        self.message = QLabel()
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        self.again_btn = QPushButton(tr("Sammenlign igen"))
        self.again_btn.setObjectName("compareAgain")
        self.again_btn.clicked.connect(lambda: self.refresh())
        self.again_btn.hide()
        # the analysis of the chosen trials, off the GUI thread: what is being done, a bar and Annullér
        self.progress_label = QLabel()
        self.progress_label.setObjectName("compareProgressLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("compareProgress")
        self.progress.setAccessibleName(tr("Sammenligningens fremdrift"))
        self.progress.setRange(0, 0)
        self.cancel_btn = QPushButton(tr("Annullér"))
        self.cancel_btn.setObjectName("compareCancel")
        self.cancel_btn.clicked.connect(self.cancel)
        self.progress_row = QWidget()
        self.progress_row.setObjectName("compareProgressRow")
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.progress_label)
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_btn)
        self.progress_row.hide()
        for button in (self.all_btn, self.none_btn, self.again_btn, self.cancel_btn):
            button.setAutoDefault(False)  # Enter in the dialog does not choose every trial
        self._show_progress = QTimer(self)  # shown only when the work lasts (no flash for a quick filter)
        self._show_progress.setSingleShot(True)
        self._show_progress.setInterval(150)
        self._show_progress.timeout.connect(lambda: self.busy() and self.progress_row.show())

        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tlay = QVBoxLayout(top)
        tlay.setContentsMargins(0, 0, 0, 0)
        mrow = QHBoxLayout()
        mrow.addWidget(self.message, 1)
        mrow.addWidget(self.again_btn)
        tlay.addLayout(mrow)
        tlay.addWidget(self.progress_row)
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
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lists shorten their names
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
        self.destroyed.connect(lambda *_: self.job is not None and self.job.cancel())
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
        scroll = self._split.widget(0)  # the filters' scroll area: as wide as its content needs, when that fits
        needed = scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 12
        left = max(left, min(needed, total // 3))
        self._split.setSizes([left, total - left])

    def _fill_trial_list(self, checked: list[uuid.UUID] | None) -> None:
        self.trials.blockSignals(True)
        self.trials.clear()
        trials = self.ws.trials(include_archived=False)
        if checked is None and len(trials) > ALL_CHOSEN_UP_TO:
            checked = []  # a database of every trial of the administration: the user chooses (no hour of analysis)
        for t in trials:
            item = QListWidgetItem(t.name)
            item.setToolTip(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked is None or t.id in checked
                               else Qt.CheckState.Unchecked)
            self.trials.addItem(item)
        self.trials.blockSignals(False)

    def _on_change(self, change: Any) -> None:
        self._generation += 1  # an analysis being made now may be older than this change: not kept
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

    def busy(self) -> bool:
        """True while the chosen trials are being analysed and compared."""
        return self.job is not None and not self.job.over

    def refresh(self, *_: Any) -> Job | None:
        """Compare the trials chosen now, off the GUI thread (a job still working on an older choice is
        cancelled and its result never shown); returns the job (None when fewer than two are chosen)."""
        ids = self.selected_trial_ids()
        self._serial += 1
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self.again_btn.hide()
        if len(ids) < 2:
            self.job = None
            self._stop_progress()
            self.message.setText(tr("Vælg mindst to forsøg til venstre."))
            self._show(None)
            return None
        chosen = set(ids)
        self._analyses = {t: a for t, a in self._analyses.items() if t in chosen}  # only the chosen are kept
        have: dict[uuid.UUID, TrialAnalysis] = {}
        for tid in ids:
            found = self._analyses.get(tid) or self._known(tid)
            if found is not None:
                have[tid] = found
        missing = [t for t in ids if t not in have]
        serial, generation, ws, filters = self._serial, self._generation, self.ws, self.filters()

        def work(job: Job) -> tuple[dict[uuid.UUID, TrialAnalysis], Comparison]:
            made: dict[uuid.UUID, TrialAnalysis] = {}
            job.made = made  # type: ignore[attr-defined]  # what was analysed, kept even when cancelled
            for k, tid in enumerate(missing):
                job.report(k, len(missing), tr("Analyserer forsøg {k} af {n} …").format(k=k + 1, n=len(missing)))
                made[tid] = analyse_bundle(ws.values_bundle(tid))  # a read of its own, on this thread
            job.report(len(missing), len(missing), tr("Sammenligner {n} forsøg …").format(n=len(ids)))
            # "(uden tema)" is the empty theme key: indicators without a theme
            return made, build_comparison([have.get(t) or made[t] for t in ids], filters)

        # not owned by the dialog: a job is never deleted with the dialog while its worker still runs (it ends
        # its work, and its result goes nowhere); once handled it drops its result
        job = self.job = Job(work, name="compare")
        job.finished.connect(lambda: setattr(job, "result", None) or setattr(job, "made", {}))

        def keep(made: dict[uuid.UUID, TrialAnalysis]) -> None:
            if generation == self._generation and shiboken6.isValid(self):  # nothing changed since they were read
                chosen_now = set(self.selected_trial_ids())
                self._analyses.update((t, a) for t, a in made.items() if t in chosen_now)

        def succeeded(result: tuple[dict[uuid.UUID, TrialAnalysis], Comparison]) -> None:
            import gc

            # The comparison of many trials is hundreds of thousands of long-lived objects: out of the garbage
            # collector's full passes (each would otherwise walk them all and stop the window for 0.1-0.5 s).
            # They are still freed when no longer used (they hold no reference cycles), as the navigator's are;
            # only for a large comparison, as whatever else exists now is frozen too (cyclic garbage among it,
            # such as charts of an older comparison, is then never collected).
            keep(result[0])
            if serial == self._serial and shiboken6.isValid(self):
                if sum(len(a.indicators) for a in result[1].analyses) >= FREEZE_FROM:
                    gc.freeze()
                self._stop_progress()
                self.message.setText("")
                self._show(result[1])

        def failed(exc: BaseException) -> None:
            keep(getattr(job, "made", {}))
            if serial != self._serial or not shiboken6.isValid(self):
                return
            self._stop_progress()
            if isinstance(exc, Cancelled):  # the user's Annullér: the old comparison goes (it is not the choice)
                self.message.setText(tr("Sammenligningen blev annulleret."))
                self.again_btn.show()
                self._show(None)
            elif isinstance(exc, DomainError):  # e.g. a trial deleted meanwhile (the list follows the change)
                self.message.setText(tr("Forsøgene kunne ikke sammenlignes: {e}").format(e=exc.text()))
                self._show(None)
            else:
                raise exc

        job.progress.connect(lambda done, total, text: serial == self._serial and shiboken6.isValid(self)
                             and self._progress(done, total, text))
        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        self.export_btn.setEnabled(False)  # they would write the comparison shown, which is no longer the choice
        self.pdf_btn.setEnabled(False)
        self.progress_label.setText(tr("Sammenligner …"))
        self.progress.setRange(0, 0)
        self.cancel_btn.setEnabled(True)
        self._show_progress.start()
        return job.start()

    def cancel(self) -> None:
        """Annullér: stop analysing the chosen trials (nothing is written, so it is always safe)."""
        if self.job is not None and not self.job.done and self.job.cancel():
            self.cancel_btn.setEnabled(False)
            self.progress_label.setText(tr("Annullerer …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.job is not None and self.job.cancelled:
            return
        self.progress_label.setText(text)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _stop_progress(self) -> None:
        self._show_progress.stop()
        self.progress_row.hide()

    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.export_btn.setEnabled(comparison is not None)
        self.pdf_btn.setEnabled(comparison is not None)
        self.model.set_comparison(comparison)
        # the chart tabs are filled when they are shown (a placeholder per row: hundreds of widgets)
        self._unfilled = {"charts", "forest"}
        self._tab_shown()
        self._fill_lines()
        self._fill_overview()
        self._fill_warnings()

    # --- views ----------------------------------------------------------------------------------

    def _tab_shown(self, *_: Any) -> None:
        current = self.tabs.currentWidget()
        if current is self.charts_scroll and "charts" in self._unfilled:
            self._unfilled.discard("charts")
            self._fill_charts()
        elif current is self.forest and "forest" in self._unfilled:
            self._unfilled.discard("forest")
            self._fill_forest()
        self.charts_lazy.schedule()
        self.forest_lazy.schedule()

    def _fill_charts(self) -> None:
        """The rows with indexed series, two charts side by side; a chart is made when it is scrolled into view
        (no widget at all for the others: a comparison may have thousands of rows)."""
        self.index_plots.clear()
        self.index_curves.clear()
        c = self.comparison
        cells: list[tuple[int, Callable[[QWidget], Iterator[None]]]] = []
        if c is not None:
            order = {t.trial_id: i for i, t in enumerate(c.trials)}
            by_row: dict[str, list[IndexedSeries]] = {}
            for s in c.series:
                by_row.setdefault(s.row_key, []).append(s)
            line_height = self.fontMetrics().lineSpacing()
            for row in c.rows:
                series = by_row.get(row.key)
                if series:  # as high as the chart and its legend (a line per colour) will be
                    lines = len({order[x.trial_id] % len(TRIAL_COLOURS) for x in series})
                    cells.append((CHART_HEIGHT + 12 + line_height * lines,
                                  lambda cell, row=row, series=series: self._make_chart(cell, row, series, order)))
        self.charts_lazy.set_cells(cells)

    def _make_chart(self, cell: QWidget, row: Row, series: list[IndexedSeries],
                    order: dict[uuid.UUID, int]) -> Iterator[None]:
        """The indexed chart of one row. The trials of one colour and marker (colours repeat after eight trials)
        are one line item with breaks between the trials, and the axes' ranges are set from the data at once
        (no automatic range worked out again at each paint), so a chart of 200 trials is as quick as one of 8."""
        lay = QVBoxLayout(cell)
        lay.setContentsMargins(0, 0, 0, 6)
        lay.setSpacing(2)
        groups: dict[int, list[IndexedSeries]] = {}
        for s in series:
            groups.setdefault(order[s.trial_id] % len(TRIAL_COLOURS), []).append(s)
        data = {i: (np.concatenate([np.asarray(s.months, dtype=float) for s in members]),
                    np.concatenate([np.asarray(s.index, dtype=float) for s in members])) for i, members in groups.items()}
        xs = np.concatenate([x for x, _ in data.values()] + [np.zeros(1)])
        ys = np.concatenate([y for _, y in data.values()] + [np.full(1, 100.0)])
        xs, ys = xs[np.isfinite(xs)], ys[np.isfinite(ys)]
        plot = pg.PlotWidget(axisItems=number_axes(bottom=NumberAxis(orientation="bottom")))
        plot.setObjectName(f"indexPlot:{row.key}")
        plot.setBackground("w")
        plot.setMinimumHeight(CHART_HEIGHT)
        plot.setRange(xRange=(xs.min(), xs.max()), yRange=(ys.min(), ys.max()), padding=0.05)  # (auto range: off)
        dirs = {s.higher_is_better for s in series}
        d = "" if len(dirs) > 1 else tr(" (højere er bedre)") if dirs == {True} else tr(" (lavere er bedre)")
        title = row.label + d
        title_font = QFont(cell.font())
        title_font.setPointSizeF(10)
        room = max(cell.width() - QFontMetrics(cell.font()).horizontalAdvance("0000") - 40, 80)  # beside the axis
        plot.setTitle(QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, room),
                      color=INK, size="10pt")  # a long title shortened to the chart's width, whole in the tooltip
        plot.setToolTip(title)
        plot.setLabel("bottom", _h("months_axis"))
        plot.setLabel("left", _h("index_axis"))
        _dark_axes(plot)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.addItem(pg.InfiniteLine(100, angle=0, pen=pg.mkPen(INK, width=1, style=Qt.PenStyle.DashLine)))
        plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen(INK, width=1)))
        lay.addWidget(plot, 1)
        self.index_plots[row.key] = plot
        yield  # the lines a colour at a time, one or two per turn of the event loop
        for i, members in groups.items():
            if not shiboken6.isValid(plot):
                return
            colour = style.for_graphics(QColor(TRIAL_COLOURS[i]))
            x, y = data[i]
            connect = np.ones(len(x), dtype=bool)  # point k joins point k + 1, except at the end of a trial
            ends = np.cumsum([len(s.months) for s in members]) - 1
            connect[ends[ends >= 0]] = False
            curve = plot.plot(x, y, connect=connect, pen=pg.mkPen(colour, width=2), symbol=SYMBOLS[i % len(SYMBOLS)],
                              symbolSize=6, symbolBrush=colour, symbolPen=None)
            at = 0
            for s in members:
                self.index_curves[(row.key, s.indicator_id)] = SeriesCurve(curve, at, at + len(s.months))
                at += len(s.months)
            yield
        # the legend sits under the chart, so it never covers the lines; a name too long for the chart's width
        # is shortened (the tooltip has them all)
        legend = _legend(row, series, order, key_width(cell))
        key = QLabel("<br/>".join(html for html, _ in legend))
        key.setToolTip("\n".join(tip for _, tip in legend))
        key.setObjectName(f"indexLegend:{row.key}")
        key.setWordWrap(False)  # one line each (the cell's height is set by their number); the tooltip has them all
        key.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(key)

    def _fill_forest(self) -> None:
        """One plot per kind of effect size (never two kinds on one axis), in parts of at most
        :data:`FOREST_PART` entries on one scale; a part is made when it is scrolled into view."""
        self.forest_lazy.reset()
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
        for e in c.forest:
            self.forest_points[(e.row_key, e.trial_id)] = (e.value, e.ci_low, e.ci_high)
        for kind, entries in c.forest_panels():
            title = QLabel(f"<b>{EFFECT_KIND_TITLES[kind].get()}</b>" if kind in EFFECT_KIND_TITLES else kind)
            title.setWordWrap(True)
            self.forest_layout.addWidget(title)
            ref = 1.0 if kind == "rate-ratio" else 0.0
            scale = _forest_scale(entries, ref)
            parts = _forest_parts(entries)
            for k, part in enumerate(parts):
                holder = QWidget()
                holder.setObjectName(f"forestPart:{kind}:{k}")
                holder.setMinimumHeight(_forest_height(part))
                QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
                self.forest_layout.addWidget(holder)
                continued = k > 0 and parts[k - 1][-1].row_key == part[0].row_key
                self.forest_lazy.add(holder, lambda h, kind=kind, part=part, continued=continued, scale=scale:
                                     self._make_forest(h, kind, part, continued, scale, order, labels))
        self.forest_layout.addStretch(1)
        self.forest_lazy.schedule()

    def _make_forest(self, holder: QWidget, kind: str, part: list[ForestEntry], continued: bool,
                     scale: tuple[float, float], order: dict[uuid.UUID, int],
                     labels: dict[str, str]) -> Iterator[None]:
        """A part of a kind's forest plot: the frame with its scale and labels, then a colour per step."""
        lang = current_language()
        ref = 1.0 if kind == "rate-ratio" else 0.0
        ticks: list[tuple[float, str]] = []
        groups: dict[int, tuple[list[float], list[float], list[float], list[float]]] = {}
        y, last = 0.0, None
        for e in part:
            if e.row_key != last:
                y -= 1.0
                more = " " + tr("(fortsat)") if continued and last is None else ""
                ticks.append((y, f"▸ {labels[e.row_key]}{more}"))
                last = e.row_key
            y -= 1.0
            i = order[e.trial_id] % len(TRIAL_COLOURS)
            hi = e.ci_high if np.isfinite(e.ci_high) else max(e.value, ref) * 2 + 1
            xs, ys, left, right = groups.setdefault(i, ([], [], [], []))
            xs.append(e.value)
            ys.append(y)
            left.append(e.value - e.ci_low)
            right.append(hi - e.value)
            ticks.append((y, f"{e.trial_name}: {e.indicator_name}  "
                             f"({format_number(e.value, 2, lang, sign=kind != 'rate-ratio')})"))
        p = pg.PlotWidget(axisItems={"bottom": NumberAxis(orientation="bottom")})
        p.setObjectName(f"forestPlot:{kind}")
        p.setBackground("w")
        p.setXRange(*scale, padding=0)  # the parts of one kind share a scale: read side by side
        p.setYRange(y - 0.5, 0.5, padding=0)
        p.addItem(pg.InfiniteLine(ref, angle=90, pen=pg.mkPen(INK, width=1.2)))
        p.getAxis("left").setTicks([ticks])
        p.setLabel("bottom", _h("forest_axis_ratio" if kind == "rate-ratio" else "forest_axis"))
        _dark_axes(p)  # the labels as dark as the table's text (pyqtgraph's grey was 3:1 on white)
        p.showGrid(x=True, alpha=0.15)
        p.setMinimumHeight(_forest_height(part))
        holder.layout().addWidget(p)
        self.forest_plots.setdefault(kind, []).append(p)
        yield
        for i, (xs, ys, left, right) in groups.items():  # one item per colour, however many trials
            if not shiboken6.isValid(p):
                return
            colour = style.for_graphics(QColor(TRIAL_COLOURS[i]))
            p.addItem(pg.ErrorBarItem(x=np.array(xs), y=np.array(ys), left=np.array(left), right=np.array(right),
                                      beam=0.25, pen=pg.mkPen(colour, width=2)))
            p.plot(xs, ys, pen=None, symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=9, symbolBrush=colour,
                   symbolPen=None)
            yield

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
        comparison, lang, made = self.comparison, current_language(), []

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError):
                raise exc
            QMessageBox.warning(self, tr("Eksport"), tr("Filen kunne ikke skrives: {e}").format(e=exc))

        # off the GUI thread (hundreds of rows of many trials take seconds); no Annullér: the file is written
        wait_for(run_with_progress(self, tr("Eksport"), tr("Eksporterer sammenligningen …"),
                                   lambda _job: write_comparison_xlsx(path, comparison, lang), on_success=made.append,
                                   on_error=failed, cancellable=False, name="compare-xlsx"))
        if not made:
            return None
        written = made[0]
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
        demo = [t.trial_id for t in self.comparison.trials if self.ws.trial(t.trial_id).is_demo]
        comparison, lang, title = self.comparison, current_language(), tr("Sammenligningsrapport")

        def work(job: Job) -> Path:
            from ..reports import compare_report  # reportlab: imported here, not on the GUI thread

            def on_page(page: int, pages: int | None) -> None:
                job.report(page, pages or 0, tr("Opsætter side {page} …").format(page=page) if not pages else
                           tr("Opsætter side {page} af {pages} …").format(page=page, pages=pages))

            job.report(0, 0, tr("Laver sammenligningsrapporten …"))
            return compare_report.build_compare_report(comparison, path, lang=lang, demo_trials=demo,
                                                      on_page=on_page)

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


CHART_HEIGHT = 240
FREEZE_FROM = 500  # indicator analyses in a comparison (25 trials of 20) from which it is frozen (see refresh)
ALL_CHOSEN_UP_TO = 12  # a database of at most this many trials opens with all of them chosen, a larger with none
_DONE = object()
FOREST_PART = 40  # entries per forest plot: a comparison of many trials is split over several (one scale)


class SeriesCurve:
    """One trial's indexed series in a chart: a slice of the line drawn for the trials of its colour."""

    def __init__(self, item: pg.PlotDataItem, start: int, stop: int) -> None:
        self.item, self.start, self.stop = item, start, stop

    @property
    def opts(self) -> dict:
        return self.item.opts

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.item.getData()
        return x[self.start:self.stop], y[self.start:self.stop]


def _continue_begun(making: list[tuple[QWidget, Iterator[None]]], started: float, budget: float, timer: QTimer,
                    pause_ms: int) -> bool:
    """Take the next steps of the widgets begun on earlier turns (one dropped when its steps are done or it
    is gone); False, with the timer started again, when the turn's budget ran out before they were done."""
    while making:
        if not shiboken6.isValid(making[0][0]) or next(making[0][1], _DONE) is _DONE:
            making.pop(0)
        if time.perf_counter() - started > budget:
            timer.start(pause_ms)
            return False
    return True


class LazyWidgets(QObject):
    """Widgets in a scroll area made when they come into view: a placeholder each, filled by its
    ``build(placeholder)``, one per turn of the event loop, only while ``active()`` (its tab is shown), so
    that a comparison of hundreds of rows opens at once. A ``build`` that is a generator is made a step
    (a ``yield``) at a time, steps of ~:data:`BUDGET` seconds a turn: the window answers meanwhile."""

    BUDGET = 0.02
    PAUSE_MS = 20

    def __init__(self, scroll: QScrollArea, active: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.scroll = scroll
        self.active = active
        self.pending: list[tuple[QWidget, Callable[[QWidget], Iterator[None] | None]]] = []
        self.making: list[tuple[QWidget, Iterator[None]]] = []  # begun, made over several turns
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        scroll.verticalScrollBar().valueChanged.connect(self.schedule)
        scroll.viewport().installEventFilter(self)

    def reset(self) -> None:
        self.pending = []
        self.making = []

    def add(self, holder: QWidget, build: Callable[[QWidget], Iterator[None] | None]) -> None:
        self.pending.append((holder, build))

    def schedule(self, *_: Any) -> None:
        if self.pending and not self.timer.isActive():
            self.timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def _step(self) -> None:
        if not (self.pending or self.making) or not self.active() or not self.scroll.isVisible():
            return
        started = time.perf_counter()
        if not _continue_begun(self.making, started, self.BUDGET, self.timer, self.PAUSE_MS):
            return
        host = self.scroll.widget()
        if host.layout() is not None:
            host.layout().activate()  # the placeholders' places, before they are compared with the view
        top, height = self.scroll.verticalScrollBar().value(), self.scroll.viewport().height()
        low, high = top - height // 2, top + height + height // 2  # half a screen made ahead
        for entry in list(self.pending):
            holder, build = entry
            if not shiboken6.isValid(holder):
                self.pending.remove(entry)
                continue
            y = holder.mapTo(host, QPoint(0, 0)).y()
            if y + holder.height() < low or y > high:
                continue
            self.pending.remove(entry)
            steps = build(holder)
            if steps is not None:  # a generator: made a step at a time (a step per yield)
                self.making.append((holder, steps))
            break
        else:
            return
        # soon: the next step or the next in view (first what was made is painted, on its own)
        self.timer.start(self.PAUSE_MS)


class VirtualGrid(QObject):
    """Cells of known heights in two columns in a scroll area, a widget made only for the cells that come into
    view (by ``build(cell)``, a generator made a step per turn, as :class:`LazyWidgets`); the others are only
    room in the scrolled widget's height."""

    BUDGET = 0.02
    PAUSE_MS = 20
    SPACING = 8

    def __init__(self, scroll: QScrollArea, active: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.scroll = scroll
        self.active = active
        self.cells: list[tuple[int, Callable[[QWidget], Iterator[None]]]] = []
        self.tops: list[int] = []  # of each line of two cells
        self.made: dict[int, QWidget] = {}
        self.making: list[tuple[QWidget, Iterator[None]]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._step)
        scroll.verticalScrollBar().valueChanged.connect(self.schedule)
        scroll.viewport().installEventFilter(self)
        scroll.widget().installEventFilter(self)

    @property
    def pending(self) -> list[int]:
        """The cells not made yet."""
        return [k for k in range(len(self.cells)) if k not in self.made]

    def set_cells(self, cells: list[tuple[int, Callable[[QWidget], Iterator[None]]]]) -> None:
        for w in self.made.values():
            w.deleteLater()
        self.made, self.making, self.cells = {}, [], cells
        self.tops, y = [], 0
        for k in range(0, len(cells), 2):
            self.tops.append(y)
            y += max(h for h, _ in cells[k:k + 2]) + self.SPACING
        self.scroll.widget().setMinimumHeight(y)
        self.schedule()

    def schedule(self, *_: Any) -> None:
        if (self.making or len(self.made) < len(self.cells)) and not self.timer.isActive():
            self.timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if watched is self.scroll.widget():
                for k, w in self.made.items():
                    self._place(k, w)
            self.schedule()
        return False

    def _place(self, k: int, w: QWidget) -> None:
        width = (self.scroll.widget().width() - self.SPACING) // 2
        w.setGeometry((k % 2) * (width + self.SPACING), self.tops[k // 2], width, self.cells[k][0])

    def _step(self) -> None:
        if not self.active() or not self.scroll.isVisible():
            return
        started = time.perf_counter()
        if not _continue_begun(self.making, started, self.BUDGET, self.timer, self.PAUSE_MS):
            return
        top, height = self.scroll.verticalScrollBar().value(), self.scroll.viewport().height()
        first = max(0, bisect.bisect_right(self.tops, top - height // 2) - 1)
        last = bisect.bisect_right(self.tops, top + height + height // 2)  # half a screen made ahead
        for k in range(first * 2, min(len(self.cells), last * 2)):
            if k in self.made:
                continue
            cell = QWidget(self.scroll.widget())
            self._place(k, cell)
            cell.show()
            self.made[k] = cell
            self.making.append((cell, iter(self.cells[k][1](cell))))
            self.timer.start(self.PAUSE_MS)  # (first its frame is painted, on its own)
            return


class VisibleRowHeights(QObject):
    """A table's rows fitted to their wrapped text when they come into view, measured on the columns in
    view: fitting every row at once (``ResizeToContents``) asks every cell of a comparison of hundreds of
    rows and trials for its size in one turn of the event loop, and again at every sort and resize."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.sized: set[int] = set()
        header = view.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # the columns in view only
        header.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 6 + 8)  # a cell's usual six lines
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.horizontalScrollBar().valueChanged.connect(self.reset)
        view.horizontalHeader().sectionResized.connect(self.reset)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.reset)
        view.viewport().installEventFilter(self)

    def reset(self, *_: Any) -> None:
        self.sized.clear()
        self.schedule()

    def schedule(self, *_: Any) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def fit(self) -> None:
        view = self.view
        if not view.isVisible():
            return
        for _ in range(4):  # fitted rows move the others: again until every row in view is fitted
            first = view.rowAt(0)
            if first < 0:
                return
            last = view.rowAt(view.viewport().height() - 1)
            last = view.model().rowCount() - 1 if last < 0 else last
            todo = [r for r in range(first, last + 1) if r not in self.sized]
            if not todo:
                return
            for r in todo:
                view.resizeRowToContents(r)
                self.sized.add(r)


def _dark_axes(plot: pg.PlotWidget) -> None:
    """Axis numbers, tick labels and axis titles in dark ink on the white charts (contrast above 4.5:1)."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("#52606D"))
        axis.setTextPen(pg.mkPen(INK))  # after the pen: the axis' title takes the colour of the last one set


def key_width(cell: QWidget) -> Callable[[str], str]:
    """Shortens a legend line's text to the chart's width (from the middle: a trial's name and the indicator's
    both stay partly readable)."""
    fm = cell.fontMetrics()
    room = max(cell.width() - fm.horizontalAdvance("● ") - 12, 80)
    return lambda text: fm.elidedText(text, Qt.TextElideMode.ElideMiddle, room)


def _legend(row: Row, series: list[IndexedSeries], order: dict[uuid.UUID, int],
            fit: Callable[[str], str] = lambda text: text) -> list[tuple[str, str]]:
    """The lines of a chart's legend (rich text, and the full list for the tooltip): a line per trial, or
    with more trials than colours a line per colour and marker, naming its first trials."""
    names: dict[int, list[str]] = {}
    for s in series:
        name = s.trial_name if s.indicator_name == row.label else f"{s.trial_name}: {s.indicator_name}"
        names.setdefault(order[s.trial_id] % len(TRIAL_COLOURS), []).append(name)
    lines = []
    for i, members in names.items():
        colour = style.for_graphics(QColor(TRIAL_COLOURS[i])).name()
        glyph = f"<span style='color:{colour}'>{LEGEND_GLYPHS[i % len(LEGEND_GLYPHS)]}</span>"
        if len(names) == len(series):  # (no colour is shared)
            lines.append((f"{glyph} {_esc(fit(members[0]))}", f"{LEGEND_GLYPHS[i % len(LEGEND_GLYPHS)]} {members[0]}"))
            continue
        text = ", ".join(members[:2])
        if len(members) > 2:
            text = tr("{names} og {n} andre").format(names=text, n=len(members) - 2)
        lines.append((f"{glyph} {_esc(fit(text))}", f"{LEGEND_GLYPHS[i % len(LEGEND_GLYPHS)]} " + ", ".join(members)))
    return lines


def _forest_parts(entries: list[ForestEntry]) -> list[list[ForestEntry]]:
    return [entries[k:k + FOREST_PART] for k in range(0, len(entries), FOREST_PART)]


def _forest_height(part: list[ForestEntry]) -> int:
    lines = len(part) + len({e.row_key for e in part})
    return int(90 + 22 * (lines + 0.5))


def _forest_scale(entries: list[ForestEntry], ref: float) -> tuple[float, float]:
    """One x range for every part of a kind's forest plot: the intervals, the points and the reference."""
    values = [ref]
    for e in entries:
        hi = e.ci_high if np.isfinite(e.ci_high) else max(e.value, ref) * 2 + 1
        values += [v for v in (e.ci_low, e.value, hi) if np.isfinite(v)]
    low, high = min(values), max(values)
    pad = (high - low) * 0.05 or 0.5
    return low - pad, high + pad


def _wrap_header(header: QHeaderView) -> None:
    """Long trial names wrap onto two lines in the column headers instead of being cut at both ends."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 8)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CELL_ROLE", "CompareDialog", "ComparisonModel", "theme_key"]
