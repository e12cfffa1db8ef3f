"""The next school year: classes up one groep with their pupils, last year's plan as concepts.

``plan_next_year`` proposes the move (a preview the window shows and the user may
change: names and teachers of the new classes); ``start_next_year`` carries it out
in the caller's transaction, all or nothing:

- every class of groep 1–7 goes on as a class of the next groep, named one groep up
  (``domain.years.next_class_name``), with its teacher and a new row for each pupil
  that points back to last year's (``Pupil.previous_id``, the pupil's record);
  groep 8 leaves: its pupils stay in last year's class (history) only;
- a new, empty groep 1 comes for each groep 1 of last year (same name and teacher);
- the chains each groep had last year come back as concepts for the class that has
  that groep now, in the same school week on a school day of the new year, the
  lessons placed again by the proposal; notes and observation come along as "Van
  vorig jaar" text; a chain that no longer fits in the year is left out and named;
- study days, holiday moves and free-day choices of last year are not copied (the
  free days are the school's, for every year); companies must confirm again: a
  confirmation is per school year (``CompanyConfirmation``), so the new year starts
  without any and last year keeps its own;
- last year stays as it was and is locked (``store/year_lock.py``: read-only until
  unlocked).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.proposal import propose_chain
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.years import (
    LAST_GRADE,
    check_next_label,
    next_class_name,
    same_week_in,
    school_week,
)
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.models import (
    Chain,
    ChainLesson,
    Pupil,
    SchoolClass,
    SchoolYearRow,
)

FROM_LAST_YEAR = "Van vorig jaar"


@dataclass(frozen=True)
class ClassMove:
    """One class of the new year: where it comes from, its name, groep and teacher.

    ``previous_id`` None: a new class (a new groep 1, empty).
    ``chains_from``: last year's class whose chains come back for this one.
    """

    name: str
    grade: int
    teacher: str
    previous_id: int | None
    previous_name: str = ""
    pupils: int = 0
    chains_from: int | None = None
    chains: int = 0


@dataclass(frozen=True)
class NextYearPlan:
    """The move from ``from_label`` to ``label`` (a preview, changeable before it is done)."""

    from_label: str
    label: str
    classes: tuple[ClassMove, ...]
    leaving: tuple[str, ...] = ()
    """Last year's groep 8 classes: their pupils leave the school."""
    leaving_pupils: int = 0

    def with_class(self, index: int, **changes: object) -> NextYearPlan:
        """The plan with class ``index`` changed (its ``name`` or ``teacher``)."""
        classes = list(self.classes)
        classes[index] = replace(classes[index], **changes)  # type: ignore[arg-type]
        return replace(self, classes=tuple(classes))


@dataclass(frozen=True)
class NextYearSummary:
    """What ``start_next_year`` did."""

    label: str
    classes: int
    pupils: int
    chains: int
    left_out: tuple[str, ...] = ()
    """Chains of last year that found no room in the new year, as Dutch lines."""
    leaving_pupils: int = 0
    companies_to_confirm: int = 0
    """Companies the new year's chains visit: none has confirmed for the new year yet."""
    year_id: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


def latest_year(session: Session) -> SchoolYearRow:
    """The newest school year of the database (Dutch NotFoundError without one)."""
    year = session.scalars(select(SchoolYearRow).order_by(SchoolYearRow.label.desc())).first()
    if year is None:
        raise NotFoundError(
            "Deze database heeft nog geen schooljaar. Maak eerst een klas aan (in het venster of "
            "met 'beroepsplanner plan import').",
            key="no-school-year-yet",
        )
    return year


def plan_next_year(session: Session, label: str | None = None) -> NextYearPlan:
    """The proposed move from the newest school year to ``label`` (default: the next one)."""
    from beroepsplanner.domain.years import next_label

    old = latest_year(session)
    label = label or next_label(old.label)
    check_next_label(old.label, label)
    classes = sorted(old.classes, key=lambda c: (c.grade, c.name))
    by_grade: dict[int, list[SchoolClass]] = {}
    for school_class in classes:
        by_grade.setdefault(school_class.grade, []).append(school_class)

    moves: list[ClassMove] = []
    for school_class in classes:
        if school_class.grade == 1:
            moves.append(
                ClassMove(
                    name=school_class.name,
                    grade=1,
                    teacher=school_class.teacher,
                    previous_id=None,
                    chains_from=school_class.id,
                    chains=len(school_class.chains),
                )
            )
    for school_class in classes:
        if school_class.grade >= LAST_GRADE:
            continue
        grade = school_class.grade + 1
        name = next_class_name(school_class.name)
        source = _chain_source(by_grade.get(grade, []), name)
        moves.append(
            ClassMove(
                name=name,
                grade=grade,
                teacher=school_class.teacher,
                previous_id=school_class.id,
                previous_name=school_class.name,
                pupils=len(school_class.pupils),
                chains_from=source.id if source else None,
                chains=len(source.chains) if source else 0,
            )
        )
    leaving = [c for c in classes if c.grade >= LAST_GRADE]
    return NextYearPlan(
        from_label=old.label,
        label=label,
        classes=tuple(sorted(moves, key=lambda m: (m.grade, m.name))),
        leaving=tuple(c.name for c in leaving),
        leaving_pupils=sum(len(c.pupils) for c in leaving),
    )


def _chain_source(candidates: list[SchoolClass], name: str) -> SchoolClass | None:
    """Last year's class of the groep whose plan a new class gets: the one with the same
    name, else the same letter ("Groep 7b" from "7b"), else the first of the groep."""
    if not candidates:
        return None
    for school_class in candidates:
        if school_class.name.casefold() == name.casefold():
            return school_class
    letter = name.rstrip()[-1:].casefold()
    for school_class in candidates:
        if letter.isalpha() and school_class.name.rstrip()[-1:].casefold() == letter:
            return school_class
    return candidates[0]


def start_next_year(session: Session, plan: NextYearPlan) -> NextYearSummary:
    """Carry out ``plan`` in the caller's transaction (see the module's docstring)."""
    old = latest_year(session)
    check_next_label(old.label, plan.label)
    if old.label != plan.from_label:
        raise InvalidInputError(
            f"Het voorstel gaat uit van {plan.from_label}, maar het nieuwste schooljaar is nu "
            f"{old.label}. Maak het voorstel opnieuw.",
            key="next-year-plan-outdated",
            from_year=plan.from_label,
            latest=old.label,
        )
    names = [m.name.strip() for m in plan.classes]
    doubles = sorted({n for n in names if names.count(n) > 1})
    if doubles:
        raise InvalidInputError(
            f"Twee klassen van {plan.label} heten {', '.join(doubles)}. Geef elke klas een "
            "eigen naam.",
            key="next-year-names-double",
            year=plan.label,
            names=", ".join(doubles),
        )
    if any(not n for n in names):
        raise InvalidInputError(
            "Elke klas van het nieuwe schooljaar heeft een naam nodig.",
            key="next-year-name-missing",
        )
    school_year = SchoolYear.parse(plan.label)
    year = SchoolYearRow(
        school=old.school,
        label=plan.label,
        start_date=school_year.start,
        end_date=school_year.end,
    )
    session.add(year)
    old_classes = {c.id: c for c in old.classes}
    new_classes: list[tuple[ClassMove, SchoolClass]] = []
    pupils = 0
    for move in plan.classes:
        school_class = SchoolClass(name=move.name.strip(), grade=move.grade, teacher=move.teacher)
        year.classes.append(school_class)
        previous = old_classes.get(move.previous_id) if move.previous_id is not None else None
        if previous is not None:
            school_class.previous_classes = [previous]
            for pupil in previous.pupils:
                school_class.pupils.append(Pupil(display_name=pupil.display_name, previous_id=pupil.id))
                pupils += 1
        new_classes.append((move, school_class))
    session.flush()

    calendar = calendar_of(year)
    old_year = SchoolYear.parse(old.label)
    copied = 0
    left_out: list[str] = []
    with session.no_autoflush:
        copied = _copy_chains(session, plan, new_classes, old_classes, calendar, old_year, left_out)
    for earlier in old.school.school_years:
        if earlier is not year:
            earlier.locked = True
    session.flush()
    return NextYearSummary(
        label=plan.label,
        classes=len(new_classes),
        pupils=pupils,
        chains=copied,
        left_out=tuple(left_out),
        leaving_pupils=plan.leaving_pupils,
        companies_to_confirm=len(
            {chain.company_id for _move, c in new_classes for chain in c.chains if chain.company_id}
        ),
        year_id=year.id,
    )


def _copy_chains(
    session: Session,
    plan: NextYearPlan,
    new_classes: list[tuple[ClassMove, SchoolClass]],
    old_classes: dict[int, SchoolClass],
    calendar,  # type: ignore[no-untyped-def]
    old_year: SchoolYear,
    left_out: list[str],
) -> int:
    """Copy last year's chains of each groep to the class that has the groep now."""
    school_year = SchoolYear.parse(plan.label)
    copied = 0
    for move, school_class in new_classes:
        source = old_classes.get(move.chains_from) if move.chains_from is not None else None
        if source is None:
            continue
        busy: set[dt.date] = set()
        for chain in sorted(source.chains, key=lambda c: c.date):
            week = same_week_in(school_year, school_week(old_year, chain.date))
            copy = _copy_chain(chain, school_class, calendar, week, busy)
            if copy is None:
                left_out.append(
                    f"{chain.activity.title} ({source.name}, {chain.date:%d-%m-%Y}) past niet meer "
                    f"in {plan.label} voor {school_class.name}; plan die keten opnieuw."
                )
                continue
            session.add(copy)
            busy.add(copy.date)
            busy.update(lesson.date for lesson in copy.lessons)
            copied += 1
    return copied


def _copy_chain(
    chain: Chain, school_class: SchoolClass, calendar, week: dt.date, busy: set[dt.date]  # type: ignore[no-untyped-def]
) -> Chain | None:
    """Last year's ``chain`` as a concept of ``school_class`` in ``week``, or None when the
    new year has no room for it there."""
    preparations = [x for x in chain.lessons if x.kind == LessonKind.PREPARATION]
    reflections = [x for x in chain.lessons if x.kind == LessonKind.REFLECTION]
    try:
        proposal = propose_chain(
            calendar,
            preparation_lessons=max(1, min(2, len(preparations))),
            reflection_lessons=max(1, min(2, len(reflections))),
            week=week,
            busy=busy,
        )
    except (InvalidInputError, ValueError):
        return None
    notes = [
        text
        for text in (
            f"{FROM_LAST_YEAR}: {chain.notes.strip()}" if chain.notes.strip() else "",
            f"{FROM_LAST_YEAR} (observatie): {chain.observation.strip()}"
            if chain.observation.strip()
            else "",
        )
        if text
    ]
    copy = Chain(
        school_class=school_class,
        activity=chain.activity,
        company=chain.company,
        origin_chain_id=chain.id,
        date=proposal.date,
        status=ChainStatus.CONCEPT,
        project=chain.project,
        core_objectives=list(chain.core_objectives or []),
        transport_arranged=False,
        transport_mode=chain.transport_mode,
        departure_time=chain.departure_time,
        return_time=chain.return_time,
        companions=chain.companions,
        notes="\n".join(notes),
        observation="",
    )
    copy.role_models = list(chain.role_models)
    for kind, old_lessons, dates in (
        (LessonKind.PREPARATION, preparations, proposal.preparation),
        (LessonKind.REFLECTION, reflections, proposal.reflection),
    ):
        ordered = sorted(old_lessons, key=lambda x: (x.date, x.position))
        for position, day in enumerate(dates):
            old_lesson = ordered[position] if position < len(ordered) else None
            copy.lessons.append(
                ChainLesson(
                    kind=kind,
                    position=position,
                    date=day,
                    title=old_lesson.title if old_lesson else "",
                    template_id=old_lesson.template_id if old_lesson else None,
                )
            )
    return copy


def load_for_move(session: Session) -> None:
    """Load the newest year's classes, pupils and chains in a few queries (a large school)."""
    year = latest_year(session)
    session.scalars(
        select(SchoolClass)
        .where(SchoolClass.school_year_id == year.id)
        .options(
            selectinload(SchoolClass.pupils),
            selectinload(SchoolClass.chains).selectinload(Chain.lessons),
            selectinload(SchoolClass.chains).selectinload(Chain.role_models),
        )
    ).all()
