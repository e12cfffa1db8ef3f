"""Undoable changes of the school calendar: study days and moved holidays.

Each command looks the school year up by its label in every transaction, so it
keeps working after other commands were undone and redone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.store.calendar import (
    add_study_day,
    move_holiday,
    remove_study_day,
    reset_holiday,
    school_year_row,
)
from beroepsplanner.ui.commands import StoreCommand

# The rules (which days are school days) and the year planner change.
CALENDAR_SUBJECTS = ("school", "chains")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarCommands", text)


class AddStudyDayCommand(StoreCommand):
    """Add a study day; undo removes it."""

    def __init__(self, label: str, day: dt.date, description: str) -> None:
        super().__init__(_tr("Add study day"), CALENDAR_SUBJECTS)
        self.label, self.day, self.description = label, day, description.strip()

    def apply(self, session: Session) -> None:
        add_study_day(session, school_year_row(session, self.label), self.day, self.description)

    def revert(self, session: Session) -> None:
        remove_study_day(session, self.label, self.day)


class RemoveStudyDayCommand(StoreCommand):
    """Remove a study day; undo puts it back with its description."""

    def __init__(self, label: str, day: dt.date) -> None:
        super().__init__(_tr("Remove study day"), CALENDAR_SUBJECTS)
        self.label, self.day = label, day
        self.description = ""

    def apply(self, session: Session) -> None:
        self.description = remove_study_day(session, self.label, self.day)

    def revert(self, session: Session) -> None:
        add_study_day(session, school_year_row(session, self.label), self.day, self.description)


class _HolidayCommand(StoreCommand):
    """Base: remembers the school's previous choice for one holiday, to undo."""

    def __init__(self, text: str, label: str, holiday: str) -> None:
        super().__init__(text, CALENDAR_SUBJECTS)
        self.label, self.holiday = label, holiday
        self.previous: dt.date | None = None

    def revert(self, session: Session) -> None:
        if self.previous is None:
            reset_holiday(session, self.label, self.holiday)
        else:
            move_holiday(session, school_year_row(session, self.label), self.holiday, self.previous)


class MoveHolidayCommand(_HolidayCommand):
    """Take a holiday in the week of ``start``; undo restores the previous week."""

    def __init__(self, label: str, holiday: str, start: dt.date) -> None:
        super().__init__(_tr("Move holiday"), label, holiday)
        self.start = start

    def apply(self, session: Session) -> None:
        row = school_year_row(session, self.label)
        self.previous = next((m.start for m in row.holiday_moves if m.holiday == self.holiday), None)
        move_holiday(session, row, self.holiday, self.start)


class FollowAdviceCommand(_HolidayCommand):
    """Take a holiday in the advised week again; undo restores the school's week."""

    def __init__(self, label: str, holiday: str) -> None:
        super().__init__(_tr("Follow holiday advice"), label, holiday)

    def apply(self, session: Session) -> None:
        self.previous = reset_holiday(session, self.label, self.holiday)
