"""What the table models share: their item roles, the index type and a base class."""

from __future__ import annotations

from collections.abc import Sized

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
"""The index a view passes to a model's methods."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role with a value that sorts right where the displayed text would not (numbers, dates)."""

ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the database id of the row's record."""

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the row's record itself (a model offers this or ``ID_ROLE``)."""


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of records, one row each, in ``column_count`` columns.

    A subclass keeps its records in ``self._records`` (replacing the list between
    ``beginResetModel`` and ``endResetModel``) and sets ``column_count``.
    """

    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: Sized = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count
