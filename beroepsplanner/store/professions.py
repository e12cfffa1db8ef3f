"""Professions the user adds to the list (a company's professions are chosen from it)."""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.catalog import slug
from beroepsplanner.domain.company_details import Choice
from beroepsplanner.domain.text import character_problem, problem_character, visible
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import (
    Profession,
    RoleModel,
    activity_professions,
    company_professions,
)

PROFESSION_NAME_MAX = 200


def add_profession(session: Session, name: str, key: str | None = None) -> Choice:
    """Add the profession ``name`` to the list; returns its key and name.

    ``key`` puts it back under the key it had (the redo of an undo). Refuses
    (Dutch message) an empty or too long name, control characters and a name
    that is already in the list (case and spaces aside).
    """
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInputError("Typ de naam van het beroep.", key="profession-name-missing")
    problem = character_problem(clean)
    if problem is not None:
        raise InvalidInputError(
            f"De naam van het beroep: {problem}",
            key="character-problem",
            field="profession-name",
            char=problem_character(clean),
        )
    if len(clean) > PROFESSION_NAME_MAX:
        raise InvalidInputError(
            f"De naam van het beroep is te lang (hoogstens {PROFESSION_NAME_MAX} tekens).",
            key="field-too-long",
            field="profession-name",
            max=PROFESSION_NAME_MAX,
        )
    for existing in session.scalars(select(Profession)):
        if existing.name.casefold() == clean.casefold():
            raise InvalidInputError(
                f"Beroep '{visible(existing.name)}' staat al in de lijst.",
                key="profession-exists",
                name=visible(existing.name),
            )
    taken = set(session.scalars(select(Profession.key)))
    if key is None or key in taken:
        base = slug(clean) if slug(clean) != "activiteit" else "beroep"
        key, number = base, 2
        while key in taken:
            key, number = f"{base}-{number}", number + 1
    session.add(Profession(key=key, name=clean))
    session.flush()
    return Choice(key, clean)


def remove_profession(session: Session, key: str) -> None:
    """Remove a profession nobody uses (the undo of ``add_profession``)."""
    row = session.scalars(select(Profession).where(Profession.key == key)).one_or_none()
    if row is None:
        raise NotFoundError(
            f"Beroep '{visible(key)}' bestaat niet (meer).", key="profession-gone", name=visible(key)
        )
    used = session.scalar(
        select(
            or_(
                exists().where(company_professions.c.profession_id == row.id),
                exists().where(activity_professions.c.profession_id == row.id),
                exists().where(RoleModel.profession_id == row.id),
            )
        )
    )
    if used:
        raise InvalidInputError(
            f"Beroep '{visible(row.name)}' is intussen in gebruik bij een bedrijf, activiteit "
            "of rolmodel en blijft daarom in de lijst.",
            key="profession-in-use",
            name=visible(row.name),
        )
    session.delete(row)
    session.flush()
