from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import InvalidInputError


def test_school_year_runs_from_1_august_to_31_july() -> None:
    year = SchoolYear.parse("2026-2027")
    assert (year.start, year.end) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))
    assert dt.date(2027, 7, 31) in year and dt.date(2027, 8, 1) not in year


@pytest.mark.parametrize(
    ("day", "label"),
    [(dt.date(2026, 7, 31), "2025-2026"), (dt.date(2026, 8, 1), "2026-2027"), (dt.date(2027, 1, 5), "2026-2027")],
)
def test_containing_picks_the_school_year_of_a_date(day: dt.date, label: str) -> None:
    assert SchoolYear.containing(day).label == label


@pytest.mark.parametrize("label", ["2026", "2026-2028", "26-27", "2026/2027", ""])
def test_malformed_school_year_gets_a_dutch_message(label: str) -> None:
    with pytest.raises(InvalidInputError, match="bijvoorbeeld 2026-2027"):
        SchoolYear.parse(label)
