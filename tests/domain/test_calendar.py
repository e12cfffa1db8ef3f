"""School days per region: weekends, public holidays, school holidays, study days."""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.school_year import SchoolYear

YEAR = SchoolYear(2026)


def calendar(region: str = "midden", study_days: tuple[dt.date, ...] = ()) -> SchoolCalendar:
    return SchoolCalendar.of(YEAR, Region(region), study_days)


def test_weekend_is_not_a_school_day() -> None:
    assert calendar().why_not_school_day(dt.date(2026, 9, 12)) == "is een zaterdag"
    assert not calendar().is_school_day(dt.date(2026, 9, 13))


def test_koningsdag_is_not_a_school_day_in_any_region() -> None:
    for region in Region:
        assert not calendar(region.value).is_school_day(dt.date(2027, 4, 27))


def test_christmas_break_is_off_everywhere() -> None:
    for region in Region:
        assert "Kerstvakantie" in calendar(region.value).why_not_school_day(dt.date(2026, 12, 28))


def test_autumn_break_differs_between_regions() -> None:
    breaks = {
        region: frozenset(
            day for day, name in calendar(region.value).days_off.items() if name == "Herfstvakantie"
        )
        for region in Region
    }
    assert len(set(breaks.values())) > 1
    assert all(len(days) >= 5 for days in breaks.values())


def test_study_day_is_not_a_school_day() -> None:
    day = dt.date(2026, 9, 25)
    assert calendar().is_school_day(day)
    assert calendar(study_days=(day,)).why_not_school_day(day) == "Studiedag"


def test_shift_counts_school_days_across_a_holiday() -> None:
    cal = calendar()
    last_before_christmas = max(d for d in cal.school_days() if d < dt.date(2027, 1, 1))
    after = cal.shift(last_before_christmas, 1)
    assert after.year == 2027 and after > dt.date(2027, 1, 1)
    assert cal.shift(after, -1) == last_before_christmas


def test_shift_outside_the_school_year_raises() -> None:
    cal = calendar()
    with pytest.raises(ValueError):
        cal.shift(cal.school_days()[-1], 1)


def test_next_school_day_skips_a_weekend() -> None:
    assert calendar().next_school_day(dt.date(2026, 9, 12)) == dt.date(2026, 9, 14)
