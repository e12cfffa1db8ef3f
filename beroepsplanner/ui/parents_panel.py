"""Klassen > Ouders: the register of what parents offer, for the school year the page shows.

One row per parent whose child is at school that year (the class of that year, followed
along its line; ``store/parents.py``), filtered by class and by any text. Add, edit and
remove are undoable commands (``ui/parent_commands.py``); "Export data" writes everything
about one parent to a JSON file (``io/parent_export.py``). The parents whose child left
school go with the page's "Erase pupils of past school years…" (``ui/pupil_privacy.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.parents import ParentDetails, ParentInfo
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.io.parent_export import write_parent_json
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.store.parent_privacy import parent_data
from beroepsplanner.store.parents import list_parents, parent_choices, parent_details
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.ui import error_text
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.conflict_dialog import is_save_conflict, resolve_conflict
from beroepsplanner.ui.models.parent_table import (
    ParentColumn,
    ParentFilterModel,
    ParentTableModel,
)
from beroepsplanner.ui.parent_commands import (
    AddParentCommand,
    EditParentCommand,
    RemoveParentCommand,
)
from beroepsplanner.ui.parent_dialog import ParentDialog, Submit, parent_fields
from beroepsplanner.ui.widgets import record_table, show_refusal
from beroepsplanner.ui.workspace import Workspace

_Resize = QHeaderView.ResizeMode


class ParentsPanel(QWidget):
    """The register of parents of one school year, with its buttons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parentsPanel")
        self.workspace = workspace
        self.school_year: str | None = None
        self.classes: list[ClassInfo] = []
        self.current_class: int | None = None
        """The class selected on the classes tab: a new parent's class."""

        intro = QLabel(
            self.tr("What parents offer, kept with their consent: a first name, the child's "
                    "class, the job and what they can do. Fill it in from the letter's reply "
                    "strips. A parent who gives a guest lesson is a role model without a company.")
        )
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("parentSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, job, workplace, offer…"))
        self.search_edit.setAccessibleName(self.tr("Search the parents"))
        self.class_filter = QComboBox()
        self.class_filter.setObjectName("parentClassFilter")
        self.class_filter.setAccessibleName(self.tr("Show the parents of"))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(QLabel(self.tr("Class:")))
        filters.addWidget(self.class_filter)

        self.model = ParentTableModel(self)
        self.proxy = ParentFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = record_table("parentView", sortable=True)
        self.view.setAccessibleName(self.tr("Parents"))
        self.view.setModel(self.proxy)
        self.view.sortByColumn(ParentColumn.CLASS, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        for column in ParentColumn:
            header.setSectionResizeMode(column, _Resize.ResizeToContents)
        header.setSectionResizeMode(ParentColumn.OFFERS, _Resize.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_parent())
        self.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())

        self.empty_label = QLabel(self.tr("No parents in the register for this school year yet."))
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button = QPushButton(self.tr("Add parent…"))
        self.add_button.setObjectName("addParentButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editParentButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeParentButton")
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setObjectName("exportParentButton")
        self.export_button.setToolTip(self.tr("Everything stored about this parent, as a file"))
        self.add_button.clicked.connect(self.add_parent)
        self.edit_button.clicked.connect(self.edit_parent)
        self.remove_button.clicked.connect(self.remove_parent)
        self.export_button.clicked.connect(self.export_parent)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.class_filter.activated.connect(
            lambda _index: self.proxy.set_class(self.class_filter.currentData())
        )
        self._update_buttons()

    # --- showing -------------------------------------------------------------------------

    def show_year(self, school_year: str | None, classes: Sequence[ClassInfo]) -> None:
        """Show the register in ``school_year``, whose classes are ``classes``."""
        self.school_year = school_year
        self.classes = list(classes)
        chosen = self.class_filter.currentData()
        self.class_filter.clear()
        self.class_filter.addItem(self.tr("all classes"), None)
        for info in self.classes:
            self.class_filter.addItem(info.name, info.id)
        index = self.class_filter.findData(chosen) if chosen is not None else 0
        self.class_filter.setCurrentIndex(max(0, index))
        self.proxy.set_class(self.class_filter.currentData())
        self.reload()

    def reload(self) -> None:
        year = self.school_year
        parents = self.workspace.read(lambda s: list_parents(s, year)) if year else []
        selected = self.selected_parent()
        self.model.set_parents(parents)
        if selected is not None:
            self.select_parent(selected.id)
        self.empty_label.setVisible(not parents)
        self._update_buttons()

    def selected_parent(self) -> ParentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.parent_info(self.proxy.mapToSource(rows[0]).row())

    def select_parent(self, parent_id: int) -> bool:
        row = self.model.row_of(parent_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_parent() is not None
        self.add_button.setEnabled(bool(self.classes))
        for button in (self.edit_button, self.remove_button, self.export_button):
            button.setEnabled(chosen)

    # --- changing ------------------------------------------------------------------------

    def _dialog(
        self, submit: Submit, *, details: ParentDetails | None = None, class_id: int | None = None
    ) -> ParentDialog:
        choices = self.workspace.read(parent_choices)
        return ParentDialog(submit, self.classes, choices, details=details, class_id=class_id, parent=self)

    def add_parent(self) -> None:
        """Open the dialog for new parents (Save and next adds several)."""
        if not self.classes:
            return

        def submit(details: ParentDetails) -> None:
            command = AddParentCommand(details)
            self.workspace.execute(command)
            if command.parent_id is not None:
                self.select_parent(command.parent_id)

        shown = self.class_filter.currentData()
        self._run(self._dialog(submit, class_id=self.current_class if shown is None else shown))

    def edit_parent(self) -> None:
        info = self.selected_parent()
        if info is None:
            return
        try:
            details = self.workspace.read(lambda s: parent_details(s, info.id))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("The change was not made"), error_text.error(exc))
            return
        # The class of the year shown: saving settles a parent of a split class.
        details = dataclasses.replace(details, class_id=info.class_id)
        version = info.version or None

        def submit(new: ParentDetails) -> None:
            nonlocal version
            try:
                self.workspace.execute(EditParentCommand(info.id, new, version))
            except ChangedByColleagueError as exc:
                if not is_save_conflict(exc):
                    raise
                names = {c.id: c.name for c in self.classes}
                newer = resolve_conflict(dialog, exc, parent_fields(names))
                if newer is None:
                    raise
                version = newer
                submit(new)

        dialog = self._dialog(submit, details=details)
        self._run(dialog)

    def remove_parent(self) -> None:
        info = self.selected_parent()
        if info is None:
            return
        command = RemoveParentCommand(info.id, info.first_name, info.version or None)
        if self._execute(command):
            self._tell(
                self.tr("%1 taken out of the register. Edit > Undo brings them back.")
                .replace("%1", info.first_name)
            )

    def export_parent(self) -> None:
        """Ask where to write everything stored about the selected parent, and write it."""
        info = self.selected_parent()
        if info is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in info.first_name).strip("-")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the data of %1").replace("%1", info.first_name),
            self.tr("parent") + f"-{safe}.json",
            "JSON (*.json)",
        )
        if chosen:
            self.export_to(info.id, info.first_name, Path(chosen))

    def export_to(self, parent_id: int, name: str, path: Path) -> bool:
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        title = self.tr("Export parent data")
        try:
            data = self.workspace.read(lambda s: parent_data(s, parent_id))
            write_parent_json(data, path, database=self.workspace.path)
        except BeroepsplannerError as exc:
            QMessageBox.warning(self, title, error_text.error(exc))
            return False
        self._tell(self.tr("Everything stored about %1 is in %2.").replace("%1", name).replace("%2", str(path)))
        return True

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _run(dialog: ParentDialog) -> None:
        dialog.exec()
        dialog.deleteLater()

    def _execute(self, command: StoreCommand) -> bool:
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("The change was not made"), error_text.error(exc))
            return False
        return True

    def _tell(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)
