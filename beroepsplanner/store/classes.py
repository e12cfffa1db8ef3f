"""Classes: set up the school and its school year, add, change and remove classes.

The pupils of a class are in ``store/pupils.py``. Every change returns what its
undo needs (the previous values, or a record of what was removed);
``restore_class`` puts a removed class back under its old id, so commands on an
undo stack can keep referring to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ChainStatus, Region
from beroepsplanner.domain.pupils import PupilRecord, name_key
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.text import character_problem, problem_character, visible
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import Chain, Parent, Pupil, School, SchoolClass, SchoolYearRow
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.pupils import NAME_MAX, class_by_id, restore_pupil
from beroepsplanner.store.row_versions import ensure_version
from beroepsplanner.store.school_years import class_not_in_year

TEACHER_MAX = 200
SCHOOL_NAME_MAX = 200


def find_class(session: Session, name: str, *, school_year: str | None = None) -> SchoolClass:
    """The class called ``name`` in school year ``school_year`` (a label), or without one
    in the newest school year that has one."""
    query = select(SchoolClass).join(SchoolClass.school_year).where(SchoolClass.name == name)
    if school_year is not None:
        query = query.where(SchoolYearRow.label == school_year)
    found = session.scalars(query.order_by(SchoolYearRow.label.desc())).first()
    if found is None and school_year is not None:
        raise class_not_in_year(session, name, school_year)
    if found is None:
        known = ", ".join(
            sorted(set(session.scalars(select(SchoolClass.name))), key=str.casefold)
        )
        hint = f" Bekende klassen: {known}." if known else " Er zijn nog geen klassen."
        raise NotFoundError(
            f"Er is geen klas '{name}'.{hint}",
            key="class-unknown" if known else "class-unknown-none-yet",
            name=name,
            known=known,
        )
    return found


@dataclass(frozen=True)
class SchoolInfo:
    name: str
    region: Region
    school_years: tuple[str, ...]
    locked_years: tuple[str, ...] = ()
    """The school years that are read-only until unlocked (``store/year_lock.py``)."""


@dataclass(frozen=True)
class ClassInfo:
    id: int
    name: str
    grade: int
    teacher: str
    school_year: str
    pupils: int
    chains: int
    version: int = 0
    """The class's row version when read (``store/row_versions.py``): an edit sends it back."""


@dataclass(frozen=True)
class ClassFields:
    """What ``update_class`` changes: the undo of an update sets these back."""

    name: str
    grade: int
    teacher: str


@dataclass(frozen=True)
class ClassRecord:
    """A removed class with its pupils, enough to put it back under the same ids."""

    id: int
    school_year: str
    name: str
    grade: int
    teacher: str
    pupils: tuple[PupilRecord, ...]


@dataclass(frozen=True)
class ClassChainInfo:
    id: int
    activity_title: str
    date: dt.date
    status: ChainStatus
    status_label: str
    company: str | None


# --- the school and its school years ------------------------------------------------


def school_info(session: Session) -> SchoolInfo | None:
    """The school of this database with its school years (oldest first), or None when new."""
    school = the_school(session)
    if school is None:
        return None
    return SchoolInfo(
        school.name,
        school.region,
        tuple(y.label for y in school.school_years),
        tuple(y.label for y in school.school_years if y.locked),
    )


def ensure_school(
    session: Session, name: str | None, region: Region | None, school_year_label: str
) -> SchoolYearRow:
    """The school year ``school_year_label`` of the school, creating what is missing.

    A new database gets its school (``name`` and ``region`` are then required)
    and the school year 1 August–31 July. When the school exists, ``None`` for
    name or region means "as it is"; a different name or region is refused,
    because one database holds one school and the region fixes its holidays.
    """
    year = SchoolYear.parse(school_year_label)
    school = the_school(session)
    if school is None:
        school = _new_school(session, name, region)
    else:
        _check_same_school(school, name, region)
    for row in school.school_years:
        if row.label == year.label:
            return row
    row = SchoolYearRow(label=year.label, start_date=year.start, end_date=year.end)
    school.school_years.append(row)
    session.flush()
    return row


def _new_school(session: Session, name: str | None, region: Region | None) -> School:
    clean = (name or "").strip()
    if not clean:
        raise InvalidInputError("Vul de naam van de school in.", key="school-name-missing")
    _check_characters("De naam van de school", "school-name", clean)
    if len(clean) > SCHOOL_NAME_MAX:
        raise InvalidInputError(
            f"De naam van de school is te lang (hoogstens {SCHOOL_NAME_MAX} tekens).",
            key="field-too-long",
            field="school-name",
            max=SCHOOL_NAME_MAX,
        )
    if region is None:
        raise InvalidInputError(
            "Kies de regio van de school: Noord, Midden of Zuid.", key="school-region-missing"
        )
    school = School(name=clean, region=region)
    session.add(school)
    return school


def _check_same_school(school: School, name: str | None, region: Region | None) -> None:
    if name is not None and name.strip() and name_key(name) != name_key(school.name):
        raise InvalidInputError(
            f"Deze database hoort bij school '{school.name}'; een tweede school "
            f"('{visible(name.strip())}') kan er niet bij. Kies een ander bestand voor een "
            "andere school.",
            key="second-school",
            school=school.name,
            name=visible(name.strip()),
        )
    if region is not None and region != school.region:
        raise InvalidInputError(
            f"School '{school.name}' ligt in regio {school.region.label}, niet in regio "
            f"{region.label}. De regio bepaalt de schoolvakanties en wordt niet hier gewijzigd.",
            key="school-region-differs",
            school=school.name,
            region=Region(school.region).value,
            wanted=region.value,
        )


def remove_empty_school_year(session: Session, school_year_label: str) -> None:
    """Remove a school year that holds nothing, and the school when it has no year left.

    The undo of a first ``ensure_school``: a year with classes, study days or
    moved holidays stays, and so does its school.
    """
    school = the_school(session)
    if school is None:
        return
    for row in list(school.school_years):
        if row.label == school_year_label and not (
            row.classes or row.study_days or row.holiday_moves
        ):
            school.school_years.remove(row)
    session.flush()
    if not school.school_years:
        session.delete(school)
        session.flush()


def newest_school_year(session: Session) -> str | None:
    """The label of the newest school year (``2026-2027``), or None before the first."""
    return session.scalar(select(func.max(SchoolYearRow.label)))


# --- classes -------------------------------------------------------------------------


def list_year_classes(session: Session, school_year_label: str) -> list[ClassInfo]:
    """The classes of one school year by grade and name, with pupil and chain counts."""
    pupils = select(Pupil.class_id, func.count().label("n")).group_by(Pupil.class_id).subquery()
    chains = select(Chain.class_id, func.count().label("n")).group_by(Chain.class_id).subquery()
    rows = session.execute(
        select(SchoolClass, func.coalesce(pupils.c.n, 0), func.coalesce(chains.c.n, 0))
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .outerjoin(pupils, pupils.c.class_id == SchoolClass.id)
        .outerjoin(chains, chains.c.class_id == SchoolClass.id)
        .where(SchoolYearRow.label == school_year_label)
        .order_by(SchoolClass.grade, in_code_point_order(SchoolClass.name))
    )
    return [
        ClassInfo(
            c.id, c.name, c.grade, c.teacher, school_year_label, n_pupils, n_chains, c.version
        )
        for c, n_pupils, n_chains in rows
    ]


def class_info(session: Session, class_id: int) -> ClassInfo:
    """One class with its counts; NotFoundError (Dutch) when it no longer exists."""
    school_class = class_by_id(session, class_id)
    return ClassInfo(
        school_class.id,
        school_class.name,
        school_class.grade,
        school_class.teacher,
        school_class.school_year.label,
        len(school_class.pupils),
        len(school_class.chains),
        school_class.version,
    )


def add_class(
    session: Session, school_year_label: str, name: str, grade: int, teacher: str = ""
) -> int:
    """Add a class to an existing school year; returns its id.

    The name is trimmed, must not be empty and must be unique in the school
    year (ignoring case); the grade is 1–8.
    """
    year = session.scalars(
        select(SchoolYearRow).where(SchoolYearRow.label == school_year_label)
    ).one_or_none()
    if year is None:
        raise NotFoundError(
            f"Schooljaar {school_year_label} bestaat nog niet in deze database. "
            "Maak eerst de school en het schooljaar aan.",
            key="school-year-not-created",
            year=school_year_label,
        )
    fields = _class_fields(year, name, grade, teacher, except_id=None)
    school_class = SchoolClass(name=fields.name, grade=fields.grade, teacher=fields.teacher)
    year.classes.append(school_class)
    session.flush()
    return school_class.id


def update_class(
    session: Session,
    class_id: int,
    name: str,
    grade: int,
    teacher: str,
    *,
    expected_version: int | None = None,
) -> ClassFields:
    """Change a class's name, grade and teacher; returns the previous values (for undo).

    With ``expected_version`` (the version the form showed) a class a colleague saved
    since is refused (``row_versions.ChangedByColleagueError``)."""
    ensure_version(
        session, SchoolClass, class_id, expected_version,
        newer=lambda: _fields_of(class_by_id(session, class_id)),
        mine=ClassFields(name, grade, teacher),
    )
    school_class = class_by_id(session, class_id)
    previous = ClassFields(school_class.name, school_class.grade, school_class.teacher)
    fields = _class_fields(school_class.school_year, name, grade, teacher, except_id=class_id)
    school_class.name, school_class.grade, school_class.teacher = (
        fields.name,
        fields.grade,
        fields.teacher,
    )
    session.flush()
    return previous


def _fields_of(school_class: SchoolClass) -> ClassFields:
    return ClassFields(school_class.name, school_class.grade, school_class.teacher)


def rename_class(session: Session, class_id: int, name: str) -> str:
    """Give a class another name (unique in its school year); returns the old name."""
    school_class = class_by_id(session, class_id)
    return update_class(session, class_id, name, school_class.grade, school_class.teacher).name


def delete_class(
    session: Session, class_id: int, *, expected_version: int | None = None
) -> ClassRecord:
    """Remove a class and its pupils; returns what ``restore_class`` needs to undo it.

    A class that still has chains is refused: the chains (lessons, role models,
    observations) are the teacher's work and are removed on their own first. With
    ``expected_version``, a class a colleague changed since is not removed.
    """
    ensure_version(
        session, SchoolClass, class_id, expected_version,
        newer=lambda: _fields_of(class_by_id(session, class_id)), mine=None,
    )
    school_class = class_by_id(session, class_id)
    if school_class.chains:
        raise InvalidInputError(
            "Deze klas heeft nog ketens; verwijder eerst de ketens.", key="class-has-chains"
        )
    if session.scalar(select(func.count(Parent.id)).where(Parent.class_id == class_id)):
        # The register's parents are the school's consented data, not the class's: they
        # are moved to another class or removed on their own first.
        raise InvalidInputError(
            "Bij deze klas staan nog ouders in het ouderregister (Klassen > Ouders); zet ze "
            "eerst bij een andere klas of verwijder ze.",
            key="class-has-parents",
        )
    record = ClassRecord(
        id=school_class.id,
        school_year=school_class.school_year.label,
        name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        pupils=tuple(
            PupilRecord(p.id, school_class.id, p.display_name) for p in school_class.pupils
        ),
    )
    # Through the collection, so a later step of the same transaction sees it gone.
    school_class.school_year.classes.remove(school_class)
    session.flush()
    return record


def restore_class(session: Session, record: ClassRecord) -> int:
    """Put a deleted class and its pupils back, under their old ids when those are free.

    Returns the id of the class. The same checks as ``add_class`` apply, so a
    class added meanwhile under the same name is not doubled.
    """
    year = session.scalars(
        select(SchoolYearRow).where(SchoolYearRow.label == record.school_year)
    ).one_or_none()
    if year is None:
        raise NotFoundError(
            f"Schooljaar {record.school_year} bestaat niet meer.",
            key="school-year-gone",
            year=record.school_year,
        )
    fields = _class_fields(year, record.name, record.grade, record.teacher, except_id=None)
    free = session.get(SchoolClass, record.id) is None
    school_class = SchoolClass(
        id=record.id if free else None,
        name=fields.name,
        grade=fields.grade,
        teacher=fields.teacher,
    )
    year.classes.append(school_class)
    session.flush()
    for pupil in record.pupils:
        restore_pupil(session, PupilRecord(pupil.id, school_class.id, pupil.display_name))
    return school_class.id


def _class_fields(
    year: SchoolYearRow, name: str, grade: int, teacher: str, *, except_id: int | None
) -> ClassFields:
    clean = name.strip()
    if not clean:
        raise InvalidInputError(
            "Geef de klas een naam, bijvoorbeeld 'Groep 6b'.", key="class-name-missing"
        )
    _check_characters("De naam van de klas", "class-name", clean)
    if len(clean) > NAME_MAX:
        raise InvalidInputError(
            f"De naam van de klas moet op één regel passen (hoogstens {NAME_MAX} tekens).",
            key="field-one-line",
            field="class-name",
            max=NAME_MAX,
        )
    for other in year.classes:
        if other.id != except_id and name_key(other.name) == name_key(clean):
            raise InvalidInputError(
                f"Er is al een klas '{other.name}' in schooljaar {year.label}.",
                key="class-exists",
                name=other.name,
                year=year.label,
            )
    if not isinstance(grade, int) or not GRADE_MIN <= grade <= GRADE_MAX:
        raise InvalidInputError(
            f"Groep {grade} bestaat niet; kies een groep van {GRADE_MIN} tot en met {GRADE_MAX}.",
            key="grade-invalid",
            grade=grade,
            low=GRADE_MIN,
            high=GRADE_MAX,
        )
    clean_teacher = teacher.strip()
    _check_characters("De naam van de leerkracht", "teacher-name", clean_teacher)
    if len(clean_teacher) > TEACHER_MAX:
        raise InvalidInputError(
            f"De naam van de leerkracht moet op één regel passen (hoogstens {TEACHER_MAX} tekens).",
            key="field-one-line",
            field="teacher-name",
            max=TEACHER_MAX,
        )
    return ClassFields(clean, grade, clean_teacher)


def _check_characters(what: str, field: str, text: str) -> None:
    """Refuse control characters and the like (``domain/text.py``) in a name, saying which.

    ``what`` names the field in Dutch, ``field`` by key (``ui/english/errors_store.py``)."""
    problem = character_problem(text)
    if problem is not None:
        raise InvalidInputError(
            f"{what}: {problem}", key="character-problem", field=field, char=problem_character(text)
        )


# --- chains of a class -----------------------------------------------------------------


def class_chains(session: Session, class_id: int) -> list[ClassChainInfo]:
    """The chains of a class by date: activity, date, status and company."""
    school_class = class_by_id(session, class_id)
    return [
        ClassChainInfo(
            id=chain.id,
            activity_title=chain.activity.title,
            date=chain.date,
            status=chain.status,
            status_label=chain.status.label,
            company=chain.company.name if chain.company else None,
        )
        for chain in sorted(school_class.chains, key=lambda c: (c.date, c.id))
    ]
