"""The company network as a table: one row per company, for a ``QTableView``."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from beroepsplanner.domain.catalog import CompanySummary
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.record_filter import RecordFilterModel
from beroepsplanner.ui.models.roles import ID_ROLE

COMPANY_ID_ROLE = ID_ROLE
"""Role that returns the id of the row's company."""

class Column(IntEnum):
    NAME = 0
    PLACE = 1
    MIN_GRADE = 2
    CONFIRMED = 3
    CHAINS = 4
    # Last, so that it takes the width that is left and long lists elide at the end.
    WORLDS = 5


class CompanyTableModel(ColumnTableModel[CompanySummary]):
    """A read-only table over a list of ``CompanySummary``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows_by_id: dict[int, int] = {}
        self._search_rows: list[str] = []
        self.confirmed_year = ""
        """The school year the "Confirmed" column is about (companies confirm every year)."""

    def columns(self) -> tuple[TableColumn[CompanySummary], ...]:
        return (
            TableColumn(lambda: self.tr("Name"), lambda c: c.name, full_text_tip=True),
            TableColumn(lambda: self.tr("Place"), lambda c: c.place),
            TableColumn(
                lambda: self.tr("From grade"),
                lambda c: "" if c.min_grade is None else str(c.min_grade),
                sort=lambda c: 0 if c.min_grade is None else c.min_grade,
                align=CENTER,
            ),
            TableColumn(
                lambda: self.tr("Confirmed"),
                lambda c: "✓" if c.confirmed else "",
                sort=lambda c: int(c.confirmed),
                align=CENTER,
                header_tip=lambda: self.tr(
                    "The company has confirmed the contact for school year %1"
                ).replace("%1", self.confirmed_year),
            ),
            TableColumn(
                lambda: self.tr("Chains"),
                lambda c: str(c.chains) if c.chains else "",
                sort=lambda c: c.chains,
                align=CENTER,
                header_tip=lambda: self.tr("Chains that use the company or one of its role models"),
            ),
            TableColumn(
                lambda: self.tr("Worlds"), lambda c: domain_text.worlds(c.worlds), full_text_tip=True
            ),
        )

    def set_companies(self, companies: list[CompanySummary], confirmed_year: str = "") -> None:
        """Replace all rows (views keep their sort order and filter); ``confirmed`` of the
        companies is about school year ``confirmed_year``."""
        self.confirmed_year = confirmed_year
        self.set_records(companies)

    def _rows_set(self) -> None:
        self._rows_by_id = {c.id: row for row, c in enumerate(self._records)}
        self._search_rows = ["\n".join(texts).casefold() for texts in self._texts]

    def search_text(self, row: int) -> str:
        """All text of the row, case-folded, for the filter."""
        return self._search_rows[row]

    def search_texts(self) -> list[str]:
        """``search_text`` of every row, by row."""
        return self._search_rows

    def company(self, row: int) -> CompanySummary:
        return self._records[row]

    def row_of(self, company_id: int) -> int | None:
        """The row of the company with ``company_id``, or None when it is not listed."""
        return self._rows_by_id.get(company_id)


class CompanyFilterModel(RecordFilterModel):
    """Sorts the companies and keeps the rows whose text (any column) contains the filter.

    A ``RecordFilterModel``: sorting reads the sort keys the model worked out once and the
    filter the text it prepared per row, in one pass over lists (20,000 companies).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        """Keep the rows that contain ``text`` (ignoring case); empty shows every row."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self.filter_changed()

    def accepted(self, model: ColumnTableModel[Any], rows: list[int]) -> list[int]:
        if not self._needle or not isinstance(model, CompanyTableModel):
            return rows
        texts, needle = model.search_texts(), self._needle
        return [row for row in rows if needle in texts[row]]
