"""The next school year: classes up one groep with their pupils, last year's plan as concepts.

``plan_next_year`` proposes the move (a ``NextYearPlan`` of ``ClassMove``'s, in
``domain/next_year.py``: a preview the window's wizard and ``year new`` show, and that
the user may change: names, groepen and teachers of the new classes, a class split in
two or two made one, a class list for a new groep 1); ``start_next_year`` carries it out
in the caller's transaction, all or nothing; ``preview_next_year`` does the same in a
transaction that it rolls back, to say beforehand what the move will do:

- every class of groep 1–7 goes on as a class of the next groep, named one groep up
  (``domain.years.next_class_name``), with its teacher and a new row for each pupil
  that points back to last year's (``Pupil.previous_id``, the pupil's record); a split
  or merged class lists its pupils explicitly and keeps its origins in
  ``SchoolClass.previous_classes``; groep 8 leaves: its pupils stay in last year's
  class (history) only;
- a new, empty groep 1 comes for each groep 1 of last year (same name and teacher),
  or with the names of a class list;
- the chains each groep had last year come back as concepts for the class that has
  that groep now (``ClassMove.chains_from``), in the same school week on a school day
  of the new year, the lessons placed again by the proposal; notes and observation
  come along as "Van vorig jaar" text; a chain that no longer fits in the year is left
  out and named;
- study days, holiday moves and free-day choices of last year are not copied (the
  free days are the school's, for every year); companies must confirm again: a
  confirmation is per school year (``CompanyConfirmation``), so the new year starts
  without any and last year keeps its own;
- last year stays as it was and is locked (``store/year_lock.py``: read-only until
  unlocked). ``store/year_rows.py`` takes the move back whole (the window's undo).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.next_year import (
    ClassMove,
    LastYearClass,
    LastYearPupil,
    NextYearPlan,
)
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.years import (
    LAST_GRADE,
    check_next_label,
    next_class_name,
    next_label,
    plan_source,
)
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.models import (
    Chain,
    Pupil,
    SchoolClass,
    SchoolYearRow,
)
from beroepsplanner.store.pupils import add_pupil, rename_pupil
from beroepsplanner.store.write_locks import exclusive
from beroepsplanner.store.year_chains import FROM_LAST_YEAR, copy_chains

__all__ = [
    "FROM_LAST_YEAR",
    "ClassMove",
    "LastYearClass",
    "LastYearPupil",
    "NextYearPlan",
    "NextYearSummary",
    "latest_year",
    "load_for_move",
    "plan_next_year",
    "preview_next_year",
    "refuse_existing_year",
    "start_next_year",
]



@dataclass(frozen=True)
class NextYearSummary:
    """What ``start_next_year`` did."""

    label: str
    classes: int
    pupils: int
    chains: int
    left_out: tuple[str, ...] = ()
    """Chains of last year that found no room in the new year: Dutch lines, each a
    ``Problem`` with the key ``next-year-chain-left-out`` (the window's English)."""
    leaving_pupils: int = 0
    companies_to_confirm: int = 0
    """Companies the new year's chains visit: none has confirmed for the new year yet."""
    year_id: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    chains_per_class: tuple[tuple[str, int], ...] = ()
    """(new class, how many of last year's chains came back for it), in the plan's order."""


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
    old = latest_year(session)
    label = label or next_label(old.label)
    refuse_existing_year(session, label)
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
                previous_ids=(school_class.id,),
                previous_names=(school_class.name,),
                pupil_ids=tuple(p.id for p in school_class.pupils),
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
        last_classes=tuple(
            LastYearClass(c.id, c.name, c.grade, c.teacher, len(c.chains)) for c in classes
        ),
        last_pupils=tuple(
            LastYearPupil(p.id, p.display_name, c.id) for c in classes for p in c.pupils
        ),
    )


def _chain_source(candidates: list[SchoolClass], name: str) -> SchoolClass | None:
    """Last year's class of the groep whose plan a new class gets (``domain.years.plan_source``)."""
    index = plan_source([c.name for c in candidates], name)
    return None if index is None else candidates[index]


def start_next_year(session: Session, plan: NextYearPlan) -> NextYearSummary:
    """Carry out ``plan`` in the caller's transaction (see the module's docstring).

    One move (or import) at a time (``write_locks.exclusive``): a second ``year new`` for
    the same year waits for the first and is then refused ("bestaat al"), never a second
    new year.
    """
    exclusive(session)
    refuse_existing_year(session, plan.label)
    old = latest_year(session)
    _check_plan(old, plan)
    school_year = SchoolYear.parse(plan.label)
    year = SchoolYearRow(
        school=old.school,
        label=plan.label,
        start_date=school_year.start,
        end_date=school_year.end,
    )
    session.add(year)
    old_classes = {c.id: c for c in old.classes}
    old_pupils = {p.id: p for c in old.classes for p in c.pupils}
    new_classes: list[tuple[ClassMove, SchoolClass]] = []
    pupils = 0
    for move in plan.classes:
        school_class = SchoolClass(name=move.name.strip(), grade=move.grade, teacher=move.teacher)
        year.classes.append(school_class)
        school_class.previous_classes = [old_classes[i] for i in move.previous_ids]
        for pupil_id in move.pupil_ids:
            pupil = old_pupils[pupil_id]
            school_class.pupils.append(Pupil(display_name=pupil.display_name, previous_id=pupil.id))
            pupils += 1
        new_classes.append((move, school_class))
    session.flush()
    for move, school_class in new_classes:
        _rename_and_add(session, plan, move, school_class)
        pupils += len(move.new_pupils)

    calendar = calendar_of(year)
    old_year = SchoolYear.parse(old.label)
    left_out: list[str] = []
    with session.no_autoflush:
        per_class = copy_chains(
            session, plan, new_classes, old_classes, (calendar_of(old), calendar), old_year, left_out
        )
    for earlier in old.school.school_years:
        if earlier is not year:
            earlier.locked = True
    session.flush()
    return NextYearSummary(
        label=plan.label,
        classes=len(new_classes),
        pupils=pupils,
        chains=sum(per_class),
        left_out=tuple(left_out),
        leaving_pupils=plan.leaving_pupils,
        companies_to_confirm=len(
            {chain.company_id for _move, c in new_classes for chain in c.chains if chain.company_id}
        ),
        year_id=year.id,
        chains_per_class=tuple(
            (c.name, n) for (_move, c), n in zip(new_classes, per_class, strict=True)
        ),
    )


def refuse_existing_year(session: Session, label: str) -> None:
    """Refuse (Dutch, keyed) a school year that exists already: another program made it,
    perhaps while this one waited for the lock. Asked of the database itself, never of
    rows this session loaded before the lock."""
    if session.scalar(select(SchoolYearRow.id).where(SchoolYearRow.label == label)) is not None:
        newest = session.scalar(select(func.max(SchoolYearRow.label))) or label
        raise InvalidInputError(
            f"Schooljaar {label} bestaat al (misschien heeft een collega het net gemaakt); het "
            f"volgende is {next_label(newest)}. Er is niets veranderd.",
            key="school-year-exists",
            year=label,
            next=next_label(newest),
        )


def preview_next_year(session: Session, plan: NextYearPlan) -> NextYearSummary:
    """What ``start_next_year`` would do with ``plan``, without keeping any of it (the
    session's transaction is rolled back); raises the same Dutch refusals."""
    try:
        return start_next_year(session, plan)
    finally:
        session.rollback()


def _check_plan(old: SchoolYearRow, plan: NextYearPlan) -> None:
    """Refuse (Dutch, keyed) a plan that does not fit the database or names a class or a
    pupil twice; nothing is written before."""
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
    keys = [name_key(n) for n in names]
    doubles = sorted({n for n, k in zip(names, keys, strict=True) if keys.count(k) > 1})
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
    classes = {c.id: c for c in old.classes}
    placed: dict[int, str] = {}
    for move in plan.classes:
        origin = {p.id for i in move.previous_ids if i in classes for p in classes[i].pupils}
        if any(i not in classes for i in move.previous_ids) or (
            move.chains_from is not None and move.chains_from not in classes
        ) or not set(move.pupil_ids) <= origin:
            raise InvalidInputError(
                f"Het voorstel past niet meer bij {old.label}: een klas of leerling van dat "
                "jaar is er niet meer. Maak het voorstel opnieuw.",
                key="next-year-plan-stale",
                year=old.label,
            )
        for pupil_id in move.pupil_ids:
            if pupil_id in placed:
                pupil = next(p for c in old.classes for p in c.pupils if p.id == pupil_id)
                raise InvalidInputError(
                    f"{pupil.display_name} staat in twee klassen van {plan.label} "
                    f"({placed[pupil_id]} en {move.name.strip()}). Zet elke leerling in één klas.",
                    key="next-year-pupil-twice",
                    pupil=pupil.display_name,
                    first=placed[pupil_id],
                    second=move.name.strip(),
                    year=plan.label,
                )
            placed[pupil_id] = move.name.strip()
    for index, move in enumerate(plan.classes):
        doubles = plan.doubles(index)
        if doubles:
            raise InvalidInputError(
                f"In {move.name.strip()} van {plan.label} komen twee leerlingen die "
                f"'{doubles[0]}' heten. Geef een van hen een andere naam, bijvoorbeeld met de "
                "eerste letter van de achternaam.",
                key="next-year-pupil-names-double",
                class_name=move.name.strip(),
                year=plan.label,
                name=doubles[0],
            )


def _rename_and_add(
    session: Session, plan: NextYearPlan, move: ClassMove, school_class: SchoolClass
) -> None:
    """The pupils of ``move`` under another name in the new year, and its new pupils (the
    store's checks of a display name apply: ``store/pupils.py``)."""
    renamed = dict(move.renamed)
    if renamed:
        by_previous = {p.previous_id: p for p in school_class.pupils}
        for pupil_id, name in renamed.items():
            pupil = by_previous.get(pupil_id)
            if pupil is not None and name != pupil.display_name:
                rename_pupil(session, pupil.id, name)
    for name in move.new_pupils:
        add_pupil(session, school_class.id, name)


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
