"""The change log for people: who changed what and when, filtered, described, and exported to CSV."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain.entities import ChangeLogEntry
from ..domain.formatting import format_date, format_number
from ..domain.i18n import Text, current_language
from ..domain.validation import field_label
from ..io.export import Column, CsvVariant, Sheet, write_csv
from .workspace import Workspace

ACTIONS = {"insert": Text("oprettet", "created"), "update": Text("ændret", "changed"),
           "delete": Text("slettet", "deleted"), "import": Text("importeret", "imported"),
           "merge": Text("flettet", "merged")}
ENTITIES = {"trial": Text("forsøg", "trial"), "indicator": Text("indikator", "indicator"),
            "measurement": Text("måling", "measurement"), "milestone": Text("milepæl", "milestone"),
            "assessment": Text("vurdering", "assessment")}


@dataclass(frozen=True)
class LogRow:
    at: dt.datetime  # local time
    user: str
    action: str
    entity: str
    trial: str
    what: str


def _local(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().replace(tzinfo=None)


def _show(value: object, lang: str) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return ("ja" if value else "nej") if lang == "da" else ("yes" if value else "no")
    if isinstance(value, int | float):
        dec = 0 if float(value).is_integer() else min(4, len(repr(float(value)).split(".")[-1]))
        return format_number(value, dec, lang)
    text = str(value)
    try:
        return format_date(dt.date.fromisoformat(text), lang) if len(text) == 10 else _short(text)
    except ValueError:
        return _short(text)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(e: ChangeLogEntry, lang: str) -> str:
    if e.action == "update" and e.before is not None and e.after is not None:
        return "; ".join(f"{field_label(k, lang)}: {_show(e.before.get(k), lang)} → {_show(e.after.get(k), lang)}"
                         for k in sorted(e.after))
    data = e.after if e.after is not None else e.before
    if not data:
        return ""
    for key in ("name", "text", "date", "bottom_line"):
        if key in data:
            extra = f" = {_show(data['value'], lang)}" if key == "date" and data.get("value") is not None else ""
            return f"{_show(data[key], lang)}{extra}"
    return _short(", ".join(f"{k}: {v}" for k, v in data.items() if not isinstance(v, dict | list)), 200)


def log_rows(ws: Workspace, *, trial_id: uuid.UUID | None = None, indicator_id: uuid.UUID | None = None,
             since: dt.date | None = None, until: dt.date | None = None, lang: str | None = None) -> list[LogRow]:
    """The log, newest first; ``since``/``until`` are dates inclusive (local time)."""
    lang = lang or current_language()
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()

    def utc(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time()) - offset

    entries = ws.change_log(trial_id=trial_id, indicator_id=indicator_id,
                            since=utc(since) if since else None,
                            until=utc(until + dt.timedelta(days=1)) if until else None)
    names = {str(t.id): t.name for t in ws.trials()}
    return [LogRow(_local(e.at), e.user, ACTIONS.get(e.action, Text(e.action, e.action)).get(lang),
                   ENTITIES.get(e.entity, Text(e.entity, e.entity)).get(lang),
                   names.get(e.trial_id or "", e.trial_id or ""), _describe(e, lang)) for e in entries]


def export_log_csv(rows: list[LogRow], path: str | Path, variant: CsvVariant = "da", lang: str | None = None) -> Path:
    """Write the rows to CSV (formula-like text neutralised, as every export)."""
    lang = lang or current_language()
    titles = [("Tidspunkt", "Time"), ("Bruger", "User"), ("Handling", "Action"), ("Hvad", "What"),
              ("Forsøg", "Trial"), ("Ændring", "Change")]
    kinds = ["datetime", "text", "text", "text", "text", "text"]
    sheet = Sheet("Ændringslog" if lang == "da" else "Change log",
                  [Column(t[0] if lang == "da" else t[1], k) for t, k in zip(titles, kinds, strict=True)],  # type: ignore[arg-type]
                  [[r.at, r.user, r.action, r.entity, r.trial, r.what] for r in rows])
    return write_csv(path, sheet, variant)
