"""The trial dashboard: the five bottom lines as a scorecard, then one small chart per indicator.

The trial's analysis is made in a worker thread when it is not in the :class:`AnalysisCache` (the page says
"Analyserer …" meanwhile; after a change the previous page stays until the new analysis is there). The
cards' charts are light QPainter widgets (:mod:`card_chart`). Nothing here imports the analysis (numpy,
scipy) before a result is there: the module is imported on the GUI thread at the program's start.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import BottomLine, Verdict
from ..domain.formatting import format_date
from ..domain.labels import label
from .analysis_cache import AnalysisCache, TrialResult
from .card_chart import CardChart
from .icons import status_pixmap
from .navigator import status_word
from .widgets import heading, muted

if TYPE_CHECKING:
    from ..analysis import IndicatorAnalysis
    from ..services import Workspace


FIRST_ROWS = 2  # rows of cards made with the page; the others follow a row per turn of the event loop


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def verdict_word(v: Any) -> str:
    if v is None:
        return tr("Ikke målt")
    return label(Verdict(str(v.value if hasattr(v, "value") else v)))


def badge(kind: str | None, text: str, size: int = 16, *, wrap: bool = False) -> QWidget:
    """An icon and a word side by side (status is never shown by colour alone)."""
    w = QWidget()
    lay = QHBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(6)
    icon = QLabel()
    icon.setPixmap(status_pixmap(kind, size))
    icon.setFixedSize(size, size)
    word = QLabel(text)
    word.setTextFormat(Qt.TextFormat.PlainText)
    word.setWordWrap(wrap)  # in the scorecard: a narrow page (200 %) wraps instead of scrolling sideways
    lay.addWidget(icon)
    lay.addWidget(word)
    lay.addStretch(1)
    w.setAccessibleName(text)
    return w


class IndicatorCard(QAbstractButton):
    """One indicator on the dashboard: a button (Enter, Space or a click opens the indicator) showing its
    name, status, a small chart and the key figures. Focus shows as a thick ring in the highlight colour."""

    activated = Signal(object)

    def __init__(self, indicator: Any, result: TrialResult) -> None:
        from .chart_adapter import chart_data

        super().__init__()
        self.indicator_id = indicator.id
        self.setObjectName("indicatorCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clicked.connect(lambda: self.activated.emit(self.indicator_id))
        analysis = result.indicator_analysis(indicator.id)
        status = analysis.status.value if analysis is not None else "insufficient-data"
        title = heading(indicator.name, 3)
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        self.status = status
        head.addWidget(badge(status, status_word(status)), 0, Qt.AlignmentFlag.AlignTop)
        self.chart = CardChart()
        self.chart.setFixedHeight(self.fontMetrics().height() * 12)
        self.chart.set_data(chart_data(result, self.indicator_id))
        self.chart.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        facts = QLabel(self.facts_html(indicator, analysis))
        facts.setObjectName("cardFacts")
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setWordWrap(True)
        line = muted(label(indicator.bottom_line))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(line)
        layout.addWidget(self.chart, 1)
        layout.addWidget(facts)
        self.setAccessibleName(f"{indicator.name}: {status_word(status)}")
        self.setAccessibleDescription(" ".join(x for x in (label(indicator.bottom_line), facts.text() and
                                                           QTextDocumentFragment.fromHtml(facts.text()).toPlainText(),
                                                           self.chart.accessibleDescription()) if x))
        self.setToolTip(tr("Klik eller tryk Enter for at åbne indikatoren"))

    @staticmethod
    def facts_html(indicator: Any, analysis: IndicatorAnalysis | None) -> str:
        from .analysis_text import card_html

        return card_html(analysis)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        focus = self.hasFocus()
        width = 3.0 if focus else 1.0
        pen = QPen(pal.color(QPalette.ColorRole.Highlight) if focus else pal.color(QPalette.ColorRole.Mid), width)
        p.setPen(pen)
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        inset = width / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)
        p.end()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class Dashboard(QScrollArea):
    indicator_activated = Signal(object)

    def __init__(self, ws: Workspace, cache: AnalysisCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.cache = ws, cache
        self.trial_id: uuid.UUID | None = None
        self.shown_trial: uuid.UUID | None = None  # the trial whose analysis the page shows
        self.analysing = False  # the page waits for the trial's analysis (made in a worker)
        self._stale = False
        self._waiting = False  # for the shown trial's analysis (asked for while it was not kept)
        self.building = False  # cards are still being added to the page (a row per turn)
        self._build_number = 0
        self.setObjectName("dashboard")
        self.setAccessibleName(tr("Oversigt over forsøget"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[IndicatorCard] = []
        self.score_rows: dict[BottomLine, tuple[Any, Any]] = {}
        self._grid: QGridLayout | None = None  # the cards' grid on the page shown, and its column count
        self._cols = 1
        self._reflow_timer = QTimer(self)  # the cards follow the width once resizing pauses
        self._reflow_timer.setSingleShot(True)
        self._reflow_timer.setInterval(60)
        self._reflow_timer.timeout.connect(self._reflow)
        cache.invalidated.connect(self._invalidated)
        cache.ready.connect(self._ready)
        cache.failed.connect(self._failed)

    @property
    def waiting(self) -> bool:
        """Whether the page waits for the shown trial's analysis (the page of its previous analysis, or
        "Analyserer …", is shown meanwhile), or its cards are still being added."""
        return self._waiting or self.building

    def set_trial(self, trial_id: uuid.UUID | None) -> None:
        self.trial_id = trial_id
        self.rebuild()

    def _invalidated(self, trial_id: Any) -> None:
        if self.trial_id is not None and (trial_id is None or trial_id == self.trial_id):
            if self.isVisible():
                self.rebuild()
            else:
                self._stale = True

    def _ready(self, trial_id: Any) -> None:
        if trial_id == self.trial_id and self._waiting:
            if self.isVisible():
                self.rebuild()
            else:
                self._stale = True

    def _failed(self, trial_id: Any, _exc: Any) -> None:
        if trial_id == self.trial_id and self._waiting:
            self._waiting = False
            self.cards = []  # the trial is gone (deleted meanwhile): an empty page
            self._show(QWidget(), None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def _show(self, page: QWidget, trial_id: uuid.UUID | None) -> None:
        self._build_number += 1  # cards still to come for the page before are not added
        self.building = False
        self.analysing = False
        self.shown_trial = trial_id
        self._grid = None
        self.setWidget(page)

    def rebuild(self) -> None:
        self._stale = False
        if self.trial_id is None:
            self.cards = []
            self._show(QWidget(), None)
            return
        result = self.cache.request(self.trial_id)
        self._waiting = result is None
        if result is None:  # being analysed in a worker: _ready builds the page
            if self.shown_trial != self.trial_id:  # (after a change the trial's page stays meanwhile)
                self._show_analysing()
            return
        self._build(result)

    def _show_analysing(self) -> None:
        """The page while the trial is analysed: its name, what happens, a busy bar."""
        self.cards = []
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(14)
        try:
            name = self.ws.trial(self.trial_id).name
        except Exception:  # the trial is gone: the analysis fails too, and the page is left empty
            name = ""
        if name:
            outer.addWidget(heading(name))
        note = muted(tr("Analyserer forsøgets målinger …"))
        note.setObjectName("dashboardAnalysing")
        outer.addWidget(note)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        bar.setAccessibleName(tr("Analyserer forsøgets målinger …"))
        outer.addWidget(bar)
        outer.addStretch(1)
        self._show(page, None)
        self.analysing = True

    def _build(self, result: TrialResult) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(14)
        self.cards = []
        t = result.bundle.trial
        self.setAccessibleName(tr("Oversigt over forsøget {name}").format(name=t.name))
        outer.addWidget(heading(t.name))
        sub = [t.unit] if t.unit and t.unit != t.name else []
        sub.append(tr("Start {date}").format(date=format_date(t.start_date)))
        if t.end_date:
            sub.append(tr("slut {date}").format(date=format_date(t.end_date)))
        sub.append(label(t.status))
        if t.is_demo:
            sub.append(tr("Illustrative demodata"))
        outer.addWidget(muted(" · ".join(sub)))
        outer.addWidget(self._scorecard(result))
        outer.addWidget(heading(tr("Indikatorer"), 2))
        grid = QGridLayout()
        grid.setSpacing(12)
        cols = self._columns_for(self.width())
        self._set_stretch(grid, cols)
        if not result.bundle.indicators:
            outer.addWidget(muted(tr("Forsøget har endnu ingen indikatorer. Vælg Redigér → Ny indikator …")))
        outer.addLayout(grid)
        outer.addStretch(1)
        # the cards of the first rows at once, the others a row per turn of the event loop (a trial of
        # twenty indicators shows at once, and the window answers meanwhile)
        self._build_number += 1
        todo = list(enumerate(result.bundle.indicators))
        self._add_cards(grid, result, cols, todo, FIRST_ROWS * cols)
        self._show(page, self.trial_id)
        self._grid, self._cols = grid, cols
        if todo:
            self.building = True
            QTimer.singleShot(0, self, lambda n=self._build_number: self._more_cards(n, grid, result, todo))

    def _columns_for(self, width: int) -> int:
        em = self.fontMetrics().averageCharWidth()
        return 1 if width < em * 110 else 2 if width < em * 200 else 3  # one column at 200 %

    @staticmethod
    def _set_stretch(grid: QGridLayout, cols: int) -> None:
        for c in range(3):
            grid.setColumnStretch(c, 1 if c < cols else 0)

    def _add_cards(self, grid: QGridLayout, result: TrialResult, cols: int, todo: list, count: int) -> None:
        for i, ind in todo[:count]:
            card = IndicatorCard(ind, result)
            card.activated.connect(self.indicator_activated)
            self.cards.append(card)
            grid.addWidget(card, i // cols, i % cols)
        del todo[:count]

    def _more_cards(self, number: int, grid: QGridLayout, result: TrialResult, todo: list) -> None:
        if number != self._build_number or not shiboken6.isValid(grid):  # another page was built meanwhile
            return
        self._add_cards(grid, result, self._cols, todo, self._cols)  # (the columns may have changed meanwhile)
        if todo:
            QTimer.singleShot(0, self, lambda: self._more_cards(number, grid, result, todo))
        else:
            self.building = False

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._grid is not None and self._columns_for(event.size().width()) != self._cols:
            self._reflow_timer.start()

    def _reflow(self) -> None:
        """The cards made so far, laid out again in as many columns as the width has room for (the count
        was fixed when the page was built: a window made narrower got a horizontal scrollbar)."""
        grid = self._grid
        cols = self._columns_for(self.width())
        if grid is None or not shiboken6.isValid(grid) or cols == self._cols:
            return
        self._cols = cols
        for card in self.cards:
            grid.removeWidget(card)
        self._set_stretch(grid, cols)
        for k, card in enumerate(self.cards):
            grid.addWidget(card, k // cols, k % cols)

    def _scorecard(self, result: TrialResult) -> QWidget:
        box = QFrame()
        box.setObjectName("scorecard")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for c, text in enumerate((tr("Bundlinje"), tr("Beregnet ud fra indikatorerne"), tr("Teamets vurdering"))):
            h = QLabel(f"<b>{text}</b>")
            h.setWordWrap(True)
            grid.addWidget(h, 0, c)
        analysis = result.analysis
        lines = {bl.line: bl for bl in analysis.bottom_lines}
        self.score_rows = {}
        for r, line in enumerate(BottomLine, start=1):
            name = QLabel(label(line))
            name.setWordWrap(True)
            grid.addWidget(name, r, 0)
            bl = lines[line]
            ckind = bl.computed.value if bl.computed else None
            akind = bl.assessed.value if bl.assessed else None
            grid.addWidget(badge(ckind, verdict_word(bl.computed), wrap=True), r, 1)
            assessed_text = verdict_word(bl.assessed) if bl.assessed else tr("Ikke vurderet")
            if bl.agree is False:
                assessed_text += " – " + tr("afviger fra det beregnede")
            aw = badge(akind, assessed_text, wrap=True)
            if bl.justification or bl.evidence:
                aw.setToolTip("\n".join(x for x in (bl.justification, bl.evidence) if x))
            grid.addWidget(aw, r, 2)
            self.score_rows[line] = (ckind, akind)
        overall = analysis.overall
        ow = badge(overall.verdict.value, tr("Samlet: {text}").format(text=overall.text.get()), 20, wrap=True)
        grid.addWidget(ow, len(BottomLine) + 1, 0, 1, 4)
        for c in range(3):  # the columns share the width (wrapped words need it given to them)
            grid.setColumnStretch(c, 1)
        return box
