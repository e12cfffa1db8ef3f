"""The school's history as the rules of the line see it: every school year with its classes,
where each class came from, and its chains (``domain.cohorts.SchoolHistory``).

``load_history`` is the one store function that builds it; ``beroepsplanner check``, the
overview (year view, line per cohort, findings) and the year planner read it. The chains
come from ``store/chain_plans.py`` in one scope ("all"), so a whole school's history is a
handful of queries; for one class (the planner after a drag) only the chains of the
classes its line comes from are read.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.chain import ChainPlan, ClassRef, YearPlan
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.store.chain_plans import LoadedChain, connection, load_chain_plans, pupil_counts
from beroepsplanner.store.models import SchoolClass, SchoolYearRow, class_origins
from beroepsplanner.store.worlds import Worlds, world_table

_YEARS = select(SchoolYearRow.id, SchoolYearRow.label).order_by(SchoolYearRow.label)
_CLASSES = select(SchoolClass.id, SchoolClass.school_year_id, SchoolClass.name, SchoolClass.grade).order_by(
    SchoolClass.id
)
_ORIGINS = select(class_origins.c.class_id, class_origins.c.previous_class_id).order_by(
    class_origins.c.class_id, class_origins.c.previous_class_id
)


def load_history(
    session: Session, *, line_of: int | None = None, worlds: Worlds | None = None
) -> tuple[SchoolHistory, list[LoadedChain]]:
    """Every school year of the database, oldest first, with all its classes and chains;
    with ``line_of`` (a class id) the chains of that class and of the classes its line
    comes from only. Returns the history and the chains as read (with their class and
    company, for the year planner)."""
    conn = connection(session)
    worlds = worlds or world_table(session)
    years = conn.execute(_YEARS).all()
    classes = conn.execute(_CLASSES).all()
    previous: dict[int, list[int]] = defaultdict(list)
    for class_id, previous_id in conn.execute(_ORIGINS):
        previous[class_id].append(previous_id)
    if line_of is None:
        pupils = pupil_counts(session, "all", None)
        chains = load_chain_plans(session, "all", worlds=worlds, pupils=pupils)
    else:
        wanted = _line(line_of, previous)
        pupils = pupil_counts(session, "classes", wanted)
        chains = load_chain_plans(session, "classes", wanted, worlds=worlds, pupils=pupils)
    by_year: dict[int, list[ClassRef]] = defaultdict(list)
    year_of: dict[int, int] = {}
    for class_id, year_id, name, grade in classes:
        year_of[class_id] = year_id
        by_year[year_id].append(
            ClassRef(name, grade, pupils.get(class_id, 0), class_id, tuple(previous.get(class_id, ())))
        )
    plans: dict[int, list[ChainPlan]] = defaultdict(list)
    for chain in chains:
        plans[year_of[chain.class_id]].append(chain.plan)
    technology = tuple(worlds.technology.values())
    history = SchoolHistory(
        tuple(
            YearPlan(tuple(by_year[year_id]), tuple(plans[year_id]), technology, label)
            for year_id, label in years
        )
    )
    return history, chains


def _line(class_id: int, previous: dict[int, list[int]]) -> list[int]:
    """The class and every class its line comes from."""
    found, todo = {class_id}, [class_id]
    while todo:
        for earlier in previous.get(todo.pop(), ()):
            if earlier not in found:
                found.add(earlier)
                todo.append(earlier)
    return sorted(found)
