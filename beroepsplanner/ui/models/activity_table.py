"""The catalog as a table: one row per activity, for a ``QTableView``."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from beroepsplanner.domain.catalog import ActivitySummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role with a value that sorts right where the displayed text would not (numbers)."""

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the ``ActivitySummary`` of the row."""

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    PROVIDER = 2
    GRADES = 3
    DURATION = 4
    WORLDS = 5


def grades_text(activity: ActivitySummary) -> str:
    """``3–5``, or ``3`` when an activity suits one grade only."""
    if activity.grade_min == activity.grade_max:
        return str(activity.grade_min)
    return f"{activity.grade_min}–{activity.grade_max}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


class ActivityTableModel(QAbstractTableModel):
    """A read-only table over a list of ``ActivitySummary``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activities: list[ActivitySummary] = []

    def set_activities(self, activities: list[ActivitySummary]) -> None:
        """Replace all rows (views keep their sort order and filter)."""
        self.beginResetModel()
        self._activities = list(activities)
        self.endResetModel()

    def activity(self, row: int) -> ActivitySummary:
        return self._activities[row]

    # --- QAbstractTableModel -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def _headers(self) -> tuple[str, ...]:
        # Literal tr() calls so that lupdate finds every header.
        return (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Provider"),
            self.tr("Grades"),
            self.tr("Duration (min)"),
            self.tr("Worlds"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._activities):
            return None
        activity = self._activities[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == SORT_ROLE:
            return self._sort_value(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            Column.TITLE,
            Column.PROVIDER,
            Column.WORLDS,
        ):
            return self._display(activity, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.GRADES,
            Column.DURATION,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ACTIVITY_ROLE:
            return activity
        return None

    @staticmethod
    def _display(activity: ActivitySummary, column: Column) -> str:
        match column:
            case Column.TITLE:
                return activity.title
            case Column.KIND:
                return _sentence_case(activity.kind.label)
            case Column.PROVIDER:
                return activity.provider
            case Column.GRADES:
                return grades_text(activity)
            case Column.DURATION:
                minutes = activity.duration_minutes
                return "" if minutes is None else str(minutes)
            case Column.WORLDS:
                return ", ".join(activity.worlds)

    @staticmethod
    def _sort_value(activity: ActivitySummary, column: Column) -> Any:
        match column:
            case Column.GRADES:
                return activity.grade_min * 10 + activity.grade_max
            case Column.DURATION:
                # Activities without a fixed duration sort before the shortest one.
                return -1 if activity.duration_minutes is None else activity.duration_minutes
            case _:
                return ActivityTableModel._display(activity, column)


class ActivityFilterModel(QSortFilterProxyModel):
    """Sorts the catalog and keeps the rows whose text (any column) contains the filter.

    Sorting is case-insensitive and follows the Dutch alphabet of the locale;
    grades and durations sort as numbers.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setSortRole(SORT_ROLE)
