"""Open a database file: engine set-up, checks, migrations and the catalog seed.

``open_database`` is the only way the program gets at a database. A server database
(``postgresql://…``, a ``DatabaseLocation`` with a URL) goes on to ``store/server.py``;
for a file it

1. refuses a file that is not a SQLite database, is damaged, or was written by
   a newer Beroepsplanner (the file is left exactly as it was);
2. creates a new database under a temporary name in the same folder
   (``.<name>.nieuw-<random>``), migrated and seeded, and only then gives it its
   real name, so a half-made file never carries that name;
3. migrates an older file to the current schema with Alembic, in one
   transaction that is complete or absent, after keeping a copy of the file
   beside it: ``<stem>.voor-upgrade-<revision><suffix>``, e.g.
   ``school.voor-upgrade-0001.db`` for ``school.db`` at revision 0001 (a copy
   that cannot be written stops the upgrade, file untouched);
4. loads or updates the catalog seed when the bundled seed files changed.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import time
from contextlib import closing, suppress
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from beroepsplanner.errors import DatabaseError
from beroepsplanner.logs import shown_path
from beroepsplanner.store import sessions
from beroepsplanner.store.file_locks import Presence
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.schema import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from beroepsplanner.store.schema import SCHEMA_HEAD as SCHEMA_HEAD
from beroepsplanner.store.schema import alembic_config as _alembic_config
from beroepsplanner.store.schema import head_revision as head_revision
from beroepsplanner.store.schema import own_tables as _own_tables
from beroepsplanner.store.schema import script_directory as _script_directory
from beroepsplanner.store.sessions import Database
from beroepsplanner.whole_file import whole_file

SQLITE_HEADER = b"SQLite format 3\x00"

logger = logging.getLogger(__name__)


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


def _migration_engine(path: Path) -> Engine:
    """An engine whose transactions hold DDL too: an upgrade is complete or absent.

    Python's sqlite3 runs CREATE and ALTER outside any transaction (each is
    committed at once); SQLAlchemy's documented recipe for pysqlite turns the
    driver's own transaction handling off and emits BEGIN itself. BEGIN
    IMMEDIATE takes the write lock at once, so two programs that start on the
    same old file upgrade it one after the other, never both. Only used for
    migrating: the program's sessions keep the driver's ordinary behaviour.
    """
    engine = make_engine(path)
    event.listen(engine, "connect", _own_transactions)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _own_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    # Batch mode rebuilds a table by dropping it; with foreign keys on, SQLite would
    # first delete (or cascade to) the rows that refer to it. The references are
    # checked as a whole before the upgrade commits (_check_references).
    dbapi_connection.execute("PRAGMA foreign_keys = OFF")


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _inner(error: DatabaseError) -> dict[str, object]:
    """The key and values of ``error``, for an error whose message ends with its message
    (``inner_key``, ``inner_<name>``: the window's English puts its English there)."""
    return {"inner_key": error.key, **{f"inner_{name}": value for name, value in error.values}}


def _check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise DatabaseError(
            f"{path} is een map, geen databasebestand. Geef een bestandsnaam op.",
            key="db-is-folder",
            path=str(path),
        )
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            raise DatabaseError(
                f"De map {parent} bestaat niet. Maak de map eerst aan of kies een andere plek.",
                key="db-folder-missing",
                folder=str(parent),
            )
        if sessions.file_system_read_only(parent):
            raise DatabaseError(
                f"De map {parent} staat op een alleen-lezen bestandssysteem; daar kan "
                "Beroepsplanner geen database maken. Kies een andere plek.",
                key="db-folder-on-read-only-file-system",
                folder=str(parent),
            )
        if not os.access(parent, os.W_OK):
            raise DatabaseError(
                f"In de map {parent} mag Beroepsplanner geen bestand maken. Kies een andere plek.",
                key="db-folder-no-permission",
                folder=str(parent),
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"Het bestand {path} kan niet worden gelezen ({exc.strerror}). "
            "Controleer of u het bestand mag openen.",
            key="db-unreadable",
            path=str(path),
            detail=exc.strerror,
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is geen Beroepsplanner-database (of het bestand is beschadigd). "
            "Het bestand is niet gewijzigd. " + sessions.RESTORE_HINT,
            key="db-not-a-database",
            path=str(path),
        )


def _integrity_check(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            result = connection.execute(text("PRAGMA quick_check")).scalar()
    except DBAPIError as exc:
        raise sessions.failure(path, exc, writing=False) from exc
    if result != "ok":
        # SQLite's own report (page numbers, btree errors) helps no user; not shown.
        raise DatabaseError(
            f"De database {path} is beschadigd: SQLite vond fouten in het bestand. "
            "Het bestand is niet gewijzigd. " + sessions.RESTORE_HINT,
            key="db-damaged-found",
            path=str(path),
        )


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has_table:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def stored_revision(path: Path) -> str | None:
    """The schema revision of the database file ``path`` as it is (None: no file, or no
    schema yet, or not readable: ``open_database`` then says why); changes nothing."""
    if not path.is_file():
        return None
    engine = make_engine(path)
    try:
        return _stored_revision(engine)
    except DBAPIError:
        return None
    finally:
        engine.dispose()


def _migrate(engine: Engine, path: Path, *, keep_copy: bool = True) -> None:
    if _stored_revision(engine) != SCHEMA_HEAD:
        _upgrade(path, path, keep_copy=keep_copy)
    _use_wal(engine)


def _use_wal(engine: Engine) -> None:
    """Switch the file to WAL, which keeps readers and the writer apart (set once,
    stored in the file). Outside any transaction: SQLite cannot switch inside one.
    A file that cannot switch now (read-only, busy) keeps working in its own mode."""
    with suppress(DBAPIError), engine.connect() as connection:
        if connection.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal":
            connection.exec_driver_sql("PRAGMA journal_mode = WAL")


def _upgrade(file: Path, shown: Path, *, keep_copy: bool = True, creating: bool = False) -> None:
    """Bring ``file`` to Alembic's head in one transaction: complete, or not at all.

    ``shown`` is the name the user knows the database by: messages name it and the
    copy kept before the upgrade goes beside it (``_keep_copy``). A file with no
    schema at all (new, empty, or half-made by an older version without any data)
    gets the whole schema; a SQLite file of another program is refused.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    script = _script_directory()
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    engine = _migration_engine(file)
    kept: Path | None = None
    try:
        with engine.connect() as connection:
            transaction = connection.begin()  # BEGIN IMMEDIATE: one upgrader at a time
            try:
                current = MigrationContext.configure(connection).get_current_revision()
                if current is not None and current not in known:
                    raise DatabaseError(
                        f"De database {shown} is gemaakt met een nieuwere versie van "
                        "Beroepsplanner. Het bestand is niet gewijzigd. Installeer de nieuwste "
                        "versie van het programma.",
                        key="db-newer-version",
                        path=str(shown),
                    )
                if current != head:
                    _clear_leftovers(connection, shown, current)
                    read_only = (
                        None if creating else sessions.read_only_failure(shown, writing=False)
                    )
                    if read_only:
                        raise DatabaseError(
                            f"De database {shown} moet worden bijgewerkt voor deze versie van "
                            f"Beroepsplanner, maar dat kan hier niet. {read_only}",
                            key="db-upgrade-not-here",
                            path=str(shown),
                            **_inner(read_only),
                        )
                    if current is not None and keep_copy:
                        kept = _keep_copy(file, shown, current)
                    command.upgrade(_alembic_config(connection), "head")
                    _check_references(connection, shown)
                transaction.commit()
                if current != head and not creating:
                    logger.info(
                        "database upgraded from revision %s to %s%s", current, head,
                        ", a copy kept beside it" if kept is not None else "",
                    )
            except BaseException:
                if _roll_back(transaction) and kept is not None:
                    # The file is exactly as it was; the copy of it is not needed.
                    _remove_with_side_files(kept)
                raise
    except SQLAlchemyDatabaseError as exc:
        if not sessions.is_file_failure(exc):
            raise
        raise _upgrade_failure(shown, exc, creating=creating) from exc
    finally:
        engine.dispose()


def _upgrade_failure(path: Path, exc: Exception, *, creating: bool) -> DatabaseError:
    if creating:
        what = (
            f"De nieuwe database {path} kon niet worden gemaakt; er is geen bestand "
            "achtergelaten."
        )
    else:
        what = (
            f"De database {path} kon niet worden bijgewerkt voor deze versie van "
            "Beroepsplanner; het bestand is niet gewijzigd."
        )
    failure = sessions.failure(path, exc, writing=False)
    return DatabaseError(
        f"{what} {failure}",
        key="db-create-failed" if creating else "db-upgrade-failed",
        path=str(path),
        **_inner(failure),
    )


def _roll_back(transaction) -> bool:  # type: ignore[no-untyped-def]
    """Roll back; True when that worked (the file is then exactly as before)."""
    try:
        transaction.rollback()
    except Exception:  # any: the original fault is what the user hears about
        return False
    return True


_TABLES_AT: dict[str | None, frozenset[str]] = {None: frozenset()}


def _tables_at(revision: str | None) -> frozenset[str]:
    """The tables a file at ``revision`` has, from the migrations run in memory."""
    if revision not in _TABLES_AT:
        from alembic import command

        assert revision is not None  # None, the empty file, is in _TABLES_AT from the start
        engine = create_engine("sqlite://")
        try:
            with engine.begin() as connection:
                command.upgrade(_alembic_config(connection), revision)
                names = connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).scalars()
                _TABLES_AT[revision] = frozenset(names)
        finally:
            engine.dispose()
    return _TABLES_AT[revision]


def _clear_leftovers(connection: Connection, path: Path, current: str | None) -> None:
    """Refuse another program's file; drop what an interrupted older upgrade left.

    Earlier versions of the program migrated without one transaction (Python's
    sqlite3 commits each CREATE on its own) and could stop half-way: tables of a
    later revision exist while ``alembic_version`` says an earlier one (or
    nothing), and no later start could get past them. Such tables of ours are
    dropped when they hold no rows, inside the upgrade's transaction; a table
    with rows is never dropped.
    """
    entries = connection.exec_driver_sql(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).all()
    ours = _own_tables()
    tables = {name for kind, name, _ in entries if kind == "table"}
    # Alembic makes alembic_version before anything else: without it, tables
    # (even ones with names like ours) are another program's.
    foreign = any(table not in ours for _, _, table in entries)
    if current is None and (foreign or (entries and "alembic_version" not in tables)):
        raise DatabaseError(
            f"{path} is een SQLite-database van een ander programma. "
            "Het bestand is niet gewijzigd. Kies een Beroepsplanner-database.",
            key="db-of-another-program",
            path=str(path),
        )
    leftovers = sorted((tables & ours) - _tables_at(current) - {"alembic_version"})
    filled = [name for name in leftovers if _has_rows(connection, name)]
    if filled:
        if current is None:
            raise DatabaseError(
                f"De database {path} is onvolledig: er staan gegevens in, maar de versie van "
                "het schema ontbreekt, zodat Beroepsplanner hem niet veilig kan bijwerken. "
                "Het bestand is niet gewijzigd. " + sessions.RESTORE_HINT,
                key="db-incomplete",
                path=str(path),
            )
        return  # never drop data; the upgrade says what is in the way
    for name in leftovers:
        connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _has_rows(connection: Connection, table: str) -> bool:
    return connection.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM "{table}")').scalar() == 1


def _check_references(connection: Connection, path: Path) -> None:
    """Foreign keys are off while migrating; every reference must hold before commit."""
    if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
        raise DatabaseError(
            f"De database {path} kon niet worden bijgewerkt voor deze versie van "
            "Beroepsplanner: na het bijwerken zouden gegevens naar ontbrekende gegevens "
            "verwijzen. Het bestand is niet gewijzigd. " + sessions.RESTORE_HINT,
            key="db-upgrade-broken-references",
            path=str(path),
        )


# --- the copy kept before an upgrade ---------------------------------------------------

_COPY_STAGING = ".kopie-"
_NEW_STAGING = ".nieuw-"
_SIDE_FILES = ("-wal", "-shm", "-journal")
STALE_STAGING_SECONDS = 3600
"""A temporary file of an interrupted start is removed after this long (a start
that is still running elsewhere needs seconds)."""


def _staging_name(path: Path, kind: str) -> Path:
    """A hidden temporary name in ``path``'s folder, unique to this attempt."""
    return path.with_name(f".{path.name}{kind}{secrets.token_hex(6)}")


def _remove_with_side_files(path: Path) -> None:
    for end in ("", *_SIDE_FILES):
        with suppress(OSError):
            Path(f"{path}{end}").unlink(missing_ok=True)


def _copy_name(path: Path, revision: str) -> Path:
    """``<stem>.voor-upgrade-<revision><suffix>`` beside ``path``; an existing copy
    is never replaced (``-2``, ``-3``, … then)."""
    base = f"{path.stem}.voor-upgrade-{revision}"
    candidate = path.with_name(f"{base}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{base}-{number}{path.suffix}")
        number += 1
    return candidate


def _keep_copy(file: Path, shown: Path, revision: str) -> Path:
    """Copy the database (SQLite's online backup) beside it before an upgrade.

    Runs while the upgrade holds the write lock, so the copy is exactly what is
    upgraded. A copy that cannot be written stops the upgrade with a Dutch message.
    """
    target = _copy_name(shown, revision)
    try:
        with whole_file(target, staging=_staging_name(shown, _COPY_STAGING)) as staging:
            _copy_pages(file, staging)
    except (OSError, sqlite3.Error) as exc:
        raise _copy_failure(shown, target, exc) from exc
    return target


def _copy_pages(source: Path, target: Path) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def give_up_when_locked(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    with closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)) as from_db:
        with closing(sqlite3.connect(target)) as to_db:
            from_db.backup(to_db, progress=give_up_when_locked)


def _copy_failure(path: Path, target: Path, exc: BaseException) -> DatabaseError:
    """The error for the copy before an upgrade that could not be written."""
    folder = path.parent
    detail = str(exc).lower()
    code = getattr(exc, "errno", None)
    named = {"path": str(path), "copy": target.name}
    if sessions.file_system_read_only(folder) or code == getattr(os, "EROFS", -1):
        reason = "de map staat op een alleen-lezen bestandssysteem"
        advice = "Kopieer de database naar een map waarin u mag schrijven en open hem daar."
        key, named["folder"] = "db-upgrade-copy-read-only", str(folder)
    elif "full" in detail or code in (28, 122):  # ENOSPC, EDQUOT
        size = _size_text(path)
        reason = "de schijf is vol"
        advice = f"Maak ruimte vrij (de kopie is ongeveer {size} groot) en probeer het opnieuw."
        key, named["size"] = "db-upgrade-copy-disk-full", size
    elif not os.access(folder, os.W_OK) or code in (1, 13) or "readonly" in detail:
        reason = f"in de map {folder} mag Beroepsplanner geen bestand maken"
        advice = (
            "Vraag de beheerder om schrijfrechten in die map, of kopieer de database naar een "
            "map waarin u mag schrijven en open hem daar."
        )
        key, named["folder"] = "db-upgrade-copy-no-permission", str(folder)
    elif "locked" in detail or "busy" in detail:
        reason = "de database is bezet door een ander programma"
        advice = "Sluit het andere programma of venster van Beroepsplanner en probeer het opnieuw."
        key = "db-upgrade-copy-busy"
    else:
        reason = "de schijf of de map gaf een fout"
        advice = (
            "Controleer of de schijf (of USB-stick of netwerkmap) nog bereikbaar is en probeer "
            "het opnieuw."
        )
        key = "db-upgrade-copy-failed"
    return DatabaseError(
        f"De database {path} moet worden bijgewerkt voor deze versie van Beroepsplanner. "
        f"Daarvoor bewaart het programma eerst een kopie ({target.name}) in dezelfde map, "
        f"maar dat lukte niet: {reason}. De database is niet gewijzigd. {advice}",
        key=key,
        **named,
    )


def _size_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "even groot als de database"
    if size >= 500_000:
        return f"{max(1, round(size / 1_000_000))} MB"
    return f"{max(1, size // 1000)} kB"


# --- a new database --------------------------------------------------------------------


def _create_database(path: Path, *, seed: bool) -> None:
    """Make a new database under a temporary name beside ``path``: migrated, seeded
    and in WAL mode, all side files closed; only then give it the name ``path``.

    The name is given with a hard link, which never replaces a file: when another
    program made the database meanwhile, its file stays and ours is thrown away.
    A failure leaves no file at all (messages name ``path``, never the temporary name).
    """
    staging = _staging_name(path, _NEW_STAGING)
    try:
        engine = make_engine(staging)
        try:
            _upgrade(staging, path, creating=True)
            if seed:
                from beroepsplanner.store.seed import ensure_seeded

                ensure_seeded(
                    Database(
                        DatabaseLocation.file(path), engine, sessionmaker(engine, expire_on_commit=False)
                    )
                )
            _use_wal(engine)
        except SQLAlchemyDatabaseError as exc:
            if not sessions.is_file_failure(exc):
                raise
            raise _upgrade_failure(path, exc, creating=True) from exc
        finally:
            engine.dispose()  # closing the last connection ends WAL's side files
        if Path(f"{staging}-wal").exists() and Path(f"{staging}-wal").stat().st_size > 0:
            raise DatabaseError(
                f"De nieuwe database {path} kon niet worden gemaakt; er is geen bestand "
                "achtergelaten. Probeer het opnieuw.",
                key="db-create-unfinished",
                path=str(path),
            )
        _give_name(staging, path)
    except OSError as exc:
        raise _create_failure(path, exc) from exc
    finally:
        # After the link the temporary name is a second name of the database: removed too.
        _remove_with_side_files(staging)


def _give_name(staging: Path, path: Path) -> None:
    try:
        os.link(staging, path)
    except FileExistsError:
        return  # another program was first; open_database opens its file
    except OSError:
        # A file system without hard links (some USB sticks, network shares): rename,
        # unless the name was taken meanwhile (rename refuses that on Windows only).
        if path.exists():
            return
        os.rename(staging, path)


def _create_failure(path: Path, exc: OSError) -> DatabaseError:
    """The error for a new database that could not be made (nothing was left behind)."""
    folder = path.parent
    named = {"path": str(path), "folder": str(folder)}
    what = (
        f"De nieuwe database {path} kon niet worden gemaakt; er is geen bestand achtergelaten."
    )
    if sessions.file_system_read_only(folder) or exc.errno == getattr(os, "EROFS", -1):
        return DatabaseError(
            f"{what} De map {folder} staat op een alleen-lezen bestandssysteem. Kies een map "
            "waarin u mag schrijven.",
            key="db-create-read-only",
            **named,
        )
    if exc.errno in (28, 122):  # ENOSPC, EDQUOT
        return DatabaseError(
            f"{what} De schijf waarop {folder} staat is vol. Maak ruimte vrij (of kies een "
            "andere schijf) en probeer het opnieuw.",
            key="db-create-disk-full",
            **named,
        )
    if exc.errno in (1, 13) or not os.access(folder, os.W_OK):  # EPERM, EACCES
        return DatabaseError(
            f"{what} In de map {folder} mag Beroepsplanner geen bestand maken. Kies een andere "
            "plek.",
            key="db-create-no-permission",
            **named,
        )
    return DatabaseError(
        f"{what} De schijf of de map gaf een fout. Controleer of de schijf (of USB-stick of "
        "netwerkmap) nog bereikbaar is en probeer het opnieuw.",
        key="db-create-disk-error",
        **named,
    )


def _remove_stale_staging(path: Path) -> None:
    """Remove the temporary files an interrupted start left beside ``path``: at once
    when it is a second name of the database itself (killed between the link and
    the clean-up), otherwise when older than ``STALE_STAGING_SECONDS``."""
    prefix = f".{path.name}"
    try:
        with os.scandir(path.parent) as entries:
            names = [entry.name for entry in entries if entry.name.startswith(prefix)]
    except OSError:
        return
    try:
        real = path.stat()
    except OSError:
        real = None
    now = time.time()
    for name in names:
        rest = name[len(prefix) :]
        kind, _, tail = rest.partition("-")
        token, _, side = tail.partition("-")
        if f"{kind}-" not in (_NEW_STAGING, _COPY_STAGING) or len(token) != 12:
            continue
        if side and f"-{side}" not in _SIDE_FILES:
            continue
        candidate = path.with_name(name)
        with suppress(OSError):
            info = candidate.stat()
            second_name = real is not None and os.path.samestat(info, real)
            if second_name or now - info.st_mtime > STALE_STAGING_SECONDS:
                candidate.unlink()


def _unmark_backup(engine: Engine, path: Path) -> None:
    """A back-up opened as the working database is no longer a back-up: only a back-up
    may be replaced by a newer back-up (``output_files.BACKUP_MARK``)."""
    from beroepsplanner.output_files import is_backup_file

    if not is_backup_file(path):
        return
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA user_version = 0")
    except SQLAlchemyDatabaseError:
        pass  # a read-only file stays marked; nothing can replace it then either


def open_database(
    location: DatabaseLocation | Path | str,
    *,
    seed: bool = True,
    keep_copy: bool = True,
    check_integrity: bool = True,
) -> Database:
    """Open the database at ``location``: a SQLite file (made when it does not exist,
    migrated when older) or a server database (``postgresql://…``, see
    ``store/server.py``: never made or migrated here).

    With ``seed`` the bundled catalog is loaded into a file on first use and updated when
    a newer program brings a newer catalog (a server's catalog is updated by
    ``beroepsplanner db upgrade``). Raises DatabaseError with a Dutch message for
    anything the user can fix.

    A new file is made under a hidden temporary name in the same folder and gets its
    name only when complete. Before an older file is upgraded, a copy of it is kept in
    the same folder as ``<stem>.voor-upgrade-<revision><suffix>``
    (``school.voor-upgrade-0001.db``), unless ``keep_copy`` is False (for a caller that
    keeps the original itself, such as a restore working on a copy of a back-up). A
    file of no bytes, or a SQLite file without any tables, is a new database.

    ``check_integrity``: SQLite's ``PRAGMA quick_check`` of the whole file first (a damaged
    file is refused with a Dutch message). The window leaves it out: it checks the file
    once a day, with the day's automatic back-up (``ui/start.py``), instead of at every start.
    """
    location = DatabaseLocation.parse(location)
    if location.path is None:
        from beroepsplanner.store.server import open_server_database

        return open_server_database(location)
    path = location.path
    _check_file(path)
    _remove_stale_staging(path)
    created = not path.exists()
    if created:
        _create_database(path, seed=seed)
    engine = make_engine(path)
    try:
        if check_integrity:
            _integrity_check(engine, path)
        try:
            _migrate(engine, path, keep_copy=keep_copy)
        except SQLAlchemyDatabaseError as exc:
            if not sessions.is_file_failure(exc):
                raise
            raise sessions.failure(path, exc, writing=False) from exc
        _unmark_backup(engine, path)
        database = Database(location, engine, sessionmaker(engine, expire_on_commit=False))
        # Every write transaction leaves a row in change_log (undo over a colleague's work).
        from beroepsplanner.store.change_log import record_changes

        record_changes(database)
        if seed:
            from beroepsplanner.store.seed import ensure_seeded

            ensure_seeded(database)
    except BaseException:
        engine.dispose()
        raise
    database.presence = Presence(path)
    logger.info("database opened: %s (SQLite%s)", shown_path(path), ", new" if created else "")
    return database
