"""Shared test set-up: headless Qt and no access to the user's own database or settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from beroepsplanner.logs import LOG_ENV
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.sessions import Database
from beroepsplanner.user_cache import CACHE_ENV
from tests.keyrings import MemoryKeyring
from tests.postgres import PostgresServer, clear_libpq_environment, new_database


@pytest.fixture(scope="session", autouse=True)
def private_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The program's log (``beroepsplanner.logs``) below the session's temporary folder,
    never in the user's own data folder; a test that reads the log sets its own."""
    path = tmp_path_factory.mktemp("log") / "beroepsplanner.log"
    previous = os.environ.get(LOG_ENV)
    os.environ[LOG_ENV] = str(path)
    yield path
    if previous is None:
        os.environ.pop(LOG_ENV, None)
    else:
        os.environ[LOG_ENV] = previous


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The program's cache files (``beroepsplanner.user_cache``: holiday days, the year
    plan kept for the next start) below the session's temporary folder, never in the
    user's own cache folder."""
    path = tmp_path_factory.mktemp("cache")
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(path)
    yield path
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


# --- the demo school, built once per test session -------------------------------------
@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school ("small") in a closed database file; never change it, copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    build_demo(database, "small")
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo school, open."""
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new database: migrated, catalog seeded, no school."""
    database = open_database(tmp_path / "leeg.db")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty keyring in memory: the machine's own is never touched."""
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings write below tmp_path, never into the user's real settings, nor into an
    earlier test's: every test that may use Qt (tests/ui, the window tests of tests/pg)
    gets its own folder, whatever order the tests run in. Tests that never imported Qt
    do not import it for this."""
    folder = tmp_path / "settings"
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
            QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    yield folder


# --- PostgreSQL: one server per test session (tests/postgres.py) -------------------------
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the server carries the ``postgres`` marker (``-m postgres``)."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server, started on first use and stopped at the end."""
    removed = clear_libpq_environment()
    server = PostgresServer()
    yield server
    server.stop()
    os.environ.update(removed)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the session's server; dropped afterwards."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _server_database(server: PostgresServer, template: str) -> Iterator[Database]:
    name = new_database(server, template)
    database = open_database(server.url(name))
    try:
        yield database
    finally:
        database.close()
        server.drop_database(name)


@pytest.fixture
def pg_empty_db(pg_server: PostgresServer) -> Iterator[Database]:
    """``empty_db`` on the server: schema and catalog, no school."""
    yield from _server_database(pg_server, "catalog")


@pytest.fixture
def pg_demo_db(pg_server: PostgresServer) -> Iterator[Database]:
    """``demo_db`` on the server: a private copy of the demo school, open."""
    yield from _server_database(pg_server, "demo")


# --- the same store tests on both kinds of database ----------------------------------------
DATABASE_KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=DATABASE_KINDS)
def database_kind(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": a test that uses ``make_database`` runs on both."""
    return request.param


@pytest.fixture
def make_database(
    database_kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[str], Database]]:
    """``make_database(start)`` opens a new database of this test's kind, closed (and on the
    server dropped) after the test. ``start``: "schema" (no catalog, as ``open_database(...,
    seed=False)``), "catalog" (a new database) or "demo" (the demo school, "small")."""
    opened: list[tuple[Database, str | None]] = []
    server: PostgresServer | None = None

    def make(start: str) -> Database:
        nonlocal server
        if database_kind == "sqlite":
            path = tmp_path / f"{start}-{len(opened)}.db"
            if start == "demo":
                shutil.copyfile(request.getfixturevalue("demo_file"), path)
            database = open_database(path, seed=start != "schema")
            opened.append((database, None))
            return database
        if server is None:
            server = request.getfixturevalue("pg_server")
        name = new_database(server, start)
        opened.append((open_database(server.url(name)), name))
        return opened[-1][0]

    yield make
    for database, name in opened:
        database.close()
        if name is not None and server is not None:
            server.drop_database(name)
