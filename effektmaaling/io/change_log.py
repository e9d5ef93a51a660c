"""The change log as a table people can read (for the viewer and for CSV): when (local time), who,
what was done to which record, and each changed field's value before and after."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.entities import ChangeLogEntry
from ..domain.enums import BottomLine
from ..domain.i18n import Text, current_language
from ..domain.labels import label
from ..domain.validation import field_label
from .export import Column, CsvVariant, Sheet, write_csv

ACTIONS = {
    "insert": Text("Oprettet", "Created"), "update": Text("Ændret", "Changed"), "delete": Text("Slettet", "Deleted"),
    "import": Text("Importeret", "Imported"), "merge": Text("Flettet", "Merged"), "restore": Text("Gendannet", "Restored"),
}
ENTITIES = {
    "trial": Text("Forsøg", "Trial"), "indicator": Text("Indikator", "Indicator"),
    "measurement": Text("Måling", "Measurement"), "milestone": Text("Milepæl", "Milestone"),
    "assessment": Text("Vurdering", "Assessment"),
}
_HIDDEN = {"id", "created_at", "updated_at", "trial_id", "indicator_id"}


@dataclass(frozen=True)
class ChangeRow:
    at: dt.datetime  # local time
    user: str
    action: str
    entity: str
    trial: str
    record: str
    changes: str
    entity_id: str


def local_time(utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as the computer's local time, naive."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _value(v: object) -> str:
    if v is None or v == "":
        return "–"
    if isinstance(v, float):
        return f"{v:g}".replace(".", ",") if current_language() == "da" else f"{v:g}"
    return str(v)


def _record_name(entry: ChangeLogEntry, names: Mapping[str, str], lang: str, known: Mapping[str, dict]) -> str:
    data = {**known.get(entry.entity_id, {}), **(entry.before or {}), **(entry.after or {})}
    if entry.entity == "measurement" and "indicator_id" not in data and entry.entity_id in names:
        return names[entry.entity_id]
    if entry.entity in ("trial", "indicator"):
        return str(data.get("name") or names.get(entry.entity_id, ""))
    if entry.entity == "measurement":
        owner = names.get(str(data.get("indicator_id", "")), "")
        date = data.get("date", "")
        if date and lang == "da":
            with contextlib.suppress(ValueError):
                date = dt.date.fromisoformat(date).strftime("%d-%m-%Y")
        return f"{owner} / {date}" if owner else str(date)
    if entry.entity == "milestone":
        return str(data.get("text", ""))
    if entry.entity == "assessment":
        try:
            return label(BottomLine(data.get("bottom_line")), lang)
        except ValueError:
            return str(data.get("bottom_line", ""))
    return str(data.get("name", "")) or entry.entity_id


def _changes(entry: ChangeLogEntry, lang: str) -> str:
    if entry.action == "update" and entry.before is not None and entry.after is not None:
        keys = [k for k in entry.after if k not in _HIDDEN]
        return "; ".join(f"{field_label(k, lang)}: {_value(entry.before.get(k))} → {_value(entry.after.get(k))}"
                         for k in keys)
    if entry.action in ("import", "merge") and entry.after:
        return _merge_summary(entry.after, lang)
    return ""


def _merge_summary(after: dict, lang: str) -> str:
    """An import's entry: the counts, each change (up to 20) and each conflict with its choice."""
    da = lang == "da"

    def total(key: str) -> int:
        value = after.get(key)
        return sum(value.values()) if isinstance(value, dict) else 0

    parts = [(f"{total('inserted')} tilføjet, {total('updated')} opdateret, {total('deleted')} slettet" if da else
              f"{total('inserted')} added, {total('updated')} updated, {total('deleted')} deleted")]
    changes = after.get("changes") if isinstance(after.get("changes"), list) else []
    words = {"added": ("tilføjet", "added"), "updated": ("opdateret", "updated"), "deleted": ("slettet", "deleted")}
    for item in changes[:20]:
        if isinstance(item, dict):
            word = words.get(str(item.get("action")), (str(item.get("action")),) * 2)[0 if da else 1]
            fields = item.get("fields") or []
            shown = f" ({', '.join(field_label(str(f), lang).lower() for f in fields)})" if fields else ""
            parts.append(f"{word}: {item.get('what', '')}{shown}")
    if len(changes) > 20:
        parts.append(f"… {len(changes) - 20} flere" if da else f"… {len(changes) - 20} more")
    for c in after.get("conflicts") or []:
        if isinstance(c, dict):
            choice = c.get("choice")
            chosen = ("min version" if choice == "mine" else "deres version") if da else \
                ("my version" if choice == "mine" else "their version")
            parts.append((f"konflikt ({chosen}): " if da else f"conflict ({chosen}): ") + str(c.get("what", c.get("key"))))
    return "; ".join(parts)


def change_rows(entries: Iterable[ChangeLogEntry], names: Mapping[str, str], lang: str | None = None
                ) -> list[ChangeRow]:
    """``names``: trial and indicator ids (as text) to their names, for records that refer to them (and
    measurement ids to a label, for updates whose entry holds only the changed fields)."""
    lang = lang or current_language()
    entries = list(entries)
    known: dict[str, dict] = {}
    for e in entries:  # an update holds only the changed fields: the record's insert or delete names it
        if e.action in ("insert", "delete"):
            known.setdefault(e.entity_id, dict(e.after or e.before or {}))
    out = []
    for e in entries:
        out.append(ChangeRow(
            at=local_time(e.at), user=e.user,
            action=ACTIONS[e.action].get(lang) if e.action in ACTIONS else e.action,
            entity=ENTITIES[e.entity].get(lang) if e.entity in ENTITIES else e.entity,
            trial=names.get(e.trial_id or "", ""), record=_record_name(e, names, lang, known),
            changes=_changes(e, lang), entity_id=e.entity_id))
    return out


HEADERS = [Text("Tidspunkt", "Time"), Text("Bruger", "User"), Text("Handling", "Action"), Text("Type", "Type"),
           Text("Forsøg", "Trial"), Text("Post", "Record"), Text("Ændringer", "Changes"), Text("Id", "Id")]


def write_change_log_csv(path: str | Path, rows: Iterable[ChangeRow], lang: str | None = None,
                         variant: CsvVariant | None = None) -> Path:
    """CSV (Danish variant by default in Danish: ``;``, UTF-8 with BOM); cells that look like a formula
    (``=``, ``+``, ``-``, ``@``) are neutralised."""
    lang = lang or current_language()
    kinds = ["datetime", "text", "text", "text", "text", "text", "text", "text"]
    sheet = Sheet(Text("Ændringslog", "Change log").get(lang),
                  [Column(h.get(lang), k) for h, k in zip(HEADERS, kinds, strict=True)],  # type: ignore[arg-type]
                  [[r.at, r.user, r.action, r.entity, r.trial, r.record, r.changes, r.entity_id] for r in rows])
    return write_csv(path, sheet, variant or ("da" if lang == "da" else "intl"))
