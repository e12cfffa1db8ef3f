"""The school's report read from the database (``domain/report.py`` counts it): the
history of every school year as the rules see it, the before-and-after totals, and the
school's vision and goals with their states for the year (``store/goals.py``)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from beroepsplanner.domain.goal_text import goal_title, numbers_text
from beroepsplanner.domain.goals import GoalsReport, GoalState
from beroepsplanner.domain.report import GoalLine, SchoolReport, school_report
from beroepsplanner.store.classes import school_info
from beroepsplanner.store.evaluation_lists import evaluated_chain_ids
from beroepsplanner.store.goals import goals_report
from beroepsplanner.store.history import load_history
from beroepsplanner.store.measurements import all_measurements
from beroepsplanner.store.overview import year_row


def read_report(session: Session, school_year_label: str) -> SchoolReport:
    """The report of ``school_year_label``; NotFoundError (Dutch) for an unknown year."""
    year = year_row(session, school_year_label)
    history, _chains = load_history(session)
    info = school_info(session)
    ids = [c.id for y in history.years for c in y.chains if c.id is not None]
    report = school_report(
        history, year.label, all_measurements(session), info.name if info else "",
        evaluated_chain_ids(session, ids),
    )
    goals = goals_report(session, year.label, history=history)
    return replace(report, vision=goals.settings.vision, goals=goal_lines(goals))


_REPORT_STATES = {
    GoalState.REACHED: "reached",
    GoalState.ON_ITS_WAY: "on-its-way",
    GoalState.NOT_REACHED: "not-reached",
    GoalState.NOT_MEASURABLE: "unknown",
}


def goal_lines(goals: GoalsReport) -> tuple[GoalLine, ...]:
    """The school year's goals as the report shows them: the goal in Dutch, its state and
    the numbers behind it (``domain/goal_text.py``, as ``beroepsplanner goals`` says them)."""
    return tuple(
        GoalLine(goal_title(r.kind, goals.settings), _REPORT_STATES[r.state], numbers_text(r)) for r in goals.year
    )
