"""The school's own details: name, place and region can be changed after the set-up."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from beroepsplanner.domain.kinds import Region
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.checks import calendar_of, check_database
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.school import SchoolDetails, school_details, update_school
from beroepsplanner.store.sessions import Database


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


def not_a_school_day(database: Database) -> list[str]:
    with database.session() as session:
        return [f.message for f in check_database(session) if f.code == "not-a-school-day"]


def test_update_returns_the_previous_details_and_undo_restores_them(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        before = school_details(session)
        previous = update_school(session, SchoolDetails("  OBS De Regenboog ", " Zwolle ", Region.NOORD))
    assert previous == before == SchoolDetails("Basisschool De Vlieger", "Amersfoort", Region.MIDDEN)
    with demo_db.session() as session:
        assert school_details(session) == SchoolDetails("OBS De Regenboog", "Zwolle", Region.NOORD)
    with demo_db.transaction() as session:
        update_school(session, previous)
    with demo_db.session() as session:
        assert school_details(session) == before


def test_a_new_region_moves_the_holidays_and_chains_on_them_get_errors(demo_db: Database) -> None:
    with demo_db.session() as session:
        midden = calendar_of(the_school(session).school_years[-1])
    assert not_a_school_day(demo_db) == []
    with demo_db.transaction() as session:
        update_school(session, SchoolDetails("Basisschool De Vlieger", "Amersfoort", Region.NOORD))
    with demo_db.session() as session:
        noord = calendar_of(the_school(session).school_years[-1])
    autumn = lambda cal: sorted(d for d, why in cal.days_off.items() if "Herfstvakantie" in why)  # noqa: E731
    assert autumn(midden) != autumn(noord)
    assert not_a_school_day(demo_db), "a chain in the northern holidays now has an error"


@pytest.mark.parametrize(
    ("name", "place", "message"),
    [
        ("   ", "", "Vul de naam van de school in."),
        ("School\x1b", "", "De naam van de school: "),
        ("OBS", "x" * 201, "De plaats van de school is te lang (hoogstens 200 tekens)."),
        ("x" * 201, "", "De naam van de school is te lang"),
    ],
)
def test_bad_details_are_refused_in_dutch_and_nothing_changes(
    demo_db: Database, name: str, place: str, message: str
) -> None:

    with pytest.raises(InvalidInputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        with demo_db.transaction() as session:
            update_school(session, SchoolDetails(name, place, Region.ZUID))
    with demo_db.session() as session:
        assert school_details(session) == SchoolDetails("Basisschool De Vlieger", "Amersfoort", Region.MIDDEN)


def test_without_a_school_there_is_nothing_to_update(empty_db: Database) -> None:
    with empty_db.session() as session:
        assert school_details(session) is None
    with pytest.raises(NotFoundError, match="welkomstscherm"):
        with empty_db.transaction() as session:
            update_school(session, SchoolDetails("OBS", "", Region.ZUID))
