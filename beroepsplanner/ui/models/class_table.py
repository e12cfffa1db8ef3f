"""The classes of a school year, and the chains of one class, as tables for a ``QTableView``."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from beroepsplanner.store.classes import ClassChainInfo, ClassInfo
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.models.roles import ID_ROLE, SORT_ROLE, Index, RecordTableModel

_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class ClassColumn(IntEnum):
    NAME = 0
    GRADE = 1
    TEACHER = 2
    PUPILS = 3
    CHAINS = 4


_NUMBERS = (ClassColumn.GRADE, ClassColumn.PUPILS, ClassColumn.CHAINS)
_TEXTS = (ClassColumn.NAME, ClassColumn.TEACHER)


class ClassTableModel(RecordTableModel):
    """A read-only table over the ``ClassInfo`` of one school year."""

    column_count = len(ClassColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ClassInfo] = []

    def set_classes(self, classes: list[ClassInfo]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._records = list(classes)
        self.endResetModel()

    def school_class(self, row: int) -> ClassInfo:
        return self._records[row]

    def row_of(self, class_id: int) -> int | None:
        """The row of the class with this id, or None when it is not (any longer) shown."""
        for row, info in enumerate(self._records):
            if info.id == class_id:
                return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = (
                self.tr("Name"),
                self.tr("Grade"),
                self.tr("Teacher"),
                self.tr("Pupils"),
                self.tr("Chains"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return _CENTER
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        info = self._records[index.row()]
        column = ClassColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == SORT_ROLE:
            if column in _NUMBERS:
                return self._display(info, column)
            if column == ClassColumn.NAME:
                # Same grade together, then by name: "Groep 4a" before "Groep 10".
                return f"{info.grade}\t{info.name.casefold()}"
            return info.teacher.casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column in _TEXTS:
            return self._display(info, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _CENTER
        if role == ID_ROLE:
            return info.id
        return None

    @staticmethod
    def _display(info: ClassInfo, column: ClassColumn) -> Any:
        match column:
            case ClassColumn.NAME:
                return info.name
            case ClassColumn.GRADE:
                return info.grade
            case ClassColumn.TEACHER:
                return info.teacher
            case ClassColumn.PUPILS:
                return info.pupils
            case ClassColumn.CHAINS:
                return info.chains


class ClassSortModel(QSortFilterProxyModel):
    """Sorts the classes (names ignoring case, numbers as numbers)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)


class ChainColumn(IntEnum):
    ACTIVITY = 0
    DATE = 1
    STATUS = 2
    COMPANY = 3


class ClassChainTableModel(RecordTableModel):
    """A read-only table over the chains of one class, in date order."""

    column_count = len(ChainColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ClassChainInfo] = []

    def set_chains(self, chains: list[ClassChainInfo]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._records = list(chains)
        self.endResetModel()

    def chain(self, row: int) -> ClassChainInfo:
        return self._records[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Activity"), self.tr("Date"), self.tr("Status"), self.tr("Company"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        chain = self._records[index.row()]
        column = ChainColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case ChainColumn.ACTIVITY:
                    return chain.activity_title
                case ChainColumn.DATE:
                    return chain.date.strftime("%d-%m-%Y")
                case ChainColumn.STATUS:
                    return domain_text.chain_status(chain.status)
                case ChainColumn.COMPANY:
                    return chain.company or ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            ChainColumn.ACTIVITY,
            ChainColumn.COMPANY,
        ):
            return self.data(index) or None
        if role == ID_ROLE:
            return chain.id
        return None
