"""The command ``evaluation show --chain NR [--json]``: a chain's evaluation as entered in
the window (the teacher's side and the company's answers, with the contact at the time).

``register(commands, common)`` adds it to the ``beroepsplanner`` parser. The forms to
fill in are printed with ``print evaluation --chain NR``.
"""

from __future__ import annotations

import argparse
from typing import Any

from beroepsplanner.cli.common import resolve_db_path, write_json
from beroepsplanner.cli.text import chain_number


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``evaluation show --chain NR [--json]``."""
    evaluation = commands.add_parser(
        "evaluation",
        help="de evaluatie van een keten bekijken (leerkracht en bedrijf)",
        description="De evaluatie van een keten: wat de leerkracht en het bedrijf invulden. "
        "Invullen doet u in het venster (ketenbouwer, tabblad Evaluatie); de formulieren "
        "print u met 'print evaluation --chain NR'.",
    )
    actions = evaluation.add_subparsers(dest="evaluation_action", metavar="OPDRACHT", required=True)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="toon de evaluatie van een keten",
        description="Toont de evaluatie van een keten: de kant van de leerkracht, de antwoorden "
        "van het bedrijf en de contactpersoon van toen.",
    )
    show.add_argument(
        "--chain", type=chain_number, required=True, metavar="NR", help="de keten (zie 'list chains')"
    )
    show.add_argument("--json", action="store_true", help="als JSON op stdout")
    show.set_defaults(handler=show_command)


def show_command(args: argparse.Namespace) -> int:
    """``evaluation show --chain NR [--json]``."""
    from beroepsplanner.store.chain_evaluations import evaluation_sheet
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.matching import match_request

    database = open_database(resolve_db_path(args))
    try:
        with database.session() as session:
            match_request(session, args.chain)  # the Dutch "no such chain" with the hint
            sheet = evaluation_sheet(session, args.chain)
    finally:
        database.close()
    if args.json:
        write_json([_json(sheet)])
        return 0
    print("\n".join(_lines(sheet)))
    return 0


def _json(sheet: Any) -> dict[str, Any]:
    evaluation = sheet.evaluation
    record: dict[str, Any] = {
        "keten": sheet.chain_id,
        "schooljaar": sheet.school_year,
        "klas": sheet.class_name,
        "activiteit": sheet.activity_title,
        "datum": sheet.date.isoformat(),
        "bedrijf": sheet.company,
        "geevalueerd_op": None,
    }
    if evaluation is None:
        return record
    answers = evaluation.answers
    record.update(
        geevalueerd_op=evaluation.evaluated_on.isoformat() if evaluation.evaluated_on else None,
        contactpersoon_toen=evaluation.contact_name,
        functie_contactpersoon=evaluation.contact_role,
        leerkracht={
            "wat_ging_goed": answers.went_well,
            "wat_vroegen_de_leerlingen": answers.pupils_asked,
            "mensen_en_beroepen": answers.people_met,
            "voorbereiding_hielp": _value(answers.preparation_helped),
            "reflectie_raakte_houdingen": _value(answers.reflection_attitudes),
            "volgend_jaar_weer": _value(answers.again),
        },
        bedrijf={
            "wat_ging_goed": answers.company_went_well,
            "wat_vroegen_de_leerlingen": answers.company_pupils_asked,
            "volgend_jaar_weer": _value(answers.company_again),
            "opmerkingen": answers.company_remarks,
        },
    )
    return record


def _value(answer: Any) -> str | None:
    return answer.value if answer is not None else None


def _label(answer: Any) -> str:
    return answer.label if answer is not None else "—"


def _lines(sheet: Any) -> list[str]:
    from beroepsplanner.dates import dutch_date
    from beroepsplanner.domain.evaluation import contact_text

    lines = [
        f"Keten {sheet.chain_id}: {sheet.activity_title}, {sheet.class_name}, "
        f"{dutch_date(sheet.date, weekday=True)} (schooljaar {sheet.school_year})."
    ]
    evaluation = sheet.evaluation
    if evaluation is None:
        lines.append(f"Bedrijf: {sheet.company}." if sheet.company else "Geen bedrijf.")
        lines.append(
            "Nog niet geëvalueerd. Vul de evaluatie in het venster in (ketenbouwer, tabblad "
            "Evaluatie); de formulieren print u met 'print evaluation --chain "
            f"{sheet.chain_id} --out BESTAND.pdf'."
        )
        return lines
    contact = contact_text(evaluation.contact_name, evaluation.contact_role)
    company = sheet.company or "geen bedrijf"
    lines.append(f"Bedrijf: {company}" + (f"; contactpersoon toen: {contact}." if contact else "."))
    if evaluation.evaluated_on is not None:
        lines.append(f"Geëvalueerd op {evaluation.evaluated_on:%d-%m-%Y}.")
    answers = evaluation.answers
    lines += [
        "",
        "Leerkracht",
        f"  Wat ging goed: {_text(answers.went_well)}",
        f"  Wat vroegen de leerlingen: {_text(answers.pupils_asked)}",
        f"  Mensen en beroepen: {_text(answers.people_met)}",
        f"  Hielp de voorbereiding: {_label(answers.preparation_helped)}",
        f"  Raakte de reflectie houdingen: {_label(answers.reflection_attitudes)}",
        f"  Volgend jaar weer: {_label(answers.again)}",
        "Bedrijf",
        f"  Wat ging goed: {_text(answers.company_went_well)}",
        f"  Wat vroegen de leerlingen: {_text(answers.company_pupils_asked)}",
        f"  Volgend jaar weer een klas: {_label(answers.company_again)}",
        f"  Opmerkingen: {_text(answers.company_remarks)}",
    ]
    return lines


def _text(value: str) -> str:
    return " / ".join(line.strip() for line in value.splitlines() if line.strip()) or "—"
