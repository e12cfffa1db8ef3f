"""The window's dates in words, in Dutch and in English, through ``beroepsplanner.dates``
(Babel) — the same texts Qt's ``QLocale`` gave before (issue 14, item 5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from beroepsplanner import dates
from beroepsplanner.ui.models.lesson_table import long_date as lesson_date
from beroepsplanner.ui.qt_dates import shown_date, shown_month
from beroepsplanner.ui.school_year_dialog import date_range, long_date

FRIDAY = dt.date(2026, 10, 9)
SEPTEMBER = dt.date(2026, 9, 1)


def test_dutch_dates_in_the_window(qapp: QApplication, dutch: list) -> None:
    assert long_date(FRIDAY) == "vrijdag 9 oktober 2026"
    assert lesson_date(dt.date(2026, 11, 3)) == "di 3 nov 2026"
    assert lesson_date(SEPTEMBER) == "di 1 sep 2026"
    assert date_range(dt.date(2026, 10, 19), dt.date(2026, 10, 23)) == "19–23 oktober 2026"
    assert date_range(dt.date(2026, 12, 21), dt.date(2027, 1, 1)) == "21 december 2026 – 1 januari 2027"
    assert date_range(dt.date(2027, 2, 27), dt.date(2027, 3, 3)) == "27 februari – 3 maart 2027"
    assert [shown_month(m) for m in (3, 5)] == ["maart", "mei"]
    assert [shown_month(m, short=True) for m in (3, 10)] == ["mrt", "okt"]
    assert shown_date(FRIDAY, "EEEE d MMM") == "vrijdag 9 okt"


def test_english_dates_in_the_window(qapp: QApplication, english: None) -> None:
    assert long_date(FRIDAY) == "Friday 9 October 2026"
    assert lesson_date(dt.date(2026, 11, 3)) == "Tue 3 Nov 2026"
    assert lesson_date(SEPTEMBER) == "Tue 1 Sept 2026"
    assert date_range(dt.date(2026, 10, 19), dt.date(2026, 10, 23)) == "19–23 October 2026"
    assert date_range(dt.date(2027, 2, 27), dt.date(2027, 3, 3)) == "27 February – 3 March 2027"
    assert [shown_month(m) for m in (3, 5)] == ["March", "May"]
    assert [shown_month(m, short=True) for m in (3, 9)] == ["Mar", "Sept"]
    assert shown_date(FRIDAY, "EEEE d MMM") == "Friday 9 Oct"


def test_the_windows_month_names_are_babels(qapp: QApplication, dutch: list) -> None:
    """``shown_month`` asks Qt (its data is loaded already; Babel's would stop the first
    paint): every name, long and short, in both languages, is Babel's."""
    for locale, language in ((dates.DUTCH, "nl"), (dates.ENGLISH, "en")):
        previous = QLocale()
        QLocale.setDefault(QLocale(language))
        try:
            for short in (False, True):
                assert [shown_month(m, short=short) for m in range(1, 13)] == [
                    dates.month_name(m, short=short, locale=locale) for m in range(1, 13)
                ]
        finally:
            QLocale.setDefault(previous)
