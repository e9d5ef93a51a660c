"""The trial exchange file: round trip, every merge case, bad files leave the database unchanged."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess
import sys
import uuid

import pytest
from io_helpers import db_arg, db_content

from effektmaaling.io.exchange import ExchangeFileError
from effektmaaling.services import Workspace
from effektmaaling.services.exchange import (
    MergeConflicts,
    export_trial,
    import_trial,
    plan_import,
    read_exchange_file,
)
from effektmaaling.storage.schema import row_dict


def snapshot(ws: Workspace, trial_id: uuid.UUID) -> dict:
    """Every column of every record of the trial."""
    b = ws.bundle(trial_id)
    return {
        "trial": row_dict(b.trial),
        "indicators": [row_dict(i) for i in b.indicators],
        "measurements": {str(k): [row_dict(m) for m in v] for k, v in b.measurements.items()},
        "milestones": sorted((row_dict(m) for m in b.milestones), key=lambda d: d["id"]),
        "assessments": sorted((row_dict(a) for a in b.assessments), key=lambda d: d["id"]),
    }


@pytest.fixture
def pair(demo_workspace, tmp_path):
    """A laptop (the demo database) and central staff's database holding a copy of FriNoVa."""
    laptop = demo_workspace
    trial = laptop.find_trial("FriNoVa")
    central = Workspace.open(tmp_path / "central.db")
    export_trial(laptop, trial.id, tmp_path / "first.json")
    import_trial(central, read_exchange_file(tmp_path / "first.json"))
    yield laptop, central, trial.id, tmp_path
    central.close()


def send(src: Workspace, dst: Workspace, trial_id, tmp_path, name="x.json", **kw):
    path = tmp_path / name
    export_trial(src, trial_id, path)
    return import_trial(dst, read_exchange_file(path), **kw)


def _m(ws, trial_id, ind_name, index):
    ind = ws.find_indicator(trial_id, ind_name)
    return ind, ws.measurements(ind.id)[index]


def test_export_then_import_into_empty_database_gives_identical_data(pair):
    laptop, central, tid, tmp_path = pair
    assert snapshot(central, tid) == snapshot(laptop, tid)
    doc = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    assert doc["format"] == "effektmaaling-trial" and doc["version"] == 2
    m = doc["trial"]["indicators"][0]["measurements"][0]
    assert {"id", "date", "value", "n", "sd", "numerator", "denominator", "comment", "updated_at", "hash"} <= set(m)
    # and back again: nothing to do
    plan = send(central, laptop, tid, tmp_path)
    assert not plan.new_trial and not plan.conflicts and not plan.updated and not plan.inserted


def test_new_indicators_and_measurements_are_added(pair, monkeypatch):
    from effektmaaling.domain import clock

    laptop, central, tid, tmp_path = pair
    new_ind = laptop.create_indicator(tid, name="Ny indikator", bottom_line="political", valid_min=0, valid_max=5)
    laptop.add_measurement(new_ind.id, date=dt.date(2014, 1, 31), value=3.0)
    ind, _ = _m(laptop, tid, "Tid til dokumentation", 0)
    monkeypatch.setattr(clock, "_fixed", dt.date(2030, 2, 1))  # the laptop's clock runs years ahead
    laptop.add_measurement(ind.id, date=dt.date(2030, 1, 31), value=10.0)
    monkeypatch.setattr(clock, "_fixed", None)
    # the central machine (today's date) keeps what another machine sent, a date after its today too
    plan = send(laptop, central, tid, tmp_path)
    assert plan.inserted == {"indicator": 1, "measurement": 2}
    assert snapshot(central, tid) == snapshot(laptop, tid)
    entry = central.change_log(trial_id=tid)[0]
    assert entry.action == "merge" and entry.after["inserted"] == {"indicator": 1, "measurement": 2}


def test_changed_on_one_side_takes_the_newer_version(pair):
    laptop, central, tid, tmp_path = pair
    ind, m = _m(central, tid, "Tid til dokumentation", 0)
    central.update_measurement(m.id, value=12.5, comment="rettet centralt")
    old_file = tmp_path / "old.json"
    export_trial(laptop, tid, old_file)  # the laptop's unchanged version
    plan = send(central, laptop, tid, tmp_path)
    assert plan.updated == {"measurement": 1} and not plan.conflicts
    got = laptop.measurements(ind.id)[0]
    assert (got.value, got.comment) == (12.5, "rettet centralt")
    # the older version coming back does not overwrite the newer one
    plan = import_trial(laptop, read_exchange_file(old_file))
    assert plan.kept_mine == {"measurement": 1} and not plan.conflicts
    assert laptop.measurements(ind.id)[0].value == 12.5


def test_changed_on_both_sides_is_a_conflict_resolved_by_choice(pair):
    laptop, central, tid, tmp_path = pair
    ind, m = _m(central, tid, "Tid til dokumentation", 1)
    central.update_measurement(m.id, comment="central")
    laptop.update_measurement(m.id, comment="laptop")
    path = tmp_path / "c.json"
    export_trial(central, tid, path)
    incoming = read_exchange_file(path)
    before = db_content(laptop)
    with pytest.raises(MergeConflicts) as err:
        import_trial(laptop, incoming)
    assert db_content(laptop) == before
    [conflict] = err.value.plan.unresolved
    assert conflict.reason == "both-changed"
    assert (conflict.mine["comment"], conflict.theirs["comment"]) == ("laptop", "central")
    assert plan_import(laptop, incoming).unresolved == [conflict]
    plan = import_trial(laptop, incoming, resolutions={conflict.key: "theirs"})
    assert laptop.measurements(ind.id)[1].comment == "central"
    assert plan.summary()["conflicts"] == [{"key": conflict.key, "reason": "both-changed", "field": "comment",
                                            "what": conflict.label.da, "choice": "theirs"}]
    updates = [e for e in laptop.change_log(entity_id=m.id) if e.action == "update"]
    assert updates[0].before == {"comment": "laptop"} and updates[0].after == {"comment": "central"}
    # once resolved, the next exchange in either direction agrees without conflicts
    assert not send(laptop, central, tid, tmp_path).conflicts
    assert not send(central, laptop, tid, tmp_path).conflicts


def test_mine_resolution_sticks(pair):
    laptop, central, tid, tmp_path = pair
    ind, m = _m(central, tid, "Tid til dokumentation", 2)
    central.update_measurement(m.id, value=1.0)
    laptop.update_measurement(m.id, value=2.0)
    plan = send(central, laptop, tid, tmp_path, prefer="mine")
    assert plan.kept_mine == {"measurement": 1} and laptop.measurements(ind.id)[2].value == 2.0
    assert not send(central, laptop, tid, tmp_path).conflicts  # the same file again: known, mine is newer
    plan = send(laptop, central, tid, tmp_path)  # central gets the laptop's version: it superseded theirs
    assert not plan.conflicts and central.measurements(ind.id)[2].value == 2.0


def test_deleted_here_stays_deleted_unless_changed_there(pair):
    laptop, central, tid, tmp_path = pair
    ind, m0 = _m(laptop, tid, "Tid til dokumentation", 0)
    _, m1 = _m(laptop, tid, "Tid til dokumentation", 1)
    laptop.delete_measurements([m0.id, m1.id])
    central.update_measurement(m1.id, comment="ændret centralt")
    path = tmp_path / "d.json"
    export_trial(central, tid, path)
    with pytest.raises(MergeConflicts) as err:
        import_trial(laptop, read_exchange_file(path))
    [conflict] = err.value.plan.unresolved
    assert conflict.reason == "deleted-here" and conflict.mine is None
    plan = import_trial(laptop, read_exchange_file(path), prefer="theirs")
    assert plan.stay_deleted == 1 and plan.inserted == {"measurement": 1}
    ids = {m.id for m in laptop.measurements(ind.id)}
    assert m0.id not in ids and m1.id in ids


def test_same_date_different_measurement_is_a_conflict(pair, monkeypatch):
    from effektmaaling.domain import clock

    monkeypatch.setattr(clock, "_fixed", dt.date(2031, 4, 1))  # both machines' clocks say 2031
    laptop, central, tid, tmp_path = pair
    ind = laptop.find_indicator(tid, "Tid til dokumentation")
    laptop.add_measurement(ind.id, date=dt.date(2031, 3, 31), value=5.0)
    central.add_measurement(ind.id, date=dt.date(2031, 3, 31), value=6.0)
    plan = send(central, laptop, tid, tmp_path, prefer="theirs")
    assert plan.replaced == {"measurement": 1} and plan.conflicts[0].reason == "same-date"
    assert {m.date: m.value for m in laptop.measurements(ind.id)}[dt.date(2031, 3, 31)] == 6.0
    assert snapshot(laptop, tid) == snapshot(central, tid)


def test_hand_edited_file_counts_as_their_change(pair):
    laptop, central, tid, tmp_path = pair
    path = tmp_path / "h.json"
    export_trial(central, tid, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["trial"]["indicators"][1]["measurements"][0]["comment"] = "rettet i hånden"  # stale "hash" stays
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = import_trial(laptop, read_exchange_file(path))
    assert plan.updated == {"measurement": 1} and not plan.conflicts


def test_trial_fields_merge_too(pair):
    laptop, central, tid, tmp_path = pair
    central.update_trial(tid, purpose="Nyt formål")
    plan = send(central, laptop, tid, tmp_path)
    assert plan.updated == {"trial": 1} and laptop.trial(tid).purpose == "Nyt formål"


def test_hand_written_file_without_ids(workspace, tmp_path):
    doc = {"format": "effektmaaling-trial", "version": 1, "trial": {
        "name": "Håndskrevet", "start_date": "2013-04-01",
        "indicators": [{"name": "Andel", "bottom_line": "service", "measure_type": "proportion", "valid_min": 0,
                        "valid_max": 100, "measurements": [{"date": "2013-03-31", "value": None, "numerator": 24,
                                                            "denominator": 39}]}],
        "assessments": [{"bottom_line": "service", "verdict": "plus"}]}}
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = import_trial(workspace, read_exchange_file(path))
    assert plan.new_trial
    trial = workspace.find_trial("Håndskrevet")
    [ind] = workspace.indicators(trial.id)
    [m] = workspace.measurements(ind.id)
    assert m.value == pytest.approx(100 * 24 / 39)
    # importing it again is a different trial (new ids) with the same name: refused, nothing changed
    before = db_content(workspace)
    with pytest.raises(Exception, match="andet id"):
        import_trial(workspace, read_exchange_file(path))
    assert db_content(workspace) == before


def _edit(doc, path_, value):
    target = doc
    for key in path_[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path_[-1]]
    else:
        target[path_[-1]] = value


BAD_FILES = [
    ("format", lambda d: _edit(d, ["format"], "something-else"), "format", "ikke en Effektmåling-forsøgsfil"),
    ("newer", lambda d: _edit(d, ["version"], 3), "version", "nyere version"),
    ("no-name", lambda d: _edit(d, ["trial", "indicators", 1, "name"], KeyError), "trial.indicators[1].name",
     "mangler"),
    ("no-date", lambda d: _edit(d, ["trial", "indicators", 0, "measurements", 2, "date"], KeyError),
     "trial.indicators[0].measurements[2].date", "mangler"),
    ("range", lambda d: _edit(d, ["trial", "indicators", 1, "measurements", 3, "value"], 400),
     "trial.indicators[1].measurements[3].value", "uden for det gyldige interval"),
    ("type", lambda d: _edit(d, ["trial", "indicators", 1, "measurements", 3, "value"], "12,5"),
     "trial.indicators[1].measurements[3].value", "skal være et tal"),
    ("enum", lambda d: _edit(d, ["trial", "indicators", 0, "bottom_line"], "happiness"),
     "trial.indicators[0].bottom_line", "ukendt værdi"),
    ("uuid", lambda d: _edit(d, ["trial", "milestones", 0, "id"], "not-a-uuid"), "trial.milestones[0].id", "id"),
    ("cpr", lambda d: _edit(d, ["trial", "indicators", 1, "measurements", 0, "comment"], "borger 010203-1234"),
     "trial.indicators[1].measurements[0].comment", "CPR"),
]


@pytest.mark.parametrize("into", ["empty", "existing"])
@pytest.mark.parametrize(("case", "edit", "where", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_leaves_database_unchanged(pair, into, case, edit, where, message):
    _laptop, central, _tid, tmp_path = pair
    doc = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    bad = copy.deepcopy(doc)
    edit(bad)
    path = tmp_path / f"{case}.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    target = central if into == "existing" else Workspace.open(tmp_path / "empty.db")
    before = db_content(target)
    with pytest.raises(ExchangeFileError) as err:
        import_trial(target, read_exchange_file(path))
    assert err.value.location.endswith(where)
    assert message in err.value.text("da") and path.name in err.value.text("da")
    assert db_content(target) == before
    if into == "empty":
        target.close()


def test_truncated_and_non_json_files(pair):
    _laptop, central, _tid, tmp_path = pair
    text = (tmp_path / "first.json").read_text(encoding="utf-8")
    (tmp_path / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    before = db_content(central)
    with pytest.raises(ExchangeFileError) as err:
        read_exchange_file(tmp_path / "cut.json")
    assert "afkortet" in err.value.text("da") and "linje" in err.value.text("da")
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ExchangeFileError):
        read_exchange_file(tmp_path / "bin.json")
    assert db_content(central) == before


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_cli_refuses_conflicts_then_prefer(pair):
    laptop, central, tid, tmp_path = pair
    _ind, m = _m(central, tid, "Tid til dokumentation", 1)
    central.update_measurement(m.id, comment="central")
    laptop.update_measurement(m.id, comment="laptop")
    laptop_db, central_db = db_arg(laptop), db_arg(central)
    laptop.close()
    central.close()
    out = tmp_path / "cli.json"
    r = _cli("export-trial", "--db", central_db, "--trial", "frinova", "-o", str(out))
    assert r.returncode == 0, r.stderr
    before = db_content(laptop)
    r = _cli("import-trial", str(out), "--db", laptop_db)
    assert r.returncode == 1
    assert "Tid til dokumentation" in r.stdout and "min laptop" in r.stdout and "deres central" in r.stdout
    assert "konflikt" in r.stderr
    assert db_content(laptop) == before
    r = _cli("import-trial", str(out), "--db", laptop_db, "--prefer", "theirs", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["updated"] == {"measurement": 1}


def test_version_1_file_has_its_exclusive_baseline_end_moved_one_day_back(workspace, tmp_path):
    """Version 1 wrote the first day after the baseline; version 2 the last day of it (inclusive)."""
    def doc(version):
        return {"format": "effektmaaling-trial", "version": version, "trial": {
            "name": f"Version {version}", "start_date": "2013-04-01",
            "indicators": [{"name": "Ventetid", "bottom_line": "service", "baseline_end_date": "2013-07-01",
                            "measurements": []}]}}
    for version, expected in ((1, dt.date(2013, 6, 30)), (2, dt.date(2013, 7, 1))):
        path = tmp_path / f"v{version}.json"
        path.write_text(json.dumps(doc(version)), encoding="utf-8")
        import_trial(workspace, read_exchange_file(path))
        [ind] = workspace.indicators(workspace.find_trial(f"Version {version}").id)
        assert ind.baseline_end_date == expected


def test_current_period_round_trips_through_export_and_import(pair):
    laptop, _central, tid, tmp_path = pair
    ind = laptop.find_indicator(tid, "Tid til dokumentation")
    laptop.update_indicator(ind.id, current_period="follow-up")
    path = tmp_path / "cp.json"
    export_trial(laptop, tid, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    [rec] = [i for i in doc["trial"]["indicators"] if i["name"] == "Tid til dokumentation"]
    assert rec["current_period"] == "follow-up"
    other = Workspace.open(tmp_path / "other.db")
    try:
        import_trial(other, read_exchange_file(path))
        assert other.find_indicator(tid, "Tid til dokumentation").current_period == "follow-up"
    finally:
        other.close()


def test_one_sided_change_of_current_period_merges(pair):
    laptop, central, tid, tmp_path = pair
    ind = central.find_indicator(tid, "Tid til dokumentation")
    central.update_indicator(ind.id, current_period="latest")
    plan = send(central, laptop, tid, tmp_path)
    assert plan.updated == {"indicator": 1} and not plan.conflicts
    assert laptop.find_indicator(tid, "Tid til dokumentation").current_period == "latest"
    # and back: nothing left to do
    plan = send(laptop, central, tid, tmp_path, name="back.json")
    assert not plan.conflicts and not plan.updated and not plan.inserted


def test_files_without_current_period_mean_the_latest_12_months(workspace, tmp_path):
    """Version 1 files, and version 2 files written before the field, default to the latest 12 months; the
    hash such a file states still matches its content (no record counts as edited by hand)."""
    from effektmaaling.io.exchange import content, values_hash
    for version in (1, 2):
        ind = {"id": str(uuid.uuid4()), "name": "Ventetid", "bottom_line": "service", "measurements": []}
        doc = {"format": "effektmaaling-trial", "version": version, "trial": {
            "name": f"Uden periode {version}", "start_date": "2013-04-01", "indicators": [ind]}}
        path = tmp_path / f"np{version}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        x = read_exchange_file(path)
        [rec] = x.indicators
        assert rec.obj.current_period == "last-12-months"
        # a hash over the old field list (no current_period) equals the hash of the content read
        old = {k: val for k, val in content("indicator", rec.obj).items() if k != "current_period"}
        assert values_hash("indicator", old) == rec.hash
        import_trial(workspace, x)
        [got] = workspace.indicators(workspace.find_trial(f"Uden periode {version}").id)
        assert got.current_period == "last-12-months"


def test_phase_change_flag_and_latest_phase_round_trip_and_merge(pair):
    laptop, central, tid, tmp_path = pair
    ms = laptop.add_milestone(tid, dt.date(2014, 1, 1), "Ny visitation", phase_change=True)
    ind = laptop.find_indicator(tid, "Tid til dokumentation")
    laptop.update_indicator(ind.id, current_period="latest-phase")
    plan = send(laptop, central, tid, tmp_path)
    assert not plan.conflicts
    [got] = [m for m in central.milestones(tid) if m.id == ms.id]
    assert got.phase_change is True
    assert central.find_indicator(tid, "Tid til dokumentation").current_period == "latest-phase"
    central.update_milestone(ms.id, phase_change=False)  # a one-sided change of the flag merges
    plan = send(central, laptop, tid, tmp_path, name="back.json")
    assert plan.updated == {"milestone": 1} and not plan.conflicts
    assert next(m for m in laptop.milestones(tid) if m.id == ms.id).phase_change is False
    assert snapshot(central, tid) == snapshot(laptop, tid)


def test_histories_stored_before_the_later_fields_do_not_count_as_local_edits(pair):
    """A database that exchanged the trial before current_period / phase_change existed holds histories
    without them: they mean the defaults, so the next export states no new edit."""
    import sqlite3
    _laptop, central, tid, tmp_path = pair
    export_trial(central, tid, tmp_path / "a.json")
    con = sqlite3.connect(central.path)
    with con:
        for entity_id, state in con.execute("SELECT entity_id, state FROM sync_records").fetchall():
            st = json.loads(state)
            if st.get("base"):
                st["base"].pop("current_period", None)
                st["base"].pop("phase_change", None)
                con.execute("UPDATE sync_records SET state = ? WHERE entity_id = ?", (json.dumps(st), entity_id))
    con.close()
    export_trial(central, tid, tmp_path / "b.json")

    def events(name):
        doc = json.loads((tmp_path / name).read_text(encoding="utf-8"))["trial"]
        return {r["id"]: r["events"] for r in doc["indicators"] + doc["milestones"]}
    assert events("b.json") == events("a.json")


def test_histories_stored_with_every_writer_named_read_as_before(pair):
    """Histories store ``writers`` as one event id when one event wrote every field; those written before
    (every field named) are read alike: no local edit is found, the next file states the same events."""
    import sqlite3
    _laptop, central, tid, tmp_path = pair
    export_trial(central, tid, tmp_path / "a.json")
    con = sqlite3.connect(central.path)
    with con:
        states = con.execute("SELECT entity_id, state FROM sync_records").fetchall()
        decoded = [json.loads(state) for _i, state in states]
        assert sum(isinstance(st["writers"], str) for st in decoded) > len(states) / 2
        for (entity_id, _state), st in zip(states, decoded, strict=True):
            if isinstance(st["writers"], str):  # as stored before: field -> event for every field
                st["writers"] = dict.fromkeys(st["base"], st["writers"])
                con.execute("UPDATE sync_records SET state = ? WHERE entity_id = ?", (json.dumps(st), entity_id))
    con.close()
    export_trial(central, tid, tmp_path / "b.json")

    def events(name):
        doc = json.loads((tmp_path / name).read_text(encoding="utf-8"))["trial"]
        recs = [doc, *doc["indicators"], *(m for i in doc["indicators"] for m in i["measurements"]),
                *doc["milestones"], *doc["assessments"]]
        return {r["id"]: (r["events"], r["writers"]) for r in recs}
    assert events("b.json") == events("a.json")


def test_a_merge_runs_the_same_statements_for_few_and_many_changed_measurements(pair):
    """One query per table, bulk inserts and updates: the number of SQL statements of an import does not
    grow with the number of records it reads or changes."""
    from sqlalchemy import event

    laptop, central, tid, tmp_path = pair
    ind = laptop.find_indicator(tid, "Borgernes livskvalitet")

    def statements(k: int) -> int:
        ms = laptop.measurements(ind.id)
        last = max(m.date for m in ms)
        laptop.upsert_measurements(ind.id, [{"date": last + dt.timedelta(days=30 * (j + 1)), "value": 5.0,
                                             "comment": ""} for j in range(k)])
        laptop.upsert_measurements(ind.id, [{"date": m.date, "value": m.value, "comment": f"rettet {k}"}
                                            for m in ms[:k]], on_duplicate="update")
        path = tmp_path / f"k{k}.json"
        export_trial(laptop, tid, path)
        incoming = read_exchange_file(path)
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731  (conn, cursor, statement, ...)
        event.listen(central.db.engine, "before_cursor_execute", listener)
        try:
            plan = import_trial(central, incoming)
        finally:
            event.remove(central.db.engine, "before_cursor_execute", listener)
        assert plan.inserted["measurement"] == k and plan.updated["measurement"] == k
        return len(seen)

    assert statements(2) == statements(16)


def _read_all(text: str) -> list:
    """Everything a read gives of every record: the domain object's fields, content, hash and history."""
    import dataclasses

    from effektmaaling.io.exchange import parse_document

    return [(r.entity, r.parent, r.values, r.hash, r.events, r.writers, r.stated_hash, r.ancestors, r.path,
             {f.name: getattr(r.obj, f.name) for f in dataclasses.fields(r.obj)}) for r in parse_document(text).records()]


def test_usual_measurements_read_in_one_step_exactly_as_the_general_reader_reads_them(pair, monkeypatch):
    from effektmaaling.io import exchange

    laptop, _central, trial_id, tmp_path = pair
    path = tmp_path / "usual.json"
    export_trial(laptop, trial_id, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    inds = doc["trial"]["indicators"]
    ms = [m for ind in inds for m in ind["measurements"]]
    assert any(m.get("numerator") is not None for m in ms) and any(m.get("n") is not None for m in ms)
    ms[0]["value"] = int(ms[0]["value"]) if ms[0].get("numerator") is None else ms[0]["value"]  # a whole number
    for key in ("comment", "created_at", "updated_at", "sd"):
        ms[1].pop(key, None)  # left out: the defaults
    ms[2]["n"] = 7.0  # a whole number written as a decimal: the general reader's
    ms[3]["date"] = "31-12-2013"  # a Danish date: the general reader's
    ms[3]["hash"] = "0" * 64  # a hand edit (the stated hash no longer fits)
    text = json.dumps(doc)
    calls: list[int] = []
    usual = exchange._usual_measurement

    def counted(*args):
        got = usual(*args)
        calls.append(got is not None)
        return got

    monkeypatch.setattr(exchange, "_usual_measurement", counted)
    fast = _read_all(text)
    assert calls.count(True) == len(ms) - 2 and calls.count(False) == 2
    monkeypatch.setattr(exchange, "_usual_measurement", lambda *args: None)
    assert _read_all(text) == fast
    # A refusal is worded by the general reader, at the same place.
    for bad in ({"n": 0}, {"value": "tolv"}, {"date": "2013-02-30"}, {"updated_at": "i går"}, {"events": "x"}):
        broken = copy.deepcopy(doc)
        broken["trial"]["indicators"][0]["measurements"][1].update(bad)
        errors = []
        for reader in (usual, lambda *args: None):
            monkeypatch.setattr(exchange, "_usual_measurement", reader)
            with pytest.raises(ExchangeFileError) as got:
                exchange.parse_document(json.dumps(broken))
            errors.append((str(got.value), got.value.location))
        assert errors[0] == errors[1] and "measurements[1]" in errors[0][1], (bad, errors)
