"""A school year of the database as a ``PlanDocument``: the database's half of ``plan export``.

``plan_document`` reads the school, one school year (the newest by default), its
classes with their pupils, the companies and the chains into the plain records of
``io/plan_document.py``, in the file's fixed order (classes by grade and name, chains
by date, class and activity, companies by name and place);
``io.plan_export.plan_json`` and ``write_plan`` turn them into the file. Exporting,
importing into an empty database and exporting again gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import NotFoundError
from beroepsplanner.io.plan_document import (
    PlanChain,
    PlanClass,
    PlanCompany,
    PlanContact,
    PlanDocument,
    PlanHolidayMove,
    PlanLesson,
    PlanRoleModel,
    PlanSchool,
    PlanStudyDay,
)
from beroepsplanner.io.plan_export import Plan, plan_json
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    RoleModel,
    School,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.plans import the_school


def export_plan(
    session: Session, *, class_name: str | None = None, school_year: str | None = None
) -> Plan:
    """The plan of one school year as a plan-file dictionary (version 1): ``plan_json`` of
    ``plan_document``."""
    return plan_json(plan_document(session, class_name=class_name, school_year=school_year))


def plan_document(
    session: Session, *, class_name: str | None = None, school_year: str | None = None
) -> PlanDocument:
    """The plan of one school year as plain records.

    ``school_year`` defaults to the newest one in the database. With
    ``class_name`` only that class, its chains and the companies they use.
    Raises NotFoundError (Dutch) for a missing school, year or class.
    """
    school = the_school(session)
    if school is None or not school.school_years:
        raise NotFoundError(
            "Deze database bevat nog geen school met een schooljaar; er is niets te exporteren.",
            key="plan-export-no-year",
        )
    year = pick_year(school.school_years, school_year)
    classes = year_classes(session, year)
    if class_name is not None:
        classes = [c for c in classes if c.name == class_name]
        if not classes:
            known = ", ".join(c.name for c in year.classes) or "geen"
            raise NotFoundError(
                f"De klas '{class_name}' bestaat niet in schooljaar {year.label}. "
                f"Klassen in dat jaar: {known}.",
                key="plan-export-no-class",
                class_name=class_name,
                year=year.label,
                known=tuple(c.name for c in year.classes),
            )
    chains = sorted(
        (chain for school_class in classes for chain in school_class.chains), key=chain_order
    )
    if class_name is None:
        companies = list(session.scalars(select(Company).options(*company_loading())))
    else:
        companies = list({c.id: c for c in (ch.company for ch in chains) if c}.values())
    companies.sort(key=lambda c: (c.name, c.place, c.id))
    return PlanDocument(
        school=plan_school(school),
        school_year=SchoolYear.parse(year.label),
        study_days=tuple(
            PlanStudyDay(d.date, d.description) for d in sorted(year.study_days, key=lambda d: d.date)
        ),
        holiday_moves=tuple(
            PlanHolidayMove(m.holiday, m.start)
            for m in sorted(year.holiday_moves, key=lambda m: (m.start, m.holiday))
        ),
        classes=tuple(_class(c) for c in classes),
        companies=tuple(plan_company(c, year.label) for c in companies),
        chains=tuple(plan_chain(c) for c in chains),
    )


def pick_year(years: list[SchoolYearRow], label: str | None) -> SchoolYearRow:
    if label is None:
        return max(years, key=lambda y: y.label)
    for year in years:
        if year.label == label:
            return year
    known = ", ".join(y.label for y in years)
    raise NotFoundError(
        f"Schooljaar {label} staat niet in de database (wel: {known}).",
        key="plan-export-no-such-year",
        year=label,
        known=known,
    )


def company_loading() -> tuple[Any, ...]:
    return (
        selectinload(Company.worlds),
        selectinload(Company.professions),
        selectinload(Company.contacts),
        selectinload(Company.confirmations),
        selectinload(Company.role_models).joinedload(RoleModel.profession),
    )


def year_classes(session: Session, year: SchoolYearRow, *, links: bool = False) -> list[SchoolClass]:
    """The classes of ``year`` with everything the export reads, in a few queries
    (``links``: also what version 2 carries more, a chain's tasks and a class's origins)."""
    more: tuple[Any, ...] = ()
    if links:
        more = (
            selectinload(SchoolClass.previous_classes),
            selectinload(SchoolClass.chains).selectinload(Chain.tasks),
        )
    return list(
        session.scalars(
            select(SchoolClass)
            .where(SchoolClass.school_year_id == year.id)
            .order_by(SchoolClass.grade, in_code_point_order(SchoolClass.name))
            .options(
                selectinload(SchoolClass.pupils),
                selectinload(SchoolClass.chains).options(
                    joinedload(Chain.activity).selectinload(Activity.lesson_templates),
                    joinedload(Chain.company).options(*company_loading()),
                    selectinload(Chain.lessons),
                    selectinload(Chain.role_models),
                ),
                *more,
            )
        )
    )


def chain_order(chain: Chain) -> tuple[Any, ...]:
    company = chain.company
    return (
        chain.date,
        chain.school_class.name,
        chain.activity.key,
        company.name if company else "",
        company.place if company else "",
        chain.id,
    )


def _class(school_class: SchoolClass) -> PlanClass:
    return PlanClass(
        name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        pupils=tuple(p.display_name for p in school_class.pupils),
    )


def plan_company(company: Company, school_year: str) -> PlanCompany:
    return PlanCompany(
        name=company.name,
        place=company.place,
        address=company.address,
        description=company.description,
        min_grade=company.min_grade,
        capacity=company.capacity,
        # Confirmed for this plan's school year: a company confirms again every year.
        confirmed=company.confirmed_for(school_year),
        safety_checked=company.safety_checked,
        safety_notes=company.safety_notes,
        notes=company.notes,
        worlds=tuple(sorted(w.key for w in company.worlds)),
        professions=tuple(sorted(p.key for p in company.professions)),
        contacts=tuple(
            PlanContact(name=c.name, role=c.role, email=c.email, phone=c.phone)
            for c in company.contacts
        ),
        role_models=tuple(
            PlanRoleModel(
                name=r.name,
                profession=r.profession.key if r.profession else None,
                profession_text=r.profession_text,
                description=r.description,
                counter_stereotypical=r.counter_stereotypical,
                is_parent=r.is_parent,
            )
            for r in company.role_models
        ),
    )


def plan_chain(chain: Chain) -> PlanChain:
    company = chain.company
    # Only the company's own role models travel with a chain (by name); see docs.
    own = {r.id for r in company.role_models} if company else set()
    return PlanChain(
        uid=chain.uid,
        class_name=chain.school_class.name,
        activity=chain.activity.key,
        company=company.name if company else None,
        company_place=company.place if company else None,
        date=chain.date,
        status=chain.status,
        project=chain.project,
        core_objectives=tuple(chain.core_objectives or []),
        transport_arranged=chain.transport_arranged,
        companions=chain.companions,
        transport_mode=chain.transport_mode,
        departure_time=chain.departure_time,
        return_time=chain.return_time,
        notes=chain.notes,
        observation=chain.observation,
        role_models=tuple(r.name for r in chain.role_models if r.id in own),
        preparation=_lessons(chain, LessonKind.PREPARATION),
        reflection=_lessons(chain, LessonKind.REFLECTION),
    )


def _lessons(chain: Chain, kind: LessonKind) -> tuple[PlanLesson, ...]:
    templates = [t.id for t in chain.activity.templates_of(kind)]
    lessons: list[ChainLesson] = sorted(
        chain.lessons_of(kind), key=lambda lesson: (lesson.position, lesson.date, lesson.id)
    )
    return tuple(
        PlanLesson(
            date=lesson.date,
            title=lesson.title,
            notes=lesson.notes,
            template=(
                templates.index(lesson.template_id) if lesson.template_id in templates else None
            ),
        )
        for lesson in lessons
    )


def plan_school(school: School, *, contact: bool = False) -> PlanSchool:
    """The school's row as the plan file's school; ``contact``: with the contact for
    companies (version 2)."""
    return PlanSchool(
        name=school.name,
        region=school.region,
        place=school.place,
        uid=school.uid,
        liberation_day_off=school.liberation_day_off,
        good_friday_off=school.good_friday_off,
        **(
            {
                "contact_name": school.contact_name,
                "contact_phone": school.contact_phone,
                "contact_email": school.contact_email,
            }
            if contact
            else {}
        ),
    )
