"""The school's report read from the database (``domain/report.py`` counts it): the
history of every school year as the rules see it, and the before-and-after totals."""

from __future__ import annotations

from sqlalchemy.orm import Session

from beroepsplanner.domain.report import SchoolReport, school_report
from beroepsplanner.store.classes import school_info
from beroepsplanner.store.history import load_history
from beroepsplanner.store.measurements import all_measurements
from beroepsplanner.store.overview import year_row


def read_report(session: Session, school_year_label: str) -> SchoolReport:
    """The report of ``school_year_label``; NotFoundError (Dutch) for an unknown year."""
    year = year_row(session, school_year_label)
    history, _chains = load_history(session)
    info = school_info(session)
    return school_report(history, year.label, all_measurements(session), info.name if info else "")
