"""The catalog as a table: one row per activity, for a ``QTableView``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.record_filter import RecordFilterModel
from beroepsplanner.ui.models.roles import RECORD_ROLE

ACTIVITY_ROLE = RECORD_ROLE
"""Role that returns the ``ActivitySummary`` of the row."""


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


class ActivityTableModel(ColumnTableModel[ActivitySummary]):
    """A read-only table over a list of ``ActivitySummary``.

    For a fast filter it keeps, per row, the lower-case text of all columns, computed
    once when the rows are set; the sort orders are the base model's (``sorted_rows``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_texts: list[str] = []
        self._rows_by_key: dict[str, int] = {}

    def columns(self) -> tuple[TableColumn[ActivitySummary], ...]:
        return (
            TableColumn(lambda: self.tr("Title"), lambda a: a.title, full_text_tip=True),
            TableColumn(
                lambda: self.tr("Kind"), lambda a: _sentence_case(domain_text.activity_kind(a.kind))
            ),
            TableColumn(lambda: self.tr("Provider"), lambda a: a.provider, full_text_tip=True),
            TableColumn(
                lambda: self.tr("Grades"),
                grades_text,
                sort=lambda a: a.grade_min * 10 + a.grade_max,
                align=CENTER,
            ),
            TableColumn(
                lambda: self.tr("Duration (min)"),
                lambda a: "" if a.duration_minutes is None else str(a.duration_minutes),
                # Activities without a fixed duration sort before the shortest one.
                sort=lambda a: -1 if a.duration_minutes is None else a.duration_minutes,
                align=CENTER,
            ),
            TableColumn(
                lambda: self.tr("Worlds"), lambda a: domain_text.worlds(a.worlds), full_text_tip=True
            ),
        )

    def set_activities(self, activities: list[ActivitySummary]) -> None:
        """Replace all rows (views keep their sort order and filter)."""
        self.set_records(activities)

    def _rows_set(self) -> None:
        # The search also finds an activity by the professions it shows and its description
        # ("robot" finds the one that lists Robotprogrammeur).
        self._search_texts = [
            "\n".join((*texts, *a.professions, a.description)).casefold()
            for texts, a in zip(self._texts, self._records, strict=True)
        ]
        self._rows_by_key = {a.key: row for row, a in enumerate(self._records)}

    def activity(self, row: int) -> ActivitySummary:
        return self._records[row]

    def activities(self) -> list[ActivitySummary]:
        """Every row, in source order."""
        return self.records()

    def search_text(self, row: int) -> str:
        """All columns of the row, its professions and description in lower case
        (``casefold``), for the text filter."""
        return self._search_texts[row]

    def search_texts(self) -> list[str]:
        """``search_text`` of every row, by source row (the list itself: do not change it)."""
        return self._search_texts

    def row_of(self, key: str) -> int | None:
        """The source row of the activity with this key, or None."""
        return self._rows_by_key.get(key)


@dataclass(frozen=True)
class ActivityCriteria:
    """What the catalog shows: a search text and the choices of the filter boxes."""

    text: str = ""
    kind: ActivityKind | None = None
    grade: int | None = None
    world: str | None = None
    provider: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == ActivityCriteria()


class ActivityFilterModel(RecordFilterModel):
    """The catalog sorted by a column, keeping the rows that meet all ``ActivityCriteria``.

    The text matches any column, ignoring case; every word must occur. Sorting is
    case- and accent-insensitive; grades and durations sort as numbers.

    A ``RecordFilterModel``: the rows are filtered in one pass over the texts
    ``ActivityTableModel`` worked out once (a ``QSortFilterProxyModel`` asks Python for
    every row on every keystroke, about 10 ms for 5,000 activities), and a keystroke that
    leaves the same rows does nothing.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = ActivityCriteria()

    @property
    def criteria(self) -> ActivityCriteria:
        return self._criteria

    def set_criteria(self, criteria: ActivityCriteria) -> None:
        """Show the rows that meet ``criteria`` (nothing happens when they are the same)."""
        if criteria != self._criteria:
            self._criteria = criteria
            self.filter_changed()

    def set_search_text(self, text: str) -> None:
        self.set_criteria(replace(self._criteria, text=text))

    def setFilterFixedString(self, pattern: str) -> None:
        self.set_search_text(pattern)

    def accepted(self, model: ColumnTableModel[Any], rows: list[int]) -> list[int]:
        if not isinstance(model, ActivityTableModel):
            return []
        criteria = self._criteria
        texts = model.search_texts()
        for word in criteria.text.casefold().split():
            rows = [row for row in rows if word in texts[row]]
        checks: list[Callable[[ActivitySummary], bool]] = []
        if criteria.kind is not None:
            checks.append(lambda a: a.kind == criteria.kind)
        if criteria.grade is not None:
            grade = criteria.grade
            checks.append(lambda a: a.grade_min <= grade <= a.grade_max)
        if criteria.world is not None:
            checks.append(lambda a: criteria.world in a.worlds)
        if criteria.provider is not None:
            checks.append(lambda a: a.provider == criteria.provider)
        for check in checks:
            rows = [row for row in rows if check(model.activity(row))]
        return rows
