"""The command ``goals``: the school's vision and each goal's state for one school year and
per cohort (issue 18 item 3), as Dutch text or, with ``--json``, as the JSON the report for
the team and the board reuses (``domain.goal_text.goals_json``)."""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import add_school_year_option, chosen_year, resolve_db_path, write_json


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``goals [--school-year JJJJ-JJJJ] [--json]``."""
    goals = commands.add_parser(
        "goals",
        parents=[common],
        help="toon de doelen van de school: bereikt, op weg of niet bereikt",
        description="Toont de visie en de doelen van de school met hun stand voor één schooljaar "
        "(--school-year, standaard het huidige, anders het nieuwste) en per cohort: bereikt, op "
        "weg, niet bereikt of nog niet te meten, met de getallen erachter. De doelen stelt de "
        "coördinator in het programmavenster in (Overzicht, tab Doelen).",
    )
    goals.add_argument("--json", action="store_true", help="als JSON op stdout")
    add_school_year_option(goals)
    goals.set_defaults(handler=goals_command)


def goals_command(args: argparse.Namespace) -> int:
    """``goals [--school-year JJJJ-JJJJ] [--json]``."""
    from beroepsplanner.domain.goal_text import goals_json, goals_lines
    from beroepsplanner.errors import NotFoundError
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.goals import goals_report

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            label = chosen_year(session, args)
            if label is None:
                raise NotFoundError(
                    "Er is nog geen schooljaar; maak eerst een school en een schooljaar (of een "
                    "demoschool: beroepsplanner demo).",
                    key="no-school-year-yet",
                )
            report = goals_report(session, label)
    finally:
        database.close()
    if args.json:
        write_json(goals_json(report))
    else:
        print("\n".join(goals_lines(report)))
    return 0
