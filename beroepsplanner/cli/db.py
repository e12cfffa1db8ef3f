"""The command ``db upgrade``: bring a database to this program's schema, on purpose.

``register(commands, common)`` adds it to the ``beroepsplanner`` parser. A shared
database on a server is never migrated by the program on its own (colleagues may
still run an older version); its administrator runs this command, once everyone has
the new version. On a server it makes the schema in an empty database or migrates an
older one, and loads or updates the catalog, in one transaction
(``store/server.py``). A file is migrated as every start does (``store/database.py``,
with a copy of the file kept beside it). A mistake is raised as a
``BeroepsplannerError`` with a Dutch message, which ``cli/command.py`` prints with
exit code 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import resolve_db_path


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``db upgrade`` to the command line."""
    db = commands.add_parser(
        "db",
        help="de database zelf: het schema bijwerken",
        description="Werk met de database zelf.",
    )
    actions = db.add_subparsers(dest="db_action", metavar="OPDRACHT", required=True)
    upgrade = actions.add_parser(
        "upgrade",
        parents=[common],
        help="werk het schema van de database bij voor deze versie (ook op een schoolserver)",
        description="Brengt de database naar het schema en de catalogus van deze versie van "
        "Beroepsplanner. Een database op een schoolserver (--db postgresql://…) werkt het "
        "programma nooit vanzelf bij: doe dat met deze opdracht als iedereen de nieuwe versie "
        "heeft. Een lege serverdatabase krijgt zo het schema en de catalogus. Alles gebeurt "
        "in één transactie: lukt het niet, dan is er niets veranderd.",
    )
    upgrade.set_defaults(handler=db_upgrade_command)


def db_upgrade_command(args: argparse.Namespace) -> int:
    """``db upgrade [--db FILE|URL]``."""
    from beroepsplanner.store.location import DatabaseLocation

    location = DatabaseLocation.parse(resolve_db_path(args))
    if location.path is not None:
        return _upgrade_file(location)
    from beroepsplanner.store.server import upgrade_server

    result = upgrade_server(location)
    catalog = " De catalogus is geladen." if result.catalog_changed else ""
    if result.before is None:
        print(f"Het schema van Beroepsplanner ({result.after}) is gemaakt in {location}.{catalog}")
    elif result.before != result.after:
        print(
            f"De database {location} is bijgewerkt van schema {result.before} naar "
            f"{result.after}.{catalog}"
        )
    elif result.catalog_changed:
        print(f"De catalogus in {location} is bijgewerkt; het schema ({result.after}) was al actueel.")
    else:
        print(f"De database {location} is al bij (schema {result.after}); er is niets veranderd.")
    return 0


def _upgrade_file(location: Any) -> int:
    from beroepsplanner.store.database import SCHEMA_HEAD, open_database, stored_revision

    before = stored_revision(location.path)
    open_database(location).close()
    if before is not None and before != SCHEMA_HEAD:
        print(
            f"De database {location} is bijgewerkt van schema {before} naar {SCHEMA_HEAD}; "
            "een kopie van het oude bestand staat ernaast."
        )
    else:
        print(f"De database {location} is bij (schema {SCHEMA_HEAD}).")
    return 0
