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
from collections.abc import Callable
from dataclasses import dataclass

from beroepsplanner.domain.chain import ChainPlan
from beroepsplanner.domain.cohorts import ClassLines, SchoolHistory, grade_in, leaving_year
from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.goal_states import (
    CARRIED_OUT,
    CHAIN_GOALS,
    LAPSED,
    Judge,
    parents_goal,
    summed,
    tallies_by_grade,
    tally_result,
)

# The states and the chain goals have a module of their own; named here for their readers.
from beroepsplanner.domain.goal_states import CohortGoals as CohortGoals
from beroepsplanner.domain.goal_states import GoalResult as GoalResult
from beroepsplanner.domain.goal_states import GoalsReport as GoalsReport
from beroepsplanner.domain.goal_states import GoalState as GoalState
from beroepsplanner.domain.goal_states import Unit as Unit
from beroepsplanner.domain.goal_states import chain_goal as chain_goal
from beroepsplanner.domain.goal_states import combine as combine
from beroepsplanner.domain.goal_states import parents_involved as parents_involved
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.domain.school_year import SchoolYear

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
    tallies = {kind: tallies_by_grade(kind, history, judge) for kind in CHAIN_GOALS if kind in kinds}
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
                result = tally_result(kind, summed(
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
            year_results.append(tally_result(kind, summed(
                part for (label, _grade), part in tallies[kind].items() if label == school_year
            ), settings))
    return GoalsReport(school_year, today, settings, tuple(year_results), tuple(per_cohort))

