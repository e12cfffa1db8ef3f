"""The commands ``db upgrade`` and ``db copy``: the database itself, on purpose.

``register(commands, common)`` adds them to the ``beroepsplanner`` parser.

``db upgrade`` brings a database to this program's schema. A shared database on a
server is never migrated by the program on its own (colleagues may still run an older
version); its administrator runs this command, once everyone has the new version. On a
server it makes the schema in an empty database or migrates an older one, and loads or
updates the catalog, in one transaction (``store/server.py``). A file is migrated as
every start does (``store/database.py``, with a copy of the file kept beside it).

``db copy --from SOURCE --to TARGET [--replace]`` copies a whole database in one
transaction on the target (``store/transfer/copy.py``): how a school moves its file onto
the school server, or takes a server's database home as a file. A progress line per
table goes to stderr.

A mistake is raised as a ``BeroepsplannerError`` with a Dutch message, which
``cli/command.py`` prints with exit code 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import ProgressLine, number, resolve_db_path, warn_about_place


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``db upgrade`` and ``db copy`` to the command line."""
    db = commands.add_parser(
        "db",
        help="de database zelf: het schema bijwerken, een hele database kopiëren",
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

    copy = actions.add_parser(
        "copy",
        help="kopieer een hele database: van een bestand naar een schoolserver of terug",
        description="Kopieert een hele database, in elke richting: een bestand naar een "
        "schoolserver (postgresql://…), een schoolserver naar een bestand, een bestand naar een "
        "bestand of een server naar een server. Het doel krijgt alles in één transactie: lukt "
        "het niet, dan is er in het doel niets veranderd. Een nieuw bestand of een lege "
        "serverdatabase krijgt eerst het schema. Een doel waarin al iets staat wordt geweigerd, "
        "tenzij u --replace geeft.",
    )
    copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="BRON",
        help="de database die wordt gekopieerd: een bestand of postgresql://gebruiker@server/database",
    )
    copy.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="DOEL",
        help="waar de kopie komt: een (nieuw) bestand of een (lege) database op een server",
    )
    copy.add_argument(
        "--replace",
        action="store_true",
        help="vervang alles wat al in het doel staat door de kopie (in dezelfde transactie)",
    )
    copy.set_defaults(handler=db_copy_command)


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


def db_copy_command(args: argparse.Namespace) -> int:
    """``db copy --from SOURCE --to TARGET [--replace]``."""
    import os
    from pathlib import Path

    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.transfer.copy import copy_database
    from beroepsplanner.store.transfer.copy_rows import CopyStep

    def location(given: str) -> DatabaseLocation:
        found = DatabaseLocation.parse(given)
        if found.path is None:
            return found
        # A link is followed: the copy is made where the link points, never onto the link.
        return DatabaseLocation.file(Path(os.path.realpath(found.path)))

    source, target = location(args.source), location(args.target)
    if target.path is not None:
        warn_about_place(target.path)
    line = ProgressLine()

    def progress(step: CopyStep) -> None:
        line.show(
            f"Kopiëren: tabel {step.number} van {step.tables} ({step.table}, "
            f"{number(step.rows)} {'rij' if step.rows == 1 else 'rijen'})"
        )

    try:
        summary = copy_database(source, target, replace=args.replace, progress=progress)
    finally:
        line.end()
    seconds = f"{summary.seconds:.1f}".replace(".", ",")
    print(
        f"De database {source} is gekopieerd naar {target}: {summary.tables} tabellen, "
        f"{number(summary.rows)} rijen, in {seconds} s."
    )
    if summary.schema_made and target.is_server:
        print("De database op de server had nog geen schema; dat is in dezelfde transactie gemaakt.")
    if summary.replaced:
        print(f"Wat er in {target} stond, is vervangen door de kopie.")
    if target.is_server:
        print(
            "Collega's openen de database in het venster met Bestand > Verbinden met "
            "schoolserver…"
        )
    return 0
