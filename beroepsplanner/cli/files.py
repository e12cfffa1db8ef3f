"""The commands ``backup``, ``restore`` and ``export ical``.

``register(commands, common)`` adds them to the ``beroepsplanner`` parser
(``commands`` is its subparsers action, ``common`` the parent parser with
``--db``); ``export ical`` joins the ``export`` group of ``cli/transfer.py``
whichever registers first. A mistake is raised as a ``BeroepsplannerError``
with a Dutch message, which ``cli/command.py`` prints with exit code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any

from beroepsplanner.cli.common import (
    ProgressLine,
    add_export_subject,
    add_school_year_option,
    chosen_year,
    resolve_db_path,
    year_line,
)
from beroepsplanner.cli.text import seconds

# Seconds ``backup`` waits while another program keeps the database locked.
BACKUP_WAIT = 15.0
# Seconds ``restore`` waits to find out whether another program has the database open.
IN_USE_PROBE_SECONDS = 1.0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``backup --out FILE``, ``restore FILE`` and ``export ical --out FILE.ics``."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="maak een back-up van de database",
        description="Maakt een complete kopie van de database, ook terwijl het programmavenster "
        "open is. Bewaar de back-up op een andere plek (een USB-stick, de schoolserver). Van een "
        "database op een schoolserver (--db postgresql://…) wordt de back-up een databasebestand "
        "met alles erin; pg_dump is daarvoor niet nodig.",
    )
    backup.add_argument(
        "--out",
        required=True,
        metavar="BESTAND",
        help="het back-upbestand (.db), of een map: dan krijgt de back-up de datum in de naam",
    )
    backup.add_argument(
        "--wait",
        type=seconds,
        default=BACKUP_WAIT,
        metavar="SECONDEN",
        help=f"zo lang wachten als een ander programma de database bezet houdt "
        f"(standaard {BACKUP_WAIT:g})",
    )
    backup.set_defaults(handler=backup_command)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="zet een back-up terug",
        description="Zet een back-up terug in de plaats van de database. Het huidige bestand "
        "blijft bewaard naast de database (…voor-terugzetten-<datum-tijd>.db). Sluit eerst "
        "het programmavenster. Op een schoolserver (--db postgresql://…) vervangt de back-up "
        "alles wat in de database staat, in één transactie; wat er stond, wordt eerst bewaard "
        "in de map van de automatische back-ups. Vraag collega's eerst het programma te sluiten.",
    )
    restore.add_argument("file", metavar="BESTAND", help="het back-upbestand (.db)")
    restore.set_defaults(handler=restore_command)

    ical = add_export_subject(
        commands,
        common,
        "ical",
        help="de lessen en activiteiten als agenda (.ics) voor Outlook of Google Agenda",
        description="Schrijft elke voorbereidingsles, activiteit en reflectieles als "
        "hele-dag-afspraak in een .ics-bestand. Opnieuw importeren werkt de afspraken bij "
        "in plaats van ze dubbel te zetten.",
    )
    ical.add_argument(
        "--class",
        dest="class_name",
        metavar="KLAS",
        help="alleen deze klas (standaard alle klassen van het schooljaar)",
    )
    add_school_year_option(ical)
    ical.add_argument("--out", required=True, metavar="BESTAND.ics", help="het agendabestand")
    ical.add_argument(
        "--with-holidays",
        action="store_true",
        help="zet ook de vakanties, vrije dagen en studiedagen van de school erin",
    )
    ical.set_defaults(handler=export_ical_command)


def backup_command(args: argparse.Namespace) -> int:
    """``backup --out FILE [--wait SECONDS]``: of a file, or of a server database (then
    the back-up is a database file with everything in it; ``store/server_backup.py``)."""
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.server_backup import back_up, file_name

    location = DatabaseLocation.parse(resolve_db_path(args))
    out = Path(args.out).expanduser()
    if out.is_dir() or args.out.endswith(("/", os.sep)):
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
        stem = location.path.stem if location.path is not None else file_name(location.database_name)
        out = out / f"{stem}-back-up-{stamp}.db"
    target = back_up(location, out, timeout=max(args.wait, 0.0))
    print(f"Back-up van {location} gemaakt: {target} ({_size(target.stat().st_size)}).")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    """``restore FILE``: into a file, whose current state is kept aside, never overwritten
    (refused while the database is open elsewhere or another restore of it is under way);
    or into a server database, whose current data is kept in a back-up file first."""
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.server_backup import restore
    from beroepsplanner.store.transfer.copy_rows import CopyStep

    target = DatabaseLocation.parse(resolve_db_path(args, create=True))
    backup = Path(args.file).expanduser()
    line = ProgressLine()

    def progress(step: CopyStep) -> None:
        line.show(f"Terugzetten: tabel {step.number} van {step.tables} ({step.table})")

    try:
        kept = restore(backup, target, in_use_wait=IN_USE_PROBE_SECONDS, progress=progress)
    finally:
        line.end()
    print(f"Back-up {backup} teruggezet in {target}.")
    if kept is not None and target.is_server:
        print(f"Wat er in de database op de server stond, is eerst bewaard in {kept}.")
    elif kept is not None:
        print(f"Het vorige bestand is bewaard als {kept}.")
    return 0


def export_ical_command(args: argparse.Namespace) -> int:
    """``export ical [--class NAME] [--school-year JJJJ-JJJJ] --out FILE.ics``."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.ical_export import export_ical

    out = Path(args.out).expanduser()
    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            label = chosen_year(session, args)
            summary = export_ical(
                session, out, args.class_name, with_holidays=args.with_holidays, school_year=label
            )
            heading = year_line(session, label)
    finally:
        database.close()
    chains = "1 keten" if summary.chains == 1 else f"{summary.chains} ketens"
    classes = "1 klas" if summary.classes == 1 else f"{summary.classes} klassen"
    cancelled = ""
    if summary.cancelled:
        cancelled = (
            f" {summary.cancelled} verwijderde {'keten staat' if summary.cancelled == 1 else 'ketens staan'}"
            " erin als vervallen, zodat de agenda ze weghaalt."
        )
    print(
        f"Agenda geschreven naar {out}: {summary.events} afspraken uit {chains} van {classes}."
        f"{cancelled} Importeer het bestand in Outlook of Google Agenda."
    )
    if heading:
        print(f"{heading}.")
    return 0


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"
