"""Propose a whole chain around an activity: lessons on school days before and after it."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.errors import InvalidInputError

# Preferred distance, in school days, of each lesson from the activity: the
# last preparation lesson shortly before, the first reflection lesson the day
# after, a second one a few days later.
PREPARATION_OFFSETS = {1: (-2,), 2: (-5, -2)}
REFLECTION_OFFSETS = {1: (1,), 2: (1, 4)}
# Lessons stay within this many school days of the activity (two school weeks).
WINDOW = 10


@dataclass(frozen=True)
class ChainProposal:
    date: dt.date
    preparation: tuple[dt.date, ...]
    reflection: tuple[dt.date, ...]


def activity_day(
    calendar: SchoolCalendar,
    *,
    date: dt.date | None = None,
    week: dt.date | None = None,
    busy: Collection[dt.date] = (),
) -> dt.date:
    """The day of the activity: ``date`` itself (moved to the next school day if needed),
    or, with only a ``week``, the first free school day from Tuesday of that week."""
    if date is not None and week is None:
        start = date
    elif week is not None and date is None:
        start = calendar.week_of(week) + dt.timedelta(days=1)
    else:
        raise ValueError("give either date or week")
    try:
        day = calendar.next_school_day(start)
    except ValueError:
        raise InvalidInputError(
            f"Na {start.strftime('%d-%m-%Y')} is er in schooljaar {calendar.school_year} "
            "geen schooldag meer. Kies een eerdere datum.",
            key="no-school-day-after",
            day=start,
            year=str(calendar.school_year),
        ) from None
    if date is None:
        # Within the week: prefer a day without another lesson of this class.
        days = calendar.school_days()
        index = days.index(day)
        for candidate in days[index : index + 4]:
            if calendar.week_of(candidate) == calendar.week_of(day) and candidate not in busy:
                return candidate
    return day


def propose_chain(
    calendar: SchoolCalendar,
    *,
    preparation_lessons: int,
    reflection_lessons: int,
    date: dt.date | None = None,
    week: dt.date | None = None,
    busy: Collection[dt.date] = (),
    end: dt.date | None = None,
) -> ChainProposal:
    """Dates for the activity and its lessons, on school days of ``calendar``.

    ``preparation_lessons`` and ``reflection_lessons`` (1 or 2 each, as the
    activity's templates) lessons go on school days within two school weeks
    before and after the activity, avoiding ``busy`` days (lessons of the
    class's other chains) where the window allows. An activity of several days
    (``end`` its last day) gets its preparation before its first day and its
    reflection after its last. Raises InvalidInputError with a Dutch message when
    the school year leaves no room.
    """
    if preparation_lessons not in PREPARATION_OFFSETS or reflection_lessons not in REFLECTION_OFFSETS:
        raise ValueError("a chain has 1 or 2 preparation and 1 or 2 reflection lessons")
    day = activity_day(calendar, date=date, week=week, busy=busy)
    days = calendar.school_days()
    index = days.index(day)
    before = days[max(0, index - WINDOW) : index]
    last = bisect.bisect_right(days, max(day, end or day))
    after = days[last : last + WINDOW]
    if len(before) < preparation_lessons:
        raise InvalidInputError(
            f"Vóór {day.strftime('%d-%m-%Y')} zijn in dit schooljaar te weinig schooldagen voor "
            f"{preparation_lessons} voorbereidingsles(sen). Kies een latere datum.",
            key="too-few-days-before",
            day=day,
            count=preparation_lessons,
        )
    if len(after) < reflection_lessons:
        raise InvalidInputError(
            f"Na {max(day, end or day).strftime('%d-%m-%Y')} zijn in dit schooljaar te weinig schooldagen voor "
            f"{reflection_lessons} reflectieles(sen) vóór de zomervakantie. Kies een eerdere datum.",
            key="too-few-days-after",
            day=max(day, end or day),
            count=reflection_lessons,
        )
    preparation = _pick(before, [len(before) + o for o in PREPARATION_OFFSETS[preparation_lessons]], busy)
    reflection = _pick(after, [o - 1 for o in REFLECTION_OFFSETS[reflection_lessons]], busy)
    return ChainProposal(day, tuple(preparation), tuple(reflection))


def _pick(window: Sequence[dt.date], wanted: list[int], busy: Collection[dt.date]) -> list[dt.date]:
    """One distinct day of ``window`` per wanted position, free ones first, nearest to the wish."""
    chosen: list[dt.date] = []
    for position in wanted:
        position = min(max(position, 0), len(window) - 1)
        order = sorted(range(len(window)), key=lambda i: (abs(i - position), i))
        free = [i for i in order if window[i] not in busy and window[i] not in chosen]
        taken = [i for i in order if window[i] not in chosen]
        chosen.append(window[(free or taken)[0]])
    return sorted(chosen)
