"""The catalog as a table: one row per activity, for a ``QTableView``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, Qt

from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import RECORD_ROLE, Index

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


class ActivityFilterModel(QAbstractProxyModel):
    """The catalog sorted by a column, keeping the rows that meet all ``ActivityCriteria``.

    The text matches any column, ignoring case; every word must occur. Sorting is
    case- and accent-insensitive; grades and durations sort as numbers.

    Not a ``QSortFilterProxyModel``: that one asks Python for every row on every
    keystroke (a C++ to Python call per row, about 10 ms for 5,000 activities).
    Here the rows are filtered in one pass over precomputed texts and sort
    orders of ``ActivityTableModel``, and views get one ``layoutChanged``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = ActivityCriteria()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []  # proxy row -> source row
        self._proxy_rows: dict[int, int] = {}  # source row -> proxy row
        self._cell: Callable[[int, int, int], Any] | None = None

    # --- criteria and sorting ------------------------------------------------------

    @property
    def criteria(self) -> ActivityCriteria:
        return self._criteria

    def set_criteria(self, criteria: ActivityCriteria) -> None:
        """Show the rows that meet ``criteria`` (nothing happens when they are the same)."""
        if criteria != self._criteria:
            self._criteria = criteria
            self._relayout()

    def set_search_text(self, text: str) -> None:
        self.set_criteria(replace(self._criteria, text=text))

    def setFilterFixedString(self, pattern: str) -> None:
        self.set_search_text(pattern)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != (self._sort_column, self._sort_order):
            self._sort_column, self._sort_order = column, order
            self._relayout()

    def accepts(self, source_row: int) -> bool:
        """Whether the criteria keep this source row."""
        return bool(self._accepted([source_row]))

    def _accepted(self, rows: list[int]) -> list[int]:
        model = self._activity_model()
        criteria = self._criteria
        if model is None:
            return []
        texts = model.search_texts()
        for word in criteria.text.casefold().split():
            rows = [row for row in rows if word in texts[row]]
        checks = []
        if criteria.kind is not None:
            checks.append(lambda a: a.kind == criteria.kind)
        if criteria.grade is not None:
            checks.append(lambda a: a.grade_min <= criteria.grade <= a.grade_max)
        if criteria.world is not None:
            checks.append(lambda a: criteria.world in a.worlds)
        if criteria.provider is not None:
            checks.append(lambda a: a.provider == criteria.provider)
        for check in checks:
            rows = [row for row in rows if check(model.activity(row))]
        return rows

    def _compute_rows(self) -> None:
        model = self._activity_model()
        if model is None:
            self._rows, self._proxy_rows = [], {}
            return
        if 0 <= self._sort_column < model.columnCount():
            order = model.sorted_rows(self._sort_column)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                order = order[::-1]
        else:
            order = list(range(model.rowCount()))
        self._rows = self._accepted(order)
        self._proxy_rows = {source: proxy for proxy, source in enumerate(self._rows)}

    def _relayout(self) -> None:
        """Recompute the rows; persistent indexes (selection, current) follow their rows."""
        before = self._rows
        self._compute_rows()
        if self._rows == before:
            return  # another letter that keeps the same rows: nothing to repaint
        after, self._rows = self._rows, before
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._rows = after
        self._proxy_rows = {source: proxy for proxy, source in enumerate(after)}
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    # --- the source ---------------------------------------------------------------------

    def _activity_model(self) -> ActivityTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, ActivityTableModel) else None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        previous = self.sourceModel()
        if previous is not None:
            for signal, slot in self._source_signals(previous):
                signal.disconnect(slot)
        super().setSourceModel(model)
        self._cell = model.cell if isinstance(model, ActivityTableModel) else None
        for signal, slot in self._source_signals(model):
            signal.connect(slot)
        self._compute_rows()
        self.endResetModel()

    def _source_signals(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        # ActivityTableModel only ever resets; anything else is handled as a reset too.
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.rowsInserted, self._source_changed),
            (model.rowsRemoved, self._source_changed),
            (model.dataChanged, self._source_changed),
        ]

    def _source_reset(self) -> None:
        self._compute_rows()
        self.endResetModel()

    def _source_changed(self, *_args: Any) -> None:
        self.beginResetModel()
        self._compute_rows()
        self.endResetModel()

    # --- QAbstractProxyModel ------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks several roles of every visible cell: keep this path short.
        row = index.row()
        if self._cell is None or not 0 <= row < len(self._rows):
            return None
        return self._cell(self._rows[row], index.column(), role)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_rows.get(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < len(Column):
            return QModelIndex()
        return self.createIndex(row, column)

    # QAbstractItemModel.parent(index) overloads QObject.parent(); the stubs type only the
    # second, which this model leaves alone (a flat table: no index has a parent).
    def parent(self, _index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.sourceModel() is None else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self.sourceModel()
        if model is None or orientation == Qt.Orientation.Vertical:
            return None
        return model.headerData(section, orientation, role)
