"""A database on a PostgreSQL server (a school's or board's shared database, issue 16).

``open_database`` comes here for a ``postgresql://`` location. Opening

1. connects with psycopg 3 (libpq: ``PGPASSWORD``, ``~/.pgpass`` and ``PGSERVICE``
   work as they are) and turns what goes wrong into a Dutch message that says what
   to do: the server cannot be reached, the user or password is wrong, the database
   does not exist (``server_errors``);
2. refuses a database without our schema, one of another program, one whose schema
   is older than this program's, and one a newer program upgraded — each untouched.
   The program never migrates a shared server on its own: the colleagues' programs
   may be older. ``upgrade_server`` (``beroepsplanner db upgrade --db URL``) does, on
   purpose, in one transaction (PostgreSQL's DDL is transactional), one upgrader at a
   time (an advisory lock), and loads or updates the catalog in the same transaction.

The catalog seed is applied only by ``upgrade_server`` too, never on opening: two
versions of the program on one server would otherwise take turns rewriting it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store import server_reads
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_HEAD,
    alembic_config,
    own_tables,
    script_directory,
)
from beroepsplanner.store.server_errors import connect_failure, server_failure
from beroepsplanner.store.server_password import with_password
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.url_text import CONNECT_TIMEOUT_S

PING_AFTER_IDLE_S = 5.0
"""A pooled connection unused this long is pinged before it is handed out (``_checkout``)."""

UPGRADE_LOCK = 0x42504B31
"""The advisory lock two upgraders of one database take turns on ("BPK1")."""


def make_server_engine(location: DatabaseLocation) -> Engine:
    """An engine for the server database at ``location`` (psycopg 3).

    A connection waits at most ``CONNECT_TIMEOUT_S`` for the server and at most
    ``BUSY_TIMEOUT_MS`` for a row another user holds locked (as SQLite waits for the
    file), unless the URL says otherwise; it names itself ``beroepsplanner`` to the
    server (``pg_stat_activity``), for the school's IT provider.
    """
    assert location.url is not None
    query = location.url.query
    connect_args: dict[str, object] = {}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in query:
        connect_args["application_name"] = "beroepsplanner"
    # The keyring's password when the URL has none (store/server_password.py); else
    # libpq's own ways (PGPASSWORD, .pgpass, a service file).
    url = with_password(location.url)
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "checkin", _on_checkin)
    event.listen(engine, "before_cursor_execute", server_reads.note_statement)

    def checkout(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        _checkout(engine, dbapi_connection, record)
        server_reads.new_transaction(record)

    event.listen(engine, "checkout", checkout)
    return engine


_LAST_USED = "beroepsplanner.last_used"


def _on_connect(dbapi_connection, record: Any) -> None:  # type: ignore[no-untyped-def]
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {int(BUSY_TIMEOUT_MS)}")
    dbapi_connection.commit()
    record.info[_LAST_USED] = time.monotonic()


def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info[_LAST_USED] = time.monotonic()


def _checkout(engine: Engine, dbapi_connection: Any, record: Any) -> None:
    """Ping a connection that lay unused in the pool for a while (the server may have
    restarted, a network may have dropped it): a dead one is replaced by a new one before
    any work is done on it (SQLAlchemy's pool takes ``DisconnectionError`` so).

    SQLAlchemy's ``pool_pre_ping`` pings at every checkout: a round trip to the server for
    every transaction, a tenth of a chain's save. A connection used a moment ago is alive;
    one that died since still fails with a Dutch message (``server_errors``), and the pool
    then drops every connection of that time, so the next try connects anew."""
    if time.monotonic() - record.info.get(_LAST_USED, 0.0) < PING_AFTER_IDLE_S:
        return
    try:
        alive = engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error as exc:
        raise DisconnectionError(str(exc)) from exc
    if not alive:
        raise DisconnectionError("no answer to a ping")


@dataclass(frozen=True)
class SchemaState:
    """What a server database holds before we use it."""

    revision: str | None
    """The Alembic revision in ``alembic_version``; None without that table."""
    other_tables: tuple[str, ...]
    """Tables that are not ours (another program's)."""


def schema_state(connection: Connection) -> SchemaState:
    tables = set(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision, tuple(sorted(tables - own_tables())))


def _known_revisions() -> set[str]:
    return {revision.revision for revision in script_directory().walk_revisions()}


@contextmanager
def _connected(location: DatabaseLocation, engine: Engine) -> Iterator[Connection]:
    """A connection to the server; a Dutch error when there is none."""
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise connect_failure(location, exc) from exc
    try:
        yield connection
    except DBAPIError as exc:
        error = server_failure(location, exc, writing=False)
        if error is None:
            raise
        raise error from exc
    finally:
        connection.close()


def _refuse(location: DatabaseLocation, state: SchemaState, *, upgrading: bool) -> None:
    """Refuse a database of another program or of a newer Beroepsplanner; opening (not
    upgrading) also refuses one without our schema or with an older one."""
    server = str(location)
    if state.revision is None and state.other_tables:
        raise DatabaseError(
            f"De database {server} bevat tabellen van een ander programma "
            f"({', '.join(state.other_tables[:3])}"
            f"{', …' if len(state.other_tables) > 3 else ''}). Er is niets veranderd. "
            "Kies een lege database of een Beroepsplanner-database.",
            key="server-of-another-program",
            server=server,
            tables=", ".join(state.other_tables[:3]),
        )
    if (
        state.revision is not None
        and state.revision != SCHEMA_HEAD
        and state.revision not in _known_revisions()
    ):
        raise DatabaseError(
            f"De database {server} is bijgewerkt door een nieuwere versie van "
            "Beroepsplanner. Er is niets veranderd. Installeer de nieuwste versie van "
            "het programma.",
            key="server-newer-version",
            server=server,
        )
    if upgrading:
        return
    if state.revision is None:
        raise DatabaseError(
            f"De database {server} heeft nog geen Beroepsplanner-schema. Er is niets "
            f"veranderd. De beheerder maakt het schema met 'beroepsplanner db upgrade "
            f"--db {server}'.",
            key="server-no-schema",
            server=server,
        )
    if state.revision != SCHEMA_HEAD:
        raise DatabaseError(
            f"De database {server} heeft een ouder schema dan deze versie van "
            "Beroepsplanner. Een gedeelde database werkt het programma niet vanzelf bij: "
            "dat doet de beheerder, als iedereen de nieuwe versie heeft, met "
            f"'beroepsplanner db upgrade --db {server}'. Er is niets veranderd.",
            key="server-needs-upgrade",
            server=server,
        )


def open_server_database(location: DatabaseLocation) -> Database:
    """Open the server database at ``location``, which must be at this program's schema.

    Raises ``DatabaseError`` with a Dutch message (nothing changed) for an unreachable
    server, a wrong user or password, a missing database, a database without our
    schema, of another program, with an older or a newer schema.
    """
    engine = make_server_engine(location)
    try:
        with _connected(location, engine) as connection:
            _refuse(location, schema_state(connection), upgrading=False)
        database = Database(location, engine, sessionmaker(engine, expire_on_commit=False))
        from beroepsplanner.store.change_log import record_changes

        record_changes(database)
    except BaseException:
        engine.dispose()
        raise
    return database


@dataclass(frozen=True)
class ServerUpgrade:
    """What ``upgrade_server`` did."""

    before: str | None
    """The revision the database had (None: it had no schema yet)."""
    after: str
    catalog_changed: bool
    """The catalog was loaded or updated."""


def upgrade_server(location: DatabaseLocation) -> ServerUpgrade:
    """Bring the server database at ``location`` to this program's schema and catalog.

    One transaction: the schema (made on an empty database, or migrated) and the
    catalog are complete, or nothing changed. A second upgrader waits for the first
    (an advisory lock) and then finds nothing to do. Refuses a database of another
    program or of a newer Beroepsplanner.
    """
    from alembic import command

    from beroepsplanner.store.models import Setting
    from beroepsplanner.store.seed import SEED_DIGEST_SETTING, apply_catalog, read_catalog

    catalog = read_catalog()
    head = script_directory().get_current_head()
    assert head is not None
    engine = make_server_engine(location)
    try:
        with _connected(location, engine) as connection:
            with connection.begin():
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
                state = schema_state(connection)
                _refuse(location, state, upgrading=True)
                if state.revision != head:
                    command.upgrade(alembic_config(connection), "head")
                with Session(bind=connection, expire_on_commit=False) as session:
                    digest = session.get(Setting, SEED_DIGEST_SETTING)
                    catalog_changed = digest is None or digest.value != catalog.digest
                    if catalog_changed:
                        apply_catalog(session, catalog)
                        if digest is None:
                            session.add(Setting(key=SEED_DIGEST_SETTING, value=catalog.digest))
                        else:
                            digest.value = catalog.digest
                        session.flush()
    finally:
        engine.dispose()
    return ServerUpgrade(state.revision, head, catalog_changed)
