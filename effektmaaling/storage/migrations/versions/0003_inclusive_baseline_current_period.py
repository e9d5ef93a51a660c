"""baseline end date inclusive ("Baseline til og med"); the indicator's current period

Until now an indicator's ``baseline_end_date`` was exclusive (the first follow-up day). It is now the last
day of the baseline, inclusive, so every stored date d becomes d - 1 day: no measurement changes period.
The new column ``current_period`` says which follow-up measurements make the current ("nu") level
(default: the latest 12 months of the follow-up).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _shift_baseline_end(days: int) -> None:
    """Every stored baseline end date moved by ``days`` (SQLite's date() and PostgreSQL's date arithmetic)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"UPDATE indicators SET baseline_end_date = date(baseline_end_date, '{days:+d} day') "
                   "WHERE baseline_end_date IS NOT NULL")
    else:
        op.execute(f"UPDATE indicators SET baseline_end_date = baseline_end_date + ({days:d}) "
                   "WHERE baseline_end_date IS NOT NULL")


def upgrade() -> None:
    _shift_baseline_end(-1)
    # a plain ADD COLUMN (not a batch copy of the table, whose constraint order is not stable), with the
    # CHECK constraint the schema's Enum has
    op.execute("ALTER TABLE indicators ADD COLUMN current_period VARCHAR(20) NOT NULL DEFAULT 'last-12-months' "
               "CONSTRAINT ck_indicators_current_period "
               "CHECK (current_period IN ('last-12-months', 'follow-up', 'latest'))")


def downgrade() -> None:
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_column("current_period")
    _shift_baseline_end(+1)
