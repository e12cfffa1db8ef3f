"""Writing a file the user named: never onto a database, always whole or not at all.

Every command and dialog that writes a file (a PDF, a plan file, a company list, a
calendar, a pupil's data, a back-up) goes through ``staged_output`` or
``write_output``. Before anything is written they refuse, with a Dutch message:

* any existing SQLite file: the open database, another school's database, a back-up —
  found by its first bytes, so a path through ``./``, a symbolic link, a hard link or
  another case of the name (Windows) is caught as well. Only a back-up may replace a
  back-up (``kind="database"`` and a file marked by ``mark_as_backup``);
* the database's side files (``-wal``, ``-shm``, ``-journal``), also before they exist;
* a file in the folder of the automatic back-ups;
* an existing file that is clearly another kind of document (a PDF when a plan file
  is written, a spreadsheet when a calendar is written, ...).

The new file is written under a hidden unique name in the same folder, flushed to the
disk and renamed onto the target only when it is complete (``whole_file``), so a failure
or a full disk never leaves half a file and never spoils the file that was there.

Standard library only: the command line, ``io``, ``printing``, ``store`` and the
window all use it.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.whole_file import SIDE_SUFFIXES, whole_file

SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
logger = logging.getLogger(__name__)

BACKUP_MARK = 0x42504B31  # "BPK1" in SQLite's user_version: this file is a back-up copy
"""A back-up made by Beroepsplanner carries this ``PRAGMA user_version``; only such a
file may be replaced by a newer back-up. Opening a file as the working database
clears the mark (``store.database``)."""

KIND_NAMES = {
    "pdf": "PDF",
    "plan": "planbestand",
    "json": "JSON-bestand",
    "csv": "CSV-bestand",
    "xlsx": "Excel-bestand",
    "ics": "agendabestand",
    "database": "back-up",
}


def automatic_backup_folder() -> Path:
    """Where the automatic back-ups go: ``back-ups`` in the user data folder."""
    from platformdirs import user_data_path

    return user_data_path("Beroepsplanner", appauthor=False) / "back-ups"


def database_file(session: object) -> Path | None:
    """The database file a SQLAlchemy session (or engine) works on; None for a server."""
    bind = session.get_bind() if hasattr(session, "get_bind") else session
    url = getattr(bind, "url", None)
    if url is None or url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def _same_path(a: Path, b: Path) -> bool:
    if os.path.normcase(str(a)) == os.path.normcase(str(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _head(path: Path, size: int = 512) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except IsADirectoryError:
        raise InvalidInputError(
            f"{path} is een map. Kies een bestandsnaam.", key="output-is-folder", path=str(path)
        ) from None
    except OSError as exc:
        raise InvalidInputError(
            f"{path} bestaat al en kan niet worden gelezen ({_reason(exc)}); Beroepsplanner "
            "schrijft er daarom niet overheen. Kies een andere naam.",
            key="output-unreadable",
            path=str(path),
            detail=_reason(exc),
        ) from None


def sniff_kind(path: Path) -> str | None:
    """What an existing file is, by its first bytes: "sqlite", "pdf", "xlsx", "ics",
    "plan", "wal", or None when it is something else (text, empty, unknown)."""
    head = _head(path)
    if head.startswith(SQLITE_HEADER):
        return "sqlite"
    if head[:4] in _WAL_MAGIC:
        return "wal"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if text.startswith(b"{") and b'"beroepsplanner' in head:
        return "plan"
    return None


def is_backup_file(path: Path) -> bool:
    """Whether ``path`` is a SQLite file marked as a back-up by Beroepsplanner.

    Read from the file's header (``user_version`` is bytes 60-63), not through
    SQLite: a read-only connection to a WAL database would leave -wal and -shm
    files beside someone else's file."""
    try:
        head = _head(path, 100)
    except InvalidInputError:
        return False
    return head.startswith(SQLITE_HEADER) and len(head) >= 64 and (
        int.from_bytes(head[60:64], "big") == BACKUP_MARK
    )


def mark_as_backup(path: Path) -> None:
    """Mark the SQLite file ``path`` as a back-up copy (see ``BACKUP_MARK``)."""
    with closing(sqlite3.connect(str(path), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA user_version = {BACKUP_MARK}")


def check_output(
    out: Path | str,
    *,
    kind: str,
    database: Path | str | None = None,
    backup_folder: Path | None = None,
    automatic: bool = False,
) -> Path:
    """The real file ``out`` stands for (links followed), or a Dutch ``InvalidInputError``
    when writing a ``kind`` document there could destroy data (see the module).

    ``database`` is the open database, when there is one (a server database, a
    ``store.location.DatabaseLocation`` without a path, has no file to protect);
    ``backup_folder`` the folder of the automatic back-ups (default: the user's); only
    the automatic back-up itself (``automatic``) writes there.
    """
    if database is not None and not isinstance(database, (str, os.PathLike)):
        database = getattr(database, "path", None)  # a DatabaseLocation: its file, if any
    given = Path(out).expanduser()
    what = KIND_NAMES.get(kind, "bestand")
    if str(out).strip() == "":
        raise InvalidInputError("Geef een bestandsnaam op.", key="output-no-name")
    target = Path(os.path.realpath(given))
    linked = given.is_symlink()
    link = f" (via de koppeling {given})" if linked else ""
    named = {"path": str(given), "link": str(given) if linked else ""}
    folder = target.parent
    if not folder.exists():
        raise InvalidInputError(
            f"De map {folder} bestaat niet. Maak de map eerst aan of kies een andere plek.",
            key="output-folder-missing",
            folder=str(folder),
        )
    if not folder.is_dir():
        raise InvalidInputError(
            f"{folder} is geen map. Kies een andere plek.",
            key="output-not-a-folder",
            folder=str(folder),
        )
    if target.is_dir():
        raise InvalidInputError(
            f"{given} is een map. Kies een bestandsnaam in die map.",
            key="output-folder-given",
            path=str(given),
        )
    if read_only_folder(folder):
        raise InvalidInputError(
            f"De map {folder} staat op een schijf die alleen-lezen is (bijvoorbeeld een "
            "beveiligde USB-stick of een cd). Kies een andere plek. Er is niets veranderd.",
            key="output-folder-read-only",
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK):
        raise InvalidInputError(
            f"In de map {folder} mag Beroepsplanner niets schrijven. Kies een andere map, "
            "bijvoorbeeld Documenten, of vraag de beheerder om schrijfrechten.",
            key="output-folder-no-permission",
            folder=str(folder),
        )
    if database is not None:
        db = Path(os.path.realpath(Path(database).expanduser()))
        if _same_path(target, db):
            raise InvalidInputError(
                f"{given} is de database zelf{link}. Daar schrijft Beroepsplanner geen "
                f"{what} overheen; kies een andere naam. Er is niets veranderd.",
                key="output-onto-open-database",
                kind=kind,
                **named,
            )
        for suffix in SIDE_SUFFIXES:
            if _same_path(target, db.with_name(db.name + suffix)):
                raise InvalidInputError(
                    f"{given} is een hulpbestand van de database {db.name}{link}; daarin "
                    "staan nog niet verwerkte wijzigingen. Kies een andere naam. "
                    "Er is niets veranderd.",
                    key="output-onto-open-side-file",
                    database=db.name,
                    **named,
                )
    for suffix in SIDE_SUFFIXES:
        name = target.name
        if name.lower().endswith(suffix):
            base = target.with_name(name[: -len(suffix)])
            if base.is_file() and sniff_kind(base) == "sqlite":
                raise InvalidInputError(
                    f"{given} is een hulpbestand van de database {base.name}{link}. "
                    "Kies een andere naam. Er is niets veranderd.",
                    key="output-onto-side-file",
                    database=base.name,
                    **named,
                )
    backups = backup_folder if backup_folder is not None else automatic_backup_folder()
    if not automatic and backups.is_dir() and _same_path(folder, Path(os.path.realpath(backups))):
        raise InvalidInputError(
            f"{folder} is de map van de automatische back-ups; Beroepsplanner beheert die "
            "zelf. Kies een andere map.",
            key="output-in-backup-folder",
            folder=str(folder),
        )
    if target.exists():
        found = sniff_kind(target)
        if found == "sqlite":
            backup = is_backup_file(target)
            if kind == "database" and backup:
                return target
            if kind == "database":
                raise InvalidInputError(
                    f"{given} is een Beroepsplanner-database{link}, geen eerdere back-up: "
                    "een back-up vervangt alleen een back-up. Kies een andere naam. "
                    "Er is niets veranderd.",
                    key="backup-replaces-only-backup",
                    **named,
                )
            raise InvalidInputError(
                f"{given} is een {'back-up van een ' if backup else ''}database{link}. Daar "
                f"schrijft Beroepsplanner geen {what} overheen; kies een andere naam. "
                "Er is niets veranderd.",
                key="output-onto-backup" if backup else "output-onto-database",
                kind=kind,
                **named,
            )
        if found == "wal":
            raise InvalidInputError(
                f"{given} is een hulpbestand van een database{link}. Kies een andere naam. "
                "Er is niets veranderd.",
                key="output-onto-wal",
                **named,
            )
        if found is not None and found != kind:
            raise InvalidInputError(
                f"{given} bestaat al en is een {KIND_NAMES.get(found, found)}, geen {what}. "
                "Beroepsplanner schrijft daar niet overheen; kies een andere naam.",
                key="output-other-kind",
                kind=kind,
                found_kind=found,
                **named,
            )
        if found is None and kind in ("pdf", "xlsx", "database") and target.stat().st_size:
            raise InvalidInputError(
                f"{given} bestaat al en is geen {what}. Beroepsplanner schrijft daar niet "
                "overheen; kies een andere naam.",
                key="output-not-kind",
                kind=kind,
                **named,
            )
    return target


@contextmanager
def staged_output(
    out: Path | str,
    *,
    kind: str,
    database: Path | str | None = None,
    backup_folder: Path | None = None,
    automatic: bool = False,
) -> Iterator[Path]:
    """Check ``out`` (``check_output``), then yield a hidden path in the same folder to
    write the new file to; when the block ends without an error the file replaces
    ``out`` whole (``whole_file.whole_file``: flushed to the disk, renamed in one step,
    an existing file's permissions kept), otherwise it is removed.

    An ``OSError`` while writing, flushing or renaming becomes a Dutch
    ``InvalidInputError`` that names ``out``, never the hidden name (``write_failure``).
    """
    given = Path(out).expanduser()
    target = check_output(given, kind=kind, database=database, backup_folder=backup_folder, automatic=automatic)

    def check_again() -> None:
        # Just before the rename: another program may have put a database there meanwhile.
        check_output(given, kind=kind, database=database, backup_folder=backup_folder, automatic=automatic)

    try:
        with whole_file(target, before_replace=check_again) as partial:
            yield partial
        # The kind and size only: a file's name may hold a class's or a pupil's name.
        logger.info(
            "file written: %s%s, %d bytes", kind, " (automatic)" if automatic else "", target.stat().st_size
        )
    except OSError as exc:
        raise write_failure(given, exc) from exc


def write_output(
    out: Path | str,
    data: bytes,
    *,
    kind: str,
    database: Path | str | None = None,
    backup_folder: Path | None = None,
) -> Path:
    """Write ``data`` to ``out`` safely (see ``staged_output``); returns the real path."""
    with staged_output(out, kind=kind, database=database, backup_folder=backup_folder) as partial:
        # 0o666: the umask decides, as for any new file the user makes.
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
    return Path(os.path.realpath(Path(out).expanduser()))


def read_only_folder(folder: Path) -> bool:
    """Whether ``folder`` lies on a file system mounted read-only."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: os.access and the error on writing tell
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_failure_message(out: Path, exc: OSError) -> str:
    """A Dutch message for a file that could not be written, saying what to do."""
    return str(write_failure(out, exc))


def write_failure(out: Path, exc: OSError) -> InvalidInputError:
    """The error for a file that could not be written: a Dutch message that says what
    to do, with a ``key`` for the window's English."""
    code = getattr(exc, "errno", None)
    path = str(out)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return InvalidInputError(
            f"{out} kan niet worden geschreven: de schijf is vol. Maak ruimte vrij of kies "
            "een andere schijf. Er is niets veranderd.",
            key="write-disk-full",
            path=path,
        )
    if code == errno.EROFS:
        return InvalidInputError(
            f"{out} kan niet worden geschreven: de schijf of map is alleen-lezen (bijvoorbeeld "
            "een beveiligde USB-stick of een cd). Kies een andere plek. Er is niets veranderd.",
            key="write-read-only",
            path=path,
        )
    # Windows: a file open in Excel or a PDF reader is locked (sharing or lock violation).
    if code in (errno.EACCES, errno.EPERM) or getattr(exc, "winerror", None) in (5, 32, 33):
        return InvalidInputError(
            f"{out} kan niet worden geschreven: u mag in {Path(out).parent} niet schrijven, of "
            "het bestand is geopend in een ander programma (Excel, een PDF-lezer). Sluit het "
            "of kies een andere plek. Er is niets veranderd.",
            key="write-no-permission",
            path=path,
            folder=str(Path(out).parent),
        )
    if code == errno.ENAMETOOLONG:
        return InvalidInputError(
            f"De bestandsnaam {out} is te lang. Kies een kortere naam.",
            key="write-name-too-long",
            path=path,
        )
    return InvalidInputError(
        f"{out} kan niet worden geschreven ({_reason(exc)}). Kies een andere plek. "
        "Er is niets veranderd.",
        key="write-failed",
        path=path,
        detail=_reason(exc),
    )


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)
