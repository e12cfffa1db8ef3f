"""Back up the database to a file, and put a back-up back.

A back-up is SQLite's online backup: a consistent copy even while the window
has the database open and writes to it. Restoring first checks that the file
is a Beroepsplanner database this version can open, then keeps the current
file aside (``<name>.voor-terugzetten-<date-time>.db``) and only then puts the
back-up in its place, so nothing is ever lost.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from contextlib import closing, suppress
from pathlib import Path

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.database import SQLITE_HEADER, open_database

_SIDE_FILES = ("-wal", "-shm")

BACKUP_TIMEOUT = 15.0
"""Seconds a back-up waits while another program holds the database locked."""


class _Locked(Exception):
    """The source stayed locked longer than the back-up may wait."""


def backup_database(source: Path, target: Path, *, timeout: float = BACKUP_TIMEOUT) -> Path:
    """Copy the database ``source`` to ``target`` (replaced when it exists); returns ``target``.

    The copy is written to a temporary file beside ``target`` and renamed when
    complete, so a failed back-up never leaves half a file under that name.
    A database that another program keeps locked for more than ``timeout``
    seconds gives a Dutch ``DatabaseError`` instead of waiting for ever (in WAL
    mode an open write transaction elsewhere does not lock it: the copy holds
    what was committed).
    """
    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise DatabaseError("Kies voor de back-up een ander bestand dan de database zelf.")
    if not source.is_file():
        raise DatabaseError(f"De database {source} bestaat niet; er is niets om te bewaren.")
    partial = target.with_name(target.name + ".bezig")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(_connect(source, timeout)) as from_db, closing(_connect(partial)) as to_db:
            # Python retries a busy step for ever; the callback ends that at the deadline.
            from_db.backup(to_db, progress=_deadline(time.monotonic() + timeout))
        os.replace(partial, target)
    except _Locked as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            f"De database {source} is bezet door een ander programma; er is geen back-up "
            f"gemaakt (gewacht: {timeout:g} seconden). Sluit het andere programma of probeer "
            "het zo opnieuw."
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DatabaseError(
            f"De back-up naar {target} is niet gelukt ({_reason(exc)}). Er is niets veranderd; "
            "kies een andere map of maak ruimte vrij op de schijf."
        ) from exc
    return target


def restore_database(backup: Path, target: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put the back-up ``backup`` in the place of the database ``target``.

    The database must be closed. Returns where the previous file was kept, or
    None when there was none. A back-up that is not a usable Beroepsplanner
    database raises a Dutch ``DatabaseError`` and leaves ``target`` untouched.
    """
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise DatabaseError(f"Het bestand {backup} bestaat niet. Kies een back-up-bestand.")
    if not _starts_like_sqlite(backup):
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: het is geen "
            "Beroepsplanner-database. Er is niets veranderd; kies het back-up-bestand (.db)."
        )
    incoming = target.with_name(target.name + ".terugzetten")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        incoming.unlink(missing_ok=True)
        shutil.copyfile(backup, incoming)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise DatabaseError(
            f"De back-up {backup} kan niet worden gelezen of gekopieerd ({_reason(exc)}). "
            "Er is niets veranderd."
        ) from exc
    try:
        # Refuses corrupt, foreign and newer files with a Dutch message; migrates older ones.
        open_database(incoming).close()
    except DatabaseError as exc:
        _remove_with_side_files(incoming)
        raise DatabaseError(
            f"{backup} is geen bruikbare back-up van Beroepsplanner: {exc} Er is niets veranderd."
        ) from exc
    kept = None
    try:
        if target.exists():
            stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
            kept = target.with_name(f"{target.stem}.voor-terugzetten-{stamp}{target.suffix}")
            os.replace(target, kept)
            for side in _SIDE_FILES:
                side_file = target.with_name(target.name + side)
                if side_file.exists():
                    os.replace(side_file, kept.with_name(kept.name + side))
        for side in _SIDE_FILES:
            # The check above checkpointed the copy; stale side files must not come along.
            incoming.with_name(incoming.name + side).unlink(missing_ok=True)
        os.replace(incoming, target)
    except OSError as exc:
        if kept is not None and not target.exists():
            os.replace(kept, target)
        _remove_with_side_files(incoming)
        raise DatabaseError(
            f"Het terugzetten is niet gelukt ({_reason(exc)}); de database is zoals hij was."
        ) from exc
    return kept


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _connect(path: Path, timeout: float = 10) -> sqlite3.Connection:
    return sqlite3.connect(str(path), timeout=timeout)


def _deadline(deadline: float):  # type: ignore[no-untyped-def]
    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() >= deadline:
            raise _Locked()

    return progress


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


AUTOMATIC_DAYS = 7
"""How many days of automatic back-ups are kept."""


def automatic_backup_folder() -> Path:
    """Where the automatic back-ups go: ``back-ups`` in the user data folder."""
    from platformdirs import user_data_path

    return user_data_path("Beroepsplanner", appauthor=False) / "back-ups"


def automatic_backup(
    source: Path, folder: Path, *, today: dt.date | None = None, keep_days: int = AUTOMATIC_DAYS
) -> Path | None:
    """Today's automatic back-up of ``source`` in ``folder``, made once a day; old ones removed.

    The files are called ``<database name>-YYYY-MM-DD.db``; those of more than
    ``keep_days`` days ago are deleted, other files are never touched. Returns
    the back-up made now, or None when today's already exists. A failing
    back-up raises ``DatabaseError`` (the caller reports it; the database itself
    is not affected).
    """
    today = today or dt.date.today()
    source, folder = Path(source), Path(folder)
    made = None
    target = folder / f"{source.stem}-{today.isoformat()}.db"
    if not target.exists():
        made = backup_database(source, target)
    oldest = today - dt.timedelta(days=keep_days - 1)
    for path in folder.glob(f"{source.stem}-????-??-??.db"):
        day = _day_of(path.stem[len(source.stem) + 1 :])
        if day is not None and day < oldest:
            with suppress(OSError):
                path.unlink()
    return made


def _day_of(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
