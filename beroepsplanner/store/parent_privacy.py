"""A parent's data out of the register: one parent's export, and the purge of the parents
whose child left school (privacy: domain.md, "Privacy"; AVG/GDPR).

``parent_data`` is everything the database holds about one parent (the window writes it to
a JSON file, ``io/parent_export.py``); ``purge_past_parents`` erases, together with the
pupils of past school years, the parents whose child's class line ended before the newest
school year, with their role models and their place as a guest in chains.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.parents import ParentData, ParentGuest, ParentOffer
from beroepsplanner.store.class_successors import class_successors
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Parent,
    RoleModel,
    SchoolClass,
    chain_role_models,
)
from beroepsplanner.store.parents import (
    erase_parents,
    guest_chains,
    job_of,
    offers_of,
    parent_or_error,
    parents_query,
    workplace_of,
)


def parent_data(session: Session, parent_id: int) -> ParentData:
    """Everything the database holds about one parent: the register's row, with the
    child's class as stored, and the chains in which the parent is a guest."""
    parent = session.scalars(parents_query().where(Parent.id == parent_id)).one_or_none()
    if parent is None:
        parent_or_error(session, parent_id)
        raise AssertionError("unreachable")
    school_class = parent.school_class
    role_id = parent.role_model.id if parent.role_model is not None else None
    guest_in = session.execute(
        select(Activity.title, Chain.date, SchoolClass.name)
        .join(Activity, Chain.activity_id == Activity.id)
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .where(Chain.id.in_(guest_chains(session, role_id)))
        .order_by(Chain.date, Chain.id)
    )
    return ParentData(
        first_name=parent.first_name,
        class_name=school_class.name,
        school_year=school_class.school_year.label,
        job=job_of(parent),
        company=workplace_of(parent),
        offers=tuple(o.label for o in ParentOffer if o in offers_of(parent)),
        counter_stereotypical=parent.counter_stereotypical,
        consent_date=parent.consent_date,
        note=parent.note,
        guest_in=tuple(ParentGuest(title, date, class_name) for title, date, class_name in guest_in),
    )


def past_parents(session: Session, current_school_year_label: str) -> list[int]:
    """The parents whose child is no longer at school in ``current_school_year_label``:
    their class's line ends in an earlier school year."""
    lines = class_successors(session)
    past = []
    for parent_id, class_id in session.execute(select(Parent.id, Parent.class_id)):
        label = lines.classes[class_id][2] if class_id in lines.classes else ""
        if label < current_school_year_label and not lines.in_year(class_id, current_school_year_label):
            past.append(parent_id)
    return sorted(past)


def purge_past_parents(session: Session, current_school_year_label: str) -> int:
    """Erase the parents whose child left school before ``current_school_year_label``, with
    their role models and their place as a guest in chains; returns how many."""
    past = past_parents(session, current_school_year_label)
    if not past:
        return 0
    roles = select(RoleModel.id).where(RoleModel.parent_id.in_(past))
    chains = list(
        session.scalars(
            select(chain_role_models.c.chain_id).where(chain_role_models.c.role_model_id.in_(roles))
        )
    )
    erase_parents(session, past, chains)
    return len(past)
