"""The commands ``import companies``, ``import pupils`` and ``export companies``.

``register(commands, common)`` adds them to the ``beroepsplanner`` parser
(``commands`` is its subparsers action, ``common`` the parent parser with
``--db``). Each handler takes the parsed arguments and returns an exit code;
a user's mistake is raised as a ``BeroepsplannerError`` with a Dutch message,
which ``cli/command.py`` prints on stderr with exit code 1. A file is read and
checked completely before the database is opened, and every import is one
transaction: all rows or none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from beroepsplanner.cli.common import add_export_subject, count, opened

# Skipped rows are listed one per line up to this many, then counted.
SKIPPED_SHOWN = 20


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``import companies|pupils`` and ``export companies`` to the command line."""
    register_import(commands, common)
    register_export(commands, common)


def register_import(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``import companies FILE [--skip-invalid]`` and ``import pupils FILE --class NAME``."""
    parser = commands.add_parser(
        "import",
        parents=[common],
        help="lees bedrijven of een klassenlijst in uit een CSV- of Excel-bestand",
        description="Leest een tabel in (CSV met komma's of puntkomma's, of .xlsx). "
        "De eerste rij bevat de kolomkoppen. Alles of niets: bij een fout verandert er niets.",
    )
    subjects = parser.add_subparsers(
        dest="import_subject", metavar="companies|pupils", parser_class=type(parser), required=True
    )
    companies = subjects.add_parser(
        "companies",
        parents=[common],
        help="bedrijven van het netwerk",
        description="Kolommen: Naam (verplicht), Plaats, Adres, Contactpersoon, E-mail, Telefoon, "
        "Groep vanaf, Werelden, Beroepen (gescheiden door ; of ,), Opmerkingen; ook in het "
        "Engels. Een bedrijf met dezelfde naam en plaats wordt bijgewerkt, niet dubbel "
        "toegevoegd. Een lege cel wist niets. Een wereld of groep die het programma niet kent, "
        "wordt bij de opmerkingen bewaard; zulke rijen, en telefoonnummers of datums die een "
        "spreadsheet heeft veranderd, worden met 'Let op' genoemd.",
    )
    companies.add_argument("file", metavar="BESTAND", help="het CSV- of .xlsx-bestand")
    companies.add_argument(
        "--skip-invalid",
        action="store_true",
        help="lees de goede rijen in en sla rijen met een probleem over (ze worden genoemd)",
    )
    companies.set_defaults(handler=import_companies_command)
    pupils = subjects.add_parser(
        "pupils",
        parents=[common],
        help="een klassenlijst (alleen voornamen worden bewaard)",
        description="Kolommen: Roepnaam of Voornaam (verplicht), Tussenvoegsel, Achternaam, Groep. "
        "Alleen de voornaam wordt bewaard, met de eerste letter van de achternaam als twee "
        "leerlingen dezelfde voornaam hebben. Achternamen worden nooit bewaard: een cel als "
        "'Jan de Vries' of 'Vries, Jan' wordt 'Jan'. Noemt de kolom Groep een andere groep dan "
        "de klas, dan volgt een waarschuwing.",
    )
    pupils.add_argument("file", metavar="BESTAND", help="het CSV- of .xlsx-bestand")
    pupils.add_argument("--class", dest="class_name", required=True, metavar="KLAS", help="de klas")
    pupils.set_defaults(handler=import_pupils_command)


def register_export(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``export companies --out FILE.csv|.xlsx``."""
    companies = add_export_subject(
        commands,
        common,
        "companies",
        help="de bedrijven van het netwerk",
        description="CSV (puntkomma-gescheiden, UTF-8) of .xlsx, met dezelfde kolommen als "
        "'import companies'. In .xlsx is elke cel tekst, dus een telefoonnummer houdt zijn 0. "
        "In de CSV krijgt een cel die met =, +, - of @ begint een ' ervoor, zodat geen "
        "spreadsheet er een formule van maakt; 'import companies' haalt die ' er weer af.",
    )
    companies.add_argument("--out", required=True, metavar="BESTAND.csv|.xlsx", help="het bestand")
    companies.set_defaults(handler=export_companies_command)


def import_companies_command(args: argparse.Namespace) -> int:
    """``import companies FILE [--skip-invalid]``."""
    from beroepsplanner.io.company_import import parse_companies, recognise_columns
    from beroepsplanner.io.tables import read_table
    from beroepsplanner.logs import log_import
    from beroepsplanner.store.transfer.company_import import import_companies

    source = Path(args.file).expanduser()
    table = read_table(source)
    mapping = recognise_columns(table.headers)
    parsed = parse_companies(table, mapping, skip_invalid=args.skip_invalid)
    del table  # the rows are in ``parsed``; a large file's table need not stay in memory
    with opened(args) as database, database.transaction() as session:
        result = import_companies(session, parsed.rows, skip_invalid=args.skip_invalid)
    log_import("companies", result)
    print(
        f"{count(result.added, 'bedrijf', 'bedrijven')} toegevoegd, {result.updated} bijgewerkt, "
        f"{result.unchanged} ongewijzigd."
    )
    if result.new_professions:
        print(
            f"Nieuw in de lijst met beroepen: {', '.join(result.new_professions)}."
        )
    if mapping.unrecognised:
        print(
            "Niet ingelezen kolommen (kop niet herkend): "
            + ", ".join(f"'{h}'" for h in mapping.unrecognised)
            + "."
        )
    warnings = sorted(parsed.warnings + result.warnings, key=lambda p: p.row)
    if warnings:
        rows = len({p.row for p in warnings})
        print(f"Let op, {count(rows, 'rij', 'rijen')} ingelezen met een waarschuwing:", file=sys.stderr)
        for warning in warnings[:SKIPPED_SHOWN]:
            print(f"  {warning.message}", file=sys.stderr)
        if len(warnings) > SKIPPED_SHOWN:
            print(f"  … en nog {len(warnings) - SKIPPED_SHOWN} waarschuwingen.", file=sys.stderr)
        if result.warnings and result.known_worlds:
            print(f"  Bekende werelden en sectoren: {'; '.join(result.known_worlds)}.", file=sys.stderr)
    skipped = sorted(parsed.skipped + result.skipped, key=lambda p: p.row)
    if skipped:
        rows = len({p.row for p in skipped})
        print(f"{count(rows, 'rij', 'rijen')} overgeslagen:", file=sys.stderr)
        for problem in skipped[:SKIPPED_SHOWN]:
            print(f"  {problem.message}", file=sys.stderr)
        if len(skipped) > SKIPPED_SHOWN:
            print(f"  … en nog {len(skipped) - SKIPPED_SHOWN} problemen.", file=sys.stderr)
    return 0


def export_companies_command(args: argparse.Namespace) -> int:
    """``export companies --out FILE.csv|.xlsx``."""
    from beroepsplanner.store.transfer.company_export import export_companies

    out = Path(args.out).expanduser()
    with opened(args) as database, database.session() as session:
        written = export_companies(session, out)
    print(f"{count(written, 'bedrijf', 'bedrijven')} geschreven naar {out}.")
    return 0


def import_pupils_command(args: argparse.Namespace) -> int:
    """``import pupils FILE --class NAME``."""
    from beroepsplanner.io.pupil_import import read_class_list
    from beroepsplanner.io.tables import read_table
    from beroepsplanner.logs import log_import
    from beroepsplanner.store.classes import find_class
    from beroepsplanner.store.transfer.pupil_import import import_pupils

    table = read_table(Path(args.file).expanduser())
    class_list = read_class_list(table, args.class_name)
    with opened(args) as database, database.transaction() as session:
        school_class = find_class(session, args.class_name)
        result = import_pupils(session, school_class.id, class_list.pupils)
    log_import("class list", result)
    print(
        f"{args.class_name}: {count(len(result.added), 'leerling', 'leerlingen')} toegevoegd, "
        f"{len(result.present)} stond(en) er al in."
    )
    if result.added:
        print("Toegevoegd: " + ", ".join(result.added).removesuffix(".") + ".")
    for line in class_list.report():
        print(line)
    for note in result.notes:
        print(f"Let op: {note}")
    if result.group_warning:
        print(
            f"Let op: {result.group_warning} Zo niet, verwijder de toegevoegde leerlingen "
            "(in het venster: Klassen) en lees de lijst in bij de goede klas (--class).",
            file=sys.stderr,
        )
    return 0
