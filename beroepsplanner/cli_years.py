"""The command ``year new JJJJ-JJJJ [--dry-run]``: the next school year (store/years.py).

``register(commands, common)`` adds it to the ``beroepsplanner`` parser. It prints the
move first — which class becomes which, with how many pupils and chains, which classes
leave — and then carries it out in one transaction (nothing with ``--dry-run``).
"""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``year new JJJJ-JJJJ [--dry-run]`` to the command line."""
    year = commands.add_parser(
        "year",
        help="schooljaren: het volgende schooljaar maken",
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
        "schoolweek. Het oude schooljaar blijft zoals het was en wordt vergrendeld. Bedrijven "
        "moeten opnieuw bevestigen.",
    )
    new.add_argument("label", metavar="JJJJ-JJJJ", help="het nieuwe schooljaar, bijv. 2027-2028")
    new.add_argument(
        "--dry-run", action="store_true", help="toon alleen wat er zou gebeuren; verander niets"
    )
    new.set_defaults(handler=year_new_command)


def year_new_command(args: argparse.Namespace) -> int:
    """``year new JJJJ-JJJJ [--dry-run]``."""
    from beroepsplanner.cli import resolve_db_path
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
        f"Schooljaar {summary.label} gemaakt: {_count(summary.classes, 'klas', 'klassen')}, "
        f"{_count(summary.pupils, 'leerling', 'leerlingen')}, "
        f"{_count(summary.chains, 'keten', 'ketens')} als concept."
    )
    for line in summary.left_out:
        print(f"Let op: {line}")
    if summary.companies_reset:
        print(
            f"{_count(summary.companies_reset, 'bedrijf moet', 'bedrijven moeten')} opnieuw "
            "bevestigen."
        )
    print(f"Schooljaar {plan.from_label} is vergrendeld: het blijft zoals het was.")
    return 0


def _print_plan(plan: Any) -> None:
    print(f"Van {plan.from_label} naar {plan.label}:")
    for move in plan.classes:
        if move.previous_id is None:
            what = "nieuw, nog zonder leerlingen"
        else:
            what = f"was {move.previous_name}, {_count(move.pupils, 'leerling', 'leerlingen')}"
        teacher = f", {move.teacher}" if move.teacher else ""
        print(f"  {move.name} (groep {move.grade}{teacher}): {what}; "
              f"{_count(move.chains, 'keten', 'ketens')} van vorig jaar")
    if plan.leaving:
        print(
            f"  Vertrekt: {', '.join(plan.leaving)} "
            f"({_count(plan.leaving_pupils, 'leerling', 'leerlingen')}, blijven in {plan.from_label})"
        )


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
