"""Tasks during a chain's activity: catalog items pupils do during a company visit.

The Medewerkerspaspoort is "an assignment during a company visit" (domain.md): a visit
chain can carry it as a task (``chain_tasks``), printed in that chain's logbook, instead of
it being a chain of its own. The catalog marks such items with ``visit_task``; they stay
catalog items a school can plan as a chain of their own as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Activity

TASK_KINDS = frozenset({ActivityKind.COMPANY_VISIT})
"""The kinds of activity that can carry tasks: the visit, where pupils meet the employees."""


@dataclass(frozen=True)
class TaskChoice:
    """A catalog item that can be a task during a visit."""

    key: str
    title: str


def task_choices(session: Session) -> list[TaskChoice]:
    """The catalog items that can be a task during a visit, by title."""
    rows = session.execute(select(Activity.key, Activity.title).where(Activity.visit_task.is_(True)))
    return sorted((TaskChoice(key, title) for key, title in rows), key=lambda t: (t.title.casefold(), t.key))


def carries_tasks(kind: ActivityKind) -> bool:
    """Whether a chain of an activity of ``kind`` can carry tasks."""
    return kind in TASK_KINDS


def task_rows(session: Session, activity: Activity, keys: Sequence[str]) -> list[Activity]:
    """The catalog rows of the tasks ``keys`` for a chain of ``activity``; refuses
    (InvalidInputError, keyed Dutch) tasks on a chain that is no visit and items that are
    no task (or no longer in the catalog)."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    if not carries_tasks(activity.kind):
        raise InvalidInputError(
            f"Alleen een bedrijfsbezoek kan een opdracht tijdens het bezoek hebben; "
            f"'{activity.title}' is een {activity.kind.label}. Haal de opdracht weg of plan "
            "haar als een eigen keten.",
            key="tasks-need-visit",
            activity=activity.title,
            kind=activity.kind.value,
        )
    rows = {a.key: a for a in session.scalars(select(Activity).where(Activity.key.in_(keys)))}
    for key in keys:
        row = rows.get(key)
        if row is None or not row.visit_task:
            raise InvalidInputError(
                f"'{row.title if row else key}' is geen opdracht tijdens een bezoek (of staat niet "
                "meer in de catalogus). Kies een opdracht uit de lijst.",
                key="not-a-visit-task",
                task=row.title if row else key,
            )
    return [rows[key] for key in keys]
