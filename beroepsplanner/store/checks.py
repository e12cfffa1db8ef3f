"""Run the chain rules on what the database holds.

Reads the plain objects of ``domain.chain`` (``store/chain_plans.py``, the school's
history from ``store/history.py``) and calls ``domain.rules``; the rules themselves know
nothing of the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.chain import Finding, RuleSettings, YearPlan
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.rules import chain_errors, check_year
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.chain_plans import SETTING_PREFIX, load_chain_plans, rule_settings
from beroepsplanner.store.history import load_history
from beroepsplanner.store.models import Chain, SchoolYearRow, Setting

__all__ = ["SETTING_PREFIX"]


def load_rule_settings(session: Session) -> RuleSettings:
    """The rule thresholds: defaults, overridden by ``rules.<name>`` rows in ``settings``."""
    return rule_settings(session)


def save_rule_setting(session: Session, name: str, value: int) -> None:
    """Change one threshold (a positive whole number)."""
    if name not in RuleSettings.keys():
        raise InvalidInputError(
            f"Onbekende instelling '{name}'. Bekend zijn: {', '.join(RuleSettings.keys())}.",
            key="unknown-rule-setting",
            name=name,
            known=", ".join(RuleSettings.keys()),
        )
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInputError(
            f"De instelling '{name}' moet een positief geheel getal zijn.",
            key="rule-setting-not-positive",
            name=name,
        )
    row = session.get(Setting, SETTING_PREFIX + name)
    if row is None:
        session.add(Setting(key=SETTING_PREFIX + name, value=value))
    else:
        row.value = value


def calendar_of(year: SchoolYearRow) -> SchoolCalendar:
    """The school calendar of a school year: region, study days and moved holidays."""
    return SchoolCalendar.of(
        SchoolYear.parse(year.label),
        year.school.region,
        [d.date for d in year.study_days],
        [(m.holiday, m.start) for m in year.holiday_moves],
        year.school.free_days,
    )


def year_plan(session: Session, year: SchoolYearRow, history: SchoolHistory | None = None) -> YearPlan:
    """The plain plan of one school year (classes, chains, the worlds of technology)
    that the rules check (``store.history.load_history``)."""
    history = history or load_history(session)[0]
    plan = history.year(year.label)
    assert plan is not None
    return plan


def check_school_year(
    session: Session, year: SchoolYearRow, history: SchoolHistory | None = None
) -> list[Finding]:
    """Every finding of one school year of the school, the line of each class across the
    years included (``history``: the school's history, read when not given)."""
    history = history or load_history(session)[0]
    return check_year(
        year_plan(session, year, history), calendar_of(year), load_rule_settings(session), history=history
    )


def check_database(session: Session, *, school_year: str | None = None) -> list[Finding]:
    """Every finding of every school year in the database, oldest year first (or of
    ``school_year`` only, a label)."""
    query = select(SchoolYearRow).options(
        selectinload(SchoolYearRow.school),
        selectinload(SchoolYearRow.study_days),
        selectinload(SchoolYearRow.holiday_moves),
    )
    if school_year is not None:
        query = query.where(SchoolYearRow.label == school_year)
    years = list(session.scalars(query.order_by(SchoolYearRow.label)))
    if not years:
        return []
    history = load_history(session)[0]
    findings: list[Finding] = []
    for year in years:
        findings += check_school_year(session, year, history)
    return findings


def errors_of_chain(session: Session, chain: Chain) -> list[Finding]:
    """The error findings of one chain (what stops it from being planned)."""
    year = chain.school_class.school_year
    (loaded,) = load_chain_plans(session, "chain", chain.id)
    return chain_errors(loaded.plan, calendar_of(year), load_rule_settings(session))


def set_chain_status(session: Session, chain: Chain, status: ChainStatus) -> None:
    """Change a chain's status; planned and done need a chain without errors."""
    if status is not ChainStatus.CONCEPT:
        errors = errors_of_chain(session, chain)
        if errors:
            listed = "\n".join(f"- {e.message}" for e in errors)
            raise InvalidInputError(
                f"Deze keten kan nog niet op '{status.label}' staan; los eerst deze fouten op:\n"
                f"{listed}",
                key="status-has-errors",
                status=status.value,
                errors=tuple(errors),
            )
    chain.status = status


def demote_chains_with_errors(session: Session, chains: Iterable[Chain]) -> list[Chain]:
    """Put chains that break an error rule back to concept (drafts may hold errors).

    Returns the chains that were demoted.
    """
    session.flush()
    judged = [chain for chain in chains if chain.status is not ChainStatus.CONCEPT]
    if not judged:
        return []
    # The plans of all their classes in one reading, each school year's calendar once.
    loaded = load_chain_plans(session, "classes", sorted({chain.class_id for chain in judged}))
    plans = {chain.id: chain.plan for chain in loaded}
    settings = load_rule_settings(session)
    calendars: dict[int, SchoolCalendar] = {}
    demoted = []
    for chain in judged:
        year = chain.school_class.school_year
        calendar = calendars.get(year.id) or calendars.setdefault(year.id, calendar_of(year))
        if chain_errors(plans[chain.id], calendar, settings):
            chain.status = ChainStatus.CONCEPT
            demoted.append(chain)
    return demoted
