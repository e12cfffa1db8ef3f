"""Which database a command (or the window) works on: ``--db``, ``$BEROEPSPLANNER_DB``, or
the file in the user data folder.

Apart from ``common`` so that a plain start of the window (``beroepsplanner`` with at
most ``--db``) finds its database without importing argparse and the commands.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beroepsplanner.errors import DatabaseError

if TYPE_CHECKING:
    from beroepsplanner.store.location import DatabaseLocation

DB_ENV = "BEROEPSPLANNER_DB"
PROG = "beroepsplanner"


def default_db_path() -> Path:
    """The user's database: a file in the user data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("Beroepsplanner", appauthor=False) / "beroepsplanner.db"


def resolve_db_path(
    args: Any, *, create: bool = False
) -> Path | DatabaseLocation:
    """The database a command works on: ``--db``, else ``$BEROEPSPLANNER_DB``, else the
    file in the user data folder. A server's ``postgresql://`` URL is returned as a
    ``DatabaseLocation`` (``open_database`` takes both); a file as its path.

    A symbolic link is followed here, once, and the command works on the real file
    (stderr says so), so a restore or a failed import never replaces or removes the
    link instead of the database. Only commands that may make a new database
    (``create``: demo, plan import, restore) accept a file that does not exist; for
    every other command a typo in ``--db`` is an error, not a new empty database.
    """
    given = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if given and "://" in given:
        from beroepsplanner.store.location import DatabaseLocation

        location = DatabaseLocation.parse(given)
        if location.is_server:
            return location
    path = Path(given).expanduser() if given else default_db_path()
    real = Path(os.path.realpath(path))
    if path.is_symlink():
        print(
            f"Let op: {path} is een koppeling naar {real}; Beroepsplanner werkt met {real}.",
            file=sys.stderr,
        )
    warn_about_place(real)
    if create:
        if not given:
            real.parent.mkdir(parents=True, exist_ok=True)
        return real
    if not real.exists():
        if path.is_symlink():
            raise DatabaseError(
                f"{path} is een koppeling naar {real}, maar dat bestand bestaat niet (meer). "
                "Controleer de koppeling of de schijf (USB-stick, netwerkmap) en probeer het "
                "opnieuw. Er is niets veranderd."
            )
        if not given:
            raise DatabaseError(
                f"Er is nog geen database in {real}. Open eerst het programma (beroepsplanner "
                "zonder opdracht) of geef met --db het databasebestand op."
            )
        raise DatabaseError(
            f"De database {real} bestaat niet. Controleer de naam en de map achter --db "
            f"(of ${DB_ENV}); een nieuwe database maakt u met 'beroepsplanner demo', "
            "'beroepsplanner plan import' of in het venster (Bestand > Nieuwe database)."
        )
    return real


def warn_about_place(path: Path) -> None:
    """A line on stderr when the database file ``path`` is on a network share or in a
    folder a cloud service syncs (``store/file_place.py``); the command goes on."""
    from beroepsplanner.store.file_place import risky_place, warning

    place = risky_place(path)
    if place is not None:
        print(warning(path, place), file=sys.stderr)
