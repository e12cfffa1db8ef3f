"""The two ends of ``beroepsplanner db copy``: each checked and opened, with a Dutch
message for everything that stands in the way.

``reading(source)`` yields a connection inside a read-only transaction on one snapshot
of the source (a file: SQLite's read transaction on a file opened read-only, never made
or changed; a server: REPEATABLE READ, READ ONLY), after checking that it is a
Beroepsplanner database at this program's schema. ``writing_file`` and
``writing_server`` yield a connection inside the one transaction that will hold the
whole copy on the target: on a file ``BEGIN IMMEDIATE`` (no other program writes until it
ends), on a server with the advisory lock ``db upgrade`` takes too. ``check_schema``
makes the schema in an empty target and refuses one at another revision.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.schema import BUSY_TIMEOUT_MS, SCHEMA_HEAD, alembic_config
from beroepsplanner.store.server_errors import connect_failure, server_failure
from beroepsplanner.store.sessions import failure, is_file_failure

SQLITE_HEADER = b"SQLite format 3\x00"


def end_failure(
    location: DatabaseLocation, exc: DBAPIError, *, writing: bool
) -> DatabaseError | None:
    """The Dutch error for a statement on ``location`` that failed for a cause outside
    the program (the file, the disk, the server, the network); None otherwise."""
    if location.path is None:
        return server_failure(location, exc, writing=writing)
    if isinstance(exc, SQLAlchemyDatabaseError) and is_file_failure(exc):
        return failure(location.path, exc, writing=writing)
    return None


def same_database(a: DatabaseLocation, b: DatabaseLocation) -> bool:
    """Whether ``a`` and ``b`` name one database (one file, or one database on one server)."""
    if a.path is not None and b.path is not None:
        try:
            return os.path.samefile(a.path, b.path)
        except OSError:
            return os.path.realpath(a.path) == os.path.realpath(b.path)
    if a.url is not None and b.url is not None:
        return _server_key(a) == _server_key(b)
    return False


def _server_key(location: DatabaseLocation) -> tuple[str, str, str]:
    url = location.url
    assert url is not None
    query = url.query
    host = str(url.host or query.get("host") or "localhost").lower()
    port = str(url.port or query.get("port") or 5432)
    return host, port, str(url.database or query.get("dbname") or "")


# --- the source -------------------------------------------------------------------------


@contextmanager
def reading(source: DatabaseLocation) -> Iterator[Connection]:
    """A connection to ``source`` in a read-only transaction on one snapshot, checked to
    be a Beroepsplanner database at this program's schema."""
    engine = _source_engine(source)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as exc:
            raise _source_failure(source, exc) from exc
        with connection:
            if source.url is not None:
                connection = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with connection.begin():
                try:
                    if source.path is not None:
                        _check_not_damaged(connection, source)
                    _check_source_schema(connection, source)
                except DBAPIError as exc:
                    error = end_failure(source, exc, writing=False)
                    if error is None:
                        raise
                    raise error from exc
                # Failures of the copy itself are the caller's to name (copy_rows).
                yield connection
    finally:
        engine.dispose()


def _source_failure(source: DatabaseLocation, exc: DBAPIError) -> DatabaseError:
    if source.url is not None:
        return connect_failure(source, exc)
    return end_failure(source, exc, writing=False) or DatabaseError(
        f"De database {source} kan niet worden geopend ({exc.orig}). Er is niets veranderd.",
        key="copy-source-unreadable",
        source=str(source),
        detail=str(exc.orig),
    )


def _source_engine(source: DatabaseLocation) -> Engine:
    if source.url is not None:
        from beroepsplanner.store.server import make_server_engine

        return make_server_engine(source)
    path = source.path
    assert path is not None
    if not path.is_file():
        raise DatabaseError(
            f"De database {path} bestaat niet (of is een map). Er is niets veranderd. "
            "Controleer de naam en de map achter --from.",
            key="copy-source-missing",
            source=str(path),
        )
    if not _starts_like_sqlite(path):
        raise DatabaseError(
            f"{path} is geen Beroepsplanner-database. Er is niets veranderd. Kies achter "
            "--from het databasebestand (.db) of het adres van de schoolserver.",
            key="copy-source-not-a-database",
            source=str(path),
        )
    # Read-only: the source is never changed, and a missing file is never made.
    uri = f"{path.as_uri()}?mode=ro"
    timeout = BUSY_TIMEOUT_MS / 1000

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)
    _own_transactions(engine, begin="BEGIN")
    return engine


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _own_transactions(engine: Engine, *, begin: str) -> None:
    """Let SQLAlchemy's transactions be SQLite's own (``begin``: ``BEGIN`` or ``BEGIN
    IMMEDIATE``), which then hold DDL as well (SQLAlchemy's recipe for pysqlite)."""

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    def on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


def _check_not_damaged(connection: Connection, source: DatabaseLocation) -> None:
    if connection.execute(text("PRAGMA quick_check")).scalar() != "ok":
        raise DatabaseError(
            f"De database {source} is beschadigd; er is niets gekopieerd en niets veranderd. "
            "Zet een back-up van het bestand terug en kopieer die.",
            key="copy-source-damaged",
            source=str(source),
        )


def _check_source_schema(connection: Connection, source: DatabaseLocation) -> None:
    from beroepsplanner.store.server import schema_state

    revision = schema_state(connection).revision
    if revision == SCHEMA_HEAD:
        return
    if revision is None:
        raise DatabaseError(
            f"{source} is geen Beroepsplanner-database (er staat geen schema van "
            "Beroepsplanner in). Er is niets veranderd.",
            key="copy-source-no-schema",
            source=str(source),
        )
    if revision in _known_revisions():
        raise DatabaseError(
            f"De database {source} heeft een ouder schema ({revision}) dan deze versie van "
            f"Beroepsplanner ({SCHEMA_HEAD}). Er is niets veranderd. Werk hem eerst bij met "
            f"'beroepsplanner db upgrade --db {source}' en kopieer hem daarna.",
            key="copy-source-older",
            source=str(source),
            revision=revision,
            head=SCHEMA_HEAD,
        )
    raise DatabaseError(
        f"De database {source} is bijgewerkt door een nieuwere versie van Beroepsplanner. "
        "Er is niets veranderd. Kopieer hem met de nieuwste versie van het programma.",
        key="copy-source-newer",
        source=str(source),
    )


def _known_revisions() -> set[str]:
    from beroepsplanner.store.schema import script_directory

    return {revision.revision for revision in script_directory().walk_revisions()}


# --- the target -------------------------------------------------------------------------


def check_target_file(path: Path) -> bool:
    """Refuse a target file that cannot become a copy; True when it exists."""
    if path.is_dir():
        raise DatabaseError(
            f"{path} is een map. Er is niets veranderd. Geef achter --to een bestandsnaam op, "
            "bijvoorbeeld school.db in die map.",
            key="copy-target-is-folder",
            target=str(path),
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            f"De map {path.parent} bestaat niet. Er is niets veranderd. Maak de map eerst aan "
            "of kies een andere plek.",
            key="copy-target-folder-missing",
            folder=str(path.parent),
        )
    if not path.exists():
        return False
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"Het bestand {path} kan niet worden gelezen ({exc.strerror}). Er is niets veranderd.",
            key="copy-target-unreadable",
            target=str(path),
            detail=str(exc.strerror),
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} bestaat al en is geen Beroepsplanner-database. Er is niets veranderd. "
            "Kies achter --to een nieuwe naam.",
            key="copy-target-not-a-database",
            target=str(path),
        )
    return True


@contextmanager
def writing_file(file: Path, shown: DatabaseLocation) -> Iterator[Connection]:
    """A connection to the SQLite file ``file`` in one write transaction (``BEGIN
    IMMEDIATE``), committed when the block ends without an error. ``shown`` is the
    target as messages name it. Foreign keys are checked as a whole before the commit
    (off while copying: a table that is cleared and refilled would cascade)."""

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(str(file), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = OFF")
        # Rows replaced are overwritten in the file, not left in free pages (pupils' names).
        connection.execute("PRAGMA secure_delete = ON")
        return connection

    engine = create_engine("sqlite://", creator=connect)
    _own_transactions(engine, begin="BEGIN IMMEDIATE")
    try:
        with engine.connect() as connection, connection.begin():
            yield connection
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise DatabaseError(
                    f"De kopie in {shown} zou naar ontbrekende gegevens verwijzen; er is niets "
                    "veranderd. De bron is niet in orde: zet er een back-up van terug.",
                    key="copy-broken-references",
                    target=str(shown),
                )
    finally:
        engine.dispose()


@contextmanager
def writing_server(target: DatabaseLocation) -> Iterator[Connection]:
    """A connection to the server database ``target`` in one transaction, committed when
    the block ends without an error; one copy or ``db upgrade`` at a time."""
    from beroepsplanner.store.server import UPGRADE_LOCK, make_server_engine

    engine = make_server_engine(target)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as exc:
            raise connect_failure(target, exc) from exc
        with connection, connection.begin():
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            yield connection
    finally:
        engine.dispose()


def check_schema(connection: Connection, target: DatabaseLocation) -> bool:
    """Make the schema in an empty target (True), or refuse a target that is not at this
    program's schema or holds another program's tables."""
    from alembic import command

    from beroepsplanner.store.server import schema_state

    state = schema_state(connection)
    if state.revision == SCHEMA_HEAD:
        return False
    if state.revision is None:
        if state.other_tables:
            shown = ", ".join(state.other_tables[:3])
            raise DatabaseError(
                f"In {target} staan tabellen van een ander programma ({shown}"
                f"{', …' if len(state.other_tables) > 3 else ''}). Er is niets veranderd. Kies "
                "achter --to een lege database of een Beroepsplanner-database.",
                key="copy-target-of-another-program",
                target=str(target),
                tables=shown,
            )
        command.upgrade(alembic_config(connection), "head")
        return True
    if state.revision in _known_revisions():
        raise DatabaseError(
            f"De database {target} heeft een ouder schema ({state.revision}) dan deze versie "
            f"van Beroepsplanner ({SCHEMA_HEAD}). Er is niets veranderd. Werk hem eerst bij met "
            f"'beroepsplanner db upgrade --db {target}' en kopieer daarna.",
            key="copy-target-older",
            target=str(target),
            revision=state.revision,
            head=SCHEMA_HEAD,
        )
    raise DatabaseError(
        f"De database {target} is bijgewerkt door een nieuwere versie van Beroepsplanner. "
        "Er is niets veranderd. Kopieer met de nieuwste versie van het programma.",
        key="copy-target-newer",
        target=str(target),
    )

