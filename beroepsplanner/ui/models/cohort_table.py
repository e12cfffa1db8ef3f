"""The line per cohort as a table: a row per cohort, its groep in every school year, and
what it met and has planned (worlds, sectors, companies, professions, role models)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from beroepsplanner.domain.cohort_line import CohortRow, CohortTable, CohortYear
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import RECORD_ROLE

COHORT_ROLE = RECORD_ROLE
"""Role that returns the ``CohortRow`` of the row."""
_NONE_COLOR = QColor("#b3261e")
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class Column(IntEnum):
    """The fixed columns; a column per school year comes between ``GRADE`` and ``WORLDS``
    (``CohortTableModel.column_of``)."""

    COHORT = 0
    GRADE = 1
    WORLDS = 2
    SECTORS = 3
    COMPANIES = 4
    PROFESSIONS = 5
    COUNTER = 6
    CHAINS = 7
    PLANNED = 8


class CohortTableModel(ColumnTableModel[CohortRow]):
    """A read-only table over the rows of a ``CohortTable``; its school years are columns,
    declared again with every table."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._years: tuple[str, ...] = ()
        self._worlds: tuple[str, ...] = ()
        super().__init__(parent)

    def columns(self) -> tuple[TableColumn[CohortRow], ...]:
        def number(header: Callable[[], str], value: Callable[[CohortRow], Any], **more: Any) -> TableColumn[CohortRow]:
            return TableColumn(header, value, align=CENTER, **more)

        gaps = {_FOREGROUND: lambda r: _NONE_COLOR if r.gaps else None}
        return (
            TableColumn(
                lambda: self.tr("Cohort"),
                lambda r: self.tr("Cohort %1").replace("%1", str(r.cohort)),
                sort=lambda r: r.cohort,
                tooltip=lambda r: self.tr("Now in grade %1: %2")
                .replace("%1", str(r.grade))
                .replace("%2", ", ".join(r.classes)),
                header_tip=lambda: self.tr("The year the cohort leaves grade 8"),
            ),
            number(lambda: self.tr("Grade"), lambda r: r.grade),
            *(self._year_column(at, label) for at, label in enumerate(self._years)),
            number(
                lambda: self.tr("Worlds"),
                lambda r: f"{len(r.worlds_met(self._worlds))} / {len(self._worlds)}",
                sort=lambda r: len(r.worlds_met(self._worlds)),
                tooltip=self._worlds_tip,
                header_tip=lambda: self.tr("Worlds of technology met or planned in grades 4–8, of the seven"),
                roles=gaps,
            ),
            number(
                lambda: self.tr("Sectors"),
                lambda r: len(r.sectors),
                tooltip=lambda r: domain_text.worlds(r.sectors, "\n") or None,
                header_tip=lambda: self.tr("Sectors outside technology met or planned, from grade 1"),
            ),
            number(
                lambda: self.tr("Companies"),
                lambda r: len(r.companies),
                tooltip=lambda r: "\n".join(r.companies) or None,
                header_tip=lambda: self.tr("Different companies, from grade 1 to 8"),
            ),
            number(
                lambda: self.tr("Professions"),
                lambda r: r.professions,
                header_tip=lambda: self.tr("Different professions the pupils meet"),
            ),
            number(
                lambda: self.tr("Counter-role models"),
                lambda r: r.counter_stereotypical,
                header_tip=lambda: self.tr("Role models who break a stereotype"),
            ),
            number(lambda: self.tr("Chains"), lambda r: r.chains),
            number(
                lambda: self.tr("Of which planned"),
                lambda r: r.planned,
                header_tip=lambda: self.tr("Chains from today on"),
            ),
        )

    def _year_column(self, at: int, label: str) -> TableColumn[CohortRow]:
        return TableColumn(
            lambda: label,
            lambda r: self._year_text(r.years[at]),
            sort=lambda r: (r.years[at].grade or 0) * 10_000 + r.years[at].chains,
            align=CENTER,
            tooltip=lambda r: self._year_tip(r.years[at]),
            header_tip=lambda: self.tr("The cohort's grade in school year %1, and its chains").replace("%1", label),
        )

    def _year_text(self, year: CohortYear) -> str:
        if year.grade is None:
            return "—"
        return self.tr("grade %1: %2").replace("%1", str(year.grade)).replace("%2", str(year.chains))

    def _year_tip(self, year: CohortYear) -> str:
        if year.grade is None:
            return self.tr("Not at school in %1").replace("%1", year.school_year)
        text = self.tr("%1: %n chain(s)", "", year.chains).replace("%1", ", ".join(year.classes) or "—")
        if year.planned:
            text += " " + self.tr("(%n planned)", "", year.planned)
        return text

    def _worlds_tip(self, row: CohortRow) -> str:
        met = domain_text.worlds(row.worlds_met(self._worlds), "\n") or self.tr("No world of technology yet")
        if row.gaps:
            return met + "\n\n" + self.tr("Not met, nothing planned: %1").replace("%1", domain_text.worlds(row.gaps))
        return met

    def set_table(self, table: CohortTable | None) -> None:
        """Show ``table``: its school years become columns, its cohorts rows."""
        self.beginResetModel()
        self._records, self._texts, self._keys = [], [], []
        self._years = table.years if table else ()
        self._worlds = table.worlds if table else ()
        self._columns = tuple(self.columns())
        self.endResetModel()
        self.set_records(table.rows if table else ())

    def years(self) -> tuple[str, ...]:
        return self._years

    def column_of(self, column: Column) -> int:
        """Where a fixed column is, after the school years' columns."""
        return int(column) if column <= Column.GRADE else int(column) + len(self._years)

    def row_of(self, row: int) -> CohortRow:
        return self._records[row]
