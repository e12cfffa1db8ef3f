"""Catalogus: the activities of the catalog in a searchable table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.store.catalog import list_activities
from beroepsplanner.ui.models.activity_table import (
    ActivityFilterModel,
    ActivityTableModel,
    Column,
)
from beroepsplanner.ui.page import Page
from beroepsplanner.ui.widgets import heading
from beroepsplanner.ui.workspace import Workspace

# Widest a text column gets from "resize to contents"; longer text is elided, with a tooltip.
_MAX_COLUMN_WIDTH = {Column.TITLE: 340, Column.PROVIDER: 220, Column.KIND: 180}


class CatalogPage(Page):
    subjects = frozenset({"activities"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("catalogPage")
        self.activity_model = ActivityTableModel(self)
        self.activity_proxy = ActivityFilterModel(self)
        self.activity_proxy.setSourceModel(self.activity_model)

        self.heading_label = heading(self.title())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading_label)
        heading_row.addStretch(1)
        heading_row.addWidget(self.summary_label)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Search activities…"))
        self.filter_edit.setClearButtonEnabled(True)

        self.activity_view = QTableView()
        self.activity_view.setObjectName("activityView")
        self.activity_view.setModel(self.activity_proxy)
        self.activity_view.setSortingEnabled(True)
        self.activity_view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.activity_view.setAlternatingRowColors(True)
        self.activity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activity_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity_view.setWordWrap(False)
        self.activity_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.activity_view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.activity_view.fontMetrics().height() + 10)
        header = self.activity_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.activity_view, 1)

        self.filter_edit.textChanged.connect(self.activity_proxy.setFilterFixedString)
        self.activity_proxy.modelReset.connect(self._show_row_count)
        self.activity_proxy.rowsInserted.connect(self._show_row_count)
        self.activity_proxy.rowsRemoved.connect(self._show_row_count)
        self.activity_proxy.layoutChanged.connect(self._show_row_count)

    def title(self) -> str:
        return self.tr("Catalogue")

    def reload(self) -> None:
        self.activity_model.set_activities(self.workspace.read(list_activities))
        self._fit_columns()

    def status_text(self) -> str:
        return self.summary_label.text()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _fit_columns(self) -> None:
        self.activity_view.resizeColumnsToContents()
        header = self.activity_view.horizontalHeader()
        for column, widest in _MAX_COLUMN_WIDTH.items():
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _show_row_count(self) -> None:
        shown = self.activity_proxy.rowCount()
        total = self.activity_model.rowCount()
        if shown == total:
            text = self.tr("%n activities", "", total)
        else:
            text = self.tr("%n of %1 activities shown", "", shown).replace("%1", str(total))
        self.summary_label.setText(text)
