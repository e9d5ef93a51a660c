"""The indicator page at 200 % scaling (``QT_SCALE_FACTOR=2``, a laptop screen of 1366 × 768 pixels), and a
saved window size that no longer fits the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from effektmaaling.services import Workspace
    from effektmaaling.services.demo import write_demo
    from effektmaaling.ui.main_window import MainWindow
    ws = Workspace.open(write_demo(sys.argv[1]))
    w = MainWindow(ws)
    w.resize(683, 384)  # the whole screen: 1366 x 768 pixels at 200 %
    w.show()
    for _ in range(20): app.processEvents()
    trial = ws.find_trial("FriNoVa")
    ind = next(i for i in ws.indicators(trial.id) if i.name == "Tid til dokumentation")
    w.navigator.select("indicator", ind.id)
    for _ in range(20): app.processEvents()
    v = w.page("indicator")
    chart = v.chart
    plot = chart.getPlotItem()
    box = plot.vb.sceneBoundingRect()
    labels = [item.label for item in plot.items if hasattr(item, "label") and item.label is not None
              and item.angle == 90]
    cut = [l.toPlainText() for l in labels
           if not box.adjusted(-1, -1, 1, 1).contains(l.sceneBoundingRect())]
    rects = [l.sceneBoundingRect() for l in labels]
    overlapping = [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]
    legend = chart.legend.sceneBoundingRect()
    hidden = [a.text() for bar in (w.toolbar, w.view_toolbar) for a in bar.actions()
              if not a.isSeparator() and not bar.widgetForAction(a).isVisible()]
    fm = chart.fontMetrics()
    texts = [l.toPlainText() for item in plot.items for l in [getattr(item, "label", None)] if l is not None]
    texts += [item.toPlainText() for item in plot.items if hasattr(item, "toPlainText")]
    right = plot.getAxis("right")
    axis_rect = plot.mapRectToScene(right.geometry())  # (its bounding rect spans the grid lines)
    view_rect = QRectF(chart.viewport().rect())
    print(json.dumps({
        "target_label_in_plot": [t for t in texts if t.startswith("Mål")],
        "target_axis_shown": right.isVisible(),
        "target_axis_over_plot": axis_rect.adjusted(1, 1, -1, -1).intersects(box),
        "target_axis_inside_view": view_rect.adjusted(-1, -1, 1, 1).contains(
            chart.mapFromScene(axis_rect).boundingRect().toRectF()),
        "plot_inside_view": view_rect.adjusted(-1, -1, 1, 1).contains(chart.mapFromScene(box).boundingRect().toRectF()),
        "target_ticks": [t for level in (right._tickLevels or []) for _v, t in level],
        "chart_lines": chart.height() / fm.height(),
        "table_rows": (v.table.viewport().height()) / v.table.verticalHeader().defaultSectionSize(),
        "labels": [l.toPlainText() for l in labels], "cut": cut,
        "legend_over_series": legend.intersects(box),
        "labels_overlapping": len(overlapping),
        "hidden_toolbar_actions": hidden,
        "dpr": w.devicePixelRatioF(),
        "window": [w.width(), w.height()],
    }))
""")


def test_indicator_page_at_200_percent(tmp_path):
    screen = tmp_path / "screen.json"  # Qt's offscreen platform with a laptop's screen
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "EFFEKTMAALING_DATA_DIR": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "demo.db")], capture_output=True, text=True,
                       env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout.strip().splitlines()[-1])
    assert facts["dpr"] == 2
    assert facts["chart_lines"] >= 14, facts  # was about 8 lines: the legend covered the series
    assert facts["table_rows"] >= 4.5, facts  # was one row
    assert facts["labels"] and not facts["cut"], facts  # "Forsøget sta…"
    assert facts["labels_overlapping"] == 0, facts
    assert not facts["legend_over_series"], facts
    assert not facts["hidden_toolbar_actions"], facts
    # the target's label is not drawn over the points: it sits on its own axis at the right edge
    assert not facts["target_label_in_plot"], facts
    assert facts["target_axis_shown"] and not facts["target_axis_over_plot"], facts
    assert facts["target_axis_inside_view"], facts
    assert facts["plot_inside_view"], facts  # the legend made the plot wider than the view: the newest points cut
    assert any(t.startswith("Mål") for t in facts["target_ticks"]), facts


def test_saved_window_larger_than_the_screen_is_fitted(tmp_path, qtbot):
    from PySide6.QtGui import QGuiApplication

    from effektmaaling.services import Workspace
    from effektmaaling.ui.main_window import MainWindow

    ws = Workspace.open(tmp_path / "a.db")
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    w.resize(6000, 5000)
    w.move(3000, 2000)
    w.save_layout()
    w.close()
    again = MainWindow(ws)
    qtbot.addWidget(again)
    again.show()
    area = (again.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    frame = again.frameGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height()
    assert area.contains(frame.topLeft()) and area.contains(frame.bottomRight())
    again.close()
    ws.close()


def test_dialogs_are_never_larger_than_the_screen(demo_window, qtbot):
    """At 200 % a 1280 × 860 dialog is 2560 × 1720 pixels: the large dialogs open within the screen's free
    area (the test screen is 800 × 800, smaller than their wished sizes)."""
    from PySide6.QtGui import QGuiApplication

    from effektmaaling.ui.change_log_dialog import ChangeLogDialog
    from effektmaaling.ui.compare_view import CompareDialog
    from effektmaaling.ui.import_wizard import ImportWizard
    from effektmaaling.ui.report_dialog import ReportDialog

    w = demo_window
    trial = w.ws.find_trial("FriNoVa")
    area = (w.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    for make in (lambda: ReportDialog(w.ws, trial.id, w), lambda: CompareDialog(w.ws, w),
                 lambda: ChangeLogDialog(w.ws, w), lambda: ImportWizard(w.ws, trial.id, parent=w)):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= area.width() and dialog.height() <= area.height(), \
            (dialog.objectName() or type(dialog).__name__, dialog.size(), area)
        dialog.close()


DIALOGS = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication, QGroupBox, QScrollArea
    from PySide6.QtTest import QTest
    app = QApplication([])
    from effektmaaling.services import Workspace
    from effektmaaling.services.demo import write_demo
    from effektmaaling.ui.compare_view import CompareDialog
    from effektmaaling.ui.report_dialog import ReportDialog
    ws = Workspace.open(write_demo(sys.argv[1]))
    trial = ws.find_trial("FriNoVa")
    area = app.primaryScreen().availableGeometry()
    facts = {"area": [area.width(), area.height()], "dpr": app.primaryScreen().devicePixelRatio()}
    report = ReportDialog(ws, trial.id)
    report.show()
    QTest.qWait(300)
    report.grab().save(sys.argv[2] + "/report.png")
    side = report.findChild(QScrollArea)
    panel = side.viewport().rect()
    hidden = [w.title() or w.objectName() for w in side.widget().findChildren(QGroupBox)
              if not panel.contains(w.geometry().translated(side.widget().pos()))]
    facts["report"] = {"size": [report.frameGeometry().width(), report.frameGeometry().height()],
                       "side_scroll": side.verticalScrollBar().maximum(), "hidden_groups": hidden,
                       "update_shown": report.update_btn.isVisible() and report.rect().contains(
                           report.update_btn.geometry().translated(report.update_btn.parentWidget().mapTo(
                               report, report.update_btn.pos()) - report.update_btn.pos())),
                       "list_rows": report.indicators.viewport().height() / report.indicators.sizeHintForRow(0)}
    report.cancel_preview()
    report.close()
    compare = CompareDialog(ws)
    compare.show()
    QTest.qWait(300)
    compare.grab().save(sys.argv[2] + "/compare.png")
    frame = compare.frameGeometry()
    facts["compare"] = {"frame": [frame.x(), frame.y(), frame.width(), frame.height()]}
    compare.close()
    print(json.dumps(facts))
""")


def test_report_and_comparison_dialogs_use_a_laptop_screen_at_200_percent(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "EFFEKTMAALING_DATA_DIR": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-c", DIALOGS, str(tmp_path / "demo.db"), str(tmp_path)], capture_output=True,
                       text=True, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout.strip().splitlines()[-1])
    assert facts["dpr"] == 2 and facts["area"] == [683, 384], facts
    report = facts["report"]
    # the report's choices fit: no group scrolled out of the panel (Periode and Sprog were below its edge)
    assert report["side_scroll"] == 0 and not report["hidden_groups"], facts
    assert report["update_shown"], facts
    assert report["list_rows"] >= 2.9, facts  # the indicator list keeps three rows and scrolls itself
    # the comparison takes the screen's height (it left 48 of 384 points unused), within the screen
    x, y, w, h = facts["compare"]["frame"]
    assert h >= 384 - 8 and w >= 683 - 16, facts
    assert x >= 0 and y >= 0 and x + w <= 683 and y + h <= 384, facts
