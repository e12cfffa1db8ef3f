"""The pupils of a chain's class with their record in that chain, as the chain builder's
"Pupils" tab shows it (``ui/chain_record.py``): absent, talents recognised, "wil ik meer
van weten" and the pupil's own words."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.store.chain_pupils import ChainPupilRow
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.columns import ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import Index

_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_EDIT = int(Qt.ItemDataRole.EditRole)


class Column(IntEnum):
    PUPIL = 0
    ABSENT = 1
    TALENTS = 2
    WANTS_MORE = 3
    OWN_WORDS = 4


CHECKED = (Column.ABSENT, Column.WANTS_MORE)


class ChainPupilTableModel(ColumnTableModel[ChainPupilRow]):
    """One row per pupil. Editing does not change the model: it emits
    ``entryEdited(entry, pupil name)`` with the new entry, the panel runs an undoable
    command and fills the model again from the database (``set_rows``)."""

    entryEdited = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    def columns(self) -> tuple[TableColumn[ChainPupilRow], ...]:
        def ticked(on: Callable[[ChainPupilEntry], bool]) -> dict[int, Callable[[ChainPupilRow], Any]]:
            return {
                _CHECK: lambda row: Qt.CheckState.Checked if on(row.entry) else Qt.CheckState.Unchecked,
                _ACCESSIBLE: lambda row: self.tr("yes") if on(row.entry) else self.tr("no"),
            }

        greyed = {_FOREGROUND: self._greyed}
        return (
            TableColumn(lambda: self.tr("Pupil"), lambda row: row.display_name),
            TableColumn(
                lambda: self.tr("Absent"),
                lambda row: None,
                header_tip=lambda: self.tr("The pupil was not there: the chain is left off the "
                                           "pupil's record (Space ticks it)."),
                roles=ticked(lambda entry: entry.absent),
            ),
            TableColumn(
                lambda: self.tr("Talents"),
                lambda row: ", ".join(domain_text.talent(t) for t in row.entry.talents),
                full_text_tip=True,
                header_tip=lambda: self.tr("Talents the pupil recognised in the reflection "
                                           "(Enter or double-click to choose)."),
                roles=greyed,
            ),
            # Two lines: the columns stay narrow enough for the chain builder's side.
            TableColumn(
                lambda: self.tr("Know\nmore"),
                lambda row: None,
                header_tip=lambda: self.tr("\"I want to know more about this\" (Space ticks it)."),
                roles={**ticked(lambda entry: entry.wants_more), **greyed},
            ),
            TableColumn(
                lambda: self.tr("Own\nwords"),
                lambda row: row.entry.own_words,
                full_text_tip=True,
                header_tip=lambda: self.tr("One line in the pupil's own words (start typing "
                                           "to write it)."),
                roles={**greyed, _EDIT: lambda row: row.entry.own_words},
            ),
        )

    def record_id(self, record: ChainPupilRow) -> Any:
        return record.pupil_id

    @staticmethod
    def _greyed(row: ChainPupilRow) -> QBrush | None:
        """What an absent pupil had entered stays, greyed: it is not printed."""
        if not row.entry.absent:
            return None
        return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))

    # --- filling -------------------------------------------------------------------

    def set_rows(self, rows: list[ChainPupilRow]) -> None:
        """Show ``rows``; while the pupils stay the same only the cells change, so the
        current cell and the selection stay where they are."""
        if rows and [r.pupil_id for r in rows] == [r.pupil_id for r in self._records]:
            self._records = list(rows)
            self.refresh_rows()
            return
        self.set_records(rows)

    def row(self, row: int) -> ChainPupilRow:
        return self._records[row]

    def row_of(self, pupil_id: int) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.pupil_id == pupil_id), None)

    # --- editing -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() in CHECKED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == Column.OWN_WORDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row = self._records[index.row()]
        column = Column(index.column())
        entry: ChainPupilEntry | None = None
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKED:
            on = _checked(value)
            if column == Column.ABSENT:
                entry = dataclasses.replace(row.entry, absent=on)
            else:
                entry = dataclasses.replace(row.entry, wants_more=on)
        elif role == Qt.ItemDataRole.EditRole and column == Column.OWN_WORDS:
            words = str(value or "").strip()
            if words != row.entry.own_words:
                entry = dataclasses.replace(row.entry, own_words=words)
        if entry is not None and entry != row.entry:
            self.entryEdited.emit(entry, row.display_name)
        # The change is a command on the undo stack; the panel fills the model again.
        return False


def _checked(value: Any) -> bool:
    """A check state as Qt hands it to ``setData`` (an enum or its integer)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
