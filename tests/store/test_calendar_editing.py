"""The school year calendar as the dialog reads it; removing study days and resetting holidays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.calendar import (
    add_study_day,
    move_holiday,
    remove_study_day,
    reset_holiday,
    school_year_calendar,
    school_year_row,
)
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.sessions import Database


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


LABEL = "2026-2027"
TEAM_DAY = dt.date(2026, 9, 25)  # a study day of the demo school


def test_calendar_holds_study_days_and_advised_holidays(demo_db: Database) -> None:
    with demo_db.session() as session:
        calendar = school_year_calendar(session, LABEL)
    assert calendar.region.label == "Midden"
    assert calendar.study_days[0].date == TEAM_DAY
    assert calendar.study_days[0].description.startswith("Studiedag team")
    assert [d.date for d in calendar.study_days] == sorted(d.date for d in calendar.study_days)
    autumn, spring = calendar.movable_holidays
    assert (autumn.name, autumn.advised_first, autumn.advised_last) == (
        "Herfstvakantie", dt.date(2026, 10, 19), dt.date(2026, 10, 23))
    assert spring.name == "Voorjaarsvakantie" and spring.advised_first.weekday() == 0
    assert autumn.moved_start is None and autumn.taken_start == dt.date(2026, 10, 19)


def test_moved_holiday_is_shown_with_its_advice(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        move_holiday(session, school_year_row(session, LABEL), "Herfstvakantie", dt.date(2026, 10, 26))
    with demo_db.session() as session:
        autumn = school_year_calendar(session, LABEL).movable_holidays[0]
    assert autumn.advised_first == dt.date(2026, 10, 19)
    assert autumn.moved_start == autumn.taken_start == dt.date(2026, 10, 26)


def test_remove_study_day_returns_description_and_undo_puts_it_back(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        description = remove_study_day(session, LABEL, TEAM_DAY)
    with demo_db.session() as session:
        assert calendar_of(school_year_row(session, LABEL)).is_school_day(TEAM_DAY)
        assert TEAM_DAY not in [d.date for d in school_year_calendar(session, LABEL).study_days]
    with demo_db.transaction() as session:
        add_study_day(session, school_year_row(session, LABEL), TEAM_DAY, description)
    with demo_db.session() as session:
        restored = school_year_calendar(session, LABEL).study_days[0]
    assert (restored.date, restored.description) == (TEAM_DAY, description)


def test_removing_a_day_that_is_no_study_day_is_refused(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="geen studiedag"), demo_db.transaction() as session:
        remove_study_day(session, LABEL, dt.date(2026, 9, 24))
    with pytest.raises(NotFoundError, match="2025-2026"), demo_db.session() as session:
        school_year_calendar(session, "2025-2026")


def test_reset_holiday_returns_previous_start(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        assert reset_holiday(session, LABEL, "Herfstvakantie") is None
        move_holiday(session, school_year_row(session, LABEL), "Herfstvakantie", dt.date(2026, 10, 12))
    with demo_db.transaction() as session:
        assert reset_holiday(session, LABEL, "Herfstvakantie") == dt.date(2026, 10, 12)
    with demo_db.session() as session:
        calendar = calendar_of(school_year_row(session, LABEL))
        assert school_year_calendar(session, LABEL).movable_holidays[0].moved_start is None
    assert not calendar.is_school_day(dt.date(2026, 10, 20))
    assert calendar.is_school_day(dt.date(2026, 10, 13))


def test_study_day_check_follows_the_moved_holiday(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        move_holiday(session, school_year_row(session, LABEL), "Herfstvakantie", dt.date(2026, 10, 26))
    with demo_db.transaction() as session:
        # The advised week is a school week now, so a study day may go there ...
        add_study_day(session, school_year_row(session, LABEL), dt.date(2026, 10, 20), "Studiedag")
    # ... and the week the school takes off may not get one.
    with pytest.raises(InvalidInputError, match="al geen schooldag"), demo_db.transaction() as session:
        add_study_day(session, school_year_row(session, LABEL), dt.date(2026, 10, 27), "")
