"""Back-ups of a database on a school server, and a back-up put back into one — never
with pg_dump, which a teacher's laptop does not have.

A server's back-up **is** a Beroepsplanner database file, the same as a file's back-up
(``store/backup.py``): ``beroepsplanner db copy`` from the server into a new file
(``store/transfer/copy.py``: one snapshot of the server), written under a hidden name,
checked (``PRAGMA quick_check``), marked as a back-up and renamed into place only when
whole (``output_files.staged_output``). So it can be opened, checked and restored with
what exists: into a file by ``restore_database``, into a server here.

Restoring into a server checks the back-up the way a file's restore does (a working copy
opened with ``open_database``: a damaged, foreign or newer file is refused, an older one
migrated), then copies it into the server with replace semantics in one transaction. What
the server held is first copied, in that same transaction, into a back-up file in the
folder of the automatic back-ups, so nothing is ever lost (as a file's restore keeps the
current file beside it).

``back_up`` and ``restore`` take either kind of database and go to the right one; the
command line and the window call these.

Automatic daily back-ups are not made of a server database: the server is the school's
IT provider's, who backs it up with the server (docs/school-server.md).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from beroepsplanner.errors import DatabaseError
from beroepsplanner.output_files import BACKUP_MARK, SQLITE_HEADER, automatic_backup_folder, staged_output
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.transfer.copy import copy_database
from beroepsplanner.store.transfer.copy_rows import Progress


def back_up(
    database: DatabaseLocation | Path,
    target: Path,
    *,
    timeout: float | None = None,
    automatic_folder: Path | None = None,
    automatic: bool = False,
) -> Path:
    """A back-up of ``database`` (a file or a server database) in the file ``target``;
    returns the file written. ``timeout``: how long a file's back-up waits for a lock."""
    from beroepsplanner.store.backup import BACKUP_TIMEOUT, backup_database

    location = DatabaseLocation.parse(database)
    if location.path is not None:
        return backup_database(
            location.path,
            target,
            timeout=BACKUP_TIMEOUT if timeout is None else timeout,
            automatic_folder=automatic_folder,
            automatic=automatic,
        )
    return backup_server(location, target, automatic_folder=automatic_folder, automatic=automatic)


def restore(
    backup: Path,
    database: DatabaseLocation | Path,
    *,
    now: dt.datetime | None = None,
    in_use_wait: float = 1.0,
    kept_as: str = "voor-terugzetten",
    kept_folder: Path | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Put the back-up ``backup`` in the place of ``database`` (a file or a server
    database); returns where the previous data was kept (None: there was none)."""
    from beroepsplanner.store.backup import restore_database

    location = DatabaseLocation.parse(database)
    if location.path is not None:
        return restore_database(backup, location.path, now=now, in_use_wait=in_use_wait, kept_as=kept_as)
    return restore_server(
        backup, location, now=now, kept_as=kept_as, kept_folder=kept_folder, progress=progress
    )


def backup_server(
    location: DatabaseLocation,
    target: Path,
    *,
    automatic_folder: Path | None = None,
    automatic: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write a back-up of the server database ``location`` to the file ``target``: a new
    file, or an earlier back-up that it replaces (``output_files``); returns the file.

    The file is a Beroepsplanner database of this program's schema holding one snapshot
    of the server. A failure leaves ``target`` as it was and no other file behind.
    """
    target = Path(target).expanduser()
    with staged_output(
        target, kind="database", database=None, backup_folder=automatic_folder, automatic=automatic
    ) as partial:
        try:
            copy_database(location, partial, progress=progress)
        except DatabaseError as exc:
            raise _named(exc, partial, target) from exc
        with closing(sqlite3.connect(partial)) as copy:
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":  # pragma: no cover
                raise DatabaseError(
                    f"De back-up naar {target} is niet gelukt: de kopie is niet in orde. Er is "
                    "niets veranderd; probeer het opnieuw.",
                    key="backup-of-server-unsound",
                    path=str(target),
                )
            copy.execute(f"PRAGMA user_version = {BACKUP_MARK}")
            copy.commit()
    return Path(os.path.realpath(target))


def restore_server(
    backup: Path,
    location: DatabaseLocation,
    *,
    now: dt.datetime | None = None,
    kept_as: str = "voor-terugzetten",
    kept_folder: Path | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Replace everything in the server database ``location`` by the back-up ``backup``,
    in one transaction; returns the file that keeps what the server held (in
    ``kept_folder``, default the folder of the automatic back-ups), None when it held
    nothing. An empty server database gets the schema. A back-up that is not a usable
    Beroepsplanner database raises a Dutch ``DatabaseError`` and changes nothing.
    """
    backup = Path(backup).expanduser()
    _check_backup_file(backup)
    folder = kept_folder or automatic_backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = _free_name(folder / f"{file_name(location.database_name)}.{kept_as}-{stamp}.db")
    with tempfile.TemporaryDirectory(prefix="beroepsplanner-terugzetten-") as work:
        incoming = Path(work) / backup.name
        try:
            shutil.copyfile(backup, incoming)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise DatabaseError(
                f"De back-up {backup} kan niet worden gelezen ({reason}). Er is niets veranderd.",
                key="restore-unreadable",
                path=str(backup),
                detail=reason,
            ) from exc
        _check_usable(incoming, backup)
        try:
            summary = copy_database(
                incoming, location, replace=True, progress=progress, keep_replaced=kept
            )
        except DatabaseError as exc:
            raise _named(exc, incoming, backup) from exc
    return summary.kept


def _check_backup_file(backup: Path) -> None:
    if not backup.is_file():
        raise DatabaseError(
            f"Het bestand {backup} bestaat niet. Kies een back-up-bestand.",
            key="restore-missing",
            path=str(backup),
        )
    try:
        with backup.open("rb") as file:
            sqlite = file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        sqlite = False
    if not sqlite:
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: het is geen "
            "Beroepsplanner-database. Er is niets veranderd; kies het back-up-bestand (.db).",
            key="restore-not-a-database",
            path=str(backup),
        )


def _check_usable(incoming: Path, backup: Path) -> None:
    """Open the working copy as a database (refuses a damaged, foreign or newer file;
    brings an older one to this program's schema), as a file's restore does."""
    from beroepsplanner.store.database import open_database

    try:
        open_database(incoming, seed=False, keep_copy=False).close()
    except DatabaseError as exc:
        inner = _named(exc, incoming, backup)
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: {inner} Er is niets "
            "veranderd.",
            key="restore-not-usable",
            path=str(backup),
            inner_key=inner.key,
            **{f"inner_{name}": value for name, value in inner.values},
        ) from exc


def _named(error: DatabaseError, hidden: Path, shown: Path) -> DatabaseError:
    """``error`` with the working file ``hidden`` named as the file the user knows."""
    if str(hidden) not in str(error):
        return error
    values = {name: str(value).replace(str(hidden), str(shown)) for name, value in error.values}
    return DatabaseError(str(error).replace(str(hidden), str(shown)), key=error.key, **values)


def file_name(name: str) -> str:
    """A server database's name as part of a file name."""
    kept = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip(".-")
    return kept or "schoolserver"


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
