"""The school's goals (issue 18 item 3; domain.md, "Evaluation"): what the coordinator
sets, and each goal's state per school year and per cohort, from the rules' view of the
chains (``store/chain_plans.py``, read into a ``SchoolHistory`` by ``store/history.py``).

**The goals** (defaults from the research; each number editable, each goal can be
switched off — ``GoalSettings``):

- ``worlds``: every pupil meets all seven worlds of technology between groep 4 and 8
  (the span is editable). What counts as met is ``domain.chain.meeting_of``.
- ``companies``: every pupil meets at least 10 companies between groep 4 and 8: the
  companies of its chains (a visit, or a guest lesson or other activity with that company).
- ``counter_stereotype``: every chain in which pupils meet people (a company visit, a guest
  lesson, an internship, or any chain with a company; the chains the rule
  ``no-counter-stereotype`` looks at) has a counter-stereotypical role model
  (``RoleModelRef.counter_stereotypical``, ticked on the role model in the network).
- ``reflection``: every chain has two reflection lessons, one of them about attitudes: a
  reflection lesson whose template asks an attitude question (``QuestionKind.ATTITUDE``,
  the same mark the rule ``no-attitude-question`` reads).
- ``first_half``: the activities fall in the first half of the school year: before the day
  the second half starts (default 1 February, a day and month; editable) — at least a
  share of them (default 100%, editable).
- ``parents``: parents are involved in at least N chains (default 1) per groep per school
  year. What the program knows of it is ``parents_involved(chain)``: today only a parent's
  guest lesson of the catalog (``gastles-ouder``) says so; of any other chain it cannot
  tell (None). The parents' register (branch ``parents``) is to wire its parent guests in.

**Carried out, ahead, lapsed.** A chain counts as carried out when it is done, or planned
with its date passed (``pupil_record.took_part_counts``, as on each pupil's record); a
chain that is not carried out and dated today or later is *ahead* (planned or concept);
a concept whose date passed never happened and is not counted.

**States** (``GoalState``): reached, on its way, not reached, and "cannot be measured".

*Per cohort, the line goals* (worlds, companies) — judged along each class's line
(``cohorts.ClassLines``: parallel classes never mixed; on a merged class's line only what
every branch met counts) for the cohort's classes in the newest school year it is at school
(or its last one), and the weakest class counts:

- reached: what its pupils met already (chains carried out, in the span) reaches the goal;
- on its way: not reached yet, and either what is ahead (chains ahead along the line up to
  the span's last groep, and beyond the newest school year the plan the move to the next
  year would give it, ``cohorts.ClassLines.expected``) would reach it, or it still has at
  least one whole school year of the span after the current one (the current school year
  is the one ``today`` falls in) — time to plan more;
- not reached: it left the span's last groep without it, or it is in that groep now and
  nothing ahead reaches it;
- cannot be measured: what would be "not reached" for a class whose line does not reach
  back to the span's first groep (its earlier years are not in the program; its pupils may
  have met more).

*The chain goals* (counter-stereotype, reflection, first half), over the chains of a school
year or of a cohort (its groep in each school year): of the counted chains (carried out or
ahead) at least the share (100%, or the first half's percentage) have it as planned —

- reached: they do and none is ahead any more;
- on its way: they do and some are still ahead;
- not reached: they do not as the chains stand (``within_reach`` says whether mending the
  chains ahead would still reach it);
- cannot be measured: no chain counted.

*Parents*, per groep per school year: reached when at least N chains carried out involve
parents, on its way when the chains ahead make N, not reached when they do not and every
chain is known not to involve parents, else cannot be measured.

*A school year's state of a goal per cohort or per groep* combines the parts: not reached
when one is not, reached when all are, cannot be measured when one cannot (parents) or all
cannot (line goals), else on its way. For the line goals the parts are the cohorts in the
span's groepen that year, each judged as above — as the database stands today, also for an
earlier school year.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from beroepsplanner.domain.chain import MEETS_PROFESSIONALS, ChainPlan
from beroepsplanner.domain.cohorts import ClassLines, SchoolHistory, grade_in, leaving_year
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, LessonKind, QuestionKind
from beroepsplanner.domain.pupil_record import took_part_counts
from beroepsplanner.domain.school_year import SchoolYear


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


def _tallies(kind: GoalKind, history: SchoolHistory, judge: Judge) -> dict[tuple[str, int], Tally]:
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


def _summed(parts: Iterable[Tally]) -> Tally:
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


# --- the line goals -----------------------------------------------------------------------


class GoalLines(ClassLines):
    """The lines of the classes (``ClassLines``) with what a goal counts per chain
    (``items``: worlds, or companies) in the span ``start``–``end``; where a class's
    line does not reach back to ``start`` what is known counts, marked not known."""

    def __init__(
        self, history: SchoolHistory, items: Callable[[ChainPlan], frozenset[str]], start: int, end: int
    ) -> None:
        super().__init__(history)
        self.items, self.start, self.end = items, start, end
        self._since: dict[int, tuple[frozenset[str], bool]] = {}
        self._own: dict[int, frozenset[str]] = {}

    def own_worlds(self, class_id: int) -> frozenset[str]:
        found = self._own.get(class_id)
        if found is None:
            found = frozenset()
            if self.start <= self.classes[class_id].grade <= self.end:
                found = found.union(*(self.items(c) for c in self.chains[class_id]))
            self._own[class_id] = found
        return found

    def since_start(self, class_id: int) -> tuple[frozenset[str], bool]:
        """What the class's pupils have from the span's first groep up to this class's
        year, and whether the line reaches back to it."""
        if class_id in self._since:
            return self._since[class_id]
        own = self.own_worlds(class_id)
        found: tuple[frozenset[str], bool] = (own, True)
        if self.classes[class_id].grade > self.start:
            previous = self._previous(class_id)
            if previous is None:
                found = (own, False)
            else:
                parts = [self.since_start(p) for p in previous]
                found = (own | frozenset.intersection(*(p[0] for p in parts)), all(p[1] for p in parts))
        self._since[class_id] = found
        return found


def _items_of(kind: GoalKind) -> Callable[[ChainPlan], frozenset[str]]:
    if kind is GoalKind.WORLDS:
        return lambda chain: chain.worlds
    return lambda chain: frozenset((chain.company.name,)) if chain.company is not None else frozenset()


@dataclass
class _LineGoal:
    """One line goal over a history: the lines of what is carried out and of what is ahead."""

    kind: GoalKind
    start: int
    end: int
    met: GoalLines
    plan: GoalLines
    worlds: tuple[str, ...]
    target: int

    @classmethod
    def of(cls, kind: GoalKind, history: SchoolHistory, settings: GoalSettings, judge: Judge) -> _LineGoal:
        items = _items_of(kind)
        worlds = history.technology_worlds
        if kind is GoalKind.WORLDS:
            start, end, target = settings.worlds_from, settings.worlds_to, len(worlds)
        else:
            start, end, target = settings.companies_from, settings.companies_to, settings.companies
        phases = judge.phases(chain for year in history.years for chain in year.chains)
        none: frozenset[str] = frozenset()
        met = GoalLines(history, lambda c: items(c) if phases[id(c)] == CARRIED_OUT else none, start, end)
        plan = GoalLines(history, lambda c: items(c) if phases[id(c)] != LAPSED else none, start, end)
        return cls(kind, start, end, met, plan, worlds, target)

    def count(self, found: frozenset[str]) -> int:
        return len(found & frozenset(self.worlds)) if self.kind is GoalKind.WORLDS else len(found)

    def judge(self, class_id: int, cohort: int, today: dt.date) -> GoalResult:
        met, known = self.met.since_start(class_id)
        planned = self.plan.since_start(class_id)[0] | self.plan.ahead(class_id)
        met_count, planned_count = self.count(met), self.count(planned | met)
        now = grade_in(cohort, SchoolYear.containing(today).label)
        if met_count >= self.target:
            state = GoalState.REACHED
        elif (planned_count >= self.target and now <= self.end) or now < self.end:
            state = GoalState.ON_ITS_WAY
        else:
            state = GoalState.NOT_REACHED if known else GoalState.NOT_MEASURABLE
        unit = Unit.WORLDS if self.kind is GoalKind.WORLDS else Unit.COMPANIES
        missing = tuple(w for w in self.worlds if w not in planned | met) if self.kind is GoalKind.WORLDS else ()
        return GoalResult(self.kind, state, unit, met_count, planned_count, self.target, missing, known)


_ORDER = {GoalState.NOT_REACHED: 0, GoalState.NOT_MEASURABLE: 1, GoalState.ON_ITS_WAY: 2, GoalState.REACHED: 3}


def _weakest(results: list[GoalResult]) -> GoalResult:
    return min(results, key=lambda r: (_ORDER[r.state], r.met, r.planned))


def _latest_classes(history: SchoolHistory, cohort: int) -> list[int]:
    """The cohort's classes in the newest school year it is at school."""
    for plan in reversed(history.years):
        grade = grade_in(cohort, plan.school_year)
        if GRADE_MIN <= grade <= GRADE_MAX:
            ids = [c.id for c in plan.classes if c.grade == grade and c.id is not None]
            if ids:
                return ids
    return []


def _cohort_chains(history: SchoolHistory, cohort: int) -> list[list[ChainPlan]]:
    """The cohort's chains per school year it is at school (its groep's classes)."""
    found: list[list[ChainPlan]] = []
    for plan in history.years:
        grade = grade_in(cohort, plan.school_year)
        ids = {c.id for c in plan.classes if c.grade == grade}
        if GRADE_MIN <= grade <= GRADE_MAX and ids:
            found.append([chain for chain in plan.chains if chain.class_id in ids])
    return found


# --- the report ---------------------------------------------------------------------------

CHAIN_GOALS = (GoalKind.COUNTER_STEREOTYPE, GoalKind.REFLECTION, GoalKind.FIRST_HALF)
LINE_GOALS = (GoalKind.WORLDS, GoalKind.COMPANIES)


def school_goals(history: SchoolHistory, school_year: str, settings: GoalSettings, today: dt.date) -> GoalsReport:
    """Every goal the school follows for ``school_year`` and for each cohort at school then."""
    year = history.year(school_year)
    kinds = [kind for kind in GoalKind if settings.on(kind)]
    if year is None:
        return GoalsReport(school_year, today, settings, (), ())
    cohorts = sorted({leaving_year(school_year, c.grade) for c in year.classes}, reverse=True)
    judge = Judge(settings, today)
    lines = {kind: _LineGoal.of(kind, history, settings, judge) for kind in LINE_GOALS if kind in kinds}
    tallies = {kind: _tallies(kind, history, judge) for kind in CHAIN_GOALS if kind in kinds}
    per_cohort: list[CohortGoals] = []
    line_results: dict[GoalKind, list[tuple[int, GoalResult]]] = {kind: [] for kind in lines}
    for cohort in cohorts:
        chains = _cohort_chains(history, cohort) if GoalKind.PARENTS in kinds else []
        results: list[GoalResult] = []
        for kind in kinds:
            if kind in lines:
                judged = [lines[kind].judge(c, cohort, today) for c in _latest_classes(history, cohort)]
                result = _weakest(judged) if judged else GoalResult(
                    kind, GoalState.NOT_MEASURABLE, Unit.WORLDS if kind is GoalKind.WORLDS else Unit.COMPANIES,
                    0, 0, lines[kind].target,
                )
                line_results[kind].append((cohort, result))
            elif kind is GoalKind.PARENTS:
                result = parents_goal(chains, Unit.YEARS, settings, judge)
            else:
                result = tally_result(kind, _summed(
                    part for (label, grade), part in tallies[kind].items() if grade_in(cohort, label) == grade
                ), settings)
            results.append(result)
        grade = grade_in(cohort, school_year)
        names = tuple(sorted(c.name for c in year.classes if c.grade == grade))
        per_cohort.append(CohortGoals(cohort, grade, names, tuple(results)))
    year_results: list[GoalResult] = []
    for kind in kinds:
        if kind in lines:
            goal = lines[kind]
            parts = [r for cohort, r in line_results[kind] if goal.start <= grade_in(cohort, school_year) <= goal.end]
            states = [r.state for r in parts]
            year_results.append(
                GoalResult(
                    kind, combine(states), Unit.COHORTS,
                    sum(1 for s in states if s is GoalState.REACHED),
                    sum(1 for s in states if s in (GoalState.REACHED, GoalState.ON_ITS_WAY)),
                    len(states),
                    known=all(r.known for r in parts),
                    not_reached=sum(1 for s in states if s is GoalState.NOT_REACHED),
                )
            )
        elif kind is GoalKind.PARENTS:
            grades = sorted({c.grade for c in year.classes})
            groups = [
                [chain for chain in year.chains if chain.grade == grade] for grade in grades
            ]
            year_results.append(parents_goal(groups, Unit.GRADES, settings, judge))
        else:
            year_results.append(tally_result(kind, _summed(
                part for (label, _grade), part in tallies[kind].items() if label == school_year
            ), settings))
    return GoalsReport(school_year, today, settings, tuple(year_results), tuple(per_cohort))

