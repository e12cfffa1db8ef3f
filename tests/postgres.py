"""A PostgreSQL server for the tests, started once per test session.

The server comes from the ``pgserver`` package (PostgreSQL 16 binaries inside the
wheel, in the ``test`` extra): nothing to install by hand, no server of the machine
touched. It runs in a temporary folder, listens only on a Unix socket there, trusts
local connections, and is stopped (and its folder removed) when the session ends.

Each test gets a database of its own, made with ``CREATE DATABASE … TEMPLATE …`` from
a template that already holds what the test needs (the schema, the seeded catalog,
the demo school): copying a template takes a few tens of milliseconds, migrating and
seeding takes seconds. The database is dropped after the test.

A server that cannot start fails the tests that need it, with the reason; they are
never skipped.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest


class PostgresServer:
    """One running server; makes and drops the tests' databases on it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="bp-pg-"))
        self._runtime_set = False
        # pgserver keeps a lock file in the user's runtime folder; without one (CI, a
        # container) platformdirs warns and picks a shared folder: use ours instead.
        if not os.environ.get("XDG_RUNTIME_DIR") and os.name != "nt":
            runtime = self.root / "run"
            runtime.mkdir(mode=0o700)
            os.environ["XDG_RUNTIME_DIR"] = str(runtime)
            self._runtime_set = True
        import pgserver

        self._server = None
        try:
            self._server = pgserver.get_server(self.root / "data", cleanup_mode="stop")
            info = self._server.get_postmaster_info()
            # A Unix socket's folder (Linux, macOS), or 127.0.0.1 (Windows).
            self.host = str(info.socket_dir) if info.socket_dir else str(info.hostname)
            self.port = info.port
        except Exception as exc:
            log = self.root / "data" / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            self.stop()
            pytest.fail(
                "The PostgreSQL test server (pgserver) could not start: "
                f"{type(exc).__name__}: {exc}\n{tail}",
                pytrace=False,
            )
        self._templates: dict[str, str] = {}
        with self.admin() as connection:
            # A throw-away server: no waiting for the disk (dropping a database would
            # otherwise wait for a checkpoint now and then).
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                connection.execute(f"ALTER SYSTEM SET {setting} = off")
            connection.execute("SELECT pg_reload_conf()")

    def url(self, database: str = "postgres", *, user: str = "postgres") -> str:
        """A ``postgresql://`` URL of ``database``, as a user would type it (the host as a
        parameter: a socket's folder does not fit in the URL's host part)."""
        return (
            f"postgresql://{quote(user, safe='')}@/{quote(database, safe='')}"
            f"?host={quote(self.host, safe='/')}&port={self.port}"
        )

    def admin(self):  # type: ignore[no-untyped-def]
        """A connection to the maintenance database, in autocommit (CREATE DATABASE)."""
        import psycopg

        return psycopg.connect(
            dbname="postgres", user="postgres", host=self.host, port=self.port,
            autocommit=True,
        )

    def create_database(self, *, template: str | None = None) -> str:
        """A new database (empty, or a copy of ``template``); returns its name."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        source = f' TEMPLATE "{template}"' if template else ""
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"{source}')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self, key: str, build: Callable[[str], None]) -> str:
        """The name of the template database ``key``, made once by ``build(url)``.

        ``build`` must close every connection it opened: a template that is in use
        cannot be copied.
        """
        if key not in self._templates:
            name = self.create_database()
            try:
                build(self.url(name))
            except BaseException:
                self.drop_database(name)
                raise
            with self.admin() as connection:
                # No one connects to a template by accident (a copy would then fail).
                connection.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
            self._templates[key] = name
        return self._templates[key]

    def require_password(self, user: str, password: str) -> None:
        """Make the login ``user`` with ``password`` and let the server ask it of that user
        (``pg_hba.conf``; everyone else stays trusted)."""
        with self.admin() as connection:
            connection.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'")
            hba = Path(connection.execute("SHOW hba_file").fetchone()[0])
            rule = f"local all {user} scram-sha-256\nhost all {user} all scram-sha-256\n"
            hba.write_text(rule + hba.read_text())
            connection.execute("SELECT pg_reload_conf()")

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()
            # pgserver cleans up again at exit, taking its lock file in our folder: the
            # server is stopped already, so leave nothing behind.
            atexit.unregister(self._server._cleanup)
            self._server = None
        shutil.rmtree(self.root, ignore_errors=True)
        if self._runtime_set:
            os.environ.pop("XDG_RUNTIME_DIR", None)
            self._runtime_set = False


def clear_libpq_environment() -> dict[str, str]:
    """Remove the developer's own PG* variables (PGHOST, PGPASSWORD, PGSERVICE, ...) for
    the session, so the tests connect where their URLs say; returns what was removed."""
    removed = {name: value for name, value in os.environ.items() if name.startswith("PG")}
    for name in removed:
        del os.environ[name]
    return removed


def build_schema(url: str) -> None:
    """The schema of this program's migrations, without catalog (``open_database(...,
    seed=False)`` on a file)."""
    from alembic import command
    from sqlalchemy import create_engine

    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.schema import alembic_config

    engine = create_engine(DatabaseLocation.parse(url).url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()


def build_catalog(url: str) -> None:
    """Schema and catalog: what ``beroepsplanner db upgrade`` makes of an empty database."""
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.server import upgrade_server

    upgrade_server(DatabaseLocation.parse(url))


def build_demo(url: str) -> None:
    """The demo school ("small"), as ``demo_file`` holds it."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.demo import build_demo as build

    build_catalog(url)
    database = open_database(url)
    try:
        build(database, "small")
    finally:
        database.close()


TEMPLATES: dict[str, Callable[[str], None]] = {
    "schema": build_schema,
    "catalog": build_catalog,
    "demo": build_demo,
}
"""What a test's database starts as: the schema only, the schema with the catalog (a new
database), or the demo school."""


def new_database(server: PostgresServer, template: str) -> str:
    """A new database on ``server`` made from the template ``template``; its name."""
    return server.create_database(template=server.template(template, TEMPLATES[template]))
