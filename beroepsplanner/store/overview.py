"""How much a database holds: counts for a status line or a summary."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.store.models import Activity, Chain, Company, SchoolClass

_COUNTED = {
    "activities": Activity,
    "companies": Company,
    "classes": SchoolClass,
    "chains": Chain,
}


def count_records(session: Session) -> dict[str, int]:
    """The number of activities, companies, classes and chains, keyed by those English names.

    One count query per table, so the cost does not grow with the size of the rows.
    """
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in _COUNTED.items()
    }
