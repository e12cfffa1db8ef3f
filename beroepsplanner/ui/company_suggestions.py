"""Which companies fit a chain: the chain builder's "Suggest…" list, best first, with reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.matching import Suggestion
from beroepsplanner.ui import domain_text

_Index = QModelIndex | QPersistentModelIndex


class SuggestionTableModel(QAbstractTableModel):
    """Ranked suggestions: company, place, score and the Dutch reasons."""

    def __init__(self, suggestions: list[Suggestion], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._suggestions = list(suggestions)

    def suggestion(self, row: int) -> Suggestion:
        return self._suggestions[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._suggestions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Company"), self.tr("Place"), self.tr("Score"), self.tr("Why"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        suggestion = self._suggestions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return suggestion.company.name
            if column == 1:
                return suggestion.company.place
            if column == 2:
                return str(suggestion.score)
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            return separator.join(domain_text.match_reasons(suggestion))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CompanySuggestionsDialog(QDialog):
    """Shows the suggestions; ``chosen_company_id`` is the company picked (or None)."""

    def __init__(
        self, suggestions: list[Suggestion], heading: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companies that fit"))
        self.chosen_company_id: int | None = None
        self.model = SuggestionTableModel(suggestions, self)

        intro = QLabel(heading)
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("suggestionView")
        self.view.setAccessibleName(self.tr("Suggested companies"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the width the reasons get once the dialog is laid out.
        header.sectionResized.connect(lambda *_args: self.view.resizeRowsToContents())
        self.view.doubleClicked.connect(lambda _index: self.accept())

        self.empty_label = QLabel(
            self.tr(
                "No company in the network fits this chain. Add companies under Companies, "
                "or import a list."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not suggestions)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(suggestions))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        if suggestions:
            self.view.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.resizeRowsToContents()

    def accept(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen_company_id = self.model.suggestion(rows[0].row()).company.id
        super().accept()
