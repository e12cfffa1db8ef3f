"""The continuous line (*doorlopende lijn*) of one school year as a coverage table.

Pure functions over plain data (a ``YearPlan``, the rules' own view of the year):
which groep meets which world of technology how often, and per class how many
chains it has, which worlds, professions and counter-stereotypical role models its
pupils meet. The overview screen draws this table; the line per cohort, across
school years, is ``domain/cohort_line.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from beroepsplanner.domain.chain import ChainPlan, ClassRef, YearPlan
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ChainStatus

GRADES = tuple(range(GRADE_MIN, GRADE_MAX + 1))
"""The rows of the table: groep 1 to 8."""

LINE_GRADES = range(4, 9)
"""The groepen in which every world of technology should be met at least once
(the same span as the rule ``world-not-met``)."""


@dataclass(frozen=True)
class ClassCoverage:
    """One row of the per-class table."""

    id: int
    name: str
    grade: int
    chains: int
    concept: int
    planned: int
    done: int
    worlds: tuple[str, ...]
    """The worlds of technology met, in the order of the seven worlds."""
    professions: int
    role_models: int
    counter_stereotypical: int


@dataclass(frozen=True)
class Cell:
    """One groep × world: how many chains meet the world, and which ones."""

    count: int = 0
    chains: tuple[str, ...] = ()
    """``"Groep 6a: Bezoek aan de bakkerij"`` for every chain counted, for tooltips."""


@dataclass(frozen=True)
class CoverageTable:
    """The continuous line of one school year: groep 1–8 × the worlds of technology."""

    worlds: tuple[str, ...]
    classes: tuple[ClassCoverage, ...]
    cells: dict[tuple[int, str], Cell] = field(default_factory=dict)
    chains_per_grade: dict[int, int] = field(default_factory=dict)

    def cell(self, grade: int, world: str) -> Cell:
        """The cell of ``grade`` and ``world`` (an empty cell when nothing meets it)."""
        return self.cells.get((grade, world), Cell())

    def count(self, grade: int, world: str) -> int:
        return self.cell(grade, world).count

    def classes_in(self, grade: int) -> tuple[ClassCoverage, ...]:
        return tuple(c for c in self.classes if c.grade == grade)

    def has_class(self, grade: int) -> bool:
        return any(c.grade == grade for c in self.classes)

    def line_count(self, world: str) -> int:
        """How many chains of groep 4 to 8 meet ``world``."""
        return sum(self.count(grade, world) for grade in LINE_GRADES)

    def is_gap(self, grade: int, world: str) -> bool:
        """True for an empty cell that matters: a groep 4–8 that has a class but never
        meets ``world``. Empty cells of groep 1–3 are not gaps (nothing warns about them)."""
        return grade in LINE_GRADES and self.has_class(grade) and self.count(grade, world) == 0

    @property
    def unmet_worlds(self) -> tuple[str, ...]:
        """Worlds no chain of this year's groep 4 to 8 meets (the year on its own; the rule
        ``world-not-met`` follows each class's line across the years instead)."""
        if not any(self.has_class(grade) for grade in LINE_GRADES):
            return ()
        return tuple(world for world in self.worlds if self.line_count(world) == 0)

    @property
    def total_chains(self) -> int:
        return sum(c.chains for c in self.classes)


def continuous_line(plan: YearPlan) -> CoverageTable:
    """Count, per groep and world of technology, the chains of ``plan`` that meet it (what
    counts as met: ``domain.chain.meeting_of``), and sum up every class. The plan's worlds
    of technology give the columns in order; other sectors are not columns."""
    columns = tuple(plan.technology_worlds)
    known = set(columns)
    by_class: dict[int | None, list[ChainPlan]] = {}
    for chain in plan.chains:
        by_class.setdefault(chain.class_id, []).append(chain)
    ordered = sorted(plan.classes, key=lambda c: (c.grade, c.name.casefold(), c.id or 0))
    ids = {c.id for c in ordered}

    found: dict[tuple[int, str], list[str]] = {}
    per_grade: dict[int, int] = {}
    rows: list[ClassCoverage] = []
    for school_class in ordered:
        own = by_class.get(school_class.id, [])
        per_grade[school_class.grade] = per_grade.get(school_class.grade, 0) + len(own)
        for chain in own:
            for world in chain.worlds & known:
                found.setdefault((school_class.grade, world), []).append(
                    f"{school_class.name}: {chain.activity.title}"
                )
        rows.append(_class_row(school_class, own, columns))
    stray = [c for c in by_class if c not in ids]
    if stray:
        raise ValueError(f"chains of unknown classes: {sorted(map(str, stray))}")
    cells = {key: Cell(len(found[key]), tuple(found[key])) for key in found}
    return CoverageTable(columns, tuple(rows), cells, per_grade)


def people(chains: Iterable[ChainPlan], *, counter_only: bool = False) -> frozenset[str]:
    """The role models of ``chains`` as people (two may share a name: counted by id)."""
    return frozenset(
        f"{role.id}:{role.name}"
        for chain in chains
        for role in chain.role_models
        if role.counter_stereotypical or not counter_only
    )


def _class_row(school_class: ClassRef, chains: list[ChainPlan], columns: tuple[str, ...]) -> ClassCoverage:
    status = [chain.status for chain in chains]
    met = frozenset().union(*(chain.worlds for chain in chains))
    return ClassCoverage(
        id=school_class.id or 0,
        name=school_class.name,
        grade=school_class.grade,
        chains=len(chains),
        concept=status.count(ChainStatus.CONCEPT),
        planned=status.count(ChainStatus.PLANNED),
        done=status.count(ChainStatus.DONE),
        worlds=tuple(world for world in columns if world in met),
        professions=len(frozenset().union(*(c.meeting.professions for c in chains))),
        role_models=len(people(chains)),
        counter_stereotypical=len(people(chains, counter_only=True)),
    )
