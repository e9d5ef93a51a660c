"""The three-way merge of two replicas of a trial, per field, as a pure function (no database, no files).

Every record (trial, indicator, measurement, milestone, assessment) is a :class:`Version`: its content
fields, and its *history*: the ids of every edit event it has seen (``events``) and, per field, the event
that wrote the field's current value (``writers``). A deleted record is a tombstone: no content, the
deletion's event, time and author, and the history it had. Event ids are random (or derived from
content for records that predate histories), never reused, so a value that goes back to an earlier
value is a new edit, not the old version.

For one field, with ``wm``/``wt`` the writers of mine/theirs:

- same writer, or the same value: nothing to merge;
- theirs has seen ``wm`` and I have not seen ``wt``: only they changed it since we agreed: take theirs;
- I have seen ``wt`` and they have not seen ``wm``: only I changed it: keep mine;
- otherwise both changed it differently: a conflict on that field alone.

The common ancestor of the two values is thus the newest version both histories contain; it works
between any number of replicas exchanging in any order (a laptop, central staff, a server), because a
history says what was seen, not from whom. Deletions are versions too: a tombstone wins over a live
record whose every writer it has seen; a live record that has seen the deletion event was restored
after the deletion and wins; otherwise edit-vs-delete is a conflict, on whichever side merges first.
Deleting an indicator deletes its measurements with the same event, and a conflict about the indicator
decides for them too. After the records are merged, two live measurements of one indicator on the same
date (or two assessments of one bottom line) are one conflict on that date; equal contents are no
conflict (the smaller id is kept, on both sides alike).

A conflict's resolution keeps both histories, so the chosen version supersedes the other one on every
replica that receives it: a conflict is resolved once.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

Choice = Literal["mine", "theirs"]
Reason = Literal["both-changed", "deleted-here", "deleted-there", "same-date", "same-bottom-line"]
CHILD_ENTITY = {"indicator": "measurement"}


@dataclass(frozen=True, slots=True)
class Deletion:
    at: str  # ISO 8601, UTC
    by: str
    event: str


_NO_WRITERS: Mapping[str, str] = MappingProxyType({})


class Version(NamedTuple):
    """One replica's state of one record. ``values`` is None for a tombstone. (A named tuple: as
    immutable as a frozen dataclass and made several times faster; a merge makes one per record.)"""

    entity: str
    id: uuid.UUID
    parent: uuid.UUID | None
    values: Mapping[str, Any] | None
    events: frozenset[str]
    writers: Mapping[str, str] = _NO_WRITERS
    deleted: Deletion | None = None

    @property
    def live(self) -> bool:
        return self.values is not None

    def tombstone(self, deletion: Deletion, events: Iterable[str] = ()) -> Version:
        return self._replace(values=None, writers={}, deleted=deletion,
                             events=self.events | set(events) | {deletion.event})


Replica = dict[uuid.UUID, Version]


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """``key`` identifies the conflict for a resolution: ``entity:id:field``, ``entity:id`` for edit-vs-delete,
    ``same-date:indicator:date`` / ``same-bottom-line:trial:line`` for two records on one date or line."""

    key: str
    reason: Reason
    entity: str
    id: uuid.UUID
    field: str | None
    mine: Version | None
    theirs: Version | None
    choice: Choice | None = None


@dataclass
class TrialMerge:
    merged: Replica
    conflicts: list[MergeConflict]
    duplicates: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # equal records on one date: loser -> kept

    @property
    def unresolved(self) -> list[MergeConflict]:
        return [c for c in self.conflicts if c.choice is None]


Chooser = Callable[[MergeConflict], Choice | None]


def derived_event(*parts: object) -> str:
    """An event id that every replica derives alike from the same facts (a deterministic decision)."""
    return "d" + hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:23]


class _Merger:
    def __init__(self, fields_of: Mapping[str, tuple[str, ...]], choose: Chooser, deletion: Deletion) -> None:
        self.fields_of = fields_of
        self.choose = choose
        self.deletion = deletion  # time and author of deletions this merge decides
        self.conflicts: list[MergeConflict] = []
        self.duplicates: dict[uuid.UUID, uuid.UUID] = {}

    def conflict(self, c: MergeConflict) -> Choice | None:
        choice = self.choose(c)
        self.conflicts.append(replace(c, choice=choice))
        return choice

    # --- one record ------------------------------------------------------------------------------

    def record(self, m: Version | None, t: Version | None) -> Version:
        if m is None or t is None:
            got = m if t is None else t
            assert got is not None
            return got
        if m is t:  # one version object for both sides: unchanged on both
            return m
        if m.events == t.events and m.values == t.values and m.writers == t.writers and m.deleted == t.deleted:
            return m  # the usual case: nothing changed since both last agreed
        if m.live and t.live:
            return self.both_live(m, t)
        if not m.live and not t.live:
            assert m.deleted and t.deleted
            first = min((m.deleted, t.deleted), key=lambda d: (d.at, d.event))
            return m._replace(deleted=first, events=m.events | t.events)
        tomb, live = (m, t) if not m.live else (t, m)
        verdict = self.tomb_vs_live(tomb, live)
        if verdict == "conflict":
            choice = self.conflict(MergeConflict(f"{m.entity}:{m.id}", "deleted-here" if tomb is m else
                                                 "deleted-there", m.entity, m.id, None, m, t))
            verdict = "mine" if choice in (None, "mine") else "theirs"
            return self._side(m if verdict == "mine" else t, m, t)
        return self._side(tomb if verdict == "tomb" else live, m, t)

    @staticmethod
    def _side(chosen: Version, m: Version, t: Version) -> Version:
        return chosen._replace(events=m.events | t.events)

    @staticmethod
    def tomb_vs_live(tomb: Version, live: Version) -> Literal["tomb", "live", "conflict"]:
        assert tomb.deleted is not None
        if tomb.deleted.event in live.events:
            return "live"  # restored after the deletion was seen
        if all(w in tomb.events for w in live.writers.values()):
            return "tomb"  # the deletion has seen every edit of the live version
        return "conflict"

    def both_live(self, m: Version, t: Version) -> Version:
        assert m.values is not None and t.values is not None
        values, writers = dict(m.values), dict(m.writers)
        for f in self.fields_of[m.entity]:
            vm, vt = m.values.get(f), t.values.get(f)
            wm, wt = m.writers.get(f, ""), t.writers.get(f, "")
            if wm == wt and vm == vt:
                continue
            m_saw_t, t_saw_m = wt in m.events, wm in t.events
            if vm == vt:
                if t_saw_m and not m_saw_t:
                    writers[f] = wt
                elif not (m_saw_t and not t_saw_m):
                    writers[f] = min(wm, wt)
                continue
            if t_saw_m and not m_saw_t:
                take_theirs = True
            elif m_saw_t and not t_saw_m:
                take_theirs = False
            else:
                choice = self.conflict(MergeConflict(f"{m.entity}:{m.id}:{f}", "both-changed", m.entity, m.id, f,
                                                     m, t))
                take_theirs = choice == "theirs"
            if take_theirs:
                values[f], writers[f] = vt, wt
        return m._replace(values=values, writers=writers, events=m.events | t.events)

    # --- a trial ---------------------------------------------------------------------------------

    def trial(self, mine: Replica, theirs: Replica) -> Replica:
        out: Replica = {}
        ids = _ordered_ids(mine, theirs)
        pairs = [(rid, mine.get(rid), theirs.get(rid)) for rid in ids]
        # indicators alive on one side and deleted on the other: decided together with their measurements
        contested = {rid for rid, m, t in pairs if m is not None and t is not None and m.entity == "indicator"
                     and m.live != t.live}
        children: dict[uuid.UUID, dict[uuid.UUID, None]] = {}
        if contested:
            for side in (mine, theirs):
                for v in side.values():
                    if v.entity == "measurement" and v.parent in contested:
                        children.setdefault(v.parent, {})[v.id] = None
        measurements = []
        for rid, m, t in pairs:
            entity = (m or t).entity  # type: ignore[union-attr]
            if entity == "measurement":
                measurements.append((rid, m, t))
            elif rid in contested:
                assert m is not None and t is not None
                self.indicator_vs_deletion(m, t, [(mine.get(c), theirs.get(c)) for c in children.get(rid, {})], out)
            else:
                out[rid] = self.record(m, t)
        for rid, m, t in measurements:
            if rid in out:  # decided with its indicator
                continue
            merged = self.record(m, t)
            parent = out.get(merged.parent) if merged.parent is not None else None
            if merged.live and parent is not None and not parent.live:
                assert parent.deleted is not None
                merged = merged.tombstone(parent.deleted)
            out[rid] = merged
        self.unique(out, mine)
        return out

    def indicator_vs_deletion(self, m: Version, t: Version, kids: list[tuple[Version | None, Version | None]],
                              out: Replica) -> None:
        """An indicator deleted on one side and alive on the other: one decision for it and its measurements."""
        tomb, live = (m, t) if not m.live else (t, m)
        assert tomb.deleted is not None
        verdict = self.tomb_vs_live(tomb, live)
        if verdict == "tomb":
            probe = _Merger(self.fields_of, lambda c: None, self.deletion)
            for km, kt in kids:
                kid = probe.record(km, kt)
                if kid.live or probe.conflicts:
                    verdict = "conflict"  # they added or changed measurements of it
                    break
        if verdict == "conflict":
            choice = self.conflict(MergeConflict(f"indicator:{m.id}", "deleted-here" if tomb is m else "deleted-there",
                                                 "indicator", m.id, None, m, t))
            keep = m if choice in (None, "mine") else t
            verdict = "tomb" if keep is tomb else "live"
        d = tomb.deleted
        if verdict == "tomb":
            out[m.id] = self._side(tomb, m, t)
            for km, kt in kids:
                kid = km or kt
                assert kid is not None
                events = (km.events if km else frozenset()) | (kt.events if kt else frozenset())
                gone = next((k for k in (km, kt) if k is not None and not k.live), None)
                out[kid.id] = gone._replace(events=events) if gone is not None else \
                    kid._replace(events=events).tombstone(d)
            return
        out[m.id] = live._replace(events=m.events | t.events)
        for km, kt in kids:
            kid = km or kt
            assert kid is not None
            cascaded = [k for k in (km, kt) if k is not None and not k.live and k.deleted and k.deleted.event == d.event]
            alive = [k for k in (km, kt) if k is not None and k.live]
            if cascaded and alive:  # deleted only with the indicator: comes back with it
                events = (km.events if km else frozenset()) | (kt.events if kt else frozenset())
                out[kid.id] = alive[0]._replace(events=events)
            else:
                out[kid.id] = self.record(km, kt)

    def unique(self, out: Replica, mine: Replica) -> None:
        """Two live records on one indicator and date (or one bottom line): one conflict, the loser deleted."""
        keys = {"measurement": ("date", "same-date"), "assessment": ("bottom_line", "same-bottom-line")}
        groups: dict[tuple[str, object, object], list[Version]] = {}
        for v in out.values():
            if v.live and v.entity in keys:
                assert v.values is not None
                groups.setdefault((v.entity, v.parent, v.values[keys[v.entity][0]]), []).append(v)
        crowded = [(key, group) for key, group in groups.items() if len(group) > 1]
        for (entity, parent, value), group in sorted(crowded, key=lambda g: str(g[0])):
            group.sort(key=lambda v: str(v.id))

            def is_mine(v: Version, value: object = value, entity: str = entity) -> bool:
                own = mine.get(v.id)
                return own is not None and own.live and own.values is not None and \
                    own.values[keys[entity][0]] == value

            ours = [v for v in group if is_mine(v)]
            others = [v for v in group if not is_mine(v)]
            x = ours[0] if ours else group[0]
            y = others[0] if others and others[0] is not x else next(v for v in group if v is not x)
            fields = self.fields_of[entity]
            key = f"{keys[entity][1]}:{parent}:{value}"
            if all(x.values.get(f) == y.values.get(f) for f in fields):  # type: ignore[union-attr]
                loser = max((x, y), key=lambda v: str(v.id))
                self.duplicates[loser.id] = min((x, y), key=lambda v: str(v.id)).id
            else:
                reason: Reason = keys[entity][1]  # type: ignore[assignment]
                choice = self.conflict(MergeConflict(key, reason, entity, x.id, keys[entity][0], x, y))
                if choice is None:
                    continue
                loser = y if choice == "mine" else x
            winner = x if loser is y else y
            d = Deletion(self.deletion.at, self.deletion.by, derived_event(key, winner.id, loser.id))
            out[loser.id] = loser.tombstone(d)


def _ordered_ids(mine: Replica, theirs: Replica) -> list[uuid.UUID]:
    seen = dict.fromkeys(mine)
    seen.update(dict.fromkeys(theirs))
    return list(seen)


def merge_trial(mine: Replica, theirs: Replica, fields_of: Mapping[str, tuple[str, ...]], choose: Chooser,
                deletion: Deletion) -> TrialMerge:
    """Merge two replicas of one trial. ``choose`` answers each conflict with "mine", "theirs" or None
    (unresolved: the merged replica then holds mine for it). ``deletion`` gives time and author to the
    deletions the merge itself decides (the loser of a same-date conflict)."""
    merger = _Merger(fields_of, choose, deletion)
    merged = merger.trial(mine, theirs)
    return TrialMerge(merged, merger.conflicts, merger.duplicates)


__all__ = ["Choice", "Deletion", "MergeConflict", "Replica", "TrialMerge", "Version", "derived_event", "merge_trial"]
