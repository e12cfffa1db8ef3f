"""Queries on the company network."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.catalog import CompanySummary
from beroepsplanner.store.models import Company


def list_companies(session: Session) -> list[CompanySummary]:
    """Every company, ordered by name and place."""
    rows = session.scalars(
        select(Company)
        .options(selectinload(Company.worlds), selectinload(Company.role_models))
        .order_by(Company.name, Company.place)
    )
    return [
        CompanySummary(
            id=row.id,
            name=row.name,
            place=row.place,
            min_grade=row.min_grade,
            capacity=row.capacity,
            confirmed=row.confirmed,
            safety_checked=row.safety_checked,
            worlds=tuple(w.name for w in row.worlds),
            role_models=len(row.role_models),
            counter_stereotypical_role_models=sum(
                1 for r in row.role_models if r.counter_stereotypical
            ),
        )
        for row in rows
    ]
