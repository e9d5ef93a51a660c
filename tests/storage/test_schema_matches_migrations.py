"""``storage/schema.py`` describes exactly what the Alembic revisions build (incl. 0002 sync_state)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from effektmaaling.storage import open_database
from effektmaaling.storage.schema import metadata


def test_schema_module_matches_migrated_database(tmp_path):
    db = open_database(tmp_path / "m.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        conn.rollback()
    db.close()
    assert diff == []
