"""Columns declared once: a table model says per column what it shows, and the base model
answers Qt's questions (``headerData``, ``data``, sort keys) from that declaration.

The idea is Picard's (``picard/ui/columns.py``: a ``Column`` with a title, a key, an
alignment and a sort type, kept in one list per view), fitted to our read-only record
tables: a ``TableColumn`` holds the column's title (a ``tr()`` call, so lupdate finds it in
its model's context and the title follows the window's language), what a row shows, its
sort key, its alignment, its tooltips and any further roles (a colour, an icon, the value an
editor starts from). ``ColumnTableModel`` keeps a list of records, one per row.

Shown texts and sort keys are worked out once per row when the rows are set (and again for
the rows a model says changed), so painting and sorting read a list: a
``QSortFilterProxyModel`` sorting on ``SORT_ROLE`` gets a ready key per cell, and
``sorted_rows`` gives a proxy that sorts without asking Qt at all (the catalog's) a column's
order, computed once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_ROLE, Index

R = TypeVar("R")

CENTER = Qt.AlignmentFlag.AlignCenter

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT = int(SORT_ROLE)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RECORD = int(RECORD_ROLE)
_ID = int(ID_ROLE)
_NONE: Mapping[int, Callable[[Any], Any]] = {}


@dataclass(frozen=True)
class TableColumn(Generic[R]):
    """One column of a table of records ``R``: declared once, read by ``ColumnTableModel``."""

    header: Callable[[], str]
    """The column's title in the window's language: a ``tr()`` call of the model."""
    value: Callable[[R], Any]
    """What a row shows (``DisplayRole``): a text or a number."""
    sort: Callable[[R], Any] | None = None
    """The row's sort key (``SORT_ROLE``); None: what the row shows."""
    align: Qt.AlignmentFlag | None = None
    """The cells' alignment (``TextAlignmentRole``); None: the view's (left)."""
    align_header: bool = False
    """The title aligned as the cells are."""
    full_text_tip: bool = False
    """The cell's own text as its tooltip (the view may elide it), none when empty."""
    tooltip: Callable[[R], str | None] | None = None
    """A cell's tooltip when it is not its own text."""
    header_tip: Callable[[], str] | None = None
    """The title's tooltip (a ``tr()`` call)."""
    roles: Mapping[int, Callable[[R], Any]] = field(default_factory=lambda: _NONE)
    """Further roles of a cell: a colour, an icon, what an editor starts from."""


def collation_key(value: Any) -> Any:
    """Sort text as a Dutch reader expects: case and accents do not count (é after e);
    numbers sort as numbers, before any text."""
    if not isinstance(value, str):
        return ("", value)
    if value.isascii():  # most names: no accents to take off (NFKD leaves ASCII as it is)
        return (value.lower(), value)
    plain = unicodedata.normalize("NFKD", value.casefold())
    return ("".join(c for c in plain if not unicodedata.combining(c)), value)


class ColumnTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of records ``R``, one row each, with the columns that
    ``columns()`` declares.

    A subclass declares its columns in ``columns()`` (called once, when the model is made;
    the getters may use the model, e.g. ``self.tr``) and fills the rows with
    ``set_records`` (views keep their sort order and filter). ``RECORD_ROLE`` gives a row's
    record, ``ID_ROLE`` its ``record_id``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[TableColumn[R], ...] = tuple(self.columns())
        self._records: list[R] = []
        self._texts: list[tuple[Any, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._orders: dict[int, list[int]] = {}

    def columns(self) -> Sequence[TableColumn[R]]:
        """The columns, left to right."""
        raise NotImplementedError

    def record_id(self, record: R) -> Any:
        """What ``ID_ROLE`` gives for a row: the record's ``id`` when it has one."""
        return getattr(record, "id", None)

    # --- the rows ----------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        """Replace all rows; their texts and sort keys are worked out here, once."""
        self.beginResetModel()
        self._records = list(records)
        with domain_text.one_language():
            self._texts = [self._row_texts(record) for record in self._records]
            self._keys = [
                self._row_keys(record, texts)
                for record, texts in zip(self._records, self._texts, strict=True)
            ]
        self._orders = {}
        self._rows_set()
        self.endResetModel()

    def _rows_set(self) -> None:
        """Called within the reset after the rows were set: a model's own per-row lookups."""

    def refresh_rows(self, first: int = 0, last: int | None = None) -> None:
        """Rows ``first``..``last`` (default: all) show something else now: work out their
        texts and keys again and tell the views."""
        last = len(self._records) - 1 if last is None else last
        if not self._records or last < first:
            return
        with domain_text.one_language():
            for row in range(first, last + 1):
                self._texts[row] = self._row_texts(self._records[row])
                self._keys[row] = self._row_keys(self._records[row], self._texts[row])
        self._orders = {}
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _row_texts(self, record: R) -> tuple[Any, ...]:
        return tuple(column.value(record) for column in self._columns)

    def _row_keys(self, record: R, texts: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            texts[at] if column.sort is None else column.sort(record)
            for at, column in enumerate(self._columns)
        )

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        """Every row's record, in row order (a copy)."""
        return list(self._records)

    def text(self, row: int, column: int) -> Any:
        """What the cell shows (worked out when the rows were set)."""
        return self._texts[row][column]

    def row_texts(self, row: int) -> tuple[Any, ...]:
        """What every cell of the row shows."""
        return self._texts[row]

    def sort_key(self, row: int, column: int) -> Any:
        return self._keys[row][column]

    def sorted_rows(self, column: int) -> list[int]:
        """The rows in ascending order of ``column``'s sort key, case and accents ignored
        (``collation_key``), equal keys in row order; computed once per set of rows."""
        order = self._orders.get(column)
        if order is None:
            keys = [collation_key(row[column]) for row in self._keys]
            order = sorted(range(len(keys)), key=lambda row: (keys[row], row))
            self._orders[column] = order
        return order

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _DISPLAY:
            return column.header()
        if role == _TOOLTIP and column.header_tip is not None:
            return column.header_tip()
        if role == _ALIGNMENT and column.align_header and column.align is not None:
            return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """``data()`` by row and column (a proxy that knows its rows asks this directly)."""
        # What painting and sorting ask most comes first, cheaply.
        if not 0 <= row < len(self._records) or not 0 <= column < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        if role == _SORT:
            return self._keys[row][column]
        declared = self._columns[column]
        if role == _ALIGNMENT:
            return None if declared.align is None else int(declared.align)
        if role == _TOOLTIP:
            if declared.tooltip is not None:
                return declared.tooltip(self._records[row])
            return (self._texts[row][column] or None) if declared.full_text_tip else None
        if role == _RECORD:
            return self._records[row]
        if role == _ID:
            return self.record_id(self._records[row])
        getter = declared.roles.get(role)
        return None if getter is None else getter(self._records[row])
