"""Catalogus: the activities of the catalog, filtered, with details, lessons and editing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.catalog import ActivityDraft
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ActivityKind
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.catalog import (
    activity_details,
    activity_draft,
    catalog_choices,
    list_activities,
    world_names,
)
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.activity_commands import (
    CreateActivityCommand,
    DeleteActivityCommand,
    UpdateActivityCommand,
)
from beroepsplanner.ui.activity_details import ActivityDetailsPane
from beroepsplanner.ui.activity_dialog import ActivityDialog
from beroepsplanner.ui.models.activity_table import (
    ACTIVITY_ROLE,
    ActivityCriteria,
    ActivityFilterModel,
    ActivityTableModel,
    Column,
)
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.widgets import ColumnFitter, heading, record_table, show_refusal
from beroepsplanner.ui.workspace import Workspace

# Widest a text column gets from "resize to contents"; longer text is elided, with a tooltip.
_MAX_COLUMN_WIDTH = {Column.TITLE: 320, Column.PROVIDER: 170, Column.KIND: 150, Column.WORLDS: 220}


class FilterBox(QComboBox):
    """A filter choice that asks for the width of its "All …" text (its first item), so
    that it reads whole wherever the window has room; only a narrower window shrinks
    it (elided, with a tooltip)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self.itemText(0) if self.count() else ""
        extra = self.style().pixelMetric(QStyle.PixelMetric.PM_ComboBoxFrameWidth) * 2 + 36
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance(text) + extra), hint.height())


class CatalogPage(Page):
    subjects = frozenset({"activities"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("catalogPage")
        self.activity_model = ActivityTableModel(self)
        self.activity_proxy = ActivityFilterModel(self)
        self.activity_proxy.setSourceModel(self.activity_model)
        self._selected_key: str | None = None
        self._split_done = False

        self.heading_label = heading(self.title())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.new_button = QPushButton(self.tr("New activity…"))
        self.new_button.setObjectName("newActivityButton")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading_label)
        heading_row.addStretch(1)
        heading_row.addWidget(self.summary_label)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.new_button)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setAccessibleName(self.tr("Search activities"))
        self.filter_edit.setPlaceholderText(self.tr("Search activities…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_filter = self._filter_box("kindFilter", self.tr("All kinds"))
        for kind in ActivityKind:
            self.kind_filter.addItem(domain_text.activity_kind(kind).capitalize(), kind)
        self.grade_filter = self._filter_box("gradeFilter", self.tr("All grades"))
        for grade in range(GRADE_MIN, GRADE_MAX + 1):
            self.grade_filter.addItem(self.tr("Grade %1").replace("%1", str(grade)), grade)
        self.world_filter = self._filter_box("worldFilter", self.tr("All worlds and sectors"))
        self.provider_filter = self._filter_box("providerFilter", self.tr("All providers"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFiltersButton")
        filter_row = QHBoxLayout()
        # The search gets what the filter boxes leave: each box shows its "All …" whole.
        self.filter_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 12)
        filter_row.addWidget(self.filter_edit, 1)
        for box in (self.kind_filter, self.grade_filter, self.world_filter, self.provider_filter):
            filter_row.addWidget(box)
        filter_row.addWidget(self.clear_button)

        # Said when the search and the filters leave nothing, with a way out.
        self.empty_label = QLabel(
            self.tr("No activity matches the search and the filters.")
        )
        self.empty_label.setObjectName("catalogEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_clear_button = QPushButton(self.tr("Show all activities"))
        self.empty_clear_button.setObjectName("emptyClearButton")
        self.empty_clear_button.clicked.connect(self.clear_filters)
        self.empty_row = QWidget()
        self.empty_row.setObjectName("catalogEmptyRow")
        empty_layout = QHBoxLayout(self.empty_row)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label, 1)
        empty_layout.addWidget(self.empty_clear_button)
        self.empty_row.hide()

        self.activity_view = record_table("activityView", sortable=True)
        self.activity_view.setAccessibleName(self.tr("Activities"))
        self.activity_view.setModel(self.activity_proxy)
        self.activity_view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.activity_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.activity_view.horizontalHeader().setStretchLastSection(True)
        # On a narrow window the title gives way, then worlds, duration and provider hide.
        self.column_fitter = ColumnFitter(
            self.activity_view,
            Column.TITLE,
            (Column.WORLDS, Column.DURATION, Column.PROVIDER),
            self.fontMetrics().horizontalAdvance("x") * 32,
        )

        self.details_pane = ActivityDetailsPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.activity_view)
        self.splitter.addWidget(self.details_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.empty_row)
        layout.addWidget(self.splitter, 1)

        self.filter_edit.textChanged.connect(self._apply_filters)
        for box in (self.kind_filter, self.grade_filter, self.world_filter, self.provider_filter):
            box.currentIndexChanged.connect(self._apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        # Row counts follow resets and filter changes (done in _apply_filters), not every
        # inserted/removed range: a keystroke can remove thousands of ranges at once.
        self.activity_proxy.modelReset.connect(self._show_row_count)
        self.activity_proxy.layoutChanged.connect(self._show_row_count)
        self.activity_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_activity)
        self.details_pane.planRequested.connect(
            lambda key: self.chainBuilderRequested.emit(ChainRequest(activity_key=key))
        )
        self.details_pane.editRequested.connect(self.edit_activity)
        self.details_pane.deleteRequested.connect(self.delete_activity)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._split_done and self.width() > 0:
            # The list gets the larger part; the details pane reads well at ~40%.
            self._split_done = True
            width = self.splitter.width() or self.width()
            self.splitter.setSizes([round(width * 0.6), round(width * 0.4)])
        super().showEvent(event)

    def _filter_box(self, name: str, everything: str) -> QComboBox:
        box = FilterBox()
        box.setObjectName(name)
        box.addItem(everything, None)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(5)
        box.setAccessibleName(everything)
        box.currentIndexChanged.connect(lambda _i, b=box: b.setToolTip(b.currentText()))
        return box

    def title(self) -> str:
        return self.tr("Catalogue")

    def reload(self) -> None:
        activities = self.workspace.read(list_activities)
        worlds = self.workspace.read(world_names)
        used_worlds = {w for a in activities for w in a.worlds}
        self._set_choices(self.world_filter, [w for w in worlds if w in used_worlds])
        self._set_choices(
            self.provider_filter, sorted({a.provider for a in activities if a.provider}, key=str.casefold)
        )
        self.activity_model.set_activities(activities)
        self._fit_columns()
        self._select(self._selected_key)

    def _set_choices(self, box: QComboBox, names: list[str]) -> None:
        """Refill a filter box, keeping its choice when it still exists."""
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for name in names:
            box.addItem(domain_text.world(name), name)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)
        self._apply_filters()

    def status_text(self) -> str:
        return self.summary_label.text()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- filters ----------------------------------------------------------------------

    def criteria(self) -> ActivityCriteria:
        return ActivityCriteria(
            text=self.filter_edit.text(),
            kind=self.kind_filter.currentData(),
            grade=self.grade_filter.currentData(),
            world=self.world_filter.currentData(),
            provider=self.provider_filter.currentData(),
        )

    def clear_filters(self) -> None:
        boxes = (self.kind_filter, self.grade_filter, self.world_filter, self.provider_filter)
        for widget in (self.filter_edit, *boxes):
            widget.blockSignals(True)
        self.filter_edit.clear()
        for box in boxes:
            box.setCurrentIndex(0)
        for widget in (self.filter_edit, *boxes):
            widget.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        criteria = self.criteria()
        self.activity_proxy.set_criteria(criteria)
        self.clear_button.setEnabled(not criteria.is_empty)
        self._show_row_count()
        # A selected row the filters hide leaves the selection without selectionChanged.
        self._selection_changed()

    def _fit_columns(self) -> None:
        header = self.activity_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in Column:  # measured while shown: a hidden column measures 0
            self.activity_view.setColumnHidden(column, False)
        # Measure at most a few hundred rows: resizing to all 5,000 rows is slow.
        header.setResizeContentsPrecision(200)
        self.activity_view.resizeColumnsToContents()
        for column, widest in _MAX_COLUMN_WIDTH.items():
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)
        metrics = header.fontMetrics()
        for column in (Column.GRADES, Column.DURATION):
            # Never narrower than the title above it ("Groepen", "Duur (min)").
            title = self.activity_model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(header.sectionSize(column), metrics.horizontalAdvance(title) + 24))
        self.column_fitter.fit({c: header.sectionSize(c) for c in Column})

    def _show_row_count(self) -> None:
        shown = self.activity_proxy.rowCount()
        total = self.activity_model.rowCount()
        if shown == total:
            text = self.tr("%n activities", "", total)
        else:
            text = self.tr("%n of %1 activities shown", "", shown).replace("%1", str(total))
        self.summary_label.setText(text)
        self.empty_row.setVisible(shown == 0 and total > 0)

    # --- the selected activity ----------------------------------------------------------

    def selected_key(self) -> str | None:
        return self._selected_key

    def select_activity(self, key: str) -> bool:
        """Select the activity with this key when the filters show it; True when they do."""
        return self._select(key)

    def _select(self, key: str | None) -> bool:
        row = self.activity_model.row_of(key) if key else None
        index = self.activity_proxy.mapFromSource(self.activity_model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            self.activity_view.clearSelection()
            self._show_details(None)
            return False
        self.activity_view.selectRow(index.row())
        self.activity_view.scrollTo(index)
        self._show_details(key)
        return True

    def _selection_changed(self, *_args: QItemSelection) -> None:
        rows = self.activity_view.selectionModel().selectedRows()
        key = rows[0].data(ACTIVITY_ROLE).key if rows else None
        if key != self.details_pane.details_key():
            self._show_details(key)

    def _show_details(self, key: str | None) -> None:
        self._selected_key = key
        if key is None:
            self.details_pane.show_details(None)
            return
        try:
            details = self.workspace.read(lambda session: activity_details(session, key))
        except BeroepsplannerError:
            details = None
        self.details_pane.show_details(details)

    # --- changes ----------------------------------------------------------------------

    def new_activity(self) -> ActivityDialog:
        """Open the dialog for a new activity (window-modal, not blocking); returns it."""
        return self._open_dialog(None, None)

    def edit_activity(self, key: str) -> ActivityDialog | None:
        """Open the dialog on the activity with this key; returns it."""
        try:
            draft = self.workspace.read(lambda session: activity_draft(session, key))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Edit activity"), error_text.error(exc))
            return None
        return self._open_dialog(key, draft)

    def _open_dialog(self, key: str | None, draft: ActivityDraft | None) -> ActivityDialog:
        choices = self.workspace.read(catalog_choices)

        def save(changed: ActivityDraft) -> None:
            if key is None:
                command = CreateActivityCommand(changed)
                self.workspace.execute(command)
                wanted = command.key
            else:
                self.workspace.execute(UpdateActivityCommand(key, changed))
                wanted = key
            self._selected_key = wanted
            self.refresh()
            if wanted and not self._select(wanted):
                # The filters hide the activity: show it anyway.
                self.clear_filters()
                self._select(wanted)

        dialog = ActivityDialog(choices, draft, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_activity(self, key: str) -> bool:
        """Delete an own activity (undoable); a refusal is shown. True when deleted."""
        details = self.details_pane.details
        title = details.title if details is not None and details.key == key else key
        try:
            self.workspace.execute(DeleteActivityCommand(key, title))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Delete activity"), error_text.error(exc))
            return False
        return True
