"""Open a database file: engine set-up, checks, migrations and the catalog seed.

``open_database`` is the only way the program gets at a database. It

1. refuses a file that is not a SQLite database, is damaged, or was written by
   a newer Beroepsplanner (the file is left exactly as it was);
2. migrates an older file to the current schema with Alembic;
3. loads or updates the catalog seed when the bundled seed files changed.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from beroepsplanner.errors import DatabaseError
from beroepsplanner.resources import db_path

SQLITE_HEADER = b"SQLite format 3\x00"

# The newest migration in db/migrations/versions. Opening a file that is already
# there skips importing Alembic (a fifth of a command's start-up);
# tests/store/test_migrations.py fails when this is not Alembic's head.
SCHEMA_HEAD = "0003"

BUSY_TIMEOUT_MS = 5000
"""How long a statement waits while another program holds the database locked,
before it fails with the Dutch "bezet" message (never for ever)."""


def _alembic_config(connection=None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_path("migrations")))
    config.attributes["connection"] = connection
    return config


def _script_directory():  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head_revision() -> str:
    """The newest migration this version of the program knows."""
    head = _script_directory().get_current_head()
    assert head is not None, "db/migrations has no revisions"
    return head


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        # Privacy: an erased pupil's name is overwritten in the file, not left in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """A SQLAlchemy engine for a SQLite file with foreign keys enforced."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Database:
    """An open, migrated database file."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing is committed.

        A lock, a damaged page or a vanished file met while reading raises a
        Dutch ``DatabaseError``.
        """
        session = self.session_factory()
        try:
            yield session
        except SQLAlchemyDatabaseError as exc:
            if not _is_file_failure(exc):
                raise
            raise DatabaseError(_failure_message(self.path, exc, writing=False)) from exc
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back whole."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except SQLAlchemyDatabaseError as exc:
            session.rollback()
            if not _is_file_failure(exc):
                raise
            raise DatabaseError(_failure_message(self.path, exc, writing=True)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


RESTORE_HINT = "Zet een back-up van het bestand terug, of kies een ander bestand."


def _is_file_failure(exc: SQLAlchemyDatabaseError) -> bool:
    """True for faults of the file or the disk (lock, read-only, full, damaged, I/O),
    False for a constraint or programming error, which is the program's own."""
    orig = getattr(exc, "orig", None)
    return isinstance(orig, sqlite3.OperationalError) or type(orig) is sqlite3.DatabaseError


def _failure_message(path: Path, exc: Exception, *, writing: bool) -> str:
    """A Dutch message for a failing SQLite operation, saying what the user can do."""
    detail = str(getattr(exc, "orig", exc)).lower()
    nothing_saved = " Er is niets opgeslagen." if writing else ""
    if "locked" in detail or "busy" in detail:
        return (
            f"De database {path} is bezet door een ander programma.{nothing_saved} "
            "Sluit het andere programma of venster van Beroepsplanner dat dit bestand "
            "gebruikt, en probeer het opnieuw."
        )
    if "readonly" in detail or "read-only" in detail:
        if path.exists() and os.access(path, os.W_OK) and not os.access(path.parent, os.W_OK):
            return (
                f"De map {path.parent} is alleen-lezen; Beroepsplanner moet daar naast de "
                f"database hulpbestanden (-wal, -shm) kunnen maken.{nothing_saved} Kopieer "
                "het bestand naar een map waarin u mag schrijven, of vraag de beheerder om "
                "schrijfrechten."
            )
        return (
            f"De database {path} is alleen-lezen.{nothing_saved} "
            "Kies een map waarin u mag schrijven, of vraag de beheerder om schrijfrechten."
        )
    if "full" in detail:
        return (
            f"De schijf waarop {path} staat is vol.{nothing_saved} "
            "Maak ruimte vrij (of kies een andere schijf) en probeer het opnieuw."
        )
    if "not a database" in detail or "malformed" in detail:
        unchanged = "Er is niets opgeslagen." if writing else "Het bestand is niet gewijzigd."
        return f"De database {path} is beschadigd. {unchanged} {RESTORE_HINT}"
    if "disk i/o error" in detail or "unable to open" in detail:
        return (
            f"De database {path} kan niet worden {'beschreven' if writing else 'gelezen'}: "
            f"de schijf of de map gaf een fout.{nothing_saved} Controleer of de schijf "
            "(of USB-stick of netwerkmap) nog bereikbaar is en probeer het opnieuw."
        )
    if writing:
        return (
            f"De wijziging in {path} kon niet worden opgeslagen ({detail}). "
            "Er is niets half opgeslagen; probeer het opnieuw."
        )
    return f"De database {path} kan niet worden geopend ({detail})."


def _check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand. Geef een bestandsnaam op.")
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            raise DatabaseError(
                f"De map {parent} bestaat niet. Maak de map eerst aan of kies een andere plek."
            )
        if not os.access(parent, os.W_OK):
            raise DatabaseError(
                f"In de map {parent} mag Beroepsplanner geen bestand maken. Kies een andere plek."
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"Het bestand {path} kan niet worden gelezen ({exc.strerror}). "
            "Controleer of u het bestand mag openen."
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is geen Beroepsplanner-database (of het bestand is beschadigd). "
            "Het bestand is niet gewijzigd. " + RESTORE_HINT
        )


def _integrity_check(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            result = connection.execute(text("PRAGMA quick_check")).scalar()
    except DBAPIError as exc:
        raise DatabaseError(_failure_message(path, exc, writing=False)) from exc
    if result != "ok":
        raise DatabaseError(
            f"De database {path} is beschadigd ({result}). Het bestand is niet gewijzigd. "
            + RESTORE_HINT
        )


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has_table:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _migrate(engine: Engine, path: Path) -> None:
    if _stored_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    script = _script_directory()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseError(
                f"De database {path} is gemaakt met een nieuwere versie van Beroepsplanner. "
                "Het bestand is niet gewijzigd. Installeer de nieuwste versie van het programma."
            )
        if current == script.get_current_head():
            return
        if current is None and _has_foreign_tables(connection):
            raise DatabaseError(
                f"{path} is een SQLite-database van een ander programma. "
                "Het bestand is niet gewijzigd. Kies een Beroepsplanner-database."
            )
    # WAL keeps readers and the writer apart; set once, stored in the file.
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def _has_foreign_tables(connection) -> bool:  # type: ignore[no-untyped-def]
    names = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ).scalars()
    return any(name != "alembic_version" for name in names)


def open_database(path: Path | str, *, seed: bool = True) -> Database:
    """Open (or create) the database at ``path``, migrated to the current schema.

    With ``seed`` the bundled catalog is loaded on first use and updated when
    a newer program brings a newer catalog. Raises DatabaseError with a Dutch
    message for anything the user can fix.
    """
    path = Path(path).expanduser().absolute()
    _check_file(path)
    engine = make_engine(path)
    try:
        _integrity_check(engine, path)
        try:
            _migrate(engine, path)
        except SQLAlchemyDatabaseError as exc:
            if not _is_file_failure(exc):
                raise
            raise DatabaseError(_failure_message(path, exc, writing=False)) from exc
        database = Database(path, engine, sessionmaker(engine, expire_on_commit=False))
        # Every write transaction leaves a row in change_log (undo over a colleague's work).
        from beroepsplanner.store.change_log import record_changes

        record_changes(database)
        if seed:
            from beroepsplanner.store.seed import ensure_seeded

            ensure_seeded(database)
    except BaseException:
        engine.dispose()
        raise
    return database
