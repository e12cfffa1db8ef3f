"""The pupils of one class on the Klassen page: add (typed or pasted), rename, remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.pupils import PupilInfo
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.ui.class_commands import (
    AddPupilsCommand,
    RemovePupilsCommand,
    RenamePupilCommand,
)
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.models.pupil_table import PupilListModel

Execute = Callable[[StoreCommand], bool]
"""Runs a command on the workspace; False (after telling the user) when the store refuses."""


class PupilsPanel(QGroupBox):
    """The pupils of the class shown, each change an undoable command."""

    def __init__(self, execute: Execute, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pupilsPanel")
        self._execute = execute
        self._class: ClassInfo | None = None
        self.read_only = False
        """The class's school year is locked: the pupils are shown, exported, not changed."""

        self.model = PupilListModel(self)
        # Queued: the rename reloads the model, which must not happen inside setData.
        self.model.renameRequested.connect(self.rename_pupil, Qt.ConnectionType.QueuedConnection)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("pupilEdit")
        self.name_edit.setAccessibleName(self.tr("First name of a new pupil"))
        self.name_edit.setPlaceholderText(self.tr("First name, e.g. Ayşe"))
        self.name_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addPupilButton")
        self.name_edit.returnPressed.connect(self.add_typed_pupil)
        self.name_edit.textEdited.connect(self._on_text_edited)
        self.add_button.clicked.connect(self.add_typed_pupil)
        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 1)
        entry.addWidget(self.add_button)

        self.privacy_label = QLabel(
            self.tr(
                "Only a first name is stored, no surname; add an initial when two pupils "
                "share a name (Sem A.). Paste a list to add one pupil per line."
            )
        )
        self.privacy_label.setObjectName("privacyLabel")
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.view = QListView()
        self.view.setObjectName("pupilView")
        self.view.setAccessibleName(self.tr("Pupils"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.model.row_height = self.view.fontMetrics().height() + 8
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.delete_action = delete = QAction(self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_selected)
        self.view.addAction(delete)

        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("renamePupilButton")
        self.rename_button.clicked.connect(self._start_rename)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removePupilsButton")
        self.remove_button.setToolTip(
            self.tr("Removes the pupil from the database. Undo brings it back until the "
                    "program is closed; after that it is gone for good.")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        # The page connects these two: they need the workspace (ui/pupil_privacy.py).
        self.import_button = QPushButton(self.tr("Import class list…"))
        self.import_button.setObjectName("importClassListButton")
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setObjectName("exportPupilButton")
        self.export_button.setToolTip(
            self.tr("Write everything stored about the selected pupil to a file")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        entry.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.show_pupils(None, [])

    def set_read_only(self, read_only: bool) -> None:
        """Show the pupils without the means to change them (a locked school year)."""
        self.read_only = read_only
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._update_buttons()

    def show_pupils(self, school_class: ClassInfo | None, pupils: list[PupilInfo]) -> None:
        """Show these pupils of ``school_class``, keeping the selection where it can."""
        if school_class is None or self._class is None or school_class.id != self._class.id:
            self.name_edit.clear()
        self._class = school_class
        if school_class is None:
            self.setTitle(self.tr("Pupils"))
        else:
            self.setTitle(self.tr("Pupils of %1").replace("%1", school_class.name))
        kept = set(self.selected_ids())
        self.model.set_pupils(pupils)
        selection = self.view.selectionModel()
        for pupil_id in kept:
            row = self.model.row_of(pupil_id)
            if row is not None:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        self._update_buttons()

    @property
    def school_class(self) -> ClassInfo | None:
        """The class whose pupils are shown."""
        return self._class

    def selected_pupils(self) -> list[PupilInfo]:
        return self._selected()

    def selected_ids(self) -> list[int]:
        return [p.id for p in self._selected()]

    def select_names(self, *names: str) -> None:
        """Select the pupils with these display names (for keyboard-free use and tests)."""
        selection = self.view.selectionModel()
        selection.clear()
        rows = [row for row, name in enumerate(self.model.names()) if name in names]
        for row in rows:
            selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        if rows:
            self.view.scrollTo(self.model.index(rows[0]))

    # --- changes ---------------------------------------------------------------------

    def add_pupils(self, names: list[str]) -> bool:
        """Add pupils to the class shown, as one undoable command; False when refused."""
        names = [n for n in names if n.strip()]
        if self._class is None or not names:
            return False
        return self._execute(AddPupilsCommand(self._class.id, names))

    def add_typed_pupil(self) -> None:
        if self.add_pupils(self.name_edit.text().splitlines()):
            self.name_edit.clear()
        self.name_edit.setFocus()

    def rename_pupil(self, pupil_id: int, name: str) -> bool:
        """Rename a pupil as an undoable command; False when refused (also when a colleague
        renamed the pupil since the list was read: the list's version goes with it)."""
        row = self.model.row_of(pupil_id)
        version = self.model.pupil(row).version if row is not None else None
        return self._execute(RenamePupilCommand(pupil_id, name, version or None))

    def remove_selected(self) -> None:
        pupils = self._selected()
        if pupils:
            self._execute(
                RemovePupilsCommand([p.id for p in pupils], [p.display_name for p in pupils])
            )

    # --- helpers -----------------------------------------------------------------------

    def _selected(self) -> list[PupilInfo]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.pupil(r) for r in rows if r < self.model.rowCount()]

    def _on_text_edited(self, text: str) -> None:
        # QLineEdit keeps the line breaks of pasted text: a pasted list adds one pupil per line.
        if "\n" in text or "\r" in text:
            self.add_pupils(text.splitlines())
            self.name_edit.clear()
            self.name_edit.setFocus()

    def _start_rename(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if len(rows) == 1:
            self.view.edit(rows[0])

    def _update_buttons(self) -> None:
        has_class = self._class is not None
        editable = has_class and not self.read_only
        self.name_edit.setEnabled(editable)
        self.add_button.setEnabled(editable)
        selected = len(self.view.selectionModel().selectedRows())
        self.rename_button.setEnabled(selected == 1 and not self.read_only)
        self.remove_button.setEnabled(selected > 0 and not self.read_only)
        self.delete_action.setEnabled(not self.read_only)
        self.export_button.setEnabled(selected == 1)
        self.import_button.setEnabled(editable)
