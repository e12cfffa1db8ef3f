"""Overviews of the database: counts for a status line, and the continuous line of a
school year (coverage of the worlds of technology per groep, and the findings)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.chain import Finding
from beroepsplanner.domain.coverage import CoverageChain, CoverageClass, CoverageTable
from beroepsplanner.domain.coverage import continuous_line as coverage_of
from beroepsplanner.domain.kinds import WorldKind
from beroepsplanner.errors import NotFoundError
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Company,
    RoleModel,
    SchoolClass,
    SchoolYearRow,
    World,
)
from beroepsplanner.store.ordering import in_code_point_order

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


def _year(session: Session, school_year_label: str) -> SchoolYearRow:
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


def _technology_world_names(session: Session) -> list[str]:
    rows = session.scalars(
        select(World).where(World.kind == WorldKind.TECHNOLOGY).order_by(World.number, in_code_point_order(World.name))
    )
    return [world.name for world in rows]


def _coverage_chain(chain: Chain) -> CoverageChain:
    activity, company = chain.activity, chain.company
    worlds = {w.name for w in activity.worlds if w.kind == WorldKind.TECHNOLOGY}
    professions = {p.name for p in activity.professions}
    if company is not None:
        worlds |= {w.name for w in company.worlds if w.kind == WorldKind.TECHNOLOGY}
        professions |= {p.name for p in company.professions}
    for role in chain.role_models:
        profession = role.profession.name if role.profession else role.profession_text.strip()
        if profession:
            professions.add(profession)
    # Role models are counted as people: two people may share a name.
    people = {f"{role.id}:{role.name}" for role in chain.role_models}
    return CoverageChain(
        class_id=chain.class_id,
        title=activity.title,
        status=chain.status,
        worlds=frozenset(worlds),
        professions=frozenset(professions),
        role_models=frozenset(people),
        counter_stereotypical=frozenset(
            f"{role.id}:{role.name}" for role in chain.role_models if role.counter_stereotypical
        ),
    )


def continuous_line(session: Session, school_year_label: str) -> CoverageTable:
    """The coverage table of one school year: per groep 1–8 and world of technology the
    number of chains that meet it, and per class its chains, worlds, professions and role
    models. NotFoundError (Dutch) for an unknown school year."""
    year = _year(session, school_year_label)
    classes = [CoverageClass(c.id, c.name, c.grade) for c in year.classes]
    chains = session.scalars(
        select(Chain)
        .join(Chain.school_class)
        .where(SchoolClass.school_year_id == year.id)
        .options(
            joinedload(Chain.activity).selectinload(Activity.worlds),
            joinedload(Chain.activity).selectinload(Activity.professions),
            joinedload(Chain.company).selectinload(Company.worlds),
            joinedload(Chain.company).selectinload(Company.professions),
            selectinload(Chain.role_models).joinedload(RoleModel.profession),
        )
    ).unique()
    return coverage_of(classes, [_coverage_chain(c) for c in chains], _technology_world_names(session))


def year_findings(session: Session, school_year_label: str) -> list[Finding]:
    """Every error and warning of one school year (the same as ``beroepsplanner check``
    gives for that year). NotFoundError (Dutch) for an unknown school year."""
    # Imported here: the rules pull in the school calendar and the ``holidays`` package,
    # which the window's start (``count_records``) does not need.
    from beroepsplanner.store.checks import check_school_year

    return check_school_year(session, _year(session, school_year_label))


@dataclass(frozen=True)
class YearOverview:
    """Everything the overview screen shows about one school year."""

    school_year: str
    coverage: CoverageTable
    findings: tuple[Finding, ...]


def year_overview(session: Session, school_year_label: str) -> YearOverview:
    """The coverage table and the findings of one school year, read in one session."""
    return YearOverview(
        school_year_label,
        continuous_line(session, school_year_label),
        tuple(year_findings(session, school_year_label)),
    )
