"""Suggest parents of the register for a guest lesson: gathers the data for
``domain.parent_matching`` — what the class met along its line (every chain of the class and
of the classes it came from, by ``meeting_of``), the activity's worlds, and the parents
whose child is at school in the class's school year."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.domain.parent_matching import (
    ParentCandidate,
    ParentRequest,
    ParentSuggestion,
    suggest_parents,
)
from beroepsplanner.domain.parents import ParentOffer
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.chain_plans import load_chain_plans
from beroepsplanner.store.models import (
    Activity,
    Chain,
    SchoolClass,
    SchoolYearRow,
    World,
    activity_worlds,
    chain_role_models,
    class_origins,
)
from beroepsplanner.store.parents import list_parents


def takes_a_guest(kind: ActivityKind, one_guest: bool) -> bool:
    """Whether an activity has a guest a parent can be: a guest lesson, or a format of one
    guest (Beeldenbrekers)."""
    return kind is ActivityKind.GUEST_LESSON or one_guest


def _line(session: Session, class_id: int) -> list[int]:
    """The class and the classes of earlier years its pupils came from."""
    found, todo = [class_id], [class_id]
    while todo:
        earlier = list(
            session.scalars(
                select(class_origins.c.previous_class_id).where(class_origins.c.class_id.in_(todo))
            )
        )
        todo = [c for c in earlier if c not in found]
        found += todo
    return found


def parent_request(
    session: Session, class_id: int, activity_key: str, *, except_chain: int | None = None
) -> ParentRequest:
    """What a guest lesson of this class with this activity asks of a parent."""
    class_name = session.scalar(select(SchoolClass.name).where(SchoolClass.id == class_id))
    if class_name is None:
        raise NotFoundError("Deze klas bestaat niet meer; misschien is ze net verwijderd.", key="class-gone")
    met: set[str] = set()
    for loaded in load_chain_plans(session, "classes", _line(session, class_id)):
        if loaded.plan.id != except_chain:
            met |= loaded.plan.meeting.worlds | loaded.plan.meeting.sectors
    worlds = tuple(
        session.scalars(
            select(World.name)
            .join(activity_worlds, activity_worlds.c.world_id == World.id)
            .join(Activity, Activity.id == activity_worlds.c.activity_id)
            .where(Activity.key == activity_key)
            .order_by(World.id)
        )
    )
    return ParentRequest(class_name, class_id, frozenset(met), worlds)


def parent_candidates(
    session: Session, class_id: int, *, except_chain: int | None = None
) -> list[ParentCandidate]:
    """The parents whose child is at school in the class's school year, with how often each
    is a guest in another chain of the class."""
    label = session.scalar(
        select(SchoolYearRow.label)
        .join(SchoolClass, SchoolClass.school_year_id == SchoolYearRow.id)
        .where(SchoolClass.id == class_id)
    )
    if label is None:
        return []
    links = select(chain_role_models.c.role_model_id, func.count()).join(
        Chain, Chain.id == chain_role_models.c.chain_id
    ).where(Chain.class_id == class_id)
    if except_chain is not None:
        links = links.where(Chain.id != except_chain)
    guests = {
        role_id: count
        for role_id, count in session.execute(links.group_by(chain_role_models.c.role_model_id))
    }
    return [
        ParentCandidate(
            id=p.id,
            first_name=p.first_name,
            class_id=p.class_id,
            class_name=p.class_text,
            job=p.job,
            world=p.world,
            counter_stereotypical=p.counter_stereotypical,
            guest_lesson=ParentOffer.GUEST_LESSON in p.offers,
            guest_in_class=guests.get(p.role_model_id, 0) if p.role_model_id else 0,
            role_model_id=p.role_model_id,
        )
        for p in list_parents(session, label)
    ]


def suggest_parents_for_class(
    session: Session, class_id: int, activity_key: str, *, chain_id: int | None = None, limit: int = 10
) -> list[ParentSuggestion]:
    """The parents who fit a (perhaps unsaved) guest lesson of this class, best first."""
    request = parent_request(session, class_id, activity_key, except_chain=chain_id)
    return suggest_parents(request, parent_candidates(session, class_id, except_chain=chain_id), limit)


def suggest_parents_for_chain(session: Session, chain_id: int, limit: int = 10) -> list[ParentSuggestion]:
    """The parents who fit chain ``chain_id`` as its guest; [] when its activity has no
    guest (a company visit, a workshop). NotFoundError (Dutch) for an unknown chain."""
    row = session.execute(
        select(Chain.class_id, Activity.key, Activity.kind, Activity.one_guest)
        .join(Activity, Activity.id == Chain.activity_id)
        .where(Chain.id == chain_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. 'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown",
            number=chain_id,
        )
    if not takes_a_guest(ActivityKind(row.kind), bool(row.one_guest)):
        return []
    return suggest_parents_for_class(session, row.class_id, row.key, chain_id=chain_id, limit=limit)
