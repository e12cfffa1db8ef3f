"""The pupils of a chain's class with their record in that chain, as the chain builder's
"Pupils" tab shows it (``ui/chain_record.py``): absent, talents recognised, "wil ik meer
van weten" and the pupil's own words."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.store.chain_pupils import ChainPupilRow
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import ID_ROLE, Index


class Column(IntEnum):
    PUPIL = 0
    ABSENT = 1
    TALENTS = 2
    WANTS_MORE = 3
    OWN_WORDS = 4


CHECKED = (Column.ABSENT, Column.WANTS_MORE)


class ChainPupilTableModel(QAbstractTableModel):
    """One row per pupil. Editing does not change the model: it emits
    ``entryEdited(entry, pupil name)`` with the new entry, the panel runs an undoable
    command and fills the model again from the database (``set_rows``)."""

    entryEdited = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChainPupilRow] = []
        self.read_only = False

    def set_rows(self, rows: list[ChainPupilRow]) -> None:
        """Show ``rows``; while the pupils stay the same only the cells change, so the
        current cell and the selection stay where they are."""
        same = [r.pupil_id for r in rows] == [r.pupil_id for r in self._rows]
        if same and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> ChainPupilRow:
        return self._rows[row]

    def row_of(self, pupil_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.pupil_id == pupil_id), None)

    # --- Qt -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in tuple(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.PUPIL: self.tr("Pupil"),
                Column.ABSENT: self.tr("Absent"),
                Column.TALENTS: self.tr("Talents"),
                # Two lines: the columns stay narrow enough for the chain builder's side.
                Column.WANTS_MORE: self.tr("Know\nmore"),
                Column.OWN_WORDS: self.tr("Own\nwords"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.PUPIL: None,
                Column.ABSENT: self.tr("The pupil was not there: the chain is left off the "
                                       "pupil's record (Space ticks it)."),
                Column.TALENTS: self.tr("Talents the pupil recognised in the reflection "
                                        "(Enter or double-click to choose)."),
                Column.WANTS_MORE: self.tr("\"I want to know more about this\" (Space ticks it)."),
                Column.OWN_WORDS: self.tr("One line in the pupil's own words (start typing "
                                          "to write it)."),
            }[column]
        return None

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry, column = row.entry, Column(index.column())
        if role == ID_ROLE:
            return row.pupil_id
        if role == Qt.ItemDataRole.CheckStateRole and column in CHECKED:
            on = entry.absent if column == Column.ABSENT else entry.wants_more
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.PUPIL:
                return row.display_name
            if column == Column.TALENTS:
                return ", ".join(domain_text.talent(t) for t in entry.talents)
            if column == Column.OWN_WORDS:
                return entry.own_words
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.OWN_WORDS and entry.own_words:
            return entry.own_words
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TALENTS and entry.talents:
            return ", ".join(domain_text.talent(t) for t in entry.talents)
        if role == Qt.ItemDataRole.AccessibleTextRole and column in CHECKED:
            on = entry.absent if column == Column.ABSENT else entry.wants_more
            return self.tr("yes") if on else self.tr("no")
        if role == Qt.ItemDataRole.ForegroundRole and entry.absent and column > Column.ABSENT:
            # What an absent pupil had entered stays, greyed: it is not printed.
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
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
