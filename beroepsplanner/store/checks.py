"""Run the chain rules on what the database holds.

Turns rows into the plain objects of ``domain.chain`` and calls
``domain.rules``; the rules themselves know nothing of the database.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.chain import (
    ActivityRef,
    ChainPlan,
    ClassRef,
    CompanyRef,
    Finding,
    Lesson,
    RoleModelRef,
    RuleSettings,
    YearPlan,
)
from beroepsplanner.domain.kinds import ChainStatus, WorldKind
from beroepsplanner.domain.rules import chain_errors, check_year
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    LessonTemplate,
    Pupil,
    SchoolClass,
    SchoolYearRow,
    Setting,
    World,
)

SETTING_PREFIX = "rules."


def load_rule_settings(session: Session) -> RuleSettings:
    """The rule thresholds: defaults, overridden by ``rules.<name>`` rows in ``settings``."""
    values = {}
    for key in RuleSettings.keys():
        row = session.get(Setting, SETTING_PREFIX + key)
        if row is not None and isinstance(row.value, int) and row.value > 0:
            values[key] = row.value
    return RuleSettings(**values)


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


def _technology_worlds(session: Session) -> dict[int, str]:
    rows = session.scalars(select(World).where(World.kind == WorldKind.TECHNOLOGY))
    return {w.id: w.name for w in sorted(rows, key=lambda w: w.number or 0)}


def chain_plan(chain: Chain, pupils: int, technology: dict[int, str]) -> ChainPlan:
    """The rules' view of one chain row."""
    activity = chain.activity
    company = chain.company
    return ChainPlan(
        id=chain.id,
        class_name=chain.school_class.name,
        grade=chain.school_class.grade,
        activity=ActivityRef(
            key=activity.key,
            title=activity.title,
            kind=activity.kind,
            grade_min=activity.grade_min,
            grade_max=activity.grade_max,
            needs_transport=activity.needs_transport,
            worlds=tuple(technology[w.id] for w in activity.worlds if w.id in technology),
        ),
        company=None
        if company is None
        else CompanyRef(
            name=company.name,
            min_grade=company.min_grade,
            # Companies confirm again every year: the chain's year counts.
            confirmed=company.confirmed_for(chain.school_class.school_year.label),
            safety_checked=company.safety_checked,
            worlds=tuple(technology[w.id] for w in company.worlds if w.id in technology),
        ),
        date=chain.date,
        lessons=tuple(
            Lesson(
                kind=lesson.kind,
                date=lesson.date,
                title=lesson.title,
                question_kinds=frozenset(q.kind for q in lesson.template.questions)
                if lesson.template
                else frozenset(),
            )
            for lesson in chain.lessons
        ),
        role_models=tuple(
            RoleModelRef(r.name, r.counter_stereotypical) for r in chain.role_models
        ),
        pupils=pupils,
        companions=chain.companions,
        transport_arranged=chain.transport_arranged,
        status=chain.status,
    )


def _chains_query() -> Select[Chain]:
    return select(Chain).options(
        joinedload(Chain.school_class),
        joinedload(Chain.activity).selectinload(Activity.worlds),
        joinedload(Chain.company).selectinload(Company.worlds),
        joinedload(Chain.company).selectinload(Company.confirmations),
        selectinload(Chain.lessons)
        .joinedload(ChainLesson.template)
        .selectinload(LessonTemplate.questions),
        selectinload(Chain.role_models),
    )


def _pupil_counts(session: Session) -> dict[int, int]:
    rows = session.execute(select(Pupil.class_id, func.count()).group_by(Pupil.class_id))
    return {class_id: count for class_id, count in rows}


def year_plan(session: Session, year: SchoolYearRow) -> YearPlan:
    """The plain plan of one school year (classes, chains, the worlds of technology)
    that the rules check."""
    technology = _technology_worlds(session)
    pupils = _pupil_counts(session)
    chains = session.scalars(
        _chains_query().join(Chain.school_class).where(SchoolClass.school_year_id == year.id)
    ).unique()
    return YearPlan(
        classes=tuple(ClassRef(c.name, c.grade, pupils.get(c.id, 0)) for c in year.classes),
        chains=tuple(chain_plan(c, pupils.get(c.class_id, 0), technology) for c in chains),
        technology_worlds=tuple(technology.values()),
    )


def check_school_year(session: Session, year: SchoolYearRow) -> list[Finding]:
    """Every finding of one school year of the school."""
    plan = year_plan(session, year)
    return check_year(plan, calendar_of(year), load_rule_settings(session))


def check_database(session: Session, *, school_year: str | None = None) -> list[Finding]:
    """Every finding of every school year in the database, oldest year first (or of
    ``school_year`` only, a label)."""
    query = select(SchoolYearRow).options(
        selectinload(SchoolYearRow.classes),
        selectinload(SchoolYearRow.study_days),
        selectinload(SchoolYearRow.holiday_moves),
    )
    if school_year is not None:
        query = query.where(SchoolYearRow.label == school_year)
    years = session.scalars(query.order_by(SchoolYearRow.label))
    findings: list[Finding] = []
    for year in years:
        findings += check_school_year(session, year)
    return findings


def errors_of_chain(session: Session, chain: Chain) -> list[Finding]:
    """The error findings of one chain (what stops it from being planned)."""
    year = chain.school_class.school_year
    pupils = len(chain.school_class.pupils)
    plan = chain_plan(chain, pupils, _technology_worlds(session))
    return chain_errors(plan, calendar_of(year), load_rule_settings(session))


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
    demoted = []
    for chain in chains:
        if chain.status is not ChainStatus.CONCEPT and errors_of_chain(session, chain):
            chain.status = ChainStatus.CONCEPT
            demoted.append(chain)
    return demoted
