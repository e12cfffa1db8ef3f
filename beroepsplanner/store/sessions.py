"""An open database: its sessions and transactions, and a failing SQLite operation in Dutch.

``store/database.py`` opens, checks and migrates a file (``store/server.py`` opens a
server database) and hands back a ``Database``; everything that works on an open
database (the store's queries, the seed, the change log, the window) takes that object.
A lock, a read-only place, a full disk or a damaged page met in a session becomes a
``DatabaseError`` with a Dutch message that says what to do (``failure``), never
SQLite's own words; on a server, ``store/server_errors.py`` says the same of a busy row,
missing rights or a lost connection.

Every session made here carries the store's four listeners (``chain_history``: a
chain's revision for calendars; ``row_versions``: a chain's or a company's version raised
when only its lessons or people changed; ``text_check``: no text that cannot be printed is
flushed; ``year_lock``: no change of a locked school year is flushed). A save that meets a
row a colleague saved meanwhile (``StaleDataError``) becomes the Dutch
``ChangedByColleagueError``. They are
installed on SQLAlchemy's ``Session`` when this module is imported, and every session
of the program comes from a ``Database``, so no writer can forget them.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from beroepsplanner.errors import BeroepsplannerError, DatabaseError
from beroepsplanner.store import chain_history as _chain_history  # noqa: F401 - installs a listener
from beroepsplanner.store import row_versions, server_reads
from beroepsplanner.store import text_check as _text_check  # noqa: F401 - installs a listener
from beroepsplanner.store import year_lock as _year_lock  # noqa: F401 - installs a listener
from beroepsplanner.store.file_locks import Presence
from beroepsplanner.store.location import DatabaseLocation


@dataclass
class Database:
    """An open database at the current schema: a SQLite file or a server database."""

    location: DatabaseLocation
    engine: Engine
    session_factory: sessionmaker[Session]
    presence: Presence | None = None
    """The shared lock that tells a restore this file is open here (``file_locks``)."""

    @property
    def path(self) -> Path | None:
        """The database file; None for a server database (nothing on this disk)."""
        return self.location.path

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing is committed.

        A lock, a damaged page or a vanished file met while reading (on a server: a
        lost connection, missing rights) raises a Dutch ``DatabaseError``.
        """
        session = self.session_factory()
        try:
            yield session
            if self.location.path is None:
                # A server's prepared statements survive a COMMIT, not a ROLLBACK.
                server_reads.finish_read(session)
        except DBAPIError as exc:
            error = self.failure(exc, writing=False)
            if error is None:
                raise
            raise error from exc
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or rolled back whole."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            with suppress(DBAPIError):  # a lost connection cannot roll back; the server does
                session.rollback()
            error = self.failure(exc, writing=True)
            if error is None:
                raise
            raise error from exc
        except StaleDataError as exc:
            # An UPDATE found its row at another version than it loaded: a colleague saved
            # it during this change (store/row_versions.py). Nothing is kept.
            session.rollback()
            table = re.search(r"on table '(\w+)'", str(exc))
            raise row_versions.changed_while_saving(table.group(1) if table else None) from exc
        except BeroepsplannerError as exc:
            # A refusal (a colleague's save, a rule): nothing is kept. On a server a
            # transaction that only read ends with COMMIT, which keeps the connection's
            # prepared statements (server_reads.py); anything else rolls back.
            if self.location.path is None and not isinstance(exc, DatabaseError):
                with suppress(SQLAlchemyError):  # a failed flush: its rollback below
                    server_reads.finish_read(session)
            session.rollback()
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def failure(self, exc: DBAPIError, *, writing: bool) -> DatabaseError | None:
        """The Dutch error for ``exc`` when its cause lies outside the program (the file,
        the disk, the server, the network); None for the program's own fault."""
        if self.location.path is None:
            from beroepsplanner.store.server_errors import server_failure

            return server_failure(self.location, exc, writing=writing)
        if not isinstance(exc, SQLAlchemyDatabaseError) or not is_file_failure(exc):
            return None
        return failure(self.location.path, exc, writing=writing)

    def close(self) -> None:
        self.engine.dispose()
        if self.presence is not None:
            self.presence.release()
            self.presence = None


RESTORE_HINT = "Zet een back-up van het bestand terug, of kies een ander bestand."


def is_file_failure(exc: SQLAlchemyDatabaseError) -> bool:
    """True for faults of the file or the disk (lock, read-only, full, damaged, I/O)
    and for a value larger than SQLite stores, False for a constraint or programming
    error, which is the program's own."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.DataError) and "too big" in str(orig):
        return True
    return isinstance(orig, sqlite3.OperationalError) or type(orig) is sqlite3.DatabaseError


def failure_message(path: Path, exc: Exception, *, writing: bool) -> str:
    """A Dutch message for a failing SQLite operation, saying what the user can do."""
    return str(failure(path, exc, writing=writing))


def failure(path: Path, exc: Exception, *, writing: bool) -> DatabaseError:
    """The error for a failing SQLite operation: a Dutch message that says what the user
    can do, with a ``key`` for the window's English."""
    detail = str(getattr(exc, "orig", exc)).lower()
    nothing_saved = " Er is niets opgeslagen." if writing else ""
    named = {"path": str(path), "writing": writing}
    if "too big" in detail:
        # SQLite stores up to 1 GB in one field (a 1 MB text is fine); only a build
        # with a lower limit, or an absurd value, gets here.
        return DatabaseError(
            f"Een tekst of bestand is te groot om in de database {path} op te slaan."
            f"{nothing_saved} Maak de tekst korter (zet lange stukken bijvoorbeeld in een "
            "apart document) en probeer het opnieuw.",
            key="db-value-too-big",
            **named,
        )
    if "locked" in detail or "busy" in detail:
        return DatabaseError(
            f"De database {path} is bezet door een ander programma.{nothing_saved} "
            "Sluit het andere programma of venster van Beroepsplanner dat dit bestand "
            "gebruikt, en probeer het opnieuw.",
            key="db-busy",
            **named,
        )
    if "readonly" in detail or "read-only" in detail:
        return read_only_failure(path, writing=writing) or DatabaseError(
            f"De database {path} is alleen-lezen.{nothing_saved} "
            "Kies een map waarin u mag schrijven, of vraag de beheerder om schrijfrechten.",
            key="db-read-only",
            **named,
        )
    if "unable to open" in detail or "disk i/o error" in detail or "full" in detail:
        # SQLite names a read-only place as an I/O fault (it cannot make the -shm
        # file) or, now and then, as a full disk: say what is really the matter.
        error = read_only_failure(path, writing=writing, only_file_system="full" in detail)
        if error:
            return error
    if "full" in detail:
        return DatabaseError(
            f"De schijf waarop {path} staat is vol.{nothing_saved} "
            "Maak ruimte vrij (of kies een andere schijf) en probeer het opnieuw.",
            key="db-disk-full",
            **named,
        )
    if "not a database" in detail or "malformed" in detail:
        unchanged = "Er is niets opgeslagen." if writing else "Het bestand is niet gewijzigd."
        return DatabaseError(
            f"De database {path} is beschadigd. {unchanged} {RESTORE_HINT}",
            key="db-damaged-writing" if writing else "db-damaged",
            path=str(path),
        )
    if "disk i/o error" in detail or "unable to open" in detail:
        return DatabaseError(
            f"De database {path} kan niet worden {'beschreven' if writing else 'gelezen'}: "
            f"de schijf of de map gaf een fout.{nothing_saved} Controleer of de schijf "
            "(of USB-stick of netwerkmap) nog bereikbaar is en probeer het opnieuw.",
            key="db-write-disk-error" if writing else "db-read-disk-error",
            path=str(path),
        )
    if writing:
        return DatabaseError(
            f"De wijziging in {path} kon niet worden opgeslagen ({detail}). "
            "Er is niets half opgeslagen; probeer het opnieuw.",
            key="db-save-failed",
            path=str(path),
            detail=detail,
        )
    return DatabaseError(
        f"De database {path} kan niet worden geopend ({detail}).",
        key="db-open-failed",
        path=str(path),
        detail=detail,
    )


def file_system_read_only(place: Path) -> bool:
    """True when ``place`` (a file or a folder) lies on a file system mounted read-only."""
    flag = getattr(os, "ST_RDONLY", None)
    if flag is None:  # Windows: no statvfs; the other checks still apply
        return False
    try:
        return bool(os.statvfs(place).f_flag & flag)
    except OSError:
        return False


def read_only_failure(
    path: Path, *, writing: bool, only_file_system: bool = False
) -> DatabaseError | None:
    """The error for a database that may not be written where it is, naming what is
    read-only (the file system, the file or the folder); None when none is."""
    folder = path.parent
    place = path if path.exists() else folder
    nothing_saved = " Er is niets opgeslagen." if writing else ""
    named = {"path": str(path), "writing": writing}
    if file_system_read_only(place):
        return DatabaseError(
            f"De database {path} staat op een alleen-lezen bestandssysteem (bijvoorbeeld een "
            "beveiligde USB-stick, een cd of een netwerkmap zonder schrijfrechten)."
            f"{nothing_saved} "
            "Kopieer het bestand naar een map waarin u mag schrijven en open het daar.",
            key="db-on-read-only-file-system",
            **named,
        )
    if only_file_system or not folder.is_dir():
        return None
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseError(
            f"De database {path} is alleen-lezen.{nothing_saved} "
            "Kies een map waarin u mag schrijven, of vraag de beheerder om schrijfrechten.",
            key="db-read-only",
            **named,
        )
    if not os.access(folder, os.W_OK):
        return DatabaseError(
            f"De map {folder} is alleen-lezen; Beroepsplanner moet daar naast de "
            f"database hulpbestanden (-wal, -shm) kunnen maken.{nothing_saved} Kopieer "
            "het bestand naar een map waarin u mag schrijven, of vraag de beheerder om "
            "schrijfrechten.",
            key="db-folder-read-only",
            folder=str(folder),
            **named,
        )
    return None
