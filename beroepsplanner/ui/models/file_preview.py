"""The first rows of a file being imported, for a ``QTableView`` in an import dialog.

The vertical header shows each row's number as Excel shows it, so a problem
"Rij 7: ..." is found at once; rows with a problem are tinted, columns that
will not be read are greyed out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from beroepsplanner.io.tables import TableRow
from beroepsplanner.ui.models.roles import Index

_PROBLEM_TINT = QColor(255, 224, 224)


class FilePreviewModel(QAbstractTableModel):
    """Headers and rows of a table; each column may carry the field it is mapped to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[TableRow, ...] = ()
        self._fields: dict[int, str] = {}
        self._problem_rows: frozenset[int] = frozenset()

    def set_table(self, headers: tuple[str, ...], rows: tuple[TableRow, ...]) -> None:
        """Show these headers and rows (the caller decides how many rows)."""
        self.beginResetModel()
        self._headers, self._rows = headers, rows
        self._fields = {}
        self._problem_rows = frozenset()
        self.endResetModel()

    def set_fields(self, fields: dict[int, str]) -> None:
        """The field name each mapped column is read as; other columns are not read."""
        self._fields = dict(fields)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self._all_changed()

    def set_problem_rows(self, numbers: frozenset[int]) -> None:
        """The Excel row numbers that have a problem (tinted)."""
        self._problem_rows = numbers
        self._all_changed()

    def is_mapped(self, column: int) -> bool:
        return column in self._fields

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row.get(index.column())
            return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._fields:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.BackgroundRole and row.number in self._problem_rows:
            return _PROBLEM_TINT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._rows):
                return str(self._rows[section].number)
            return None
        if section >= len(self._headers):
            return None
        header = self._headers[section] or "?"
        if role == Qt.ItemDataRole.DisplayRole:
            field = self._fields.get(section)
            return f"{header}\n→ {field}" if field else f"{header}\n–"
        if role == Qt.ItemDataRole.ForegroundRole and section not in self._fields:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _all_changed(self) -> None:
        if self._rows and self._headers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )
