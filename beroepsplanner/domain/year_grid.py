"""The year planner's grid as plain data: weeks, classes, chains and their findings.

``store/planner.py`` reads a school year into a ``YearGrid``; the window
(``ui/year_grid.py``) draws it. The data lives here, apart from the store, so that the
window can show a year plan it kept from last time (``store/start_view.py``) before
the database layer is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner.domain.chain import Finding
from beroepsplanner.domain.kinds import ChainStatus


@dataclass(frozen=True)
class DayOff:
    """A weekday without pupils in the grid: a holiday (with its name) or a study day."""

    date: dt.date
    reason: str
    study_day: bool = False


@dataclass(frozen=True)
class GridWeek:
    """One column of the grid: a calendar week from Monday."""

    monday: dt.date
    iso_week: int
    month: int
    days_off: tuple[DayOff, ...] = ()

    @property
    def holiday(self) -> str | None:
        """The holiday's name when no weekday of the week has pupils, else None."""
        if len(self.days_off) < 5:
            return None
        names = [part for off in self.days_off for part in off.reason.split("; ")]
        return max(dict.fromkeys(names), key=names.count)


@dataclass(frozen=True)
class GridBar:
    """One chain as the grid draws it, with its own findings."""

    chain_id: int
    class_id: int
    activity_title: str
    status: ChainStatus
    date: dt.date
    preparation: tuple[dt.date, ...]
    reflection: tuple[dt.date, ...]
    company: str | None
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # The same findings whole (code and arguments), for the window's other language.
    rule_findings: tuple[Finding, ...] = ()
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days (``date`` its first)."""
    follows: int | None = None
    """The chain (of the same row) this one follows up: the grid joins their bars."""

    @property
    def activity_end(self) -> dt.date:
        """The activity's last day (its only day when it takes one)."""
        return self.end_date or self.date

    @property
    def first_day(self) -> dt.date:
        return min((*self.preparation, self.date))

    @property
    def last_day(self) -> dt.date:
        return max((*self.reflection, self.activity_end))


@dataclass(frozen=True)
class ClassRow:
    """One row of the grid: a class with its chains and its findings without a chain."""

    id: int
    name: str
    grade: int
    teacher: str
    bars: tuple[GridBar, ...] = ()
    findings: tuple[str, ...] = ()
    rule_findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class YearGrid:
    """The school year in the grid: its weeks, its classes and year-wide findings."""

    school_year: str
    region: str
    weeks: tuple[GridWeek, ...]
    classes: tuple[ClassRow, ...]
    findings: tuple[str, ...] = ()

    def week_index(self, day: dt.date) -> int | None:
        """The column of ``day``, or None outside the grid."""
        if not self.weeks:
            return None
        index = (day - self.weeks[0].monday).days // 7
        return index if 0 <= index < len(self.weeks) else None


@dataclass(frozen=True)
class PlannerView:
    """What the planner page shows: the school years (oldest first), the locked ones, and
    the year plan of the school year ``year`` (None when that year has no grid)."""

    school_years: tuple[str, ...]
    locked_years: tuple[str, ...]
    year: str
    grid: YearGrid | None
