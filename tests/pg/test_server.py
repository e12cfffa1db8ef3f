"""The test session's PostgreSQL server: one server, a new database per test."""

from __future__ import annotations

import psycopg

from tests.postgres import PostgresServer


def _names(server: PostgresServer) -> set[str]:
    with server.admin() as connection:
        return {row[0] for row in connection.execute("SELECT datname FROM pg_database")}


def test_each_test_gets_a_new_empty_database_on_postgresql_16(pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
        encoding = connection.execute("SHOW server_encoding").fetchone()[0]
    assert int(version) >= 160000
    assert tables == 0
    assert encoding == "UTF8"


def test_a_test_s_database_is_dropped_afterwards(pg_server: PostgresServer) -> None:
    before = _names(pg_server)
    name = pg_server.create_database()
    assert name in _names(pg_server)
    pg_server.drop_database(name)
    assert _names(pg_server) == before


def test_a_template_is_built_once_and_copied(pg_server: PostgresServer) -> None:
    builds: list[str] = []

    def build(url: str) -> None:
        builds.append(url)
        with psycopg.connect(url) as connection:
            connection.execute("CREATE TABLE note (text TEXT)")
            connection.execute("INSERT INTO note VALUES ('uit de sjabloon')")

    template = pg_server.template("test-note", build)
    assert pg_server.template("test-note", build) == template
    copy = pg_server.create_database(template=template)
    try:
        with psycopg.connect(pg_server.url(copy)) as connection:
            assert connection.execute("SELECT text FROM note").fetchone() == ("uit de sjabloon",)
    finally:
        pg_server.drop_database(copy)
    assert len(builds) == 1
