"""Change a school year's calendar: study days and moved holiday weeks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import MOVABLE_HOLIDAYS, SchoolCalendar
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import HolidayMove, SchoolYearRow, StudyDay


def add_study_day(session: Session, year: SchoolYearRow, day: dt.date, description: str = "") -> StudyDay:
    """Add a study day (a school day without pupils) to a school year."""
    calendar = SchoolCalendar.of(SchoolYear.parse(year.label), year.school.region)
    if day not in calendar.school_year:
        raise InvalidInputError(
            f"{day.strftime('%d-%m-%Y')} valt niet in schooljaar {year.label}. "
            "Kies een datum tussen 1 augustus en 31 juli."
        )
    reason = calendar.why_not_school_day(day)
    if reason is not None:
        raise InvalidInputError(
            f"{day.strftime('%d-%m-%Y')} is al geen schooldag ({reason}); "
            "een studiedag hoeft daar niet op."
        )
    if any(existing.date == day for existing in year.study_days):
        raise InvalidInputError(f"{day.strftime('%d-%m-%Y')} is al een studiedag.")
    study_day = StudyDay(date=day, description=description)
    year.study_days.append(study_day)
    return study_day


def move_holiday(session: Session, year: SchoolYearRow, holiday: str, start: dt.date) -> HolidayMove:
    """Let the school take the autumn or spring holiday in the week of ``start``."""
    if holiday not in MOVABLE_HOLIDAYS:
        raise InvalidInputError(
            f"Alleen de {' en de '.join(sorted(MOVABLE_HOLIDAYS))} kunnen worden verschoven; "
            "de andere vakanties liggen vast."
        )
    if start not in SchoolYear.parse(year.label):
        raise InvalidInputError(
            f"{start.strftime('%d-%m-%Y')} valt niet in schooljaar {year.label}."
        )
    for move in year.holiday_moves:
        if move.holiday == holiday:
            move.start = start
            return move
    move = HolidayMove(holiday=holiday, start=start)
    year.holiday_moves.append(move)
    return move
