"""The commands ``demo``, ``list`` and ``check``: a demo school, and what the database holds.

``register(commands, common)`` adds them to the ``beroepsplanner`` parser (``commands``
is its subparsers action, ``common`` the parent parser with ``--db``). ``list`` prints
a table or, with ``--json``, JSON in UTF-8; ``check`` prints every finding of the rules
and exits with 1 when one is an error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from beroepsplanner.cli.common import (
    add_school_year_option,
    chosen_year,
    print_table,
    resolve_db_path,
    write_json,
    year_line,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``demo [--scale small|large]``, ``list SUBJECT [--json] [--school-year JJJJ-JJJJ]``
    and ``check [--json] [--school-year JJJJ-JJJJ]``."""
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="maak een demoschool met klassen, bedrijven en ketens",
        description="Vult een nieuwe (lege) database met een geloofwaardige demoschool.",
    )
    demo.add_argument(
        "--scale",
        choices=["small", "large"],
        default="small",
        help="small: één school met groep 1 tot 8 (standaard); large: voor prestatietests",
    )
    demo.set_defaults(handler=demo_command)

    listing = commands.add_parser(
        "list",
        parents=[common],
        help="toon activiteiten, bedrijven, klassen of ketens",
        description="Toont een lijst uit de database. Klassen en ketens: van één schooljaar "
        "(--school-year, standaard het huidige, anders het nieuwste); bedrijven: 'bevestigd' "
        "voor --school-year (standaard het nieuwste schooljaar dat niet is afgesloten); "
        "activiteiten horen bij geen schooljaar.",
    )
    listing.add_argument(
        "subject",
        choices=["activities", "companies", "classes", "chains"],
        metavar="activities|companies|classes|chains",
        help="wat u wilt zien",
    )
    listing.add_argument("--json", action="store_true", help="als JSON-lijst op stdout")
    add_school_year_option(listing)
    listing.set_defaults(handler=list_command)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="controleer alle ketens op de regels",
        description="Toont alle fouten en waarschuwingen van één schooljaar (--school-year, "
        "standaard het huidige, anders het nieuwste). Exitcode 0 zonder fouten, 1 met fouten.",
    )
    check.add_argument("--json", action="store_true", help="als JSON-lijst op stdout")
    add_school_year_option(check)
    check.set_defaults(handler=check_command)


def demo_command(args: argparse.Namespace) -> int:
    """``demo [--scale small|large]``: a new database with a demo school."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.demo import build_demo

    path = resolve_db_path(args, create=True)
    database = open_database(path)
    try:
        summary = build_demo(database, scale=args.scale)
    finally:
        database.close()
    print(
        f"Demoschool '{summary.school}' gemaakt in {path}: {summary.classes} klassen, "
        f"{summary.pupils} leerlingen, {summary.companies} bedrijven, "
        f"{summary.activities} activiteiten, {summary.chains} ketens."
    )
    return 0


def check_command(args: argparse.Namespace) -> int:
    """``check [--json] [--school-year JJJJ-JJJJ]``: every finding of the rules in one
    school year; exit code 1 when there are errors."""
    from beroepsplanner.domain.chain import Severity
    from beroepsplanner.store.checks import check_database
    from beroepsplanner.store.database import open_database

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            label = chosen_year(session, args)
            findings = check_database(session, school_year=label)
            heading = year_line(session, label)
    finally:
        database.close()
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    if args.json:
        write_json([f.as_dict() for f in findings])
    else:
        if heading:
            print(heading)
        for finding in findings:
            label = "FOUT" if finding.severity is Severity.ERROR else "waarschuwing"
            print(f"{label} [{finding.code}] {finding.message}")
        warnings = len(findings) - errors
        print(f"{errors} fout(en), {warnings} waarschuwing(en).")
    return 1 if errors else 0


_LIST_HEADERS = {
    "activities": ("Sleutel", "Titel", "Soort", "Groep"),
    "companies": ("Naam", "Plaats", "Vanaf groep", "Bevestigd"),
    "classes": ("Naam", "Groep", "Leerkracht", "Schooljaar", "Leerlingen"),
    "chains": ("Nr", "Klas", "Activiteit", "Datum", "Status"),
}


def list_command(args: argparse.Namespace) -> int:
    """``list activities|companies|classes|chains [--json] [--school-year JJJJ-JJJJ]``:
    classes and chains of one school year, companies confirmed for it (activities belong
    to no school year)."""
    from beroepsplanner.store.database import open_database

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            label = _year_of_list(session, args)
            records = _LISTERS[args.subject](session, label)
            heading = year_line(session, label)
    finally:
        database.close()
    if args.json:
        write_json(records)
        return 0
    rows = [_TEXT_ROWS[args.subject](record) for record in records]
    if heading:
        print(f"Bevestigd voor schooljaar {label}" if args.subject == "companies" else heading)
    if not rows:
        print(_EMPTY[args.subject])
        return 0
    print_table(_LIST_HEADERS[args.subject], rows)
    return 0


def _year_of_list(session: Any, args: argparse.Namespace) -> str | None:
    """The school year a list is about: none for activities; for companies the year of
    their confirmation (``--school-year``, else the year being planned, as in the window);
    for classes and chains the chosen school year (``cli.common.chosen_year``)."""
    if args.subject == "activities":
        return None
    if args.subject == "companies" and args.school_year is None:
        from beroepsplanner.store.year_lock import year_being_planned

        return str(year_being_planned(session))
    return chosen_year(session, args)


def _list_activities(session: Any, _label: str | None) -> list[dict[str, Any]]:
    from beroepsplanner.store.catalog import list_activities

    return [
        {
            "key": a.key,
            "title": a.title,
            "kind": a.kind.value,
            "provider": a.provider,
            "grade_min": a.grade_min,
            "grade_max": a.grade_max,
            "duration_minutes": a.duration_minutes,
            "needs_transport": a.needs_transport,
            "worlds": list(a.worlds),
        }
        for a in list_activities(session)
    ]


def _list_companies(session: Any, label: str | None) -> list[dict[str, Any]]:
    from beroepsplanner.store.companies import list_companies

    return [
        {
            "id": c.id,
            "name": c.name,
            "place": c.place,
            "min_grade": c.min_grade,
            "capacity": c.capacity,
            "confirmed": c.confirmed,
            "safety_checked": c.safety_checked,
            "worlds": list(c.worlds),
            "role_models": c.role_models,
            "counter_stereotypical_role_models": c.counter_stereotypical_role_models,
        }
        for c in list_companies(session, label)
    ]


def _list_classes(session: Any, label: str | None) -> list[dict[str, Any]]:
    from beroepsplanner.store.plans import list_classes

    return [
        {
            "name": c.name,
            "grade": c.grade,
            "teacher": c.teacher,
            "school_year": c.school_year,
            "pupils": c.pupils,
        }
        for c in list_classes(session, school_year=label)
    ]


def _list_chains(session: Any, label: str | None) -> list[dict[str, Any]]:
    from beroepsplanner.store.plans import list_chains

    return [
        {
            "id": c.id,
            "class": c.class_name,
            "grade": c.grade,
            "school_year": c.school_year,
            "activity": c.activity_key,
            "activity_title": c.activity_title,
            "company": c.company,
            "date": c.date.isoformat(),
            "status": c.status.value,
            "preparation": [d.isoformat() for d in c.preparation_dates],
            "reflection": [d.isoformat() for d in c.reflection_dates],
        }
        for c in list_chains(session, school_year=label)
    ]


_LISTERS: dict[str, Callable[[Any, str | None], list[dict[str, Any]]]] = {
    "activities": _list_activities,
    "companies": _list_companies,
    "classes": _list_classes,
    "chains": _list_chains,
}


def _grades(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}-{high}"


_STATUS_NL = {"concept": "concept", "planned": "gepland", "done": "uitgevoerd"}

_TEXT_ROWS: dict[str, Callable[[dict[str, Any]], tuple[str, ...]]] = {
    "activities": lambda a: (a["key"], a["title"], a["kind"], _grades(a["grade_min"], a["grade_max"])),
    "companies": lambda c: (
        c["name"],
        c["place"],
        "" if c["min_grade"] is None else str(c["min_grade"]),
        "ja" if c["confirmed"] else "nee",
    ),
    "classes": lambda c: (c["name"], str(c["grade"]), c["teacher"], c["school_year"], str(c["pupils"])),
    "chains": lambda c: (
        str(c["id"]),
        c["class"],
        c["activity"],
        c["date"],
        _STATUS_NL.get(c["status"], c["status"]),
    ),
}

_EMPTY = {
    "activities": "De catalogus is leeg.",
    "companies": "Er staan nog geen bedrijven in de database.",
    "classes": "Er zijn nog geen klassen.",
    "chains": "Er zijn nog geen ketens gepland.",
}
