"""The company network as a table: one row per company, for a ``QTableView``."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from beroepsplanner.domain.catalog import CompanySummary
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import ID_ROLE, SORT_ROLE, Index, RecordTableModel

COMPANY_ID_ROLE = ID_ROLE
"""Role that returns the id of the row's company."""

_SORT = int(SORT_ROLE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class Column(IntEnum):
    NAME = 0
    PLACE = 1
    MIN_GRADE = 2
    CONFIRMED = 3
    CHAINS = 4
    # Last, so that it takes the width that is left and long lists elide at the end.
    WORLDS = 5


_COLUMNS = len(Column)


class CompanyTableModel(RecordTableModel):
    """A read-only table over a list of ``CompanySummary``."""

    column_count = _COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[CompanySummary] = []
        self._rows_by_id: dict[int, int] = {}
        # Worked out once per reset: sorting 2,000 rows asks for ~50,000 values.
        self._display_rows: list[tuple[str, ...]] = []
        self._sort_rows: list[tuple[Any, ...]] = []
        self._search_rows: list[str] = []
        self.confirmed_year = ""
        """The school year the "Confirmed" column is about (companies confirm every year)."""

    def set_companies(self, companies: list[CompanySummary], confirmed_year: str = "") -> None:
        """Replace all rows (views keep their sort order and filter); ``confirmed`` of the
        companies is about school year ``confirmed_year``."""
        self.beginResetModel()
        self.confirmed_year = confirmed_year
        self._records = list(companies)
        self._rows_by_id = {c.id: row for row, c in enumerate(self._records)}
        self._display_rows = [
            tuple(self._display(c, column) for column in Column) for c in self._records
        ]
        self._sort_rows = [
            tuple(self._sort_value(c, column) for column in Column) for c in self._records
        ]
        self._search_rows = ["\n".join(texts).casefold() for texts in self._display_rows]
        self.endResetModel()

    def search_text(self, row: int) -> str:
        """All text of the row, case-folded, for the filter."""
        return self._search_rows[row]

    def company(self, row: int) -> CompanySummary:
        return self._records[row]

    def row_of(self, company_id: int) -> int | None:
        """The row of the company with ``company_id``, or None when it is not listed."""
        return self._rows_by_id.get(company_id)

    # --- QAbstractTableModel -------------------------------------------------

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CHAINS:
            return self.tr("Chains that use the company or one of its role models")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CONFIRMED:
            return self.tr("The company has confirmed the contact for school year %1").replace(
                "%1", self.confirmed_year
            )
        return None

    def _headers(self) -> tuple[str, ...]:
        # Literal tr() calls so that lupdate finds every header.
        headers = {
            Column.NAME: self.tr("Name"),
            Column.PLACE: self.tr("Place"),
            Column.WORLDS: self.tr("Worlds"),
            Column.MIN_GRADE: self.tr("From grade"),
            Column.CONFIRMED: self.tr("Confirmed"),
            Column.CHAINS: self.tr("Chains"),
        }
        return tuple(headers[column] for column in Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The two roles that sorting and painting ask for most come first, cheaply.
        if role == _SORT:
            return self._sort_rows[index.row()][index.column()]
        if role == _DISPLAY:
            return self._display_rows[index.row()][index.column()]
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        company = self._records[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.WORLDS):
            return self._display_rows[index.row()][column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.MIN_GRADE,
            Column.CONFIRMED,
            Column.CHAINS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == COMPANY_ID_ROLE:
            return company.id
        return None

    @staticmethod
    def _display(company: CompanySummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return company.name
            case Column.PLACE:
                return company.place
            case Column.WORLDS:
                return domain_text.worlds(company.worlds)
            case Column.MIN_GRADE:
                return "" if company.min_grade is None else str(company.min_grade)
            case Column.CONFIRMED:
                return "✓" if company.confirmed else ""
            case Column.CHAINS:
                return str(company.chains) if company.chains else ""

    @staticmethod
    def _sort_value(company: CompanySummary, column: Column) -> Any:
        match column:
            case Column.MIN_GRADE:
                return 0 if company.min_grade is None else company.min_grade
            case Column.CONFIRMED:
                return int(company.confirmed)
            case Column.CHAINS:
                return company.chains
            case _:
                return CompanyTableModel._display(company, column)


class CompanyFilterModel(QSortFilterProxyModel):
    """Sorts the companies and keeps the rows whose text (any column) contains the filter.

    The filter looks in the text the model prepared per row, so filtering
    thousands of companies costs one Python call per row, not one per cell.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        """Keep the rows that contain ``text`` (ignoring case); empty shows every row."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, CompanyTableModel)
        return self._needle in model.search_text(source_row)
