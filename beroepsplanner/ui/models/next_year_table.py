"""The new school year's classes, and the chains that come back, as tables of the wizard.

``NextYearClassModel`` shows the classes of a ``NextYearPlan`` (domain/next_year.py):
name, groep and teacher can be edited in place (when ``editable``), which changes the
plan; ``planEdited`` hands the changed plan to the wizard. ``ChainsBackModel`` shows,
per new class, whose chains of last year come back and how many.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.domain.next_year import ClassMove, NextYearPlan
from beroepsplanner.ui.models.columns import CENTER, ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import Index

_EDIT = int(Qt.ItemDataRole.EditRole)


class MoveColumn(IntEnum):
    NAME = 0
    GRADE = 1
    TEACHER = 2
    FROM = 3
    PUPILS = 4


_EDITABLE = {MoveColumn.NAME: "name", MoveColumn.GRADE: "grade", MoveColumn.TEACHER: "teacher"}


class NextYearClassModel(ColumnTableModel[int]):
    """The classes of the new school year; name, groep and teacher editable.

    A row's record is the index of its class in the plan."""

    planEdited = Signal(object)
    """The user changed a name, groep or teacher: the changed ``NextYearPlan``."""

    def __init__(self, parent: QObject | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.plan: NextYearPlan | None = None
        self.editable = editable

    def columns(self) -> tuple[TableColumn[int], ...]:
        def move(at: int) -> ClassMove:
            assert self.plan is not None
            return self.plan.classes[at]

        def pupil_names(at: int) -> str | None:
            assert self.plan is not None
            names = [move(at).name_of(p) for p in self.plan.pupils_of(at)]
            return ", ".join([*names, *move(at).new_pupils]) or None

        def column(
            header: Callable[[], str], value: Callable[[ClassMove], Any], **more: Any
        ) -> TableColumn[int]:
            # What the cell shows is also what its editor starts from (EditRole).
            def shown(at: int) -> Any:
                return value(move(at))

            return TableColumn(header, shown, roles={_EDIT: shown}, **more)

        return (
            column(lambda: self.tr("New class"), lambda m: m.name),
            column(lambda: self.tr("Grade"), lambda m: m.grade, align=CENTER, align_header=True),
            column(lambda: self.tr("Teacher"), lambda m: m.teacher),
            column(
                lambda: self.tr("From last year"),
                lambda m: m.previous_name or self.tr("new"),
                tooltip=lambda at: move(at).previous_name or None,
            ),
            column(
                lambda: self.tr("Pupils"),
                lambda m: m.pupils,
                align=CENTER,
                align_header=True,
                tooltip=pupil_names,
            ),
        )

    def set_plan(self, plan: NextYearPlan, rows: list[int] | None = None) -> None:
        """Show ``plan``'s classes (only those at the indices ``rows``, when given)."""
        self.plan = plan
        self.set_records(rows if rows is not None else range(len(plan.classes)))

    def plan_index(self, row: int) -> int:
        """The index in the plan of the class in ``row``."""
        return int(self._records[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

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
        self.refresh_rows(index.row(), index.row())
        self.planEdited.emit(plan)
        return True


class ChainColumn(IntEnum):
    CLASS = 0
    SOURCE = 1
    CHAINS = 2


class ChainsBackModel(ColumnTableModel[tuple[str, str, int]]):
    """Per new class: the class of last year whose chains come back, and how many do."""

    def columns(self) -> tuple[TableColumn[tuple[str, str, int]], ...]:
        return (
            TableColumn(lambda: self.tr("Class"), lambda row: row[0]),
            TableColumn(lambda: self.tr("From last year's class"), lambda row: row[1] or self.tr("none")),
            TableColumn(lambda: self.tr("Chains"), lambda row: row[2], align=CENTER, align_header=True),
        )

    def set_rows(self, rows: list[tuple[str, str, int]]) -> None:
        """(new class, last year's class or "", chains that come back) per row."""
        self.set_records(rows)
