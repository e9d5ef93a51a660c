"""trial members and row versions: who may read or write which trial in a shared (PostgreSQL) database,
and a version number on every row for optimistic concurrency

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

On an SQLite file the table stays empty: the file's owner may do everything. On PostgreSQL the access
rules (row-level security policies and grants, ``storage/postgres.py``) read it; ``effektmaaling --db URL
setup`` applies them after the migrations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("trials", "indicators", "measurements", "milestones", "assessments")


def upgrade() -> None:
    op.create_table(
        "trial_members",
        sa.Column("trial_id", sa.Uuid(native_uuid=False), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("lead", "reader", name="member_role", native_enum=False, create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["trial_id"], ["trials.id"], name=op.f("fk_trial_members_trial_id_trials"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("trial_id", "login", name=op.f("pk_trial_members")),
    )
    with op.batch_alter_table("trial_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trial_members_login"), ["login"], unique=False)
    # Every row's version, raised by each update: an edit based on an older version is refused.
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
    with op.batch_alter_table("trial_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trial_members_login"))
    op.drop_table("trial_members")
