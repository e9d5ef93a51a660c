"""The indicator view: its chart and analysis summary on top, the measurement grid below."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.labels import label
from ..services import Workspace
from ..services.workspace import Change
from .analysis_cache import AnalysisCache
from .analysis_text import summary_html
from .chart import EffectChart
from .chart_adapter import chart_data
from .hub import Hub
from .measurement_table import MeasurementModel, MeasurementTable
from .widgets import MessageBar, heading, muted


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


class _Page(QWidget):
    """The scrolled page is given the viewport's height, and scrolls only below its minimum height. (A
    page whose layout has height-for-width, as the word-wrapped summary gives it, is otherwise made as tall
    as its preferred height: the chart took it all and the grid sat below the window's edge.)"""

    def heightForWidth(self, width: int) -> int:
        return self.minimumSizeHint().height()


class _WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height of its lines at its present width (a layout otherwise
    squeezes its neighbours, here the grid, to make room for the wrapped lines)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class IndicatorView(QWidget):
    edit_requested = Signal(object)  # indicator id
    status_message = Signal(str)

    def __init__(self, ws: Workspace, hub: Hub, stack: QUndoStack, cache: AnalysisCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.cache = ws, cache
        self.indicator_id: uuid.UUID | None = None
        self.trial_id: uuid.UUID | None = None
        self.setObjectName("indicatorView")

        self.title = heading("")
        self.subtitle = muted()
        self.edit_button = QPushButton(tr("Redigér indikator …"))
        self.edit_button.setObjectName("editIndicator")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.indicator_id))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.chart = EffectChart()
        self.limits_box = QCheckBox(tr("Kontrolgrænser og signaler"))
        self.limits_box.setChecked(True)
        self.limits_box.toggled.connect(self.chart.set_show_limits)
        self.median_box = QCheckBox(tr("Median (seriediagram)"))
        self.median_box.toggled.connect(self.chart.set_show_median)
        toggles = QHBoxLayout()
        toggles.addWidget(self.limits_box)
        toggles.addWidget(self.median_box)
        toggles.addStretch(1)

        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the summary scrolls on its own when the splitter gives the grid the room (at least three lines)
        self.summary_scroll = QScrollArea()
        self.summary_scroll.setObjectName("summaryScroll")
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary_scroll.setWidget(self.summary)
        self.summary_scroll.setMinimumHeight(self.fontMetrics().height() * 3 + 4)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.chart, 3)
        tl.addLayout(toggles)
        tl.addWidget(self.summary_scroll, 1)

        self.model = MeasurementModel(ws, hub, stack, self)
        self.table = MeasurementTable(self.model)
        self.message = MessageBar()
        self.message.setObjectName("measurementMessage")
        self.model.refused.connect(self._refused)
        self.model.accepted.connect(self.status_message)
        self.table.reading.connect(self.status_message)  # "»1.234« læses som 1234 …" while it is typed
        hint = _WrappedLabel(tr("Skriv en ny måling i den nederste række: Tab går til højre, Enter gemmer rækken og "
                        "begynder den næste, Esc fortryder rækken. Indsæt en blok fra Excel med Ctrl+V. "
                        "Ctrl+Z fortryder."))
        hint.setWordWrap(True)
        hint.setObjectName("mutedText")
        hint.setPalette(muted().palette())
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.table, 1)
        bl.addWidget(self.message)
        bl.addWidget(hint)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split_done = False
        self.splitter.setChildrenCollapsible(False)

        # Room for the chart and five table rows at any scaling; when the window is lower than that (200 %
        # on a laptop screen) the page scrolls instead of squeezing the chart and the table to nothing.
        rows = self.table.verticalHeader().defaultSectionSize()
        bar = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * 5 + bar + 4)
        page = _Page()
        page.setObjectName("indicatorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("indicatorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table and the chart are the focus stops
        self.scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        cache.invalidated.connect(self._invalidated)
        hub.changed.connect(self._on_change)
        self.setTabOrder(self.table, self.limits_box)
        self.setTabOrder(self.limits_box, self.median_box)
        self.setTabOrder(self.median_box, self.edit_button)

    def show_rows(self, ids: set[uuid.UUID], dates: list[Any]) -> None:
        """Select and scroll to the rows of these measurements (after an undo or a redo), or, when they are
        gone, to the row where the first of them was."""
        rows = self.model.rows
        hit = [i for i, m in enumerate(rows) if m.id in ids]
        if not hit and dates:
            first = min(dates)
            hit = [next((i for i, m in enumerate(rows) if m.date >= first), len(rows))]
        if not hit:
            return
        table = self.table
        selection = table.selectionModel()
        col = max(table.currentIndex().column(), 0)
        table.move_to(self.model.index(hit[0], col))  # that cell alone, though Ctrl of Ctrl+Z is still down
        for r in hit[1:]:
            selection.select(self.model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        table.scrollTo(self.model.index(hit[0], col), table.ScrollHint.PositionAtCenter)

    def _initial_split(self) -> None:
        """The grid gets close to half the height (the chart keeps at least its minimum): the user types
        there, and a grid of three rows under a large chart was too little."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self._split_done or total <= 0 or not self.isVisible():
            return
        self._split_done = True
        top_min = self.splitter.widget(0).minimumSizeHint().height()
        bottom = round(total * 0.45)
        bottom_min = self.splitter.widget(1).minimumSizeHint().height()
        bottom = max(min(bottom, total - top_min), bottom_min, sizes[1])
        self.splitter.setSizes([total - bottom, bottom])

    def _refused(self, text: str) -> None:
        if text:
            self.message.show_message(text)
            # where the user types: the message under the grid is scrolled into view
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.message, 0, 8))
        else:
            self.message.clear()

    def set_indicator(self, indicator_id: uuid.UUID | None) -> None:
        self.indicator_id = indicator_id
        self.message.clear()
        self.model.set_indicator(indicator_id)
        self.table._fit_columns()
        if indicator_id is None:
            self.trial_id = None
            return
        self.trial_id = self.model.indicator.trial_id if self.model.indicator else None
        self.refresh()

    def unsaved_rows(self) -> list[str]:
        """Store the new row if it can be; the names of the indicators whose new row cannot be stored."""
        self.table.finish_editing()
        model = self.model
        names = []
        if model.indicator is not None and not model.commit_pending():
            names.append(model.indicator.name)
        for ind_id in list(model.kept):
            try:
                names.append(self.ws.indicator(ind_id).name)
            except Exception:  # the indicator is gone: so is its unsaved row
                model.kept.pop(ind_id, None)
        return names

    def _on_change(self, change: Change) -> None:
        if self.indicator_id and change.entity == "indicator" and change.action == "delete" \
                and self.indicator_id in change.ids:
            self.indicator_id = None

    def _invalidated(self, trial_id: Any) -> None:
        if self.indicator_id is not None and (trial_id is None or trial_id == self.trial_id) and self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._split_done:
            QTimer.singleShot(0, self._initial_split)
        if self.indicator_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.indicator_id is None or self.trial_id is None:
            return
        try:
            result = self.cache.result(self.trial_id)
        except Exception:  # the trial is gone (deleted): nothing to show
            return
        ind = next((i for i in result.bundle.indicators if i.id == self.indicator_id), None)
        if ind is None:
            return
        self.title.setText(ind.name)
        bits = [label(ind.bottom_line), label(ind.kind), label(ind.stakeholder), label(ind.measure_type),
                label(ind.direction)]
        self.subtitle.setText(" · ".join(bits))
        self.chart.set_data(chart_data(result, ind.id))
        self.summary.setText(self.summary_html(result.indicator_analysis(ind.id)))

    def summary_html(self, analysis: Any) -> str:
        return summary_html(analysis)
