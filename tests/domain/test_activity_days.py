"""An activity of several days moves as a whole (issue 15 item 5): the same number of school
days, refused when they no longer fit in one stretch (a holiday, a study day) or in the year."""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.activity_days import moved_end, school_days_of
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError

STUDY_DAY = dt.date(2027, 1, 22)  # a Friday
CALENDAR = SchoolCalendar.of(SchoolYear.parse("2026-2027"), Region.MIDDEN, [STUDY_DAY, dt.date(2027, 6, 14)])
NEXT = SchoolCalendar.of(SchoolYear.parse("2027-2028"), Region.MIDDEN, [])
# A project week: Monday 5 to Friday 9 April 2027, five school days.
MONDAY, FRIDAY = dt.date(2027, 4, 5), dt.date(2027, 4, 9)


def refusal(start: dt.date, end: dt.date, new_start: dt.date, **kwargs: SchoolCalendar) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        moved_end(CALENDAR, start, end, new_start, **kwargs)
    assert caught.value.key == "activity-days-no-longer-fit"
    return caught.value


def test_the_end_moves_by_school_days_not_by_calendar_days() -> None:
    assert school_days_of(CALENDAR, MONDAY, FRIDAY) == 5
    # From a Wednesday the five school days run over the weekend to Tuesday.
    assert moved_end(CALENDAR, MONDAY, FRIDAY, dt.date(2027, 6, 2)) == dt.date(2027, 6, 8)
    # Two school days over a weekend (Friday and Monday) become Tuesday and Wednesday.
    assert moved_end(CALENDAR, dt.date(2027, 6, 4), dt.date(2027, 6, 7), dt.date(2027, 6, 15)) == dt.date(2027, 6, 16)
    assert moved_end(CALENDAR, MONDAY, None, dt.date(2027, 6, 2)) is None
    assert moved_end(CALENDAR, MONDAY, FRIDAY, MONDAY) == FRIDAY  # not moved: as it is


def test_a_holiday_or_study_day_among_the_new_days_is_refused() -> None:
    # 3 May: Monday after the May holiday; 5 May (Bevrijdingsdag) and 6 May (Ascension) fall among the days.
    found = refusal(MONDAY, FRIDAY, dt.date(2027, 5, 3))
    assert dict(found.values)["off"] == dt.date(2027, 5, 5)
    assert "Bevrijdingsdag" in str(found) and "5 schooldagen" in str(found)
    # The week of the study day (Friday 22 January).
    found = refusal(MONDAY, FRIDAY, dt.date(2027, 1, 18))
    assert dict(found.values)["off"] == STUDY_DAY and "Studiedag" in str(found)
    # The week before the May holiday fits: the holiday starts on the Saturday.
    assert moved_end(CALENDAR, MONDAY, FRIDAY, dt.date(2027, 4, 19)) == dt.date(2027, 4, 23)


def test_an_activity_that_spanned_a_day_off_may_span_one_again() -> None:
    # Over the study day: Wednesday 20 to Tuesday 26 January, four school days and one day off.
    start, end = dt.date(2027, 1, 20), dt.date(2027, 1, 26)
    assert school_days_of(CALENDAR, start, end) == 4
    # Over the study day of Monday 14 June: one day off again.
    assert moved_end(CALENDAR, start, end, dt.date(2027, 6, 10)) == dt.date(2027, 6, 16)
    assert moved_end(CALENDAR, start, end, dt.date(2027, 6, 2)) == dt.date(2027, 6, 7)
    # 3, 4, 7 and 10 May: two days off among them (5 and 6 May), one more than before.
    found = refusal(start, end, dt.date(2027, 5, 3))
    assert dict(found.values)["off"] == dt.date(2027, 5, 5)


def test_the_end_of_the_school_year_is_refused() -> None:
    found = refusal(MONDAY, FRIDAY, dt.date(2027, 7, 14))
    assert "eindigt eerder" in str(found) and dict(found.values)["off"] == ""


def test_next_year_counts_the_old_days_in_last_years_calendar() -> None:
    new_monday = dt.date(2028, 4, 3)
    assert moved_end(NEXT, MONDAY, FRIDAY, new_monday, old_calendar=CALENDAR) == dt.date(2028, 4, 7)
    with pytest.raises(InvalidInputError) as caught:  # Ascension on Thursday 25 May 2028
        moved_end(NEXT, MONDAY, FRIDAY, dt.date(2028, 5, 22), old_calendar=CALENDAR)
    assert dict(caught.value.values)["off"] == dt.date(2028, 5, 25)
