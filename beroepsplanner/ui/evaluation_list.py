"""The Overzicht's "To evaluate" tab: the planned chains of the year whose day has passed
and that have no evaluation yet (``store/chain_evaluations.chains_to_evaluate``, read with
the rest of the overview). A double click opens the chain in the chain builder, on its
Evaluation tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from beroepsplanner.store.evaluation_lists import ChainToEvaluate
from beroepsplanner.ui.models.columns import ColumnTableModel, TableColumn
from beroepsplanner.ui.models.roles import ID_ROLE, SORT_ROLE
from beroepsplanner.ui.widgets import record_table


class ToEvaluateModel(ColumnTableModel[ChainToEvaluate]):
    """One row per chain still to evaluate: day, class, activity, company."""

    def columns(self) -> tuple[TableColumn[ChainToEvaluate], ...]:
        return (
            TableColumn(lambda: self.tr("Date"), lambda c: c.date.strftime("%d-%m-%Y"), sort=lambda c: c.date),
            TableColumn(lambda: self.tr("Class"), lambda c: c.class_name),
            TableColumn(lambda: self.tr("Activity"), lambda c: c.activity_title, full_text_tip=True),
            TableColumn(lambda: self.tr("Company"), lambda c: c.company or "", full_text_tip=True),
        )

    def record_id(self, record: ChainToEvaluate) -> Any:
        return record.chain_id


class ToEvaluatePanel(QWidget):
    """The list with a line that says what it is; ``chainActivated`` on a double click."""

    chainActivated = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent if isinstance(parent, QWidget) else None)
        self.setObjectName("toEvaluatePanel")
        self.hint = QLabel(
            self.tr(
                "Chains whose day has passed and that have no evaluation yet. Double-click "
                "one to evaluate it in the chain builder (a few fields, for you and for the "
                "company)."
            )
        )
        self.hint.setObjectName("toEvaluateHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = ToEvaluateModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.view = record_table("toEvaluateView", sortable=True)
        self.view.setAccessibleName(self.tr("Chains to evaluate"))
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    def set_chains(self, chains: Sequence[ChainToEvaluate]) -> None:
        self.model.set_records(chains)
        self.view.resizeColumnsToContents()

    def count(self) -> int:
        return self.model.rowCount()

    def _on_activated(self, index: QModelIndex) -> None:
        chain_id = index.data(ID_ROLE) if index.isValid() else None
        if isinstance(chain_id, int):
            self.chainActivated.emit(chain_id)
