"""An activity of several days (a project week, a six-week project) when it moves.

The activity keeps its length in school days: the ``n`` school days from its first to its
last day become the ``n`` school days from its new first day. They must still fit as one
stretch: a day without pupils (a holiday, a study day, a free day) that falls among the new
days and had no counterpart among the old ones would cut the activity in two, and the year
may end before the last one. Then ``moved_end`` refuses (key
``activity-days-no-longer-fit``) and nothing moves. The year planner's move, the chain
builder's new date and ``year new`` all place the last day through it.
"""

from __future__ import annotations

import bisect
import datetime as dt

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.errors import InvalidInputError


def school_days_of(calendar: SchoolCalendar, start: dt.date, end: dt.date) -> int:
    """How many school days an activity from ``start`` to ``end`` takes (two at least: it
    has a first and a last day, even when one of them is no school day)."""
    days = calendar.school_days()
    return max(2, bisect.bisect_right(days, end) - bisect.bisect_left(days, start))


def days_off_within(calendar: SchoolCalendar, start: dt.date, end: dt.date) -> list[dt.date]:
    """The weekdays from ``start`` to ``end`` without pupils (holidays, study days, free days)."""
    off = calendar.days_off
    return [
        day
        for day in (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
        if day.weekday() < 5 and day in off
    ]


def moved_end(
    calendar: SchoolCalendar,
    start: dt.date,
    end: dt.date | None,
    new_start: dt.date,
    *,
    old_calendar: SchoolCalendar | None = None,
) -> dt.date | None:
    """Where the last day of an activity of several days goes when its first day moves from
    ``start`` to ``new_start``: as many school days on as before (None for an activity of
    one day; ``end`` itself when the first day stays). ``old_calendar`` is the calendar of
    ``start`` and ``end`` when that is another school year's (``year new``).

    Raises InvalidInputError (Dutch, key ``activity-days-no-longer-fit``) when the days no
    longer fit in the school year: the year ends before the last of them, or more days
    without pupils fall among them than among the old days (a holiday or study day would
    cut the activity in two).
    """
    if end is None:
        return None
    old_calendar = old_calendar or calendar
    if new_start == start and old_calendar is calendar:
        return end
    count = school_days_of(old_calendar, start, end)
    days = calendar.school_days()
    first = bisect.bisect_left(days, new_start)
    year = calendar.school_year.label
    if first + count - 1 >= len(days):
        raise _no_longer_fit(
            f"De {count} schooldagen van de activiteit passen vanaf {new_start:%d-%m-%Y} niet meer "
            f"in schooljaar {year}: het schooljaar eindigt eerder. Kies een eerdere datum, of "
            "maak de activiteit korter.",
            count, new_start, year,
        )
    new_end = days[first + count - 1]
    before = days_off_within(old_calendar, start, end)
    now = days_off_within(calendar, new_start, new_end)
    if len(now) > len(before):
        off = next((day for day in now if day not in before), now[0])
        reason = calendar.days_off[off]
        raise _no_longer_fit(
            f"De {count} schooldagen van de activiteit passen vanaf {new_start:%d-%m-%Y} niet meer "
            f"aaneen op schooldagen van schooljaar {year}: {off:%d-%m-%Y} is geen schooldag "
            f"({reason}). Kies een andere datum, of pas de einddatum aan.",
            count, new_start, year, off=off, reason=reason,
        )
    return new_end


def _no_longer_fit(
    message: str, count: int, day: dt.date, year: str, *, off: dt.date | None = None, reason: str = ""
) -> InvalidInputError:
    return InvalidInputError(
        message,
        key="activity-days-no-longer-fit",
        count=count,
        day=day,
        year=year,
        off=off if off is not None else "",
        reason=reason,
    )
