"""milestone phase: a milestone can mark a phase change ("ny praksis", SPC phases); the current period can be
the latest phase

The new column ``milestones.phase_change`` (false for every existing milestone, so no analysis changes);
``indicators.current_period`` also allows ``latest-phase``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = ("last-12-months", "follow-up", "latest")
_NEW = (*_OLD, "latest-phase")


def _period(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="current_period", native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.execute("ALTER TABLE milestones ADD COLUMN phase_change BOOLEAN NOT NULL DEFAULT 0")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.alter_column("current_period", existing_type=_period(_OLD), type_=_period(_NEW),
                              existing_nullable=False, existing_server_default="last-12-months")


def downgrade() -> None:
    op.execute("UPDATE indicators SET current_period = 'follow-up' WHERE current_period = 'latest-phase'")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.alter_column("current_period", existing_type=_period(_NEW), type_=_period(_OLD),
                              existing_nullable=False, existing_server_default="last-12-months")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_column("phase_change")
