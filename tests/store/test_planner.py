"""The year planner's store: the grid of a school year, moving a chain and undoing it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.calendar import add_study_day, move_holiday
from beroepsplanner.store.chain_plans import rule_settings
from beroepsplanner.store.checks import load_rule_settings, save_rule_setting
from beroepsplanner.store.models import Chain, Company, SchoolYearRow
from beroepsplanner.store.planner import (
    ChainDates,
    GridBar,
    chain_bar,
    class_row,
    move_chain,
    moved_dates,
    restore_chain_dates,
    year_grid,
)
from beroepsplanner.store.sessions import Database

YEAR = "2026-2027"
DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school, on SQLite and on PostgreSQL
    (tests/conftest.py, make_database)."""
    return make_database("demo")


def bars(database: Database) -> dict[int, GridBar]:
    with database.session() as session:
        grid = year_grid(session, YEAR)
    return {bar.chain_id: bar for row in grid.classes for bar in row.bars}


def lesson_dates(database: Database, chain_id: int) -> dict[int, dt.date]:
    with database.session() as session:
        chain = session.get(Chain, chain_id)
        return {lesson.id: lesson.date for lesson in chain.lessons}


def planned_bar(database: Database, class_name: str = "Groep 8") -> GridBar:
    with database.session() as session:
        grid = year_grid(session, YEAR)
    row = next(r for r in grid.classes if r.name == class_name)
    return next(b for b in row.bars if b.status is ChainStatus.PLANNED)


# --- reading the grid ------------------------------------------------------------------


def test_the_rule_settings_read_the_same_both_ways(demo: Database) -> None:
    with demo.session() as session:
        save_rule_setting(session, "max_weeks_after", 5)
        assert rule_settings(session) == load_rule_settings(session)
        assert rule_settings(session).max_weeks_after == 5


def test_grid_has_the_weeks_of_the_school_year_with_holidays_and_study_days(demo: Database) -> None:
    with demo.transaction() as session:
        year = session.scalars(select(SchoolYearRow)).one()
        add_study_day(session, year, dt.date(2027, 6, 8), "teamscholing")
    with demo.session() as session:
        grid = year_grid(session, YEAR)
    mondays = [w.monday for w in grid.weeks]
    assert all(m.weekday() == 0 for m in mondays)
    assert mondays == [mondays[0] + i * WEEK for i in range(len(mondays))]
    assert mondays[0] <= dt.date(2026, 8, 31) and mondays[-1] >= dt.date(2027, 7, 5)
    autumn = next(w for w in grid.weeks if w.monday == dt.date(2026, 10, 19))
    assert autumn.holiday == "Herfstvakantie" and autumn.iso_week == 43 and autumn.month == 10
    easter = next(w for w in grid.weeks if w.monday == dt.date(2027, 3, 29))
    assert easter.holiday is None and [d.reason for d in easter.days_off] == ["Tweede paasdag"]
    study = next(w for w in grid.weeks if w.monday == dt.date(2027, 6, 7))
    assert [(d.date, d.reason, d.study_day) for d in study.days_off] == [
        (dt.date(2027, 6, 8), "Studiedag: teamscholing", True)
    ]


def test_a_moved_autumn_holiday_is_shaded_in_its_new_week(demo: Database) -> None:
    with demo.transaction() as session:
        year = session.scalars(select(SchoolYearRow)).one()
        move_holiday(session, year, "Herfstvakantie", dt.date(2026, 10, 26))
    with demo.session() as session:
        grid = year_grid(session, YEAR)
    holidays = {w.monday: w.holiday for w in grid.weeks if w.holiday}
    assert holidays.get(dt.date(2026, 10, 26)) == "Herfstvakantie"
    assert dt.date(2026, 10, 19) not in holidays


def test_grid_rows_are_the_classes_with_their_chains_and_findings(demo: Database) -> None:
    with demo.session() as session:
        grid = year_grid(session, YEAR)
    assert [(r.name, r.grade) for r in grid.classes][:2] == [("Groep 1", 1), ("Groep 2", 2)]
    assert len(grid.classes) == 9 and sum(len(r.bars) for r in grid.classes) == 23
    zabuki = next(b for r in grid.classes for b in r.bars if b.activity_title == "Workshop (Zabuki)")
    assert zabuki.status is ChainStatus.CONCEPT and not zabuki.preparation
    assert len(zabuki.errors) == 1 and "voorbereidingsles" in zabuki.errors[0]
    assert not zabuki.errors[0].startswith("Groep 5")  # the tooltip names class and activity
    warned = [b for r in grid.classes for b in r.bars if b.warnings]
    assert len(warned) >= 8


def test_an_unknown_school_year_is_refused_in_dutch(demo: Database) -> None:
    with demo.session() as session, pytest.raises(NotFoundError, match="geen schooljaar 2030-2031"):
        year_grid(session, "2030-2031")


# --- moving ------------------------------------------------------------------------------


def test_move_keeps_the_weekday_and_moves_the_lessons_along(demo: Database) -> None:
    bar = planned_bar(demo)  # Groep 8: Imagination at work, Tuesday 24 November
    before = lesson_dates(demo, bar.chain_id)
    target = bar.date - dt.timedelta(days=bar.date.weekday()) + 2 * WEEK
    with demo.transaction() as session:
        previous = move_chain(session, bar.chain_id, target)
    moved = bars(demo)[bar.chain_id]
    assert moved.date == bar.date + 2 * WEEK and moved.date.weekday() == bar.date.weekday()
    assert lesson_dates(demo, bar.chain_id) == {i: d + 2 * WEEK for i, d in before.items()}
    assert moved.status is ChainStatus.PLANNED
    assert previous == ChainDates(bar.chain_id, bar.date, tuple(sorted(before.items())), ChainStatus.PLANNED)


def test_move_onto_a_study_day_takes_the_next_school_day(demo: Database) -> None:
    bar = planned_bar(demo)
    with demo.transaction() as session:
        year = session.scalars(select(SchoolYearRow)).one()
        add_study_day(session, year, dt.date(2027, 6, 8))  # a Tuesday
    with demo.transaction() as session:
        move_chain(session, bar.chain_id, dt.date(2027, 6, 7))
    moved = bars(demo)[bar.chain_id]
    assert moved.date == dt.date(2027, 6, 9)  # Wednesday
    assert moved.preparation == (dt.date(2027, 6, 4),) and moved.reflection == (dt.date(2027, 6, 10),)
    assert not moved.errors


def test_move_into_a_holiday_week_lands_after_it_and_preparation_stays_before(demo: Database) -> None:
    bar = planned_bar(demo)  # prep Friday 20 Nov, activity Tuesday 24, reflection Wednesday 25
    with demo.transaction() as session:
        move_chain(session, bar.chain_id, dt.date(2026, 10, 19))  # Herfstvakantie
    moved = bars(demo)[bar.chain_id]
    assert moved.date == dt.date(2026, 10, 26)  # the Monday after the holiday
    # The preparation would fall in the holiday: the school day before it,
    # Friday 16 October. The reflection would too, and the next school day after
    # it is the activity's Monday: so the school day after the activity.
    assert moved.preparation == (dt.date(2026, 10, 16),)
    assert moved.reflection == (dt.date(2026, 10, 27),)
    assert not moved.errors and moved.status is ChainStatus.PLANNED


def test_lessons_that_would_cross_the_activity_stay_on_their_side_of_it() -> None:
    calendar = SchoolCalendar.of(SchoolYear.parse(YEAR), "midden")
    kinds = {1: LessonKind.PREPARATION, 2: LessonKind.PREPARATION, 3: LessonKind.REFLECTION}
    # Activity Monday 8 March; reflection Tuesday 9 March.
    dates = ChainDates(7, dt.date(2027, 3, 8), ((1, dt.date(2027, 3, 1)), (2, dt.date(2027, 3, 5)), (3, dt.date(2027, 3, 9))), ChainStatus.PLANNED)
    moved = moved_dates(calendar, dates, kinds, dt.date(2027, 3, 29))
    # Monday 29 March is Tweede paasdag: the activity goes to Tuesday, the
    # reflection (which would be that Tuesday) to Wednesday; the Friday
    # preparation (Goede vrijdag) to the Thursday before.
    assert moved.date == dt.date(2027, 3, 30)
    assert dict(moved.lessons) == {1: dt.date(2027, 3, 22), 2: dt.date(2027, 3, 25), 3: dt.date(2027, 3, 31)}


def test_a_planned_chain_with_an_error_after_the_move_becomes_concept_and_undo_restores_it(
    demo: Database,
) -> None:
    bar = planned_bar(demo, "Groep 7")  # Bedrijfsbezoek (Jet-Net & TechNet), groep 7
    before = lesson_dates(demo, bar.chain_id)
    with demo.transaction() as session:
        # The company changed its mind after planning: it now receives groep 8 only (an
        # error; an activity's groep range would only warn).
        chain = session.get(Chain, bar.chain_id)
        company = chain.company or session.scalars(select(Company).order_by(Company.id)).first()
        company.min_grade = 8
        chain.company = company
    with demo.transaction() as session:
        previous = move_chain(session, bar.chain_id, bar.date + WEEK)
    moved = bars(demo)[bar.chain_id]
    assert moved.status is ChainStatus.CONCEPT
    assert moved.errors and moved.date == bar.date + WEEK

    with demo.transaction() as session:
        restore_chain_dates(session, bar.chain_id, previous)
    restored = bars(demo)[bar.chain_id]
    assert restored.status is ChainStatus.PLANNED
    assert (restored.date, restored.preparation, restored.reflection) == (bar.date, bar.preparation, bar.reflection)
    assert lesson_dates(demo, bar.chain_id) == before


def test_a_concept_chain_keeps_its_errors_and_moves(demo: Database) -> None:
    zabuki = next(b for b in bars(demo).values() if b.activity_title == "Workshop (Zabuki)")
    with demo.transaction() as session:
        move_chain(session, zabuki.chain_id, dt.date(2027, 4, 12))
        bar = chain_bar(session, zabuki.chain_id)
    assert bar.date == dt.date(2027, 4, 13) and bar.status is ChainStatus.CONCEPT and bar.errors


def test_an_executed_chain_is_not_moved(demo: Database) -> None:
    done = next(b for b in bars(demo).values() if b.status is ChainStatus.DONE)
    with demo.transaction() as session, pytest.raises(InvalidInputError, match="al uitgevoerd"):
        move_chain(session, done.chain_id, done.date + WEEK)
    assert bars(demo)[done.chain_id] == done


def test_a_move_past_the_last_school_day_is_refused_and_changes_nothing(demo: Database) -> None:
    bar = planned_bar(demo)
    with pytest.raises(InvalidInputError, match="geen schooldag meer voor de activiteit"):
        with demo.transaction() as session:
            move_chain(session, bar.chain_id, dt.date(2027, 7, 19))  # the summer holiday
    assert bars(demo)[bar.chain_id] == bar


def test_a_reflection_after_the_last_school_day_is_refused() -> None:
    calendar = SchoolCalendar.of(SchoolYear.parse(YEAR), "midden")
    kinds = {1: LessonKind.PREPARATION, 2: LessonKind.REFLECTION}
    # Activity on a Friday, reflection the Monday after.
    dates = ChainDates(7, dt.date(2027, 3, 5), ((1, dt.date(2027, 3, 4)), (2, dt.date(2027, 3, 8))), ChainStatus.CONCEPT)
    assert moved_dates(calendar, dates, kinds, dt.date(2027, 7, 5)).date == dt.date(2027, 7, 9)
    # Friday 16 July is the last school day: no room for the reflection after it.
    with pytest.raises(InvalidInputError, match="reflectieles niet meer in schooljaar 2026-2027"):
        moved_dates(calendar, dates, kinds, dt.date(2027, 7, 12))


def test_class_row_rechecks_the_class_after_a_move(demo: Database) -> None:
    with demo.session() as session:
        row = next(r for r in year_grid(session, YEAR).classes if r.name == "Groep 5")
    # The build assignment after the visit to Transportbedrijf Koster: no warnings, and
    # later in the year it stays after the visit it follows up.
    bar = [b for b in row.bars if b.status is ChainStatus.PLANNED][-1]
    assert not bar.warnings
    with demo.transaction() as session:
        move_chain(session, bar.chain_id, dt.date(2027, 6, 28))  # late in the school year
        row = class_row(session, bar.class_id)
    moved = next(b for b in row.bars if b.chain_id == bar.chain_id)
    assert any("laat in het schooljaar" in w or "zomervakantie" in w for w in moved.warnings), moved.warnings
    assert [b.date for b in row.bars] == sorted(b.date for b in row.bars)


def test_a_chain_that_is_gone_is_named_in_dutch(demo: Database) -> None:
    with demo.transaction() as session, pytest.raises(NotFoundError, match="bestaat niet meer"):
        move_chain(session, 999, dt.date(2027, 3, 1))
