"""The command ``report``: the school's figures for the team and the board (issue 18 item 4).

``report [--school-year JJJJ-JJJJ] [--json]`` prints one school year's figures per groep
and per cohort, the before-and-after totals and every school year side by side
(``domain/report.py`` says how each figure is counted); with ``--json`` the same figures as
JSON in UTF-8. The PDF for the board is ``print report``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from beroepsplanner.cli.common import add_school_year_option, chosen_year, resolve_db_path, write_json

if TYPE_CHECKING:
    from beroepsplanner.domain.report import SchoolReport


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``report [--school-year JJJJ-JJJJ] [--json]``."""
    report = commands.add_parser(
        "report",
        parents=[common],
        help="cijfers van de school voor team en bestuur",
        description="Toont de cijfers van één schooljaar (--school-year, standaard het "
        "huidige, anders het nieuwste) per groep en per cohort: ketens, lessen, werelden en "
        "sectoren, bedrijven, rolmodellen, de meting voor en na, en alle schooljaren naast "
        "elkaar.",
    )
    report.add_argument("--json", action="store_true", help="als JSON op stdout")
    add_school_year_option(report)
    report.set_defaults(handler=report_command)


def report_command(args: argparse.Namespace) -> int:
    from beroepsplanner.domain.report import report_json
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.report import read_report

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            label = chosen_year(session, args)
            if label is None:
                print("Er is nog geen schooljaar: maak eerst klassen en ketens.")
                return 1
            report = read_report(session, label)
    finally:
        database.close()
    if args.json:
        write_json(report_json(report))
    else:
        print("\n".join(report_lines(report)))
    return 0


def report_lines(report: SchoolReport) -> list[str]:
    """The report as Dutch text lines for the terminal."""
    from beroepsplanner.cli.common import count
    from beroepsplanner.domain.report import Figures

    def summary(found: Figures, worlds_counted: bool = True) -> str:
        worlds = (
            f"{len(found.worlds)} van de {len(report.worlds)} werelden"
            if worlds_counted
            else "werelden tellen vanaf groep 4"
        )
        parts = [
            f"{count(found.chains, 'keten', 'ketens')} ({found.done} uitgevoerd, "
            f"{found.planned} gepland, {found.concepts} concept)",
            f"{found.preparation_lessons} voorbereidings- en {found.reflection_lessons} "
            "reflectielessen",
            worlds,
            count(len(found.companies), "bedrijf", "bedrijven"),
            f"{count(found.role_models, 'rolmodel', 'rolmodellen')}, "
            f"{found.counter_stereotypical} tegen het stereotype in",
            f"{found.parents_involved} met een ouder als gast",
            f"{found.evaluated} geëvalueerd",
        ]
        shift = found.before_after
        if shift.chains:
            parts.append(
                f"voor/na ({count(shift.chains, 'keten', 'ketens')}): allebei "
                f"{shift.before.both or 0} → {shift.after.both or 0}"
            )
        return "; ".join(parts)

    lines = [f"{report.school or 'School'}, schooljaar {report.school_year}", ""]
    lines.append(f"Heel het jaar: {summary(report.year)}")
    lines += ["", "Per groep:"]
    lines += [f"  groep {g.groep} ({', '.join(g.classes)}): {summary(g.figures)}" for g in report.groepen]
    lines += ["", "Per cohort (naar de middelbare school in de zomer van):"]
    lines += [
        f"  {c.cohort}, nu groep {c.groep}: "
        f"{summary(c.figures, worlds_counted=max(g for _, g in c.line) >= 4)}"
        for c in report.cohorts
    ]
    if len(report.years) > 1:
        lines += ["", "Per schooljaar:"]
        lines += [f"  {y.school_year}: {summary(y.figures)}" for y in report.years]
    return lines
