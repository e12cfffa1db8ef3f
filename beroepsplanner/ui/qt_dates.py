"""Python dates to Qt's and back, typed; dates in words in the window's language.

PySide6 converts a ``datetime.date`` to a ``QDate`` and back by itself (``qdate(day)``,
``pydate(QDate)``), but its type stubs know neither: the one says no such constructor,
the other returns ``object``. These two say what the code means.

``shown_date`` and ``shown_month`` write a date or a month in words as the window shows
them, through ``beroepsplanner.dates`` (Babel), in Dutch or in English as the window's
``QLocale`` says (``app.install_translators`` sets it with the translations). Only Qt's
date editors (``QDateEdit.setDisplayFormat``) still name days and months through Qt.
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
    """The name of ``month`` (1–12) in the window's language, or its short form."""
    return dates.month_name(month, short=short, locale=window_locale())
