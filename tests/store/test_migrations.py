"""The Alembic migrations produce exactly the models' schema, and old files upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.database import (
    SCHEMA_HEAD,
    _alembic_config,
    head_revision,
    make_engine,
    open_database,
)
from beroepsplanner.store.models import Base


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "plan.db", seed=False)
    with database.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    database.close()
    assert differences == []


def test_every_model_table_exists_after_migration(tmp_path: Path) -> None:
    database = open_database(tmp_path / "plan.db", seed=False)
    tables = set(inspect(database.engine).get_table_names())
    database.close()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_database_at_first_migration_upgrades_to_head_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    first = _revisions_oldest_first()[0]
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), first)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO schools (name, region, place) VALUES ('Oude school', 'noord', 'Zwolle')"
        )
    engine.dispose()

    database = open_database(path, seed=False)
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        name = connection.exec_driver_sql("SELECT name FROM schools").scalar()
    database.close()
    assert current == head_revision()
    assert name == "Oude school"


def test_each_migration_step_upgrades_one_by_one(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "steps.db")
    for revision in _revisions_oldest_first():
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
            assert MigrationContext.configure(connection).get_current_revision() == revision
    engine.dispose()


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path, seed=False).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="nieuwere versie"):
        open_database(path)
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "brief.db"
    path.write_bytes(b"Beste ouders, ...\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="geen Beroepsplanner-database"):
        open_database(path)
    assert path.read_bytes() == before


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseError, match="ander programma"):
        open_database(path)
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["recipes"]


def test_missing_folder_gets_a_dutch_message(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="bestaat niet"):
        open_database(tmp_path / "nergens" / "plan.db")


def test_database_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "plan.db", seed=False)
    with database.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    database.close()
    assert (mode, fks) == ("wal", 1)


def test_schema_head_constant_is_alembics_head() -> None:
    # open_database skips Alembic when a file is at SCHEMA_HEAD; a new migration
    # must move the constant along.
    assert head_revision() == SCHEMA_HEAD


def test_damaged_database_is_refused_with_a_dutch_message_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    database = open_database(path)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = bytearray(path.read_bytes())
    # Keep the header, wreck the pages behind it.
    data[4096 : 4096 * 6] = b"\xff" * (4096 * 5)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="beschadigd"):
        open_database(path)
    assert path.read_bytes() == bytes(data)
