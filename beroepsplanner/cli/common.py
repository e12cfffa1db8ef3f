"""What the modules of the command line share, so none of them imports another's.

The database a command works on (``resolve_db_path``, ``opened``), the parser class
that says its mistakes in Dutch (``Parser``), a subject of ``export`` that several
modules add to (``add_export_subject``), the ``--school-year`` of every command that works
on one school year (``add_school_year_option``, ``chosen_year``, ``year_line``), and the
output: JSON on stdout in UTF-8
(``write_json``), a text table (``print_table``), a counted word (``count``).

Only light imports at the top: every command builds the whole parser, so ``--help``
and ``--version`` must not load SQLAlchemy (the store is imported inside ``opened``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# The database a command works on is found in ``paths`` (the window's start uses it
# without argparse); the commands take it from here.
from beroepsplanner.cli.paths import DB_ENV as DB_ENV
from beroepsplanner.cli.paths import PROG as PROG
from beroepsplanner.cli.paths import default_db_path as default_db_path
from beroepsplanner.cli.paths import resolve_db_path as resolve_db_path
from beroepsplanner.cli.paths import warn_about_place as warn_about_place


class Parser(argparse.ArgumentParser):
    """argparse with its mistakes in Dutch: usage, the mistake, a hint; exit code 2."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: fout: {message}\n")
        sys.stderr.write(f"Typ '{PROG} --help' voor uitleg.\n")
        raise SystemExit(2)


class ProgressLine:
    """A progress line on stderr: rewritten in place on a terminal, a line per step
    otherwise (a log, a pipe)."""

    def __init__(self) -> None:
        self.in_place = sys.stderr.isatty()
        self.width = 0

    def show(self, text: str) -> None:
        if self.in_place:
            sys.stderr.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def end(self) -> None:
        if self.in_place and self.width:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.width = 0


def number(value: int) -> str:
    """``67.193``: a whole number with Dutch thousands."""
    return f"{value:,}".replace(",", ".")


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Any]:
    """The command's database (``resolve_db_path``), open for the ``with`` block and closed
    afterwards. Without ``create`` it must exist: a typo in --db is an error, never a new
    empty database."""
    from beroepsplanner.store.database import open_database

    database = open_database(resolve_db_path(args, create=create))
    try:
        yield database
    finally:
        database.close()


def add_export_subject(
    commands: Any, common: argparse.ArgumentParser, name: str, **kwargs: Any
) -> argparse.ArgumentParser:
    """Add ``export NAME`` and return its parser; makes ``export`` itself on first use.

    Other command modules add their own subject this way (``export ical`` in
    ``cli/files.py``), in any order of registration.
    """
    parser = commands.choices.get("export")
    if parser is None:
        parser = commands.add_parser(
            "export",
            parents=[common],
            help="schrijf bedrijven (CSV of Excel) of de agenda (iCal) naar een bestand",
            description="Schrijft gegevens naar een bestand: de bedrijven voor Excel (en om "
            "weer in te lezen), of de lessen en activiteiten voor een agenda.",
        )
        parser.add_subparsers(dest="export_subject", parser_class=type(parser), required=True)
    subjects = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    subject = subjects.add_parser(name, parents=[common], **kwargs)
    subjects.metavar = "|".join(subjects.choices)
    return subject


SCHOOL_YEAR_HELP = "dit schooljaar (standaard het huidige, anders het nieuwste)"


def add_school_year_option(parser: argparse.ArgumentParser) -> None:
    """``--school-year JJJJ-JJJJ`` (``args.school_year``, None when not given)."""
    parser.add_argument("--school-year", metavar="JJJJ-JJJJ", help=SCHOOL_YEAR_HELP)


def chosen_year(session: Any, args: argparse.Namespace) -> str | None:
    """The label of the school year the command works on (``store/school_years.py``: the
    one given, else the current one, else the newest); None only when the database has no
    school year at all and none was given."""
    from beroepsplanner.store.school_years import chosen_school_year, school_year_labels

    label = getattr(args, "school_year", None)
    if label is None and not school_year_labels(session):
        return None
    return str(chosen_school_year(session, label).label)


def year_line(session: Any, label: str | None) -> str | None:
    """``Schooljaar 2027-2028`` when the database holds more than one school year (so the
    teacher knows which one the output is about), else None."""
    from beroepsplanner.store.school_years import school_year_labels

    if label is None or len(school_year_labels(session)) < 2:
        return None
    return f"Schooljaar {label}"


def count(number: int, one: str, many: str) -> str:
    """``1 klas``, ``3 klassen``."""
    return f"{number} {one if number == 1 else many}"


def write_json(records: list[dict[str, Any]] | dict[str, Any]) -> None:
    """``records`` as indented JSON on stdout, UTF-8 whatever the console's code page."""
    text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    # UTF-8 whatever the console's code page, so names like Łukasz survive a pipe.
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """``rows`` under ``headers`` in columns as wide as their widest cell."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print("\n".join(lines))
