"""Moving chains that belong together (issue 15 items 1 and 5), on SQLite and PostgreSQL: a
move or a new date that would break a series is refused with nothing changed; an activity of
several days moves as a whole, by school days, with its lessons around it; ``year new``
brings it back on the same weekday of the same school week with as many school days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from beroepsplanner.domain.activity_days import school_days_of
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.years import school_week
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.chain_editing import ChainForm, redate_form, with_end_date
from beroepsplanner.store.checks import calendar_of
from beroepsplanner.store.models import SchoolYearRow
from beroepsplanner.store.planner import move_chain
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.years import plan_next_year, start_next_year
from tests.store.test_chain_links import (
    BUILD,
    NEW,
    OLD,
    VISIT,
    chain_of,
    form_of,
    link,
    refusal,
    save,
)

WEEK_KEY = "projectweek-beroepen"
MONDAY, FRIDAY = dt.date(2027, 4, 5), dt.date(2027, 4, 9)


@pytest.fixture
def demo_db(make_database: Callable[[str], Database]) -> Database:
    """The demo school, on SQLite and on PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def moved_key(database: Database, chain_id: int, monday: dt.date) -> str | None:
    with pytest.raises(InvalidInputError) as caught, database.transaction() as session:
        move_chain(session, chain_id, monday)
    return caught.value.key


def move(database: Database, chain_id: int, monday: dt.date) -> None:
    with database.transaction() as session:
        move_chain(session, chain_id, monday)


def series(database: Database) -> tuple[int, int]:
    """Groep 5's visit (2 February 2027) and its follow-up, the build assignment (9 February)."""
    visit, build = chain_of(database, "Groep 5", VISIT), chain_of(database, "Groep 5", BUILD)
    link(database, build, visit)
    return visit, build


def project_week(database: Database) -> tuple[int, ChainForm]:
    """Groep 1's project week from Monday 5 to Friday 9 April 2027, five school days."""
    chain = chain_of(database, "Groep 1", WEEK_KEY)
    with database.session() as session:
        form = redate_form(session, form_of(database, chain), MONDAY, except_chain=chain)
        form = with_end_date(session, form, FRIDAY, except_chain=chain)
    save(database, chain, form)
    return chain, form_of(database, chain)


# --- a series ---------------------------------------------------------------------------


def test_a_move_onto_or_before_the_chain_it_follows_is_refused(demo_db: Database) -> None:
    visit, build = series(demo_db)
    before = form_of(demo_db, build)
    # The week of the visit: Tuesday 2 February, the visit's own day.
    assert moved_key(demo_db, build, dt.date(2027, 2, 1)) == "moved-before-followed"
    assert moved_key(demo_db, build, dt.date(2027, 1, 25)) == "moved-before-followed"
    assert form_of(demo_db, build) == before  # nothing changed
    move(demo_db, build, dt.date(2027, 3, 1))  # later is fine
    assert form_of(demo_db, build).date == dt.date(2027, 3, 2)


def test_a_move_onto_or_past_its_follow_up_is_refused(demo_db: Database) -> None:
    visit, build = series(demo_db)
    before = form_of(demo_db, visit)
    with pytest.raises(InvalidInputError) as caught, demo_db.transaction() as session:
        move_chain(session, visit, dt.date(2027, 2, 8))
    assert caught.value.key == "follow-up-not-later"
    assert "Bouwopdracht" in str(caught.value) and "09-02-2027" in str(caught.value)
    assert moved_key(demo_db, visit, dt.date(2027, 3, 8)) == "follow-up-not-later"
    assert form_of(demo_db, visit) == before
    move(demo_db, visit, dt.date(2027, 1, 25))  # earlier is fine
    assert form_of(demo_db, visit).date == dt.date(2027, 1, 26)


def test_the_chain_builder_refuses_a_date_on_or_after_the_follow_up(demo_db: Database) -> None:
    visit, build = series(demo_db)
    before = form_of(demo_db, visit)
    for day in (dt.date(2027, 2, 9), dt.date(2027, 2, 10)):
        with demo_db.session() as session:
            later = redate_form(session, before, day, except_chain=visit)
        assert refusal(demo_db, visit, later) == "follow-up-not-later"
    assert form_of(demo_db, visit) == before
    # The follow-up on or before the chain it follows: the refusal of its 'Follows up'.
    with demo_db.session() as session:
        earlier = redate_form(session, form_of(demo_db, build), dt.date(2027, 2, 2), except_chain=build)
    assert refusal(demo_db, build, earlier) == "follows-not-earlier"
    # To another class the follow-up stays behind, alone: no refusal.
    other = chain_of(demo_db, "Groep 6a", "workshop-de-wetenschapper")
    with demo_db.session() as session:
        moved = redate_form(session, before, dt.date(2027, 2, 16), except_chain=visit)
    save(demo_db, visit, dataclasses.replace(moved, class_id=form_of(demo_db, other).class_id))
    assert form_of(demo_db, build).follows_chain_id is None


# --- an activity of several days ---------------------------------------------------------


def test_an_activity_of_several_days_moves_whole_with_its_lessons_around_it(demo_db: Database) -> None:
    chain, form = project_week(demo_db)
    assert (form.date, form.activity_end_date) == (MONDAY, FRIDAY)
    # Moved a week before the May holiday: Monday 19 to Friday 23 April.
    move(demo_db, chain, dt.date(2027, 4, 19))
    moved = form_of(demo_db, chain)
    assert (moved.date, moved.activity_end_date) == (dt.date(2027, 4, 19), dt.date(2027, 4, 23))
    preparation = [x.date for x in moved.lessons if x.kind is LessonKind.PREPARATION]
    reflection = [x.date for x in moved.lessons if x.kind is LessonKind.REFLECTION]
    # As the proposal places them: the preparation five and two school days before the first
    # day (moved along by two weeks they would be on 8 and 15 April), the first reflection
    # the school day after the holiday that follows the last day.
    assert preparation == [dt.date(2027, 4, 12), dt.date(2027, 4, 15)]
    assert reflection and min(reflection) == dt.date(2027, 5, 3)


@pytest.mark.parametrize(
    ("monday", "off"),
    [
        (dt.date(2027, 5, 3), dt.date(2027, 5, 5)),  # Bevrijdingsdag and Ascension in the week
        (dt.date(2027, 1, 18), dt.date(2027, 1, 22)),  # the demo's study day on Friday
    ],
)
def test_a_move_whose_days_no_longer_fit_is_refused_and_changes_nothing(
    demo_db: Database, monday: dt.date, off: dt.date
) -> None:
    chain, form = project_week(demo_db)
    with pytest.raises(InvalidInputError) as caught, demo_db.transaction() as session:
        move_chain(session, chain, monday)
    assert caught.value.key == "activity-days-no-longer-fit"
    assert dict(caught.value.values)["off"] == off
    assert form_of(demo_db, chain) == form


# --- year new ------------------------------------------------------------------------------


def test_year_new_brings_the_days_back_on_the_same_weekday_and_school_week(demo_db: Database) -> None:
    chain, _form = project_week(demo_db)
    visit, build = series(demo_db)
    with demo_db.transaction() as session:
        summary = start_next_year(session, plan_next_year(session, NEW))
        years = {y.label: calendar_of(y) for y in session.query(SchoolYearRow)}
    new = form_of(demo_db, chain_of(demo_db, "Groep 1", WEEK_KEY, NEW))
    assert new.activity_end_date is not None
    assert new.date.weekday() == MONDAY.weekday()
    old_year, new_year = years[OLD], years[NEW]
    assert school_week(new_year.school_year, new.date) == school_week(old_year.school_year, MONDAY)
    assert school_days_of(new_year, new.date, new.activity_end_date) == 5
    assert (new.date, new.activity_end_date) == (dt.date(2028, 4, 3), dt.date(2028, 4, 7))
    assert all(x.date < new.date for x in new.lessons if x.kind is LessonKind.PREPARATION)
    assert all(x.date > new.activity_end_date for x in new.lessons if x.kind is LessonKind.REFLECTION)
    # The series comes back as a link between the two concepts.
    new_visit, new_build = chain_of(demo_db, "Groep 5", VISIT, NEW), chain_of(demo_db, "Groep 5", BUILD, NEW)
    assert form_of(demo_db, new_build).follows_chain_id == new_visit
    assert form_of(demo_db, new_visit).follows_chain_id is None
    assert not [p for p in summary.left_out if "projectweek" in str(p).casefold()]


def test_year_new_leaves_out_days_that_no_longer_fit_and_names_them(demo_db: Database) -> None:
    """Monday 24 to Friday 28 May 2027 is school week 43; in 2027-2028 that week holds
    Ascension (Thursday 25 May 2028)."""
    chain, form = project_week(demo_db)
    with demo_db.session() as session:
        later = redate_form(session, form, dt.date(2027, 5, 24), except_chain=chain)
    assert later.activity_end_date == dt.date(2027, 5, 28)
    save(demo_db, chain, later)
    with demo_db.transaction() as session:
        summary = start_next_year(session, plan_next_year(session, NEW))
    (named,) = [p for p in summary.left_out if getattr(p, "key", None) == "next-year-chain-left-out"]
    assert "Projectweek" in str(named)
    with pytest.raises(Exception):  # noqa: B017 (no row: sqlalchemy's NoResultFound)
        chain_of(demo_db, "Groep 1", WEEK_KEY, NEW)
