"""The trial exchange file (``effektmaaling-trial``, version 1): one trial, complete, as JSON.

Writing: :func:`trial_document` turns a trial and everything it holds into the document. Reading:
:func:`parse_document` checks the format, the version and every field (with the domain's rules) and
returns :class:`ExchangeTrial`, or raises :class:`ExchangeFileError` saying where the problem is
(``trial.indicators[2].measurements[5].value``). Each record carries a content ``hash`` and the
hashes of its earlier versions (``ancestors``) so that a merge can tell who changed what; see
``docs/exchange-format.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..domain import validation as v
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from ..domain.enums import (
    BottomLine,
    Direction,
    Frequency,
    IndicatorKind,
    MeasureType,
    Stakeholder,
    TrialStatus,
    Verdict,
)
from ..domain.errors import ValidationError
from ..domain.formatting import parse_date
from ..domain.i18n import Text

FORMAT = "effektmaaling-trial"
VERSION = 1

# Content fields of each record, in order: what the hash covers and what a merge compares.
# (kind, required): kinds are str, text, date, number, int, bool or an Enum class.
FieldSpec = tuple[str, object, bool]
TRIAL_FIELDS: tuple[FieldSpec, ...] = (
    ("name", "str", True), ("unit", "str", False), ("purpose", "str", False), ("target_group", "str", False),
    ("theory_of_change", "str", False), ("start_date", "date", True), ("end_date", "date", False),
    ("status", TrialStatus, False), ("contact_person", "str", False), ("is_demo", "bool", False),
    ("archived", "bool", False),
)
INDICATOR_FIELDS: tuple[FieldSpec, ...] = (
    ("name", "str", True), ("description", "str", False), ("kind", IndicatorKind, False),
    ("stakeholder", Stakeholder, False), ("measure_type", MeasureType, False), ("unit", "str", False),
    ("direction", Direction, False), ("decimals", "int", False), ("valid_min", "number", False),
    ("valid_max", "number", False), ("baseline_value", "number", False), ("baseline_end_date", "date", False),
    ("target_value", "number", False), ("target_date", "date", False), ("theme", "str", False),
    ("data_source", "str", False), ("frequency", Frequency, False), ("bottom_line", BottomLine, True),
    ("rate_per", "number", False),
)
MEASUREMENT_FIELDS: tuple[FieldSpec, ...] = (
    ("date", "date", True), ("value", "number", False), ("n", "int", False), ("sd", "number", False),
    ("numerator", "number", False), ("denominator", "number", False), ("comment", "str", False),
)
MILESTONE_FIELDS: tuple[FieldSpec, ...] = (("date", "date", True), ("text", "str", True))
ASSESSMENT_FIELDS: tuple[FieldSpec, ...] = (
    ("bottom_line", BottomLine, True), ("verdict", Verdict, True), ("justification", "str", False),
    ("evidence", "str", False), ("date", "date", False),
)
FIELDS_OF: dict[str, tuple[FieldSpec, ...]] = {
    "trial": TRIAL_FIELDS, "indicator": INDICATOR_FIELDS, "measurement": MEASUREMENT_FIELDS,
    "milestone": MILESTONE_FIELDS, "assessment": ASSESSMENT_FIELDS,
}
CLASS_OF: dict[str, type] = {"trial": Trial, "indicator": Indicator, "measurement": Measurement,
                             "milestone": Milestone, "assessment": Assessment}
TIMESTAMPED = {"trial", "indicator", "measurement"}


class ExchangeFileError(ValidationError):
    """A file that is not a valid trial exchange file; ``location`` says where in it."""


def _json_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def content(entity: str, obj: object) -> dict[str, Any]:
    """The record's content fields as JSON values (numbers normalised: ``80`` and ``80.0`` are equal)."""
    out: dict[str, Any] = {}
    for name, kind, _ in FIELDS_OF[entity]:
        value = getattr(obj, name)
        if value is not None and kind == "number":
            value = float(value)
        elif value is not None and kind == "int":
            value = int(value)
        out[name] = _json_value(value)
    return out


def content_hash(entity: str, obj: object) -> str:
    """SHA-256 of the record's content (not its id, timestamps or order): equal content, equal hash."""
    canonical = json.dumps([entity, content(entity, obj)], ensure_ascii=False, separators=(",", ":"),
                           allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _record(entity: str, obj: Any, history: Mapping[uuid.UUID, set[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(obj.id)}
    out.update(content(entity, obj))
    if entity in TIMESTAMPED:
        out["created_at"] = _json_value(obj.created_at)
        out["updated_at"] = _json_value(obj.updated_at)
    digest = content_hash(entity, obj)
    out["hash"] = digest
    out["ancestors"] = sorted(history.get(obj.id, set()) - {digest})
    return out


def trial_document(trial: Trial, indicators: Iterable[Indicator],
                   measurements: Mapping[uuid.UUID, Iterable[Measurement]], milestones: Iterable[Milestone],
                   assessments: Iterable[Assessment], *, history: Mapping[uuid.UUID, set[str]] | None = None,
                   exported_at: dt.datetime | None = None, program_version: str = "") -> dict[str, Any]:
    """The exchange document of one trial (a JSON-ready dict)."""
    history = history or {}
    doc_trial = _record("trial", trial, history)
    doc_trial["milestones"] = [_record("milestone", ms, history) for ms in milestones]
    doc_trial["assessments"] = [_record("assessment", a, history) for a in assessments]
    doc_trial["indicators"] = []
    for ind in indicators:
        rec = _record("indicator", ind, history)
        rec["measurements"] = [_record("measurement", m, history) for m in measurements.get(ind.id, [])]
        doc_trial["indicators"].append(rec)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if exported_at is not None:
        doc["exported_at"] = _json_value(exported_at)
    if program_version:
        doc["program_version"] = program_version
    doc["trial"] = doc_trial
    return doc


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


# --- reading -------------------------------------------------------------------------------------

@dataclass
class Incoming:
    """One record of the file, checked: the domain object, its content hash and known earlier versions."""

    entity: str
    obj: Any
    hash: str
    ancestors: frozenset[str]
    path: str
    id_given: bool = True
    stated_hash: str | None = None


@dataclass
class ExchangeTrial:
    trial: Incoming
    indicators: list[Incoming] = field(default_factory=list)
    measurements: dict[uuid.UUID, list[Incoming]] = field(default_factory=dict)
    milestones: list[Incoming] = field(default_factory=list)
    assessments: list[Incoming] = field(default_factory=list)

    def records(self) -> Iterable[Incoming]:
        yield self.trial
        yield from self.indicators
        for ms in self.measurements.values():
            yield from ms
        yield from self.milestones
        yield from self.assessments

    @property
    def measurement_count(self) -> int:
        return sum(len(ms) for ms in self.measurements.values())


def _error(path: str, da: str, en: str) -> ExchangeFileError:
    return ExchangeFileError(Text(da, en), location=path)


def parse_document(data: str | bytes) -> ExchangeTrial:
    """Read and check an exchange file's text; raises :class:`ExchangeFileError` saying where."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExchangeFileError(Text(f"Filen er ikke UTF-8-tekst (byte {exc.start}).",
                                         f"The file is not UTF-8 text (byte {exc.start}).")) from None
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        truncated = not data.rstrip().endswith("}")
        hint_da = " Filen ser ud til at være afkortet." if truncated else ""
        hint_en = " The file appears to be truncated." if truncated else ""
        raise ExchangeFileError(
            Text(f"Filen er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}): {exc.msg}.{hint_da}",
                 f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}.{hint_en}"),
            ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise ExchangeFileError(Text(f"Filen er ikke en Effektmåling-forsøgsfil (format »{found}«, ventede »{FORMAT}«).",
                                     f"The file is not an Effektmåling trial file (format '{found}', expected '{FORMAT}')."),
                                location="format")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _error("version", "mangler eller er ikke et helt tal", "is missing or not a whole number")
    if version > VERSION:
        raise ExchangeFileError(
            Text(f"Filen har version {version} af formatet og er lavet af en nyere version af Effektmåling; "
                 f"dette program læser version {VERSION}. Opdatér programmet.",
                 f"The file has version {version} of the format and was written by a newer Effektmåling; "
                 f"this program reads version {VERSION}. Update the program."), location="version")
    if version < 1:
        raise _error("version", f"ukendt version {version}", f"unknown version {version}")
    trial_doc = doc.get("trial")
    if not isinstance(trial_doc, dict):
        raise _error("trial", "mangler eller er ikke et objekt", "is missing or not an object")
    return _parse_trial(trial_doc)


def _parse_trial(doc: dict) -> ExchangeTrial:
    path = "trial"
    trial = _build("trial", doc, path, {})
    _validate(v.validate_trial, trial.obj, path)
    out = ExchangeTrial(trial)
    seen_ids: set[uuid.UUID] = {trial.obj.id}
    names: dict[str, str] = {}
    for i, ind_doc in enumerate(_list(doc, "indicators", path)):
        ipath = f"{path}.indicators[{i}]"
        ind = _build("indicator", ind_doc, ipath, {"trial_id": trial.obj.id, "display_order": i})
        _validate(v.validate_indicator, ind.obj, ipath)
        _unique_id(ind.obj.id, seen_ids, ipath)
        key = ind.obj.name.casefold()
        if key in names:
            raise _error(f"{ipath}.name", f"navnet »{ind.obj.name}« bruges også i {names[key]}",
                         f"the name '{ind.obj.name}' is also used in {names[key]}")
        names[key] = ipath
        out.indicators.append(ind)
        ms_out: list[Incoming] = []
        dates: dict[dt.date, str] = {}
        for j, m_doc in enumerate(_list(ind_doc, "measurements", ipath)):
            mpath = f"{ipath}.measurements[{j}]"
            m = _build("measurement", m_doc, mpath, {"indicator_id": ind.obj.id})
            try:
                v.validate_measurement(ind.obj, m.obj)
            except ValidationError as exc:
                raise _located(exc, mpath) from None
            _unique_id(m.obj.id, seen_ids, mpath)
            if m.obj.date in dates:
                raise _error(f"{mpath}.date", f"datoen {m.obj.date.isoformat()} står også i {dates[m.obj.date]}",
                             f"the date {m.obj.date.isoformat()} also occurs in {dates[m.obj.date]}")
            dates[m.obj.date] = mpath
            ms_out.append(m)
        out.measurements[ind.obj.id] = ms_out
    for i, ms_doc in enumerate(_list(doc, "milestones", path)):
        mpath = f"{path}.milestones[{i}]"
        ms = _build("milestone", ms_doc, mpath, {"trial_id": trial.obj.id})
        _validate(v.validate_milestone, ms.obj, mpath)
        _unique_id(ms.obj.id, seen_ids, mpath)
        out.milestones.append(ms)
    lines: dict[BottomLine, str] = {}
    for i, a_doc in enumerate(_list(doc, "assessments", path)):
        apath = f"{path}.assessments[{i}]"
        a = _build("assessment", a_doc, apath, {"trial_id": trial.obj.id})
        _validate(v.validate_assessment, a.obj, apath)
        _unique_id(a.obj.id, seen_ids, apath)
        if a.obj.bottom_line in lines:
            raise _error(f"{apath}.bottom_line", f"bundlinjen er også vurderet i {lines[a.obj.bottom_line]}",
                         f"the bottom line is also assessed in {lines[a.obj.bottom_line]}")
        lines[a.obj.bottom_line] = apath
        out.assessments.append(a)
    for rec in out.records():
        rec.hash = content_hash(rec.entity, rec.obj)
        # A stated hash that differs from the content: the record was edited by hand after the export,
        # so the stated version is an earlier one.
        found = set(rec.ancestors)
        if rec.stated_hash and rec.stated_hash != rec.hash:
            found.add(rec.stated_hash)
        found.discard(rec.hash)
        rec.ancestors = frozenset(found)
    return out


def _list(doc: dict, key: str, path: str) -> list:
    value = doc.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _error(f"{path}.{key}", "skal være en liste", "must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise _error(f"{path}.{key}[{i}]", "skal være et objekt", "must be an object")
    return value


def _unique_id(id_: uuid.UUID, seen: set[uuid.UUID], path: str) -> None:
    if id_ in seen:
        raise _error(f"{path}.id", f"id'et {id_} bruges to gange i filen", f"the id {id_} is used twice in the file")
    seen.add(id_)


def _located(exc: ValidationError, path: str) -> ExchangeFileError:
    where = f"{path}.{exc.field}" if exc.field else path
    return ExchangeFileError(exc.message, field=exc.field, location=where)


def _validate(check: Any, obj: object, path: str) -> None:
    try:
        check(obj)
    except ValidationError as exc:
        raise _located(exc, path) from None


def _build(entity: str, doc: dict, path: str, extra: dict[str, Any]) -> Incoming:
    values: dict[str, Any] = dict(extra)
    for name, kind, required in FIELDS_OF[entity]:
        fpath = f"{path}.{name}"
        raw = doc.get(name)
        if raw is None:  # missing or null: the field's default (empty text, no value, the usual choice)
            if required:
                raise _error(fpath, "mangler (skal udfyldes)", "is missing (required)")
            continue
        values[name] = _convert(raw, kind, fpath)
    id_given = "id" in doc and doc["id"] is not None
    if id_given:
        values["id"] = _uuid(doc["id"], f"{path}.id")
    if entity in TIMESTAMPED:
        for name in ("created_at", "updated_at"):
            if doc.get(name) is not None:
                values[name] = _datetime(doc[name], f"{path}.{name}")
    obj = CLASS_OF[entity](**values)
    declared = frozenset(a for a in doc.get("ancestors") or () if isinstance(a, str))
    stated = doc.get("hash") if isinstance(doc.get("hash"), str) else None
    return Incoming(entity, obj, "", declared, path, id_given, stated)


def _convert(raw: object, kind: object, path: str) -> object:
    if kind == "str":
        if not isinstance(raw, str):
            raise _error(path, "skal være tekst", "must be text")
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _error(path, "skal være true eller false", "must be true or false")
        return raw
    if kind in ("number", "int"):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise _error(path, f"skal være et tal (ikke {json.dumps(raw, ensure_ascii=False)})",
                         f"must be a number (not {json.dumps(raw, ensure_ascii=False)})")
        if kind == "int":
            if isinstance(raw, float) and not raw.is_integer():
                raise _error(path, "skal være et helt tal", "must be a whole number")
            return int(raw)
        return float(raw)
    if kind == "date":
        if not isinstance(raw, str):
            raise _error(path, "skal være en dato som tekst (ÅÅÅÅ-MM-DD)", "must be a date as text (YYYY-MM-DD)")
        try:
            return parse_date(raw)
        except ValidationError as exc:
            raise ExchangeFileError(exc.message, location=path) from None
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            raise _error(path, f"ukendt værdi »{raw}« (tilladt: {allowed})",
                         f"unknown value '{raw}' (allowed: {allowed})") from None
    raise AssertionError(kind)


def _uuid(raw: object, path: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise _error(path, f"»{raw}« er ikke et gyldigt id (UUID)", f"'{raw}' is not a valid id (UUID)") from None


def _datetime(raw: object, path: str) -> dt.datetime:
    if isinstance(raw, str):
        try:
            value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if value.tzinfo is not None:
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
            return value
    raise _error(path, f"»{raw}« er ikke et tidspunkt (ISO 8601)", f"'{raw}' is not a timestamp (ISO 8601)")
