"""The trial exchange file (``effektmaaling-trial``, version 2; version 1 is still read): one trial, complete,
as JSON, with each record's edit history and the trial's deletions (tombstones).

Version 2 also differs from version 1 in one field: an indicator's ``baseline_end_date`` is the last day of
the baseline (inclusive); version 1 wrote the first day after it, and is read by moving it one day back.

Writing: :func:`trial_document` turns a trial and everything it holds into the document. Reading:
:func:`parse_document` checks the format, the version and every field (with the domain's rules) and
returns :class:`ExchangeTrial`, or raises :class:`ExchangeFileError` saying where the problem is
(``trial.indicators[2].measurements[5].value``). Each record carries a content ``hash``, the edit events
it has seen (``events``) and the event that wrote each field (``writers``), so that a merge can tell who
changed what (:mod:`effektmaaling.domain.merge`); version 1 files carry ``ancestors`` (content hashes of
earlier versions) instead, read as events. See ``docs/exchange-format.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import math
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from ..domain import validation as v
from ..domain.entities import Assessment, Indicator, Measurement, Milestone, Trial
from ..domain.enums import (
    BottomLine,
    CurrentPeriod,
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
from ..domain.merge import Deletion, Version
from ..filesafety import FileRefused, check_input_file

FORMAT = "effektmaaling-trial"
VERSION = 2

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
    ("rate_per", "number", False), ("current_period", CurrentPeriod, False),
)
MEASUREMENT_FIELDS: tuple[FieldSpec, ...] = (
    ("date", "date", True), ("value", "number", False), ("n", "int", False), ("sd", "number", False),
    ("numerator", "number", False), ("denominator", "number", False), ("comment", "str", False),
)
MILESTONE_FIELDS: tuple[FieldSpec, ...] = (("date", "date", True), ("text", "str", True),
                                          ("phase_change", "bool", False))
ASSESSMENT_FIELDS: tuple[FieldSpec, ...] = (
    ("bottom_line", BottomLine, True), ("verdict", Verdict, True), ("justification", "str", False),
    ("evidence", "str", False), ("date", "date", False),
)
# Fields added after version 2 was first written, with the value a file without them means. The hash leaves
# such a field out while it has this value, so the hashes of files and histories written before stay valid.
LATER_FIELDS: dict[str, dict[str, Any]] = {
    "indicator": {"current_period": CurrentPeriod.LAST_12_MONTHS.value},
    "milestone": {"phase_change": False},
}
FIELDS_OF: dict[str, tuple[FieldSpec, ...]] = {
    "trial": TRIAL_FIELDS, "indicator": INDICATOR_FIELDS, "measurement": MEASUREMENT_FIELDS,
    "milestone": MILESTONE_FIELDS, "assessment": ASSESSMENT_FIELDS,
}
DOMAIN_CLASS_OF: dict[str, type] = {"trial": Trial, "indicator": Indicator, "measurement": Measurement,
                                    "milestone": Milestone, "assessment": Assessment}


def _plain(cls: type) -> type:
    """A plain dataclass with the entity's fields: what a file's records are read into. (Instances of the
    mapped entity classes carry the ORM's bookkeeping, several times slower to make; a file's records are
    never added to a session.)"""
    import dataclasses

    specs: list[Any] = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default=f.default)))
        elif f.default_factory is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        else:
            specs.append((f.name, f.type))
    return dataclasses.make_dataclass(f"File{cls.__name__}", specs, eq=False, slots=True)


CLASS_OF: dict[str, type] = {entity: _plain(cls) for entity, cls in DOMAIN_CLASS_OF.items()}
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


def _as_float(value: Any) -> Any:
    return None if value is None else float(value)


def _as_int(value: Any) -> Any:
    return None if value is None else int(value)


def _as_text(value: Any) -> Any:
    return value


def _as_date(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _as_enum(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _converter(kind: object) -> Any:
    if kind == "number":
        return _as_float
    if kind == "int":
        return _as_int
    if kind == "date":
        return _as_date
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _as_enum
    return _as_text


_CONVERTERS = {entity: tuple((name, _converter(kind)) for name, kind, _r in specs) for entity, specs in FIELDS_OF.items()}


def content(entity: str, obj: object) -> dict[str, Any]:
    """The record's content fields as JSON values (numbers normalised: ``80`` and ``80.0`` are equal)."""
    return {name: conv(getattr(obj, name)) for name, conv in _CONVERTERS[entity]}


def with_later_defaults(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Content values with the fields added later filled in where absent (a history stored before them)."""
    out = dict(values)
    for name, default in LATER_FIELDS.get(entity, {}).items():
        if out.get(name) is None:
            out[name] = default
    return out


# One encoder for every record (``json.dumps`` with options makes a new one per call).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def values_hash(entity: str, values: Mapping[str, Any]) -> str:
    """SHA-256 of content values as :func:`content` gives them (a later field at its default left out)."""
    later = LATER_FIELDS.get(entity)
    hashed = {k: val for k, val in values.items() if not (k in later and val in (None, later[k]))} if later \
        else values
    canonical = _CANONICAL.encode([entity, hashed])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def content_hash(entity: str, obj: object) -> str:
    """SHA-256 of the record's content (not its id, timestamps or order): equal content, equal hash."""
    return values_hash(entity, content(entity, obj))


def hash_event(digest: str) -> str:
    """The edit event that stands for a content hash (a version 1 file's versions, a record's first version)."""
    return digest[:32]


def from_content(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Content values (JSON form) back as the domain's values (dates, enumerations)."""
    out: dict[str, Any] = {}
    values = with_later_defaults(entity, values)
    for name, kind, _ in FIELDS_OF[entity]:
        value = values.get(name)
        if value is not None:
            if kind == "date":
                value = dt.date.fromisoformat(value)
            elif isinstance(kind, type) and issubclass(kind, Enum):
                value = kind(value)
        out[name] = value
    return out


def _writers_json(version: Version | None) -> object:
    if version is None or not version.writers:
        return None
    distinct = set(version.writers.values())
    return next(iter(distinct)) if len(distinct) == 1 else dict(version.writers)


def _record(entity: str, obj: Any, meta: Mapping[uuid.UUID, Version]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(obj.id)}
    version = meta.get(obj.id)
    values = version.values if version is not None and version.values is not None else content(entity, obj)
    out.update(values)
    if entity in TIMESTAMPED:
        out["created_at"] = _json_value(obj.created_at)
        out["updated_at"] = _json_value(obj.updated_at)
    out["hash"] = values_hash(entity, values)
    if version is not None:
        out["events"] = sorted(version.events)
        out["writers"] = _writers_json(version)
    return out


def _tombstone(v: Version) -> dict[str, Any]:
    assert v.deleted is not None
    return {"entity": v.entity, "id": str(v.id), "parent": str(v.parent) if v.parent else None,
            "deleted_at": v.deleted.at, "deleted_by": v.deleted.by, "event": v.deleted.event,
            "events": sorted(v.events)}


def trial_document(trial: Trial, indicators: Iterable[Indicator],
                   measurements: Mapping[uuid.UUID, Iterable[Measurement]], milestones: Iterable[Milestone],
                   assessments: Iterable[Assessment], *, meta: Mapping[uuid.UUID, Version] | None = None,
                   exported_at: dt.datetime | None = None, program_version: str = "") -> dict[str, Any]:
    """The exchange document of one trial (a JSON-ready dict). ``meta``: each record's history, and the
    tombstones of deleted records (see :mod:`effektmaaling.domain.merge`)."""
    meta = meta or {}
    doc_trial = _record("trial", trial, meta)
    doc_trial["milestones"] = [_record("milestone", ms, meta) for ms in milestones]
    doc_trial["assessments"] = [_record("assessment", a, meta) for a in assessments]
    doc_trial["indicators"] = []
    for ind in indicators:
        rec = _record("indicator", ind, meta)
        rec["measurements"] = [_record("measurement", m, meta) for m in measurements.get(ind.id, [])]
        doc_trial["indicators"].append(rec)
    doc_trial["deleted"] = [_tombstone(v) for v in sorted((v for v in meta.values() if not v.live),
                                                          key=lambda v: (v.entity, str(v.id)))]
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if exported_at is not None:
        doc["exported_at"] = _json_value(exported_at)
    if program_version:
        doc["program_version"] = program_version
    doc["trial"] = doc_trial
    return doc


_LISTS = ("milestones", "assessments", "indicators", "measurements", "deleted")


def _compact(value: object) -> str:
    return _CANONICAL.encode(value)


def _dump(obj: Mapping[str, Any], depth: int) -> str:
    """An object on one line, its lists of records one record per line (fast, and still readable)."""
    head = _compact({k: v for k, v in obj.items() if k not in _LISTS or not isinstance(v, list)})
    parts = [head[:-1]]
    pad = " " * (depth + 1)
    for key in _LISTS:
        items = obj.get(key)
        if not isinstance(items, list):
            continue
        inner = ",\n".join(pad + _dump(item, depth + 1) if isinstance(item, dict) else pad + _compact(item)
                           for item in items)
        parts.append(f',"{key}":[' + (f"\n{inner}\n{' ' * depth}" if items else "") + "]")
    out = "".join(parts) + "}"
    return "{" + out[2:] if out.startswith("{,") else out  # an object of lists only


def dumps(doc: Mapping[str, Any]) -> str:
    """The document as text: each record on a line of its own."""
    head = _compact({k: v for k, v in doc.items() if k != "trial"})
    return head[:-1] + ',"trial":\n' + _dump(doc["trial"], 0) + "}\n"


# --- reading: hostile-input guards (before any merge logic) ----------------------------------------

MAX_FILE_BYTES = 100 * 1024 ** 2  # an exchange file on disk (about 300,000 measurements)
MAX_DEPTH = 20  # the format nests 5 levels (document, trial, indicators, measurement, ancestors)
MAX_INT_DIGITS = 18  # integers in the file: ids are text, counts and values fit easily
EARLIEST_TIMESTAMP = dt.datetime(1970, 1, 1)
LATEST_TIMESTAMP = dt.datetime(2200, 1, 1)


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of an exchange file: only a regular file (not a pipe or a device such as /dev/zero, not the
    open database) and not larger than :data:`MAX_FILE_BYTES`; read no further than that even if it grows."""
    path = Path(path)
    try:
        check_input_file(path, max_bytes=MAX_FILE_BYTES)
    except FileRefused as exc:
        raise ExchangeFileError(exc.message) from None
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeFileError(Text("Filen er for stor til at være en forsøgsfil.", "The file is too large to be a trial file."))
    return data


def _int_or_refuse(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > MAX_INT_DIGITS:
        raise ExchangeFileError(Text(f"Filen indeholder et heltal med {len(digits)} cifre; så store tal kan ikke bruges.",
                                     f"The file holds an integer of {len(digits)} digits; numbers that large cannot be used."))
    return int(text)


def _float_or_refuse(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ExchangeFileError(Text(f"Filen indeholder tallet {text[:40]}, som er for stort til at blive brugt.",
                                     f"The file holds the number {text[:40]}, which is too large to be used."))
    return value


def _constant_refused(name: str) -> object:
    raise ExchangeFileError(Text(f"Filen indeholder »{name}«, som ikke er et tal, der kan bruges.",
                                 f"The file holds '{name}', which is not a usable number."))


_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _depth_exceeded(text: str) -> bool:
    """More than :data:`MAX_DEPTH` nested arrays/objects (JSON outside strings), all in C, no loop per token:
    the escaped backslashes and quotes removed (a backslash occurs only in strings), what lies between
    quotes dropped (every other part of a split at the quotes is a string), everything but brackets
    removed by a regular expression, then the running depth."""
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")
    outside = "".join(text.split('"')[::2])
    brackets = _NOT_BRACKET.sub("", outside)
    return max(itertools.accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0) > MAX_DEPTH


def load_json(text: str) -> object:
    """``json.loads`` for a file from outside: bounded nesting, no integers of thousands of digits, no
    infinities or NaN. Raises :class:`ExchangeFileError` with one clear sentence."""
    if _depth_exceeded(text):
        raise ExchangeFileError(Text(f"Filen er indlejret dybere end {MAX_DEPTH} niveauer og er ikke en forsøgsfil.",
                                     f"The file is nested deeper than {MAX_DEPTH} levels and is not a trial file."))
    try:
        return json.loads(text, parse_int=_int_or_refuse, parse_float=_float_or_refuse,
                          parse_constant=_constant_refused)
    except RecursionError:
        raise ExchangeFileError(Text("Filen er indlejret for dybt og er ikke en forsøgsfil.",
                                     "The file is nested too deeply and is not a trial file.")) from None


def check_timestamp(value: dt.datetime, path: str) -> dt.datetime:
    if not EARLIEST_TIMESTAMP <= value <= LATEST_TIMESTAMP:
        raise _error(path, f"tidspunktet {value.isoformat()} ligger uden for {EARLIEST_TIMESTAMP.year}-"
                     f"{LATEST_TIMESTAMP.year}", f"the timestamp {value.isoformat()} is outside "
                     f"{EARLIEST_TIMESTAMP.year}-{LATEST_TIMESTAMP.year}")
    return value


# --- reading -------------------------------------------------------------------------------------

@dataclass(slots=True)
class Incoming:
    """One record of the file, checked: the domain object, its content hash and known earlier versions."""

    entity: str
    obj: Any
    hash: str
    ancestors: frozenset[str]
    path: str
    id_given: bool = True
    stated_hash: str | None = None
    events: frozenset[str] = frozenset()
    writers: dict[str, str] = field(default_factory=dict)
    parent: uuid.UUID | None = None

    values: dict[str, Any] = field(default_factory=dict)

    def version(self) -> Version:
        return Version(self.entity, self.obj.id, self.parent, self.values, self.events, self.writers)


@dataclass
class ExchangeTrial:
    trial: Incoming
    indicators: list[Incoming] = field(default_factory=list)
    measurements: dict[uuid.UUID, list[Incoming]] = field(default_factory=dict)
    milestones: list[Incoming] = field(default_factory=list)
    assessments: list[Incoming] = field(default_factory=list)
    tombstones: list[Version] = field(default_factory=list)
    version: int = VERSION

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
        doc = load_json(data)
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
    out = _parse_trial(trial_doc, version)
    out.version = version
    return out


def upgrade_fields(entity: str, doc: dict, version: int) -> dict:
    """A record of an older format version as the current version reads it. The place for a change of a
    field's meaning between versions. Version 1 wrote an indicator's ``baseline_end_date`` as the first day
    after the baseline (exclusive); version 2 writes its last day (inclusive), so a version 1 date is moved
    one day back (before the record's content is compared or hashed). Otherwise version 2 only adds the
    histories and the deletions."""
    if version == 1 and entity == "indicator" and isinstance(doc.get("baseline_end_date"), str):
        try:
            end = dt.date.fromisoformat(doc["baseline_end_date"])
        except ValueError:
            return doc  # reported as a bad date where the field is read
        return {**doc, "baseline_end_date": (end - dt.timedelta(days=1)).isoformat()}
    return doc


def _parse_trial(doc: dict, version: int = VERSION) -> ExchangeTrial:
    path = "trial"
    trial = _build("trial", doc, path, {}, version)
    _validate(v.validate_trial, trial.obj, path)
    out = ExchangeTrial(trial)
    seen_ids: set[uuid.UUID] = {trial.obj.id}
    ind_ids: set[uuid.UUID] = set()
    names: dict[str, str] = {}
    for i, ind_doc in enumerate(_list(doc, "indicators", path)):
        ipath = f"{path}.indicators[{i}]"
        ind = _build("indicator", ind_doc, ipath, {"trial_id": trial.obj.id, "display_order": i}, version)
        _validate(v.validate_indicator, ind.obj, ipath)
        _unique_id(ind.obj.id, seen_ids, ipath)
        ind.parent = trial.obj.id
        ind_ids.add(ind.obj.id)
        key = ind.obj.name.casefold()
        if key in names:
            raise _error(f"{ipath}.name", f"navnet »{ind.obj.name}« bruges også i {names[key]}",
                         f"the name '{ind.obj.name}' is also used in {names[key]}")
        names[key] = ipath
        out.indicators.append(ind)
        ms_out: list[Incoming] = []
        dates: dict[dt.date, str] = {}
        rules = v.MeasurementRules.of(ind.obj)
        stamps: dict[str, dt.datetime] = {}  # timestamps read (an import or a day's entries share them)
        for j, m_doc in enumerate(_list(ind_doc, "measurements", ipath)):
            mpath = f"{ipath}.measurements[{j}]"
            m = _usual_measurement(m_doc, mpath, ind.obj.id, rules, stamps) if version == VERSION else None
            if m is None:  # anything unusual, and every refusal's wording: the general way
                m = _build("measurement", m_doc, mpath, {"indicator_id": ind.obj.id}, version)
                try:
                    v.validate_measurement(ind.obj, m.obj, future_ok=True)  # another machine's dates are kept
                except ValidationError as exc:
                    raise _located(exc, mpath) from None
            _unique_id(m.obj.id, seen_ids, mpath)
            m.parent = ind.obj.id
            if m.obj.date in dates:
                raise _error(f"{mpath}.date", f"datoen {m.obj.date.isoformat()} står også i {dates[m.obj.date]}",
                             f"the date {m.obj.date.isoformat()} also occurs in {dates[m.obj.date]}")
            dates[m.obj.date] = mpath
            ms_out.append(m)
        out.measurements[ind.obj.id] = ms_out
    for i, ms_doc in enumerate(_list(doc, "milestones", path)):
        mpath = f"{path}.milestones[{i}]"
        ms = _build("milestone", ms_doc, mpath, {"trial_id": trial.obj.id}, version)
        _validate(v.validate_milestone, ms.obj, mpath)
        _unique_id(ms.obj.id, seen_ids, mpath)
        ms.parent = trial.obj.id
        out.milestones.append(ms)
    lines: dict[BottomLine, str] = {}
    for i, a_doc in enumerate(_list(doc, "assessments", path)):
        apath = f"{path}.assessments[{i}]"
        a = _build("assessment", a_doc, apath, {"trial_id": trial.obj.id}, version)
        _validate(v.validate_assessment, a.obj, apath)
        _unique_id(a.obj.id, seen_ids, apath)
        a.parent = trial.obj.id
        if a.obj.bottom_line in lines:
            raise _error(f"{apath}.bottom_line", f"bundlinjen er også vurderet i {lines[a.obj.bottom_line]}",
                         f"the bottom line is also assessed in {lines[a.obj.bottom_line]}")
        lines[a.obj.bottom_line] = apath
        out.assessments.append(a)
    for rec in out.records():
        if not rec.values:  # (a usual measurement's were made as it was read)
            rec.values = content(rec.entity, rec.obj)
        rec.hash = values_hash(rec.entity, rec.values)
        # A stated hash that differs from the content: the record was edited by hand after the export,
        # so the stated version is an earlier one.
        if rec.ancestors or (rec.stated_hash and rec.stated_hash != rec.hash):
            found = set(rec.ancestors)
            if rec.stated_hash and rec.stated_hash != rec.hash:
                found.add(rec.stated_hash)
            found.discard(rec.hash)
            rec.ancestors = frozenset(found)
        _history(rec)
    for i, t_doc in enumerate(_list(doc, "deleted", path)):
        out.tombstones.append(_parse_tombstone(t_doc, f"{path}.deleted[{i}]", seen_ids, trial.obj.id, ind_ids))
    return out


def _history(rec: Incoming) -> None:
    """The record's edit events and per-field writers. A version 1 record (no ``events``), or one edited by
    hand after the export: its content is one event named by its hash, after the events it states."""
    names = _NAMES[rec.entity]
    own = hash_event(rec.hash)
    if not rec.events or (rec.stated_hash and rec.stated_hash != rec.hash):
        rec.events = frozenset({*rec.events, *(hash_event(a) for a in rec.ancestors), own})
        rec.writers = dict.fromkeys(names, own)
        return
    # (the writers hold only the record's fields: see _read_history)
    if len(rec.writers) != len(names) or not rec.events.issuperset(rec.writers.values()):
        raise _error(f"{rec.path}.writers", "mangler eller nævner en hændelse, der ikke står i events",
                     "is missing or names an event that is not in events")


def copy_with_new_ids(x: ExchangeTrial, name: str) -> ExchangeTrial:
    """The file's trial as a new trial: every record with a new id, no history, no deletions, renamed."""
    from dataclasses import replace

    new: dict[uuid.UUID, uuid.UUID] = {}

    def nid(old: uuid.UUID) -> uuid.UUID:
        return new.setdefault(old, uuid.uuid4())

    def fresh(rec: Incoming, **changes: Any) -> Incoming:
        obj = replace(rec.obj, id=nid(rec.obj.id), **changes)
        out = Incoming(rec.entity, obj, "", frozenset(), rec.path, rec.id_given)
        out.parent = new.get(rec.parent) if rec.parent is not None else None
        out.values = content(rec.entity, obj)
        out.hash = values_hash(rec.entity, out.values)
        _history(out)
        return out

    trial = fresh(x.trial, name=name)
    tid = trial.obj.id
    out = ExchangeTrial(trial, version=x.version)
    for ind in x.indicators:
        out.indicators.append(fresh(ind, trial_id=tid))
        out.measurements[new[ind.obj.id]] = [fresh(m, indicator_id=new[ind.obj.id]) for m in
                                             x.measurements.get(ind.obj.id, [])]
    out.milestones = [fresh(ms, trial_id=tid) for ms in x.milestones]
    out.assessments = [fresh(a, trial_id=tid) for a in x.assessments]
    return out


def _events(raw: object, path: str) -> frozenset[str]:
    if not isinstance(raw, list) or (raw and (not set(map(type, raw)) <= {str} or min(map(len, raw)) == 0
                                             or max(map(len, raw)) > 64)):
        raise _error(path, "skal være en liste af hændelses-id'er (tekst)", "must be a list of event ids (text)")
    return frozenset(raw)


def _parse_tombstone(doc: dict, path: str, seen: set[uuid.UUID], trial_id: uuid.UUID,
                     ind_ids: set[uuid.UUID]) -> Version:
    entity = doc.get("entity")
    if entity not in ("indicator", "measurement", "milestone", "assessment"):
        raise _error(f"{path}.entity", f"ukendt posttype »{entity}«", f"unknown record type '{entity}'")
    id_ = _uuid(doc.get("id"), f"{path}.id")
    _unique_id(id_, seen, path)
    parent = trial_id
    if entity == "measurement":
        parent = _uuid(doc.get("parent"), f"{path}.parent")
    texts = {}
    for key in ("deleted_at", "deleted_by", "event"):
        value = doc.get(key, "")
        if not isinstance(value, str) or (key == "event" and not value):
            raise _error(f"{path}.{key}", "skal være tekst", "must be text")
        texts[key] = value
    if texts["deleted_at"]:
        _datetime(texts["deleted_at"], f"{path}.deleted_at")
    events = _events(doc.get("events", []), f"{path}.events") | {texts["event"]}
    return Version(entity, id_, parent, None, events, {},
                   Deletion(texts["deleted_at"], texts["deleted_by"], texts["event"]))


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


_NO_ANCESTORS: frozenset[str] = frozenset()
_NAMES: dict[str, tuple[str, ...]] = {e: tuple(n for n, _k, _r in specs) for e, specs in FIELDS_OF.items()}


def _build(entity: str, doc: dict, path: str, extra: dict[str, Any], version: int = VERSION) -> Incoming:
    if version < VERSION:
        doc = upgrade_fields(entity, doc, version)
    values: dict[str, Any] = dict(extra)
    for name, kind, required in FIELDS_OF[entity]:
        raw = doc.get(name)
        if raw is None:  # missing or null: the field's default (empty text, no value, the usual choice)
            if required:
                raise _error(f"{path}.{name}", "mangler (skal udfyldes)", "is missing (required)")
            continue
        values[name] = _convert(raw, kind, path, name)
    id_given = "id" in doc and doc["id"] is not None
    if id_given:
        values["id"] = _uuid(doc["id"], f"{path}.id")
    if entity in TIMESTAMPED:
        for name in ("created_at", "updated_at"):
            if doc.get(name) is not None:
                values[name] = _datetime(doc[name], f"{path}.{name}")
    obj = CLASS_OF[entity](**values)
    raw_ancestors = doc.get("ancestors")  # version 1
    declared = frozenset(a for a in raw_ancestors if isinstance(a, str)) if raw_ancestors else _NO_ANCESTORS
    stated = doc.get("hash") if isinstance(doc.get("hash"), str) else None
    rec = Incoming(entity, obj, "", declared, path, id_given, stated)
    _read_history(rec, doc, path)
    return rec


def _read_history(rec: Incoming, doc: dict, path: str) -> None:
    """The record's ``events`` and ``writers`` as the file states them (checked: :func:`_history`)."""
    if doc.get("events") is not None:
        rec.events = _events(doc["events"], f"{path}.events")
        raw = doc.get("writers")
        names = _NAMES[rec.entity]
        if isinstance(raw, str):
            rec.writers = dict.fromkeys(names, raw)
        elif isinstance(raw, dict) and all(isinstance(k, str) and isinstance(w, str) for k, w in raw.items()):
            rec.writers = {k: w for k, w in raw.items() if k in names}
        else:
            raise _error(f"{path}.writers", "skal være et hændelses-id eller et objekt felt → hændelses-id",
                         "must be an event id or an object field → event id")


def _known_datetime(raw: object, path: str, known: dict[str, dt.datetime]) -> dt.datetime:
    """:func:`_datetime`, each distinct text read once (``known``: those read so far)."""
    if type(raw) is not str:
        return _datetime(raw, path)
    got = known.get(raw)
    if got is None:
        got = known[raw] = _datetime(raw, path)
    return got


_MEASUREMENT = CLASS_OF["measurement"]
_MEASUREMENT_NUMBERS = ("value", "sd", "numerator", "denominator")


def _usual_measurement(doc: dict, path: str, indicator_id: uuid.UUID, rules: v.MeasurementRules,
                       stamps: dict[str, dt.datetime]) -> Incoming | None:
    """A measurement written as an export writes it (an ISO date, plain numbers, text, an id, no
    ``ancestors``), read in one step with its content values; None for anything else, which
    :func:`_build` reads (and words the refusal of). The same rules, the same result, several times
    faster for the tens of thousands of measurements of a large trial."""
    get = doc.get
    raw_date, raw_id, comment, n = get("date"), get("id"), get("comment"), get("n")
    if type(raw_date) is not str or len(raw_date) != 10 or raw_date[4] != "-" or raw_date[7] != "-" or \
            type(raw_id) is not str or get("ancestors") or (comment is not None and type(comment) is not str) or \
            (n is not None and (type(n) is not int or abs(n) > v.MAX_ABS_NUMBER)):
        return None
    numbers = []
    for name in _MEASUREMENT_NUMBERS:
        x = get(name)
        if x is not None:
            if type(x) is int:
                x = float(x)
            elif type(x) is not float:
                return None
            if abs(x) > v.MAX_ABS_NUMBER:
                return None
        numbers.append(x)
    try:
        date = dt.date.fromisoformat(raw_date)
        id_ = uuid.UUID(raw_id)
    except ValueError:
        return None
    value, sd, numerator, denominator = numbers
    if comment is None:
        comment = ""
    created, updated = get("created_at"), get("updated_at")
    obj = _MEASUREMENT(indicator_id=indicator_id, date=date, value=value, n=n, sd=sd, numerator=numerator,
                       denominator=denominator, comment=comment, id=id_,
                       created_at=None if created is None else _known_datetime(created, f"{path}.created_at", stamps),
                       updated_at=None if updated is None else _known_datetime(updated, f"{path}.updated_at", stamps))
    try:  # the rules of every measurement (a proportion's or rate's value derived)
        obj.value, obj.n = v.check_measurement_values(rules, date, value, n, sd, numerator, denominator, comment,
                                                      future_ok=True)  # another machine's dates are kept
    except ValidationError as exc:
        raise _located(exc, path) from None
    stated = get("hash")
    rec = Incoming("measurement", obj, "", _NO_ANCESTORS, path, True, stated if type(stated) is str else None)
    _read_history(rec, doc, path)
    rec.values = {"date": date.isoformat(), "value": obj.value, "n": obj.n, "sd": sd, "numerator": numerator,
                  "denominator": denominator, "comment": comment}
    return rec


def _convert(raw: object, kind: object, path: str, name: str) -> object:
    """A field's value from the file (``path`` and ``name`` say where, in a refusal)."""
    if kind == "str":
        if not isinstance(raw, str):
            raise _error(f"{path}.{name}", "skal være tekst", "must be text")
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise _error(f"{path}.{name}", "skal være true eller false", "must be true or false")
        return raw
    if kind in ("number", "int"):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise _error(f"{path}.{name}", f"skal være et tal (ikke {json.dumps(raw, ensure_ascii=False)})",
                         f"must be a number (not {json.dumps(raw, ensure_ascii=False)})")
        if abs(raw) > v.MAX_ABS_NUMBER:
            raise _error(f"{path}.{name}", "tallet er for stort til at kunne bruges (højst 1.000.000.000.000 i absolut værdi)",
                         "the number is too large to be used (at most 1,000,000,000,000 in absolute value)")
        if kind == "int":
            if isinstance(raw, float) and not raw.is_integer():
                raise _error(f"{path}.{name}", "skal være et helt tal", "must be a whole number")
            return int(raw)
        return float(raw)
    if kind == "date":
        if not isinstance(raw, str):
            raise _error(f"{path}.{name}", "skal være en dato som tekst (ÅÅÅÅ-MM-DD)", "must be a date as text (YYYY-MM-DD)")
        if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":  # the usual ISO date: the fast way
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(raw)
        try:
            return parse_date(raw)
        except ValidationError as exc:
            raise ExchangeFileError(exc.message, location=f"{path}.{name}") from None
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            raise _error(f"{path}.{name}", f"ukendt værdi »{raw}« (tilladt: {allowed})",
                         f"unknown value '{raw}' (allowed: {allowed})") from None
    raise AssertionError(kind)


def _uuid(raw: object, path: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        raise _error(path, f"»{raw}« er ikke et gyldigt id (UUID)", f"'{raw}' is not a valid id (UUID)") from None


def _datetime(raw: object, path: str) -> dt.datetime:
    if isinstance(raw, str):
        if len(raw) == 24 and raw[10] == "T" and raw[-1] == "Z":  # as written (milliseconds, UTC): the fast way
            with contextlib.suppress(ValueError):
                value = dt.datetime.fromisoformat(raw[:-1])
                if value.tzinfo is None:
                    return check_timestamp(value, path)
        try:
            value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            if value.tzinfo is not None:
                if not 1900 <= value.year <= 2200:  # year 1 or 9999 with an offset would leave the calendar
                    value = value.replace(tzinfo=None)
                else:
                    value = value.astimezone(dt.UTC).replace(tzinfo=None)
            return check_timestamp(value, path)
    raise _error(path, f"»{raw}« er ikke et tidspunkt (ISO 8601)", f"'{raw}' is not a timestamp (ISO 8601)")
