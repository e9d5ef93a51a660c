"""Alembic environment. The program runs migrations itself (see ``storage.database``), passing a
connection in ``config.attributes["connection"]``; the ``alembic`` command line works too when a
``sqlalchemy.url`` is given."""

from alembic import context
from sqlalchemy import create_engine

from effektmaaling.storage.schema import metadata

config = context.config
target_metadata = metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
