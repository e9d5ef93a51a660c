"""sync state: the last agreed versions of exchanged trials

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("entity_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("trial_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("agreed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "hash", name=op.f("pk_sync_state")),
    )
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_state_trial_id"), ["trial_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_state_trial_id"))
    op.drop_table("sync_state")
