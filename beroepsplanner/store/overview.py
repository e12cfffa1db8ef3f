"""Overviews of the database: counts for a status line, and the continuous line of a
school year (coverage of the worlds of technology per groep, the line per cohort across
the school years, and the findings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.chain import Finding
from beroepsplanner.domain.cohort_line import CohortTable, cohort_table
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.coverage import CoverageTable
from beroepsplanner.domain.coverage import continuous_line as coverage_of
from beroepsplanner.domain.goals import GoalsReport
from beroepsplanner.domain.report import SchoolReport, school_report
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.evaluation_lists import ChainToEvaluate, chains_to_evaluate
from beroepsplanner.store.models import Activity, Chain, Company, SchoolClass, SchoolYearRow

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


# --- the continuous line of a school year --------------------------------------------


def school_year_labels(session: Session) -> list[str]:
    """The labels of every school year of the school, newest first (``2026-2027``)."""
    return list(session.scalars(select(SchoolYearRow.label).order_by(SchoolYearRow.label.desc())))


def year_row(session: Session, school_year_label: str) -> SchoolYearRow:
    year = session.scalars(
        select(SchoolYearRow).where(SchoolYearRow.label == school_year_label)
    ).first()
    if year is None:
        raise NotFoundError(
            f"Er is geen schooljaar {school_year_label}.",
            key="school-year-missing",
            year=school_year_label,
        )
    return year


def _history(session: Session) -> SchoolHistory:
    # Imported here: the rules' reader pulls in the catalog's queries and the rules the
    # school calendar and the ``holidays`` package, which the window's start
    # (``count_records``) does not need.
    from beroepsplanner.store.history import load_history

    return load_history(session)[0]


def continuous_line(session: Session, school_year_label: str) -> CoverageTable:
    """The coverage table of one school year: per groep 1–8 and world of technology the
    number of chains that meet it, and per class its chains, worlds, professions and role
    models. NotFoundError (Dutch) for an unknown school year."""
    year = year_row(session, school_year_label)
    plan = _history(session).year(year.label)
    assert plan is not None
    return coverage_of(plan)


def year_findings(session: Session, school_year_label: str) -> list[Finding]:
    """Every error and warning of one school year (the same as ``beroepsplanner check``
    gives for that year). NotFoundError (Dutch) for an unknown school year."""
    from beroepsplanner.store.checks import check_school_year

    return check_school_year(session, year_row(session, school_year_label))


@dataclass(frozen=True)
class YearOverview:
    """Everything the overview screen shows about one school year."""

    school_year: str
    coverage: CoverageTable
    findings: tuple[Finding, ...]
    cohorts: CohortTable | None = None
    """The line per cohort of the cohorts at school this year."""
    report: SchoolReport | None = None
    """The year's figures as the report has them (before and after per groep)."""
    goals: GoalsReport | None = None
    """The school's goals for this year and per cohort (``store/goals.py``)."""
    to_evaluate: tuple[ChainToEvaluate, ...] = ()
    """The planned chains whose day passed without an evaluation (``chain_evaluations``)."""


def year_overview(session: Session, school_year_label: str, today: dt.date | None = None) -> YearOverview:
    """The coverage table, the line per cohort, the findings, the school's goals and the
    chains still to evaluate of one school year, from one reading of the school's history.
    ``today`` (default: today) parts what the cohorts met from what they have planned, and
    the chains whose day has passed."""
    from beroepsplanner.store.checks import check_school_year
    from beroepsplanner.store.goals import goals_report
    from beroepsplanner.store.measurements import all_measurements

    year = year_row(session, school_year_label)
    history = _history(session)
    plan = history.year(year.label)
    assert plan is not None
    today = today or dt.date.today()
    return YearOverview(
        school_year_label,
        coverage_of(plan),
        tuple(check_school_year(session, year, history)),
        cohort_table(history, year.label, today),
        school_report(history, year.label, all_measurements(session)),
        goals_report(session, year.label, today, history),
        chains_to_evaluate(session, year.label, today),
    )
