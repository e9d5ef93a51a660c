"""milestone phase: a milestone can mark a phase change ("ny praksis", SPC phases); the current period can be
the latest phase

The new column ``milestones.phase_change`` (false for every existing milestone, so no analysis changes);
``indicators.current_period`` also allows ``latest-phase``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = "CHECK (current_period IN ('last-12-months', 'follow-up', 'latest'))"
_NEW = "CHECK (current_period IN ('last-12-months', 'follow-up', 'latest', 'latest-phase'))"


def _check(old: str, new: str) -> None:
    """Loosen (or tighten back) the CHECK constraint of ``indicators.current_period`` in place: SQLite's
    documented way for a change that leaves the stored rows as they are (a batch copy of the table would
    also do, but its constraint order is not stable, and the demo database must be identical across runs)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":  # PostgreSQL changes a constraint in place
        op.execute("ALTER TABLE indicators DROP CONSTRAINT ck_indicators_current_period")
        op.execute(f"ALTER TABLE indicators ADD CONSTRAINT ck_indicators_current_period {new}")
        return
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'indicators'",
                         (old, new))
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    assert bind.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def upgrade() -> None:
    false = "0" if op.get_bind().dialect.name == "sqlite" else "false"
    op.execute(f"ALTER TABLE milestones ADD COLUMN phase_change BOOLEAN NOT NULL DEFAULT {false}")
    _check(_OLD, _NEW)


def downgrade() -> None:
    op.execute("UPDATE indicators SET current_period = 'follow-up' WHERE current_period = 'latest-phase'")
    _check(_NEW, _OLD)
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_column("phase_change")
