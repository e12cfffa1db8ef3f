"""The school days of a whole school year per region, against the Rijksoverheid table, and the
school's own free days (issue 13, item 7).

Sources of the holiday dates below: Rijksoverheid, "Overzicht schoolvakanties 2026-2027" and
"Overzicht schoolvakanties 2027-2028"
(https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar),
regions Noord, Midden and Zuid, which publish the "Regeling vaststelling schoolvakanties
2025-2030" (Staatscourant 2024, 19237); the Zomervakantie 2026 that ends before the school
year 2026-2027 begins is in the table of 2025-2026. The Herfstvakantie and Voorjaarsvakantie
are the advised weeks (a school may move them; the program proposes these). The public
holidays are the Dutch ones: 2026-2027 Goede Vrijdag 26 March, Tweede paasdag 29 March,
Koningsdag 27 April (in the Meivakantie), Hemelvaartsdag 6 May, Tweede pinksterdag 17 May
2027; 2027-2028 Goede Vrijdag 14 April, Tweede paasdag 17 April, Koningsdag 27 April,
Hemelvaartsdag 25 May, Tweede pinksterdag 5 June 2028; Christmas and New Year fall in the
Kerstvakantie. Bevrijdingsdag (5 May) is a day off at nearly all schools every year
(Rijksoverheid, "Is Bevrijdingsdag een vrije dag?"): Wednesday 5 May 2027 is a day off; in
2028 it falls in the Meivakantie.

This machine has no network; the 2026-2027 dates were written from the regulation's scheme
(the advised autumn and spring weeks, the May week 17 in 2027, the rotation of the summer
holiday) and checked against a school-year schedule published for regio Midden (summer 2026
18 July - 30 August, autumn 17-25 October, spring 20-28 February, May 24 April - 2 May,
summer 2027 17 July - 29 August). Compare with the Rijksoverheid page when it is at hand.

Each school year is checked from 1 August to 31 July: the summer holiday at either end
belongs to the table of that year or the one before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.calendar import FreeDays, SchoolCalendar
from beroepsplanner.domain.school_year import SchoolYear

D = dt.date

HOLIDAYS_2026_2027 = {
    "noord": [
        (D(2026, 8, 1), D(2026, 8, 16)),  # Zomervakantie 2026 (table 2025-2026)
        (D(2026, 10, 10), D(2026, 10, 18)),  # Herfstvakantie
        (D(2026, 12, 19), D(2027, 1, 3)),  # Kerstvakantie
        (D(2027, 2, 20), D(2027, 2, 28)),  # Voorjaarsvakantie
        (D(2027, 4, 24), D(2027, 5, 2)),  # Meivakantie
        (D(2027, 7, 10), D(2027, 7, 31)),  # Zomervakantie 2027 (to 22 August)
    ],
    "midden": [
        (D(2026, 8, 1), D(2026, 8, 30)),
        (D(2026, 10, 17), D(2026, 10, 25)),
        (D(2026, 12, 19), D(2027, 1, 3)),
        (D(2027, 2, 20), D(2027, 2, 28)),
        (D(2027, 4, 24), D(2027, 5, 2)),
        (D(2027, 7, 17), D(2027, 7, 31)),  # (to 29 August)
    ],
    "zuid": [
        (D(2026, 8, 1), D(2026, 8, 23)),
        (D(2026, 10, 17), D(2026, 10, 25)),
        (D(2026, 12, 19), D(2027, 1, 3)),
        (D(2027, 2, 13), D(2027, 2, 21)),
        (D(2027, 4, 24), D(2027, 5, 2)),
        (D(2027, 7, 24), D(2027, 7, 31)),  # (to 5 September)
    ],
}
PUBLIC_2027 = [D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 5), D(2027, 5, 6), D(2027, 5, 17)]

HOLIDAYS_2027_2028 = {
    "noord": [
        (D(2027, 8, 1), D(2027, 8, 22)),  # Zomervakantie 2027 (table 2026-2027)
        (D(2027, 10, 16), D(2027, 10, 24)),  # Herfstvakantie
        (D(2027, 12, 25), D(2028, 1, 9)),  # Kerstvakantie
        (D(2028, 2, 19), D(2028, 2, 27)),  # Voorjaarsvakantie
        (D(2028, 4, 29), D(2028, 5, 7)),  # Meivakantie
        (D(2028, 7, 15), D(2028, 8, 27)),  # Zomervakantie
    ],
    "midden": [
        (D(2027, 8, 1), D(2027, 8, 29)),
        (D(2027, 10, 16), D(2027, 10, 24)),
        (D(2027, 12, 25), D(2028, 1, 9)),
        (D(2028, 2, 26), D(2028, 3, 5)),
        (D(2028, 4, 29), D(2028, 5, 7)),
        (D(2028, 7, 8), D(2028, 8, 20)),
    ],
    "zuid": [
        (D(2027, 8, 1), D(2027, 9, 5)),
        (D(2027, 10, 23), D(2027, 10, 31)),
        (D(2027, 12, 25), D(2028, 1, 9)),
        (D(2028, 2, 26), D(2028, 3, 5)),
        (D(2028, 4, 29), D(2028, 5, 7)),
        (D(2028, 7, 22), D(2028, 9, 3)),
    ],
}
PUBLIC_2028 = [D(2028, 4, 14), D(2028, 4, 17), D(2028, 4, 27), D(2028, 5, 25), D(2028, 6, 5)]

TABLES = {
    "2026-2027": (HOLIDAYS_2026_2027, PUBLIC_2027),
    "2027-2028": (HOLIDAYS_2027_2028, PUBLIC_2028),
}


def expected_school_days(year: str, region: str) -> list[dt.date]:
    holidays, public = TABLES[year]
    days = []
    day = D(int(year[:4]), 8, 1)
    while day <= D(int(year[5:]), 7, 31):
        off = day.weekday() >= 5 or day in public
        off = off or any(first <= day <= last for first, last in holidays[region])
        if not off:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


@pytest.mark.parametrize("year", sorted(TABLES))
@pytest.mark.parametrize("region", ["noord", "midden", "zuid"])
def test_the_school_days_are_those_of_the_rijksoverheid_table(year: str, region: str) -> None:
    calendar = SchoolCalendar.of(SchoolYear.parse(year), region)
    found = list(calendar.school_days())
    expected = expected_school_days(year, region)
    assert found == expected, (
        sorted(set(found) ^ set(expected))[:10]
    )
    assert 180 <= len(found) <= 215  # some 40 weeks of school (zuid 2026-2027: 210 days)


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
