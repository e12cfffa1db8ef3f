"""Python dates to Qt's and back, typed.

PySide6 converts a ``datetime.date`` to a ``QDate`` and back by itself (``qdate(day)``,
``pydate(QDate)``), but its type stubs know neither: the one says no such constructor,
the other returns ``object``. These two say what the code means.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
