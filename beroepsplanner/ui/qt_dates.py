"""Python dates to Qt's and back, typed; dates in words in the window's language.

PySide6 converts a ``datetime.date`` to a ``QDate`` and back by itself (``qdate(day)``,
``pydate(QDate)``), but its type stubs know neither: the one says no such constructor,
the other returns ``object``. These two say what the code means.

``shown_date`` writes a date in words as the window shows it, through
``beroepsplanner.dates`` (Babel), in Dutch or in English as the window's ``QLocale``
says (``app.install_translators`` sets it with the translations). ``shown_month``, which
the year plan's header needs at the window's first paint, takes the month's name from
that ``QLocale`` itself: Qt's names are the same CLDR data as Babel's
(``tests/ui/test_window_dates.py`` compares all of them), and loading Babel's data would
stop the first paint for a twentieth of a second. Qt's date editors
(``QDateEdit.setDisplayFormat``) name days and months through Qt too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from beroepsplanner import dates


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def window_locale() -> str:
    """The language of dates in the window: ``dates.DUTCH`` when the window is Dutch,
    ``dates.ENGLISH`` otherwise (its texts are English then)."""
    dutch = QLocale().language() == QLocale.Language.Dutch
    return dates.DUTCH if dutch else dates.ENGLISH


def shown_date(day: dt.date, pattern: str) -> str:
    """``day`` by the CLDR ``pattern`` (``EEEE d MMMM y``) in the window's language."""
    return dates.date_text(day, pattern, window_locale())


def shown_month(month: int, *, short: bool = False) -> str:
    """The name of ``month`` (1–12) in the window's language, or its short form (the
    ``dates.month_name`` of the window's locale)."""
    language = QLocale.Language.Dutch if window_locale() == dates.DUTCH else QLocale.Language.English
    country = QLocale.Country.Netherlands if language == QLocale.Language.Dutch else QLocale.Country.UnitedKingdom
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale(language, country).monthName(month, kind)
