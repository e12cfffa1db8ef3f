"""Study days and moved holidays are stored and change the school days the rules see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.calendar import add_study_day, move_holiday
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import School, SchoolYearRow
from beroepsplanner.store.sessions import Database


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "plan.db", seed=False)
    with db.transaction() as session:
        year = SchoolYear(2026)
        school = School(name="De Regenboog", region=Region.NOORD)
        school.school_years.append(SchoolYearRow(label=year.label, start_date=year.start, end_date=year.end))
        session.add(school)
    yield db
    db.close()


def the_year(session) -> SchoolYearRow:
    return session.query(SchoolYearRow).one()


def test_study_day_is_stored_and_is_no_school_day(database: Database) -> None:
    with database.transaction() as session:
        add_study_day(session, the_year(session), dt.date(2026, 11, 20), "Studiedag team")
    with database.session() as session:
        calendar = calendar_of(the_year(session))
        assert calendar.why_not_school_day(dt.date(2026, 11, 20)) == "Studiedag"


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (dt.date(2026, 11, 21), "al geen schooldag"),
        (dt.date(2027, 8, 2), "niet in schooljaar"),
        (dt.date(2027, 4, 27), "Koningsdag"),
    ],
)
def test_study_day_on_a_day_off_or_outside_the_year_is_refused(
    database: Database, day: dt.date, message: str
) -> None:
    with database.transaction() as session, pytest.raises(InvalidInputError, match=message):
        add_study_day(session, the_year(session), day)


def test_moved_spring_holiday_is_stored_and_used(database: Database) -> None:
    with database.transaction() as session:
        move_holiday(session, the_year(session), "Voorjaarsvakantie", dt.date(2027, 3, 1))
    with database.session() as session:
        calendar = calendar_of(the_year(session))
        assert calendar.is_school_day(dt.date(2027, 2, 23))
        assert not calendar.is_school_day(dt.date(2027, 3, 2))


def test_christmas_cannot_be_moved(database: Database) -> None:
    with database.transaction() as session, pytest.raises(InvalidInputError, match="liggen vast"):
        move_holiday(session, the_year(session), "Kerstvakantie", dt.date(2027, 1, 4))
