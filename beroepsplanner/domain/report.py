"""The school's figures for the team and the board (issue 18 items 4 and 5), as plain data.

One school year's figures per groep and per cohort, the before-and-after totals, and a
comparison of every school year in the database. Everything is counted from the rules' own
view of the chains (``ChainPlan``: ``store/chain_plans.py`` builds it), so the report
agrees with the Overzicht and ``check``:

- a chain is **done** when its status is "uitgevoerd", **planned** when "gepland", a
  **concept** otherwise;
- worlds of technology, other sectors and professions are what the pupils meet
  (``meeting_of``): the company's, the role models', else the activity's own;
- role models are counted as people (two chains with the same guest count once), the
  counter-stereotypical ones among them apart;
- a cohort is the pupils who leave groep 8 in the same summer (``cohorts.leaving_year``):
  its figures take every chain of its groep in every school year, before and after this one;
  its worlds are those met from groep 4 on, the span of the goal;
- before and after compare only the chains counted at both moments (``measurement.shift``).

``report_json`` gives the same figures as JSON-ready data (``beroepsplanner report --json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from beroepsplanner.domain.chain import ChainPlan, YearPlan
from beroepsplanner.domain.cohorts import LINE_START, SchoolHistory, grade_in, leaving_year
from beroepsplanner.domain.coverage import people
from beroepsplanner.domain.goal_states import parents_involved
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ChainStatus, LessonKind
from beroepsplanner.domain.measurement import ChainMeasurement, Shift, Tally, shift


@dataclass(frozen=True)
class Figures:
    """What a set of chains (a groep, a cohort, a school year) did and meets."""

    chains: int = 0
    done: int = 0
    planned: int = 0
    concepts: int = 0
    preparation_lessons: int = 0
    reflection_lessons: int = 0
    worlds: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    professions: int = 0
    role_models: int = 0
    counter_stereotypical: int = 0
    chains_with_counter_stereotypical: int = 0
    parents_involved: int = 0
    """Chains with a parent as guest (``goal_states.parents_involved``)."""
    evaluated: int = 0
    """Chains with an evaluation (the teacher's or the company's side)."""
    world_chains: tuple[tuple[str, int], ...] = ()
    """Per world met, how many chains meet it (the heat map's cells)."""
    before_after: Shift = field(default_factory=lambda: shift([]))

    def chains_meeting(self, world: str) -> int:
        return dict(self.world_chains).get(world, 0)


@dataclass(frozen=True)
class GroepFigures:
    groep: int
    classes: tuple[str, ...]
    figures: Figures


@dataclass(frozen=True)
class CohortFigures:
    cohort: int
    """The summer it leaves groep 8."""
    groep: int
    """Its groep in the report's school year."""
    line: tuple[tuple[str, int], ...]
    """(school year, groep) for every school year of the database it was at school."""
    figures: Figures
    """Every chain of its groep in those years; ``worlds`` from groep 4 on."""


@dataclass(frozen=True)
class YearFigures:
    school_year: str
    figures: Figures


@dataclass(frozen=True)
class GoalLine:
    """One of the school's goals as the report shows it: its words, its state ("reached",
    "on-its-way", "not-reached" or "unknown") and the numbers behind it."""

    text: str
    state: str
    detail: str = ""


@dataclass(frozen=True)
class SchoolReport:
    school: str
    school_year: str
    groepen: tuple[GroepFigures, ...]
    cohorts: tuple[CohortFigures, ...]
    year: Figures
    """The whole school year."""
    years: tuple[YearFigures, ...]
    """Every school year of the database, oldest first: how the line grows."""
    worlds: tuple[str, ...]
    """The worlds of technology, in the catalog's order."""
    vision: str = ""
    """The school's vision in a few sentences (the coordinator writes it)."""
    goals: tuple[GoalLine, ...] = ()
    next_year: tuple[GroepFigures, ...] = ()
    """The plan of the school year after this one, per groep, when the database holds it."""


class _Counted(NamedTuple):
    """What was entered beside the chains: the before-and-after totals, the evaluated ids."""

    measurements: Mapping[int, ChainMeasurement]
    evaluated: frozenset[int]


def figures(
    chains: Iterable[ChainPlan],
    measurements: Mapping[int, ChainMeasurement],
    worlds_from: int = GRADE_MIN,
    evaluated: frozenset[int] = frozenset(),
) -> Figures:
    """Count ``chains`` (``Figures``); worlds only of chains from groep ``worlds_from``."""
    plans = list(chains)
    role_chains = [c for c in plans if any(r.counter_stereotypical for r in c.role_models)]
    counted = [measurements[c.id] for c in plans if c.id is not None and c.id in measurements]
    meeting: dict[str, int] = {}
    for chain in plans:
        if chain.grade >= worlds_from:
            for world in chain.worlds:
                meeting[world] = meeting.get(world, 0) + 1
    return Figures(
        chains=len(plans),
        done=sum(1 for c in plans if c.status is ChainStatus.DONE),
        planned=sum(1 for c in plans if c.status is ChainStatus.PLANNED),
        concepts=sum(1 for c in plans if c.status is ChainStatus.CONCEPT),
        preparation_lessons=sum(len(c.lessons_of(LessonKind.PREPARATION)) for c in plans),
        reflection_lessons=sum(len(c.lessons_of(LessonKind.REFLECTION)) for c in plans),
        worlds=tuple(sorted({w for c in plans if c.grade >= worlds_from for w in c.worlds})),
        sectors=tuple(sorted({s for c in plans for s in c.meeting.sectors})),
        companies=tuple(sorted({c.company.name for c in plans if c.company is not None})),
        professions=len({p for c in plans for p in c.meeting.professions}),
        role_models=len(people(plans)),
        counter_stereotypical=len(people(plans, counter_only=True)),
        chains_with_counter_stereotypical=len(role_chains),
        parents_involved=sum(1 for c in plans if parents_involved(c)),
        evaluated=sum(1 for c in plans if c.id is not None and c.id in evaluated),
        world_chains=tuple(sorted(meeting.items())),
        before_after=shift(counted),
    )


def school_report(
    history: SchoolHistory,
    school_year: str,
    measurements: Mapping[int, ChainMeasurement],
    school: str = "",
    evaluated: frozenset[int] = frozenset(),
) -> SchoolReport:
    """The figures of ``school_year`` (a label the history holds) and of every year;
    ``evaluated``: the ids of the chains with an evaluation."""
    year = history.year(school_year)
    if year is None:
        raise ValueError(f"no school year {school_year} in the history")
    counted = _Counted(measurements, evaluated)
    groepen = _groepen(year, counted)
    later = [y for y in history.years if y.school_year > school_year]
    cohorts = tuple(
        _cohort(history, school_year, cohort, counted)
        for cohort in sorted({leaving_year(school_year, c.grade) for c in year.classes}, reverse=True)
    )
    return SchoolReport(
        school=school,
        school_year=school_year,
        groepen=groepen,
        cohorts=cohorts,
        year=figures(year.chains, measurements, evaluated=evaluated),
        years=tuple(
            YearFigures(y.school_year, figures(y.chains, measurements, evaluated=evaluated))
            for y in history.years
        ),
        worlds=history.technology_worlds,
        next_year=_groepen(later[0], counted) if later else (),
    )


def _groepen(year: YearPlan, counted: _Counted) -> tuple[GroepFigures, ...]:
    return tuple(_groep(year, grade, counted) for grade in sorted({c.grade for c in year.classes}))


def _groep(year: YearPlan, grade: int, counted: _Counted) -> GroepFigures:
    return GroepFigures(
        grade,
        tuple(sorted(c.name for c in year.classes if c.grade == grade)),
        figures((c for c in year.chains if c.grade == grade), counted.measurements, evaluated=counted.evaluated),
    )


def _cohort(
    history: SchoolHistory, school_year: str, cohort: int, counted: _Counted
) -> CohortFigures:
    line: list[tuple[str, int]] = []
    chains: list[ChainPlan] = []
    for plan in history.years:
        grade = grade_in(cohort, plan.school_year)
        if not GRADE_MIN <= grade <= GRADE_MAX:
            continue
        line.append((plan.school_year, grade))
        chains += [c for c in plan.chains if c.grade == grade]
    return CohortFigures(
        cohort, grade_in(cohort, school_year), tuple(line), figures(chains, counted.measurements, LINE_START, counted.evaluated)
    )


# --- as JSON --------------------------------------------------------------------------


def _tally(tally: Tally) -> dict[str, int | None]:
    return {f.name: getattr(tally, f.name) for f in fields(Tally)}


def _figures(found: Figures) -> dict[str, object]:
    data: dict[str, object] = {
        f.name: list(value) if isinstance(value := getattr(found, f.name), tuple) else value
        for f in fields(Figures)
        if f.name not in ("before_after", "world_chains")
    }
    data["world_chains"] = dict(found.world_chains)
    data["before_after"] = {
        "chains": found.before_after.chains,
        "before": _tally(found.before_after.before),
        "after": _tally(found.before_after.after),
    }
    return data


def report_json(report: SchoolReport) -> dict[str, object]:
    """The report as JSON-ready data (keys in English, as the plan file's)."""
    return {
        "school": report.school,
        "school_year": report.school_year,
        "worlds": list(report.worlds),
        "year": _figures(report.year),
        "groepen": [
            {"groep": g.groep, "classes": list(g.classes), **_figures(g.figures)} for g in report.groepen
        ],
        "cohorts": [
            {
                "cohort": c.cohort,
                "groep": c.groep,
                "line": [{"school_year": y, "groep": g} for y, g in c.line],
                **_figures(c.figures),
            }
            for c in report.cohorts
        ],
        "years": [{"school_year": y.school_year, **_figures(y.figures)} for y in report.years],
        "vision": report.vision,
        "goals": [{"goal": g.text, "state": g.state, "detail": g.detail} for g in report.goals],
        "next_year": [
            {"groep": g.groep, "classes": list(g.classes), **_figures(g.figures)}
            for g in report.next_year
        ],
    }
