"""The school calendar: which days of a school year are school days.

A school day is a weekday that is not a Dutch public holiday, not in a school
holiday of the school's region, and not one of the school's study days. The
holidays come from the ``holidays`` package (country NL, subdivision
Noord/Midden/Zuid, categories public and school).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import holidays

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear

# The holidays package names its days in English by default; teachers read Dutch.
_DUTCH_NAMES = {
    "Summer Break": "Zomervakantie",
    "Autumn Break": "Herfstvakantie",
    "Christmas Break": "Kerstvakantie",
    "Spring Break": "Voorjaarsvakantie",
    "May Break": "Meivakantie",
}


@dataclass(frozen=True)
class SchoolCalendar:
    """The school days of one school year for a school in a region."""

    school_year: SchoolYear
    region: Region
    study_days: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls, school_year: SchoolYear, region: Region, study_days: Iterable[dt.date] = ()
    ) -> SchoolCalendar:
        return cls(school_year, Region(region), frozenset(study_days))

    @cached_property
    def days_off(self) -> dict[dt.date, str]:
        """Every weekday of the school year without pupils, with the reason in Dutch."""
        years = [self.school_year.first_year, self.school_year.first_year + 1]
        found = holidays.country_holidays(
            "NL",
            subdiv=self.region.holidays_subdiv,
            years=years,
            categories=("public", "school"),
            language="nl",
        )
        off: dict[dt.date, str] = {}
        for day, name in found.items():
            if day in self.school_year:
                off[day] = _DUTCH_NAMES.get(name, name)
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

