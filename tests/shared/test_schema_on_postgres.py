"""The same Alembic revisions build the same schema on PostgreSQL as ``storage/schema.py`` describes, step
by step from the first revision with data in it; bulk-imported rows are stored like the ORM's."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from effektmaaling.storage.database import alembic_config, all_revisions
from effektmaaling.storage.postgres import setup_database
from effektmaaling.storage.schema import metadata


def test_schema_module_matches_the_migrated_postgres_database(pg_cluster, pg_database):
    setup_database(pg_cluster.url(pg_database))
    engine = create_engine(pg_cluster.url(pg_database))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        conn.rollback()
    engine.dispose()
    assert diff == []


def test_every_revision_upgrades_with_data_in_it(pg_cluster, pg_database):
    engine = create_engine(pg_cluster.url(pg_database))
    cfg = alembic_config()
    first, *rest = all_revisions()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
        conn.execute(text(
            "INSERT INTO trials (id, name, unit, purpose, target_group, theory_of_change, start_date, status, "
            "contact_person, is_demo, archived, created_at, updated_at) VALUES "
            "('0123456789abcdef0123456789abcdef', 'Gammelt forsøg', '', '', '', '', '2013-04-01', 'active', '', "
            "false, false, '2014-01-01', '2014-01-01')"))
    for rev in rest:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == rev
            assert conn.execute(text("SELECT name FROM trials")).scalar() == "Gammelt forsøg"
    engine.dispose()
    setup_database(pg_cluster.url(pg_database))  # the access rules on top of a migrated database


def test_bulk_rows_are_stored_exactly_like_orm_rows(workspace_pg):
    from effektmaaling.storage import repository as repo

    ws = workspace_pg
    trial = ws.create_trial(name="A", start_date=dt.date(2013, 4, 1))
    ind = ws.create_indicator(trial.id, name="Livskvalitet", bottom_line="service")
    orm = ws.add_measurement(ind.id, date=dt.date(2014, 1, 31), value=1.0)
    now = dt.datetime(2014, 3, 1, 12, 0, 0, 123000)
    with ws.db.write() as s:
        repo.bulk_insert_measurement_tuples(s, [(repo.new_stored_id(), ind.id, dt.date(2014, 2, 28), 2.0, None, None,
                                                  None, None, "", now, now)])
    ms = ws.measurements(ind.id)
    assert [m.date for m in ms] == [dt.date(2014, 1, 31), dt.date(2014, 2, 28)]
    assert ms[0].id == orm.id and ms[1].created_at == now and ms[1].value == 2.0
    with ws.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, indicator_id FROM measurements ORDER BY date")).fetchall()
    assert [len(r[0]) for r in rows] == [32, 32] and rows[0][1] == rows[1][1] == ind.id.hex
