"""The continuous line (*doorlopende lijn*) of one school year as a coverage table.

Pure functions over plain data: which groep meets which world of technology how
often, and per class how many chains it has, which worlds, professions and
counter-stereotypical role models its pupils meet. The overview screen draws
this table; the rule ``world-not-met`` (``domain/rules.py``) warns about the
same gaps across groep 4 to 8.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ChainStatus

GRADES = tuple(range(GRADE_MIN, GRADE_MAX + 1))
"""The rows of the table: groep 1 to 8."""

LINE_GRADES = range(4, 9)
"""The groepen in which every world of technology should be met at least once
(the same span as the rule ``world-not-met``)."""


@dataclass(frozen=True)
class CoverageClass:
    """A class of the school year, also when it has no chain yet."""

    id: int
    name: str
    grade: int


@dataclass(frozen=True)
class CoverageChain:
    """What one chain shows its class: the input of ``continuous_line``."""

    class_id: int
    title: str
    status: ChainStatus
    worlds: frozenset[str] = frozenset()
    """Worlds of technology of the activity and the company."""
    professions: frozenset[str] = frozenset()
    """Professions the pupils meet: of the activity, the company and the role models."""
    role_models: frozenset[str] = frozenset()
    counter_stereotypical: frozenset[str] = frozenset()
    """The names of the role models that break a stereotype (a subset of ``role_models``)."""


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
        """Worlds no chain of groep 4 to 8 meets: what ``world-not-met`` warns about."""
        if not any(self.has_class(grade) for grade in LINE_GRADES):
            return ()
        return tuple(world for world in self.worlds if self.line_count(world) == 0)

    @property
    def total_chains(self) -> int:
        return sum(c.chains for c in self.classes)


def continuous_line(
    classes: Iterable[CoverageClass],
    chains: Iterable[CoverageChain],
    worlds: Sequence[str],
) -> CoverageTable:
    """Count, per groep and world of technology, the chains that meet it, and sum up
    every class. ``worlds`` gives the columns in order; worlds of a chain that are not
    among them (non-technical sectors) are not counted as worlds of technology."""
    columns = tuple(worlds)
    known = set(columns)
    by_class: dict[int, list[CoverageChain]] = {}
    for chain in chains:
        by_class.setdefault(chain.class_id, []).append(chain)
    ordered = sorted(classes, key=lambda c: (c.grade, c.name.casefold(), c.id))
    names = {c.id: c for c in ordered}

    found: dict[tuple[int, str], list[str]] = {}
    per_grade: dict[int, int] = {}
    rows: list[ClassCoverage] = []
    for school_class in ordered:
        own = by_class.get(school_class.id, [])
        per_grade[school_class.grade] = per_grade.get(school_class.grade, 0) + len(own)
        for chain in own:
            for world in chain.worlds & known:
                found.setdefault((school_class.grade, world), []).append(
                    f"{school_class.name}: {chain.title}"
                )
        rows.append(_class_row(school_class, own, columns))
    stray = [c for c in by_class if c not in names]
    if stray:
        raise ValueError(f"chains of unknown classes: {sorted(stray)}")
    cells = {key: Cell(len(found[key]), tuple(found[key])) for key in found}
    return CoverageTable(columns, tuple(rows), cells, per_grade)


def _class_row(
    school_class: CoverageClass, chains: list[CoverageChain], columns: tuple[str, ...]
) -> ClassCoverage:
    status = [chain.status for chain in chains]
    met = set().union(*(chain.worlds for chain in chains)) if chains else set()
    return ClassCoverage(
        id=school_class.id,
        name=school_class.name,
        grade=school_class.grade,
        chains=len(chains),
        concept=status.count(ChainStatus.CONCEPT),
        planned=status.count(ChainStatus.PLANNED),
        done=status.count(ChainStatus.DONE),
        worlds=tuple(world for world in columns if world in met),
        professions=len(set().union(*(c.professions for c in chains))) if chains else 0,
        role_models=len(set().union(*(c.role_models for c in chains))) if chains else 0,
        counter_stereotypical=len(set().union(*(c.counter_stereotypical for c in chains)))
        if chains
        else 0,
    )
