"""The commands ``year new|lock|unlock``: school years (store/years.py, store/year_lock.py).

``register(commands, common)`` adds them to the ``beroepsplanner`` parser. ``year new``
prints the move first — which class becomes which, with how many pupils and chains, which
classes leave — and then carries it out in one transaction (nothing with ``--dry-run``).
``year lock`` and ``year unlock`` close a school year (read-only) or open it again.
"""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import count, resolve_db_path


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``year new JJJJ-JJJJ [--dry-run]`` to the command line."""
    year = commands.add_parser(
        "year",
        help="schooljaren: het volgende maken, een jaar afsluiten of ontgrendelen",
        description="Werk met schooljaren.",
    )
    actions = year.add_subparsers(dest="year_action", metavar="OPDRACHT", required=True)
    new = actions.add_parser(
        "new",
        parents=[common],
        help="maak het volgende schooljaar: klassen een groep hoger, de ketens als concept",
        description="Maakt het schooljaar na het nieuwste: elke klas van groep 1 tot en met 7 "
        "gaat een groep omhoog met haar leerlingen, groep 8 vertrekt, er komt een nieuwe lege "
        "groep 1, en de ketens die elke groep vorig jaar had komen terug als concept in dezelfde "
        "schoolweek. Het oude schooljaar blijft zoals het was en wordt afgesloten (alleen lezen; "
        "'year unlock' maakt het weer te wijzigen). Bedrijven "
        "moeten opnieuw bevestigen.",
    )
    new.add_argument("label", metavar="JJJJ-JJJJ", help="het nieuwe schooljaar, bijv. 2027-2028")
    new.add_argument(
        "--dry-run", action="store_true", help="toon alleen wat er zou gebeuren; verander niets"
    )
    new.set_defaults(handler=year_new_command)
    for action, locked, text in (
        ("lock", True, "sluit een schooljaar af: daarna alleen lezen"),
        ("unlock", False, "ontgrendel een afgesloten schooljaar, zodat het weer te wijzigen is"),
    ):
        parser = actions.add_parser(
            action,
            parents=[common],
            help=text,
            description=text[0].upper() + text[1:] + ". Lezen, printen en exporteren kan altijd; "
            "de observatie na een keten kan ook in een afgesloten jaar.",
        )
        parser.add_argument("label", metavar="JJJJ-JJJJ", help="het schooljaar, bijv. 2026-2027")
        parser.set_defaults(handler=year_lock_command, locked=locked)


def year_new_command(args: argparse.Namespace) -> int:
    """``year new JJJJ-JJJJ [--dry-run]``."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.years import load_for_move, plan_next_year, start_next_year

    database = open_database(resolve_db_path(args))
    try:
        with database.transaction() as session:
            load_for_move(session)
            plan = plan_next_year(session, args.label)
            _print_plan(plan)
            if args.dry_run:
                session.rollback()
                print("Niets veranderd (--dry-run).")
                return 0
            summary = start_next_year(session, plan)
    finally:
        database.close()
    print(
        f"Schooljaar {summary.label} gemaakt: {count(summary.classes, 'klas', 'klassen')}, "
        f"{count(summary.pupils, 'leerling', 'leerlingen')}, "
        f"{count(summary.chains, 'keten', 'ketens')} als concept."
    )
    for line in summary.left_out:
        print(f"Let op: {line}")
    if summary.companies_to_confirm:
        print(
            f"{count(summary.companies_to_confirm, 'bedrijf moet', 'bedrijven moeten')} voor "
            f"{summary.label} opnieuw bevestigen."
        )
    print(
        f"Schooljaar {plan.from_label} is afgesloten: het blijft zoals het was (wijzigen kan na "
        f"'beroepsplanner year unlock {plan.from_label}')."
    )
    return 0


def year_lock_command(args: argparse.Namespace) -> int:
    """``year lock|unlock JJJJ-JJJJ``."""
    from beroepsplanner.domain.school_year import SchoolYear
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.year_lock import set_locked

    label = SchoolYear.parse(args.label).label
    database = open_database(resolve_db_path(args))
    try:
        with database.transaction() as session:
            previous = set_locked(session, label, args.locked)
    finally:
        database.close()
    if args.locked:
        print(f"Schooljaar {label} {'was al' if previous else 'is nu'} afgesloten: alleen lezen.")
    else:
        print(f"Schooljaar {label} {'is weer' if previous else 'was al'} te wijzigen.")
    return 0


def _print_plan(plan: Any) -> None:
    print(f"Van {plan.from_label} naar {plan.label}:")
    for move in plan.classes:
        if move.previous_id is None:
            what = "nieuw, nog zonder leerlingen"
        else:
            what = f"was {move.previous_name}, {count(move.pupils, 'leerling', 'leerlingen')}"
        teacher = f", {move.teacher}" if move.teacher else ""
        print(f"  {move.name} (groep {move.grade}{teacher}): {what}; "
              f"{count(move.chains, 'keten', 'ketens')} van vorig jaar")
    if plan.leaving:
        print(
            f"  Vertrekt: {', '.join(plan.leaving)} "
            f"({count(plan.leaving_pupils, 'leerling', 'leerlingen')}, blijven in {plan.from_label})"
        )
