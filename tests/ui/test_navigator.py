"""The navigator (trials, their details and indicators with status icons), driven through key events on a
real database: search, keyboard, selection, status icons with their tooltips and accessible texts, what is
unfolded kept across reloads, live updates from the workspace, and a list of more trials than are unfolded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from effektmaaling.ui.navigator import ID_ROLE, KIND_ROLE, STATUS_ROLE, TRIAL_ROLE


@pytest.fixture
def nav_ws(qtbot, demo_db):
    from effektmaaling.services import Workspace
    from effektmaaling.ui.hub import Hub
    from effektmaaling.ui.navigator import Navigator

    ws = Workspace.open(demo_db, daily_backup=False)
    nav = Navigator()
    qtbot.addWidget(nav)
    nav.resize(380, 700)
    nav.show()
    qtbot.waitExposed(nav)
    nav.attach(ws, Hub(ws, nav))
    yield nav, ws
    nav.close_statuses()
    ws.close()


def shown(nav) -> list[tuple[str, str, bool]]:
    """(kind, text, unfolded) of every row on screen, in order (children of folded trials left out)."""
    model, out = nav.model, []
    for r in range(model.rowCount()):
        trial = model.index(r, 0)
        out.append(("trial", trial.data(), nav.tree.isExpanded(trial)))
        if nav.tree.isExpanded(trial):
            out += [(model.index(c, 0, trial).data(KIND_ROLE), model.index(c, 0, trial).data(), False)
                    for c in range(model.rowCount(trial))]
    return out


def test_the_trials_are_listed_unfolded_with_details_and_indicators_in_their_order(nav_ws):
    nav, ws = nav_ws
    expected = []
    for t in ws.trials():
        expected += [("trial", t.name, True), ("details", "Forsøgets detaljer", False)]
        expected += [("indicator", i.name, False) for i in ws.indicators(t.id)]
    assert shown(nav) == expected
    t = ws.trials()[1]
    assert nav.indicator_ids(t.id) == [i.id for i in ws.indicators(t.id)]
    trial = nav.model.index(1, 0)
    assert trial.data(Qt.ItemDataRole.FontRole).bold() and not trial.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert trial.data(Qt.ItemDataRole.ToolTipRole) == f"{t.name}: oversigt over effekterne"
    from effektmaaling.domain.labels import label

    first = nav.model.index(1, 0, trial)
    line = label(ws.indicators(t.id)[0].bottom_line)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == f"{first.data()} · {line}"  # its bottom line, before a status


def test_keyboard_moves_through_the_tree_and_selects(nav_ws, qtbot):
    nav, ws = nav_ws
    trials = ws.trials()
    got = []
    nav.selected.connect(lambda *a: got.append(a))
    nav.tree.setFocus()
    nav.tree.setCurrentIndex(nav.model.index(0, 0))
    got.clear()
    qtbot.keyClick(nav.tree, Qt.Key.Key_Down)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Down)
    first = ws.indicators(trials[0].id)[0]
    assert got == [("details", trials[0].id, trials[0].id), ("indicator", first.id, trials[0].id)]
    assert nav.current() == ("indicator", first.id, trials[0].id)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Left)  # to the trial, then fold it
    qtbot.keyClick(nav.tree, Qt.Key.Key_Left)
    assert nav.current()[0] == "trial" and not nav.tree.isExpanded(nav.model.index(0, 0))
    qtbot.keyClick(nav.tree, Qt.Key.Key_Down)  # the next trial: the folded one's rows are skipped
    assert nav.current() == ("trial", trials[1].id, trials[1].id)
    qtbot.keyClick(nav.tree, Qt.Key.Key_End)
    last = ws.indicators(trials[-1].id)[-1]
    assert got[-1] == ("indicator", last.id, trials[-1].id)


def test_search_shows_the_matches_return_opens_the_first_and_esc_brings_back_the_list(nav_ws, qtbot):
    nav, ws = nav_ws
    trials = ws.trials()
    before = shown(nav)
    nav.select("trial", trials[2].id, emit=False)
    got = []
    nav.selected.connect(lambda *a: got.append(a))
    nav.search.setFocus()
    qtbot.keyClicks(nav.search, "SYGE")  # any case
    assert shown(nav) == [("trial", trials[0].name, True), ("indicator", "Sygefravær", False),
                          ("trial", trials[1].name, True), ("indicator", "Sygefravær", False)]
    assert got == []  # typing does not change the page
    qtbot.keyClick(nav.search, Qt.Key.Key_Return)
    sick = next(i for i in ws.indicators(trials[0].id) if i.name == "Sygefravær")
    assert got == [("indicator", sick.id, trials[0].id)] and nav.tree.hasFocus()
    nav.search.setFocus()
    qtbot.keyClick(nav.search, Qt.Key.Key_Escape)
    assert nav.search.text() == "" and shown(nav) == before
    assert nav.current() == ("indicator", sick.id, trials[0].id)  # the selection stays
    qtbot.keyClicks(nav.search, "zzz")
    assert nav.model.rowCount() == 0 and nav.current() is None
    qtbot.keyClick(nav.search, Qt.Key.Key_Escape)
    assert nav.current() == ("indicator", sick.id, trials[0].id)  # shown again, where it was
    qtbot.keyClicks(nav.search, "frinova")  # a trial's name: the trial alone
    assert shown(nav) == [("trial", "FriNoVa", True)]
    qtbot.keyClicks(nav.search, "x")
    assert shown(nav) == []


def test_select_clears_a_search_that_hides_the_item(nav_ws, qtbot):
    nav, ws = nav_ws
    t = ws.trials()[2]
    ind = ws.indicators(t.id)[3]
    nav.search.setFocus()
    qtbot.keyClicks(nav.search, "syge")
    assert nav.select("indicator", ind.id)
    assert nav.search.text() == "" and nav.current() == ("indicator", ind.id, t.id)
    assert nav.select("details", t.id) and nav.current() == ("details", t.id, t.id)
    import uuid

    assert not nav.select("indicator", uuid.uuid4()) and nav.current() == ("details", t.id, t.id)


def test_status_icons_with_their_tooltips_and_accessible_texts(nav_ws, qtbot):
    nav, ws = nav_ws
    nav.start_statuses()
    qtbot.waitUntil(lambda: nav.statuses_done, timeout=20000)
    model, words = nav.model, {"improved": "Forbedret", "worsened": "Forværret",
                               "no-change": "Ingen påviselig ændring", "insufficient-data": "For få data"}
    seen = set()
    for r in range(model.rowCount()):
        trial = model.index(r, 0)
        for c in range(1, model.rowCount(trial)):
            idx = model.index(c, 0, trial)
            status = idx.data(STATUS_ROLE)
            assert status in words, idx.data()
            seen.add(status)
            assert idx.data(Qt.ItemDataRole.ToolTipRole) == f"{idx.data()} · {words[status]}"
            assert idx.data(Qt.ItemDataRole.AccessibleTextRole) == f"{idx.data()}, {words[status]}"
            assert not idx.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert {"improved", "worsened"} <= seen
    from effektmaaling.services.analysis import compute_statuses

    t = ws.trials()[0]
    assert {i: nav.model.status(i) for i in nav.indicator_ids(t.id)} == compute_statuses(ws, t.id)


def test_changes_are_listed_at_once_and_what_is_unfolded_and_selected_stays(nav_ws, qtbot):
    nav, ws = nav_ws
    trials = ws.trials()
    nav.tree.setFocus()
    nav.select("trial", trials[1].id)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Left)  # fold the second trial
    assert not nav.tree.isExpanded(nav.model.find("trial", trials[1].id))
    kept = nav.current()
    new = ws.create_indicator(trials[0].id, name="Ventetid", bottom_line="service")
    assert nav.indicator_ids(trials[0].id)[-1] == new.id
    assert ("indicator", "Ventetid", False) in shown(nav)
    assert not nav.tree.isExpanded(nav.model.find("trial", trials[1].id))
    assert nav.tree.isExpanded(nav.model.find("trial", trials[0].id)) and nav.current() == kept
    added = ws.create_trial(name="Aarhus-modellen", start_date=dt.date(2020, 1, 1))
    assert nav.model.index(0, 0).data(ID_ROLE) == added.id  # in name order
    assert nav.current() == kept
    ws.update_trial(trials[2].id, archived=True)
    assert nav.model.find("trial", trials[2].id).data() == f"{trials[2].name} (arkiveret)"
    nav.show_archived = False
    nav.reload()
    assert not nav.model.listed("trial", trials[2].id) and not nav.select("trial", trials[2].id)
    assert nav.first_trial() == added.id
    ws.delete_indicator(new.id)
    assert new.id not in nav.indicator_ids(trials[0].id)


def test_more_trials_than_are_unfolded(qtbot, tmp_path):
    """Over 50 trials: listed folded; a search waits for a pause in typing and unfolds the first matches;
    selecting an indicator unfolds its trial; clearing the search folds the list again."""
    from bench.generate import generate
    from effektmaaling.services import Workspace
    from effektmaaling.ui.hub import Hub
    from effektmaaling.ui.navigator import EXPAND_ALL_UP_TO, Navigator

    db = generate(tmp_path / "many.db", trials=60, indicators=3, months=2, templates=1, check=False, quiet=True)
    ws = Workspace.open(db, daily_backup=False)
    try:
        nav = Navigator()
        qtbot.addWidget(nav)
        nav.resize(380, 700)
        nav.show()
        nav.attach(ws, Hub(ws, nav))
        assert nav.model.rowCount() == 60 and not any(unfolded for _k, _t, unfolded in shown(nav))
        changed = []
        nav.model.dataChanged.connect(lambda a, b, roles: changed.append(a.parent().data(ID_ROLE)))
        folded = ws.trials()[10]
        nav.set_statuses({i: "improved" for i in nav.indicator_ids(folded.id)})
        assert changed == []  # never unfolded: no signal (its rows are read when it is unfolded)
        nav.tree.expand(nav.model.find("trial", folded.id))
        qtbot.wait(50)  # laid out: the view asks for its rows
        assert nav.model.find("indicator", nav.indicator_ids(folded.id)[0]).data(STATUS_ROLE) == "improved"
        nav.set_statuses({i: "worsened" for i in nav.indicator_ids(folded.id)})
        assert changed == [folded.id]
        trial = ws.trials()[40]
        ind = ws.indicators(trial.id)[2]
        assert nav.select("indicator", ind.id)
        assert nav.tree.isExpanded(nav.model.find("trial", trial.id)) and nav.current()[1] == ind.id
        nav.search.setFocus()
        qtbot.keyClicks(nav.search, ind.name[:6])
        assert nav.model.pattern == ""  # not yet: typing goes on
        qtbot.waitUntil(lambda: nav.model.pattern == ind.name[:6], timeout=3000)
        rows = shown(nav)
        assert sum(unfolded for _k, _t, unfolded in rows) == min(nav.model.rowCount(), EXPAND_ALL_UP_TO)
        assert all(text.lower().find(ind.name[:6].lower()) >= 0 for kind, text, _u in rows if kind == "indicator")
        qtbot.keyClick(nav.search, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: nav.model.pattern == "", timeout=3000)
        assert {t for k, t, unfolded in shown(nav) if k == "trial" and unfolded} == {trial.name, folded.name}
        assert nav.current() == ("indicator", ind.id, trial.id)
        assert nav.model.find("indicator", ind.id).data(TRIAL_ROLE) == trial.id
    finally:
        nav.close_statuses()
        ws.close()


def test_set_statuses_shows_them_at_once(nav_ws, qtbot):
    nav, ws = nav_ws
    first, second = ws.trials()[:2]
    nav.tree.setFocus()
    nav.select("trial", second.id)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Left)  # fold the second trial
    changed = []
    nav.model.dataChanged.connect(lambda a, b, roles: changed.append((a.parent().data(ID_ROLE), a.row(), b.row())))
    a, b = nav.indicator_ids(first.id)[0], nav.indicator_ids(second.id)[0]
    nav.set_statuses({a: "worsened", b: "improved"})
    assert (first.id, 0, len(nav.indicator_ids(first.id))) in changed  # the details and its indicators
    idx = nav.model.find("indicator", a)
    assert idx.data(STATUS_ROLE) == "worsened" and idx.data(Qt.ItemDataRole.ToolTipRole).endswith("· Forværret")
    qtbot.keyClick(nav.tree, Qt.Key.Key_Right)
    assert nav.model.find("indicator", b).data(STATUS_ROLE) == "improved"
    changed.clear()
    nav.set_statuses({a: "worsened"})  # unchanged: no signal
    assert changed == []


def test_the_model_keeps_qts_rules_through_search_reload_and_statuses(nav_ws, qtbot):
    """Qt's own model checker (QAbstractItemModelTester) walks the model after every change and warns
    about any inconsistency (parents, row counts, indexes, data types)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtTest import QAbstractItemModelTester

    nav, ws = nav_ws
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    try:
        tester = QAbstractItemModelTester(nav.model, QAbstractItemModelTester.FailureReportingMode.Warning)
        nav.search.setFocus()
        qtbot.keyClicks(nav.search, "syge")
        qtbot.keyClick(nav.search, Qt.Key.Key_Escape)
        ws.create_indicator(ws.trials()[0].id, name="Ventetid", bottom_line="service")
        nav.set_statuses({i: "improved" for i in nav.indicator_ids(ws.trials()[0].id)})
        qtbot.keyClicks(nav.search, "frinova")
        nav.reload()
        del tester
    finally:
        qInstallMessageHandler(previous)
    assert [m for m in messages if "FAIL" in m] == []
