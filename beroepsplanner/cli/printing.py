"""The command ``print``: a PDF of logbooks, lesson sheets, a parents' letter, the year plan,
the record of a class's pupils, the brief for the company of a chain, the cards for home
after a chain or the parents' sheet of the seven worlds of technology.

``register(commands, common)`` adds it to the ``beroepsplanner`` parser. The target is
checked before any work, the document gathered from the database as plain data
(``store/documents.py``) and drawn without Qt; the PDF is written beside the target and
renamed, so a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from beroepsplanner.cli.common import (
    add_school_year_option,
    chosen_year,
    count,
    resolve_db_path,
    year_line,
)
from beroepsplanner.cli.text import chain_number
from beroepsplanner.errors import InvalidInputError


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``print logbooks|lessons|letter|yearplan|record|report|brief|homecard|worlds
    [--chain NR | --class KLAS] [--school-year JJJJ-JJJJ] --out FILE``."""
    printing = commands.add_parser(
        "print",
        parents=[common],
        help="maak een PDF: logboeken, lesbladen, ouderbrief, jaarplanning, overzicht per "
        "leerling, verslag, brief voor het bedrijf, kaarten voor thuis, het blad met de "
        "zeven werelden of evaluatieformulieren",
        description="Maakt een PDF om te printen (A4; de jaarplanning van de hele school op A3). "
        "Een klas (--class) en de jaarplanning van de school komen uit één schooljaar "
        "(--school-year, standaard het huidige, anders het nieuwste); een keten (--chain) "
        "moet alleen bij dat jaar horen als u --school-year opgeeft. Het overzicht per leerling "
        "(record --class KLAS) toont per leerling van de klas waar die aan meedeed, over alle "
        "schooljaren op school. De brief voor het bedrijf (brief --chain NR) is voor het bedrijf "
        "dat de klas ontvangt of een gastles geeft: wie er komen, wanneer, wat de kinderen "
        "voorbereidden en willen vragen, veiligheid en een dagprogramma. De kaart voor thuis "
        "(homecard --chain NR) is voor na de activiteit: voor elke leerling een halve A4 met wat "
        "de klas deed en zag en drie vragen voor aan tafel. Het blad met de zeven werelden van "
        "techniek (worlds) is voor alle ouders en hoort niet bij een klas of keten. De "
        "evaluatieformulieren (evaluation --chain NR) zijn twee A4'tjes: een voor het bedrijf en "
        "een voor de leerkracht, met wat al is ingevuld.",
    )
    printing.add_argument(
        "document",
        choices=[
            "logbooks", "lessons", "letter", "yearplan", "record", "report", "brief", "homecard",
            "worlds", "evaluation",
        ],
        metavar="logbooks|lessons|letter|yearplan|record|report|brief|homecard|worlds|evaluation",
        help="logboeken per leerling, lesbladen voor de leerkracht, ouderbrief, jaarplanning, "
        "het overzicht per leerling (record), het verslag voor team en bestuur (report), de "
        "brief voor het bedrijf (brief), kaarten voor thuis na de activiteit (homecard), het "
        "blad met de zeven werelden van techniek voor ouders (worlds) of de "
        "evaluatieformulieren van een keten (evaluation)",
    )
    printing.add_argument("--chain", type=chain_number, metavar="NR", help="de keten (zie 'list chains')")
    printing.add_argument(
        "--class",
        dest="class_name",
        metavar="KLAS",
        help="de klas (logbooks: de ketens van de klas die nog niet zijn uitgevoerd; "
        "record: elke leerling van de klas)",
    )
    printing.add_argument(
        "--include-errors",
        action="store_true",
        help="logbooks --class: ook conceptketens met fouten (die worden anders overgeslagen)",
    )
    printing.add_argument("--out", required=True, metavar="BESTAND.pdf", help="het PDF-bestand")
    add_school_year_option(printing)
    printing.set_defaults(handler=print_command)


def _print_target(args: argparse.Namespace) -> str:
    """Which of --chain and --class the document takes; a Dutch error for a wrong mix."""
    document = args.document
    if args.include_errors and not (document == "logbooks" and args.class_name):
        raise InvalidInputError(
            "--include-errors hoort bij de logboeken van een klas: logbooks --class KLAS."
        )
    if document == "record":
        if args.chain is not None or not args.class_name:
            raise InvalidInputError(
                "Het overzicht per leerling gaat over de leerlingen van een klas: gebruik "
                "--class KLAS, geen --chain. 'beroepsplanner list classes' toont de klassen."
            )
        return "class"
    if document == "worlds":
        if args.chain is not None or args.class_name:
            raise InvalidInputError(
                "Het blad met de zeven werelden is voor alle ouders: geen --chain of --class."
            )
        return "school"
    if document == "report":
        if args.chain is not None or args.class_name:
            raise InvalidInputError(
                "Het verslag gaat over de hele school in één schooljaar: gebruik "
                "--school-year JJJJ-JJJJ (of niets voor het huidige), geen --chain of --class."
            )
        return "school"
    if document == "yearplan":
        if args.chain is not None:
            raise InvalidInputError(
                "De jaarplanning gaat over een klas of de hele school: gebruik --class KLAS "
                "of niets, geen --chain."
            )
        return "class" if args.class_name else "school"
    if document == "brief" and args.class_name:
        raise InvalidInputError(
            "De brief voor het bedrijf gaat over één keten: gebruik --chain NR, geen --class. "
            "'beroepsplanner list chains' toont de nummers."
        )
    if args.chain is not None and args.class_name:
        raise InvalidInputError("Kies --chain NR of --class KLAS, niet allebei.")
    if document == "logbooks" and args.class_name:
        return "class"
    if document == "homecard" and args.class_name:
        raise InvalidInputError(
            "De kaart voor thuis hoort bij één activiteit: gebruik --chain NR, geen --class. "
            "'beroepsplanner list chains' toont de nummers."
        )
    if args.chain is None:
        hint = " of --class KLAS" if document == "logbooks" else ""
        raise InvalidInputError(
            f"Zeg voor welke keten: --chain NR{hint}. 'beroepsplanner list chains' toont de nummers."
        )
    return "chain"


def print_command(args: argparse.Namespace) -> int:
    """``print DOCUMENT [--chain NR | --class KLAS] [--include-errors]
    [--school-year JJJJ-JJJJ] --out FILE.pdf``.

    A class name (and the school's year plan) is looked up in the chosen school year; a
    chain number must belong to it only when ``--school-year`` is given."""
    from beroepsplanner.printing.jobs import check_target

    target = _print_target(args)
    out = Path(args.out).expanduser()
    path = resolve_db_path(args)
    # The database file the PDF must not overwrite (a server has none).
    database_file = path if isinstance(path, Path) else None
    check_target(out, database=database_file)  # before any work
    found: tuple[Any, list[str], str | None] | None = None
    quick_documents = ("logbooks", "lessons", "letter")
    if (
        target == "chain"
        and args.document in quick_documents
        and args.school_year is None
        and database_file is not None
    ):
        # One chain of a file: read with SQLite alone, without SQLAlchemy, when that can
        # be done (store/document_query.py); otherwise the ordinary way below.
        from beroepsplanner.store.document_query import quick_chain_document

        quick = quick_chain_document(database_file, args.chain)
        if quick is not None:
            document, school_years = quick
            heading = f"Schooljaar {document.school_year}" if school_years >= 2 else None
            found = (document, [], heading)
    if found is None:
        found = _read_for_print(args, target, path)
    data, notes, heading = found
    pages = _render(args.document, data, out, database_file)
    counted = count(pages, "pagina", "pagina's")
    print(f"{out} geschreven: {counted}.")
    if heading:
        print(f"{heading}.")
    for note in notes:
        print(note)
    return 0


def _read_for_print(args: argparse.Namespace, target: str, path: Any) -> tuple[Any, list[str], str | None]:
    """What to print, the notes about it and the school year's line, read through the store."""
    from beroepsplanner.domain.parent_documents import HomeCardDocument
    from beroepsplanner.domain.pupil_record import RecordDocument
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.documents import print_data
    from beroepsplanner.store.school_years import chain_in_school_year

    database = open_database(path)
    try:
        with database.session() as session:
            label = chosen_year(session, args)
            if target == "chain" and args.school_year is not None and label is not None:
                chain_in_school_year(session, args.chain, label)
            if args.document == "brief":
                from beroepsplanner.store.company_brief import brief_document

                data: Any = brief_document(session, args.chain)
            else:
                data = print_data(
                    session,
                    args.document,
                    chain_id=args.chain if target == "chain" and args.document != "yearplan" else None,
                    class_name=args.class_name,
                    include_errors=args.include_errors,
                    school_year=label,
                )
            notes = _print_notes(session, args, target, label)
            if isinstance(data, HomeCardDocument):
                notes = [_homecard_note(data)]
            if isinstance(data, RecordDocument):
                pupils = count(len(data.pupils), "leerling", "leerlingen")
                notes = [f"Een overzicht per leerling van {data.class_name}: {pupils}."]
            heading = year_line(session, _document_year(data))
    finally:
        database.close()
    return data, notes, heading


def _homecard_note(data: Any) -> str:
    """``Kaarten voor thuis van Groep 6a: 27 leerlingen en een kaart zonder naam.``"""
    pupils = len(data.pupils)
    spare = 2 if pupils == 0 else pupils % 2
    named = count(pupils, "leerling", "leerlingen")
    extra = {0: "", 1: " en een kaart zonder naam", 2: " (nog geen leerlingen: twee kaarten zonder naam)"}
    return f"Kaarten voor thuis van {data.chain.class_name}: {named}{extra[spare]}."


def _document_year(data: Any) -> str | None:
    """The school year of what was printed (a chain's, a class set's, the year plan's)."""
    first = data[0] if isinstance(data, list) and data else data
    first = getattr(first, "chain", first)  # the cards for home: their chain's
    return getattr(first, "school_year", None)


def _print_notes(
    session: Any, args: argparse.Namespace, target: str, label: str | None
) -> list[str]:
    """What the teacher should know about what was (not) printed: the chains a class set
    left out, or that the one chain printed is a concept with errors."""
    from beroepsplanner.store.documents import class_logbook_chains, left_out_text
    from beroepsplanner.store.planner import chain_bar

    if args.document == "logbooks" and target == "class":
        printed, left_out = class_logbook_chains(
            session, args.class_name, include_errors=args.include_errors, school_year=label
        )
        notes = [f"Logboeken van {count(len(printed), 'keten', 'ketens')}."]
        if left_out:
            notes.append(f"Niet geprint: {left_out_text(left_out)}.")
        if any(c.concept_with_errors for c in left_out):
            notes.append("Met --include-errors komen conceptketens met fouten er ook in.")
        return notes
    if target == "chain" and args.document != "yearplan":
        bar = chain_bar(session, args.chain)
        if bar.status.value == "concept" and bar.errors:
            return [
                f"Let op: keten {args.chain} is een concept met fouten; datum, bedrijf of "
                "lessen kunnen nog veranderen ('beroepsplanner check' toont de fouten)."
            ]
    return []


def _render(document: str, data: Any, out: Path, database: Path | None) -> int:
    """Write the PDF next to ``out`` first and rename it, so a failure leaves no half file."""
    from beroepsplanner.printing.jobs import render_document

    return render_document(document, data, out, database=database)
