"""Dates on paper are Dutch words from one place (``beroepsplanner.dates``, Babel's CLDR
data), exactly as they were printed before Babel: issue 14, item 5."""

from __future__ import annotations

import datetime as dt

from beroepsplanner.io.ical import dutch_date as calendar_date
from beroepsplanner.printing.styles import dutch_date
from beroepsplanner.printing.yearplan import render_year_plan, short_day
from tests.printing.letter_yearplan_data import page_text, pdf_of, year_plan


def test_documents_write_the_date_and_weekday_in_dutch() -> None:
    assert dutch_date(dt.date(2026, 10, 6)) == "6 oktober 2026"
    assert dutch_date(dt.date(2026, 10, 6), weekday=True) == "dinsdag 6 oktober 2026"
    assert dutch_date(dt.date(2027, 5, 16), weekday=True) == "zondag 16 mei 2027"


def test_the_calendar_names_the_weekday_too() -> None:
    assert calendar_date(dt.date(2027, 4, 13)) == "dinsdag 13 april 2027"


def test_the_year_plans_chain_list_shortens_the_day_and_month() -> None:
    assert short_day(dt.date(2026, 11, 3)) == "di 3 nov"
    assert short_day(dt.date(2027, 3, 1)) == "ma 1 mrt"
    assert short_day(dt.date(2026, 9, 4)) == "vr 4 sep"


def test_a_printed_year_plan_carries_the_dutch_dates() -> None:
    words = page_text(pdf_of(render_year_plan, year_plan(1), printed=dt.date(2026, 10, 12)))
    assert "afgedrukt op 12 oktober 2026" in words
    assert "dinsdag 6 oktober 2026" in words  # the first chain's activity, in the chain list
    assert "di 29 sep" in words  # its preparation lesson, a week before
    assert "wo 7 okt" in words  # its reflection lesson, the next day
    for month in ("oktober", "november", "december", "januari", "maart", "mei"):
        assert month in words, month
