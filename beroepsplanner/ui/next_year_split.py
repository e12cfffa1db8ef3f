"""Splitting a class of the new school year in two, and merging two into one (the wizard's
third step). Both work on the ``NextYearPlan`` only (domain/next_year.py); nothing is
written before the wizard's Doen.

``SplitClassDialog``: the pupils of one class as a checklist; the ticked ones go to a new
class with its own name and teacher. ``MergeClassesDialog``: another class to merge with,
the name and groep of the merged class (two groepen make a combination class such as
"Groep 5/6", kept under one groep), and a new name for a pupil whose name the other class
has too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.domain.next_year import NextYearPlan, merged_name, split_names
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui import error_text
from beroepsplanner.ui.class_dialog import error_label


def _others(plan: NextYearPlan, *skip: int) -> list[str]:
    return [m.name for i, m in enumerate(plan.classes) if i not in skip]


class SplitClassDialog(QDialog):
    """Split class ``index`` of ``plan``: the ticked pupils go to a new class. ``plan``
    holds the result after accept."""

    def __init__(self, plan: NextYearPlan, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitClassDialog")
        self.source, self.index = plan, index
        self.plan: NextYearPlan | None = None
        move = plan.classes[index]
        self.setWindowTitle(self.tr("Split %1").replace("%1", move.name))
        kept, new = split_names(move.name, _others(plan, index))

        intro = QLabel(
            self.tr("Tick the pupils who go to the new class; the others stay in %1.").replace(
                "%1", move.name
            )
        )
        intro.setWordWrap(True)
        self.pupil_list = QListWidget()
        self.pupil_list.setObjectName("splitPupilList")
        self.pupil_list.setAccessibleName(self.tr("Pupils"))
        # The names in columns, top to bottom: a class of thirty fits without scrolling.
        self.pupil_list.setFlow(QListView.Flow.TopToBottom)
        self.pupil_list.setWrapping(True)
        self.pupil_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.pupil_list.setSpacing(2)
        for pupil in sorted(plan.pupils_of(index), key=lambda p: name_key(move.name_of(p))):
            item = QListWidgetItem(move.name_of(pupil))
            item.setData(Qt.ItemDataRole.UserRole, pupil.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.pupil_list.addItem(item)
        self.kept_edit = QLineEdit(kept)
        self.kept_edit.setObjectName("keptNameEdit")
        self.new_edit = QLineEdit(new)
        self.new_edit.setObjectName("newNameEdit")
        self.teacher_edit = QLineEdit()
        self.teacher_edit.setObjectName("newTeacherEdit")
        self.teacher_edit.setPlaceholderText(self.tr("for example juf Fatima"))
        form = QFormLayout()
        form.addRow(self.tr("Name of the class that &stays:"), self.kept_edit)
        form.addRow(self.tr("Name of the &new class:"), self.new_edit)
        form.addRow(self.tr("&Teacher of the new class:"), self.teacher_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("splitCountLabel")
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pupil_list, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.pupil_list.itemChanged.connect(lambda _item: self._update())
        self._update()

    def ticked(self) -> list[int]:
        items = (self.pupil_list.item(row) for row in range(self.pupil_list.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, pupil_ids: list[int]) -> None:
        """Tick these pupils (and no others)."""
        for row in range(self.pupil_list.count()):
            item = self.pupil_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in pupil_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        going = len(self.ticked())
        staying = self.pupil_list.count() - going
        self.count_label.setText(
            self.tr("%n pupils stay", "", staying) + " · " + self.tr("%n go to the new class", "", going)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(going > 0 and staying > 0)
        self.error_label.hide()

    def accept(self) -> None:
        kept, new = self.kept_edit.text().strip(), self.new_edit.text().strip()
        taken = {name_key(n) for n in _others(self.source, self.index)}
        if not kept or not new or name_key(kept) == name_key(new) or {name_key(kept), name_key(new)} & taken:
            self.error_label.setText(self.tr("Give both classes a name of their own."))
            self.error_label.show()
            return
        try:
            plan = self.source.split(self.index, self.ticked(), new, self.teacher_edit.text().strip())
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            return
        self.plan = plan.with_class(self.index, name=kept)
        super().accept()


class MergeClassesDialog(QDialog):
    """Merge class ``index`` of ``plan`` with another; ``plan`` holds the result after accept."""

    def __init__(self, plan: NextYearPlan, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeClassesDialog")
        self.source, self.index = plan, index
        self.plan: NextYearPlan | None = None
        self.merged_index = index
        """Where the merged class is in ``plan`` after accept."""
        move = plan.classes[index]
        self.setWindowTitle(self.tr("Merge %1 with another class").replace("%1", move.name))
        intro = QLabel(
            self.tr(
                "The pupils of both classes go on in one class. Two grades make a combined class "
                "(such as grades 5 and 6); it is kept under one grade, whose chains of last "
                "year come back."
            )
        )
        intro.setWordWrap(True)
        self.other_combo = QComboBox()
        self.other_combo.setObjectName("mergeOtherCombo")
        for other, candidate in enumerate(plan.classes):
            if other != index:
                self.other_combo.addItem(candidate.name, other)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("mergedNameEdit")
        self.grade_spin = QSpinBox()
        self.grade_spin.setObjectName("mergedGradeSpin")
        self.grade_spin.setRange(GRADE_MIN, GRADE_MAX)
        self.grade_spin.setValue(move.grade)
        form = QFormLayout()
        form.addRow(self.tr("Merge &with:"), self.other_combo)
        form.addRow(self.tr("&Name of the merged class:"), self.name_edit)
        form.addRow(self.tr("&Grade:"), self.grade_spin)
        self.doubles_label = QLabel()
        self.doubles_label.setObjectName("mergeDoublesLabel")
        self.doubles_label.setWordWrap(True)
        self.doubles_form = QFormLayout()
        self.rename_edits: dict[int, QLineEdit] = {}
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.doubles_label)
        layout.addLayout(self.doubles_form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        # The likeliest partner first: a class of the same groep, else of the groep next to it.
        nearest = min(
            (i for i in range(len(plan.classes)) if i != index),
            key=lambda i: (abs(plan.classes[i].grade - move.grade), i < index, abs(i - index)),
            default=None,
        )
        if nearest is not None:
            self.other_combo.setCurrentIndex(self.other_combo.findData(nearest))
        self.other_combo.currentIndexChanged.connect(lambda _i: self._other_chosen())
        self._other_chosen()

    def _other_chosen(self) -> None:
        other = self.other_combo.currentData()
        if other is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        first, second = self.source.classes[self.index], self.source.classes[other]
        self.name_edit.setText(merged_name(first, second))
        self.grade_spin.setValue(max(first.grade, second.grade) if first.grade != second.grade else first.grade)
        while self.doubles_form.rowCount():
            self.doubles_form.removeRow(0)
        self.rename_edits.clear()
        merged = self.source.merge(self.index, other)
        at = self.index if self.index < other else self.index - 1
        doubles = {name_key(n) for n in merged.doubles(at)}
        second_ids = set(second.pupil_ids)
        for pupil in merged.pupils_of(at):
            if pupil.id in second_ids and name_key(second.name_of(pupil)) in doubles:
                edit = QLineEdit(second.name_of(pupil) + " ")
                edit.setObjectName(f"renamePupil{pupil.id}")
                self.rename_edits[pupil.id] = edit
                self.doubles_form.addRow(
                    self.tr("%1 (from %2):").replace("%1", second.name_of(pupil)).replace(
                        "%2", second.previous_name or second.name
                    ),
                    edit,
                )
        self.doubles_label.setText(
            self.tr(
                "%n pupils of %1 have a name a pupil of %2 has too. Give them another name in "
                "the merged class, for example with the first letter of the surname.",
                "",
                len(self.rename_edits),
            ).replace("%1", second.name).replace("%2", first.name)
        )
        self.doubles_label.setVisible(bool(self.rename_edits))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.error_label.hide()

    def choose(self, name: str) -> None:
        """Merge with the class called ``name``."""
        self.other_combo.setCurrentIndex(self.other_combo.findText(name))

    def accept(self) -> None:
        other = self.other_combo.currentData()
        name = self.name_edit.text().strip()
        taken = {name_key(n) for n in _others(self.source, self.index, other)}
        if not name or name_key(name) in taken:
            self.error_label.setText(self.tr("Give the merged class a name of its own."))
            self.error_label.show()
            return
        plan = self.source.merge(self.index, other, name=name, grade=self.grade_spin.value())
        at = self.index if self.index < other else self.index - 1
        for pupil_id, edit in self.rename_edits.items():
            plan = plan.rename_pupil(at, pupil_id, edit.text())
        doubles = plan.doubles(at)
        if doubles:
            self.error_label.setText(
                self.tr("Two pupils would both be called %1. Give each a name of its own.").replace(
                    "%1", doubles[0]
                )
            )
            self.error_label.show()
            return
        self.plan = plan
        self.merged_index = at
        super().accept()
