"""The school calendar: which days of a school year are school days.

A school day is a weekday that is not a Dutch public holiday, not in a school
holiday of the school's region, not one of the school's free days and not one
of its study days. The holidays come from the ``holidays`` package (country NL,
subdivision Noord/Midden/Zuid, categories public and school), worked out once per
version of the package (``holiday_days.py``).

Two days are the school's own choice (``FreeDays``): Bevrijdingsdag (5 May) is a
day off at nearly all primary schools every year — Rijksoverheid's answer to
"Is Bevrijdingsdag een vrije dag?" — while the ``holidays`` package lists it
only in lustrum years, as employers have it; Goede Vrijdag is off at most
schools, but a school may make it a school day. Both are off by default.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.holiday_days import holiday_days

# The holidays package names its days in English by default; teachers read Dutch.
_DUTCH_NAMES = {
    "Summer Break": "Zomervakantie",
    "Autumn Break": "Herfstvakantie",
    "Christmas Break": "Kerstvakantie",
    "Spring Break": "Voorjaarsvakantie",
    "May Break": "Meivakantie",
}


LIBERATION_DAY = "Bevrijdingsdag"
GOOD_FRIDAY = "Goede vrijdag"


@dataclass(frozen=True)
class FreeDays:
    """The free days a school chooses itself (see the module's docstring)."""

    liberation_day: bool = True
    """5 May is a day off every year."""
    good_friday: bool = True
    """Goede Vrijdag is a day off."""


# Only the autumn and spring holidays are advice; the others are compulsory dates.
MOVABLE_HOLIDAYS = frozenset({"Herfstvakantie", "Voorjaarsvakantie"})


def _move_holiday(off: dict[dt.date, str], holiday: str, start: dt.date) -> None:
    """Take ``holiday`` out of its advised days and put it, as long, from ``start``."""
    days = sorted(day for day, name in off.items() if holiday in name.split("; "))
    if not days:
        return
    for day in days:
        rest = [n for n in off[day].split("; ") if n != holiday]
        if rest:
            off[day] = "; ".join(rest)
        else:
            del off[day]
    # Move by whole weeks: the advised holiday runs Saturday to Sunday, and so
    # does the moved one, starting in the week of ``start``.
    first_monday = min(d - dt.timedelta(days=d.weekday()) for d in days if d.weekday() < 5)
    shift = (start - dt.timedelta(days=start.weekday())) - first_monday
    for day in (d + shift for d in days):
        off[day] = f"{off[day]}; {holiday}" if day in off else holiday


@dataclass(frozen=True)
class SchoolCalendar:
    """The school days of one school year for a school in a region."""

    school_year: SchoolYear
    region: Region
    study_days: frozenset[dt.date] = field(default_factory=frozenset)
    # (holiday name, first day of the week the school takes it instead)
    holiday_moves: tuple[tuple[str, dt.date], ...] = ()
    free_days: FreeDays = FreeDays()

    @classmethod
    def of(
        cls,
        school_year: SchoolYear,
        region: Region | str,
        study_days: Iterable[dt.date] = (),
        holiday_moves: Iterable[tuple[str, dt.date]] = (),
        free_days: FreeDays = FreeDays(),
    ) -> SchoolCalendar:
        moves = tuple(sorted(holiday_moves))
        for name, _start in moves:
            if name not in MOVABLE_HOLIDAYS:
                raise InvalidInputError(
                    f"De {name} kan niet worden verschoven; alleen de "
                    f"{' en de '.join(sorted(MOVABLE_HOLIDAYS))} zijn een advies.",
                    key="holiday-not-movable",
                    holiday=name,
                )
        return cls(school_year, Region(region), frozenset(study_days), moves, free_days)

    @cached_property
    def days_off(self) -> dict[dt.date, str]:
        """Every weekday of the school year without pupils, with the reason in Dutch."""
        years = [self.school_year.first_year, self.school_year.first_year + 1]
        # The holidays package's days, kept between runs (``holiday_days.py``).
        found = holiday_days(self.region.holidays_subdiv, years)
        off: dict[dt.date, str] = {}
        dropped = set() if self.free_days.good_friday else {GOOD_FRIDAY.casefold()}
        if not self.free_days.liberation_day:
            dropped.add(LIBERATION_DAY.casefold())
        for day, name in found.items():
            if day in self.school_year:
                names = [_DUTCH_NAMES.get(n, n) for n in name.split("; ")]
                names = [n for n in names if n.casefold() not in dropped]
                if names:
                    off[day] = "; ".join(names)
        liberation = dt.date(self.school_year.first_year + 1, 5, 5)
        if self.free_days.liberation_day and liberation in self.school_year:
            reasons = off[liberation].split("; ") if liberation in off else []
            if LIBERATION_DAY not in reasons:
                off[liberation] = "; ".join([*reasons, LIBERATION_DAY])
        for holiday, start in self.holiday_moves:
            _move_holiday(off, holiday, start)
        for day in self.study_days:
            if day in self.school_year:
                off.setdefault(day, "Studiedag")
        return off

    @cached_property
    def _school_days(self) -> tuple[dt.date, ...]:
        return tuple(day for day in self._all_days() if self._is_school_day(day))

    def _all_days(self) -> Iterator[dt.date]:
        day = self.school_year.start
        while day <= self.school_year.end:
            yield day
            day += dt.timedelta(days=1)

    def _is_school_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.days_off

    def is_school_day(self, day: dt.date) -> bool:
        """True when pupils are at school on ``day`` (False outside the school year)."""
        return day in self.school_year and self._is_school_day(day)

    def why_not_school_day(self, day: dt.date) -> str | None:
        """A Dutch reason why ``day`` is not a school day, or None when it is one."""
        if day not in self.school_year:
            return f"valt buiten schooljaar {self.school_year.label}"
        if day.weekday() >= 5:
            return "is een zaterdag" if day.weekday() == 5 else "is een zondag"
        if day in self.days_off:
            return self.days_off[day]
        return None

    def school_days(self) -> tuple[dt.date, ...]:
        """All school days of the school year, in order."""
        return self._school_days

    def next_school_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a school day, else the first school day after it.

        Raises ValueError when no school day follows within the school year.
        """
        days = self._school_days
        index = bisect.bisect_left(days, day)
        if index == len(days):
            raise ValueError(f"geen schooldag meer na {day.isoformat()} in {self.school_year}")
        return days[index]

    def shift(self, day: dt.date, school_days: int) -> dt.date:
        """The school day ``school_days`` school days after (or, negative, before) ``day``.

        ``day`` must be a school day. Raises ValueError when the result falls
        outside the school year.
        """
        days = self._school_days
        index = bisect.bisect_left(days, day)
        if index == len(days) or days[index] != day:
            raise ValueError(f"{day.isoformat()} is geen schooldag")
        target = index + school_days
        if not 0 <= target < len(days):
            raise ValueError(f"{school_days} schooldagen vanaf {day.isoformat()} valt buiten {self.school_year}")
        return days[target]

    def week_of(self, day: dt.date) -> dt.date:
        """The Monday of the week ``day`` is in."""
        return day - dt.timedelta(days=day.weekday())

    @cached_property
    def school_weeks(self) -> tuple[dt.date, ...]:
        """The Mondays of the weeks that hold at least one school day, in order."""
        return tuple(sorted({self.week_of(day) for day in self._school_days}))

    def school_week_index(self, day: dt.date) -> int:
        """Position of ``day``'s week among the school weeks.

        A day in a holiday week counts as the school week before it, so a gap
        is measured in school weeks, not calendar weeks.
        """
        return bisect.bisect_right(self.school_weeks, self.week_of(day)) - 1

    def school_weeks_between(self, earlier: dt.date, later: dt.date) -> int:
        """How many school weeks ``later`` lies after ``earlier`` (0 in the same week)."""
        return self.school_week_index(later) - self.school_week_index(earlier)

