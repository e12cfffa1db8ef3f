"""The form of one company: its details, worlds and professions, people, and its history
(the chains that use it over the school years, with their evaluations). It only shows and collects ``CompanyDetails``; the page saves them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.company_details import (
    ChainUse,
    CompanyChoices,
    CompanyDetails,
    ConfirmationYear,
)
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.company_confirmations import ConfirmationBoxes
from beroepsplanner.ui.company_history import CompanyHistory
from beroepsplanner.ui.company_people import (
    CheckList,
    ContactTable,
    RoleModelTable,
    fit_people_columns,
)

_EMPTY = CompanyDetails(name="")


class CompanyForm(QWidget):
    """Shows one company (or a new one) and hands back what the user typed."""

    modifiedChanged = Signal(bool)
    """Whether the form now differs from the company as loaded."""

    chainActivated = Signal(int)
    """A chain of "Used by" was double-clicked: its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyForm")
        self.company_id: int | None = None
        self.default_years: tuple[ConfirmationYear, ...] = ()
        """The school years a new company can be confirmed for (the page sets them)."""
        self._loaded: CompanyDetails = _EMPTY
        self._filling = False
        self._modified = False

        self.title_label = QLabel()
        self.title_label.setObjectName("companyTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet(
            "QLabel#problemsLabel { color: #8a1c1c; background: #fdecea;"
            " border: 1px solid #e6a19b; border-radius: 4px; padding: 6px; }"
        )
        self.problems_label.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("companyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_details_tab(), self.tr("Details"))
        self.tabs.addTab(self._build_worlds_tab(), self.tr("Worlds and professions"))
        self.tabs.addTab(self._build_people_tab(), self.tr("People"))
        self.tabs.setTabToolTip(2, self.tr("Contacts and role models"))
        self.tabs.addTab(self._build_usage_tab(), "")

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(self.tr("Undo the changes in the form since it was loaded"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.revert_button.clicked.connect(self.revert)
        self._update_state()

    # --- building --------------------------------------------------------------

    def _build_details_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("placeEdit")
        self.address_edit = QLineEdit()
        self.description_edit = _text_box(3)
        self.min_grade_combo = QComboBox()
        self.min_grade_combo.setObjectName("minGradeCombo")
        self.min_grade_combo.addItem(self.tr("any grade"), None)
        for grade in range(1, 9):
            self.min_grade_combo.addItem(self.tr("grade %1").replace("%1", str(grade)), grade)
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setObjectName("capacityEdit")
        self.capacity_edit.setAccessibleName(self.tr("Capacity (pupils at a time)"))
        self.capacity_edit.setValidator(QIntValidator(0, 9999, self.capacity_edit))
        self.capacity_edit.setPlaceholderText(self.tr("unknown"))
        self.capacity_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        capacity_row = QWidget()
        capacity_layout = QHBoxLayout(capacity_row)
        capacity_layout.setContentsMargins(0, 0, 0, 0)
        capacity_layout.addWidget(self.capacity_edit)
        capacity_layout.addWidget(QLabel(self.tr("pupils at a time")))
        capacity_layout.addStretch(1)
        self.confirmed_boxes = ConfirmationBoxes()
        self.safety_check = QCheckBox(self.tr("Safety and hygiene rules checked"))
        self.safety_notes_edit = _text_box(2)
        self.safety_notes_edit.setPlaceholderText(
            self.tr("For example: safety glasses in the workshop, no visits to the kitchen")
        )
        self.notes_edit = _text_box(3)

        inner = QWidget()
        outer = QVBoxLayout(inner)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("From grade"), self.min_grade_combo)
        form.addRow(self.tr("Capacity"), capacity_row)
        form.addRow(self.tr("Contact confirmed for"), self.confirmed_boxes)
        form.addRow(self.tr("Safety"), self.safety_check)
        form.addRow(self.tr("Safety notes"), self.safety_notes_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)

        for edit in (self.name_edit, self.place_edit, self.address_edit, self.capacity_edit):
            edit.textEdited.connect(self._on_edit)
        for box in (self.description_edit, self.safety_notes_edit, self.notes_edit):
            box.textChanged.connect(self._on_edit)
        self.min_grade_combo.currentIndexChanged.connect(self._on_edit)
        self.confirmed_boxes.changed.connect(self._on_edit)
        self.safety_check.toggled.connect(self._on_edit)
        self.name_edit.textEdited.connect(self._show_title)
        return _scrolling(inner)

    def _build_worlds_tab(self) -> QWidget:
        self.world_list = CheckList()
        self.world_list.setObjectName("worldList")
        self.world_list.view.setAccessibleName(self.tr("Worlds of technology and sectors"))
        self.profession_list = CheckList(
            filter_placeholder=self.tr("Search professions…"),
            add_text=self.tr("Add ‘%1’ to the professions…"),
        )
        self.profession_list.setObjectName("professionList")
        self.profession_list.view.setAccessibleName(self.tr("Professions at the company"))
        page = QWidget()
        layout = QHBoxLayout(page)
        for title, choices in (
            (self.tr("Worlds of technology and sectors"), self.world_list),
            (self.tr("Professions at the company"), self.profession_list),
        ):
            column = QVBoxLayout()
            column.addWidget(_caption(title))
            column.addWidget(choices, 1)
            layout.addLayout(column, 1)
        self.world_list.changed.connect(self._on_edit)
        self.profession_list.changed.connect(self._on_edit)
        return page

    def _build_people_tab(self) -> QWidget:
        self.contact_table = ContactTable(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")],
            self.tr("Add contact"),
            self.tr("Remove contact"),
        )
        self.contact_table.setObjectName("contactTable")
        self.contact_table.table.setAccessibleName(self.tr("Contact persons"))
        self.role_model_table = RoleModelTable(
            [
                self.tr("Name"),
                self.tr("Profession"),
                self.tr("Description"),
                self.tr("Counter-stereotype"),
                self.tr("Parent"),
            ],
            self.tr("Add role model"),
            self.tr("Remove role model"),
        )
        self.role_model_table.setObjectName("roleModelTable")
        self.role_model_table.table.setAccessibleName(self.tr("Role models"))
        counter_header = self.role_model_table.table.horizontalHeaderItem(RoleModelTable.COUNTER)
        assert counter_header is not None  # RoleModelTable sets its header items
        counter_header.setToolTip(
            self.tr("Breaks a common stereotype, such as a female mechanic or a male nurse")
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_caption(self.tr("Contact persons")))
        layout.addWidget(self.contact_table, 2)
        layout.addSpacing(8)
        layout.addWidget(_caption(self.tr("Role models")))
        layout.addWidget(self.role_model_table, 3)
        self.contact_table.changed.connect(self._on_edit)
        self.role_model_table.changed.connect(self._on_edit)
        return page

    def _build_usage_tab(self) -> QWidget:
        # The company's history across school years, with each chain's evaluation.
        self.history = CompanyHistory()
        self.usage_table = self.history.table
        self.history.chainActivated.connect(self.chainActivated.emit)
        return self.history

    # --- filling and reading ------------------------------------------------------

    def set_choices(self, choices: CompanyChoices) -> None:
        """The worlds and professions the user can pick from."""
        self.world_list.set_choices(
            dataclasses.replace(world, name=domain_text.world(world.name)) for world in choices.worlds
        )
        self.profession_list.set_choices(choices.professions)
        self.role_model_table.set_professions(choices.professions)

    def load(self, company_id: int | None, details: CompanyDetails | None = None) -> None:
        """Show ``details`` of the company ``company_id`` (None: a new, empty company)."""
        self.company_id = company_id
        self._loaded = details if details is not None else _EMPTY
        self._fill(self._loaded)
        self.clear_problems()
        self._update_state()

    def revert(self) -> None:
        """Throw away what was typed: show the company as loaded again."""
        self._fill(self._loaded)
        self.clear_problems()
        self._update_state()

    @property
    def loaded(self) -> CompanyDetails:
        """The company as it was when loaded (what an update command undoes to)."""
        return self._loaded

    def details(self) -> CompanyDetails:
        """What the form holds now."""
        capacity = self.capacity_edit.text().strip()
        return CompanyDetails(
            name=self.name_edit.text().strip(),
            place=self.place_edit.text().strip(),
            address=self.address_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            min_grade=self.min_grade_combo.currentData(),
            capacity=int(capacity) if capacity else None,
            confirmed_years=self.confirmed_boxes.checked(),
            safety_checked=self.safety_check.isChecked(),
            safety_notes=self.safety_notes_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            worlds=self.world_list.checked(),
            professions=self.profession_list.checked(),
            contacts=self.contact_table.contacts(),
            role_models=self.role_model_table.role_models(),
        )

    def is_modified(self) -> bool:
        """Whether the form differs from the company as loaded."""
        return _comparable(self.details()) != _comparable(self._loaded)

    def show_problems(self, problems: list[str]) -> None:
        """Show why the company cannot be saved, above the tabs: the lines of ``field_problems``
        (each in the window's language by its key) or of a refusal already said in it."""
        self.problems_label.setText("\n".join(f"• {error_text.keyed_line(line)}" for line in problems))
        self.problems_label.setVisible(bool(problems))

    def clear_problems(self) -> None:
        self.show_problems([])

    def problems_text(self) -> str:
        return self.problems_label.text() if self.problems_label.isVisible() else ""

    def _fill(self, details: CompanyDetails) -> None:
        self._filling = True
        try:
            self.name_edit.setText(details.name)
            self.place_edit.setText(details.place)
            self.address_edit.setText(details.address)
            self.description_edit.setPlainText(details.description)
            self.min_grade_combo.setCurrentIndex(
                max(0, self.min_grade_combo.findData(details.min_grade))
                if details.min_grade is not None
                else 0
            )
            self.capacity_edit.setText("" if details.capacity is None else str(details.capacity))
            self.confirmed_boxes.set_years(
                details.confirmation_years or self.default_years, details.confirmed_years
            )
            self.safety_check.setChecked(details.safety_checked)
            self.safety_notes_edit.setPlainText(details.safety_notes)
            self.notes_edit.setPlainText(details.notes)
            self.world_list.set_checked(details.worlds)
            self.profession_list.set_checked(details.professions)
            self.contact_table.set_contacts(details.contacts)
            self.role_model_table.set_role_models(details.role_models)
            self._fill_usage(details.used_by)
        finally:
            self._filling = False
        fit_people_columns(self.contact_table.table, stretch=3)
        fit_people_columns(
            self.role_model_table.table,
            stretch=RoleModelTable.DESCRIPTION,
            narrow=(RoleModelTable.COUNTER, RoleModelTable.PARENT),
        )
        self._show_title()

    def _fill_usage(self, uses: tuple[ChainUse, ...]) -> None:
        self.history.set_uses(uses)
        self.tabs.setTabText(3, self.tr("History (%n)", "", len(uses)))
        # Every tab stays readable: the list beside the form gives way, not the tabs
        # (no scroll arrows on a small screen).
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 4)

    # --- state ---------------------------------------------------------------------

    def _on_edit(self) -> None:
        if not self._filling:
            self._update_state()

    def _show_title(self) -> None:
        name = self.name_edit.text().strip()
        if self.company_id is None:
            self.title_label.setText(
                self.tr("New company: %1").replace("%1", name) if name else self.tr("New company")
            )
        else:
            self.title_label.setText(name or self._loaded.name)

    def _update_state(self) -> None:
        modified = self.is_modified()
        self.save_button.setEnabled(modified or self.company_id is None)
        self.revert_button.setEnabled(modified)
        self.delete_button.setEnabled(self.company_id is not None)
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)


def _comparable(details: CompanyDetails) -> CompanyDetails:
    """Details as saving would store them: text trimmed, so stray spaces are no change."""
    return dataclasses.replace(
        details,
        name=details.name.strip(),
        place=details.place.strip(),
        address=details.address.strip(),
        description=details.description.strip(),
        safety_notes=details.safety_notes.strip(),
        notes=details.notes.strip(),
    )


def _caption(text: str) -> QLabel:
    """A bold title above a list; it wraps rather than widening a narrow window."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(height)
    return box


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
