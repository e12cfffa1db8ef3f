"""Klassen: the classes of a school year, the pupils and the chains of the selected class."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.classes import (
    ClassInfo,
    class_chains,
    list_year_classes,
    school_info,
)
from beroepsplanner.store.pupils import class_pupils
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.ui import error_text
from beroepsplanner.ui.class_commands import (
    AddClassCommand,
    EditClassCommand,
    RemoveClassCommand,
)
from beroepsplanner.ui.class_dialog import ClassDialog
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.conflict_dialog import class_fields, is_save_conflict, resolve_conflict
from beroepsplanner.ui.locked_year import LockedYearBanner
from beroepsplanner.ui.models.class_table import (
    ChainColumn,
    ClassChainTableModel,
    ClassColumn,
    ClassSortModel,
    ClassTableModel,
)
from beroepsplanner.ui.models.roles import ID_ROLE
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.parents_panel import ParentsPanel
from beroepsplanner.ui.pupil_privacy import (
    ClassListDialog,
    ask_and_export_pupil,
    purge_past_school_years,
)
from beroepsplanner.ui.pupils_panel import PupilsPanel
from beroepsplanner.ui.widgets import heading, record_table, show_refusal
from beroepsplanner.ui.workspace import Workspace

_Resize = QHeaderView.ResizeMode
_Selection = QItemSelectionModel.SelectionFlag


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ClassesPage(Page):
    """Classes of one school year; pupils and chains of the selected class."""

    subjects = frozenset({"classes", "chains", "school"})

    newYearRequested = Signal()
    """The user chose the next school year in the year box: a new school year is made by
    the move (File > New school year…), never by adding a class to an empty year."""

    welcomeRequested = Signal()
    """The page has no school to show and the user asked to set one up (when the
    window has no ``welcome_if_new`` of its own)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("classesPage")
        self._year: str | None = None
        # The next school year, offered before it exists: choosing it opens the wizard.
        self._new_year: str | None = None
        self._class_id: int | None = None

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_label = QLabel(self.tr("&School year:"))
        self.year_label.setBuddy(self.year_combo)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading(self.title()))
        heading_row.addStretch(1)
        self._heading_row = heading_row
        heading_row.addWidget(self.year_label)
        heading_row.addWidget(self.year_combo)

        self.lock_banner = LockedYearBanner(workspace)
        self.locked_years: frozenset[str] = frozenset()

        self.content = QStackedWidget()
        self.content.setObjectName("classesContent")
        self.empty_page = self._build_empty_page()
        self.main_page = self._build_main_page()
        self.content.addWidget(self.empty_page)
        self.content.addWidget(self.main_page)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.content, 1)

        self.year_combo.activated.connect(self._on_year_chosen)
        self._update_buttons()

    # --- building ----------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_label = QLabel(
            self.tr(
                "This database has no school yet. Fill in the school's name, its region "
                "and a first class; that takes a minute."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_button = QPushButton(self.tr("Set up the school…"))
        self.welcome_button.setObjectName("welcomeButton")
        self.welcome_button.clicked.connect(self.request_welcome)
        column = QWidget()
        column.setFixedWidth(460)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(12)
        column_layout.addWidget(self.empty_label)
        column_layout.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        return page

    def _build_main_page(self) -> QWidget:
        self.class_model = ClassTableModel(self)
        self.class_proxy = ClassSortModel(self)
        self.class_proxy.setSourceModel(self.class_model)
        self.class_view = record_table("classView", sortable=True)
        self.class_view.setAccessibleName(self.tr("Classes"))
        self.class_view.setModel(self.class_proxy)
        self.class_view.sortByColumn(ClassColumn.NAME, Qt.SortOrder.AscendingOrder)
        header = self.class_view.horizontalHeader()
        for column in ClassColumn:
            header.setSectionResizeMode(column, _Resize.ResizeToContents)
        header.setSectionResizeMode(ClassColumn.TEACHER, _Resize.Stretch)
        self.class_view.selectionModel().selectionChanged.connect(self._on_class_selected)
        self.class_view.doubleClicked.connect(lambda _index: self.edit_class())

        self.add_class_button = QPushButton(self.tr("Add class…"))
        self.add_class_button.setObjectName("addClassButton")
        self.edit_class_button = QPushButton(self.tr("Edit…"))
        self.edit_class_button.setObjectName("editClassButton")
        self.remove_class_button = QPushButton(self.tr("Remove"))
        self.remove_class_button.setObjectName("removeClassButton")
        self.add_class_button.clicked.connect(self.add_class)
        self.edit_class_button.clicked.connect(self.edit_class)
        self.remove_class_button.clicked.connect(self.remove_class)
        self.purge_button = QPushButton(self.tr("Erase pupils of past school years…"))
        self.purge_button.setObjectName("purgePupilsButton")
        self.purge_button.clicked.connect(lambda: purge_past_school_years(self.workspace, self))
        # A school-wide action: by the school year, away from the buttons of one class.
        self._heading_row.insertWidget(2, self.purge_button)
        self._heading_row.insertSpacing(3, 12)
        self.no_classes_label = _hint(self.tr("No classes in this school year yet."))
        class_buttons = QHBoxLayout()
        for button in (self.add_class_button, self.edit_class_button, self.remove_class_button):
            class_buttons.addWidget(button)
        class_buttons.addStretch(1)
        self.classes_box = classes_box = QGroupBox()
        classes_layout = QVBoxLayout(classes_box)
        classes_layout.addWidget(self.class_view, 1)
        classes_layout.addWidget(self.no_classes_label)
        classes_layout.addLayout(class_buttons)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(classes_box)
        self.pupils = PupilsPanel(self._execute)
        self.pupils.import_button.clicked.connect(self.import_class_list)
        self.pupils.export_button.clicked.connect(self.export_pupil)
        top.addWidget(self.pupils)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)

        self.chain_model = ClassChainTableModel(self)
        self.chain_view = record_table("chainView")
        self.chain_view.setAccessibleName(self.tr("Chains of the class"))
        self.chain_view.setModel(self.chain_model)
        header = self.chain_view.horizontalHeader()
        for chain_column in ChainColumn:
            header.setSectionResizeMode(chain_column, _Resize.ResizeToContents)
        header.setSectionResizeMode(ChainColumn.ACTIVITY, _Resize.Stretch)
        self.chain_view.doubleClicked.connect(self._on_chain_double_clicked)
        self.new_chain_button = QPushButton(self.tr("New chain…"))
        self.new_chain_button.setObjectName("newChainButton")
        self.new_chain_button.clicked.connect(self.request_new_chain)
        self.no_chains_label = _hint(
            self.tr("No chains for this class yet. A chain is 1–2 preparation lessons, "
                    "an activity and 1–2 reflection lessons.")
        )
        chain_buttons = QHBoxLayout()
        chain_buttons.addWidget(self.new_chain_button, 0, Qt.AlignmentFlag.AlignTop)
        chain_buttons.addWidget(self.no_chains_label, 1)
        chain_buttons.addStretch(0)
        self.chains_box = QGroupBox(self.tr("Chains"))
        chains_layout = QVBoxLayout(self.chains_box)
        chains_layout.addWidget(self.chain_view, 1)
        chains_layout.addLayout(chain_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.chains_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The register of parents (issue 17 item 4) beside the classes: a parent is known
        # by the child's class, and the year box above chooses the year of both.
        self.parents = ParentsPanel(self.workspace)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("classesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Classes and pupils"))
        self.tabs.addTab(self.parents, self.tr("Parents"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        return page

    # --- Page ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Classes")

    def status_text(self) -> str:
        return self.tr("%n classes", "", self.class_model.rowCount())

    def reload(self) -> None:
        info = self.workspace.read(school_info)
        if info is None:
            self._year = self._new_year = None
            self.content.setCurrentWidget(self.empty_page)
            self.year_label.hide()
            self.year_combo.hide()
            self.purge_button.hide()
            self.lock_banner.show_for(None)
            self._show_classes([])
            return
        self.content.setCurrentWidget(self.main_page)
        self.locked_years = frozenset(info.locked_years)
        years = list(info.school_years)
        newest = max(years)
        self._new_year = SchoolYear(SchoolYear.parse(newest).first_year + 1).label
        if self._year not in years:
            self._year = newest
        year: str = self._year or newest  # one of the years now
        self.year_combo.clear()
        for label in years:
            self.year_combo.addItem(label, label)
        self.year_combo.addItem(self.tr("%1 (new)…").replace("%1", self._new_year), self._new_year)
        self.year_combo.setItemData(
            self.year_combo.count() - 1,
            self.tr("Make the next school year: File > New school year…"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
        self.classes_box.setTitle(self.tr("Classes in %1").replace("%1", year))
        self.year_label.show()
        self.year_combo.show()
        self.purge_button.show()
        self._load_classes()

    # --- classes -------------------------------------------------------------------

    @property
    def school_year(self) -> str | None:
        """The school year shown."""
        return self._year

    def selected_class(self) -> ClassInfo | None:
        rows = self.class_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.class_model.school_class(self.class_proxy.mapToSource(rows[0]).row())

    def select_class(self, class_id: int) -> bool:
        """Select the class with this id in the table; False when it is not shown."""
        row = self.class_model.row_of(class_id)
        if row is None:
            return False
        index = self.class_proxy.mapFromSource(self.class_model.index(row, 0))
        self.class_view.selectionModel().setCurrentIndex(
            index, _Selection.ClearAndSelect | _Selection.Rows
        )
        self.class_view.scrollTo(index)
        return True

    def show_year(self, label: str) -> None:
        """Show school year ``label`` (after File > New school year)."""
        self._year = label
        self._class_id = None
        self.reload()

    def _on_year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None and year == self._new_year:
            # Back to the year shown: the new one exists only once the wizard made it.
            self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
            self.newYearRequested.emit()
            return
        if year and year != self._year:
            self._year = year
            self._class_id = None
            self.classes_box.setTitle(self.tr("Classes in %1").replace("%1", year))
            self._load_classes()

    @property
    def read_only(self) -> bool:
        """Whether the school year shown is locked (read-only until unlocked)."""
        return self._year in self.locked_years

    def _load_classes(self) -> None:
        year = self._year
        self.lock_banner.show_for(year if self.read_only else None)
        self.pupils.set_read_only(self.read_only)
        classes = self.workspace.read(lambda s: list_year_classes(s, year)) if year else []
        self._show_classes(classes)
        self.parents.show_year(year, classes)

    def _show_classes(self, classes: list[ClassInfo]) -> None:
        remembered = self._class_id
        self.class_view.selectionModel().blockSignals(True)
        self.class_model.set_classes(classes)
        self.class_view.selectionModel().blockSignals(False)
        self.no_classes_label.setVisible(not classes and self._year is not None)
        if remembered is None or not self.select_class(remembered):
            if self.class_proxy.rowCount() > 0:
                first = self.class_proxy.index(0, 0)
                self.select_class(first.data(ID_ROLE))
            else:
                self._class_id = None
                self._load_class_details()

    def _on_class_selected(self) -> None:
        info = self.selected_class()
        self._class_id = info.id if info is not None else None
        self.parents.current_class = self._class_id
        self._load_class_details()

    def _load_class_details(self) -> None:
        info = self.selected_class()
        if info is None:
            pupils, chains = [], []
            self.chains_box.setTitle(self.tr("Chains"))
        else:
            pupils, chains = self.workspace.read(
                lambda s: (class_pupils(s, info.id), class_chains(s, info.id))
            )
            self.chains_box.setTitle(self.tr("Chains of %1").replace("%1", info.name))
        self.pupils.show_pupils(info, pupils)
        self.chain_model.set_chains(chains)
        self.no_chains_label.setVisible(info is not None and not chains)
        self._update_buttons()

    def add_class(self) -> None:
        year = self._year
        if year is None:
            return

        def submit(name: str, grade: int, teacher: str) -> None:
            command = AddClassCommand(year, name, grade, teacher)
            self.workspace.execute(command)
            if command.class_id is not None:
                self._class_id = command.class_id
                self.select_class(command.class_id)

        self._run_dialog(ClassDialog(submit, None, year, self))

    def edit_class(self) -> None:
        info = self.selected_class()
        if info is None or self.read_only:
            return

        version = info.version or None

        def submit(name: str, grade: int, teacher: str) -> None:
            nonlocal version
            try:
                self.workspace.execute(EditClassCommand(info.id, name, grade, teacher, version))
            except ChangedByColleagueError as exc:
                # A colleague saved the class since the list was read: both versions shown;
                # the dialog stays open with what was typed unless saved over on purpose.
                if not is_save_conflict(exc):
                    raise
                newer = resolve_conflict(dialog, exc, class_fields())
                if newer is None:
                    raise
                version = newer
                submit(name, grade, teacher)

        dialog = ClassDialog(submit, info, info.school_year, self)
        self._run_dialog(dialog)

    def remove_class(self) -> None:
        info = self.selected_class()
        if info is not None and self._execute(
            RemoveClassCommand(info.id, info.name, info.version or None)
        ):
            self._tell(self.tr("Class %1 removed. Edit > Undo brings it back.").replace(
                "%1", info.name))

    # --- chains --------------------------------------------------------------------

    def request_new_chain(self) -> None:
        if self._class_id is not None:
            self.chainBuilderRequested.emit(ChainRequest(class_id=self._class_id))

    def _on_chain_double_clicked(self, index: QModelIndex) -> None:
        self.chainBuilderRequested.emit(ChainRequest(chain_id=index.data(ID_ROLE)))

    # --- helpers -------------------------------------------------------------------

    def request_welcome(self) -> None:
        """Ask the window for the first-use welcome."""
        window = self.window()
        if hasattr(window, "welcome_if_new"):
            window.welcome_if_new()
        else:
            self.welcomeRequested.emit()

    def import_class_list(self) -> None:
        """Open the class list import for the class shown (one undoable command)."""
        school_class = self.pupils.school_class
        if school_class is not None:
            dialog = ClassListDialog(self.workspace, school_class, self)
            dialog.exec()
            dialog.deleteLater()

    def export_pupil(self) -> None:
        """Write everything stored about the selected pupil to a JSON file."""
        selected = self.pupils.selected_pupils()
        if len(selected) == 1:
            ask_and_export_pupil(self.workspace, self, selected[0].id, selected[0].display_name)

    @staticmethod
    def _run_dialog(dialog: ClassDialog) -> None:
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
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def _update_buttons(self) -> None:
        has_class = self._class_id is not None and self.selected_class() is not None
        editable = not self.read_only
        self.add_class_button.setEnabled(self._year is not None and editable)
        self.edit_class_button.setEnabled(has_class and editable)
        self.remove_class_button.setEnabled(has_class and editable)
        self.new_chain_button.setEnabled(has_class and editable)
