"""The school's goals in the database (issue 18 item 3): the vision and the settings per
school, their defaults and refusals, and the states for a school year and per cohort on the
demo school — its figures counted again here straight from the chains — also after the move
to the next school year, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.goals import GoalResult, GoalState, Unit
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.goals import SETTING_PREFIX, goals_report, load_goal_settings, save_goal_settings
from beroepsplanner.store.models import Chain, School, SchoolClass, SchoolYearRow, Setting
from beroepsplanner.store.overview import year_overview
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.years import plan_next_year, start_next_year

YEAR = "2026-2027"
TODAY = dt.date(2026, 12, 6)
MEETS = {ActivityKind.COMPANY_VISIT, ActivityKind.GUEST_LESSON, ActivityKind.INTERNSHIP}


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


def year_result(database: Database, kind: GoalKind, label: str = YEAR, today: dt.date = TODAY) -> GoalResult:
    with database.session() as session:
        report = goals_report(session, label, today)
    return next(r for r in report.year if r.kind is kind)


def chains_of(database: Database, label: str) -> list[Chain]:
    with database.session() as session:
        chains = list(session.scalars(
            select(Chain).join(SchoolClass).join(SchoolYearRow).where(SchoolYearRow.label == label)
        ))
        for chain in chains:  # loaded while the session is open
            _ = [r.counter_stereotypical for r in chain.role_models], chain.activity.kind, chain.company
            _ = [[q.kind for q in (lesson.template.questions if lesson.template else [])] for lesson in chain.lessons]
        return chains


def counted(chain: Chain, today: dt.date) -> bool:
    carried_out = chain.status is ChainStatus.DONE or (chain.status is ChainStatus.PLANNED and chain.date <= today)
    return carried_out or chain.date >= today


def test_the_defaults_are_the_researchs_and_what_differs_is_stored_per_school(demo: Database) -> None:
    with demo.session() as session:
        assert load_goal_settings(session) == GoalSettings()
    wanted = GoalSettings(vision="Elk kind ontdekt wat bij hem past.", companies=12, parents_on=False)
    with demo.transaction() as session:
        assert save_goal_settings(session, wanted) == GoalSettings()
    with demo.session() as session:
        assert load_goal_settings(session) == wanted
        uid = session.scalars(select(School.uid)).one()
        row = session.get(Setting, SETTING_PREFIX + uid)
        assert row is not None
        assert row.value == {"vision": wanted.vision, "companies": 12, "parents_on": False}


def test_refusals_write_nothing(demo: Database) -> None:
    for bad in (GoalSettings(companies=0), GoalSettings(worlds_from=7, worlds_to=5),
                GoalSettings(second_half_month=2, second_half_day=30), GoalSettings(vision="Visie\x1b")):
        with pytest.raises(InvalidInputError) as refused, demo.transaction() as session:
            save_goal_settings(session, bad)
        assert refused.value.key
    with demo.session() as session:
        assert load_goal_settings(session) == GoalSettings()
        assert not session.scalars(select(Setting).where(Setting.key.startswith(SETTING_PREFIX))).all()


def test_a_colleagues_goals_are_not_overwritten(demo: Database) -> None:
    with demo.transaction() as session:
        save_goal_settings(session, GoalSettings(companies=8))
    with pytest.raises(InvalidInputError) as refused, demo.transaction() as session:
        save_goal_settings(session, GoalSettings(companies=12), expected=GoalSettings())
    assert refused.value.key == "goals-changed-meanwhile"
    with demo.session() as session:
        assert load_goal_settings(session).companies == 8


def test_a_stored_value_that_no_longer_fits_falls_back_to_its_default(demo: Database) -> None:
    with demo.transaction() as session:
        uid = session.scalars(select(School.uid)).one()
        session.add(Setting(key=SETTING_PREFIX + uid, value={"companies": -3, "worlds_from": "vier", "parent_chains": 2}))
    with demo.session() as session:
        settings = load_goal_settings(session)
    assert (settings.companies, settings.worlds_from, settings.parent_chains) == (10, 4, 2)


def test_the_chain_goals_agree_with_the_chains_themselves(demo: Database) -> None:
    chains = [c for c in chains_of(demo, YEAR) if counted(c, TODAY)]
    assert chains

    def attitude(chain: Chain) -> int:
        return sum(
            1 for lesson in chain.lessons
            if lesson.kind is LessonKind.REFLECTION and lesson.template is not None
            and any(q.kind is QuestionKind.ATTITUDE for q in lesson.template.questions)
        )

    meeting = [c for c in chains if c.activity.kind in MEETS or c.company is not None]
    counter = year_result(demo, GoalKind.COUNTER_STEREOTYPE)
    assert counter.unit is Unit.CHAINS
    assert counter.target == len(meeting)
    assert counter.planned == sum(1 for c in meeting if any(r.counter_stereotypical for r in c.role_models))
    reflection = year_result(demo, GoalKind.REFLECTION)
    assert reflection.target == len(chains)
    assert reflection.planned == sum(
        1 for c in chains
        if sum(1 for lesson in c.lessons if lesson.kind is LessonKind.REFLECTION) >= 2 and attitude(c) >= 1
    )
    first_half = year_result(demo, GoalKind.FIRST_HALF)
    assert first_half.planned == sum(1 for c in chains if c.date < dt.date(2027, 2, 1))
    for result in (counter, reflection, first_half):
        expected = GoalState.REACHED if result.planned == result.target else GoalState.NOT_REACHED
        if expected is GoalState.REACHED and any(c.date >= TODAY for c in chains):
            expected = GoalState.ON_ITS_WAY
        assert result.state is expected


def test_the_year_and_the_cohorts_on_the_demo(demo: Database) -> None:
    with demo.session() as session:
        report = goals_report(session, YEAR, TODAY)
        grades = sorted({c.grade for c in session.scalars(select(SchoolClass))})
    assert [r.kind for r in report.year] == list(GoalKind)
    assert [c.grade for c in report.cohorts] == grades
    worlds = report.year[0]
    in_span = [c for c in report.cohorts if 4 <= c.grade <= 8]
    assert (worlds.unit, worlds.target) == (Unit.COHORTS, len(in_span))
    assert worlds.met == sum(1 for c in in_span if c.results[0].state is GoalState.REACHED)
    # Groep 4's line starts this year: known; groep 8's began before the program.
    by_grade = {c.grade: c for c in report.cohorts}
    assert by_grade[4].results[0].known and not by_grade[8].results[0].known
    parents = report.year[-1]
    assert (parents.unit, parents.target) == (Unit.GRADES, len(grades))


def test_the_overview_has_the_same_goals(demo: Database) -> None:
    with demo.session() as session:
        overview = year_overview(session, YEAR, TODAY)
        assert overview.goals == goals_report(session, YEAR, TODAY)


def test_an_unknown_school_year(demo: Database) -> None:
    with pytest.raises(NotFoundError) as missing, demo.session() as session:
        goals_report(session, "2031-2032", TODAY)
    assert missing.value.key == "school-year-missing"


def test_after_the_move_to_the_next_school_year(demo: Database) -> None:
    new = "2027-2028"
    with demo.transaction() as session:
        start_next_year(session, plan_next_year(session, new))
    later = dt.date(2027, 10, 1)
    with demo.session() as session:
        report = goals_report(session, new, later)
        earlier = goals_report(session, YEAR, later)
    by_grade = {c.grade: c for c in report.cohorts}
    # Last year's groep 4 is groep 5 now: its line reaches back to groep 4.
    fifth = next(r for r in by_grade[5].results if r.kind is GoalKind.WORLDS)
    assert fifth.known
    assert fifth.state in (GoalState.ON_ITS_WAY, GoalState.REACHED)
    # Last year's groep 8 left: it is no cohort of the new year, and in last year's view its
    # state is final now (it left groep 8).
    assert 2027 not in {c.cohort for c in report.cohorts}
    leavers = next(c for c in earlier.cohorts if c.cohort == 2027)
    assert next(r for r in leavers.results if r.kind is GoalKind.WORLDS).state in (
        GoalState.NOT_REACHED, GoalState.NOT_MEASURABLE, GoalState.REACHED,
    )
    assert next(r for r in leavers.results if r.kind is GoalKind.WORLDS).state is not GoalState.ON_ITS_WAY
    # The new year's chains came from last year's plan: the same number of chain-goal chains.
    assert year_result(demo, GoalKind.REFLECTION, new, later).target > 0


def test_the_report_has_the_vision_and_the_years_goals(demo: Database) -> None:
    from beroepsplanner.store.report import read_report

    with demo.transaction() as session:
        save_goal_settings(session, GoalSettings(vision="Elk kind ontdekt wat bij hem past.", parents_on=False))
    with demo.session() as session:
        report = read_report(session, YEAR)
        goals = goals_report(session, YEAR)
    assert report.vision == "Elk kind ontdekt wat bij hem past."
    assert len(report.goals) == len(GoalKind) - 1 == len(goals.year)
    words = {"reached": GoalState.REACHED, "on-its-way": GoalState.ON_ITS_WAY,
             "not-reached": GoalState.NOT_REACHED, "unknown": GoalState.NOT_MEASURABLE}
    assert [words[line.state] for line in report.goals] == [r.state for r in goals.year]
    assert report.goals[1].text == "Elke leerling ontmoet minstens 10 bedrijven tussen groep 4 en 8"
    assert "cohorten bereikt" in report.goals[1].detail
