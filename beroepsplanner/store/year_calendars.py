"""A school year's calendar, kept between calls: the ``holidays`` package takes
milliseconds to build one, and the year planner asks after every drag."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import FreeDays, SchoolCalendar
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.store.chain_plans import KEY, connection
from beroepsplanner.store.models import HolidayMove, School, SchoolClass, SchoolYearRow, StudyDay


@dataclass(frozen=True)
class YearCalendar:
    """A school year with its calendar and study days (with their descriptions)."""

    id: int
    label: str
    region: Region
    study_days: dict[dt.date, str]
    calendar: SchoolCalendar


@lru_cache(maxsize=16)
def _calendar(
    label: str,
    region: Region,
    study_days: frozenset[dt.date],
    moves: tuple[tuple[str, dt.date], ...],
    free_days: FreeDays = FreeDays(),
) -> SchoolCalendar:
    calendar = SchoolCalendar.of(SchoolYear.parse(label), region, study_days, moves, free_days)
    calendar.school_days()  # fill the cached days now, once
    return calendar


_YEAR = (
    select(
        SchoolYearRow.id,
        SchoolYearRow.label,
        School.region,
        School.liberation_day_off,
        School.good_friday_off,
    )
    .join(School, SchoolYearRow.school_id == School.id)
    .where(SchoolYearRow.id == KEY)
)
_YEAR_BY_LABEL = select(SchoolYearRow.id).where(SchoolYearRow.label == KEY)
_YEAR_OF_CLASS = select(SchoolClass.school_year_id).where(SchoolClass.id == KEY)
_DAYS_OFF = select(StudyDay.date, StudyDay.description, null()).where(StudyDay.school_year_id == KEY).union_all(
    select(HolidayMove.start, null(), HolidayMove.holiday).where(HolidayMove.school_year_id == KEY)
)


def year_id_of(session: Session, *, label: str | None = None, class_id: int | None = None) -> int | None:
    """The id of the school year with ``label``, or of the class ``class_id``."""
    statement, key = (_YEAR_BY_LABEL, label) if label is not None else (_YEAR_OF_CLASS, class_id)
    return connection(session).execute(statement, {"key": key}).scalar()


def year_calendar(session: Session, year_id: int) -> YearCalendar | None:
    """A school year with its calendar (as ``checks.calendar_of``, kept between calls)."""
    conn = connection(session)
    found = conn.execute(_YEAR, {"key": year_id}).first()
    if found is None:
        return None
    _id, label, region, liberation_day, good_friday = found
    free_days = FreeDays(liberation_day is not False, good_friday is not False)
    study: dict[dt.date, str] = {}
    moves: list[tuple[str, dt.date]] = []
    for day, description, holiday in conn.execute(_DAYS_OFF, {"key": year_id}):
        if holiday is None:
            study[day] = description
        else:
            moves.append((holiday, day))
    calendar = _calendar(label, Region(region), frozenset(study), tuple(sorted(moves)), free_days)
    return YearCalendar(year_id, label, Region(region), study, calendar)
