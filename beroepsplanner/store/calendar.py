"""Change a school year's calendar: study days and moved holiday weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import MOVABLE_HOLIDAYS, FreeDays, SchoolCalendar
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import HolidayMove, SchoolYearRow, StudyDay


@dataclass(frozen=True)
class StudyDayInfo:
    """One study day of a school year."""

    date: dt.date
    description: str


@dataclass(frozen=True)
class MovableHoliday:
    """A holiday the school may take in another week than the advised one.

    ``advised_first``/``advised_last`` are the first and last weekday of the
    advised week(s) of the region; ``moved_start`` is the Monday of the week
    the school takes instead, or None when it follows the advice.
    """

    name: str
    advised_first: dt.date
    advised_last: dt.date
    moved_start: dt.date | None

    @property
    def taken_start(self) -> dt.date:
        """The Monday of the week the school actually takes the holiday."""
        if self.moved_start is not None:
            return self.moved_start - dt.timedelta(days=self.moved_start.weekday())
        return self.advised_first - dt.timedelta(days=self.advised_first.weekday())


@dataclass(frozen=True)
class SchoolYearCalendar:
    """What the school itself decides about a school year's calendar."""

    label: str
    region: Region
    start: dt.date
    end: dt.date
    study_days: tuple[StudyDayInfo, ...]
    movable_holidays: tuple[MovableHoliday, ...]
    free_days: FreeDays = FreeDays()


def add_study_day(session: Session, year: SchoolYearRow, day: dt.date, description: str = "") -> StudyDay:
    """Add a study day (a school day without pupils) to a school year."""
    # The holidays as the school takes them (moved ones included), without study days.
    calendar = SchoolCalendar.of(
        SchoolYear.parse(year.label),
        year.school.region,
        holiday_moves=[(move.holiday, move.start) for move in year.holiday_moves],
        free_days=year.school.free_days,
    )
    if day not in calendar.school_year:
        raise InvalidInputError(
            f"{day.strftime('%d-%m-%Y')} valt niet in schooljaar {year.label}. "
            "Kies een datum tussen 1 augustus en 31 juli.",
            key="not-in-school-year",
            day=day,
            year=year.label,
        )
    reason = calendar.why_not_school_day(day)
    if reason is not None:
        raise InvalidInputError(
            f"{day.strftime('%d-%m-%Y')} is al geen schooldag ({reason}); "
            "een studiedag hoeft daar niet op.",
            key="already-no-school-day",
            day=day,
            reason=reason,
        )
    if any(existing.date == day for existing in year.study_days):
        raise InvalidInputError(
            f"{day.strftime('%d-%m-%Y')} is al een studiedag.", key="already-study-day", day=day
        )
    study_day = StudyDay(date=day, description=description)
    year.study_days.append(study_day)
    return study_day


def move_holiday(session: Session, year: SchoolYearRow, holiday: str, start: dt.date) -> HolidayMove:
    """Let the school take the autumn or spring holiday in the week of ``start``."""
    if holiday not in MOVABLE_HOLIDAYS:
        raise InvalidInputError(
            f"Alleen de {' en de '.join(sorted(MOVABLE_HOLIDAYS))} kunnen worden verschoven; "
            "de andere vakanties liggen vast.",
            key="only-autumn-and-spring-move",
            holiday=holiday,
        )
    if start not in SchoolYear.parse(year.label):
        raise InvalidInputError(
            f"{start.strftime('%d-%m-%Y')} valt niet in schooljaar {year.label}.",
            key="start-not-in-school-year",
            day=start,
            year=year.label,
        )
    for move in year.holiday_moves:
        if move.holiday == holiday:
            move.start = start
            return move
    move = HolidayMove(holiday=holiday, start=start)
    year.holiday_moves.append(move)
    return move


def school_year_row(session: Session, label: str) -> SchoolYearRow:
    """The school year ``label`` of the school; NotFoundError when it does not exist."""
    row = session.scalars(select(SchoolYearRow).where(SchoolYearRow.label == label)).first()
    if row is None:
        raise NotFoundError(
            f"Schooljaar {label} bestaat niet (meer).", key="school-year-gone", year=label
        )
    return row


def school_year_calendar(session: Session, label: str) -> SchoolYearCalendar:
    """The study days and the movable holidays (advice and the school's choice) of ``label``."""
    row = school_year_row(session, label)
    region = Region(row.school.region)
    advice = SchoolCalendar.of(SchoolYear.parse(row.label), region)
    moves = {move.holiday: move.start for move in row.holiday_moves}
    holidays: list[MovableHoliday] = []
    for name in sorted(MOVABLE_HOLIDAYS, key=_holiday_order(advice)):
        days = sorted(
            day
            for day, reason in advice.days_off.items()
            if name in reason.split("; ") and day.weekday() < 5
        )
        if not days:
            continue
        holidays.append(MovableHoliday(name, days[0], days[-1], moves.get(name)))
    return SchoolYearCalendar(
        label=row.label,
        region=region,
        start=row.start_date,
        end=row.end_date,
        study_days=tuple(StudyDayInfo(d.date, d.description) for d in row.study_days),
        movable_holidays=tuple(holidays),
        free_days=row.school.free_days,
    )


def _holiday_order(calendar: SchoolCalendar) -> Callable[[str], dt.date]:
    """Sort key: the holidays in the order they fall in the school year."""

    def first_day(name: str) -> dt.date:
        days = [d for d, reason in calendar.days_off.items() if name in reason.split("; ")]
        return min(days) if days else calendar.school_year.end

    return first_day


def remove_study_day(session: Session, label: str, day: dt.date) -> str:
    """Remove the study day ``day`` from school year ``label``; returns its description."""
    row = school_year_row(session, label)
    for study_day in row.study_days:
        if study_day.date == day:
            row.study_days.remove(study_day)
            session.flush()
            return study_day.description
    raise NotFoundError(
        f"{day.strftime('%d-%m-%Y')} is geen studiedag (meer).", key="not-a-study-day", day=day
    )


def reset_holiday(session: Session, label: str, holiday: str) -> dt.date | None:
    """Let school year ``label`` follow the advice for ``holiday`` again.

    Returns the start of the week the school had chosen, or None when it
    already followed the advice (then nothing changes).
    """
    row = school_year_row(session, label)
    for move in row.holiday_moves:
        if move.holiday == holiday:
            previous = move.start
            row.holiday_moves.remove(move)
            session.flush()
            return previous
    return None


def set_free_days(session: Session, label: str, free_days: FreeDays) -> FreeDays:
    """Set the school's own free days (5 May, Goede Vrijdag); returns the previous choice.

    The choice is the school's, for every school year: the school of ``label``
    gets it. Chains on a day that stops being a school day get their findings
    from the rules at once (the rules read the calendar).
    """
    school = school_year_row(session, label).school
    previous = school.free_days
    school.liberation_day_off = free_days.liberation_day
    school.good_friday_off = free_days.good_friday
    return previous
