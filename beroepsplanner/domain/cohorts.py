"""Cohorts: the same pupils across school years, and the line each class's pupils walk.

**How a cohort is keyed.** By the calendar year in which it leaves groep 8 for secondary
school (``leaving_year``): a class of groep g in school year S–(S+1) belongs to cohort
S + 9 − g. Groep 8 of 2026-2027 is cohort 2027; groep 1 of 2026-2027 is cohort 2034, and
so is groep 2 of 2027-2028. The year a cohort leaves is the same for all its pupils
(children enter groep 1 all year round, on their fourth birthday, but leave together in
the summer), and it needs nothing but a class's groep and school year, so it holds for
every school year in the database — also one imported or made before the move to the
next year kept where classes came from. A combination class counts under the one groep
the program keeps for it.

**The line of a class.** Which pupils met what is followed through the classes they were
in: ``ClassRef.previous``, which the move to the next year keeps (a class goes on as the
class one groep up; a split class shares its origin; a merged class has two). Two
parallel classes are never mixed up: what 6a saw, 6b did not. A world counts as met along
a merged class's line only when every class it came from met it (every pupil did), and a
company visit counts as often as on the branch that went there most. Looking ahead, a
class goes on into the classes that name it as their origin; beyond the newest school
year, into the newest year's class of the next groep whose plan the move would give it
(``domain.years.plan_source``): each groep's plan is the natural start of next year's,
so that is what the class can expect. A class whose line does not reach back to groep 4
(its groep 4 lay before the first school year in the database, or it was made without an
origin) is not judged on "since groep 4": what it met before is not known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from beroepsplanner.domain.chain import ChainPlan, ClassRef, YearPlan
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.series import series_key, series_of
from beroepsplanner.domain.years import LAST_GRADE, next_class_name, plan_source

LINE_START = 4
"""The groep from which every world of technology should be met (domain.md: "worlds of
technology that a cohort never meets between groep 4 and 8")."""


def leaving_year(school_year: str, grade: int) -> int:
    """The cohort of a class of ``grade`` in ``school_year``: the year it leaves groep 8."""
    return SchoolYear.parse(school_year).first_year + 1 + LAST_GRADE - grade


def grade_in(cohort: int, school_year: str) -> int:
    """The groep cohort ``cohort`` is in during ``school_year`` (below 1 or above 8 when it
    is not at school then)."""
    return SchoolYear.parse(school_year).first_year + 1 + LAST_GRADE - cohort


@dataclass(frozen=True)
class SchoolHistory:
    """Every school year of the school, oldest first, with its classes and chains: what the
    cohort rules and the line per cohort look at (``store.history.load_history``)."""

    years: tuple[YearPlan, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(year.school_year for year in self.years)

    @property
    def technology_worlds(self) -> tuple[str, ...]:
        return self.years[-1].technology_worlds if self.years else ()

    def year(self, label: str) -> YearPlan | None:
        """The school year ``label``, or None when the history does not hold it."""
        return next((year for year in self.years if year.school_year == label), None)

    def with_year(self, plan: YearPlan) -> SchoolHistory:
        """This history with ``plan`` in the place of its school year (added when new)."""
        years = [year for year in self.years if year.school_year != plan.school_year]
        return SchoolHistory(tuple(sorted((*years, plan), key=lambda y: y.school_year)))


@dataclass(frozen=True)
class Visits:
    """A company's visits along a class's line: the groep of each visit, in order."""

    grades: tuple[int, ...] = ()


class ClassLines:
    """The classes of a history with their chains, where each came from and goes to."""

    def __init__(self, history: SchoolHistory) -> None:
        self.history = history
        self.position: dict[int, int] = {}
        self.classes: dict[int, ClassRef] = {}
        self.chains: dict[int, list[ChainPlan]] = {}
        for index, year in enumerate(history.years):
            for school_class in year.classes:
                if school_class.id is not None:
                    self.position[school_class.id] = index
                    self.classes[school_class.id] = school_class
                    self.chains.setdefault(school_class.id, [])
            for chain in year.chains:
                if chain.class_id is not None:
                    self.chains.setdefault(chain.class_id, []).append(chain)
        for found in self.chains.values():
            found.sort(key=lambda c: (c.date, c.id or 0))
        self.next: dict[int, list[int]] = {}
        for class_id in self.classes:
            for previous in self._previous(class_id) or ():
                self.next.setdefault(previous, []).append(class_id)
        self._met: dict[int, frozenset[str] | None] = {}
        self._ahead: dict[int, frozenset[str]] = {}
        self._visits: dict[int, dict[str, Visits]] = {}

    def _previous(self, class_id: int) -> list[int] | None:
        """The classes of an earlier school year this class came from; None when one of
        them is not in the history (or it names none: a class without a known past)."""
        school_class = self.classes[class_id]
        here = self.position[class_id]
        found = [p for p in school_class.previous if p in self.classes and self.position[p] < here]
        if not found or len(found) < len(school_class.previous):
            return None
        return found

    def own_worlds(self, class_id: int) -> frozenset[str]:
        """The worlds of technology the class's own chains meet, counted from groep 4."""
        if self.classes[class_id].grade < LINE_START:
            return frozenset()
        return frozenset().union(*(c.worlds for c in self.chains[class_id]))

    def met_since_start(self, class_id: int) -> frozenset[str] | None:
        """The worlds of technology the class's pupils met (or have in their plan) from
        groep 4 up to and including this class's year; None when the line does not reach
        back to groep 4."""
        if class_id in self._met:
            return self._met[class_id]
        own = self.own_worlds(class_id)
        met: frozenset[str] | None = own
        if self.classes[class_id].grade > LINE_START:
            previous = self._previous(class_id)
            if previous is None:
                met = None
            else:
                parts = [self.met_since_start(p) for p in previous]
                met = None if any(part is None for part in parts) else own | frozenset.intersection(
                    *(part for part in parts if part is not None)
                )
        self._met[class_id] = met
        return met

    def ahead(self, class_id: int) -> frozenset[str]:
        """The worlds of technology the class's pupils meet in their later groepen: in the
        classes of later school years that came from it, and beyond the newest school year
        in what the newest year's class of each next groep does (``expected``)."""
        if class_id in self._ahead:
            return self._ahead[class_id]
        later = self.next.get(class_id, [])
        if later:
            found = frozenset.intersection(*(self.own_worlds(n) | self.ahead(n) for n in later))
        elif self.position[class_id] == len(self.history.years) - 1:
            found = self.expected(class_id)
        else:
            found = frozenset()
        self._ahead[class_id] = found
        return found

    @cached_property
    def _newest_by_grade(self) -> dict[int, list[ClassRef]]:
        newest = self.history.years[-1] if self.history.years else None
        by_grade: dict[int, list[ClassRef]] = {}
        for school_class in sorted(newest.classes if newest else (), key=lambda c: (c.grade, c.name)):
            by_grade.setdefault(school_class.grade, []).append(school_class)
        return by_grade

    def expected(self, class_id: int) -> frozenset[str]:
        """What a class of the newest school year can expect in groep ``grade + 1`` to 8:
        for each, the plan of the newest year's class of that groep that the move to the
        next year would give it (the same name one groep up, else the same letter, else the
        first class of the groep)."""
        school_class = self.classes[class_id]
        name, found = school_class.name, frozenset[str]()
        for grade in range(school_class.grade + 1, LAST_GRADE + 1):
            name = next_class_name(name)
            candidates = self._newest_by_grade.get(grade, [])
            index = plan_source([c.name for c in candidates], name)
            source = candidates[index].id if index is not None else None
            if source is not None:
                found |= self.own_worlds(source)
        return found

    def unmet(self, class_id: int, worlds: Iterable[str]) -> tuple[str, ...] | None:
        """The ``worlds`` the class's pupils did not meet since groep 4 and have not got
        in their plan up to groep 8; None when the line does not reach back to groep 4."""
        met = self.met_since_start(class_id)
        if met is None:
            return None
        seen = met | self.ahead(class_id)
        return tuple(world for world in worlds if world not in seen)

    def visits_before(self, class_id: int) -> dict[str, Visits]:
        """Each company's visits in the school years before this class's, along its line
        (on a merged class's line, the branch that went there most)."""
        if class_id in self._visits:
            return self._visits[class_id]
        found: dict[str, Visits] = {}
        for previous in self._previous(class_id) or ():
            line = dict(self.visits_before(previous))
            grade = self.classes[previous].grade
            heads = series_of(self.chains[previous])
            counted: set[tuple[object, str]] = set()
            for chain in self.chains[previous]:
                if chain.company is not None:
                    # A series (a visit and its follow-ups) is one visit.
                    series = (series_key(chain, heads), chain.company.name)
                    if series in counted:
                        continue
                    counted.add(series)
                    earlier = line.get(chain.company.name, Visits())
                    line[chain.company.name] = replace(earlier, grades=(*earlier.grades, grade))
            for company, visits in line.items():
                if len(visits.grades) > len(found.get(company, Visits()).grades):
                    found[company] = visits
        self._visits[class_id] = found
        return found
