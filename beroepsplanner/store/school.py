"""The school's own details: name, place, holiday region, free days and the contact person a
company calls (the brief for the company), changed after the set-up.

The region decides the school holidays (``domain/calendar.py``), so a new
region moves the holidays of every school year; chains that now fall on a
holiday get their findings from the rules the next time they are checked.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.text import character_problem, problem_character
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import School
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.row_versions import ensure_version

SCHOOL_NAME_MAX = 200
PLACE_MAX = 200
CONTACT_MAX = 200
PHONE_MAX = 50
EMAIL_MAX = 254


@dataclass(frozen=True)
class SchoolDetails:
    """What ``update_school`` changes; its undo sets the returned previous details back."""

    name: str
    place: str
    region: Region
    free_days: FreeDays = FreeDays()
    """5 May and Goede Vrijdag off (``domain.calendar.FreeDays``)."""
    contact_name: str = ""
    """Whom a company calls at school (the brief for the company); empty: the teacher."""
    contact_phone: str = ""
    contact_email: str = ""
    version: int | None = dataclasses.field(default=None, compare=False)
    """The school row's version when read (``store/row_versions.py``); a save sends it back."""


def school_details(session: Session) -> SchoolDetails | None:
    """The name, place and region of the school, or None before the set-up."""
    school = the_school(session)
    if school is None:
        return None
    return SchoolDetails(
        school.name, school.place or "", Region(school.region), school.free_days,
        school.contact_name or "", school.contact_phone or "", school.contact_email or "",
        school.version,
    )


def update_school(
    session: Session, details: SchoolDetails, *, expected_version: int | None = None
) -> SchoolDetails:
    """Give the school ``details``; returns the details it had (for undo).

    Refuses (Dutch message, nothing changed) an empty or too long name, a place
    that is too long and names with control characters; with ``expected_version`` (the
    version the form showed) details a colleague saved since
    (``row_versions.ChangedByColleagueError``).
    """
    school = the_school(session)
    if school is None:
        raise NotFoundError(
            "Er is nog geen school; vul eerst het welkomstscherm in.", key="no-school-yet"
        )
    school_id = school.id
    ensure_version(
        session, School, school_id, expected_version,
        newer=lambda: school_details(session), mine=details,
    )
    name = details.name.strip()
    place = details.place.strip()
    contact = (
        details.contact_name.strip(), details.contact_phone.strip(), details.contact_email.strip()
    )
    if not name:
        raise InvalidInputError("Vul de naam van de school in.", key="school-name-missing")
    for what, field, text, limit in (
        ("De naam van de school", "school-name", name, SCHOOL_NAME_MAX),
        ("De plaats van de school", "school-place", place, PLACE_MAX),
        ("De contactpersoon van de school", "school-contact", contact[0], CONTACT_MAX),
        ("Het telefoonnummer van de school", "school-phone", contact[1], PHONE_MAX),
        ("Het e-mailadres van de school", "school-email", contact[2], EMAIL_MAX),
    ):
        problem = character_problem(text)
        if problem is not None:
            raise InvalidInputError(
                f"{what}: {problem}",
                key="character-problem",
                field=field,
                char=problem_character(text),
            )
        if len(text) > limit:
            raise InvalidInputError(
                f"{what} is te lang (hoogstens {limit} tekens).",
                key="field-too-long",
                field=field,
                max=limit,
            )
    try:
        region = Region(details.region)
    except ValueError:
        raise InvalidInputError(
            "Kies de regio van de school: Noord, Midden of Zuid.", key="school-region-missing"
        ) from None
    previous = SchoolDetails(
        school.name, school.place or "", Region(school.region), school.free_days,
        school.contact_name or "", school.contact_phone or "", school.contact_email or "",
    )
    school.name, school.place, school.region = name, place, region
    school.contact_name, school.contact_phone, school.contact_email = contact
    school.liberation_day_off = details.free_days.liberation_day
    school.good_friday_off = details.free_days.good_friday
    session.flush()
    return previous
