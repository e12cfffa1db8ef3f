"""Dates in words from one place, Babel's CLDR data (issue 14, item 5): Dutch and English."""

from __future__ import annotations

import datetime as dt

import pytest

from beroepsplanner import dates

DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
DUTCH_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
ENGLISH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
# 2 to 8 November 2026: Monday to Sunday.
WEEK = [dt.date(2026, 11, 2) + dt.timedelta(days=n) for n in range(7)]


def test_paper_and_calendars_say_a_date_in_dutch() -> None:
    assert dates.dutch_date(dt.date(2026, 11, 11)) == "11 november 2026"
    assert dates.dutch_date(dt.date(2026, 11, 11), weekday=True) == "woensdag 11 november 2026"
    assert dates.dutch_date(dt.date(2027, 3, 1), weekday=True) == "maandag 1 maart 2027"


def test_every_dutch_weekday_and_month_is_spelled_as_before() -> None:
    assert [dates.date_text(d, "EEEE") for d in WEEK] == [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]
    assert [dates.date_text(d, "EEE") for d in WEEK] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    assert tuple(dates.month_name(m) for m in range(1, 13)) == DUTCH_MONTHS
    assert tuple(dates.month_name(m, short=True) for m in range(1, 13)) == DUTCH_SHORT


def test_english_is_british_as_the_window_was() -> None:
    day = dt.date(2026, 9, 1)
    assert dates.date_text(day, dates.LONG_WITH_WEEKDAY, dates.ENGLISH) == "Tuesday 1 September 2026"
    assert dates.date_text(day, "EEE d MMM y", dates.ENGLISH) == "Tue 1 Sept 2026"
    assert tuple(dates.month_name(m, short=True, locale=dates.ENGLISH) for m in range(1, 13)) == ENGLISH_SHORT
    assert dates.month_name(5, locale=dates.ENGLISH) == "May"


@pytest.mark.parametrize("locale", [dates.DUTCH, dates.ENGLISH])
def test_a_day_of_the_month_has_no_leading_zero(locale: str) -> None:
    assert dates.date_text(dt.date(2027, 1, 4), "d MMMM y", locale).startswith("4 ")


def test_the_dates_on_paper_are_babels_for_every_day() -> None:
    """``dutch_date`` fills Babel's kept names into the two patterns: every day of nine
    years, with and without its weekday, is what Babel writes itself."""
    day, last = dt.date(2024, 1, 1), dt.date(2032, 12, 31)
    while day <= last:
        assert dates.dutch_date(day) == dates.date_text(day, dates.LONG)
        assert dates.dutch_date(day, weekday=True) == dates.date_text(day, dates.LONG_WITH_WEEKDAY)
        day += dt.timedelta(days=1)


def test_the_kept_names_spare_a_next_process_babel(tmp_path, monkeypatch) -> None:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from beroepsplanner.user_cache import CACHE_ENV

    probe = (
        "import datetime, sys\n"
        "from beroepsplanner.dates import dutch_date\n"
        "print(dutch_date(datetime.date(2026, 11, 11), weekday=True))\n"
        "print('babel' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root), **{CACHE_ENV: str(tmp_path)})

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=True
        )
        return done.stdout.split("\n")[:2]

    assert run() == ["woensdag 11 november 2026", "True"]  # worked out by Babel, and kept
    assert run() == ["woensdag 11 november 2026", "False"]  # from the kept names
    [kept] = tmp_path.glob("dates-babel-*.json")
    names = json.loads(kept.read_text())
    assert names["months"] == list(DUTCH_MONTHS)
    kept.write_text('{"months": ["x"]}')  # damaged: Babel writes the date, and keeps it anew
    assert run() == ["woensdag 11 november 2026", "True"]
