"""Tables of the database and their mapping onto the domain dataclasses (SQLAlchemy imperative mapping).

The domain classes stay plain Python; this module is what makes them persistable. Schema changes
go through Alembic revisions in ``migrations/versions``; this module always describes the newest one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import registry

from ..domain.entities import (
    Assessment,
    ChangeLogEntry,
    Indicator,
    Measurement,
    Milestone,
    Trial,
    new_id,
    utcnow,
)
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

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
mapper_registry = registry(metadata=metadata)


def _enum(cls: type, name: str) -> Enum:
    # Stored as the enumeration's value (e.g. "legal-rights"), checked by a CHECK constraint.
    return Enum(
        cls,
        name=name,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        length=20,
        validate_strings=True,
    )


def _uuid() -> Uuid:
    return Uuid(as_uuid=True, native_uuid=False)


def _row_version() -> Column:
    # Raised by every update (SQLAlchemy's version counter): an edit based on an older version is refused.
    return Column("row_version", Integer, nullable=False, server_default=text("1"))


def _timestamps() -> list[Column]:
    return [
        Column("created_at", DateTime, nullable=False, default=utcnow),
        Column("updated_at", DateTime, nullable=False, default=utcnow, onupdate=utcnow),
    ]


trials = Table(
    "trials",
    metadata,
    Column("id", _uuid(), primary_key=True, default=new_id),
    Column("name", String(200), nullable=False, unique=True),
    Column("unit", String(200), nullable=False, default=""),
    Column("purpose", Text, nullable=False, default=""),
    Column("target_group", Text, nullable=False, default=""),
    Column("theory_of_change", Text, nullable=False, default=""),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date),
    Column("status", _enum(TrialStatus, "trial_status"), nullable=False),
    Column("contact_person", String(200), nullable=False, default=""),
    Column("is_demo", Boolean, nullable=False, default=False),
    Column("archived", Boolean, nullable=False, default=False),
    _row_version(),
    *_timestamps(),
    CheckConstraint("end_date IS NULL OR end_date > start_date", name="end_after_start"),
)

indicators = Table(
    "indicators",
    metadata,
    Column("id", _uuid(), primary_key=True, default=new_id),
    Column("trial_id", _uuid(), ForeignKey("trials.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("kind", _enum(IndicatorKind, "indicator_kind"), nullable=False),
    Column("stakeholder", _enum(Stakeholder, "stakeholder"), nullable=False),
    Column("measure_type", _enum(MeasureType, "measure_type"), nullable=False),
    Column("unit", String(200), nullable=False, default=""),
    Column("direction", _enum(Direction, "direction"), nullable=False),
    Column("decimals", Integer, nullable=False, default=1),
    Column("valid_min", Float),
    Column("valid_max", Float),
    Column("baseline_value", Float),
    Column("baseline_end_date", Date),
    Column("target_value", Float),
    Column("target_date", Date),
    Column("data_source", String(200), nullable=False, default=""),
    Column("frequency", _enum(Frequency, "frequency"), nullable=False),
    Column("display_order", Integer, nullable=False, default=0),
    Column("theme", String(200), nullable=False, default=""),
    Column("bottom_line", _enum(BottomLine, "bottom_line"), nullable=False),
    Column("rate_per", Float, nullable=False, default=1.0),
    Column("current_period", _enum(CurrentPeriod, "current_period"), nullable=False,
           default=CurrentPeriod.LAST_12_MONTHS, server_default=CurrentPeriod.LAST_12_MONTHS.value),
    _row_version(),
    *_timestamps(),
    UniqueConstraint("trial_id", "name", name="uq_indicators_trial_name"),
    CheckConstraint("valid_min IS NULL OR valid_max IS NULL OR valid_min < valid_max", name="valid_range"),
    CheckConstraint("rate_per > 0", name="rate_per_positive"),
)

measurements = Table(
    "measurements",
    metadata,
    Column("id", _uuid(), primary_key=True, default=new_id),
    Column("indicator_id", _uuid(), ForeignKey("indicators.id", ondelete="CASCADE"), nullable=False),
    Column("date", Date, nullable=False),
    Column("value", Float, nullable=False),
    Column("n", Integer),
    Column("sd", Float),
    Column("numerator", Float),
    Column("denominator", Float),
    Column("comment", Text, nullable=False, default=""),
    _row_version(),
    *_timestamps(),
    UniqueConstraint("indicator_id", "date", name="uq_measurements_indicator_date"),
    CheckConstraint("denominator IS NULL OR denominator > 0", name="denominator_positive"),
    CheckConstraint("n IS NULL OR n >= 1", name="n_positive"),
    CheckConstraint("sd IS NULL OR sd >= 0", name="sd_nonnegative"),
)

milestones = Table(
    "milestones",
    metadata,
    Column("id", _uuid(), primary_key=True, default=new_id),
    Column("trial_id", _uuid(), ForeignKey("trials.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("date", Date, nullable=False),
    Column("text", String(500), nullable=False),
    Column("phase_change", Boolean, nullable=False, default=False, server_default="0"),
    _row_version(),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", _uuid(), primary_key=True, default=new_id),
    Column("trial_id", _uuid(), ForeignKey("trials.id", ondelete="CASCADE"), nullable=False),
    Column("bottom_line", _enum(BottomLine, "bottom_line"), nullable=False),
    Column("verdict", _enum(Verdict, "verdict"), nullable=False),
    Column("justification", Text, nullable=False, default=""),
    Column("evidence", Text, nullable=False, default=""),
    Column("date", Date),
    _row_version(),
    UniqueConstraint("trial_id", "bottom_line", name="uq_assessments_trial_line"),
)

change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("user", String(200), nullable=False),
    Column("action", String(20), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("trial_id", String(36)),
    Column("before", JSON(none_as_null=True)),
    Column("after", JSON(none_as_null=True)),
    Index("ix_change_log_trial_at", "trial_id", "at"),
)

# The last agreed versions of a trial's records (trial, indicators, measurements, milestones, assessments):
# every content hash a record had when it was exported or imported. A merge uses it to tell "changed on
# one side only" from "changed on both sides" (see docs/exchange-format.md). No foreign key: the history
# outlives a deletion, so that a deleted record is not silently brought back.
sync_state = Table(
    "sync_state",
    metadata,
    Column("entity_id", _uuid(), primary_key=True),
    Column("hash", String(64), primary_key=True),
    Column("entity", String(20), nullable=False),
    Column("trial_id", _uuid(), nullable=False, index=True),
    Column("agreed_at", DateTime, nullable=False),
)

# The exchange histories (Alembic revision 0004): per record of an exchanged trial, its ``state`` as JSON:
# the content it had at the last export or import (``base``: what this database last agreed to; null when
# deleted), every edit event it has seen (``events``), the event that wrote each field (``writers``; one event
# id when that event wrote every field) and, for a deleted record, its tombstone (``deleted``: at, by, event).
# Changes made since are found by comparing the record with ``base``. No foreign key: a tombstone outlives its
# record. See domain/merge.py and docs/exchange-format.md.
sync_records = Table(
    "sync_records",
    metadata,
    Column("entity_id", _uuid(), primary_key=True),
    Column("trial_id", _uuid(), nullable=False, index=True),
    Column("entity", String(20), nullable=False),
    Column("parent_id", _uuid()),
    Column("state", Text, nullable=False),
    Column("synced_at", DateTime, nullable=False),
)

# Where a trial taken along offline came from, and which copies of a trial were taken (Alembic revision
# 0008): per trial and other side (``peer``: the shared database's URL without its password, or the copy's
# login@machine:file), ``kind`` "server" (this is the copy) or "copy" (this is the shared database), and when
# it was taken and last synchronised. See services/offline.py.
sync_peers = Table(
    "sync_peers",
    metadata,
    Column("trial_id", _uuid(), primary_key=True),
    Column("peer", String(500), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("login", String(200), nullable=False),
    Column("checked_out_at", DateTime, nullable=False),
    Column("synced_at", DateTime),
)

# The navigator's status icons of each trial as last computed (indicator id -> status), with what they were
# computed from: the newest change-log entry of the trial then (``change_mark``; 0 for none) and the
# program's analysis version. A trial whose newest entry or version differs is analysed again; the rest
# are shown at once at the next start. Derived data: deleting a row only costs a recomputation.
status_summary = Table(
    "status_summary",
    metadata,
    Column("trial_id", _uuid(), ForeignKey("trials.id", ondelete="CASCADE"), primary_key=True),
    Column("change_mark", Integer, nullable=False),
    Column("version", String(40), nullable=False),
    Column("statuses", JSON, nullable=False),
    Column("computed_at", DateTime, nullable=False),
)

# Who may read ("reader") or read and write ("lead") a trial in a shared PostgreSQL database, by database
# login. The row-level security policies of storage/postgres.py read it; an SQLite file leaves it empty.
trial_members = Table(
    "trial_members",
    metadata,
    Column("trial_id", _uuid(), ForeignKey("trials.id", ondelete="CASCADE"), primary_key=True),
    Column("login", String(200), primary_key=True, index=True),
    Column("role", Enum("lead", "reader", name="member_role", native_enum=False, create_constraint=True, length=20),
           nullable=False),
    Column("granted_at", DateTime, nullable=False),
    Column("granted_by", String(200), nullable=False),
)

TABLE_OF: dict[type, Table] = {
    Trial: trials,
    Indicator: indicators,
    Measurement: measurements,
    Milestone: milestones,
    Assessment: assessments,
}

_mapped = False


def map_entities() -> None:
    """Map the domain dataclasses onto the tables (once per process)."""
    global _mapped
    if _mapped:
        return
    for cls, table in TABLE_OF.items():
        mapper_registry.map_imperatively(cls, table, version_id_col=table.c.row_version)
    mapper_registry.map_imperatively(ChangeLogEntry, change_log)
    _mapped = True


def row_dict(obj: object) -> dict:
    """A JSON-ready dict of a mapped entity's column values (for the change log and exports)."""
    table = TABLE_OF[type(obj)]
    out: dict = {}
    for col in table.columns:
        if col.name == "row_version":
            continue  # bookkeeping of concurrent edits, not content
        out[col.name] = to_json_value(getattr(obj, col.name))
    return out


def to_json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "hex") and value.__class__.__name__ == "UUID":
        return str(value)
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value  # type: ignore[attr-defined]
    return value
