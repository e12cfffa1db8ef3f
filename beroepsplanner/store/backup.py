"""Back up the database to a file, and put a back-up back.

A back-up is SQLite's online backup: a consistent copy even while the window
has the database open and writes to it. Restoring first checks that the file
is a Beroepsplanner database this version can open, then keeps the current
file aside (``<name>.voor-terugzetten-<date-time>.db``) and only then puts the
back-up in its place, so nothing is ever lost.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path

from beroepsplanner.errors import DatabaseError
from beroepsplanner.logs import shown_path
from beroepsplanner.output_files import (
    BACKUP_MARK,
    SQLITE_HEADER,
    automatic_backup_folder,  # noqa: F401 - the window finds it here
    staged_output,
)
from beroepsplanner.store.database import open_database
from beroepsplanner.store.file_locks import LockBusy, exclusive, lock_file_for, others_present
from beroepsplanner.whole_file import hidden_name, whole_file

_SIDE_FILES = ("-wal", "-shm")
logger = logging.getLogger(__name__)

BACKUP_TIMEOUT = 15.0
"""Seconds a back-up waits while another program holds the database locked."""


class _Locked(Exception):
    """The source stayed locked longer than the back-up may wait."""


def backup_database(
    source: Path,
    target: Path,
    *,
    timeout: float = BACKUP_TIMEOUT,
    automatic_folder: Path | None = None,
    automatic: bool = False,
) -> Path:
    """Copy the database ``source`` to ``target``; returns the real file written.

    ``target`` may be a new file or an earlier back-up (``output_files``: never the
    database, its side files, another database or another kind of file; the folder of
    the automatic back-ups only for ``automatic``). The copy is written under a hidden
    name beside ``target``, checked (``PRAGMA quick_check``: a damaged database gives
    no back-up, so a good older back-up is never replaced by a damaged copy), marked
    as a back-up and renamed when complete. A database that another program keeps
    locked for more than ``timeout`` seconds gives a Dutch ``DatabaseError`` instead
    of waiting for ever (in WAL mode an open write transaction elsewhere does not
    lock it: the copy holds what was committed).
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise DatabaseError(
            f"De database {source} bestaat niet; er is niets om te bewaren.",
            key="backup-no-database",
            path=str(source),
        )
    if _same_file(source, target):
        raise DatabaseError(
            "Kies voor de back-up een ander bestand dan de database zelf.",
            key="backup-onto-database",
            path=str(target),
        )
    try:
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"De back-up naar {target} is niet gelukt: de map {target.parent} kan niet worden "
            f"gemaakt ({_reason(exc)}). Er is niets veranderd; kies een andere map.",
            key="backup-folder-not-made",
            path=str(target),
            folder=str(target.parent),
            detail=_reason(exc),
        ) from exc
    try:
        with staged_output(
            target, kind="database", database=source, backup_folder=automatic_folder, automatic=automatic
        ) as partial:
            with closing(_connect(source, timeout)) as from_db, closing(_connect(partial)) as to_db:
                # Python retries a busy step for ever; the callback ends that at the deadline.
                from_db.backup(to_db, progress=_deadline(time.monotonic() + timeout))
                _check_copy(to_db, source)
                to_db.execute(f"PRAGMA user_version = {BACKUP_MARK}")
                to_db.commit()
    except _Locked as exc:
        raise DatabaseError(
            f"De database {source} is bezet door een ander programma; er is geen back-up "
            f"gemaakt (gewacht: {timeout:g} seconden). Sluit het andere programma of probeer "
            "het zo opnieuw.",
            key="backup-busy",
            path=str(source),
            seconds=f"{timeout:g}",
        ) from exc
    except sqlite3.Error as exc:
        raise _copy_failure(source, target, exc) from exc
    return Path(os.path.realpath(target))


def _check_copy(copy: sqlite3.Connection, source: Path) -> None:
    """Refuse a copy of a damaged database (the source is damaged: nothing is replaced)."""
    try:
        result = copy.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        result = "error"
    if result != "ok":
        raise DatabaseError(
            f"De database {source} is beschadigd; er is geen back-up gemaakt en een eerdere "
            "back-up is niet vervangen. Zet een eerdere back-up terug (Bestand > Back-up "
            "terugzetten) of vraag hulp aan de ICT-beheerder.",
            key="backup-of-damaged-database",
            path=str(source),
        )


def _copy_failure(source: Path, target: Path, exc: sqlite3.Error) -> DatabaseError:
    detail = str(exc).lower()
    if "not a database" in detail or "malformed" in detail:
        return DatabaseError(
            f"De database {source} is beschadigd; er is geen back-up gemaakt en een eerdere "
            "back-up is niet vervangen. Zet een eerdere back-up terug.",
            key="backup-database-damaged",
            path=str(source),
        )
    if "full" in detail:
        return DatabaseError(
            f"De back-up naar {target} is niet gelukt: de schijf is vol. Er is niets "
            "veranderd; maak ruimte vrij of kies een andere schijf.",
            key="backup-disk-full",
            path=str(target),
        )
    if "readonly" in detail or "read-only" in detail or "unable to open" in detail:
        return DatabaseError(
            f"De back-up naar {target} is niet gelukt: in {target.parent} mag Beroepsplanner "
            "niet schrijven (of de schijf is alleen-lezen). Er is niets veranderd; kies een "
            "andere map.",
            key="backup-no-permission",
            path=str(target),
            folder=str(target.parent),
        )
    return DatabaseError(
        f"De back-up naar {target} is niet gelukt ({exc}). Er is niets veranderd; kies een "
        "andere map of maak ruimte vrij op de schijf.",
        key="backup-failed",
        path=str(target),
        detail=str(exc),
    )


def restore_database(
    backup: Path,
    target: Path,
    *,
    now: dt.datetime | None = None,
    in_use_wait: float = 1.0,
    kept_as: str = "voor-terugzetten",
) -> Path | None:
    """Put the back-up ``backup`` in the place of the database ``target``.

    The previous file is kept beside it as ``<stem>.<kept_as>-<date-time><suffix>``
    (the window names it in its own language).

    The database must be closed everywhere: a database still open in another
    window or command is refused. The whole restore holds an exclusive lock
    beside the database, so a second restore of the same database at the same
    time is refused instead of mixing files. Returns where the previous file was
    kept, or None when there was none. A back-up that is not a usable
    Beroepsplanner database raises a Dutch ``DatabaseError`` and leaves ``target``
    untouched; so does every other failure.
    """
    backup, target = Path(backup), Path(os.path.realpath(target))
    if not backup.is_file():
        raise DatabaseError(
            f"Het bestand {backup} bestaat niet. Kies een back-up-bestand.",
            key="restore-missing",
            path=str(backup),
        )
    if not _starts_like_sqlite(backup):
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: het is geen "
            "Beroepsplanner-database. Er is niets veranderd; kies het back-up-bestand (.db).",
            key="restore-not-a-database",
            path=str(backup),
        )
    if _same_file(backup, target):
        raise DatabaseError(
            f"{backup} is de database zelf, geen back-up ervan. Er is niets veranderd; kies "
            "een back-up-bestand.",
            key="restore-database-itself",
            path=str(backup),
        )
    folder = target.parent
    if not folder.is_dir():
        raise DatabaseError(
            f"De map {folder} bestaat niet. Maak de map eerst aan of kies een andere plek.",
            key="restore-folder-missing",
            folder=str(folder),
        )
    try:
        with exclusive(lock_file_for(target, "terugzetten")):
            if target.exists() and database_in_use(target, timeout=in_use_wait):
                raise DatabaseError(
                    f"De database {target} is nog open in een ander programma (het venster "
                    "van Beroepsplanner?). Sluit dat eerst; er is niets veranderd.",
                    key="restore-database-open",
                    path=str(target),
                )
            kept = _restore_locked(backup, target, now, kept_as)
            logger.info(
                "back-up restored: %s%s", shown_path(target),
                ", the previous file kept beside it" if kept is not None else "",
            )
            return kept
    except LockBusy:
        raise DatabaseError(
            f"Er wordt al een back-up teruggezet in {target} (in een ander venster of een "
            "andere opdracht). Er is niets veranderd; wacht tot dat klaar is.",
            key="restore-already-running",
            path=str(target),
        ) from None
    except OSError as exc:  # the lock file itself: a read-only folder or file system
        raise _restore_failure(target, exc) from exc


def _restore_locked(
    backup: Path, target: Path, now: dt.datetime | None, kept_as: str
) -> Path | None:
    kept: Path | None = None

    def keep_current() -> None:
        # The back-up is complete, checked and on the disk: only now the current file moves.
        nonlocal kept
        if target.exists():
            kept = _kept_name(target, now or dt.datetime.now(), kept_as)
            os.replace(target, kept)
            for side in _SIDE_FILES:
                side_file = target.with_name(target.name + side)
                if side_file.exists():
                    os.replace(side_file, kept.with_name(kept.name + side))

    try:
        with whole_file(
            target, staging=hidden_name(target, "terugzetten"), before_replace=keep_current
        ) as incoming:
            _copy_backup(backup, incoming)
            _check_backup(backup, incoming)
            for side in _SIDE_FILES:
                # The check checkpointed the copy; stale side files must not come along.
                incoming.with_name(incoming.name + side).unlink(missing_ok=True)
    except OSError as exc:
        if kept is not None and not target.exists():
            with suppress(OSError):
                os.replace(kept, target)
                for side in _SIDE_FILES:
                    if kept.with_name(kept.name + side).exists():
                        os.replace(kept.with_name(kept.name + side), target.with_name(target.name + side))
                kept = None
        raise _restore_failure(target, exc) from exc
    return kept


def _copy_backup(backup: Path, incoming: Path) -> None:
    try:
        shutil.copyfile(backup, incoming)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == backup:
            raise DatabaseError(
                f"De back-up {backup} kan niet worden gelezen ({_reason(exc)}). "
                "Er is niets veranderd.",
                key="restore-unreadable",
                path=str(backup),
                detail=_reason(exc),
            ) from exc
        raise


def _check_backup(backup: Path, incoming: Path) -> None:
    """Refuse corrupt, foreign and newer files with a Dutch message; migrate older ones
    (which also clears the back-up mark: the file becomes the working database)."""
    try:
        open_database(incoming, keep_copy=False).close()
    except DatabaseError as exc:
        reason = str(exc).replace(str(incoming), str(backup))
        # The window's English of the reason: the key and values of the refusal, with
        # the back-up named where the refusal named its working copy.
        inner = {"inner_key": exc.key} | {
            f"inner_{name}": str(value).replace(str(incoming), str(backup))
            for name, value in exc.values
        }
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: {reason} "
            "Er is niets veranderd.",
            key="restore-not-usable",
            path=str(backup),
            **inner,
        ) from exc


def _kept_name(target: Path, now: dt.datetime, kept_as: str) -> Path:
    """A name for the current file that no other file has (two restores in one second)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}.{kept_as}-{stamp}{target.suffix}")
    number = 2
    while kept.exists():
        kept = target.with_name(f"{target.stem}.{kept_as}-{stamp}-{number}{target.suffix}")
        number += 1
    return kept


def _restore_failure(target: Path, exc: OSError) -> DatabaseError:
    code = getattr(exc, "errno", None)
    named: dict[str, object] = {"path": str(target)}
    if code == errno.EROFS:
        why = "de schijf of map is alleen-lezen"
        advice = "Zet de back-up terug op een schijf waarop u mag schrijven."
        key = "restore-read-only"
    elif code in (errno.EACCES, errno.EPERM):
        why = f"in de map {target.parent} mag Beroepsplanner niet schrijven"
        advice = "Vraag de beheerder om schrijfrechten, of kies een andere map."
        key, named["folder"] = "restore-no-permission", str(target.parent)
    elif code == errno.ENOSPC:
        why = "de schijf is vol"
        advice = "Maak ruimte vrij en probeer het opnieuw."
        key = "restore-disk-full"
    else:
        why = _reason(exc)
        advice = "Probeer het opnieuw."
        key, named["detail"] = "restore-failed", why
    return DatabaseError(
        f"Het terugzetten is niet gelukt: {why}. De database {target} is zoals hij was. {advice}",
        key=key,
        **named,
    )


def database_in_use(path: Path, *, timeout: float = 1.0) -> bool:
    """Whether another process (or another open ``Database`` of this one) has the
    database ``path`` open.

    Two signs, either enough: the shared lock every ``open_database`` holds
    (``file_locks.Presence``, whatever the journal mode), and, for programs that do
    not hold it, SQLite's own: an exclusive lock in exclusive locking mode fails while
    any other connection has a WAL database open. Nothing is written.
    """
    if others_present(path):
        return True
    try:
        with closing(sqlite3.connect(str(path), timeout=timeout, isolation_level=None)) as probe:
            probe.execute("PRAGMA locking_mode = EXCLUSIVE")
            probe.execute("BEGIN EXCLUSIVE")
            probe.execute("SELECT count(*) FROM sqlite_master").fetchall()
            probe.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False  # not a database at all: restore_database says what is wrong
    return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _connect(path: Path, timeout: float = 10) -> sqlite3.Connection:
    return sqlite3.connect(str(path), timeout=timeout)


def _deadline(deadline: float) -> Callable[[int, int, int], None]:
    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() >= deadline:
            raise _Locked()

    return progress


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


AUTOMATIC_DAYS = 7
"""How many days of automatic back-ups are kept, per database."""

_ID_KEY = "database_id"


def database_identity(source: Path) -> str:
    """A short id of the database ``source``: a random id stored in its ``settings``
    the first time it is asked for. Two schools' files with the same name get
    different ids; a moved or renamed file keeps its id."""
    import json

    with closing(_connect(source, BACKUP_TIMEOUT)) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (_ID_KEY,)).fetchone()
        if row is None:
            with connection:
                connection.execute(
                    "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                    (_ID_KEY, json.dumps(secrets.token_hex(8))),
                )
            row = connection.execute(
                "SELECT value FROM settings WHERE key = ?", (_ID_KEY,)
            ).fetchone()
    value = json.loads(row[0])
    return hashlib.sha256(str(value).encode()).hexdigest()[:8]


def automatic_backup(
    source: Path, folder: Path, *, today: dt.date | None = None, keep_days: int = AUTOMATIC_DAYS
) -> Path | None:
    """Today's automatic back-up of ``source`` in ``folder``, made once a day per
    database; the old ones of that database removed.

    The files are called ``<database name>-<id>-YYYY-MM-DD.db``, with the id of
    ``database_identity``, so two databases with the same file name (two schools)
    each keep their own seven days. Back-ups of that database of more than
    ``keep_days`` days ago are deleted, other files are never touched. Returns the
    back-up made now, or None when today's already exists. A failing back-up (also
    of a damaged database: a good back-up is never replaced by a damaged copy) raises
    ``DatabaseError`` (the caller reports it; the database itself is not affected).
    """
    today = today or dt.date.today()
    source, folder = Path(source), Path(folder)
    try:
        identity = database_identity(source)
    except sqlite3.Error as exc:
        raise _copy_failure(source, folder, exc) from exc
    prefix = f"{source.stem}-{identity}-"
    made = None
    target = folder / f"{prefix}{today.isoformat()}.db"
    if not target.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"De map voor automatische back-ups {folder} kan niet worden gemaakt "
                f"({_reason(exc)}).",
                key="auto-backup-folder-not-made",
                folder=str(folder),
                detail=_reason(exc),
            ) from exc
        made = backup_database(source, target, automatic_folder=folder, automatic=True)
    oldest = today - dt.timedelta(days=keep_days - 1)
    removed = 0
    for path in folder.glob(f"{glob_escape(prefix)}????-??-??.db"):
        day = _day_of(path.stem[len(prefix) :])
        if day is not None and day < oldest:
            with suppress(OSError):
                path.unlink()
                removed += 1
    if made is not None or removed:
        logger.info(
            "automatic back-up: %s, %d older removed", "made" if made else "already made", removed
        )
    return made


def glob_escape(text: str) -> str:
    """``text`` with the wildcards of ``Path.glob`` taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _day_of(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
