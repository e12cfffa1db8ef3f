"""Per class of a school year: its chains (by status) and what its pupils meet."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from beroepsplanner.domain.coverage import ClassCoverage
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import RECORD_ROLE
from beroepsplanner.ui.models.roles import SORT_ROLE as SORT_ROLE  # the Overview sorts on it

CLASS_ROLE = RECORD_ROLE
"""Role that returns the ``ClassCoverage`` of the row."""
_NONE_COLOR = QColor("#b3261e")
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class Column(IntEnum):
    CLASS = 0
    GRADE = 1
    CHAINS = 2
    CONCEPT = 3
    PLANNED = 4
    DONE = 5
    WORLDS = 6
    PROFESSIONS = 7
    COUNTER = 8


def _number(name: str) -> Callable[[ClassCoverage], Any]:
    return lambda row: getattr(row, name)


class ClassCoverageModel(ColumnTableModel[ClassCoverage]):
    """A read-only table over ``ClassCoverage`` rows, with the number of worlds (of 7)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worlds = 7

    def columns(self) -> tuple[TableColumn[ClassCoverage], ...]:
        def number(header: Callable[[], str], name: str, **more: Any) -> TableColumn[ClassCoverage]:
            return TableColumn(header, _number(name), align=CENTER, **more)

        no_chains = {_FOREGROUND: lambda r: _NONE_COLOR if r.chains == 0 else None}
        no_counter = {
            _FOREGROUND: lambda r: _NONE_COLOR if r.chains and r.counter_stereotypical == 0 else None
        }
        return (
            TableColumn(lambda: self.tr("Class"), lambda r: r.name, sort=lambda r: f"{r.grade}:{r.name}"),
            number(lambda: self.tr("Grade"), "grade"),
            number(lambda: self.tr("Chains"), "chains", roles=no_chains),
            number(lambda: self.tr("Draft"), "concept"),
            number(lambda: self.tr("Planned"), "planned"),
            number(lambda: self.tr("Done"), "done"),
            TableColumn(
                lambda: self.tr("Worlds"),
                lambda r: f"{len(r.worlds)} / {self._worlds}",
                sort=lambda r: len(r.worlds),
                align=CENTER,
                tooltip=lambda r: domain_text.worlds(r.worlds, "\n") or self.tr("No world of technology yet"),
                header_tip=lambda: self.tr("Worlds of technology met, of the seven"),
            ),
            number(
                lambda: self.tr("Professions"),
                "professions",
                header_tip=lambda: self.tr("Different professions the pupils meet"),
            ),
            number(
                lambda: self.tr("Counter-role models"),
                "counter_stereotypical",
                roles=no_counter,
                header_tip=lambda: self.tr("Role models who break a stereotype"),
            ),
        )

    def set_rows(self, rows: tuple[ClassCoverage, ...] | list[ClassCoverage], worlds: int) -> None:
        self._worlds = worlds
        self.set_records(rows)

    def row_of(self, row: int) -> ClassCoverage:
        return self._records[row]
