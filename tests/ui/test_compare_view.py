"""Vis -> Sammenlign forsøg: the three demo trials side by side, checked against the analysis and the raw data."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from effektmaaling.analysis.compare import cell_texts, theme_key
from effektmaaling.services.analysis import analyse_bundle, analyse_trials
from effektmaaling.ui.style import contrast

NAMES = ["Center for Selvstændige Boformer", "Den Sociale Hjemmepleje Valby/Vesterbro", "FriNoVa"]


@pytest.fixture
def dialog(demo_window, qtbot):
    w = demo_window
    action = next(a for a in w.menu("view").actions() if a.objectName() == "actionCompareTrials")
    assert action.text().replace("&", "").startswith("Sammenlign forsøg")
    action.trigger()
    d = w._compare_dialog
    qtbot.waitExposed(d)
    # select the three demo trials by clicking their check boxes state (none checked first, then all three)
    d.set_trials([])
    assert d.comparison is None and "mindst to" in d.message.text()
    for i in range(d.trials.count()):
        d.trials.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not d.busy(), timeout=20_000)  # analysed and compared off the GUI thread
    assert len(d.comparison.trials) == 3
    yield d
    d.close()
    w._compare_dialog = None
    d.deleteLater()  # Qt deletes the dialog and its plots now, not Python's GC during a later test
    qtbot.wait(20)


def test_table_cells_are_the_analysis_results(dialog):
    d = dialog
    analyses = {a.name: a for a in analyse_trials(d.ws)}  # computed independently of the dialog
    model = d.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())] == NAMES
    assert model.rowCount() == 13  # 15 indicators; Sygefravær and Brugertilfredshed shared by two trials
    shared = [model.comparison.rows[r].label for r in range(model.rowCount()) if model.comparison.rows[r].shared]
    assert shared == ["Brugertilfredshed", "Sygefravær"]
    checked = 0
    for r in range(model.rowCount()):
        row = model.comparison.rows[r]
        for col, name in enumerate(NAMES, start=1):
            cell = model.index(r, col).data(Qt.ItemDataRole.UserRole + 1)
            text = model.index(r, col).data()
            if cell is None:
                assert text == ""
                continue
            a = cell.analysis
            expected = next(x for x in analyses[name].indicators if x.indicator_id == a.indicator_id)
            assert a.to_dict() == expected.to_dict()
            if row.shared:
                assert theme_key(expected.theme) == theme_key(row.theme)
            t = cell_texts(cell, "da")
            lines = text.split("\n")
            assert lines[0] == {"improved": "Forbedret", "worsened": "Forværret", "no-change": "Ingen påviselig ændring",
                                "insufficient-data": "For få data"}[expected.status.value]
            assert t.baseline_current in lines and t.change in lines and t.effect in lines[-2]
            assert lines[-1] == f"Målopfyldelse: {t.attainment}"
            value = expected.effect_size.signed[0]  # + (a ratio: above 1) = improvement
            fmt = f"{value:.2f}" if expected.effect_size.is_ratio else f"{value:+.2f}"
            assert t.effect.startswith(fmt.replace(".", ",").replace("-", "\u2212"))
            assert model.index(r, col).data(Qt.ItemDataRole.DecorationRole) is not None
            checked += 1
    assert checked == 15
    # Sick leave at the centre for independent living got worse: the table says so with the icon and word
    sick = next(r for r in range(model.rowCount()) if model.comparison.rows[r].label == "Sygefravær")
    assert model.index(sick, 1).data().startswith("Forværret\nSygefravær\n5,2 → 7,4\n+2,2\u00a0procentpoint")


def show_every_chart(qtbot, lazy) -> None:
    """Page down through a tab whose charts are made when they come into view, until all are made."""
    from PySide6.QtTest import QTest

    lazy.scroll.setFocus()
    for _ in range(100):
        # the charts in view made (none being made, nothing more scheduled), then the next page
        qtbot.waitUntil(lambda: not lazy.making and not lazy.timer.isActive(), timeout=20_000)
        if not lazy.pending:
            return
        QTest.keyClick(lazy.scroll, Qt.Key.Key_PageDown)
    raise AssertionError(f"{len(lazy.pending)} charts not made")


def test_indexed_series_are_the_raw_data_over_the_baseline(dialog, qtbot):
    d = dialog
    assert d.index_curves == {} and d.forest_plots == {}  # nothing drawn before its tab is shown
    d.tabs.setCurrentIndex(1)
    show_every_chart(qtbot, d.charts_lazy)
    d.tabs.setCurrentIndex(2)
    show_every_chart(qtbot, d.forest_lazy)
    checked = 0
    for t in d.ws.trials():
        bundle = d.ws.bundle(t.id)
        for ind in bundle.indicators:
            key = next(r.key for r in d.comparison.rows if r.cell(t.id) and r.cell(t.id).analysis.indicator_id == ind.id)
            x, y = d.index_curves[(key, ind.id)].getData()
            raw = sorted(bundle.measurements[ind.id], key=lambda m: m.date)
            baseline = next(s for s in d.comparison.series if s.indicator_id == ind.id).baseline
            # the index's baseline is the analysis' baseline level (pooled for proportions, rates, means with n)
            assert baseline == pytest.approx(analyse_bundle(bundle).indicator(ind.id).baseline.value)
            assert list(y) == pytest.approx([m.value / baseline * 100 for m in raw])
            assert list(x) == pytest.approx([(m.date - t.start_date).days / (365.2425 / 12) for m in raw])
            checked += 1
    assert checked == 15
    sick = next(r.key for r in d.comparison.rows if r.label == "Sygefravær")
    assert len([k for k in d.index_curves if k[0] == sick]) == 2  # both trials on one chart
    assert d.tabs.count() == 5 and len(d.forest_points) == 15
    # one plot per kind of effect size: no axis holds two kinds
    assert set(d.forest_plots) == {"hedges-g", "cohens-h", "hedges-g-points", "rate-ratio"}


def test_sorting_filters_and_warnings(dialog, qtbot):
    d = dialog
    d.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # FriNoVa: largest improvement first
    first = d.proxy.index(0, 3).data(Qt.ItemDataRole.UserRole + 1)
    fri = [c for r in d.comparison.rows if (c := r.cells[2]) is not None]
    assert first.analysis.name == max(fri, key=lambda c: c.effect_improvement[0]).analysis.name == "Dialogmøder med borgerne"
    d.kinds[next(k for k in d.kinds if k.value == "process")].setChecked(False)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
    kinds = {c.analysis.kind.value for r in d.comparison.rows for c in r.cells if c}
    assert kinds == {"effect"} and d.model.rowCount() == 11
    assert d.warnings_box.title() == "Advarsler (0)" and d.warnings.count() == 1  # "Ingen advarsler…"
    # a theme with different units shows a warning in the panel (never hidden)
    ws = d.ws
    home = ws.find_trial("Den Sociale Hjemmepleje Valby/Vesterbro")
    sick = ws.find_indicator(home.id, "Sygefravær")
    ws.update_indicator(sick.id, unit="timer pr. medarbejder")  # as if edited in the main window
    qtbot.waitUntil(lambda: d.warnings_box.title() == "Advarsler (1)", timeout=3000)  # the open dialog follows
    texts = [d.warnings.item(i).text() for i in range(d.warnings.count())]
    assert "Sygefravær" in texts[0] and "forskellige enheder" in texts[0] and "timer pr. medarbejder" in texts[0]


def test_export_xlsx_and_report(dialog, tmp_path):
    from pypdf import PdfReader

    d = dialog
    path = d.export_xlsx(tmp_path / "sammenligning")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Sammenligning", "Tal", "Advarsler"]
    sheet = wb["Sammenligning"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Tema / indikator", "Tema"] and f"{NAMES[0]}: Status" in header
    labels = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert labels[:2] == ["Brugertilfredshed", "Sygefravær"] and len(labels) == 13
    numbers = list(wb["Tal"].iter_rows(min_row=2, values_only=True))
    assert len(numbers) == 15 and all(isinstance(r[7], float) for r in numbers)
    pdf = d.save_report(tmp_path / "sammenligning")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Sammenligning af forsøg" in text and "FriNoVa" in text


def test_theme_suggestions_in_the_indicator_editor(demo_window):
    from effektmaaling.ui.indicator_editor import IndicatorEditor

    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    editor = IndicatorEditor(w.ws, w.stack, t.id)
    completer = editor.inputs["theme"].completer()
    assert completer is editor.theme_completer
    themes = completer.model().stringList()
    assert "Sygefravær" in themes and "Brugertilfredshed" in themes and themes.count("Borgerinddragelse") == 1
    completer.setCompletionPrefix("fravær")
    assert completer.currentCompletion() == "Sygefravær"
    editor.reject()


def test_reopening_brings_the_same_dialog_forward_and_new_trials_appear(dialog, qtbot):
    d = dialog
    w = d.parent()
    action = next(a for a in w.menu("view").actions() if a.objectName() == "actionCompareTrials")
    action.trigger()
    assert w._compare_dialog is d
    d.ws.create_trial(name="Nyt forsøg", start_date=dt.date(2015, 1, 1))
    qtbot.waitUntil(lambda: d.trials.count() == 4, timeout=3000)
    names = {d.trials.item(i).text(): d.trials.item(i).checkState() for i in range(4)}
    assert names["Nyt forsøg"] == Qt.CheckState.Unchecked and names["FriNoVa"] == Qt.CheckState.Checked


def test_comparison_report_is_made_off_the_gui_thread_and_a_cancel_leaves_no_file(dialog, qtbot, tmp_path,
                                                                                 monkeypatch):
    import threading
    import time

    from pypdf import PdfReader
    from PySide6.QtCore import QTimer

    from effektmaaling.reports import compare_report
    from effektmaaling.ui.background import Cancelled

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    qtbot.wait(1000)  # the dialog's own work first (its charts painted, the replaced ones deleted)
    timer = QTimer()
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start(10)
    pdf = dialog.save_report(tmp_path / "hel.pdf")  # waits with the event loop running
    timer.stop()
    assert len(PdfReader(pdf).pages) > 2
    stalls = [(round(sum(gaps[:i]), 2), round(g, 3)) for i, g in enumerate(gaps) if g > 0.1]
    assert len(gaps) > 10 and max(gaps) < 0.2, f"the event loop stalled (at s, for s): {stalls}"

    # cancelled while its pages are laid out: held on page 2 until Annullér is clicked in the progress dialog
    real, clicked = compare_report.build_compare_report, threading.Event()

    def held(*args, on_page, **kwargs):
        def page(n, pages):
            on_page(n, pages)
            if n == 2:
                clicked.wait(20)
        return real(*args, on_page=page, **kwargs)

    monkeypatch.setattr(compare_report, "build_compare_report", held)

    def click() -> None:
        job = getattr(dialog, "report_job", None)
        box = getattr(job, "dialog", None)
        if box is not None and box.isVisible() and "side 2" in box.label.text():
            qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
            clicked.set()
            clicker.stop()

    clicker = QTimer()
    clicker.timeout.connect(click)
    clicker.start(20)
    assert dialog.save_report(tmp_path / "annulleret.pdf") is None
    clicker.stop()
    assert clicked.is_set() and isinstance(dialog.report_job.error, Cancelled)
    assert not (tmp_path / "annulleret.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if "annulleret" in p.name or p.suffix == ".part"] == []  # nor partial


# --- the finish: whole trial names, dark labels, percentage points, legends that fit ----------------------

LONG = "Den Sociale Hjemmepleje Valby/Vesterbro"


def test_long_trial_names_are_shortened_in_the_middle_with_the_whole_name_in_the_tooltip(dialog, qtbot, tmp_path):
    d = dialog
    d.resize(1000, 700)  # the list a quarter of it
    qtbot.wait(50)
    d.trials.grab().save(str(tmp_path / "trials.png"))
    lst = d.trials
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == LONG)
    assert lst.fontMetrics().horizontalAdvance(LONG) > lst.viewport().width()  # too long for the list
    assert not lst.horizontalScrollBar().isVisible()  # no sideways scrolling to read it (it was cut at the edge)
    assert lst.textElideMode() == Qt.TextElideMode.ElideMiddle  # shortened with »…« in the middle instead
    assert item.toolTip() == LONG


def test_forest_and_index_chart_labels_are_dark_enough(dialog, qtbot):
    d = dialog
    white = QColor("white")
    d.tabs.setCurrentIndex(2)
    show_every_chart(qtbot, d.forest_lazy)
    plots = [p for ps in d.forest_plots.values() for p in ps]
    d.tabs.setCurrentIndex(1)
    show_every_chart(qtbot, d.charts_lazy)
    plots += list(d.index_plots.values())
    assert len(plots) > 6
    for p in plots:
        for name in ("left", "bottom"):
            axis = p.getAxis(name)
            assert contrast(axis.textPen().color(), white) >= 4.5  # pyqtgraph's grey was 2,9:1
            assert contrast(QColor(axis.labelStyle.get("color", "#969696")), white) >= 4.5


def test_a_change_of_a_percentage_is_in_percentage_points(dialog, qtbot):
    from effektmaaling.domain.i18n import set_language

    d = dialog
    model = d.model
    sick = next(r for r in range(model.rowCount()) if model.comparison.rows[r].label == "Sygefravær")
    assert "+2,2\u00a0procentpoint" in model.index(sick, 1).data()  # it said »+2,2 % af arbejdsdage«
    assert "% af arbejdsdage" not in model.index(sick, 1).data().split("\n")[3]
    from effektmaaling.analysis.compare import cell_texts

    cell = model.index(sick, 1).data(Qt.ItemDataRole.UserRole + 1)
    try:
        set_language("en")
        assert cell_texts(cell, "en").change == "+2.2\u00a0percentage points"
    finally:
        set_language("da")


def test_index_legend_and_title_fit_their_chart(dialog, qtbot):
    from PySide6.QtWidgets import QLabel

    d = dialog
    d.resize(1000, 700)
    qtbot.wait(50)
    d.tabs.setCurrentIndex(1)
    show_every_chart(qtbot, d.charts_lazy)
    qtbot.wait(50)  # the last cells laid out
    keys = [w for w in d.findChildren(QLabel) if w.objectName().startswith("indexLegend:")]
    assert len(keys) > 6
    for key in keys:
        cell = key.parentWidget()
        assert key.sizeHint().width() <= cell.width() + 1, key.text()  # the names were cut at the right edge
        assert key.geometry().top() >= d.index_plots[key.objectName().split(":", 1)[1]].geometry().bottom()
    brug = next(k for k in keys if k.objectName() == "indexLegend:" + next(
        r.key for r in d.comparison.rows if r.label == "Brugertilfredshed"))
    assert "Brugernes oplevelse af servicen" in brug.toolTip()
