"""Queries on the catalog: activities, worlds, providers, professions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.store.models import Activity, World


def list_activities(session: Session) -> list[ActivitySummary]:
    """Every activity of the catalog, ordered by title."""
    rows = session.scalars(
        select(Activity)
        .options(joinedload(Activity.provider), selectinload(Activity.worlds))
        .order_by(Activity.title, Activity.key)
    )
    return [
        ActivitySummary(
            key=row.key,
            title=row.title,
            kind=row.kind,
            provider=row.provider.name if row.provider else "",
            grade_min=row.grade_min,
            grade_max=row.grade_max,
            duration_minutes=row.duration_minutes,
            needs_transport=row.needs_transport,
            worlds=tuple(w.name for w in row.worlds),
        )
        for row in rows
    ]


def activity_by_key(session: Session, key: str) -> Activity | None:
    """The activity with this key, with its lesson templates, or None."""
    return session.scalars(
        select(Activity)
        .where(Activity.key == key)
        .options(selectinload(Activity.lesson_templates), selectinload(Activity.worlds))
    ).one_or_none()


def list_worlds(session: Session) -> list[World]:
    """The seven worlds of technology first (by number), then the sectors by name."""
    rows = list(session.scalars(select(World)))
    return sorted(rows, key=lambda w: (w.number is None, w.number or 0, w.name))
