"""The commands ``plan export`` and ``plan import``: the school's plan as a JSON file.

``plan export`` writes version 2 (docs/plan-format.md): every school year, or one with
``--school-year``; ``--file-version 1`` writes the older format of one school year (the
current one by default) for an older Beroepsplanner. ``plan import`` reads both versions.

``register(commands, common)`` adds them to the ``beroepsplanner`` parser. The file is
read and checked whole before the database is touched; the import is one
transaction (all or nothing), and a new database it was to make is removed again
when it fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from beroepsplanner.cli.common import (
    Parser,
    add_school_year_option,
    chosen_year,
    count,
    resolve_db_path,
    year_line,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``plan export --out FILE`` and ``plan import FILE [--replace]``."""
    plan = commands.add_parser(
        "plan",
        parents=[common],
        help="schrijf of lees een planbestand (JSON) met klassen en ketens",
        description="Een planbestand bevat de schooljaren met hun klassen, leerlingen en "
        "ketens, en de bedrijven (zie docs/plan-format.md).",
    )
    actions = plan.add_subparsers(
        dest="plan_action", metavar="export|import", parser_class=Parser, required=True
    )
    export = actions.add_parser(
        "export",
        parents=[common],
        help="schrijf het plan naar een bestand",
        description="Schrijft het plan van alle schooljaren (met --school-year één "
        "schooljaar) naar een JSON-bestand (versie 2).",
    )
    export.add_argument("--out", required=True, metavar="BESTAND", help="het planbestand")
    export.add_argument(
        "--class", dest="class_name", metavar="KLAS", help="alleen deze klas en haar ketens"
    )
    add_school_year_option(export)
    export.add_argument(
        "--file-version",
        type=int,
        choices=(1, 2),
        default=2,
        metavar="1|2",
        help="2 (standaard): alle schooljaren; 1: het oudere formaat van één schooljaar "
        "(standaard het huidige), voor een oudere Beroepsplanner",
    )
    export.set_defaults(handler=plan_export_command)
    load = actions.add_parser(
        "import",
        parents=[common],
        help="lees een planbestand in de database",
        description="Voegt de klassen en ketens uit een planbestand toe, in een nieuwe of "
        "bestaande database. Alles of niets: bij een fout verandert er niets.",
    )
    load.add_argument("file", metavar="BESTAND", help="het planbestand (JSON, UTF-8)")
    load.add_argument(
        "--replace",
        action="store_true",
        help="vervang klassen die al bestaan (met hun leerlingen en ketens)",
    )
    load.set_defaults(handler=plan_import_command)


def plan_export_command(args: argparse.Namespace) -> int:
    """``plan export --out FILE [--class NAME] [--school-year JJJJ-JJJJ] [--file-version 1|2]``."""
    from beroepsplanner.io.plan_export import write_plan
    from beroepsplanner.output_files import check_output
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.plan_export import export_plan
    from beroepsplanner.store.transfer.plan_export2 import export_school_plan

    path = resolve_db_path(args)
    database_file = path if isinstance(path, Path) else None  # what the plan must not overwrite
    out = Path(args.out).expanduser()
    check_output(out, kind="plan", database=database_file)  # before any work
    database = open_database(path)
    try:
        with database.session() as session:
            if args.file_version == 1:
                label = chosen_year(session, args)
                plan = export_plan(session, class_name=args.class_name, school_year=label)
                heading = year_line(session, label)
                years = [plan]
            else:
                label = args.school_year
                if label is not None:
                    label = chosen_year(session, args)  # refuses a year that does not exist
                plan = export_school_plan(session, class_name=args.class_name, school_year=label)
                years = plan["school_years"]
                labels = [y["school_year"] for y in years]
                heading = year_line(session, label) if label else None
                if label is None and len(labels) > 1:
                    heading = f"Schooljaren {', '.join(labels)}"
    finally:
        database.close()
    write_plan(plan, out, database=database_file)
    classes = sum(len(y["classes"]) for y in years)
    chains = sum(len(y["chains"]) for y in years)
    print(
        f"Plan geschreven naar {out}: {count(classes, 'klas', 'klassen')}, "
        f"{count(chains, 'keten', 'ketens')}."
    )
    if heading:
        print(f"{heading}.")
    return 0


def plan_import_command(args: argparse.Namespace) -> int:
    """``plan import FILE [--replace]``."""
    from beroepsplanner.io.plan_file import read_plan_file
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.plan_import import import_plan

    source = Path(args.file).expanduser()
    document = read_plan_file(source)  # a faulty file never touches the database
    path = resolve_db_path(args, create=True)
    created = path if isinstance(path, Path) and not path.exists() else None
    database = open_database(path)
    try:
        summary = import_plan(database, document, replace=args.replace, source=str(source))
    except BaseException:
        database.close()
        if created is not None:  # all or nothing: no half-made database either
            for leftover in (created, *(Path(f"{created}{end}") for end in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    database.close()
    replaced = f" ({summary.classes_replaced} vervangen)" if summary.classes_replaced else ""
    print(
        f"Plan ingelezen uit {source} in {path}: "
        f"{count(summary.classes, 'klas', 'klassen')}{replaced}, "
        f"{count(summary.pupils, 'leerling', 'leerlingen')}, "
        f"{count(summary.companies_added, 'nieuw bedrijf', 'nieuwe bedrijven')}, "
        f"{count(summary.chains, 'keten', 'ketens')}."
    )
    if len(summary.school_years) > 1:
        print(f"Schooljaren {', '.join(summary.school_years)}.")
    if summary.demoted_chains:
        verb = "staat" if summary.demoted_chains == 1 else "staan"
        print(
            f"{count(summary.demoted_chains, 'keten', 'ketens')} met een fout {verb} nu als "
            "concept; 'beroepsplanner check' laat zien wat er mis is."
        )
    return 0
