"""The ``beroepsplanner`` command.

Without a subcommand it opens the window; subcommands work on the database
without Qt (the window is imported only when asked for, so a command starts
fast). Every message to the user is Dutch; a mistake gives a message on
stderr and exit code 2 (usage) or 1 (anything else), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from beroepsplanner import __version__
from beroepsplanner.cli_files import register as register_file_commands
from beroepsplanner.cli_import import register as register_import_commands
from beroepsplanner.cli_network import register as register_network_commands
from beroepsplanner.cli_text import ARGPARSE_DUTCH, chain_number, dutch_argparse, terminal_safe
from beroepsplanner.cli_years import register as register_year_commands
from beroepsplanner.errors import BeroepsplannerError, DatabaseError, InvalidInputError

DB_ENV = "BEROEPSPLANNER_DB"
PROG = "beroepsplanner"
COMMAND_WORDS = (
    "command", "subject", "document", "plan_action", "import_subject", "export_subject",
    "year_action",
)
"""The arguments that name a command ("print logbooks", "import companies"): fixed
choices, so the log may say them (never a class, a file or a name)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: fout: {message}\n")
        sys.stderr.write(f"Typ '{PROG} --help' voor uitleg.\n")
        raise SystemExit(2)


def default_db_path() -> Path:
    """The user's database: a file in the user data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("Beroepsplanner", appauthor=False) / "beroepsplanner.db"


def resolve_db_path(args: argparse.Namespace, *, create: bool = False) -> Path:
    """The database a command works on: ``--db``, else ``$BEROEPSPLANNER_DB``, else the
    file in the user data folder.

    A symbolic link is followed here, once, and the command works on the real file
    (stderr says so), so a restore or a failed import never replaces or removes the
    link instead of the database. Only commands that may make a new database
    (``create``: demo, plan import, restore) accept a file that does not exist; for
    every other command a typo in ``--db`` is an error, not a new empty database.
    """
    given = getattr(args, "db", None) or os.environ.get(DB_ENV)
    path = Path(given).expanduser() if given else default_db_path()
    real = Path(os.path.realpath(path))
    if path.is_symlink():
        print(
            f"Let op: {path} is een koppeling naar {real}; Beroepsplanner werkt met {real}.",
            file=sys.stderr,
        )
    if create:
        if not given:
            real.parent.mkdir(parents=True, exist_ok=True)
        return real
    if not real.exists():
        if path.is_symlink():
            raise DatabaseError(
                f"{path} is een koppeling naar {real}, maar dat bestand bestaat niet (meer). "
                "Controleer de koppeling of de schijf (USB-stick, netwerkmap) en probeer het "
                "opnieuw. Er is niets veranderd."
            )
        if not given:
            raise DatabaseError(
                f"Er is nog geen database in {real}. Open eerst het programma (beroepsplanner "
                "zonder opdracht) of geef met --db het databasebestand op."
            )
        raise DatabaseError(
            f"De database {real} bestaat niet. Controleer de naam en de map achter --db "
            f"(of ${DB_ENV}); een nieuwe database maakt u met 'beroepsplanner demo', "
            "'beroepsplanner plan import' of in het venster (Bestand > Nieuwe database)."
        )
    return real


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PAD",
        default=argparse.SUPPRESS,
        help=f"databasebestand (standaard ${DB_ENV} of het bestand in de gebruikersmap)",
    )
    parser = _Parser(
        prog=PROG,
        description="Plan beroepsoriëntatie als ketens: voorbereiding, activiteit, reflectie. "
        "Zonder opdracht opent het programmavenster.",
        parents=[common],
    )
    # argparse's version action has its help text as a plain default (no gettext look-up),
    # so dutch_argparse() cannot reach it: give the Dutch text here.
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=ARGPARSE_DUTCH["show program's version number and exit"],
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

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
    demo.set_defaults(handler=_cmd_demo)

    listing = commands.add_parser(
        "list",
        parents=[common],
        help="toon activiteiten, bedrijven, klassen of ketens",
        description="Toont een lijst uit de database.",
    )
    listing.add_argument(
        "subject",
        choices=["activities", "companies", "classes", "chains"],
        metavar="activities|companies|classes|chains",
        help="wat u wilt zien",
    )
    listing.add_argument("--json", action="store_true", help="als JSON-lijst op stdout")
    listing.set_defaults(handler=_cmd_list)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="controleer alle ketens op de regels",
        description="Toont alle fouten en waarschuwingen. Exitcode 0 zonder fouten, 1 met fouten.",
    )
    check.add_argument("--json", action="store_true", help="als JSON-lijst op stdout")
    check.set_defaults(handler=_cmd_check)

    _add_plan_parser(commands, common)
    _add_print_parser(commands, common)
    register_import_commands(commands, common)
    register_network_commands(commands, common)
    register_file_commands(commands, common)
    register_year_commands(commands, common)
    return parser


def _add_print_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser(
        "print",
        parents=[common],
        help="maak een PDF: logboeken, lesbladen, ouderbrief of jaarplanning",
        description="Maakt een PDF om te printen (A4; de jaarplanning van de hele school op A3).",
    )
    printing.add_argument(
        "document",
        choices=["logbooks", "lessons", "letter", "yearplan"],
        metavar="logbooks|lessons|letter|yearplan",
        help="logboeken per leerling, lesbladen voor de leerkracht, ouderbrief of jaarplanning",
    )
    printing.add_argument("--chain", type=chain_number, metavar="NR", help="de keten (zie 'list chains')")
    printing.add_argument(
        "--class",
        dest="class_name",
        metavar="KLAS",
        help="de klas (logbooks: de ketens van de klas die nog niet zijn uitgevoerd)",
    )
    printing.add_argument(
        "--include-errors",
        action="store_true",
        help="logbooks --class: ook conceptketens met fouten (die worden anders overgeslagen)",
    )
    printing.add_argument("--out", required=True, metavar="BESTAND.pdf", help="het PDF-bestand")
    printing.set_defaults(handler=_cmd_print)


def _add_plan_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser(
        "plan",
        parents=[common],
        help="schrijf of lees een planbestand (JSON) met klassen en ketens",
        description="Een planbestand bevat de klassen, leerlingen, bedrijven en ketens van "
        "één schooljaar (zie docs/plan-format.md).",
    )
    actions = plan.add_subparsers(
        dest="plan_action", metavar="export|import", parser_class=_Parser, required=True
    )
    export = actions.add_parser(
        "export",
        parents=[common],
        help="schrijf het plan naar een bestand",
        description="Schrijft het plan van een schooljaar (standaard het nieuwste) naar een "
        "JSON-bestand.",
    )
    export.add_argument("--out", required=True, metavar="BESTAND", help="het planbestand")
    export.add_argument(
        "--class", dest="class_name", metavar="KLAS", help="alleen deze klas en haar ketens"
    )
    export.add_argument(
        "--school-year", metavar="JJJJ-JJJJ", help="dit schooljaar (standaard het nieuwste)"
    )
    export.set_defaults(handler=_cmd_plan_export)
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
    load.set_defaults(handler=_cmd_plan_import)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        with dutch_argparse():
            args = _build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        try:
            return _open_window(args)
        except Exception as exc:  # a bug at the window's start (the window logs its own)
            return _unexpected(exc, "while starting the window")
    from beroepsplanner.logs import logger, start_log

    name = " ".join(str(getattr(args, word)) for word in COMMAND_WORDS if hasattr(args, word))
    start_log(f"command {name}")
    started = time.monotonic()
    with terminal_safe():
        code = _run(handler, args)
    logger.info("command %s ended: exit code %d, %.1f s", name, code, time.monotonic() - started)
    return code


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except BeroepsplannerError as exc:
        from beroepsplanner.logs import log_refused

        log_refused(exc, "the command")
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: afgebroken.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output stopped early (``list chains | head``): not an error
        # of ours. Python's advice: point stdout at devnull so the final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: the Dutch message here, the traceback in the log
        return _unexpected(exc, "in the command")


def _unexpected(exc: Exception, where: str) -> int:
    """Log an unexpected error (the log holds no personal data, so not its message
    either) and tell the user in Dutch where the details are; exit code 1."""
    from beroepsplanner.logs import active_log_file, log_unexpected

    log_unexpected(exc, where)
    log = active_log_file()
    details = (
        f" De details staan in het logbestand {log} (zonder persoonsgegevens); stuur dat "
        "bestand naar wie u met het programma helpt."
        if log is not None
        else ""
    )
    print(
        f"{PROG}: er ging iets mis dat niet had mogen gebeuren ({type(exc).__name__}). "
        f"Dit is een fout in het programma.{details}",
        file=sys.stderr,
    )
    return 1


def _open_window(args: argparse.Namespace) -> int:
    from beroepsplanner.ui.system_libraries import check_before_window

    # Qt's own text for a missing X11 library is English and names only the first one.
    problem = check_before_window()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from beroepsplanner.ui.app import run

    given = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if given:
        return run(resolve_db_path(args, create=True))
    # No database asked for: the one of last time, else the user's own.
    default = default_db_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    return run(None, default=default)


def _cmd_demo(args: argparse.Namespace) -> int:
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


def _cmd_check(args: argparse.Namespace) -> int:
    from beroepsplanner.domain.chain import Severity
    from beroepsplanner.store.checks import check_database
    from beroepsplanner.store.database import open_database

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            findings = check_database(session)
    finally:
        database.close()
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    if args.json:
        _write_json([f.as_dict() for f in findings])
    else:
        for finding in findings:
            label = "FOUT" if finding.severity is Severity.ERROR else "waarschuwing"
            print(f"{label} [{finding.code}] {finding.message}")
        warnings = len(findings) - errors
        print(f"{errors} fout(en), {warnings} waarschuwing(en).")
    return 1 if errors else 0


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _cmd_plan_export(args: argparse.Namespace) -> int:
    from beroepsplanner.io.plan_export import write_plan
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.plan_export import export_plan

    from beroepsplanner.output_files import check_output

    path = resolve_db_path(args)
    out = Path(args.out).expanduser()
    check_output(out, kind="plan", database=path)  # before any work
    database = open_database(path)
    try:
        with database.session() as session:
            plan = export_plan(
                session, class_name=args.class_name, school_year=args.school_year
            )
    finally:
        database.close()
    write_plan(plan, out, database=path)
    print(
        f"Plan geschreven naar {out}: {_count(len(plan['classes']), 'klas', 'klassen')}, "
        f"{_count(len(plan['chains']), 'keten', 'ketens')}."
    )
    return 0


def _cmd_plan_import(args: argparse.Namespace) -> int:
    from beroepsplanner.io.plan_file import read_plan_file
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.transfer.plan_import import import_plan

    source = Path(args.file).expanduser()
    document = read_plan_file(source)  # a faulty file never touches the database
    path = resolve_db_path(args, create=True)
    created = not path.exists()
    database = open_database(path)
    try:
        summary = import_plan(database, document, replace=args.replace, source=str(source))
    except BaseException:
        database.close()
        if created:  # all or nothing: no half-made database either
            for leftover in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise
    database.close()
    replaced = f" ({summary.classes_replaced} vervangen)" if summary.classes_replaced else ""
    print(
        f"Plan ingelezen uit {source} in {path}: "
        f"{_count(summary.classes, 'klas', 'klassen')}{replaced}, "
        f"{_count(summary.pupils, 'leerling', 'leerlingen')}, "
        f"{_count(summary.companies_added, 'nieuw bedrijf', 'nieuwe bedrijven')}, "
        f"{_count(summary.chains, 'keten', 'ketens')}."
    )
    if summary.demoted_chains:
        verb = "staat" if summary.demoted_chains == 1 else "staan"
        print(
            f"{_count(summary.demoted_chains, 'keten', 'ketens')} met een fout {verb} nu als "
            "concept; 'beroepsplanner check' laat zien wat er mis is."
        )
    return 0


def _print_target(args: argparse.Namespace) -> str:
    """Which of --chain and --class the document takes; a Dutch error for a wrong mix."""
    document = args.document
    if args.include_errors and not (document == "logbooks" and args.class_name):
        raise InvalidInputError(
            "--include-errors hoort bij de logboeken van een klas: logbooks --class KLAS."
        )
    if document == "yearplan":
        if args.chain is not None:
            raise InvalidInputError(
                "De jaarplanning gaat over een klas of de hele school: gebruik --class KLAS "
                "of niets, geen --chain."
            )
        return "class" if args.class_name else "school"
    if args.chain is not None and args.class_name:
        raise InvalidInputError("Kies --chain NR of --class KLAS, niet allebei.")
    if document == "logbooks" and args.class_name:
        return "class"
    if args.chain is None:
        hint = " of --class KLAS" if document == "logbooks" else ""
        raise InvalidInputError(
            f"Zeg voor welke keten: --chain NR{hint}. 'beroepsplanner list chains' toont de nummers."
        )
    return "chain"


def _cmd_print(args: argparse.Namespace) -> int:
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.documents import print_data

    from beroepsplanner.printing.jobs import check_target

    target = _print_target(args)
    out = Path(args.out).expanduser()
    path = resolve_db_path(args)
    check_target(out, database=path)  # before any work
    database = open_database(path)
    notes: list[str] = []
    try:
        with database.session() as session:
            data = print_data(
                session,
                args.document,
                chain_id=args.chain if target == "chain" and args.document != "yearplan" else None,
                class_name=args.class_name,
                include_errors=args.include_errors,
            )
            notes = _print_notes(session, args, target)
    finally:
        database.close()
    pages = _render(args.document, data, out, path)
    counted = _count(pages, "pagina", "pagina's")
    print(f"{out} geschreven: {counted}.")
    for note in notes:
        print(note)
    return 0


def _print_notes(session: Any, args: argparse.Namespace, target: str) -> list[str]:
    """What the teacher should know about what was (not) printed: the chains a class set
    left out, or that the one chain printed is a concept with errors."""
    from beroepsplanner.store.documents import class_logbook_chains, left_out_text
    from beroepsplanner.store.planner import chain_bar

    if args.document == "logbooks" and target == "class":
        printed, left_out = class_logbook_chains(
            session, args.class_name, include_errors=args.include_errors
        )
        notes = [f"Logboeken van {_count(len(printed), 'keten', 'ketens')}."]
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


def _render(document: str, data: Any, out: Path, database: Path) -> int:
    """Write the PDF next to ``out`` first and rename it, so a failure leaves no half file."""
    from beroepsplanner.printing.jobs import render_document

    return render_document(document, data, out, database=database)


_LIST_HEADERS = {
    "activities": ("Sleutel", "Titel", "Soort", "Groep"),
    "companies": ("Naam", "Plaats", "Vanaf groep", "Bevestigd"),
    "classes": ("Naam", "Groep", "Leerkracht", "Schooljaar", "Leerlingen"),
    "chains": ("Nr", "Klas", "Activiteit", "Datum", "Status"),
}


def _cmd_list(args: argparse.Namespace) -> int:
    from beroepsplanner.store.database import open_database

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            records = _LISTERS[args.subject](session)
    finally:
        database.close()
    if args.json:
        _write_json(records)
        return 0
    rows = [_TEXT_ROWS[args.subject](record) for record in records]
    if not rows:
        print(_EMPTY[args.subject])
        return 0
    _print_table(_LIST_HEADERS[args.subject], rows)
    return 0


def _list_activities(session: Any) -> list[dict[str, Any]]:
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


def _list_companies(session: Any) -> list[dict[str, Any]]:
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
        for c in list_companies(session)
    ]


def _list_classes(session: Any) -> list[dict[str, Any]]:
    from beroepsplanner.store.plans import list_classes

    return [
        {
            "name": c.name,
            "grade": c.grade,
            "teacher": c.teacher,
            "school_year": c.school_year,
            "pupils": c.pupils,
        }
        for c in list_classes(session)
    ]


def _list_chains(session: Any) -> list[dict[str, Any]]:
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
        for c in list_chains(session)
    ]


_LISTERS: dict[str, Callable[[Any], list[dict[str, Any]]]] = {
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


def _write_json(records: list[dict[str, Any]]) -> None:
    text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    # UTF-8 whatever the console's code page, so names like Łukasz survive a pipe.
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
