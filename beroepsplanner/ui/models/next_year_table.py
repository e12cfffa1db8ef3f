"""The new school year's classes, and the chains that come back, as tables of the wizard.

``NextYearClassModel`` shows the classes of a ``NextYearPlan`` (domain/next_year.py):
name, groep and teacher can be edited in place (when ``editable``), which changes the
plan; ``planEdited`` hands the changed plan to the wizard. ``ChainsBackModel`` shows,
per new class, whose chains of last year come back and how many.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.domain.next_year import NextYearPlan
from beroepsplanner.ui.models.roles import Index, RecordTableModel

_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class MoveColumn(IntEnum):
    NAME = 0
    GRADE = 1
    TEACHER = 2
    FROM = 3
    PUPILS = 4


_EDITABLE = {MoveColumn.NAME: "name", MoveColumn.GRADE: "grade", MoveColumn.TEACHER: "teacher"}


class NextYearClassModel(RecordTableModel):
    """The classes of the new school year; name, groep and teacher editable."""

    column_count = len(MoveColumn)

    planEdited = Signal(object)
    """The user changed a name, groep or teacher: the changed ``NextYearPlan``."""

    def __init__(self, parent: QObject | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.plan: NextYearPlan | None = None
        self._records: tuple[int, ...] = ()
        self.editable = editable

    def set_plan(self, plan: NextYearPlan, rows: list[int] | None = None) -> None:
        """Show ``plan``'s classes (only those at the indices ``rows``, when given)."""
        self.beginResetModel()
        self.plan = plan
        self._records = tuple(rows) if rows is not None else tuple(range(len(plan.classes)))
        self.endResetModel()

    def plan_index(self, row: int) -> int:
        """The index in the plan of the class in ``row``."""
        return int(self._records[row])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = (
                self.tr("New class"),
                self.tr("Grade"),
                self.tr("Teacher"),
                self.tr("From last year"),
                self.tr("Pupils"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (MoveColumn.GRADE, MoveColumn.PUPILS):
            return _CENTER
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.plan is None or not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        at = self.plan_index(index.row())
        move = self.plan.classes[at]
        column = MoveColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == MoveColumn.NAME:
                return move.name
            if column == MoveColumn.GRADE:
                return move.grade
            if column == MoveColumn.TEACHER:
                return move.teacher
            if column == MoveColumn.FROM:
                return move.previous_name or self.tr("new")
            return move.pupils
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MoveColumn.GRADE, MoveColumn.PUPILS):
            return _CENTER
        if role == Qt.ItemDataRole.ToolTipRole and column == MoveColumn.PUPILS:
            names = [move.name_of(p) for p in self.plan.pupils_of(at)]
            return ", ".join([*names, *move.new_pupils]) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == MoveColumn.FROM and move.previous_name:
            return move.previous_name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.plan is None or role != Qt.ItemDataRole.EditRole or index.column() not in _EDITABLE:
            return False
        column = MoveColumn(index.column())
        if column == MoveColumn.GRADE:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if not GRADE_MIN <= value <= GRADE_MAX:
                return False
        else:
            value = str(value).strip()
            if column == MoveColumn.NAME and not value:
                return False
        plan = self.plan.with_class(self.plan_index(index.row()), **{_EDITABLE[column]: value})
        self.plan = plan
        self.dataChanged.emit(index, index)
        self.planEdited.emit(plan)
        return True


class ChainColumn(IntEnum):
    CLASS = 0
    SOURCE = 1
    CHAINS = 2


class ChainsBackModel(RecordTableModel):
    """Per new class: the class of last year whose chains come back, and how many do."""

    column_count = len(ChainColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[tuple[str, str, int]] = []

    def set_rows(self, rows: list[tuple[str, str, int]]) -> None:
        """(new class, last year's class or "", chains that come back) per row."""
        self.beginResetModel()
        self._records = list(rows)
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Class"), self.tr("From last year's class"), self.tr("Chains"))
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == ChainColumn.CHAINS:
            return _CENTER
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        name, source, chains = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, source or self.tr("none"), chains)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ChainColumn.CHAINS:
            return _CENTER
        return None
