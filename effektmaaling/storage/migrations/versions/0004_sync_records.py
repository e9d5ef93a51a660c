"""sync records: per-record exchange histories (content at the last exchange, edit events, tombstones)

The JSON column ``state`` holds ``base``, ``events``, ``writers`` and ``deleted``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_records",
        sa.Column("entity_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("trial_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.Uuid(native_uuid=False), nullable=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_sync_records")),
    )
    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_records_trial_id"), ["trial_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_records_trial_id"))
    op.drop_table("sync_records")
