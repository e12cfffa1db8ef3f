"""The school's own details in the school year dialog: name, place, holiday region, free days
and the contact person for companies.

"Save" makes one undoable ``EditSchoolCommand``; a new region moves the
holidays, and every view (planner, overview, the window title) refreshes
through the workspace's ``dataChanged``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.domain.kinds import Region
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.school import (
    CONTACT_MAX,
    EMAIL_MAX,
    PHONE_MAX,
    PLACE_MAX,
    SCHOOL_NAME_MAX,
    SchoolDetails,
    school_details,
)
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.conflict_dialog import is_save_conflict, resolve_conflict, school_fields
from beroepsplanner.ui.school_commands import EditSchoolCommand
from beroepsplanner.ui.workspace import Workspace


class SchoolDetailsBox(QGroupBox):
    """Name, place and region of the school, saved together as one undoable change."""

    failed = Signal(str)
    """The store refused the details (Dutch message); nothing was saved."""

    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("School"), parent)
        self.setObjectName("schoolDetailsBox")
        self.workspace = workspace
        self.details: SchoolDetails | None = None

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("schoolNameEdit")
        self.name_edit.setMaxLength(SCHOOL_NAME_MAX)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("schoolPlaceEdit")
        self.place_edit.setMaxLength(PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("for example Utrecht"))
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("schoolRegionCombo")
        for region in Region:
            self.region_combo.addItem(domain_text.region(region), region.value)
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_combo.setToolTip(
            self.tr("The region decides the school holidays; a new region moves them.")
        )
        self.save_button = QPushButton(self.tr("&Save school details"))
        self.save_button.setObjectName("saveSchoolButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        for edit in (self.name_edit, self.place_edit):
            edit.textChanged.connect(lambda _text: self._update_button())
            edit.returnPressed.connect(self.save)
        self.region_combo.currentIndexChanged.connect(lambda _index: self._update_button())
        self.liberation_check = QCheckBox(self.tr("&Bevrijdingsdag (5 May) off every year"))
        self.liberation_check.setObjectName("liberationDayCheck")
        self.liberation_check.setToolTip(
            self.tr(
                "Nearly every primary school is closed on 5 May, also in the years the "
                "government does not make it a national day off."
            )
        )
        self.good_friday_check = QCheckBox(self.tr("&Goede Vrijdag off"))
        self.good_friday_check.setObjectName("goodFridayCheck")
        self.good_friday_check.setToolTip(
            self.tr("Untick this when the pupils come to school on Goede Vrijdag.")
        )
        for check in (self.liberation_check, self.good_friday_check):
            check.toggled.connect(lambda _on: self._update_button())
        # Whom a company calls (the brief for the company); empty: the class's teacher.
        self.contact_edits = (QLineEdit(), QLineEdit(), QLineEdit())
        for edit, name, limit, hint in zip(
            self.contact_edits,
            ("schoolContactEdit", "schoolPhoneEdit", "schoolEmailEdit"),
            (CONTACT_MAX, PHONE_MAX, EMAIL_MAX),
            (self.tr("name"), self.tr("phone"), self.tr("e-mail")),
            strict=True,
        ):
            edit.setObjectName(name)
            edit.setMaxLength(limit)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
            edit.textChanged.connect(lambda _text: self._update_button())
            edit.returnPressed.connect(self.save)
        self.contact_edits[0].setToolTip(
            self.tr("Whom a company calls about a visit; the brief for the company names this "
                    "person (empty: the class's teacher).")
        )

        form = QFormLayout(self)
        form.addRow(self.tr("School &name:"), self.name_edit)
        # The place and whom a company calls share a row, so the dialog still fits a small
        # screen (tests/ui/test_small_screens.py).
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_edit, 2)
        place_row.addSpacing(12)
        contact_label = QLabel(self.tr("&Contact for companies:"))
        contact_label.setBuddy(self.contact_edits[0])
        place_row.addWidget(contact_label)
        for edit, stretch in zip(self.contact_edits, (2, 1, 2), strict=True):
            place_row.addWidget(edit, stretch)
        place_label = QLabel(self.tr("&Place:"))
        place_label.setBuddy(self.place_edit)
        form.addRow(place_label, place_row)
        # One row for the region and the free days (both decide the days off), so the
        # dialog still fits a small screen (tests/ui/test_small_screens.py).
        region_row = QHBoxLayout()
        region_row.addWidget(self.region_combo)
        region_row.addSpacing(12)
        region_row.addWidget(self.liberation_check)
        region_row.addWidget(self.good_friday_check)
        region_row.addStretch(1)
        region_row.addWidget(self.save_button)
        region_label = QLabel(self.tr("Holiday &region:"))
        region_label.setBuddy(self.region_combo)
        form.addRow(region_label, region_row)
        self.reload()

    def reload(self) -> None:
        """Show the details as the store has them (unsaved input is replaced)."""
        self.details = details = self.workspace.read(school_details)
        self.setEnabled(details is not None)
        if details is not None:
            self.name_edit.setText(details.name)
            self.place_edit.setText(details.place)
            self.region_combo.setCurrentIndex(self.region_combo.findData(details.region.value))
            self.liberation_check.setChecked(details.free_days.liberation_day)
            self.good_friday_check.setChecked(details.free_days.good_friday)
            contact = (details.contact_name, details.contact_phone, details.contact_email)
            for edit, value in zip(self.contact_edits, contact, strict=True):
                edit.setText(value)
        self._update_button()

    def typed(self) -> SchoolDetails | None:
        region = self.region_combo.currentData()
        if region is None:
            return None
        free_days = FreeDays(
            liberation_day=self.liberation_check.isChecked(),
            good_friday=self.good_friday_check.isChecked(),
        )
        name, phone, email = (edit.text() for edit in self.contact_edits)
        return SchoolDetails(
            self.name_edit.text(), self.place_edit.text(), Region(region), free_days,
            name, phone, email,
        )

    def is_modified(self) -> bool:
        typed = self.typed()
        if self.details is None or typed is None:
            return False
        return (
            typed.name.strip(), typed.place.strip(), typed.region, typed.free_days,
            typed.contact_name.strip(), typed.contact_phone.strip(), typed.contact_email.strip(),
        ) != (
            self.details.name, self.details.place, self.details.region, self.details.free_days,
            self.details.contact_name, self.details.contact_phone, self.details.contact_email,
        )

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.is_modified())

    def save(self) -> bool:
        """Save what was typed as one undoable change; False when refused or unchanged."""
        typed = self.typed()
        if typed is None or not self.is_modified():
            return False
        version = self.details.version if self.details is not None else None
        while True:
            try:
                self.workspace.execute(
                    EditSchoolCommand(
                        typed.name, typed.place, typed.region, typed.free_days, version,
                        contact=(typed.contact_name, typed.contact_phone, typed.contact_email),
                    )
                )
            except ChangedByColleagueError as exc:
                # A colleague saved the details since they were read: what was typed stays.
                version = resolve_conflict(self, exc, school_fields()) if is_save_conflict(exc) else None
                if version is None:
                    self.failed.emit(error_text.error(exc))
                    return False
                continue
            except BeroepsplannerError as exc:
                self.failed.emit(error_text.error(exc))
                return False
            break
        self.reload()
        self.saved.emit()
        return True
