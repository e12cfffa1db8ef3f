"""Gather what a printed document needs from the database, as plain data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.chain import (
    ActivityRef,
    CompanyRef,
    ProfessionRef,
    RoleModelRef,
    meeting_of,
)
from beroepsplanner.domain.documents import (
    ChainBar,
    ChainDocument,
    ClassLine,
    LessonSheet,
    PrintableChain,
    Question,
    RoleModelLine,
    TaskSheet,
    YearPlanDocument,
    class_set,
)
from beroepsplanner.domain.evaluation import EvaluationDocument
from beroepsplanner.domain.kinds import LessonKind, WorldKind
from beroepsplanner.domain.parent_documents import HomeCardDocument, WorldsSheetDocument
from beroepsplanner.domain.pupil_record import RecordDocument
from beroepsplanner.domain.report import SchoolReport
from beroepsplanner.domain.rule_settings import companions_needed
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_evaluations import evaluation_document
from beroepsplanner.store.checks import calendar_of, load_rule_settings
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.document_query import lesson_steps
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainLesson,
    Company,
    LessonTemplate,
    Profession,
    RoleModel,
    SchoolClass,
    World,
    chain_tasks,
)
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.record_document import record_document
from beroepsplanner.store.school_years import chosen_school_year


def _steps(template: LessonTemplate, company: Company | None) -> tuple[str, ...]:
    if company is None:
        return tuple(template.steps)
    return lesson_steps(template.steps, company.name, company.safety_notes)


def _lesson_sheet(lesson: ChainLesson, company: Company | None) -> LessonSheet:
    template = lesson.template
    return LessonSheet(
        kind=lesson.kind,
        date=lesson.date,
        title=lesson.title or (template.title if template else lesson.kind.label.capitalize()),
        goal=template.goal if template else "",
        duration_minutes=template.duration_minutes if template else None,
        steps=_steps(template, company) if template else (),
        materials=tuple(template.materials) if template else (),
        questions=tuple(
            Question(q.text, q.kind, q.competence.label if q.competence else None)
            for q in template.questions
        )
        if template
        else (),
        notes=lesson.notes,
    )


def _role_model_line(role: RoleModel) -> RoleModelLine:
    profession = role.profession.name if role.profession else role.profession_text
    return RoleModelLine(
        role.name, profession, role.counter_stereotypical, parent=role.parent_id is not None
    )


def _world_name(world: World | None) -> tuple[str | None, str | None]:
    """(world of technology, other sector) of a profession's world."""
    if world is None:
        return None, None
    if world.kind is WorldKind.TECHNOLOGY:
        return world.name, None
    return None, world.name


def _profession_ref(profession: Profession) -> ProfessionRef:
    world, sector = _world_name(profession.world)
    return ProfessionRef(profession.name, world=world, sector=sector)


def _role_model_ref(role: RoleModel) -> RoleModelRef:
    if role.profession is not None:
        profession: ProfessionRef | None = _profession_ref(role.profession)
    else:
        typed = role.profession_text.strip()
        profession = ProfessionRef(typed) if typed else None
    return RoleModelRef(role.name, role.counter_stereotypical, profession, role.id)


def _world_order(world: World) -> tuple[bool, int, str]:
    return (world.kind != WorldKind.TECHNOLOGY, world.number or 0, world.name)


def met_on_paper(chain: Chain) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The worlds (of technology first, in their order, then other sectors) and professions
    the paper of ``chain`` says the pupils meet: the same rule as the rules' view
    (``domain.chain.meeting_of``) — the company's worlds and professions and the role models'
    professions; without a company the activity's own professions. Professions keep their
    order (company's, then role models') without repeats."""
    activity, company = chain.activity, chain.company
    roles = [_role_model_ref(r) for r in chain.role_models]
    company_ref = (
        CompanyRef(
            company.name,
            worlds=tuple(w.name for w in company.worlds if w.kind is WorldKind.TECHNOLOGY),
            sectors=tuple(w.name for w in company.worlds if w.kind is not WorldKind.TECHNOLOGY),
            professions=tuple(_profession_ref(p) for p in company.professions),
        )
        if company is not None
        else None
    )
    activity_ref = ActivityRef(
        activity.key, activity.title, activity.kind,
        professions=tuple(_profession_ref(p) for p in activity.professions),
    )
    meeting = meeting_of(activity_ref, company_ref, roles)
    met = meeting.worlds | meeting.sectors
    known = {w.name: w for w in _candidate_worlds(chain)}
    worlds = sorted(
        met, key=lambda name: _world_order(known[name]) if name in known else (True, 99, name)
    )
    ordered = [p.name for p in (company_ref.professions if company_ref else activity_ref.professions)]
    ordered += [r.profession.name for r in roles if r.profession is not None]
    professions = tuple(dict.fromkeys(p for p in ordered if p in meeting.professions))
    return tuple(worlds), professions


def _candidate_worlds(chain: Chain) -> list[World]:
    worlds = list(chain.company.worlds) if chain.company else []
    people = list(chain.company.professions) if chain.company else list(chain.activity.professions)
    people += [r.profession for r in chain.role_models if r.profession is not None]
    worlds += [p.world for p in people if p.world is not None]
    return worlds


def _chain_query() -> Select[Chain]:
    return select(Chain).options(
        joinedload(Chain.school_class).joinedload(SchoolClass.school_year),
        joinedload(Chain.activity).joinedload(Activity.provider),
        joinedload(Chain.activity).selectinload(Activity.worlds),
        joinedload(Chain.activity).selectinload(Activity.professions).joinedload(Profession.world),
        joinedload(Chain.company).selectinload(Company.worlds),
        joinedload(Chain.company).selectinload(Company.professions).joinedload(Profession.world),
        selectinload(Chain.lessons)
        .joinedload(ChainLesson.template)
        .selectinload(LessonTemplate.questions),
        selectinload(Chain.role_models).joinedload(RoleModel.profession).joinedload(Profession.world),
        selectinload(Chain.tasks),
    )


def chain_document(session: Session, chain: Chain) -> ChainDocument:
    """Everything printed about one chain."""
    school = the_school(session)
    school_class = chain.school_class
    activity = chain.activity
    company = chain.company
    pupils = tuple(p.display_name for p in school_class.pupils)
    is_outing = activity.needs_transport or activity.kind.is_outing
    lessons = sorted(chain.lessons, key=lambda lesson: (lesson.date, lesson.position))
    worlds, professions = met_on_paper(chain)
    return ChainDocument(
        chain_id=chain.id,
        school=school.name if school else "",
        school_year=school_class.school_year.label,
        class_name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        activity_key=activity.key,
        activity_title=activity.title,
        pupil_title=activity.pupil_title or "",
        activity_kind=activity.kind,
        activity_description=activity.description,
        provider=activity.provider.name if activity.provider else "",
        date=chain.date,
        duration_minutes=activity.duration_minutes,
        company=company.name if company else None,
        company_place=company.place if company else "",
        company_address=company.address if company else "",
        company_description=company.description if company else "",
        safety_notes=company.safety_notes if company else "",
        is_outing=is_outing,
        companions_needed=companions_needed(
            school_class.grade, len(pupils), load_rule_settings(session)
        )[0]
        if is_outing
        else 0,
        transport_mode=chain.transport_mode,
        transport_arranged=chain.transport_arranged,
        departure_time=chain.departure_time,
        return_time=chain.return_time,
        project=chain.project,
        worlds=worlds,
        professions=professions,
        role_models=tuple(_role_model_line(r) for r in chain.role_models),
        preparation=tuple(_lesson_sheet(x, company) for x in lessons if x.kind == LessonKind.PREPARATION),
        reflection=tuple(_lesson_sheet(x, company) for x in lessons if x.kind == LessonKind.REFLECTION),
        pupils=pupils,
        end_date=chain.activity_end_date,
        tasks=tuple(
            TaskSheet(task.key, task.title, task.pupil_title or "", task.description)
            for task in chain.tasks
        ),
        letter_variant=chain.letter_variant,
    )


def chain_document_by_id(session: Session, chain_id: int) -> ChainDocument:
    """The document data of chain ``chain_id``; NotFoundError (Dutch) when there is none."""
    chain = session.scalars(_chain_query().where(Chain.id == chain_id)).unique().one_or_none()
    if chain is None:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. "
            "'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown",
            number=chain_id,
        )
    return chain_document(session, chain)


def homecard_document(session: Session, chain_id: int, *, on: dt.date | None = None) -> HomeCardDocument:
    """The cards for home of chain ``chain_id`` (``store/parent_documents.homecard_pupils``:
    refused for a concept and before the activity's day, ``on`` default today)."""
    from beroepsplanner.store.parent_documents import homecard_pupils

    pupils = homecard_pupils(session, chain_id, on=on)
    return HomeCardDocument(chain=chain_document_by_id(session, chain_id), pupils=pupils)


def class_chain_documents(session: Session, class_name: str) -> list[ChainDocument]:
    """The document data of every chain of a class, by date."""
    school_class = find_class(session, class_name)
    chains = session.scalars(
        _chain_query().where(Chain.class_id == school_class.id).order_by(Chain.date, Chain.id)
    ).unique()
    return [chain_document(session, chain) for chain in chains]


def chain_documents(session: Session, chain_ids: list[int]) -> list[ChainDocument]:
    """The document data of these chains, in this order; NotFoundError for one that is gone."""
    found = {
        chain.id: chain
        for chain in session.scalars(_chain_query().where(Chain.id.in_(chain_ids))).unique()
    }
    missing = [i for i in chain_ids if i not in found]
    if missing:
        raise NotFoundError(
            f"Keten {missing[0]} bestaat niet meer; misschien is hij intussen verwijderd.",
            key="chain-number-gone",
            number=missing[0],
        )
    return [chain_document(session, found[i]) for i in chain_ids]


def printable_chains(session: Session, class_id: int) -> list[PrintableChain]:
    """The chains of a class by date, with what printing needs to choose: status, error
    findings (those of the planner) and pupils."""
    # Imported here: the planner's module is large and printing from the command line
    # needs it only for a class set.
    from beroepsplanner.store.planner import class_row

    row = class_row(session, class_id)
    school_class = session.get(SchoolClass, class_id)
    pupils = len(school_class.pupils) if school_class is not None else 0
    tasks: dict[int, int] = dict(
        session.execute(
            select(chain_tasks.c.chain_id, func.count())
            .join(Chain, Chain.id == chain_tasks.c.chain_id)
            .where(Chain.class_id == class_id)
            .group_by(chain_tasks.c.chain_id)
        ).all()
    )
    return [
        PrintableChain(
            id=bar.chain_id, class_name=row.name, grade=row.grade, activity_title=bar.activity_title,
            date=bar.date, status=bar.status, pupils=pupils, company=bar.company, errors=bar.errors,
            tasks=tasks.get(bar.chain_id, 0),
        )
        for bar in sorted(row.bars, key=lambda b: (b.date, b.chain_id))
    ]


def class_logbook_chains(
    session: Session,
    class_name: str,
    *,
    include_errors: bool = False,
    school_year: str | None = None,
) -> tuple[list[PrintableChain], list[PrintableChain]]:
    """The chains a class set of logbooks of ``class_name`` (in ``school_year``, else the
    newest year with that class) prints, and those it leaves out
    (``domain.documents.class_set``)."""
    school_class = find_class(session, class_name, school_year=school_year)
    return class_set(printable_chains(session, school_class.id), include_errors=include_errors)


def year_plan_document(
    session: Session, class_name: str | None = None, *, school_year: str | None = None
) -> YearPlanDocument:
    """The year plan of one class, or of every class of ``school_year`` (a label; default
    the newest school year)."""
    school = the_school(session)
    if school is None or not school.school_years:
        raise NotFoundError(
            "Deze database heeft nog geen school en schooljaar. Maak eerst een klas aan "
            "(of probeer 'beroepsplanner demo' in een nieuw bestand).",
            key="no-school-and-year",
        )
    if class_name is not None:
        classes = [find_class(session, class_name, school_year=school_year)]
        year = classes[0].school_year
    else:
        if school_year is not None:
            year = chosen_school_year(session, school_year)
        else:
            year = max(school.school_years, key=lambda y: y.label)
        classes = list(year.classes)
    calendar = calendar_of(year)
    school_days = calendar.school_days()
    weeks: list[dt.date] = []
    if school_days:
        monday = calendar.week_of(school_days[0])
        while monday <= school_days[-1]:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
    lines = []
    for school_class in sorted(classes, key=lambda c: (c.grade, c.name)):
        bars = tuple(
            ChainBar(
                activity_title=chain.activity.title,
                date=chain.date,
                preparation=tuple(
                    sorted(x.date for x in chain.lessons if x.kind == LessonKind.PREPARATION)
                ),
                reflection=tuple(
                    sorted(x.date for x in chain.lessons if x.kind == LessonKind.REFLECTION)
                ),
                status=chain.status,
                company=chain.company.name if chain.company else None,
                end_date=chain.activity_end_date,
            )
            for chain in sorted(school_class.chains, key=lambda c: c.date)
        )
        lines.append(ClassLine(school_class.name, school_class.grade, school_class.teacher, bars))
    days_off = {
        day: reason
        for day, reason in calendar.days_off.items()
        if day.weekday() < 5 and weeks and weeks[0] <= day <= weeks[-1] + dt.timedelta(days=4)
    }
    return YearPlanDocument(
        school=school.name,
        region=school.region.label,
        school_year=year.label,
        weeks=tuple(weeks),
        days_off=days_off,
        classes=tuple(lines),
    )


def print_data(
    session: Session,
    document: str,
    *,
    chain_id: int | None = None,
    chain_ids: list[int] | None = None,
    class_name: str | None = None,
    include_errors: bool = False,
    school_year: str | None = None,
) -> (
    ChainDocument | list[ChainDocument] | YearPlanDocument | RecordDocument | SchoolReport
    | HomeCardDocument | WorldsSheetDocument | EvaluationDocument
):
    """What ``printing.jobs.render_document`` needs for ``document`` ("logbooks", "lessons",
    "letter", "yearplan", "record", "homecard", "worlds", "evaluation"): a chain's evaluation forms, the year plan (of a class, or the
    school), the record of a class's pupils (``store/record_document.py``), the parents'
    sheet of the seven worlds and the cards for home of a chain
    (``store/parent_documents.py``), one chain, the
    logbooks of ``chain_ids``, or the class set of a class (logbooks with ``class_name``:
    the chains not done yet, concept chains with errors only with ``include_errors``).
    Shared by the command line and the window's print worker; a class set without chains
    is a Dutch InvalidInputError that says why. ``school_year`` (a label) is the year a
    class name and the school's year plan are looked up in (default: the newest)."""
    if document == "yearplan":
        return year_plan_document(session, class_name, school_year=school_year)
    if document == "report":
        from beroepsplanner.store.report import read_report

        return read_report(session, chosen_school_year(session, school_year).label)
    if document == "worlds":
        from beroepsplanner.store.parent_documents import worlds_sheet_document

        return worlds_sheet_document(session)
    if document == "homecard" and chain_id is not None:
        return homecard_document(session, chain_id)
    if document == "record" and class_name is not None:
        return record_document(session, class_name, school_year=school_year)
    if document == "evaluation" and chain_id is not None:
        return evaluation_document(session, chain_id)
    if chain_id is not None:
        return chain_document_by_id(session, chain_id)
    if document == "logbooks" and chain_ids:
        return chain_documents(session, list(chain_ids))
    if document == "logbooks" and class_name:
        printed, left_out = class_logbook_chains(
            session, class_name, include_errors=include_errors, school_year=school_year
        )
        if not printed:
            raise InvalidInputError(
                _nothing_to_print(class_name, left_out),
                key="no-logbooks-left" if left_out else "no-chains-to-print",
                class_name=class_name,
                carried_out=", ".join(f"'{c.activity_title}'" for c in left_out if c.done),
                with_errors=", ".join(f"'{c.activity_title}'" for c in left_out if not c.done),
            )
        return chain_documents(session, [c.id for c in printed])
    raise ValueError(f"nothing to print: {document} without a chain or a class")


def left_out_text(left_out: list[PrintableChain]) -> str:
    """``'Dit doe ik' (uitgevoerd), 'Workshop (Zabuki)' (concept met fouten)``."""
    return ", ".join(
        f"'{c.activity_title}' ({'uitgevoerd' if c.done else 'concept met fouten'})" for c in left_out
    )


def _nothing_to_print(class_name: str, left_out: list[PrintableChain]) -> str:
    if not left_out:
        return f"{class_name} heeft nog geen ketens; er is niets te printen."
    return (
        f"{class_name} heeft geen ketens meer om logboeken voor te printen: "
        f"{left_out_text(left_out)}. Kies één keten."
    )
