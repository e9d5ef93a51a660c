"""Migrations: an empty file, and a file written at every earlier revision, reach the newest schema,
with a backup of the old file first. A file from a newer program, or not ours, is refused unchanged."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from effektmaaling.domain import StorageError
from effektmaaling.storage import open_database, repository
from effektmaaling.storage.database import (
    alembic_config,
    all_revisions,
    head_revision,
    schema_revision,
    script_revisions,
)
from effektmaaling.storage.schema import metadata


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_at_revision(path, revision: str) -> None:
    """A database file written by the program as it was at ``revision``, with a trial in it."""
    con = sqlite3.connect(path)
    con.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO trials (id, name, unit, purpose, target_group, theory_of_change, start_date, status, "
        "contact_person, is_demo, archived, created_at, updated_at) VALUES "
        "('0123456789abcdef0123456789abcdef', 'Gammelt forsøg', '', '', '', '', '2013-04-01', 'active', '', 0, 0, "
        "'2014-01-01 00:00:00.000000', '2014-01-01 00:00:00.000000')"
    )
    con.commit()
    con.close()


def test_known_revisions_are_the_migration_scripts():
    """The program knows the newest revision without Alembic (a fast start); a new migration script
    must be added to ``REVISIONS`` in storage/database.py too."""
    from alembic.script import ScriptDirectory

    assert all_revisions() == script_revisions()
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_empty_file_is_created_at_head(tmp_path):
    path = tmp_path / "new.db"
    db = open_database(path, backup_dir=tmp_path / "backups")
    assert schema_revision(db) == head_revision()
    assert db.migration is not None and db.migration.from_revision is None and db.migration.backup is None
    with db.read() as s:
        tables = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert set(metadata.tables) <= tables
    db.close()
    assert not (tmp_path / "backups").exists()


def test_zero_byte_file_is_initialised(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    db = open_database(path)
    assert schema_revision(db) == head_revision()
    db.close()


@pytest.mark.parametrize("revision", all_revisions())
def test_file_at_every_revision_is_migrated_with_backup(tmp_path, revision):
    path = tmp_path / "old.db"
    _write_at_revision(path, revision)
    before = _digest(path)
    backups = tmp_path / "backups"
    db = open_database(path, backup_dir=backups)
    assert schema_revision(db) == head_revision()
    with db.read() as s:
        names = [t.name for t in repository.list_trials(s)]
    assert names == ["Gammelt forsøg"]
    db.close()
    if revision == head_revision():
        assert db.migration is None
        assert not backups.exists()
    else:
        assert db.migration is not None and db.migration.from_revision == revision
        backup = db.migration.backup
        assert backup is not None and backup.parent == backups and revision in backup.name
        con = sqlite3.connect(backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert con.execute("SELECT name FROM trials").fetchall() == [("Gammelt forsøg",)]
        con.close()
        assert before  # the original content is what the backup holds


def test_newer_schema_is_refused_and_file_unchanged(tmp_path):
    path = tmp_path / "future.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert "nyere version" in err.value.text("da")
    assert "newer version" in err.value.text("en")
    assert _digest(path) == before


def test_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("dette er ikke en database")
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert "ikke en Effektmåling-database" in err.value.text("da")
    assert path.read_text() == "dette er ikke en database"


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(StorageError):
        open_database(path)
    assert _digest(path) == before


def test_pragmas(tmp_path):
    db = open_database(tmp_path / "p.db")
    with db.engine.connect() as conn:
        q = lambda sql: conn.exec_driver_sql(sql).scalar()  # noqa: E731
        assert q("PRAGMA foreign_keys") == 1
        assert q("PRAGMA journal_mode") == "wal"
        assert q("PRAGMA synchronous") == 2  # FULL (0 off, 1 normal, 2 full, 3 extra)
        assert q("PRAGMA busy_timeout") == 5000
    db.close()


def test_0003_makes_the_baseline_end_inclusive_without_moving_a_measurement(tmp_path):
    """Revision 0003: a stored exclusive baseline end d becomes d - 1 day ("Baseline til og med"), so a
    measurement on d - 1 stays in the baseline and one on d stays in the follow-up; the indicator gets
    the default current period."""
    import datetime as dt

    from effektmaaling.domain.enums import CurrentPeriod

    path = tmp_path / "old.db"
    _write_at_revision(path, "0002")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO indicators (id, trial_id, name, description, kind, stakeholder, measure_type, unit, direction, "
        "decimals, baseline_end_date, data_source, frequency, display_order, theme, bottom_line, rate_per, "
        "created_at, updated_at) VALUES ('11111111111111111111111111111111', '0123456789abcdef0123456789abcdef', "
        "'Ventetid', '', 'effect', 'citizen', 'value', '', 'decrease', 1, '2013-07-01', '', 'monthly', 0, '', "
        "'service', 1.0, '2014-01-01 00:00:00.000000', '2014-01-01 00:00:00.000000'), "
        "('22222222222222222222222222222222', '0123456789abcdef0123456789abcdef', 'Uden dato', '', 'effect', "
        "'citizen', 'value', '', 'decrease', 1, NULL, '', 'monthly', 1, '', 'service', 1.0, "
        "'2014-01-01 00:00:00.000000', '2014-01-01 00:00:00.000000')")
    con.commit()
    con.close()
    db = open_database(path, backup_dir=tmp_path / "backups")
    with db.read() as s:
        trial = repository.list_trials(s)[0]
        inds = {i.name: i for i in repository.list_indicators(s, trial.id)}
    db.close()
    assert inds["Ventetid"].baseline_end_date == dt.date(2013, 6, 30)
    assert inds["Uden dato"].baseline_end_date is None
    assert inds["Ventetid"].current_period is CurrentPeriod.LAST_12_MONTHS


def test_0006_adds_the_phase_flag_and_lets_the_current_period_be_the_latest_phase(tmp_path):
    """Revision 0006: every existing milestone is no phase change (no analysis changes); an indicator can
    take current_period 'latest-phase' afterwards (refused before); downgrading turns it back to follow-up."""
    path = tmp_path / "r0005.db"
    _write_at_revision(path, "0005")
    con = sqlite3.connect(path)
    tid = "0123456789abcdef0123456789abcdef"
    con.execute("INSERT INTO milestones (id, trial_id, date, text) VALUES "
                f"('11111111111111111111111111111111', '{tid}', '2014-01-01', 'Ny visitation')")
    cols = ("id, trial_id, name, description, kind, stakeholder, measure_type, unit, direction, decimals, "
            "data_source, frequency, theme, bottom_line, display_order, rate_per, created_at, updated_at")
    vals = (f"'22222222222222222222222222222222', '{tid}', 'Ventetid', '', 'effect', 'citizen', 'value', '', "
            "'increase', 1, '', 'monthly', '', 'service', 0, 1.0, '2014-01-01 00:00:00', '2014-01-01 00:00:00'")
    con.execute(f"INSERT INTO indicators ({cols}) VALUES ({vals})")
    con.commit()
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE indicators SET current_period = 'latest-phase'")
    con.close()
    db = open_database(path, backup_dir=tmp_path / "backups")
    assert schema_revision(db) == head_revision()
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT phase_change FROM milestones").fetchall() == [(0,)]
    with con:
        con.execute("UPDATE indicators SET current_period = 'latest-phase'")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE indicators SET current_period = 'latest-phasex'")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    from sqlalchemy import create_engine
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT current_period FROM indicators").fetchall() == [("follow-up",)]
    assert "phase_change" not in [r[1] for r in con.execute("PRAGMA table_info(milestones)")]
    con.close()
