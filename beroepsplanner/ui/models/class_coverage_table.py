"""Per class of a school year: its chains (by status) and what its pupils meet."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from beroepsplanner.domain.coverage import ClassCoverage
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import RECORD_ROLE, SORT_ROLE, Index, RecordTableModel

CLASS_ROLE = RECORD_ROLE
_NONE_COLOR = QColor("#b3261e")


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


_NUMBERS = {
    Column.GRADE: "grade",
    Column.CHAINS: "chains",
    Column.CONCEPT: "concept",
    Column.PLANNED: "planned",
    Column.DONE: "done",
    Column.PROFESSIONS: "professions",
    Column.COUNTER: "counter_stereotypical",
}


class ClassCoverageModel(RecordTableModel):
    """A read-only table over ``ClassCoverage`` rows, with the number of worlds (of 7)."""

    column_count = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ClassCoverage] = []
        self._worlds = 7

    def set_rows(self, rows: tuple[ClassCoverage, ...] | list[ClassCoverage], worlds: int) -> None:
        self.beginResetModel()
        self._records = list(rows)
        self._worlds = worlds
        self.endResetModel()

    def row_of(self, row: int) -> ClassCoverage:
        return self._records[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = (
                self.tr("Class"),
                self.tr("Grade"),
                self.tr("Chains"),
                self.tr("Draft"),
                self.tr("Planned"),
                self.tr("Done"),
                self.tr("Worlds"),
                self.tr("Professions"),
                self.tr("Counter-role models"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                Column.WORLDS: self.tr("Worlds of technology met, of the seven"),
                Column.PROFESSIONS: self.tr("Different professions the pupils meet"),
                Column.COUNTER: self.tr("Role models who break a stereotype"),
            }
            return tips.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        row = self._records[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column is Column.CLASS:
                return row.name if role == Qt.ItemDataRole.DisplayRole else f"{row.grade}:{row.name}"
            if column is Column.WORLDS:
                met = len(row.worlds)
                return f"{met} / {self._worlds}" if role == Qt.ItemDataRole.DisplayRole else met
            return getattr(row, _NUMBERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not Column.CLASS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.WORLDS:
            return domain_text.worlds(row.worlds, "\n") or self.tr("No world of technology yet")
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.CHAINS and row.chains == 0:
            return _NONE_COLOR
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is Column.COUNTER
            and row.chains
            and row.counter_stereotypical == 0
        ):
            return _NONE_COLOR
        if role == CLASS_ROLE:
            return row
        return None
