"""Writing a checked plan file into a database, all or nothing.

``import_plan`` first lets ``plan_references`` check what only the database
can tell (the school, classes that already exist, activity keys, worlds,
professions, companies and their role models). Only then it writes, in one
transaction. Chains that break an error rule are stored as concept (drafts);
``beroepsplanner check`` says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.io.plan_document import PlanChain, PlanCompany, PlanDocument, PlanLesson
from beroepsplanner.logs import log_import
from beroepsplanner.store.checks import demote_chains_with_errors
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    CompanyConfirmation,
    CompanyContact,
    HolidayMove,
    LessonTemplate,
    Pupil,
    RoleModel,
    School,
    SchoolClass,
    SchoolYearRow,
    StudyDay,
    new_uid,
)
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_references import PlanTargets, pick_by_name, resolve_references
from beroepsplanner.store.write_locks import exclusive
from beroepsplanner.store.year_lock import locked_error


@dataclass(frozen=True)
class ImportSummary:
    """What an import added to the database."""

    school: str
    school_year: str
    new_school: bool
    classes: int
    classes_replaced: int
    pupils: int
    companies_added: int
    chains: int
    concept_chains: int
    # Chains the file gave as planned or done that break an error rule.
    demoted_chains: int


def import_plan(
    database: Database, document: PlanDocument, *, replace: bool = False, source: str | None = None
) -> ImportSummary:
    """Add the plan's school year, classes, companies and chains to ``database``.

    One transaction: on any fault nothing is written and PlanFileError lists
    the faults. A class that already exists in the school year is refused
    unless ``replace``, which deletes it (with its pupils and chains) first.
    Existing companies (same name and place) are kept as they are, but for a
    confirmation for the file's school year, which is added; study days and holiday
    moves the year lacks are added. A locked school year is refused
    (``store/year_lock.py``). The chains keep the status of
    the file, except that chains breaking an error rule become concept.
    """
    with database.transaction() as session:
        # One import (or move to the next year) at a time: a second waits, then finds
        # what the first made (a class that exists now is refused, not doubled).
        exclusive(session)
        targets = resolve_references(session, document, replace=replace, source=source)
        if targets.year is not None and targets.year.locked:
            raise locked_error(targets.year.label)
        summary = _write(session, document, targets)
    log_import("plan file", summary)
    return summary


def _write(session: Session, document: PlanDocument, targets: PlanTargets) -> ImportSummary:
    school = targets.school
    if school is None:
        plan_school = document.school
        school = School(name=plan_school.name, region=plan_school.region, place=plan_school.place)
        if plan_school.uid is not None:
            school.uid = plan_school.uid
        school.liberation_day_off = plan_school.liberation_day_off
        school.good_friday_off = plan_school.good_friday_off
        session.add(school)
    year = targets.year
    if year is None:
        label = document.school_year
        year = SchoolYearRow(label=label.label, start_date=label.start, end_date=label.end)
        school.school_years.append(year)
    _merge_calendar(year, document)

    classes = dict(targets.existing_classes)
    replaced = [classes.pop(c.name) for c in document.classes if c.name in classes]
    for old in replaced:
        year.classes.remove(old)  # delete-orphan: pupils and chains go with it
    if replaced:
        session.flush()  # free the names before the new classes take them
    for plan_class in document.classes:
        school_class = SchoolClass(
            name=plan_class.name, grade=plan_class.grade, teacher=plan_class.teacher
        )
        school_class.pupils = [Pupil(display_name=name) for name in plan_class.pupils]
        year.classes.append(school_class)
        classes[plan_class.name] = school_class

    companies = dict(targets.companies)
    added = 0
    for plan_company in document.companies:
        if plan_company.key not in companies:
            companies[plan_company.key] = _new_company(session, plan_company, targets)
            added += 1
        company = companies[plan_company.key]
        # The file's confirmation is for its school year; an import never takes one away.
        if plan_company.confirmed and not company.confirmed_for(year.label):
            company.confirmations.append(CompanyConfirmation(school_year=year.label))

    chains = []
    # A chain keeps its identifier (its calendar events stay the same) unless a chain of this
    # database, or an earlier one of the file, has it already (the same plan imported twice).
    with session.no_autoflush:
        taken = set(session.scalars(select(Chain.uid)))
    for plan_chain, company_key in zip(document.chains, targets.chain_companies, strict=True):
        visited = companies[company_key] if company_key else None
        chain = _new_chain(plan_chain, classes[plan_chain.class_name], visited, targets)
        if plan_chain.uid is not None and plan_chain.uid not in taken:
            chain.uid = plan_chain.uid
        else:
            chain.uid = new_uid()
        taken.add(chain.uid)
        session.add(chain)
        chains.append(chain)
    session.flush()
    demoted = demote_chains_with_errors(session, chains)
    session.flush()
    return ImportSummary(
        school=school.name,
        school_year=year.label,
        new_school=targets.school is None,
        classes=len(document.classes),
        classes_replaced=len(replaced),
        pupils=sum(len(c.pupils) for c in document.classes),
        companies_added=added,
        chains=len(chains),
        concept_chains=sum(1 for c in chains if c.status is ChainStatus.CONCEPT),
        demoted_chains=len(demoted),
    )


def _merge_calendar(year: SchoolYearRow, document: PlanDocument) -> None:
    """Add the study days and holiday moves the year does not have yet."""
    days = {d.date for d in year.study_days}
    for study_day in document.study_days:
        if study_day.date not in days:
            year.study_days.append(StudyDay(date=study_day.date, description=study_day.description))
    moved = {m.holiday for m in year.holiday_moves}
    for move in document.holiday_moves:
        if move.holiday not in moved:
            year.holiday_moves.append(HolidayMove(holiday=move.holiday, start=move.start))


def _new_company(session: Session, plan: PlanCompany, targets: PlanTargets) -> Company:
    company = Company(
        name=plan.name,
        place=plan.place,
        address=plan.address,
        description=plan.description,
        min_grade=plan.min_grade,
        capacity=plan.capacity,
        safety_checked=plan.safety_checked,
        safety_notes=plan.safety_notes,
        notes=plan.notes,
    )
    company.worlds = [targets.worlds[key] for key in plan.worlds]
    company.professions = [targets.professions[key] for key in plan.professions]
    company.contacts = [
        CompanyContact(name=c.name, role=c.role, email=c.email, phone=c.phone)
        for c in plan.contacts
    ]
    company.role_models = [
        RoleModel(
            name=r.name,
            profession=targets.professions[r.profession] if r.profession else None,
            profession_text=r.profession_text,
            description=r.description,
            counter_stereotypical=r.counter_stereotypical,
            is_parent=r.is_parent,
        )
        for r in plan.role_models
    ]
    session.add(company)
    return company


def _new_chain(
    plan: PlanChain, school_class: SchoolClass, company: Company | None, targets: PlanTargets
) -> Chain:
    activity = targets.activities[plan.activity]
    chain = Chain(
        school_class=school_class,
        activity=activity,
        company=company,
        date=plan.date,
        status=plan.status,
        project=plan.project,
        core_objectives=list(plan.core_objectives),
        transport_arranged=plan.transport_arranged,
        companions=plan.companions,
        transport_mode=plan.transport_mode,
        departure_time=plan.departure_time,
        return_time=plan.return_time,
        notes=plan.notes,
        observation=plan.observation,
    )
    if company is not None:
        picked = pick_by_name(plan.role_models, [r.name for r in company.role_models])
        assert not isinstance(picked, str), "checked in _resolve_company"
        chain.role_models = [company.role_models[i] for i in picked]
    chain.lessons = _lessons(activity, LessonKind.PREPARATION, plan.preparation) + _lessons(
        activity, LessonKind.REFLECTION, plan.reflection
    )
    return chain


def _lessons(
    activity: Activity, kind: LessonKind, lessons: Sequence[PlanLesson]
) -> list[ChainLesson]:
    templates = activity.templates_of(kind)
    result = []
    for position, lesson in enumerate(lessons):
        template: LessonTemplate | None = None
        if lesson.template is not None:
            template = templates[lesson.template]
        elif lesson.auto_template and templates:
            template = templates[min(position, len(templates) - 1)]
        title = lesson.title
        if title is None:
            title = template.title if template else kind.label.capitalize()
        result.append(
            ChainLesson(
                kind=kind,
                position=position,
                date=lesson.date,
                title=title,
                template=template,
                notes=lesson.notes,
            )
        )
    return result
