"""The pupils of one class as a list for a ``QListView``, renamed in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSize, Qt, Signal

from beroepsplanner.domain.pupils import PupilInfo
from beroepsplanner.ui.models.roles import ID_ROLE, Index


class PupilListModel(QAbstractListModel):
    """The display names of a class's pupils, in the order the store gives them.

    Editing a name in place does not change the model: it emits
    ``renameRequested(pupil_id, name)`` and the page runs an undoable command,
    after which the model is filled again from the database.
    """

    renameRequested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[PupilInfo] = []
        self.row_height = 0
        """Height of a row in pixels (0: the view's default); the page sets it from its font."""

    def set_pupils(self, pupils: list[PupilInfo]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._pupils = list(pupils)
        self.endResetModel()

    def pupil(self, row: int) -> PupilInfo:
        return self._pupils[row]

    def names(self) -> list[str]:
        return [p.display_name for p in self._pupils]

    def row_of(self, pupil_id: int) -> int | None:
        for row, pupil in enumerate(self._pupils):
            if pupil.id == pupil_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pupils):
            return None
        pupil = self._pupils[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return pupil.display_name
        if role == ID_ROLE:
            return pupil.id
        if role == Qt.ItemDataRole.SizeHintRole and self.row_height:
            return QSize(0, self.row_height)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        pupil = self._pupils[index.row()]
        name = str(value)
        if name.strip() != pupil.display_name:
            self.renameRequested.emit(pupil.id, name)
        # The rename is a command on the undo stack; the page refills the model.
        return False
