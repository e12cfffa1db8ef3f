"""The brief for the company's rules as plain data (domain/company_brief.py): which chains
have one, the ages of a groep and the proposed day programme."""

from __future__ import annotations

import datetime as dt

from beroepsplanner.domain.company_brief import (
    BriefFields,
    ProgrammeItem,
    ages_of,
    default_programme,
    has_brief,
    listening_minutes,
)
from beroepsplanner.domain.kinds import ActivityKind

T = dt.time


def test_a_brief_is_for_a_visit_or_a_guest_lesson_with_a_company() -> None:
    assert has_brief(ActivityKind.COMPANY_VISIT, True)
    assert has_brief(ActivityKind.GUEST_LESSON, True)
    assert not has_brief(ActivityKind.COMPANY_VISIT, False)
    assert not has_brief(ActivityKind.READING, True)


def test_a_groep_is_said_as_ages() -> None:
    assert ages_of(1) == (4, 5)
    assert ages_of(6) == (9, 10)
    assert ages_of(8) == (11, 12)
    assert listening_minutes(1) < listening_minutes(4) < listening_minutes(7)


def test_the_proposed_visit_runs_from_arrival_to_departure() -> None:
    steps = default_programme(ActivityKind.COMPANY_VISIT, T(9, 0), T(11, 0))
    assert [s.time for s in steps] == [T(9, 0), T(9, 5), T(9, 20), T(10, 20), T(10, 40), T(11, 0)]
    whats = " ".join(s.what for s in steps)
    for part in ("Aankomst", "Welkom", "groepjes", "Vragen", "Afsluiting", "Vertrek"):
        assert part in whats


def test_without_an_end_the_activity_length_counts_and_without_a_start_no_times() -> None:
    timed = default_programme(ActivityKind.COMPANY_VISIT, T(13, 0), None, 60)
    assert timed[-1].time == T(14, 0)
    assert default_programme(ActivityKind.GUEST_LESSON, T(10, 0), None)[-1].time == T(11, 0)
    assert all(s.time is None for s in default_programme(ActivityKind.COMPANY_VISIT, None, T(11, 0)))


def test_a_guest_lesson_is_proposed_at_school() -> None:
    steps = default_programme(ActivityKind.GUEST_LESSON, T(10, 0), T(11, 0))
    assert "op school" in steps[0].what
    assert steps[-1] == ProgrammeItem(T(11, 0), "Einde")


def test_the_pupils_questions_are_one_a_line_without_empty_lines() -> None:
    fields = BriefFields(pupil_questions="  Wat doet u?\n\n Hoe  lang duurt  een opleiding? \n")
    assert fields.questions() == ("Wat doet u?", "Hoe lang duurt een opleiding?")
