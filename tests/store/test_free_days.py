"""The school's own free days in the store: a setting of the school, read by the rules at once,
and a choice a plan file carries (issue 13, item 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.store.calendar import school_year_calendar, set_free_days
from beroepsplanner.store.checks import errors_of_chain
from beroepsplanner.store.models import Chain, School
from beroepsplanner.store.sessions import Database


# On SQLite and on PostgreSQL (tests/conftest.py, make_database).
@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("demo")


@pytest.fixture
def empty_db(make_database: Callable[[str], Database]) -> Database:
    return make_database("catalog")


GOOD_FRIDAY = dt.date(2027, 3, 26)
LIBERATION_DAY = dt.date(2027, 5, 5)


def chain_on(database: Database, day: dt.date) -> int:
    """A chain of the demo moved (with its lessons) so that its activity falls on ``day``."""
    with database.transaction() as session:
        chain = session.scalars(select(Chain).order_by(Chain.id)).first()
        shift = day - chain.date
        chain.date = day
        for lesson in chain.lessons:
            lesson.date = lesson.date + shift
        return chain.id


def activity_errors(database: Database, chain_id: int) -> list[str]:
    with database.session() as session:
        chain = session.get(Chain, chain_id)
        return [f.message for f in errors_of_chain(session, chain) if "activiteit" in f.message.lower()]


def test_a_new_school_has_5_may_and_goede_vrijdag_off(demo_db: Database) -> None:
    with demo_db.session() as session:
        school = session.scalars(select(School)).one()
        assert school.free_days == FreeDays(liberation_day=True, good_friday=True)
        assert school_year_calendar(session, "2026-2027").free_days == FreeDays()


def test_a_chain_on_bevrijdingsdag_is_an_error_until_the_school_makes_it_a_school_day(
    demo_db: Database,
) -> None:

    chain_id = chain_on(demo_db, LIBERATION_DAY)
    assert any("Bevrijdingsdag" in m for m in activity_errors(demo_db, chain_id))

    with demo_db.transaction() as session:
        previous = set_free_days(session, "2026-2027", FreeDays(liberation_day=False))
    assert previous == FreeDays()
    assert not any("Bevrijdingsdag" in m for m in activity_errors(demo_db, chain_id))


def test_goede_vrijdag_made_a_school_day_takes_the_error_away_and_back(demo_db: Database) -> None:
    chain_id = chain_on(demo_db, GOOD_FRIDAY)
    assert any("Goede vrijdag" in m for m in activity_errors(demo_db, chain_id))
    with demo_db.transaction() as session:
        set_free_days(session, "2026-2027", FreeDays(good_friday=False))
    assert not any("Goede vrijdag" in m for m in activity_errors(demo_db, chain_id))
    with demo_db.transaction() as session:
        set_free_days(session, "2026-2027", FreeDays())
    assert any("Goede vrijdag" in m for m in activity_errors(demo_db, chain_id))
