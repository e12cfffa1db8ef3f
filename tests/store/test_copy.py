"""``db copy``'s store half (store/transfer/copy.py): a whole database into another, on
both kinds of database, in one transaction on the target."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.classes import add_class
from beroepsplanner.store.database import open_database
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.models import Base, SchoolClass
from beroepsplanner.store.schema import SCHEMA_HEAD, alembic_config
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import REPLACE_WRITER, copy_database
from beroepsplanner.store.transfer.copy_rows import CopyStep, _parents_first
from beroepsplanner.store.years import plan_next_year, start_next_year
from tests.io.plans import export_bytes

Rows = dict[str, list[tuple[Any, ...]]]


def rows_of(database: Database) -> Rows:
    """Every row of every table, in an order both kinds of database agree on."""
    with database.session() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def opened(location: str | Path | DatabaseLocation) -> Database:
    return open_database(location, seed=False)


def export_of(location: str | Path | DatabaseLocation, folder: Path, name: str) -> bytes:
    database = opened(location)
    try:
        return export_bytes(database, folder, name)
    finally:
        database.close()


def all_rows(location: str | Path | DatabaseLocation) -> Rows:
    database = opened(location)
    try:
        return rows_of(database)
    finally:
        database.close()


@pytest.fixture
def new_target(database_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a copy goes: a new file, or an empty database on the server."""
    if database_kind == "sqlite":
        return str(tmp_path / "kopie" / "school.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "bron" / "school.db"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def fail_after(number: int) -> Callable[[CopyStep], None]:
    def progress(step: CopyStep) -> None:
        if step.number == number:
            raise RuntimeError(f"na tabel {step.number} ({step.table})")

    return progress


# --- copies that work --------------------------------------------------------------------


def test_the_demo_copied_into_an_empty_database_exports_the_same_plan(
    school: Path, new_target: str, tmp_path: Path
) -> None:
    Path(tmp_path / "kopie").mkdir()
    steps: list[CopyStep] = []

    summary = copy_database(school, new_target, progress=steps.append)

    assert summary.schema_made and not summary.replaced
    assert summary.tables == len(Base.metadata.sorted_tables) == len(steps)
    assert [s.table for s in steps] == [t.name for t in Base.metadata.sorted_tables]
    assert summary.rows == sum(s.rows for s in steps) > 500
    assert export_of(new_target, tmp_path, "doel.json") == export_of(school, tmp_path, "bron.json")
    assert all_rows(new_target) == all_rows(school)


def test_a_database_of_either_kind_copied_into_a_new_file_is_the_same(
    make_database: Callable[[str], Database], tmp_path: Path
) -> None:
    source = make_database("demo")
    # The next school year: rows that refer to last year's (a chain to its origin, a
    # pupil to last year's record), and more rows in the change log.
    with source.transaction() as session:
        start_next_year(session, plan_next_year(session))
    target = tmp_path / "thuis.db"

    copy_database(source.location, target)

    copy = opened(target)
    try:
        assert rows_of(copy) == rows_of(source)
        assert export_bytes(copy, tmp_path, "doel.json") == export_bytes(source, tmp_path, "bron.json")
    finally:
        copy.close()
    # No working file of the copy is left beside it.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".thuis")] == []


def test_new_rows_in_the_copy_get_fresh_ids(school: Path, new_target: str, tmp_path: Path) -> None:
    Path(tmp_path / "kopie").mkdir()
    copy_database(school, new_target)
    copy = open_database(new_target)
    try:
        with copy.session() as session:
            highest = max(session.scalars(select(SchoolClass.id)))
            label = session.scalars(select(SchoolClass)).first().school_year.label  # type: ignore[union-attr]
        with copy.transaction() as session:
            new_id = add_class(session, label, "Groep 9z", 8)
        assert new_id > highest
    finally:
        copy.close()


def test_a_row_that_refers_to_a_later_row_of_its_own_table_is_copied(
    school: Path, new_target: str, tmp_path: Path
) -> None:
    database = open_database(school)
    with database.transaction() as session:
        start_next_year(session, plan_next_year(session))
    database.close()
    with closing(sqlite3.connect(school)) as connection, connection:
        # The first chain now says it was copied from the newest one: a parent after its child.
        connection.execute(
            "UPDATE chains SET origin_chain_id = (SELECT max(id) FROM chains) "
            "WHERE id = (SELECT min(id) FROM chains)"
        )
    Path(tmp_path / "kopie").mkdir()

    copy_database(school, new_target)

    assert all_rows(new_target) == all_rows(school)


def test_rows_are_ordered_parents_first_and_a_circle_is_set_apart() -> None:
    rows = [
        {"id": 1, "parent": 3},
        {"id": 2, "parent": None},
        {"id": 3, "parent": 2},
        {"id": 4, "parent": 99},  # refers to no row here: no reason to wait
        {"id": 5, "parent": 6},
        {"id": 6, "parent": 5},
    ]
    ordered, later = _parents_first(rows, [("parent", "id")])
    assert [r["id"] for r in ordered] == [2, 3, 4, 1]
    assert [r["id"] for r in later] == [5, 6]


# --- replacing, and refusing ---------------------------------------------------------------


def test_a_target_that_is_not_empty_is_refused_and_left_as_it_was(
    school: Path, make_database: Callable[[str], Database]
) -> None:
    target = make_database("catalog")
    before = rows_of(target)

    with pytest.raises(DatabaseError) as refused:
        copy_database(school, target.location)

    assert refused.value.key == "copy-target-not-empty"
    assert "niet leeg" in str(refused.value) and "--replace" in str(refused.value)
    assert "catalogus" in str(refused.value)
    assert rows_of(target) == before


def test_replace_puts_the_source_in_place_of_the_target(
    school: Path, make_database: Callable[[str], Database], tmp_path: Path
) -> None:
    target = make_database("demo")
    with target.transaction() as session:
        add_class(session, session.scalars(select(SchoolClass)).first().school_year.label, "Weg", 5)  # type: ignore[union-attr]
    target.close()  # a file open elsewhere is refused (below)

    summary = copy_database(school, target.location, replace=True)

    assert summary.replaced and not summary.schema_made
    copied = all_rows(target.location)
    source = all_rows(school)
    # One row more in the change log: the replace, touching every table.
    marker = max(copied["change_log"], key=lambda row: row[0])
    assert marker[1] == REPLACE_WRITER
    assert set(marker[3]["own"]) == {t.name for t in Base.metadata.sorted_tables}
    copied["change_log"].remove(marker)
    assert copied == source


def test_replace_of_a_file_open_in_another_window_is_refused(school: Path, tmp_path: Path) -> None:
    target = tmp_path / "open.db"
    shutil.copyfile(school, target)
    window = open_database(target)
    try:
        with pytest.raises(DatabaseError) as refused:
            copy_database(school, target, replace=True)
        assert refused.value.key == "copy-target-in-use"
    finally:
        window.close()


def test_a_failure_after_the_third_table_leaves_a_new_target_absent(
    school: Path, new_target: str, tmp_path: Path
) -> None:
    (tmp_path / "kopie").mkdir()

    with pytest.raises(RuntimeError, match="na tabel 3"):
        copy_database(school, new_target, progress=fail_after(3))

    location = DatabaseLocation.parse(new_target)
    if location.path is not None:
        assert list(location.path.parent.iterdir()) == []
    else:
        engine = create_engine(location.url)  # type: ignore[arg-type]
        try:
            with engine.connect() as connection:
                tables = connection.exec_driver_sql(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                ).scalar()
        finally:
            engine.dispose()
        assert tables == 0


def test_a_failure_after_the_third_table_leaves_a_replaced_target_as_it_was(
    school: Path, make_database: Callable[[str], Database]
) -> None:
    target = make_database("catalog")
    before = rows_of(target)
    target.close()

    with pytest.raises(RuntimeError, match="na tabel 3"):
        copy_database(school, target.location, replace=True, progress=fail_after(3))

    assert all_rows(target.location) == before


# --- what is refused before anything is written ------------------------------------------------


def file_at(path: Path, revision: str) -> Path:
    """A new database file with the schema of ``revision`` and no rows."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        from alembic import command

        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()
    return path


def test_a_source_with_an_older_schema_is_refused_with_the_command_that_helps(
    tmp_path: Path,
) -> None:
    source = file_at(tmp_path / "oud.db", "0007")
    target = tmp_path / "nieuw.db"
    with pytest.raises(DatabaseError) as refused:
        copy_database(source, target)
    assert refused.value.key == "copy-source-older"
    assert f"beroepsplanner db upgrade --db {source}" in str(refused.value)
    assert not target.exists()


def test_a_target_with_an_older_schema_is_refused_and_unchanged(school: Path, tmp_path: Path) -> None:
    target = file_at(tmp_path / "oud.db", "0007")
    with pytest.raises(DatabaseError) as refused:
        copy_database(school, target)
    assert refused.value.key == "copy-target-older"
    assert f"db upgrade --db {target}" in str(refused.value)
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)


def test_a_source_of_a_newer_program_is_refused(school: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(school)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError) as refused:
        copy_database(school, tmp_path / "nieuw.db")
    assert refused.value.key == "copy-source-newer"


def test_an_empty_file_gets_the_schema_and_the_copy(school: Path, tmp_path: Path) -> None:
    target = tmp_path / "leeg.db"
    target.touch()
    summary = copy_database(school, target)
    assert summary.schema_made
    assert all_rows(target) == all_rows(school)
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


@pytest.mark.parametrize(
    ("make", "key"),
    [
        (lambda d: d / "er-is-niets.db", "copy-source-missing"),
        (lambda d: (d / "tekst.db").write_text("geen database") and d / "tekst.db", "copy-source-not-a-database"),
    ],
)
def test_a_source_that_is_no_database_is_refused(
    make: Callable[[Path], Path], key: str, tmp_path: Path
) -> None:
    target = tmp_path / "nieuw.db"
    with pytest.raises(DatabaseError) as refused:
        copy_database(make(tmp_path), target)
    assert refused.value.key == key
    assert not target.exists()


def test_a_target_that_is_another_kind_of_file_or_program_is_refused(school: Path, tmp_path: Path) -> None:
    text = tmp_path / "brief.db"
    text.write_text("Beste ouders,")
    with pytest.raises(DatabaseError) as refused:
        copy_database(school, text)
    assert refused.value.key == "copy-target-not-a-database"
    assert text.read_text() == "Beste ouders,"

    other = tmp_path / "ander.db"
    with closing(sqlite3.connect(other)) as connection, connection:
        connection.execute("CREATE TABLE recepten (naam TEXT)")
    with pytest.raises(DatabaseError) as refused:
        copy_database(school, other)
    assert refused.value.key == "copy-target-of-another-program"

    with pytest.raises(DatabaseError) as refused:
        copy_database(school, tmp_path / "geen-map" / "school.db")
    assert refused.value.key == "copy-target-folder-missing"


def test_a_database_is_never_copied_onto_itself(school: Path, tmp_path: Path) -> None:
    link = tmp_path / "koppeling.db"
    link.symlink_to(school)
    before = school.read_bytes()
    for target in (school, link):
        with pytest.raises(DatabaseError) as refused:
            copy_database(school, target, replace=True)
        assert refused.value.key == "copy-onto-itself"
    assert school.read_bytes() == before


def test_a_source_with_a_broken_reference_gives_no_file(school: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(school)) as connection, connection:
        connection.execute("UPDATE chains SET class_id = 99999 WHERE id = (SELECT min(id) FROM chains)")
    target = tmp_path / "kopie.db"
    with pytest.raises(DatabaseError) as refused:
        copy_database(school, target)
    assert refused.value.key == "copy-broken-references"
    assert not target.exists()


def test_a_json_null_value_stays_a_value(school: Path, new_target: str, tmp_path: Path) -> None:
    from beroepsplanner.store.models import Setting

    database = open_database(school)
    with database.transaction() as session:
        session.add(Setting(key="leeg", value=None))  # JSON null, in a column that is never NULL
    database.close()
    (tmp_path / "kopie").mkdir()

    copy_database(school, new_target)

    copy = opened(new_target)
    try:
        with copy.session() as session:
            assert session.get(Setting, "leeg") is not None
    finally:
        copy.close()
    assert all_rows(new_target) == all_rows(school)
