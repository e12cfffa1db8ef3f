"""The command ``suggest --chain NR [--json] [--limit N]``: companies that fit a chain, and
for a guest lesson the parents of the register who could be its guest, marked as parent.

``register(commands, common)`` adds it to the ``beroepsplanner`` parser
(``commands`` is its subparsers action, ``common`` the parent parser with
``--db``). A mistake (an unknown chain) is raised as a ``BeroepsplannerError``
with a Dutch message, which ``cli/command.py`` prints with exit code 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import resolve_db_path, write_json
from beroepsplanner.cli.text import chain_number

DEFAULT_LIMIT = 10


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``suggest --chain NR [--json] [--limit N]`` to the command line."""
    parser = commands.add_parser(
        "suggest",
        parents=[common],
        help="stel bedrijven voor die bij een keten passen",
        description="Zoekt in het bedrijvennetwerk de bedrijven die het best bij een keten "
        "passen: dezelfde wereld van techniek of sector als de activiteit, een bevestigd "
        "contact, (tegendraadse) rolmodellen en genoeg plek voor de klas. Bedrijven die de "
        "klas dit schooljaar al heeft, komen lager; bedrijven die pas een hogere groep "
        "ontvangen, vallen af. De evaluaties van vorige schooljaren tellen mee: een bedrijf "
        "dat graag terugkomt, staat hoger; een bedrijf dat vorig schooljaar zei dit jaar niet "
        "te willen, komt nooit bovenaan. Bij een gastles stelt het ook ouders uit het "
        "ouderregister voor die een gastles aanbieden: eerst een beroep uit een wereld die de "
        "klas nog niet ontmoette, een ouder uit de eigen klas, een ouder die een stereotype "
        "doorbreekt.",
    )
    parser.add_argument(
        "--chain", type=chain_number, required=True, metavar="NR", help="de keten (zie 'list chains')"
    )
    parser.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"hoeveel bedrijven (standaard {DEFAULT_LIMIT})",
    )
    parser.add_argument("--json", action="store_true", help="als JSON-lijst op stdout")
    parser.set_defaults(handler=suggest_command)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is geen aantal; geef een getal van 1 of meer")
    return number


def suggest_command(args: argparse.Namespace) -> int:
    """``suggest --chain NR [--json] [--limit N]``."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.matching import suggest_companies
    from beroepsplanner.store.parent_matching import suggest_parents_for_chain

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            result = suggest_companies(session, args.chain, limit=args.limit)
            parents = suggest_parents_for_chain(session, args.chain, limit=args.limit)
    finally:
        database.close()
    if args.json:
        write_json(
            [
                {
                    "id": s.company.id,
                    "name": s.company.name,
                    "place": s.company.place,
                    "score": s.score,
                    "reasons": list(s.reasons),
                }
                for s in result.suggestions
            ]
            + [
                {
                    "kind": "parent",
                    "id": p.parent.id,
                    "first_name": p.parent.first_name,
                    "class": p.parent.class_name,
                    "job": p.parent.job,
                    "score": p.score,
                    "reasons": list(p.reasons),
                }
                for p in parents
            ]
        )
        return 0
    pupils = f", {result.pupils} leerlingen" if result.pupils else ""
    print(
        f"Keten {result.chain_id}: {result.activity_title} voor {result.class_name} "
        f"(groep {result.grade}{pupils}) op {result.date:%d-%m-%Y}."
    )
    if result.worlds:
        print("Werelden van de activiteit: " + "; ".join(result.worlds) + ".")
    if not result.suggestions:
        if result.companies == 0:
            print("Er staan nog geen bedrijven in de database; 'import companies' leest ze in.")
        else:
            print(f"Geen van de {result.companies} bedrijven ontvangt groep {result.grade}.")
    else:
        print()
        print(format_suggestions(result.suggestions))
    if parents:
        print()
        print("Ouders die een gastles aanbieden (uit het ouderregister):")
        print(format_parent_suggestions(parents))
    return 0


def format_suggestions(suggestions: Any) -> str:
    """A readable table: rank, company, place and score, the reasons indented below."""
    names = max(len("Bedrijf"), *(len(s.company.name) for s in suggestions))
    places = max(len("Plaats"), *(len(s.company.place) for s in suggestions))
    rank = len(str(len(suggestions)))
    lines = [f"{'#':>{rank}}  {'Bedrijf':<{names}}  {'Plaats':<{places}}  Score"]
    lines.append(f"{'-' * rank}  {'-' * names}  {'-' * places}  -----")
    for number, s in enumerate(suggestions, start=1):
        lines.append(
            f"{number:>{rank}}  {s.company.name:<{names}}  {s.company.place:<{places}}  {s.score:>5}"
        )
        lines.append(" " * (rank + 2) + "; ".join(s.reasons))
    return "\n".join(lines)


def format_parent_suggestions(suggestions: Any) -> str:
    """The parents as a table like the companies', each marked "(ouder)"."""
    names = [f"{s.parent.first_name} (ouder, {s.parent.class_name})" for s in suggestions]
    width = max(len("Ouder"), *(len(n) for n in names))
    jobs = max(len("Beroep"), *(len(s.parent.job) for s in suggestions))
    rank = len(str(len(suggestions)))
    lines = [f"{'#':>{rank}}  {'Ouder':<{width}}  {'Beroep':<{jobs}}  Score"]
    lines.append(f"{'-' * rank}  {'-' * width}  {'-' * jobs}  -----")
    for number, (s, name) in enumerate(zip(suggestions, names, strict=True), start=1):
        lines.append(f"{number:>{rank}}  {name:<{width}}  {s.parent.job:<{jobs}}  {s.score:>5}")
        lines.append(" " * (rank + 2) + "; ".join(s.reasons))
    return "\n".join(lines)
