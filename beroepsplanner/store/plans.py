"""Queries on the school, its classes and their chains."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.plan import ChainSummary, ClassSummary
from beroepsplanner.store.models import Chain, Pupil, School, SchoolClass, SchoolYearRow
from beroepsplanner.store.ordering import in_code_point_order


def the_school(session: Session) -> School | None:
    """The school of this database (one database holds one school), or None when new."""
    return session.scalars(select(School).order_by(School.id).limit(1)).one_or_none()


def list_classes(session: Session, *, school_year: str | None = None) -> list[ClassSummary]:
    """Every class of every school year (or of ``school_year``, a label), newest school
    year first, then by grade and name."""
    pupil_counts = (
        select(Pupil.class_id, func.count().label("n")).group_by(Pupil.class_id).subquery()
    )
    query = (
        select(SchoolClass, SchoolYearRow.label, func.coalesce(pupil_counts.c.n, 0))
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .outerjoin(pupil_counts, pupil_counts.c.class_id == SchoolClass.id)
        .order_by(SchoolYearRow.label.desc(), SchoolClass.grade, in_code_point_order(SchoolClass.name))
    )
    if school_year is not None:
        query = query.where(SchoolYearRow.label == school_year)
    rows = session.execute(query)
    return [
        ClassSummary(
            id=cls.id,
            name=cls.name,
            grade=cls.grade,
            teacher=cls.teacher,
            school_year=label,
            pupils=count,
        )
        for cls, label, count in rows
    ]


def list_chains(session: Session, *, school_year: str | None = None) -> list[ChainSummary]:
    """Every chain (or those of ``school_year``, a label), by date, then class."""
    query = select(Chain).join(Chain.school_class)
    if school_year is not None:
        query = query.join(SchoolClass.school_year).where(SchoolYearRow.label == school_year)
    rows = session.scalars(
        query
        .options(
            joinedload(Chain.school_class).joinedload(SchoolClass.school_year),
            joinedload(Chain.activity),
            joinedload(Chain.company),
            selectinload(Chain.lessons),
        )
        .order_by(Chain.date, SchoolClass.name, Chain.id)
    ).unique()
    return [
        ChainSummary(
            id=chain.id,
            class_name=chain.school_class.name,
            grade=chain.school_class.grade,
            school_year=chain.school_class.school_year.label,
            activity_key=chain.activity.key,
            activity_title=chain.activity.title,
            company=chain.company.name if chain.company else None,
            date=chain.date,
            status=chain.status,
            preparation_dates=tuple(
                sorted(lesson.date for lesson in chain.lessons_of(LessonKind.PREPARATION))
            ),
            reflection_dates=tuple(
                sorted(lesson.date for lesson in chain.lessons_of(LessonKind.REFLECTION))
            ),
        )
        for chain in rows
    ]
