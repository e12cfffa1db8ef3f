"""The same models and Alembic migrations on PostgreSQL as on SQLite: every migration runs,
the migrated schema equals the models, a migration's data step (0008's confirmations per
school year) does what it does on a file, and constraints and types mean the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.models import (
    Base,
    Chain,
    Company,
    CompanyConfirmation,
    School,
    SchoolYearRow,
    Setting,
)
from beroepsplanner.store.schema import alembic_config, head_revision
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.years import plan_next_year, start_next_year


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    """An engine on a new, empty server database."""
    engine = create_engine(DatabaseLocation.parse(pg_url).url)
    yield engine
    engine.dispose()


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_each_migration_runs_on_postgresql_one_by_one(engine: Engine) -> None:
    for revision in _revisions_oldest_first():
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            assert MigrationContext.configure(connection).get_current_revision() == revision


def test_migrated_schema_equals_the_models_on_postgresql(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
        tables = set(inspect(connection).get_table_names())
    assert differences == []
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


def test_data_at_the_first_revision_survives_the_upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), _revisions_oldest_first()[0])
        connection.exec_driver_sql(
            "INSERT INTO schools (name, region, place) VALUES ('Oude school', 'noord', 'Zwolle')"
        )
        connection.exec_driver_sql(
            "INSERT INTO school_years (school_id, label, start_date, end_date) "
            "VALUES (1, '2025-2026', '2025-08-01', '2026-07-31')"
        )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        school = connection.exec_driver_sql(
            "SELECT name, uid, liberation_day_off, good_friday_off FROM schools"
        ).one()
        locked = connection.exec_driver_sql("SELECT locked FROM school_years").scalar()
        current = MigrationContext.configure(connection).get_current_revision()
    assert current == head_revision()
    assert school.name == "Oude school" and len(school.uid) == 36
    assert (school.liberation_day_off, school.good_friday_off, locked) == (True, True, False)


def test_a_failing_migration_leaves_the_server_as_it_was(engine: Engine) -> None:
    # PostgreSQL's DDL is transactional: a migration that fails half-way is undone whole.
    with pytest.raises(RuntimeError), engine.connect() as connection:
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
            raise RuntimeError("stopped after the last migration")
    assert inspect(engine).get_table_names() == []


def test_enums_grades_and_dates_are_checked_as_on_sqlite(pg_empty_db: Database) -> None:
    with pg_empty_db.transaction() as session:
        session.add(School(name="De Regenboog", region=Region.MIDDEN))
    with pytest.raises(IntegrityError), pg_empty_db.transaction() as session:
        # The database itself refuses a value that is not a region (a CHECK constraint).
        session.connection().exec_driver_sql(
            "INSERT INTO schools (name, region, place, uid, liberation_day_off, good_friday_off) "
            "VALUES ('X', 'oost', '', 'u', true, true)"
        )
    with pytest.raises(IntegrityError), pg_empty_db.transaction() as session:
        session.add(
            SchoolYearRow(
                school_id=1, label="2026-2027",
                start_date=dt.date(2027, 7, 31), end_date=dt.date(2026, 8, 1),
            )
        )
    with pytest.raises(StatementError), pg_empty_db.transaction() as session:
        session.execute(Chain.__table__.insert().values(status="bijna", date=dt.date.today()))
    with pytest.raises(IntegrityError), pg_empty_db.transaction() as session:
        session.connection().exec_driver_sql("UPDATE activities SET grade_min = 9")


def test_json_settings_and_dates_read_back_as_written(pg_empty_db: Database) -> None:
    value = {"drempel": 2, "namen": ["Zoë", "Émile"], "aan": True, "leeg": None}
    with pg_empty_db.transaction() as session:
        session.add(Setting(key="proef", value=value))
        session.add(School(name="De Regenboog", region=Region.NOORD))
        session.flush()
        session.add(
            SchoolYearRow(
                school_id=1, label="2026-2027",
                start_date=dt.date(2026, 8, 1), end_date=dt.date(2027, 7, 31),
            )
        )
    with pg_empty_db.session() as session:
        assert session.get(Setting, "proef").value == value
        year = session.scalars(select(SchoolYearRow)).one()
    assert (year.start_date, year.end_date) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))


def test_revision_0008_puts_each_confirmation_in_its_years_on_postgresql(
    pg_demo_db: Database,
) -> None:
    """The data step of 0008 (a company's ``confirmed`` becomes rows per school year) and its
    downgrade on a server, as tests/store/test_company_confirmations.py checks them on a file."""
    old, new = "2026-2027", "2027-2028"
    with pg_demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session, new))  # 2026-2027 locked
    with pg_demo_db.session() as session:
        confirmed = set(
            session.scalars(select(Company.name).where(Company.confirmations.any()))
        )
        visited = session.scalars(
            select(Company.name)
            .join(Chain, Chain.company_id == Company.id)
            .where(Company.confirmations.any(CompanyConfirmation.school_year == old))
            .order_by(Company.name)
        ).first()
    assert confirmed and visited
    pg_demo_db.engine.dispose()
    engine = create_engine(pg_demo_db.location.url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0007")
            flagged = set(
                connection.exec_driver_sql("SELECT name FROM companies WHERE confirmed").scalars()
            )
            connection.exec_driver_sql("UPDATE companies SET confirmed = false")
            connection.execute(
                text("UPDATE companies SET confirmed = true WHERE name = :name"), {"name": visited}
            )
            connection.exec_driver_sql(
                "INSERT INTO companies (name, place, address, description, safety_notes, "
                "safety_checked, confirmed, notes) "
                "VALUES ('Zonder Ketens', 'Zeist', '', '', '', false, true, '')"
            )
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            rows = connection.exec_driver_sql(
                "SELECT c.name, x.school_year FROM company_confirmations x "
                "JOIN companies c ON c.id = x.company_id"
            ).all()
    finally:
        engine.dispose()
    assert flagged == confirmed  # the downgrade: confirmed in any year
    # The locked year was reset by the move: a confirmation seen now is the open year's.
    found: dict[str, set[str]] = {}
    for name, year in rows:
        found.setdefault(name, set()).add(year)
    assert found == {visited: {new}, "Zonder Ketens": {new}}
