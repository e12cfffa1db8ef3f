"""What the paper for parents beyond the letter needs from the database (issue 17 item 5):
the sheet with the seven worlds of technology and the card for home after an activity."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import EducationLevel, WorldKind
from beroepsplanner.domain.parent_documents import (
    WorldExample,
    WorldsSheetDocument,
    homecard_refusal,
)
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import Chain, ChainPupil, Profession, World
from beroepsplanner.store.plans import the_school

EXAMPLES = 5
"""At most this many example professions per world on the parents' sheet."""


def today() -> dt.date:
    """The day a card for home is asked for (the tests put another day here)."""
    return dt.date.today()


def homecard_pupils(session: Session, chain_id: int, *, on: dt.date | None = None) -> tuple[str, ...]:
    """Who gets a card for home of chain ``chain_id``: every pupil of its class not marked
    absent in the pupils' record, by name (``documents.homecard_document`` puts them with the
    chain's paper data). Refused with a Dutch ``InvalidInputError`` (its key and
    values from ``domain.parent_documents.homecard_refusal``) for a concept chain and for
    a chain whose activity is still to come (after ``on``, default today);
    ``NotFoundError`` for a chain that does not exist."""
    chain = session.get(Chain, chain_id)
    if chain is None:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. "
            "'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown",
            number=chain_id,
        )
    refusal = homecard_refusal(chain.status, chain.date, on or today())
    if refusal is not None:
        raise InvalidInputError(
            str(refusal),
            key="homecard-concept" if refusal.key == "homecard-concept" else "homecard-before-activity",
            **dict(refusal.values),
        )
    absent = set(
        session.scalars(
            select(ChainPupil.pupil_id).where(ChainPupil.chain_id == chain_id, ChainPupil.absent)
        )
    )
    pupils = sorted(
        (p for p in chain.school_class.pupils if p.id not in absent),
        key=lambda p: (name_key(p.display_name), p.id),
    )
    return tuple(p.display_name for p in pupils)


def worlds_sheet_document(session: Session) -> WorldsSheetDocument:
    """The seven worlds of technology (by their number) with example professions of the
    catalog — of different levels where the catalog has them — and the other sectors."""
    school = the_school(session)
    worlds = list(session.scalars(select(World).order_by(World.number, World.name)))
    by_world: dict[int, list[Profession]] = {}
    for profession in session.scalars(select(Profession).where(Profession.world_id.is_not(None))):
        by_world.setdefault(profession.world_id or 0, []).append(profession)
    technology = [w for w in worlds if w.kind is WorldKind.TECHNOLOGY]
    return WorldsSheetDocument(
        school=school.name if school else "",
        worlds=tuple(
            WorldExample(w.number or 0, w.name, _examples(by_world.get(w.id, [])))
            for w in sorted(technology, key=lambda w: (w.number or 99, w.name))
        ),
        sectors=tuple(w.name for w in worlds if w.kind is not WorldKind.TECHNOLOGY),
    )


def _examples(professions: list[Profession]) -> tuple[str, ...]:
    """Up to ``EXAMPLES`` professions, taking the levels in turn (mbo, hbo, wo, then the
    others), each level in the catalog's order."""
    levels: dict[EducationLevel | None, list[str]] = {}
    for profession in sorted(professions, key=lambda p: p.id):
        levels.setdefault(profession.level, []).append(profession.name)
    order = [*EducationLevel, None]
    queues = [levels.get(level, []) for level in order]
    chosen: list[str] = []
    while len(chosen) < EXAMPLES and any(queues):
        for queue in queues:
            if queue and len(chosen) < EXAMPLES:
                chosen.append(queue.pop(0))
    return tuple(chosen)
