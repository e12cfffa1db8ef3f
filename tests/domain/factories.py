"""Small factories for the rules' plain objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.chain import ActivityRef, ChainPlan, CompanyRef, Lesson, RoleModelRef
from beroepsplanner.domain.kinds import ActivityKind, LessonKind, QuestionKind, Region
from beroepsplanner.domain.school_year import SchoolYear

BOTH = frozenset({QuestionKind.KNOWLEDGE, QuestionKind.ATTITUDE})


def calendar(region: str = "midden", **kwargs: Any) -> SchoolCalendar:
    return SchoolCalendar.of(SchoolYear(2026), Region(region), **kwargs)


def activity(**kwargs: Any) -> ActivityRef:
    values: dict[str, Any] = dict(
        key="tinkeren", title="Tinkeren", kind=ActivityKind.LESSON_SERIES, grade_min=3, grade_max=8
    )
    values.update(kwargs)
    return ActivityRef(**values)


def prep(day: dt.date) -> Lesson:
    return Lesson(LessonKind.PREPARATION, day, question_kinds=BOTH)


def refl(day: dt.date, kinds: frozenset[QuestionKind] = BOTH) -> Lesson:
    return Lesson(LessonKind.REFLECTION, day, question_kinds=kinds)


def chain(
    date: dt.date = dt.date(2026, 11, 11),
    preparation: tuple[dt.date, ...] = (dt.date(2026, 11, 9),),
    reflection: tuple[dt.date, ...] = (dt.date(2026, 11, 12),),
    **kwargs: Any,
) -> ChainPlan:
    """A valid chain on Wednesday 11 November 2026 (groep 5), unless told otherwise."""
    values: dict[str, Any] = dict(
        class_name="Groep 5",
        class_id=5,
        grade=5,
        activity=activity(),
        date=date,
        lessons=tuple(prep(d) for d in preparation) + tuple(refl(d) for d in reflection),
    )
    values.update(kwargs)
    return ChainPlan(**values)


def visit(**kwargs: Any) -> ChainPlan:
    """A well-arranged company visit with two role models, one counter-stereotypical."""
    values: dict[str, Any] = dict(
        activity=activity(key="bezoek", title="Bedrijfsbezoek", kind=ActivityKind.COMPANY_VISIT,
                          needs_transport=True),
        company=CompanyRef("Garage Eemzicht", min_grade=5),
        role_models=(RoleModelRef("Fatima", True), RoleModelRef("Peter", False)),
        pupils=28,
        companions=4,
        transport_arranged=True,
    )
    values.update(kwargs)
    return chain(**values)


__all__ = ["BOTH", "activity", "calendar", "chain", "prep", "refl", "replace", "visit"]
