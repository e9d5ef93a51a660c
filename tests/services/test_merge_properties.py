"""Property-based test of the exchange (issue #18): random edit scripts on two and three replicas of a trial,
exchanged through real files in random order and directions, conflicts resolved as a person would.

An independent model tracks every edit and what each replica has seen (an edit is known to a replica once a
file carrying it arrived, directly or through others). Checked: after the exchanges settle all replicas hold
the same trial; an edit nobody else overrode concurrently survives (a deletion likewise); a conflict is
reported only for a field changed differently on both sides, or for an edit against a deletion, and never
twice on one side for the same edits; importing the same file again changes nothing; an older file after a
newer one changes nothing; ``check`` passes on every database.

``MERGE_EXAMPLES`` sets the number of examples (default 8 per replica count, about 20-30 s on an idle machine; e.g. 300 for a thorough run).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from effektmaaling.services import Workspace
from effektmaaling.services.exchange import MergeConflicts, export_trial, import_trial, read_exchange_file
from effektmaaling.services.maintenance import check_database

EXAMPLES = int(os.environ.get("MERGE_EXAMPLES", "8"))
DATES = [dt.date(2014, m, 1) for m in range(1, 8)]
VALUES = [1.0, 2.5, 7.63, 20.0, 30.0]
TEXTS = ["a", "b", "c"]
LINES = ["service", "productivity", "political"]


def state(ws: Workspace, tid) -> dict:
    """What a user sees of the trial, without timestamps and display order."""
    b = ws.bundle(tid)
    skip = {"created_at", "updated_at", "display_order", "row_version"}  # row_version: each database counts its own edits

    def rec(o):
        return {k: (v.value if hasattr(v, "value") and not isinstance(v, float) else v)
                for k, v in vars(o).items() if not k.startswith("_") and k not in skip}

    out = {b.trial.id: rec(b.trial)}
    for i in b.indicators:
        out[i.id] = rec(i)
    for ms in b.measurements.values():
        for m in ms:
            out[m.id] = rec(m)
    for m in b.milestones:
        out[m.id] = rec(m)
    for a in b.assessments:
        out[a.id] = rec(a)
    return out


class Model:
    """Edits and knowledge: ``known[r]`` is the set of edit ids replica r has seen."""

    def __init__(self, n: int) -> None:
        self.known: list[set[int]] = [set() for _ in range(n)]
        self.edits: dict[int, tuple[object, str | None, object, frozenset[int]]] = {}  # id -> (record, field, value, seen)
        self.ids = itertools.count()
        self.collision_prone: set[object] = set()
        self.slots: dict[tuple, set] = {}
        self.parent: dict[object, object] = {}  # measurement -> indicator

    def edit(self, r: int, record, field: str | None, value) -> None:
        e = next(self.ids)
        self.edits[e] = (record, field, value, frozenset(self.known[r]))
        self.known[r].add(e)

    def slot(self, key: tuple, record) -> None:
        """Two different records ever in one slot (indicator and date, bottom line): left to the conflict."""
        ids = self.slots.setdefault(key, set())
        ids.add(record)
        if len(ids) > 1:
            self.collision_prone |= ids

    def receive(self, src: int, dst: int, upto: set[int]) -> None:
        self.known[dst] |= upto

    def frontier(self, record, field: str) -> list[tuple[int, str | None, object]]:
        mine = [(e, f, v, seen) for e, (rec, f, v, seen) in self.edits.items()
                if rec == record and (f == field or f is None)]
        out = []
        for e, f, v, _seen in mine:
            if not any(e in seen2 for e2, _f2, _v2, seen2 in mine if e2 != e):
                out.append((e, f, v))
        return out


def run_script(data, n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        reps = [Workspace.open(tmp / f"r{i}.db", daily_backup=False) for i in range(n)]
        try:
            _run(data, n, reps, tmp)
        finally:
            for ws in reps:
                ws.close()


def _resolve(conflicts) -> dict[str, str]:
    """A person's choice, made alike on every replica for the same two versions (so that concurrent
    resolutions agree): the live version over a deletion, else the larger content."""
    out = {}
    for c in conflicts:
        if c.mine is None:
            out[c.key] = "theirs"
        elif c.theirs is None:
            out[c.key] = "mine"
        else:
            a = json.dumps(c.mine.get(c.field) if c.field else c.mine, sort_keys=True, default=str)
            b = json.dumps(c.theirs.get(c.field) if c.field else c.theirs, sort_keys=True, default=str)
            out[c.key] = "mine" if a >= b else "theirs"
    return out


def _run(data, n: int, reps: list[Workspace], tmp: Path) -> None:
    model = Model(n)
    t = reps[0].create_trial(name="Forsøg P", start_date=dt.date(2013, 1, 1))
    tid = t.id
    model.edit(0, tid, None, "created")
    ind = reps[0].create_indicator(tid, name="I0", bottom_line="service", valid_min=0, valid_max=100)
    model.edit(0, ind.id, None, "created")
    for d in DATES[:3]:
        m = reps[0].add_measurement(ind.id, date=d, value=7.63)
        model.parent[m.id] = ind.id
        model.edit(0, m.id, None, "created")
        model.slot(("m", ind.id, d), m.id)
    files = itertools.count()
    reported: list[dict[str, frozenset]] = [{} for _ in range(n)]
    names = itertools.count(1)

    def exchange(src: int, dst: int, path: Path | None = None) -> None:
        if path is None:
            path = tmp / f"f{next(files)}.json"
            export_trial(reps[src], tid, path)
            carried = set(model.known[src])
        else:
            carried = sent[path]
        incoming = read_exchange_file(path)
        try:
            import_trial(reps[dst], incoming)
        except MergeConflicts as exc:
            plan = exc.plan
            for _ in range(3):
                res = _resolve(plan.unresolved)
                for c in plan.unresolved:
                    check_conflict(c, dst, carried)
                try:
                    resolutions.update(res)
                    import_trial(reps[dst], incoming, resolutions=resolutions)
                    break
                except MergeConflicts as again:
                    plan = again.plan
            else:
                pytest.fail("conflicts did not settle")
            resolutions.clear()
        model.receive(src, dst, carried)
        sent[path] = carried

    resolutions: dict[str, str] = {}
    sent: dict[Path, set[int]] = {}
    restored: set[object] = set()

    def check_conflict(c, dst: int, carried: set[int]) -> None:
        sig_known = frozenset(model.known[dst] | carried)
        rid = uuid.UUID(c.key.split(":")[1]) if c.reason != "same-date" else None
        if model.parent.get(rid) in restored:
            return  # deleted with its indicator, which came back (a conflict's resolution): not in the model
        if c.reason in ("deleted-here", "deleted-there") and c.entity == "indicator":
            restored.add(rid)
        if c.reason == "both-changed":
            edits = [e for e, (rec, f, _v, _s) in model.edits.items() if rec == rid and (f == c.field or f is None)]
            mine = [e for e in edits if e in model.known[dst]]
            theirs = [e for e in edits if e in carried]
            # both sides have an edit of the field the other has not seen
            assert any(e not in carried for e in mine) and any(e not in model.known[dst] for e in theirs), \
                (c.key, c.mine, c.theirs, [model.edits[e] for e in edits], mine, theirs, dst)
            sig = frozenset(e for e in edits if e in sig_known)
        elif c.reason in ("deleted-here", "deleted-there"):
            rid = uuid.UUID(c.key.split(":")[1])
            sig = frozenset(e for e, (rec, *_r) in model.edits.items() if rec == rid and e in sig_known)
        else:
            return
        assert reported[dst].get(c.key) != sig, f"{c.key} reported twice on replica {dst}: {reported}"
        reported[dst][c.key] = sig

    exchange(0, 1)
    for r in range(2, n):
        exchange(0, r)
    steps = data.draw(st.integers(min_value=4, max_value=14), label="steps")
    for _ in range(steps):
        if data.draw(st.integers(0, 3), label="kind") == 0:
            src = data.draw(st.integers(0, n - 1), label="src")
            dst = data.draw(st.sampled_from([r for r in range(n) if r != src]), label="dst")
            exchange(src, dst)
            continue
        r = data.draw(st.integers(0, n - 1), label="replica")
        edit(data, reps[r], r, tid, model, names)
    # a file, then a newer one from the same replica: the older one again changes nothing
    old = tmp / "old.json"
    export_trial(reps[0], tid, old)
    sent[old] = set(model.known[0])
    newest = tmp / "new.json"
    export_trial(reps[0], tid, newest)
    sent[newest] = set(model.known[0])
    # settle: rounds in a ring until nothing changes
    for _round in range(6):
        for i in range(n):
            exchange(i, (i + 1) % n)
        states = [state(ws, tid) for ws in reps]
        if all(s == states[0] for s in states):
            break
    states = [state(ws, tid) for ws in reps]
    assert all(s == states[0] for s in states), "replicas differ after settling"
    final = states[0]
    # the same file twice, and an older file after a newer one, change nothing
    for path in (newest, newest, old):
        exchange(0, 1, path)
        assert state(reps[1], tid) == final
    # no edit that nobody overrode concurrently is lost
    conflicted = {uuid.UUID(k.split(":")[1]) for rep in reported for k in rep}
    for _e, (rid, f, _v, _s) in model.edits.items():
        if rid in model.collision_prone or rid in conflicted or model.parent.get(rid) in conflicted:
            continue
        fields = [f] if f not in (None, "deleted") else []
        for field in fields:
            front = model.frontier(rid, field)
            values = {json.dumps(v, default=str) for _e, _f, v in front}
            if any(ff is None for _e, ff, _v in front) or len(values) != 1:
                continue
            [value] = [v for _e, _f, v in front][:1]
            assert rid in final, f"{rid} lost ({field} = {value})"
            assert final[rid][field] == value, f"{rid}.{field}: {final[rid][field]!r} != {value!r}"
    deleted = {rid for rid, f, v, _s in model.edits.values() if f is None and v == "deleted"}
    for rid in deleted - model.collision_prone - conflicted:
        if model.parent.get(rid) in conflicted:
            continue
        front = model.frontier(rid, "")
        if front and all(f is None and v == "deleted" for _e, f, v in front):
            assert rid not in final, f"{rid} came back after its deletion: {final.get(rid)} {reported}"
    for ws in reps:
        assert check_database(ws).ok


def edit(data, ws: Workspace, r: int, tid, model: Model, names) -> None:
    b = ws.bundle(tid)
    live_ms = [m for ms in b.measurements.values() for m in ms]
    op = data.draw(st.sampled_from(["add_m", "edit_m", "edit_m", "move_m", "del_m", "add_i", "edit_i", "del_i",
                                    "add_ms", "edit_ms", "del_ms", "assess", "del_a", "trial"]), label="op")
    if op == "add_m" and b.indicators:
        ind = data.draw(st.sampled_from(b.indicators), label="ind")
        taken = {m.date for m in b.measurements.get(ind.id, [])}
        free = [d for d in DATES if d not in taken]
        if free:
            d = data.draw(st.sampled_from(free), label="date")
            m = ws.add_measurement(ind.id, date=d, value=data.draw(st.sampled_from(VALUES), label="v"))
            model.parent[m.id] = ind.id
            model.edit(r, m.id, None, "created")
            model.slot(("m", ind.id, d), m.id)
    elif op == "edit_m" and live_ms:
        m = data.draw(st.sampled_from(live_ms), label="m")
        field = data.draw(st.sampled_from(["value", "comment", "n"]), label="field")
        value = data.draw(st.sampled_from({"value": VALUES, "comment": TEXTS, "n": [1, 2, 3]}[field]), label="val")
        if getattr(m, field) != value:
            ws.update_measurement(m.id, **{field: value})
            model.edit(r, m.id, field, value)
    elif op == "move_m" and live_ms:
        m = data.draw(st.sampled_from(live_ms), label="m")
        taken = {x.date for x in b.measurements.get(m.indicator_id, [])}
        free = [d for d in DATES if d not in taken]
        if free:
            d = data.draw(st.sampled_from(free), label="date")
            ws.update_measurement(m.id, date=d)
            model.edit(r, m.id, "date", d)
            model.slot(("m", m.indicator_id, d), m.id)
    elif op == "del_m" and live_ms:
        m = data.draw(st.sampled_from(live_ms), label="m")
        ws.delete_measurements([m.id])
        model.edit(r, m.id, None, "deleted")
    elif op == "add_i":
        ind = ws.create_indicator(tid, name=f"I{r}-{next(names)}", bottom_line="service", valid_min=0, valid_max=100)
        model.edit(r, ind.id, None, "created")
    elif op == "edit_i" and b.indicators:
        ind = data.draw(st.sampled_from(b.indicators), label="ind")
        field = data.draw(st.sampled_from(["unit", "target_value", "theme", "name"]), label="field")
        value = f"I{r}-{next(names)}" if field == "name" else \
            data.draw(st.sampled_from(VALUES if field == "target_value" else TEXTS), label="val")
        if getattr(ind, field) != value:
            ws.update_indicator(ind.id, **{field: value})
            model.edit(r, ind.id, field, value)
    elif op == "del_i" and len(b.indicators) > 1:
        ind = data.draw(st.sampled_from(b.indicators), label="ind")
        for m in b.measurements.get(ind.id, []):
            model.edit(r, m.id, None, "deleted")
        ws.delete_indicator(ind.id)
        model.edit(r, ind.id, None, "deleted")
    elif op == "add_ms":
        ms = ws.add_milestone(tid, data.draw(st.sampled_from(DATES), label="date"), "milepæl")
        model.edit(r, ms.id, None, "created")
    elif op == "edit_ms" and b.milestones:
        ms = data.draw(st.sampled_from(b.milestones), label="ms")
        value = data.draw(st.sampled_from(TEXTS), label="val")
        if ms.text != value:
            ws.update_milestone(ms.id, text=value)
            model.edit(r, ms.id, "text", value)
    elif op == "del_ms" and b.milestones:
        ms = data.draw(st.sampled_from(b.milestones), label="ms")
        ws.delete_milestone(ms.id)
        model.edit(r, ms.id, None, "deleted")
    elif op == "assess":
        line = data.draw(st.sampled_from(LINES), label="line")
        verdict = data.draw(st.sampled_from(["plus", "neutral", "minus"]), label="verdict")
        before = next((a for a in b.assessments if a.bottom_line.value == line), None)
        ws.set_assessment(tid, line, verdict, justification=data.draw(st.sampled_from(TEXTS), label="just"))
        after = next(a for a in ws.assessments(tid) if a.bottom_line.value == line)
        if before is None:
            model.edit(r, after.id, None, "created")
            model.slot(("a", line), after.id)
        else:
            for f in ("verdict", "justification"):
                if getattr(before, f) != getattr(after, f):
                    value = getattr(after, f)
                    model.edit(r, after.id, f, value.value if hasattr(value, "value") else value)
    elif op == "del_a" and b.assessments:
        a = data.draw(st.sampled_from(b.assessments), label="a")
        ws.delete_assessment(tid, a.bottom_line)
        model.edit(r, a.id, None, "deleted")
    elif op == "trial":
        field = data.draw(st.sampled_from(["purpose", "unit", "contact_person"]), label="field")
        value = data.draw(st.sampled_from(TEXTS), label="val")
        if getattr(b.trial, field) != value:
            ws.update_trial(tid, **{field: value})
            model.edit(r, tid, field, value)


@pytest.mark.parametrize("replicas", [2, 3])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edit_scripts_settle_without_losing_edits(replicas, data):
    run_script(data, replicas)
