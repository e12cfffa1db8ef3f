"""``db copy`` with a school server on one end or both: what only a server does (an
unreachable server, a catalog made by ``db upgrade``, colleagues' windows still open,
sequences)."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.change_log import ALL, ChangeWatcher
from beroepsplanner.store.classes import add_class
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import SchoolClass
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import REPLACE_WRITER, copy_database
from tests.io.plans import export_bytes
from tests.postgres import PostgresServer, build_catalog, new_database


def closed_port() -> int:
    """A TCP port on this computer where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def unreachable_url() -> str:
    return f"postgresql://juf@127.0.0.1:{closed_port()}/school?connect_timeout=2"


def export_of(location: object, folder: Path, name: str) -> bytes:
    database = open_database(location, seed=False)  # type: ignore[arg-type]
    try:
        return export_bytes(database, folder, name)
    finally:
        database.close()


def table_count(url: str) -> int:
    with psycopg.connect(url) as connection:
        return int(
            connection.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()[0]
        )


def test_an_unreachable_server_as_target_gives_the_dutch_message(
    demo_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseError) as refused:
        copy_database(demo_file, unreachable_url())
    assert refused.value.key == "server-unreachable"
    assert "niet bereikbaar" in str(refused.value) and "Er is niets veranderd" in str(refused.value)


def test_an_unreachable_server_as_source_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "thuis.db"
    with pytest.raises(DatabaseError) as refused:
        copy_database(unreachable_url(), target)
    assert refused.value.key == "server-unreachable"
    assert list(tmp_path.iterdir()) == []


def test_a_server_database_copied_to_another_server_database_is_the_same(
    pg_demo_db: Database, pg_url: str, tmp_path: Path
) -> None:
    summary = copy_database(pg_demo_db.location, pg_url)
    assert summary.schema_made
    assert export_of(pg_url, tmp_path, "doel.json") == export_bytes(pg_demo_db, tmp_path, "bron.json")


def test_a_server_with_only_the_catalog_of_db_upgrade_is_refused_then_replaced(
    demo_file: Path, pg_url: str, tmp_path: Path
) -> None:
    build_catalog(pg_url)

    with pytest.raises(DatabaseError) as refused:
        copy_database(demo_file, pg_url)
    assert "de catalogus (zoals na 'beroepsplanner db upgrade')" in str(refused.value)

    summary = copy_database(demo_file, pg_url, replace=True)
    assert summary.replaced
    assert export_of(pg_url, tmp_path, "doel.json") == export_of(demo_file, tmp_path, "bron.json")


def test_a_window_open_on_the_server_sees_that_everything_was_replaced(
    demo_file: Path, pg_server: PostgresServer
) -> None:
    url = pg_server.url(new_database(pg_server, "catalog"))
    window = open_database(url)
    try:
        watcher = ChangeWatcher(window)
        copy_database(demo_file, url, replace=True)
        found = watcher.poll()
        assert found is not None
        entries, _ = found
        # The newest entry is the replace's, after everything the copy brought along.
        assert entries[-1].writer == REPLACE_WRITER
        assert all(keys == {ALL} for keys in entries[-1].touched.own.values())
        # The window goes on writing: the server's ids continue after the copied ones.
        with window.session() as session:
            year = session.scalars(select(SchoolClass)).first().school_year.label  # type: ignore[union-attr]
            highest = max(session.scalars(select(SchoolClass.id)))
        with window.transaction() as session:
            assert add_class(session, year, "Groep 8x", 8) > highest
        watcher.close()
    finally:
        window.close()


def test_a_server_with_an_older_schema_is_refused_and_unchanged(
    demo_file: Path, pg_url: str
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.schema import alembic_config

    engine = create_engine(DatabaseLocation.parse(pg_url).url)  # type: ignore[arg-type]
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0007")
    finally:
        engine.dispose()

    with pytest.raises(DatabaseError) as refused:
        copy_database(demo_file, pg_url, replace=True)

    assert refused.value.key == "copy-target-older"
    assert "beroepsplanner db upgrade --db postgresql://" in str(refused.value)
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)


def test_a_failure_midway_leaves_an_empty_server_empty(demo_file: Path, pg_url: str) -> None:
    def fail(step: object) -> None:
        if getattr(step, "number", 0) == 3:
            raise RuntimeError("midden in")

    with pytest.raises(RuntimeError):
        copy_database(demo_file, pg_url, progress=fail)
    assert table_count(pg_url) == 0


def test_a_source_with_a_broken_reference_is_refused_by_the_server(
    demo_file: Path, pg_url: str, tmp_path: Path
) -> None:
    import shutil
    import sqlite3
    from contextlib import closing

    broken = tmp_path / "kapot.db"
    shutil.copyfile(demo_file, broken)
    with closing(sqlite3.connect(broken)) as connection, connection:
        connection.execute("UPDATE chains SET class_id = 99999 WHERE id = (SELECT min(id) FROM chains)")

    with pytest.raises(DatabaseError) as refused:
        copy_database(broken, pg_url)

    assert refused.value.key == "copy-failed"
    assert dict(refused.value.values)["inner_key"] == "copy-row-refused"
    assert "een rij van de tabel chains wordt geweigerd" in str(refused.value)
    assert table_count(pg_url) == 0
