"""The numbered cases of issue #18: each one lost or blocked an edit with the old merge (compared versions as
older/newer by content hashes). Real databases on disk, files written and read back, also through the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import uuid

import pytest

from effektmaaling.domain.errors import DomainError
from effektmaaling.services import Workspace
from effektmaaling.services.exchange import (
    MergeConflicts,
    export_trial,
    import_trial,
    read_exchange_file,
)

D = dt.date


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def content(ws: Workspace, tid) -> dict:
    """What a user sees of the trial (no timestamps, no order)."""
    b = ws.bundle(tid)
    skip = {"created_at", "updated_at", "display_order", "row_version"}  # row_version: each database counts its own edits

    def rec(o):
        return {k: v for k, v in vars(o).items() if not k.startswith("_") and k not in skip}

    return {"trial": rec(b.trial), "indicators": sorted((rec(i) for i in b.indicators), key=lambda r: str(r["id"])),
            "measurements": sorted((rec(m) for ms in b.measurements.values() for m in ms), key=lambda r: str(r["id"])),
            "milestones": sorted((rec(m) for m in b.milestones), key=lambda r: str(r["id"])),
            "assessments": sorted((rec(a) for a in b.assessments), key=lambda r: str(r["id"]))}


class Pair:
    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.a = Workspace.open(tmp_path / "a.db", daily_backup=False)
        self.b = Workspace.open(tmp_path / "b.db", daily_backup=False)
        t = self.a.create_trial(name="Forsøg X", start_date=D(2013, 4, 1))
        self.tid = t.id
        self.ind = self.a.create_indicator(t.id, name="Livskvalitet", bottom_line="service", valid_min=0,
                                           valid_max=100)
        self.ms = [self.a.add_measurement(self.ind.id, date=D(2013, 3 + i, 1), value=7.63 + i) for i in range(4)]
        self.a.add_milestone(t.id, D(2013, 9, 1), "Åbning")
        self.a.set_assessment(t.id, "service", "plus", "god")
        self.n = 0
        self.send("a", "b")

    def ws(self, name):
        return getattr(self, name)

    def export(self, src):
        self.n += 1
        path = self.tmp / f"{src}{self.n}.json"
        export_trial(self.ws(src), self.tid, path)
        return path

    def load(self, dst, path, **kw):
        return import_trial(self.ws(dst), read_exchange_file(path), **kw)

    def send(self, src, dst, **kw):
        return self.load(dst, self.export(src), **kw)

    def value(self, name, mid):
        return next((m.value for m in self.ws(name).measurements(self.ind.id) if m.id == mid), None)

    def close(self):
        self.a.close()
        self.b.close()


@pytest.fixture
def pair(tmp_path):
    p = Pair(tmp_path)
    yield p
    p.close()


# 1 -------------------------------------------------------------------------------------------------

def test_1_edit_back_to_an_earlier_value_is_not_lost(pair):
    m = pair.ms[0]
    pair.a.update_measurement(m.id, value=20.0)
    pair.send("a", "b")
    assert pair.value("b", m.id) == 20.0
    pair.a.update_measurement(m.id, value=7.63)  # A goes back
    plan = pair.send("b", "a")  # B's unchanged file
    assert not plan.conflicts and pair.value("a", m.id) == 7.63
    assert not any(plan.updated.values())
    plan = pair.send("a", "b")
    assert pair.value("b", m.id) == 7.63 and not plan.conflicts


def test_1_mirror_going_back_on_the_other_side_is_a_conflict(pair):
    m = pair.ms[0]
    pair.a.update_measurement(m.id, value=20.0)
    pair.send("a", "b")
    pair.a.update_measurement(m.id, value=30.0)
    pair.b.update_measurement(m.id, value=7.63)
    path = pair.export("b")
    with pytest.raises(MergeConflicts) as err:
        pair.load("a", path)
    [c] = err.value.plan.unresolved
    assert c.field == "value" and (c.mine["value"], c.theirs["value"]) == (30.0, 7.63)


# 2 -------------------------------------------------------------------------------------------------

def test_2_deletions_travel_and_never_resurrect(pair):
    old_b = pair.export("b")
    gone = pair.ms[1]
    pair.a.delete_measurements([gone.id])
    pair.a.delete_milestone(pair.a.milestones(pair.tid)[0].id)
    pair.a.delete_assessment(pair.tid, "service")
    plan = pair.send("a", "b")
    assert plan.deleted["measurement"] == 1 and plan.deleted["milestone"] == 1 and plan.deleted["assessment"] == 1
    assert gone.id not in {m.id for m in pair.b.measurements(pair.ind.id)}
    assert pair.b.milestones(pair.tid) == [] and pair.b.assessments(pair.tid) == []
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)
    # B's file from before the deletion changes nothing on A, and B's file now agrees
    plan = pair.load("a", old_b)
    assert not plan.conflicts and not any(plan.inserted.values())
    assert gone.id not in {m.id for m in pair.a.measurements(pair.ind.id)}
    pair.send("b", "a")
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)


def test_2_deleted_indicator_travels_with_its_measurements(pair):
    pair.a.delete_indicator(pair.ind.id)
    pair.send("a", "b")
    assert pair.b.indicators(pair.tid) == []
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)


# 3 -------------------------------------------------------------------------------------------------

def test_3_swapped_dates_import(pair):
    m0, m1 = pair.ms[0], pair.ms[1]
    d0, d1 = m0.date, m1.date
    pair.a.update_measurement(m0.id, date=D(2020, 1, 1))
    pair.a.update_measurement(m1.id, date=d0)
    pair.a.update_measurement(m0.id, date=d1)
    plan = pair.send("a", "b")
    assert not plan.conflicts and plan.updated["measurement"] == 2
    dates = {m.id: m.date for m in pair.b.measurements(pair.ind.id)}
    assert (dates[m0.id], dates[m1.id]) == (d1, d0)


def test_3_delete_plus_move_imports(pair):
    m0, m1 = pair.ms[0], pair.ms[1]
    pair.a.delete_measurements([m0.id])
    pair.a.update_measurement(m1.id, date=m0.date)
    pair.send("a", "b")
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_3_and_4_through_the_cli(pair):
    m0, m1 = pair.ms[0], pair.ms[1]
    d0, d1 = m0.date, m1.date
    pair.a.update_measurement(m0.id, date=D(2020, 1, 1))
    pair.a.update_measurement(m1.id, date=d0)
    pair.a.update_measurement(m0.id, date=d1)
    pair.a.update_indicator(pair.ind.id, target_value=80.0)
    pair.b.update_indicator(pair.ind.id, unit="point")
    a_db, b_db = str(pair.a.path), str(pair.b.path)
    pair.close()
    out = pair.tmp / "cli.json"
    r = _cli("export-trial", "--db", a_db, "--trial", "Forsøg X", "-o", str(out))
    assert r.returncode == 0, r.stderr
    r = _cli("import-trial", str(out), "--db", b_db, "--prefer", "mine")
    assert r.returncode == 0, r.stderr + r.stdout
    assert "opdateret" in r.stdout
    b = Workspace.open(b_db, daily_backup=False)
    try:
        ind = b.indicator(pair.ind.id)
        assert (ind.target_value, ind.unit) == (80.0, "point")
        dates = {m.id: m.date for m in b.measurements(pair.ind.id)}
        assert (dates[m0.id], dates[m1.id]) == (d1, d0)
    finally:
        b.close()


# 4 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefer", [None, "mine", "theirs"])
def test_4_different_fields_of_one_record_both_kept(pair, prefer):
    m = pair.ms[2]
    pair.a.update_indicator(pair.ind.id, target_value=80.0)
    pair.b.update_indicator(pair.ind.id, unit="point")
    pair.a.update_measurement(m.id, comment="kommentar fra A")
    pair.b.update_measurement(m.id, value=50.0)
    plan = pair.send("b", "a", prefer=prefer)
    assert not plan.conflicts
    ind = pair.a.indicator(pair.ind.id)
    assert (ind.target_value, ind.unit) == (80.0, "point")
    got = next(x for x in pair.a.measurements(pair.ind.id) if x.id == m.id)
    assert (got.value, got.comment) == (50.0, "kommentar fra A")
    pair.send("a", "b")
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)


def test_4_same_field_conflict_is_on_that_field_alone(pair):
    pair.a.update_indicator(pair.ind.id, target_value=80.0, unit="A")
    pair.b.update_indicator(pair.ind.id, target_value=70.0, theme="B")
    plan = pair.send("b", "a", prefer="mine")
    assert [c.field for c in plan.conflicts] == ["target_value"]
    ind = pair.a.indicator(pair.ind.id)
    assert (ind.target_value, ind.unit, ind.theme) == (80.0, "A", "B")


# 5 -------------------------------------------------------------------------------------------------

def test_5_edit_vs_delete_is_reported_at_the_first_import_on_either_side(pair):
    m = pair.ms[3]
    pair.a.update_measurement(m.id, comment="rettet på A")
    pair.b.delete_measurements([m.id])
    fa, fb = pair.export("a"), pair.export("b")
    with pytest.raises(MergeConflicts) as err:
        pair.load("a", fb)
    [c] = err.value.plan.unresolved
    assert c.reason == "deleted-there" and c.theirs is None and c.mine["comment"] == "rettet på A"
    with pytest.raises(MergeConflicts) as err:
        pair.load("b", fa)
    [c] = err.value.plan.unresolved
    assert c.reason == "deleted-here" and c.mine is None


# 6 -------------------------------------------------------------------------------------------------

def test_6_resolved_conflict_does_not_come_back(pair):
    pair.a.add_measurement(pair.ind.id, date=D(2014, 1, 1), value=1.0)
    pair.b.add_measurement(pair.ind.id, date=D(2014, 1, 1), value=2.0)
    plan = pair.send("b", "a", prefer="mine")
    [c] = plan.conflicts
    assert c.reason == "same-date"
    plan = pair.send("a", "b")
    assert not plan.conflicts
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)
    assert {m.date: m.value for m in pair.b.measurements(pair.ind.id)}[D(2014, 1, 1)] == 1.0


def test_6_equal_additions_with_different_ids_are_no_conflict(pair):
    pair.a.add_measurement(pair.ind.id, date=D(2014, 1, 1), value=3.0)
    pair.b.add_measurement(pair.ind.id, date=D(2014, 1, 1), value=3.0)
    plan = pair.send("b", "a")
    assert not plan.conflicts and not plan.deleted
    plan = pair.send("a", "b")
    assert not plan.conflicts
    assert content(pair.a, pair.tid) == content(pair.b, pair.tid)


# 7 -------------------------------------------------------------------------------------------------

def test_7_indicator_conflict_as_theirs_does_not_resurrect_deleted_measurements(pair):
    gone = pair.ms[0]
    pair.a.delete_measurements([gone.id])
    pair.a.update_indicator(pair.ind.id, name="Navn A")
    pair.b.update_indicator(pair.ind.id, name="Navn B")
    plan = pair.send("b", "a", prefer="theirs")
    assert [c.field for c in plan.conflicts] == ["name"]
    assert pair.a.indicator(pair.ind.id).name == "Navn B"
    assert gone.id not in {m.id for m in pair.a.measurements(pair.ind.id)}


# 8 -------------------------------------------------------------------------------------------------

def test_8_older_file_after_newer_changes_nothing(pair):
    old = pair.export("b")
    pair.b.delete_measurements([pair.ms[0].id])
    pair.b.update_measurement(pair.ms[1].id, value=55.0)
    new = pair.export("b")
    pair.load("a", new)
    assert pair.ms[0].id not in {m.id for m in pair.a.measurements(pair.ind.id)}
    before = content(pair.a, pair.tid)
    plan = pair.load("a", old)
    assert content(pair.a, pair.tid) == before
    assert not plan.conflicts and not any(plan.inserted.values()) and not any(plan.updated.values())
    plan = pair.load("a", new)  # the same file twice: nothing
    assert content(pair.a, pair.tid) == before and not any(plan.updated.values())


# 9 -------------------------------------------------------------------------------------------------

def _backups(ws):
    folder = ws.backup_folder
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def _refused(ws, path, *words):
    before, backups = dump(ws.path), _backups(ws)
    with pytest.raises(DomainError) as err:
        import_trial(ws, read_exchange_file(path))
    text = err.value.text("da")
    assert "\n" not in text and "UNIQUE" not in text
    for w in words:
        assert w in text, text
    assert dump(ws.path) == before and _backups(ws) == backups
    return text


def test_9_ids_of_another_trial_are_refused_with_one_line(pair):
    other = pair.b.create_trial(name="Andet forsøg", start_date=D(2013, 1, 1))
    other_ind = pair.b.create_indicator(other.id, name="Y", bottom_line="service")
    other_m = pair.b.add_measurement(other_ind.id, date=D(2013, 1, 1), value=1.0)
    path = pair.export("a")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["trial"]["indicators"][0]["measurements"][0]["id"] = str(other_m.id)
    path.write_text(json.dumps(doc), encoding="utf-8")
    _refused(pair.b, path, "Andet forsøg", "måling", "kopi")
    doc["trial"]["indicators"][0]["measurements"][0]["id"] = str(uuid.uuid4())
    doc["trial"]["indicators"][0]["id"] = str(other_ind.id)
    path.write_text(json.dumps(doc), encoding="utf-8")
    _refused(pair.b, path, "Andet forsøg", "indikator")


def test_9_file_named_like_one_trial_with_another_trials_id_is_refused(pair):
    pair.b.create_trial(name="Andet forsøg", start_date=D(2013, 1, 1))
    path = pair.export("a")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["trial"]["name"] = "Andet forsøg"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _refused(pair.b, path, "Andet forsøg", "Omdøb")


def test_9_refused_merge_writes_no_backup(pair):
    pair.b.update_measurement(pair.ms[3].id, value=90.0)  # B: a value that A's new range forbids
    pair.a.update_measurement(pair.ms[3].id, comment="x")
    pair.a.update_indicator(pair.ind.id, valid_max=50.0)
    for m in pair.ms:
        assert m.value < 50
    text = _refused(pair.a, pair.export("b"), "Livskvalitet")
    assert "gyldige interval" in text


def test_9_refused_file_imports_as_a_copy_with_new_ids(pair):
    from effektmaaling.services.exchange import import_as_copy

    other = pair.b.create_trial(name="Andet forsøg", start_date=D(2013, 1, 1))
    other_ind = pair.b.create_indicator(other.id, name="Y", bottom_line="service")
    path = pair.export("a")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["trial"]["indicators"][0]["id"] = str(other_ind.id)
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = import_as_copy(pair.b, read_exchange_file(path))
    assert plan.new_trial and plan.trial_name == "Forsøg X (kopi)"
    copy = pair.b.find_trial("Forsøg X (kopi)")
    [ind] = pair.b.indicators(copy.id)
    assert ind.id != other_ind.id and len(pair.b.measurements(ind.id)) == 4


def test_result_message_and_change_log_name_what_changed_through_the_cli(pair):
    gone = pair.ms[0]
    pair.a.delete_measurements([gone.id])
    pair.a.add_measurement(pair.ind.id, date=D(2015, 1, 1), value=3.0)
    pair.a.update_indicator(pair.ind.id, unit="point", target_value=60.0)
    pair.a.update_measurement(pair.ms[1].id, comment="A")
    pair.b.update_measurement(pair.ms[1].id, comment="B")
    a_db, b_db = str(pair.a.path), str(pair.b.path)
    pair.close()
    out = pair.tmp / "cli.json"
    assert _cli("export-trial", "--db", a_db, "--trial", "Forsøg X", "-o", str(out)).returncode == 0
    r = _cli("import-trial", str(out), "--db", b_db)
    assert r.returncode == 1 and "kommentar" in r.stdout.lower() and "min B" in r.stdout and "deres A" in r.stdout
    r = _cli("import-trial", str(out), "--db", b_db, "--prefer", "theirs")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "1 tilføjet, 2 opdateret, 1 slettet; 1 konflikt(er) løst (0 med min version, 1 med deres)" in lines[0]
    assert "  tilføjet: Indikatoren »Livskvalitet«, målingen 01-01-2015" in lines
    assert "  slettet: Indikatoren »Livskvalitet«, målingen 01-03-2013" in lines
    assert "  opdateret: Indikatoren »Livskvalitet« (enhed, mål)" in lines
    assert any(line.startswith("  konflikt løst med deres version: Indikatoren »Livskvalitet«, målingen 01-04-2013")
               for line in lines)
    b = Workspace.open(b_db, daily_backup=False)
    try:
        [merge] = [e for e in b.change_log(trial_id=pair.tid) if e.action == "merge"]
        actions = sorted((c["action"], c["entity"]) for c in merge.after["changes"])
        assert actions == [("added", "measurement"), ("deleted", "measurement"), ("updated", "indicator"),
                           ("updated", "measurement")]
        assert merge.after["conflicts"][0]["choice"] == "theirs"
    finally:
        b.close()


def test_change_log_viewer_summarises_the_merge(pair):
    from effektmaaling.io.change_log import change_rows

    pair.a.update_indicator(pair.ind.id, unit="point")
    pair.a.delete_measurements([pair.ms[0].id])
    pair.send("a", "b")
    [merge] = [e for e in pair.b.change_log(trial_id=pair.tid) if e.action == "merge"]
    [row] = change_rows([merge], {}, "da")
    assert row.action == "Flettet"
    assert row.changes.startswith("0 tilføjet, 1 opdateret, 1 slettet; opdateret: Indikatoren »Livskvalitet« (enhed); "
                                  "slettet: Indikatoren »Livskvalitet«, målingen 01-03-2013")


def test_version_1_file_still_imports_and_merges(pair):
    path = pair.export("a")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"] = 1
    doc["trial"].pop("deleted")

    def strip(rec):
        rec.pop("events", None)
        rec.pop("writers", None)
        rec["ancestors"] = []
        for key in ("indicators", "measurements", "milestones", "assessments"):
            for child in rec.get(key, []):
                strip(child)

    strip(doc["trial"])
    doc["trial"]["indicators"][0]["measurements"][0]["value"] = 50.0  # edited by hand: the stated hash is stale
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = pair.load("b", path)
    assert plan.updated == {"measurement": 1} and not plan.conflicts
    assert pair.value("b", pair.ms[0].id) == 50.0
    c = Workspace.open(pair.tmp / "c.db", daily_backup=False)
    try:
        plan = import_trial(c, read_exchange_file(path))
        assert plan.new_trial and plan.inserted["measurement"] == 4
    finally:
        c.close()
