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
from beroepsplanner.io.plan_document import (
    PlanChain,
    PlanCompany,
    PlanDocument,
    PlanLesson,
    PlanYear,
    SchoolPlan,
    as_school_plan,
)
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
from beroepsplanner.store.transfer.plan_import_links import Written, write_links
from beroepsplanner.store.transfer.plan_references import (
    PlanTargets,
    YearTargets,
    pick_by_name,
    resolve_references,
)
from beroepsplanner.store.write_locks import exclusive
from beroepsplanner.store.year_lock import locked_error


@dataclass(frozen=True)
class ImportSummary:
    """What an import added to the database."""

    school: str
    school_year: str  # the school years of the file, "2026-2027, 2027-2028"
    new_school: bool
    classes: int
    classes_replaced: int
    pupils: int
    companies_added: int
    chains: int
    concept_chains: int
    # Chains the file gave as planned or done that break an error rule.
    demoted_chains: int
    school_years: tuple[str, ...] = ()


def import_plan(
    database: Database,
    document: PlanDocument | SchoolPlan,
    *,
    replace: bool = False,
    source: str | None = None,
) -> ImportSummary:
    """Add the plan's school years, classes, companies and chains to ``database``.

    One transaction: on any fault nothing is written and PlanFileError lists
    the faults. A class that already exists in its school year is refused
    unless ``replace``, which deletes it (with its pupils and chains) first.
    Existing companies (same name and place) are kept as they are, but for the
    confirmations for the file's school years, which are added; study days and holiday
    moves a year lacks are added. A locked school year is refused
    (``store/year_lock.py``). The chains keep the status of
    the file, except that chains breaking an error rule become concept. A version 2 plan
    also brings the links between its pupils and chains, the record, evaluations,
    measurements and cancelled chains, and settings the database has none of
    (``plan_import_links``).
    """
    plan = as_school_plan(document)
    with database.transaction() as session:
        # One import (or move to the next year) at a time: a second waits, then finds
        # what the first made (a class that exists now is refused, not doubled).
        exclusive(session)
        targets = resolve_references(session, plan, replace=replace, source=source)
        for found in targets.years:
            if found.year is not None and found.year.locked:
                raise locked_error(found.year.label)
        summary = _write(session, plan, targets)
    log_import("plan file", summary)
    return summary


def _write(session: Session, plan: SchoolPlan, targets: PlanTargets) -> ImportSummary:
    school = targets.school
    if school is None:
        plan_school = plan.school
        school = School(name=plan_school.name, region=plan_school.region, place=plan_school.place)
        if plan_school.uid is not None:
            school.uid = plan_school.uid
        school.liberation_day_off = plan_school.liberation_day_off
        school.good_friday_off = plan_school.good_friday_off
        school.contact_name = plan_school.contact_name
        school.contact_phone = plan_school.contact_phone
        school.contact_email = plan_school.contact_email
        session.add(school)
    written = Written()
    new_years: list[SchoolYearRow] = []
    for plan_year, found in zip(plan.years, targets.years, strict=True):
        year = found.year
        if year is None:
            label = plan_year.school_year
            year = SchoolYearRow(label=label.label, start_date=label.start, end_date=label.end)
            school.school_years.append(year)
            new_years.append(year)
        _merge_calendar(year, plan_year)
        written.years.append(year)
        _write_classes(session, plan_year, found, year, written)

    companies = dict(targets.companies)
    added = 0
    labels = {year.label for year in written.years}
    for plan_company in plan.companies:
        if plan_company.key not in companies:
            companies[plan_company.key] = _new_company(session, plan_company, targets)
            added += 1
        company = companies[plan_company.key]
        # A confirmation is for one school year; an import never takes one away.
        for confirmed in plan_company.confirmed_years:
            if confirmed in labels and not company.confirmed_for(confirmed):
                company.confirmations.append(CompanyConfirmation(school_year=confirmed))

    chains = []
    # A chain keeps its identifier (its calendar events stay the same) unless a chain of this
    # database, or an earlier one of the file, has it already (the same plan imported twice).
    with session.no_autoflush:
        taken = set(session.scalars(select(Chain.uid)))
    for plan_year, found, classes in zip(plan.years, targets.years, written.classes, strict=True):
        for plan_chain, company_key in zip(plan_year.chains, found.chain_companies, strict=True):
            visited = companies[company_key] if company_key else None
            chain = _new_chain(plan_chain, classes[plan_chain.class_name], visited, targets)
            if plan_chain.uid is not None and plan_chain.uid not in taken:
                chain.uid = plan_chain.uid
            else:
                chain.uid = new_uid()
            taken.add(chain.uid)
            session.add(chain)
            chains.append(chain)
            written.chains.append((plan_chain, chain))
    session.flush()
    write_links(session, plan, school, written)
    demoted = demote_chains_with_errors(session, chains)
    if plan.version >= 2:
        # As ``year new`` leaves them: a year before the newest is history. Last, for a
        # locked year takes no more writes.
        newest = max(y.label for y in school.school_years)
        for year in new_years:
            year.locked = year.label < newest
    session.flush()
    return ImportSummary(
        school=school.name,
        school_year=", ".join(y.school_year.label for y in plan.years),
        new_school=targets.school is None,
        classes=sum(len(y.classes) for y in plan.years),
        classes_replaced=written.replaced,
        pupils=sum(len(c.pupils) for y in plan.years for c in y.classes),
        companies_added=added,
        chains=len(chains),
        concept_chains=sum(1 for c in chains if c.status is ChainStatus.CONCEPT),
        demoted_chains=len(demoted),
        school_years=tuple(y.school_year.label for y in plan.years),
    )


def _write_classes(
    session: Session, plan_year: PlanYear, found: YearTargets, year: SchoolYearRow, written: Written
) -> None:
    classes = dict(found.existing_classes)
    replaced = [classes.pop(c.name) for c in plan_year.classes if c.name in classes]
    for old in replaced:
        year.classes.remove(old)  # delete-orphan: pupils and chains go with it
    if replaced:
        session.flush()  # free the names before the new classes take them
    for plan_class in plan_year.classes:
        school_class = SchoolClass(
            name=plan_class.name, grade=plan_class.grade, teacher=plan_class.teacher
        )
        school_class.pupils = [Pupil(display_name=m.name) for m in plan_class.members]
        for member, pupil in zip(plan_class.members, school_class.pupils, strict=True):
            written.pupils[member.key] = (member, pupil)
        written.origins.append((plan_year, plan_class, school_class))
        year.classes.append(school_class)
        classes[plan_class.name] = school_class
    written.replaced += len(replaced)
    written.classes.append(classes)


def _merge_calendar(year: SchoolYearRow, document: PlanYear) -> None:
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
        activity_end_date=plan.activity_end_date,
        letter_variant=plan.letter_variant,
        visit_start=plan.visit_start,
        visit_end=plan.visit_end,
        visit_goal=plan.visit_goal,
        research_question=plan.research_question,
        pupil_questions=plan.pupil_questions,
        day_programme=(
            None
            if plan.day_programme is None
            else [
                {"time": f"{i.time:%H:%M}" if i.time else None, "what": i.what}
                for i in plan.day_programme
            ]
        ),
    )
    chain.tasks = [targets.activities[key] for key in plan.tasks]
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
