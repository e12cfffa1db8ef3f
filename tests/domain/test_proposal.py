"""Proposing a chain: lessons on school days around the activity, never breaking an error rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from beroepsplanner.domain.chain import ChainPlan, Lesson
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.proposal import propose_chain
from beroepsplanner.domain.rules import chain_errors, check_chain
from beroepsplanner.errors import InvalidInputError
from tests.domain.factories import BOTH, activity, calendar

CALENDARS = {region: calendar(region) for region in ("noord", "midden", "zuid")}


def as_chain(proposal) -> ChainPlan:
    lessons = tuple(Lesson(LessonKind.PREPARATION, d, question_kinds=BOTH) for d in proposal.preparation)
    lessons += tuple(Lesson(LessonKind.REFLECTION, d, question_kinds=BOTH) for d in proposal.reflection)
    return ChainPlan(class_name="Groep 6", grade=6, activity=activity(), date=proposal.date, lessons=lessons)


def test_proposal_puts_lessons_close_around_the_activity() -> None:
    cal = CALENDARS["midden"]
    proposal = propose_chain(cal, date=dt.date(2026, 11, 11), preparation_lessons=2, reflection_lessons=2)
    assert proposal.date == dt.date(2026, 11, 11)
    assert proposal.preparation == (dt.date(2026, 11, 4), dt.date(2026, 11, 9))
    assert proposal.reflection == (dt.date(2026, 11, 12), dt.date(2026, 11, 17))
    assert check_chain(as_chain(proposal), cal) == []


def test_activity_on_a_holiday_moves_to_the_next_school_day() -> None:
    proposal = propose_chain(CALENDARS["midden"], date=dt.date(2026, 10, 21), preparation_lessons=1, reflection_lessons=1)
    assert proposal.date == dt.date(2026, 10, 26)
    assert proposal.preparation[0] < dt.date(2026, 10, 17)  # before the autumn holiday


def test_proposal_for_a_week_avoids_busy_days() -> None:
    cal = CALENDARS["noord"]
    busy = {dt.date(2026, 11, 10), dt.date(2026, 11, 6), dt.date(2026, 11, 12)}
    proposal = propose_chain(cal, week=dt.date(2026, 11, 9), preparation_lessons=1, reflection_lessons=1, busy=busy)
    assert proposal.date == dt.date(2026, 11, 11)
    assert not busy & {proposal.date, *proposal.preparation, *proposal.reflection}


def test_no_room_before_the_first_school_day_gets_a_dutch_message() -> None:
    first = CALENDARS["zuid"].school_days()[0]
    with pytest.raises(InvalidInputError, match="te weinig schooldagen"):
        propose_chain(CALENDARS["zuid"], date=first, preparation_lessons=1, reflection_lessons=1)


@settings(max_examples=150, deadline=None)
@given(
    region=st.sampled_from(sorted(CALENDARS)),
    day=st.dates(dt.date(2026, 8, 1), dt.date(2027, 7, 31)),
    by_week=st.booleans(),
    preparation=st.integers(1, 2),
    reflection=st.integers(1, 2),
    busy_offsets=st.sets(st.integers(-15, 15), max_size=12),
)
def test_a_proposed_chain_never_breaks_an_error_rule(
    region: str, day: dt.date, by_week: bool, preparation: int, reflection: int, busy_offsets: set[int]
) -> None:
    cal = CALENDARS[region]
    busy = {day + dt.timedelta(days=o) for o in busy_offsets}
    try:
        proposal = propose_chain(
            cal,
            date=None if by_week else day,
            week=day if by_week else None,
            preparation_lessons=preparation,
            reflection_lessons=reflection,
            busy=busy,
        )
    except InvalidInputError:
        assume(False)
        return
    assert len(proposal.preparation) == preparation and len(proposal.reflection) == reflection
    assert chain_errors(as_chain(proposal), cal) == []
    warnings = {f.code for f in check_chain(as_chain(proposal), cal)}
    assert not warnings & {"preparation-too-early", "reflection-too-late"}
