"""The dialog to add or edit a class: name, groep and leerkracht."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.ui import error_text

Submit = Callable[[str, int, str], None]
"""Saves the name, grade and teacher; raises a ``BeroepsplannerError`` to refuse."""


def error_label() -> QLabel:
    """An inline label for a refusal in the store's Dutch words (hidden while empty)."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class ClassDialog(QDialog):
    """Add a class (``info`` None) or edit one. ``submit`` saves; a refusal keeps it open."""

    def __init__(
        self,
        submit: Submit,
        info: ClassInfo | None = None,
        school_year: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("classDialog")
        self._submit = submit
        if info is None:
            self.setWindowTitle(self.tr("Add class"))
        else:
            self.setWindowTitle(self.tr("Edit class %1").replace("%1", info.name))

        self.name_edit = QLineEdit(info.name if info else "")
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("for example Groep 6b"))
        self.name_edit.setMaxLength(100)
        self.grade_spin = QSpinBox()
        self.grade_spin.setObjectName("gradeSpin")
        self.grade_spin.setRange(GRADE_MIN, GRADE_MAX)
        self.grade_spin.setValue(info.grade if info else 5)
        self.teacher_edit = QLineEdit(info.teacher if info else "")
        self.teacher_edit.setObjectName("teacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("for example juf Fatima"))
        self.teacher_edit.setMaxLength(200)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Grade:"), self.grade_spin)
        form.addRow(self.tr("&Teacher:"), self.teacher_edit)
        year = info.school_year if info else school_year
        if year:
            form.addRow(self.tr("School year:"), QLabel(year))

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.name_edit.textEdited.connect(lambda _text: self.error_label.hide())

    def accept(self) -> None:
        try:
            self._submit(self.name_edit.text(), self.grade_spin.value(), self.teacher_edit.text())
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()
