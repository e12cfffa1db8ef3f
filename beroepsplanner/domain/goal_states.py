"""The states of the school's goals and the goals over chains (``domain/goals.py`` has the
definitions in its docstring and puts the report together): a result with its numbers, how
parts combine, each chain's phase, the chain goals tallied, and parents."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from beroepsplanner.domain.chain import MEETS_PROFESSIONALS, ChainPlan
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.kinds import LessonKind, QuestionKind
from beroepsplanner.domain.pupil_record import took_part_counts
from beroepsplanner.domain.school_year import SchoolYear

CHAIN_GOALS = (GoalKind.COUNTER_STEREOTYPE, GoalKind.REFLECTION, GoalKind.FIRST_HALF)


class GoalState(StrEnum):
    REACHED = "reached"
    ON_ITS_WAY = "on_its_way"
    NOT_REACHED = "not_reached"
    NOT_MEASURABLE = "not_measurable"


class Unit(StrEnum):
    """What a result's numbers count."""

    WORLDS = "worlds"
    COMPANIES = "companies"
    CHAINS = "chains"
    COHORTS = "cohorts"
    GRADES = "grades"
    """Groepen of a school year (parents)."""
    YEARS = "years"
    """School years of a cohort (parents)."""


PARENT_ACTIVITIES = frozenset({"gastles-ouder"})
"""Catalog activities that are parents' involvement by themselves: a parent's guest lesson."""


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalResult:
    """One goal's state with the numbers behind it: ``met`` of ``target`` reached already,
    ``planned`` with what is ahead (chain goals: chains that have it, of ``target``
    counted chains)."""

    kind: GoalKind
    state: GoalState
    unit: Unit
    met: int
    planned: int
    target: int
    missing: tuple[str, ...] = ()
    """The worlds of technology neither met nor ahead (worlds)."""
    known: bool = True
    """False when a class's line does not reach back to the span's first groep."""
    within_reach: bool = True
    """Chain goals not reached: whether mending the chains ahead would still reach it."""
    not_reached: int = 0
    """Of a school year's cohorts, groepen or a cohort's years: how many did not reach it."""
    percent: int = 100


@dataclass(frozen=True)
class CohortGoals:
    cohort: int
    """The year it leaves groep 8 (``cohorts.leaving_year``)."""
    grade: int
    """Its groep in the chosen school year."""
    classes: tuple[str, ...]
    results: tuple[GoalResult, ...]


@dataclass(frozen=True)
class GoalsReport:
    """Every goal the school follows, for one school year and per cohort at school then."""

    school_year: str
    today: dt.date
    settings: GoalSettings
    year: tuple[GoalResult, ...]
    cohorts: tuple[CohortGoals, ...]


def parents_involved(chain: ChainPlan) -> bool | None:
    """Whether parents are involved in ``chain``: True for a parent's guest lesson of the
    catalog; None (cannot tell) for every other chain until the parents' register says
    which chains have a parent as guest or companion."""
    if chain.activity.key in PARENT_ACTIVITIES:
        return True
    return None


def carried_out(chain: ChainPlan, today: dt.date) -> bool:
    return took_part_counts(chain.status, chain.date, today)


def ahead(chain: ChainPlan, today: dt.date) -> bool:
    return not carried_out(chain, today) and chain.date >= today


def combine(states: Iterable[GoalState], *, any_unknown: bool = False) -> GoalState:
    """A school year's (or a cohort's) state from its parts' (see the module's docstring)."""
    found = list(states)
    if not found:
        return GoalState.NOT_MEASURABLE
    if GoalState.NOT_REACHED in found:
        return GoalState.NOT_REACHED
    if all(state is GoalState.REACHED for state in found):
        return GoalState.REACHED
    if all(state is GoalState.NOT_MEASURABLE for state in found) or (
        any_unknown and GoalState.NOT_MEASURABLE in found
    ):
        return GoalState.NOT_MEASURABLE
    return GoalState.ON_ITS_WAY


# --- the chain goals ----------------------------------------------------------------------


def chain_check(
    kind: GoalKind, settings: GoalSettings
) -> tuple[Callable[[ChainPlan], bool], Callable[[ChainPlan], bool]]:
    """(which chains the goal counts, whether a chain has it) for a chain goal."""
    if kind is GoalKind.COUNTER_STEREOTYPE:
        return (
            lambda c: c.activity.kind in MEETS_PROFESSIONALS or c.company is not None,
            lambda c: any(role.counter_stereotypical for role in c.role_models),
        )
    if kind is GoalKind.REFLECTION:

        def reflected(chain: ChainPlan) -> bool:
            lessons = [lesson for lesson in chain.lessons if lesson.kind is LessonKind.REFLECTION]
            attitude = sum(1 for lesson in lessons if QuestionKind.ATTITUDE in lesson.question_kinds)
            return len(lessons) >= settings.reflections and attitude >= settings.attitude_reflections

        return (lambda c: True, reflected)
    assert kind is GoalKind.FIRST_HALF
    halves: dict[str, dt.date] = {}

    def early(chain: ChainPlan) -> bool:
        label = chain.school_year or SchoolYear.containing(chain.date).label
        if label not in halves:
            halves[label] = settings.second_half(label)
        return chain.date < halves[label]

    return (lambda c: True, early)


LAPSED, CARRIED_OUT, AHEAD = 0, 1, 2
"""A chain's phase (see the module's docstring)."""


class Judge:
    """What the goals ask of each chain, worked out once per chain: a school year's chains
    are read again by their cohorts (a board has 3,000 of them)."""

    def __init__(self, settings: GoalSettings, today: dt.date) -> None:
        self.settings, self.today = settings, today
        self._phases: dict[int, int] = {}
        self._checks = {kind: chain_check(kind, settings) for kind in CHAIN_GOALS}
        self._answers: dict[GoalKind, dict[int, tuple[bool, bool]]] = {kind: {} for kind in CHAIN_GOALS}
        self._halves: dict[str, dt.date] = {}

    def phase(self, chain: ChainPlan) -> int:
        found = self._phases.get(id(chain))
        if found is None:
            found = self._phases[id(chain)] = self._phase(chain)
        return found

    def _phase(self, chain: ChainPlan) -> int:
        return CARRIED_OUT if carried_out(chain, self.today) else AHEAD if chain.date >= self.today else LAPSED

    def phases(self, chains: Iterable[ChainPlan]) -> dict[int, int]:
        """The phase of each of ``chains`` (and of every chain seen before) by ``id``."""
        for chain in chains:
            if id(chain) not in self._phases:
                self._phases[id(chain)] = self._phase(chain)
        return self._phases

    def answer(self, kind: GoalKind, chain: ChainPlan) -> tuple[bool, bool]:
        """(whether the goal counts the chain, whether it has it)."""
        answers = self._answers[kind]
        found = answers.get(id(chain))
        if found is None:
            counts, has = self._checks[kind]
            counted = counts(chain)
            found = answers[id(chain)] = (counted, counted and has(chain))
        return found

    def can_mend(self, kind: GoalKind, chain: ChainPlan) -> bool:
        """Whether a chain ahead can still get what the goal asks (into the first half only
        while that half lasts)."""
        if kind is not GoalKind.FIRST_HALF:
            return True
        label = chain.school_year or SchoolYear.containing(chain.date).label
        if label not in self._halves:
            self._halves[label] = self.settings.second_half(label)
        return self.today < self._halves[label]


@dataclass
class Tally:
    """A chain goal's counts over some chains; tallies of parts add up."""

    total: int = 0
    good: int = 0
    good_done: int = 0
    coming: int = 0
    mendable: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.total += other.total
        self.good += other.good
        self.good_done += other.good_done
        self.coming += other.coming
        self.mendable += other.mendable
        return self


def tally(kind: GoalKind, chains: Iterable[ChainPlan], judge: Judge) -> Tally:
    found = Tally()
    chains = list(chains)
    phases = judge.phases(chains)
    for chain in chains:
        phase = phases[id(chain)]
        if phase == LAPSED:
            continue
        counts, has = judge.answer(kind, chain)
        if not counts:
            continue
        found.total += 1
        found.good += has
        if phase == CARRIED_OUT:
            found.good_done += has
        else:
            found.coming += 1
            found.mendable += judge.can_mend(kind, chain)
    return found


def tally_result(kind: GoalKind, found: Tally, settings: GoalSettings) -> GoalResult:
    percent = settings.first_half_percent if kind is GoalKind.FIRST_HALF else 100
    need = math.ceil(percent * found.total / 100)
    if not found.total:
        state = GoalState.NOT_MEASURABLE
    elif found.good < need:
        state = GoalState.NOT_REACHED
    else:
        state = GoalState.ON_ITS_WAY if found.coming else GoalState.REACHED
    return GoalResult(
        kind, state, Unit.CHAINS, found.good_done, found.good, found.total,
        within_reach=found.good_done + found.mendable >= need, percent=percent,
    )


def chain_goal(
    kind: GoalKind, chains: Iterable[ChainPlan], settings: GoalSettings, today: dt.date,
    judge: Judge | None = None,
) -> GoalResult:
    """A chain goal over ``chains`` (a school year's or a cohort's)."""
    return tally_result(kind, tally(kind, chains, judge or Judge(settings, today)), settings)


def tallies_by_grade(kind: GoalKind, history: SchoolHistory, judge: Judge) -> dict[tuple[str, int], Tally]:
    """A chain goal's tally per school year and groep: one pass over every chain, which the
    year and its cohorts then add up."""
    found: dict[tuple[str, int], Tally] = {}
    for plan in history.years:
        by_grade: dict[int, list[ChainPlan]] = {}
        for chain in plan.chains:
            by_grade.setdefault(chain.grade, []).append(chain)
        for grade, chains in by_grade.items():
            found[(plan.school_year, grade)] = tally(kind, chains, judge)
    return found


def summed(parts: Iterable[Tally]) -> Tally:
    total = Tally()
    for part in parts:
        total += part
    return total


# --- parents ------------------------------------------------------------------------------


def parents_state(chains: Iterable[ChainPlan], settings: GoalSettings, judge: Judge) -> GoalState:
    """Parents in one groep in one school year."""
    done = coming = unknown = 0
    for chain in chains:
        phase = judge.phase(chain)
        if phase == LAPSED:
            continue
        now, later = phase == CARRIED_OUT, phase == AHEAD
        involved = parents_involved(chain)
        if involved is None:
            unknown += 1
        elif involved:
            done += now
            coming += later
    if done >= settings.parent_chains:
        return GoalState.REACHED
    if done + coming >= settings.parent_chains:
        return GoalState.ON_ITS_WAY
    return GoalState.NOT_MEASURABLE if unknown else GoalState.NOT_REACHED


def parents_goal(parts: list[list[ChainPlan]], unit: Unit, settings: GoalSettings, judge: Judge) -> GoalResult:
    """Parents over ``parts`` (the groepen of a school year, or a cohort's years)."""
    states = [parents_state(chains, settings, judge) for chains in parts]
    return GoalResult(
        GoalKind.PARENTS,
        combine(states, any_unknown=True),
        unit,
        sum(1 for s in states if s is GoalState.REACHED),
        sum(1 for s in states if s in (GoalState.REACHED, GoalState.ON_ITS_WAY)),
        len(states),
        not_reached=sum(1 for s in states if s is GoalState.NOT_REACHED),
    )
