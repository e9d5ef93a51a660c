"""sync peers: a trial taken along offline (an SQLite copy of a trial in a shared database) knows where it
came from, and the shared database knows which copies were taken

One row per trial and other side: on the copy, the shared database it was taken from (``kind`` "server",
its URL without a password); on the shared database, each copy taken (``kind`` "copy", login, machine and
file). When it was taken and when it was last synchronised. No foreign key: the row outlives the trial's
deletion on one side, like the exchange histories (``sync_records``).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_peers",
        sa.Column("trial_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("peer", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("trial_id", "peer", name=op.f("pk_sync_peers")),
    )


def downgrade() -> None:
    op.drop_table("sync_peers")
