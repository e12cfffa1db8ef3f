"""The first-use welcome: the school, its region and school year, a first class and its pupils.

Everything is saved in one transaction as one undoable command
(``SetUpSchoolCommand``): a refusal of the store (no school name, a class
without a name, two pupils with the same name) is shown in the dialog, which
stays open, and nothing is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, Region
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.class_commands import SetUpSchoolCommand
from beroepsplanner.ui.class_dialog import error_label
from beroepsplanner.ui.workspace import Workspace


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _PupilsEdit(QPlainTextEdit):
    """The pupils box asks for five lines (Qt's default asks for a dozen, which made the
    dialog too high for a 1280×720 screen); it grows when the dialog is made higher."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.fontMetrics().lineSpacing() * 5 + 12))


class WelcomeDialog(QDialog):
    """Set up a new database in one form; ``class_id`` is the first class after accept."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.workspace = workspace
        self.class_id: int | None = None
        self.setWindowTitle(self.tr("Welcome"))

        intro = QLabel(
            self.tr(
                "<b>Welcome to Beroepsplanner.</b> Fill in your school and a first class; "
                "then you plan the first chain. Everything stays on this computer."
            )
        )
        intro.setWordWrap(True)

        self.school_edit = QLineEdit()
        self.school_edit.setObjectName("schoolEdit")
        self.school_edit.setPlaceholderText(self.tr("for example OBS De Vlieger"))
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.addItem(self.tr("Choose…"), None)
        for region in Region:
            self.region_combo.addItem(domain_text.region(region), region.value)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        current = SchoolYear.containing(today or dt.date.today())
        for year in (current, SchoolYear(current.first_year + 1)):
            self.year_combo.addItem(year.label, year.label)
        school_box = QGroupBox(self.tr("Your school"))
        school_form = QFormLayout(school_box)
        school_form.addRow(self.tr("School &name:"), self.school_edit)
        school_form.addRow(self.tr("&Region:"), self.region_combo)
        school_form.addRow(
            "",
            _hint(
                self.tr(
                    "The region decides the school holidays. "
                    "See rijksoverheid.nl for your region."
                )
            ),
        )
        school_form.addRow(self.tr("School &year:"), self.year_combo)

        self.class_edit = QLineEdit()
        self.class_edit.setObjectName("classEdit")
        self.class_edit.setPlaceholderText(self.tr("for example Groep 6b"))
        self.grade_spin = QSpinBox()
        self.grade_spin.setObjectName("gradeSpin")
        self.grade_spin.setRange(GRADE_MIN, GRADE_MAX)
        self.grade_spin.setValue(6)
        self.teacher_edit = QLineEdit()
        self.teacher_edit.setObjectName("teacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("for example juf Fatima"))
        self.pupils_edit = _PupilsEdit()
        self.pupils_edit.setObjectName("pupilsEdit")
        self.pupils_edit.setPlaceholderText(self.tr("One first name per line (optional)"))
        self.pupils_edit.setTabChangesFocus(True)
        self.pupils_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        class_box = QGroupBox(self.tr("Your first class"))
        class_form = QFormLayout(class_box)
        class_form.addRow(self.tr("&Class:"), self.class_edit)
        class_form.addRow(self.tr("&Grade:"), self.grade_spin)
        class_form.addRow(self.tr("&Teacher:"), self.teacher_edit)
        class_form.addRow(self.tr("&Pupils:"), self.pupils_edit)
        class_form.addRow(
            "",
            _hint(
                self.tr(
                    "Only first names are stored, no surnames; add an initial when two pupils "
                    "share a name (Sem A.). You can add pupils later, or import a class list "
                    "from a file."
                )
            ),
        )

        self.error_label = error_label()
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Start planning"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.later_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(school_box)
        layout.addWidget(class_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Wide enough that the hints wrap onto few lines.
        self.setMinimumWidth(max(600, self.fontMetrics().horizontalAdvance("x") * 86))
        self.school_edit.setFocus()

    def fit_height(self) -> None:
        """Never lower than the form needs at this width. Qt caps a new window at 2/3 of
        the screen height (on a 1280×720 screen less than the form: the pupils' hint was
        drawn over the pupils box), and a message after a refusal needs room too."""
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(width, needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def pupil_names(self) -> list[str]:
        """The pupils typed or pasted, one per line, without empty lines."""
        return [line for line in self.pupils_edit.toPlainText().splitlines() if line.strip()]

    def accept(self) -> None:
        region = self.region_combo.currentData()
        command = SetUpSchoolCommand(
            school_name=self.school_edit.text(),
            region=Region(region) if region else None,
            school_year=self.year_combo.currentData(),
            class_name=self.class_edit.text(),
            grade=self.grade_spin.value(),
            teacher=self.teacher_edit.text(),
            pupils=self.pupil_names(),
        )
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            self.fit_height()
            return
        self.class_id = command.class_id
        super().accept()
