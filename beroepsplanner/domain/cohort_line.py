"""The line per cohort, as the overview shows it beside the year view.

For every cohort at school in a chosen school year (one per groep, groep 1 first): its
groep and classes in each school year of the database, and what it met and has planned
from groep 1 to 8 — worlds of technology (counted from groep 4, the goal's span), other
sectors, companies, professions, role models and counter-stereotypical ones. A chain
before ``today`` counts as met, one from ``today`` on as planned. The cohort's classes in
a school year are those of its groep then (``cohorts.leaving_year``); the gaps are the
worlds the rule ``world-not-met`` warns about for one of its classes this year (each
class judged along its own line, ``cohorts.ClassLines``), so the view and the findings
agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from beroepsplanner.domain.chain import ChainPlan
from beroepsplanner.domain.cohorts import LINE_START, ClassLines, SchoolHistory, grade_in, leaving_year
from beroepsplanner.domain.coverage import people
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN


@dataclass(frozen=True)
class CohortYear:
    """A cohort in one school year: its groep (None when it is not at school then), its
    classes and their chains."""

    school_year: str
    grade: int | None
    classes: tuple[str, ...] = ()
    chains: int = 0
    planned: int = 0
    """Of ``chains``, those from today on."""


@dataclass(frozen=True)
class CohortCell:
    """One cohort × world of technology: its chains of groep 4–8 that meet the world, as
    ``"2026-2027 · Groep 6a: Bezoek aan de bakkerij"``."""

    met: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.met) + len(self.planned)


@dataclass(frozen=True)
class CohortRow:
    """One cohort: its line through the years and what it meets."""

    cohort: int
    """The year it leaves groep 8 (``cohorts.leaving_year``)."""
    grade: int
    """Its groep in the chosen school year."""
    classes: tuple[str, ...]
    years: tuple[CohortYear, ...]
    cells: dict[str, CohortCell] = field(default_factory=dict)
    gaps: tuple[str, ...] = ()
    """Worlds of technology one of its classes is warned about (``world-not-met``)."""
    known: bool = True
    """False when a class's line does not reach back to groep 4: its gaps are not judged."""
    chains: int = 0
    planned: int = 0
    sectors: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    professions: int = 0
    role_models: int = 0
    counter_stereotypical: int = 0

    def cell(self, world: str) -> CohortCell:
        return self.cells.get(world, CohortCell())

    def worlds_met(self, worlds: tuple[str, ...]) -> tuple[str, ...]:
        """Of ``worlds``, those its chains of groep 4–8 meet (met or planned)."""
        return tuple(world for world in worlds if self.cell(world).count)


@dataclass(frozen=True)
class CohortTable:
    """The line per cohort of the cohorts at school in ``school_year``."""

    school_year: str
    years: tuple[str, ...]
    worlds: tuple[str, ...]
    rows: tuple[CohortRow, ...]


def cohort_table(history: SchoolHistory, school_year: str, today: dt.date) -> CohortTable:
    """The line per cohort of every cohort with a class in ``school_year``."""
    worlds = history.technology_worlds
    year = history.year(school_year)
    if year is None:
        return CohortTable(school_year, history.labels, worlds, ())
    lines = ClassLines(history)
    cohorts = sorted({leaving_year(school_year, c.grade) for c in year.classes}, reverse=True)
    rows = tuple(_row(history, lines, school_year, cohort, today) for cohort in cohorts)
    return CohortTable(school_year, history.labels, worlds, rows)


def _row(history: SchoolHistory, lines: ClassLines, school_year: str, cohort: int, today: dt.date) -> CohortRow:
    worlds = history.technology_worlds
    years: list[CohortYear] = []
    chains: list[tuple[str, ChainPlan]] = []
    for plan in history.years:
        grade = grade_in(cohort, plan.school_year)
        if not GRADE_MIN <= grade <= GRADE_MAX:
            years.append(CohortYear(plan.school_year, None))
            continue
        ids = {c.id for c in plan.classes if c.grade == grade}
        own = [chain for chain in plan.chains if chain.class_id in ids]
        chains += [(plan.school_year, chain) for chain in own]
        years.append(
            CohortYear(
                plan.school_year,
                grade,
                tuple(sorted(c.name for c in plan.classes if c.grade == grade)),
                len(own),
                sum(1 for chain in own if chain.date >= today),
            )
        )
    met: dict[str, list[str]] = {}
    planned: dict[str, list[str]] = {}
    for label, chain in sorted(chains, key=lambda x: (x[1].date, x[1].class_name)):
        if chain.grade < LINE_START:
            continue
        target = planned if chain.date >= today else met
        for world in chain.worlds:
            target.setdefault(world, []).append(f"{label} · {chain.class_name}: {chain.activity.title}")
    now = history.year(school_year)
    assert now is not None
    current = [c for c in now.classes if leaving_year(school_year, c.grade) == cohort]
    gaps: set[str] = set()
    known = True
    for school_class in current:
        if school_class.id is None or school_class.grade < LINE_START:
            continue
        unmet = lines.unmet(school_class.id, worlds)
        if unmet is None:
            known = False
        else:
            gaps.update(unmet)
    plans = [chain for _label, chain in chains]
    return CohortRow(
        cohort=cohort,
        grade=current[0].grade if current else grade_in(cohort, school_year),
        classes=tuple(sorted(c.name for c in current)),
        years=tuple(years),
        cells={w: CohortCell(tuple(met.get(w, ())), tuple(planned.get(w, ()))) for w in worlds},
        gaps=tuple(w for w in worlds if w in gaps),
        known=known,
        chains=len(plans),
        planned=sum(1 for chain in plans if chain.date >= today),
        sectors=tuple(sorted(frozenset().union(*(c.meeting.sectors for c in plans)))),
        companies=tuple(sorted({c.company.name for c in plans if c.company is not None})),
        professions=len(frozenset().union(*(c.meeting.professions for c in plans))),
        role_models=len(people(plans)),
        counter_stereotypical=len(people(plans, counter_only=True)),
    )
