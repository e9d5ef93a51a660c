"""SPC phases in the GUI: the milestone dialog's "Ny praksis (faseskift)" checkbox, and the chart drawing
each phase with its own centre and limits."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from effektmaaling.services.analysis import analyse_bundle
from effektmaaling.ui.analysis_cache import TrialResult
from effektmaaling.ui.chart import EffectChart
from effektmaaling.ui.chart_adapter import chart_data


def test_milestone_dialog_marks_a_phase_change_and_the_chart_draws_the_phase(demo_window, qtbot, tmp_path):
    w = demo_window
    t = w.ws.find_trial("FriNoVa")
    # an indicator with control limits; the phase change after its 8th follow-up point
    bundle = w.ws.bundle(t.id)
    a = next(x for x in analyse_bundle(bundle).indicators if x.spc is not None and x.n_follow_up >= 16)
    nb = a.baseline.n_points
    day = a.points[nb + 8].date
    w.navigator.select("details", t.id)
    details = w.page("details")
    dialog = details._milestone_dialog(None)
    qtbot.waitExposed(dialog)
    dialog.date.setFocus()
    qtbot.keyClicks(dialog.date, day.strftime("%d-%m-%Y"))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Ny visitation")
    dialog.phase.setFocus()
    assert not dialog.phase.isChecked()
    qtbot.keyClick(dialog.phase, Qt.Key.Key_Space)
    assert dialog.phase.isChecked()
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    [ms] = [m for m in w.ws.milestones(t.id) if m.text == "Ny visitation"]
    assert ms.phase_change and ms.date == day
    table = details.milestones
    assert any("(ny praksis)" in (table.item(r, 1).text() or "") for r in range(table.rowCount()))

    # the chart: a gap in the limits before the phase, a centre of its own, the phase named on the chart
    bundle = w.ws.bundle(t.id)
    result = TrialResult(bundle, analyse_bundle(bundle))
    data = chart_data(result, a.indicator_id)
    [phase] = data.phases
    assert phase.name == "Ny visitation" and phase.start == day
    gap = data.limit_dates.index(day)
    assert math.isnan(data.upper[gap]) and math.isnan(data.centre[gap])
    new = result.indicator_analysis(a.indicator_id).spc
    assert data.centre[gap + 1] == new.phases[0].centre != data.centre[0] == new.centre
    chart = EffectChart()
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.set_show_median(True)
    chart.set_data(data)
    from pyqtgraph import TextItem
    labels = [i for i in chart.getPlotItem().items if isinstance(i, TextItem)]
    assert any(lbl.toPlainText() == "Ny visitation" for lbl in labels)
    chart.grab().save(str(tmp_path / "phase.png"))

    # undo removes the milestone again
    w.act_undo.trigger()
    assert not any(m.text == "Ny visitation" for m in w.ws.milestones(t.id))
