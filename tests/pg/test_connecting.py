"""Opening a database on a PostgreSQL server: what goes wrong gets a Dutch message that
says what to do, nothing is changed, and the program never migrates a server itself."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine

from beroepsplanner.cli import main
from beroepsplanner.errors import DatabaseError
from beroepsplanner.output_files import is_backup_file
from beroepsplanner.store.database import open_database
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.schema import SCHEMA_HEAD, alembic_config
from tests.postgres import PostgresServer, new_database


@pytest.fixture
def empty_url(pg_url: str) -> str:
    return pg_url


@pytest.fixture
def school_url(pg_server: PostgresServer) -> Iterator[str]:
    """A database with schema and catalog (as ``db upgrade`` leaves it)."""
    name = new_database(pg_server, "catalog")
    yield pg_server.url(name)
    pg_server.drop_database(name)


def tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "ORDER BY table_name"
        )
        return [row[0] for row in rows]


def revision(url: str) -> str:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the location -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "server"),
    [
        ("postgresql://juf@server.school.nl:5432/beroepsplanner?sslmode=require", True),
        ("postgres://juf@server/beroepsplanner", True),
        ("postgresql+psycopg://juf@server/beroepsplanner", True),
        ("school.db", False),
        ("C:\\Users\\juf\\school.db", False),
        ("plan:2026.db", False),
    ],
)
def test_a_url_is_a_server_and_anything_else_a_file(given: str, server: bool) -> None:
    assert DatabaseLocation.parse(given).is_server is server


def test_the_shown_location_never_holds_the_password() -> None:
    location = DatabaseLocation.parse("postgresql://juf:geheim123@server:5432/school?sslmode=require")
    assert str(location) == "postgresql://juf@server:5432/school?sslmode=require"
    assert "geheim123" not in repr(location)
    assert location.url is not None and location.url.password == "geheim123"
    assert location.database_name == "school"


def test_another_kind_of_server_is_refused_in_dutch() -> None:
    with pytest.raises(DatabaseError, match="niet met mysql://") as caught:
        DatabaseLocation.parse("mysql://juf:geheim@server/school")
    assert "geheim" not in str(caught.value)


# --- connecting ---------------------------------------------------------------------------


def test_a_server_that_does_not_answer_is_unreachable() -> None:
    url = f"postgresql://juf:geheim123@127.0.0.1:{_free_port()}/school?connect_timeout=3"
    with pytest.raises(DatabaseError, match="niet bereikbaar") as caught:
        open_database(url)
    assert caught.value.key == "server-unreachable"
    assert "geheim123" not in str(caught.value)
    assert "Er is niets veranderd" in str(caught.value)


def test_a_missing_database_is_named(pg_server: PostgresServer) -> None:
    with pytest.raises(DatabaseError, match="bestaat de database 'nergens' niet") as caught:
        open_database(pg_server.url("nergens"))
    assert caught.value.key == "server-database-missing"
    assert "db upgrade" in str(caught.value)


def test_a_wrong_password_and_a_missing_one_are_told_apart_and_never_shown(
    pg_server: PostgresServer, school_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pg_server.require_password("juf", "goed-wachtwoord")
    name = DatabaseLocation.parse(school_url).database_name
    with_password = pg_server.url(name, user="juf").replace("juf@", "juf:fout-wachtwoord@")
    with pytest.raises(DatabaseError, match="wachtwoord klopt niet") as caught:
        open_database(with_password)
    assert caught.value.key == "server-wrong-password"
    assert "fout-wachtwoord" not in str(caught.value)
    assert "fout-wachtwoord" not in repr(caught.value.values)

    url = pg_server.url(name, user="juf")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen.pgpass"))
    with pytest.raises(DatabaseError, match="vraagt een wachtwoord") as caught:
        open_database(url)
    assert caught.value.key == "server-password-needed"

    # libpq's own ways: PGPASSWORD, and a password file (~/.pgpass, here PGPASSFILE).
    monkeypatch.setenv("PGPASSWORD", "goed-wachtwoord")
    with pytest.raises(DatabaseError, match="geen rechten om dit te lezen") as caught:
        open_database(url)  # signed in, but the database grants juf nothing yet
    assert caught.value.key == "server-no-permission"
    with psycopg.connect(school_url) as connection:
        connection.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO juf")
    open_database(url).close()
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("*:*:*:juf:goed-wachtwoord\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_database(url).close()


# --- the schema ---------------------------------------------------------------------------


def test_a_database_without_our_schema_is_refused_and_left_empty(empty_url: str) -> None:
    with pytest.raises(DatabaseError, match="nog geen Beroepsplanner-schema") as caught:
        open_database(empty_url)
    assert caught.value.key == "server-no-schema"
    assert f"beroepsplanner db upgrade --db {DatabaseLocation.parse(empty_url)}" in str(caught.value)
    assert tables(empty_url) == []


def test_a_database_of_another_program_is_refused_by_open_and_upgrade(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(empty_url) as connection:
        connection.execute("CREATE TABLE recepten (id serial PRIMARY KEY, naam text)")
    with pytest.raises(DatabaseError, match="ander programma .recepten"):
        open_database(empty_url)
    assert main(["db", "upgrade", "--db", empty_url]) == 1
    assert "ander programma" in capsys.readouterr().err
    assert tables(empty_url) == ["recepten"]


def test_db_upgrade_makes_the_schema_and_catalog_once(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    assert "is gemaakt" in capsys.readouterr().out
    assert revision(empty_url) == SCHEMA_HEAD
    database = open_database(empty_url)
    try:
        assert main(["list", "activities", "--db", empty_url]) == 0
        assert "Beeldenbrekers" in capsys.readouterr().out
    finally:
        database.close()
    assert main(["db", "upgrade", "--db", empty_url]) == 0
    assert "er is niets veranderd" in capsys.readouterr().out


def test_an_older_schema_is_refused_until_db_upgrade_migrates_it(
    empty_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(DatabaseLocation.parse(empty_url).url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO schools (name, region, place) VALUES ('Oude school', 'noord', 'Zwolle')"
        )
    engine.dispose()
    before = tables(empty_url)
    with pytest.raises(DatabaseError, match="ouder schema") as caught:
        open_database(empty_url)
    assert caught.value.key == "server-needs-upgrade"
    assert "beroepsplanner db upgrade --db" in str(caught.value)
    assert (tables(empty_url), revision(empty_url)) == (before, "0004")

    monkeypatch.setenv("BEROEPSPLANNER_DB", empty_url)  # the environment works as --db
    assert main(["db", "upgrade"]) == 0
    assert f"bijgewerkt van schema 0004 naar {SCHEMA_HEAD}" in capsys.readouterr().out
    database = open_database(empty_url)
    with database.session() as session:
        assert session.execute(__import__("sqlalchemy").text("SELECT name FROM schools")).scalar() == "Oude school"
    database.close()


def test_a_newer_schema_is_refused_by_open_and_upgrade(school_url: str) -> None:
    with psycopg.connect(school_url) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    with pytest.raises(DatabaseError, match="nieuwere versie") as caught:
        open_database(school_url)
    assert caught.value.key == "server-newer-version"
    from beroepsplanner.store.server import upgrade_server

    with pytest.raises(DatabaseError, match="nieuwere versie"):
        upgrade_server(DatabaseLocation.parse(school_url))
    assert revision(school_url) == "ffff_future"


def test_commands_work_on_a_server_database(
    pg_server: PostgresServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = new_database(pg_server, "demo")
    url = pg_server.url(name)
    try:
        assert main(["list", "chains", "--db", url]) == 0
        assert "Groep" in capsys.readouterr().out
        out = tmp_path / "plan.json"
        assert main(["plan", "export", "--out", str(out), "--db", url]) == 0
        assert out.stat().st_size > 1000
        # A server's back-up is a database file (store/server_backup.py).
        folder = tmp_path / "back-ups"
        folder.mkdir()
        assert main(["backup", "--out", f"{folder}/", "--db", url]) == 0
        (backup,) = folder.iterdir()
        assert is_backup_file(backup)
    finally:
        pg_server.drop_database(name)


def _backend_pids(database: object) -> set[int]:
    from sqlalchemy import text

    with database.session() as session:  # type: ignore[attr-defined]
        return {session.scalar(text("SELECT pg_backend_pid()"))}


def test_a_connection_the_server_dropped_while_idle_is_replaced_unnoticed(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pooled connections are pinged only after they lay unused (``PING_AFTER_IDLE_S``),
    not at every transaction: one the server ended meanwhile is replaced before use."""
    from sqlalchemy import text

    from beroepsplanner.store import server

    name = new_database(pg_server, "catalog")
    database = open_database(pg_server.url(name))
    try:
        dropped = _backend_pids(database)
        with pg_server.admin() as admin:
            for pid in dropped:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        monkeypatch.setattr(server, "PING_AFTER_IDLE_S", 0.0)  # as if idle a while
        with database.session() as session:
            assert session.scalar(text("SELECT 1")) == 1
        assert _backend_pids(database).isdisjoint(dropped)
    finally:
        database.close()
        pg_server.drop_database(name)


def test_a_connection_used_a_moment_ago_is_not_pinged(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.store import server

    name = new_database(pg_server, "catalog")
    database = open_database(pg_server.url(name))
    pings: list[object] = []
    monkeypatch.setattr(
        type(database.engine.dialect), "do_ping", lambda self, connection: pings.append(connection) or True
    )
    try:
        for _ in range(3):
            _backend_pids(database)
        assert pings == []
        monkeypatch.setattr(server, "PING_AFTER_IDLE_S", 0.0)
        _backend_pids(database)
        assert len(pings) == 1
    finally:
        database.close()
        pg_server.drop_database(name)
