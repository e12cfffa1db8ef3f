"""Copy a whole database to another: a file to a school server and back, a file to a file,
a server to a server (``beroepsplanner db copy``, issue 16); also what a server's back-up
and restore are made of (``store/server_backup.py``).

``copy_database(source, target)``

1. reads the source on one snapshot (``copy_ends.reading``: read-only, never changed),
   which must be at this program's schema (else: run ``db upgrade`` on it first);
2. writes the target in **one transaction**: a new file is written under a hidden name
   beside it and gets its name only when complete; an empty file or an empty server
   database first gets the schema by Alembic, in the same transaction; a target at
   another schema is refused;
3. refuses a target that holds any row, unless ``replace``: then its rows are deleted
   in the same transaction (with ``keep_replaced``: first copied into a back-up file);
4. copies every table of the models, parents first, in batches (``copy_rows``), sets a
   server's sequences after the largest ids, and after a replace adds one row to the
   change log that touches every table, so the windows of colleagues still open on the
   target reload everything and undo nothing across the replace.

Whatever fails (the source, the target, the network, a progress callback, Ctrl+C), the
transaction is rolled back: the target is exactly as it was, a new file is not there.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, insert, text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.transfer import copy_ends
from beroepsplanner.store.transfer.copy_rows import (
    Progress,
    ReadFailure,
    WriteFailure,
    clear_tables,
    copied_tables,
    copy_tables,
    largest,
    set_sequences,
    tables_with_rows,
)

REPLACE_WRITER = "beroepsplanner db copy"
"""The writer of the change-log row a replace adds (a window's own writer id is 32 hex)."""


@dataclass(frozen=True)
class CopySummary:
    """What ``copy_database`` did."""

    source: str
    target: str
    tables: int
    rows: int
    schema_made: bool
    """The target had no schema and got it."""
    replaced: bool
    """The target held rows, which the copy replaced."""
    kept: Path | None
    """Where the replaced rows were kept (``keep_replaced``), if any were."""
    seconds: float


def copy_database(
    source: DatabaseLocation | Path | str,
    target: DatabaseLocation | Path | str,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    keep_replaced: Path | None = None,
) -> CopySummary:
    """Copy the database ``source`` into ``target`` (each a file or a server database).

    Raises a Dutch ``DatabaseError`` and leaves ``target`` as it was for a source that
    cannot be read or is not at this program's schema, a target of another program or
    at another schema, a target that is not empty without ``replace``, the same
    database on both ends, and every failure while copying. ``keep_replaced``: a new
    back-up file that receives the target's rows before a replace deletes them (written
    only when there are rows to replace; should the copy fail after it, the target is
    unchanged and the file is simply a back-up of it).
    """
    started = time.monotonic()
    source, target = DatabaseLocation.parse(source), DatabaseLocation.parse(target)
    if copy_ends.same_database(source, target):
        raise DatabaseError(
            f"{source} en {target} zijn dezelfde database; een database kan niet in zichzelf "
            "worden gekopieerd. Er is niets veranderd.",
            key="copy-onto-itself",
            source=str(source),
            target=str(target),
        )
    job = _Copy(source, target, replace, progress, keep_replaced)
    if target.path is not None:
        exists = copy_ends.check_target_file(target.path)
        if exists and replace:
            _refuse_file_in_use(target.path)
    with copy_ends.reading(source) as reader:
        if target.path is None:
            with _target_failures(job):
                with copy_ends.writing_server(target) as writer:
                    job.fill(reader, writer)
        elif exists:
            with _target_failures(job):
                with copy_ends.writing_file(target.path, target) as writer:
                    job.fill(reader, writer)
        else:
            _copy_to_new_file(job, reader, target.path)
    return CopySummary(
        str(source), str(target), job.tables, job.rows, job.schema_made, job.replaced,
        job.kept, time.monotonic() - started,
    )


@dataclass
class _Copy:
    source: DatabaseLocation
    target: DatabaseLocation
    replace: bool
    progress: Progress | None
    keep_replaced: Path | None
    tables: int = 0
    rows: int = 0
    schema_made: bool = False
    replaced: bool = False
    kept: Path | None = None

    def fill(self, reader: Connection, writer: Connection) -> None:
        """Everything on the target, inside its transaction."""
        self.schema_made = copy_ends.check_schema(writer, self.target)
        tables = copied_tables()
        filled = [] if self.schema_made else tables_with_rows(writer, tables)
        if filled and not self.replace:
            _refuse_not_empty(self.target, filled)
        log = next(table for table in tables if table.name == "change_log")
        before = largest(writer, log, "revision")
        if filled:
            if writer.dialect.name == "postgresql":
                # Until the commit no colleague writes: what is kept is what is replaced.
                names = ", ".join(writer.dialect.identifier_preparer.format_table(t) for t in tables)
                writer.execute(text(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE"))
            if self.keep_replaced is not None:
                self.kept = _keep(writer, self.target, self.keep_replaced)
            clear_tables(writer, tables)
        self.rows = copy_tables(reader, writer, tables, progress=self.progress)
        self.tables = len(tables)
        if filled:
            _log_replace(writer, log, tables, before)
            self.replaced = True
        set_sequences(writer, tables)


def _copy_to_new_file(job: _Copy, reader: Connection, path: Path) -> None:
    """Write the copy under a hidden name beside ``path`` (the same pattern as a new
    database's, so an interrupted copy is cleaned up by the next start), then give it
    the name: a hard link, which never replaces a file made meanwhile."""
    staging = path.with_name(f".{path.name}.nieuw-{secrets.token_hex(6)}")
    try:
        with _target_failures(job):
            with copy_ends.writing_file(staging, job.target) as writer:
                job.fill(reader, writer)
        try:
            os.link(staging, path)
        except FileExistsError:
            raise _appeared(path) from None
        except OSError:
            # No hard links here (some USB sticks, network shares): rename, unless taken.
            if path.exists():
                raise _appeared(path) from None
            os.rename(staging, path)
    except OSError as exc:
        raise _file_failure(path, exc) from exc
    finally:
        for end in ("", "-journal", "-wal", "-shm"):
            with suppress(OSError):
                Path(f"{staging}{end}").unlink(missing_ok=True)


def _appeared(path: Path) -> DatabaseError:
    return DatabaseError(
        f"Tijdens het kopiëren heeft een ander programma {path} gemaakt. Dat bestand is niet "
        "veranderd en de kopie is niet bewaard; kies een andere naam of kopieer opnieuw.",
        key="copy-target-appeared",
        target=str(path),
    )


def _file_failure(path: Path, exc: OSError) -> DatabaseError:
    reason = exc.strerror or str(exc)
    return DatabaseError(
        f"De kopie kon niet worden bewaard als {path} ({reason}); er is geen bestand "
        "achtergelaten. Kies een map waarin u mag schrijven, met genoeg ruimte.",
        key="copy-file-failed",
        target=str(path),
        detail=reason,
    )


@contextmanager
def _target_failures(job: _Copy) -> Iterator[None]:
    """Turn a failing statement on the target (or a read of the source) into the Dutch
    error ``copy-failed`` that names the end at fault; a fault of the program goes on."""
    try:
        yield
    except ReadFailure as exc:
        cause = copy_ends.end_failure(job.source, exc.error, writing=False)
        if cause is None:
            raise exc.error from exc
        raise _copy_failed(job, cause) from exc
    except WriteFailure as exc:
        cause = copy_ends.end_failure(job.target, exc.error, writing=True) or _refused_row(job, exc)
        if cause is None:
            raise exc.error from exc
        raise _copy_failed(job, cause) from exc
    except DBAPIError as exc:
        cause = copy_ends.end_failure(job.target, exc, writing=True)
        if cause is None:
            raise
        raise _copy_failed(job, cause) from exc


def _copy_failed(job: _Copy, cause: DatabaseError) -> DatabaseError:
    return DatabaseError(
        f"Het kopiëren naar {job.target} is niet gelukt; daar is niets veranderd. {cause}",
        key="copy-failed",
        target=str(job.target),
        inner_key=cause.key,
        **{f"inner_{name}": value for name, value in cause.values},
    )


def _refused_row(job: _Copy, failure: WriteFailure) -> DatabaseError | None:
    """A row the target refuses (a reference to a row that is missing, a text too long for
    the server's column): the source is not in order; None for any other fault."""
    if not isinstance(failure.error, (IntegrityError, DataError)):
        return None
    detail = str(getattr(failure.error, "orig", failure.error)).strip().splitlines()[0]
    return DatabaseError(
        f"De gegevens in {job.source} passen niet in {job.target}: een rij van de tabel "
        f"{failure.table} wordt geweigerd ({detail}). Er is niets veranderd.",
        key="copy-row-refused",
        source=str(job.source),
        target=str(job.target),
        table=failure.table,
        detail=detail,
    )


def _refuse_not_empty(target: DatabaseLocation, filled: list[str]) -> None:
    only_catalog = "schools" not in filled
    what = (
        "de catalogus (zoals na 'beroepsplanner db upgrade')"
        if only_catalog
        else "een school met haar gegevens"
    )
    raise DatabaseError(
        f"De database {target} is niet leeg: er staat al {what} in. Er is niets veranderd. "
        "Kies een lege database, of vervang alles wat erin staat door de kopie met --replace.",
        key="copy-target-not-empty",
        target=str(target),
        only_catalog=only_catalog,
    )


def _refuse_file_in_use(path: Path) -> None:
    from beroepsplanner.store.backup import database_in_use

    if database_in_use(path):
        raise DatabaseError(
            f"De database {path} is nog open in een ander programma (het venster van "
            "Beroepsplanner?). Sluit dat eerst; er is niets veranderd.",
            key="copy-target-in-use",
            target=str(path),
        )


def _log_replace(writer: Connection, log: Table, tables: list[Table], before: int) -> None:
    """One change-log row after everything the copy wrote, touching every table: a window
    still open on the target reloads all it shows and undoes nothing across the replace."""
    from beroepsplanner.store.change_log import ALL, Touched

    revision = max(before, largest(writer, log, "revision")) + 1
    touched = Touched(own={table.name: {ALL} for table in tables})
    writer.execute(
        insert(log).values(
            revision=revision,
            writer=REPLACE_WRITER,
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            touched=touched.to_json(),
        )
    )


def _keep(writer: Connection, target: DatabaseLocation, path: Path) -> Path:
    """Copy what ``writer`` holds now into the new back-up file ``path``; returns it."""
    from beroepsplanner.output_files import BACKUP_MARK, staged_output

    tables = copied_tables()
    # A file of the program's own (a free name chosen by the caller), possibly in the
    # folder of the automatic back-ups: written the way an automatic back-up is.
    with staged_output(
        path, kind="database", database=target.path, backup_folder=path.parent, automatic=True
    ) as partial:
        with copy_ends.writing_file(partial, DatabaseLocation.file(path)) as kept:
            copy_ends.check_schema(kept, DatabaseLocation.file(path))
            copy_tables(writer, kept, tables)
            kept.exec_driver_sql(f"PRAGMA user_version = {BACKUP_MARK}")
    return path
