"""The school days of a whole school year per region, against the Rijksoverheid table, and the
school's own free days (issue 13, item 7).

Source of the holiday dates below: Rijksoverheid, "Overzicht schoolvakanties 2027-2028"
(https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-2027-2028),
regions Noord, Midden and Zuid; the public holidays are the Dutch ones of 2027-2028 (Goede
Vrijdag 14 April, Tweede paasdag 17 April, Koningsdag 27 April, Hemelvaartsdag 25 May, Tweede
pinksterdag 5 June 2028; Christmas and New Year fall in the Kerstvakantie). Bevrijdingsdag
(5 May) is a day off at nearly all schools every year (Rijksoverheid, "Is Bevrijdingsdag een
vrije dag?"); in 2028 it falls in the Meivakantie. The 2026-2027 table was not at hand when
this was written; for that year the test checks the days the school chooses itself.

The check starts on Monday 6 September 2027, after the summer holiday of 2027 of every
region (that holiday belongs to the 2026-2027 table).
"""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.calendar import FreeDays, SchoolCalendar
from beroepsplanner.domain.school_year import SchoolYear

D = dt.date

HOLIDAYS_2027_2028 = {
    "noord": [
        (D(2027, 10, 16), D(2027, 10, 24)),  # Herfstvakantie
        (D(2027, 12, 25), D(2028, 1, 9)),  # Kerstvakantie
        (D(2028, 2, 19), D(2028, 2, 27)),  # Voorjaarsvakantie
        (D(2028, 4, 29), D(2028, 5, 7)),  # Meivakantie
        (D(2028, 7, 15), D(2028, 8, 27)),  # Zomervakantie
    ],
    "midden": [
        (D(2027, 10, 16), D(2027, 10, 24)),
        (D(2027, 12, 25), D(2028, 1, 9)),
        (D(2028, 2, 26), D(2028, 3, 5)),
        (D(2028, 4, 29), D(2028, 5, 7)),
        (D(2028, 7, 8), D(2028, 8, 20)),
    ],
    "zuid": [
        (D(2027, 10, 23), D(2027, 10, 31)),
        (D(2027, 12, 25), D(2028, 1, 9)),
        (D(2028, 2, 26), D(2028, 3, 5)),
        (D(2028, 4, 29), D(2028, 5, 7)),
        (D(2028, 7, 22), D(2028, 9, 3)),
    ],
}
PUBLIC_2028 = [D(2028, 4, 14), D(2028, 4, 17), D(2028, 4, 27), D(2028, 5, 25), D(2028, 6, 5)]
FROM, TO = D(2027, 9, 6), D(2028, 7, 31)


def expected_school_days(region: str) -> list[dt.date]:
    days = []
    day = FROM
    while day <= TO:
        off = day.weekday() >= 5 or day in PUBLIC_2028
        off = off or any(first <= day <= last for first, last in HOLIDAYS_2027_2028[region])
        if not off:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@pytest.mark.parametrize("region", ["noord", "midden", "zuid"])
def test_the_school_days_of_2027_2028_are_those_of_the_rijksoverheid_table(region: str) -> None:
    calendar = SchoolCalendar.of(SchoolYear.parse("2027-2028"), region)
    found = [d for d in calendar.school_days() if FROM <= d <= TO]
    expected = expected_school_days(region)
    assert found == expected, (
        sorted(set(found) ^ set(expected))[:10]
    )
    assert 180 <= len(found) <= 205  # some 40 weeks of school


@pytest.mark.parametrize("region", ["noord", "midden", "zuid"])
def test_bevrijdingsdag_is_off_every_year_not_only_in_lustrum_years(region: str) -> None:
    year = SchoolYear.parse("2026-2027")
    liberation = D(2027, 5, 5)  # a Wednesday, outside the Meivakantie
    calendar = SchoolCalendar.of(year, region)
    assert not calendar.is_school_day(liberation)
    assert calendar.why_not_school_day(liberation) == "Bevrijdingsdag"
    chosen = SchoolCalendar.of(year, region, free_days=FreeDays(liberation_day=False))
    assert chosen.is_school_day(liberation)


@pytest.mark.parametrize("region", ["noord", "midden", "zuid"])
def test_goede_vrijdag_is_off_unless_the_school_makes_it_a_school_day(region: str) -> None:
    year = SchoolYear.parse("2026-2027")
    good_friday = D(2027, 3, 26)
    assert not SchoolCalendar.of(year, region).is_school_day(good_friday)
    school_day = SchoolCalendar.of(year, region, free_days=FreeDays(good_friday=False))
    assert school_day.is_school_day(good_friday)
    # Nothing else changes.
    default = SchoolCalendar.of(year, region)
    assert set(school_day.school_days()) - set(default.school_days()) == {good_friday}
