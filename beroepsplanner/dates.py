"""Dates in words — Dutch on paper and in calendars, Dutch or English in the window.

The one place month and weekday names come from: Babel's date formatting
(``babel.dates.format_date``) with the Unicode CLDR data, for Dutch (``nl_NL``) and
English (``en_GB``) alike, so no module spells out "januari" or "maandag" itself.
Patterns are CLDR's (``EEEE d MMMM y``: ``woensdag 11 november 2026``). Babel is imported
on the first date: a command that writes no date does not pay for it.
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
    """``woensdag 11 november 2026`` / ``11 november 2026``: how paper and calendars say a date."""
    return date_text(day, LONG_WITH_WEEKDAY if weekday else LONG, DUTCH)


def month_name(month: int, *, short: bool = False, locale: str = DUTCH) -> str:
    """The name of ``month`` (1–12) as a date writes it: ``maart``, or short ``mrt``."""
    return _months(locale, short)[month]


@cache
def _months(locale: str, short: bool) -> dict[int, str]:
    from babel import Locale

    return dict(Locale.parse(locale).months["format"]["abbreviated" if short else "wide"])
