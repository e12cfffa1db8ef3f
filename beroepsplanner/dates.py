"""Dates in words — Dutch on paper and in calendars, Dutch or English in the window.

The one place month and weekday names come from: Babel's date formatting
(``babel.dates.format_date``) with the Unicode CLDR data, for Dutch (``nl_NL``) and
English (``en_GB``) alike, so no module spells out "januari" or "maandag" itself.
Patterns are CLDR's (``EEEE d MMMM y``: ``woensdag 11 november 2026``). Babel is imported
on the first date: a command that writes no date does not pay for it.

The dates on paper (``dutch_date``) are the most common and a short print job would
spend a fifth of its time importing Babel and loading its Dutch data for them; so the
Dutch month and weekday names Babel gives are kept in a small file per version of Babel
(``user_cache.py``), and those two patterns are filled in from them. The texts are
Babel's own (``tests/test_dates.py`` compares every day of many years).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

DUTCH = "nl_NL"
"""Paper, calendars and the Dutch window (the same CLDR data as Qt's ``nl_NL``)."""
ENGLISH = "en_GB"
"""The English window (British, as the window's ``QLocale``: "Sept", day before month)."""

LONG = "d MMMM y"
"""``11 november 2026``."""
LONG_WITH_WEEKDAY = "EEEE d MMMM y"
"""``woensdag 11 november 2026``."""


def date_text(day: dt.date, pattern: str, locale: str = DUTCH) -> str:
    """``day`` written by the CLDR ``pattern`` in ``locale`` (``DUTCH`` or ``ENGLISH``)."""
    from babel.dates import format_date

    return format_date(day, pattern, locale=locale)


def dutch_date(day: dt.date, *, weekday: bool = False) -> str:
    """``woensdag 11 november 2026`` / ``11 november 2026``: how paper and calendars say a date
    (``LONG_WITH_WEEKDAY``, ``LONG`` in Dutch, from Babel's names kept between runs)."""
    names = _kept_names()
    if names is None:
        return date_text(day, LONG_WITH_WEEKDAY if weekday else LONG, DUTCH)
    months, weekdays = names
    text = f"{day.day} {months[day.month - 1]} {day.year}"
    return f"{weekdays[day.weekday()]} {text}" if weekday else text


def dutch_period(first: dt.date, last: dt.date, *, weekday: bool = False) -> str:
    """``van 5 tot en met 9 oktober 2026``, ``van maandag 28 september tot en met vrijdag 9
    oktober 2026``: the days of an activity that lasts several days, as paper says them (the
    month and year once when they are shared)."""
    end = dutch_date(last, weekday=weekday)
    start = dutch_date(first, weekday=weekday)
    if first.year == last.year:
        start = start.removesuffix(f" {first.year}")
        if first.month == last.month and not weekday:
            start = str(first.day)
    return f"van {start} tot en met {end}"


@cache
def _kept_names() -> tuple[list[str], list[str]] | None:
    """Babel's Dutch month names (January first) and weekday names (Monday first), as
    ``d MMMM y`` and ``EEEE`` write them; kept per version of Babel. None when the
    version cannot be known (the date is then written by Babel itself)."""
    from beroepsplanner import user_cache

    name = user_cache.versioned_name("dates-babel", user_cache.package_version("babel"))
    if name is None:
        return None
    kept = user_cache.read_kept(name)
    if _valid(kept):
        return kept["months"], kept["weekdays"]
    # Written by Babel's own patterns (not its name tables), so the names are exactly the
    # words these patterns put in a date.
    months = [date_text(dt.date(2026, month, 1), "MMMM", DUTCH) for month in range(1, 13)]
    weekdays = [date_text(dt.date(2026, 1, 5 + day), "EEEE", DUTCH) for day in range(7)]
    user_cache.keep(name, {"months": months, "weekdays": weekdays})
    return months, weekdays


def _valid(kept: object) -> bool:
    if not isinstance(kept, dict):
        return False
    months, weekdays = kept.get("months"), kept.get("weekdays")
    return (
        isinstance(months, list) and len(months) == 12 and all(isinstance(m, str) and m for m in months)
        and isinstance(weekdays, list) and len(weekdays) == 7
        and all(isinstance(w, str) and w for w in weekdays)
    )


def month_name(month: int, *, short: bool = False, locale: str = DUTCH) -> str:
    """The name of ``month`` (1–12) as a date writes it: ``maart``, or short ``mrt``."""
    return _months(locale, short)[month]


@cache
def _months(locale: str, short: bool) -> dict[int, str]:
    from babel import Locale

    return dict(Locale.parse(locale).months["format"]["abbreviated" if short else "wide"])
