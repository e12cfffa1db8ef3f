"""The first four steps of the new-school-year wizard (``ui/next_year_wizard.py``): the
year, the classes, split and merge, the new groep 1. Each works on the wizard's
``NextYearPlan`` (``wizard().plan``) and writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from beroepsplanner.domain.next_year import ClassMove, NextYearPlan, split_names
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.ui.models.next_year_table import MoveColumn, NextYearClassModel
from beroepsplanner.ui.next_year_split import MergeClassesDialog, SplitClassDialog
from beroepsplanner.ui.pupil_privacy import ClassListDialog
from beroepsplanner.ui.widgets import record_table
from beroepsplanner.ui.workspace import Workspace

_Resize = QHeaderView.ResizeMode


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _hint(text: str) -> QLabel:
    label = _text(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _class_table(name: str, model: NextYearClassModel, *, editable: bool) -> QTableView:
    view = record_table(name)
    view.setModel(model)
    if editable:
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
    header = view.horizontalHeader()
    for column in MoveColumn:
        header.setSectionResizeMode(column, _Resize.ResizeToContents)
    header.setSectionResizeMode(MoveColumn.TEACHER, _Resize.Stretch)
    return view


class _Page(QWizardPage):
    def plan(self) -> NextYearPlan:
        return self.wizard().plan  # type: ignore[attr-defined]  # the wizard is NextYearWizard

    def set_plan(self, plan: NextYearPlan) -> None:
        self.wizard().plan = plan  # type: ignore[attr-defined]


class YearPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The next school year"))
        self.label = _text()
        self.label.setObjectName("nextYearLabel")
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        for line in (
            self.tr("Every class of grades 1–7 goes up one grade with its pupils."),
            self.tr("Grade 8 leaves for secondary school; a new grade 1 arrives."),
            self.tr(
                "The chains each grade had last year come back as concepts, in the same "
                "school week. Companies confirm again for the new year."
            ),
            self.tr(
                "Last year stays exactly as it was and is closed: read only, until you "
                "unlock it."
            ),
        ):
            layout.addWidget(_text("• " + line))
        layout.addSpacing(8)
        layout.addWidget(
            _hint(
                self.tr(
                    "The next steps show all of it, and you can change the classes. Nothing is "
                    "changed before Do it, and Edit > Undo takes the whole move back."
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        plan = self.plan()
        self.setSubTitle(
            self.tr("Only the school year after the newest one can be made.")
        )
        self.label.setText(
            self.tr("From school year %1 to school year %2.")
            .replace("%1", plan.from_label)
            .replace("%2", plan.label)
        )


class ClassesStep(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The classes of the new school year"))
        self.setSubTitle(self.tr("Double-click a name, grade or teacher to change it."))
        self.model = NextYearClassModel(self)
        self.view = _class_table("nextYearClassView", self.model, editable=True)
        self.view.setAccessibleName(self.tr("Classes of the new school year"))
        self.model.planEdited.connect(self.set_plan)
        self.leaving_label = _text()
        self.leaving_label.setObjectName("leavingLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.leaving_label)

    def initializePage(self) -> None:
        plan = self.plan()
        self.model.set_plan(plan)
        parts = []
        if plan.leaving:
            parts.append(
                self.tr(
                    "Leaving: %1 (%n pupils) go to secondary school; they stay in the history "
                    "of %2.",
                    "",
                    plan.leaving_pupils,
                )
                .replace("%1", ", ".join(plan.leaving))
                .replace("%2", plan.from_label)
            )
        behind = plan.staying_behind()
        if behind:
            parts.append(
                self.tr("%n pupils are in no class of the new year and leave the school: %1.", "", len(behind))
                .replace("%1", ", ".join(p.name for p in behind))
            )
        self.leaving_label.setText("\n".join(parts))
        self.leaving_label.setVisible(bool(parts))


class SplitMergeStep(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Split and merge"))
        self.setSubTitle(
            self.tr(
                "Split a class in two (you choose who goes where), or merge two classes into "
                "one, such as a combined class of grades 5 and 6."
            )
        )
        self.model = NextYearClassModel(self, editable=False)
        self.view = _class_table("splitMergeView", self.model, editable=False)
        self.view.setAccessibleName(self.tr("Classes of the new school year"))
        self.split_button = QPushButton(self.tr("&Split…"))
        self.split_button.setObjectName("splitButton")
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergeButton")
        self.reset_button = QPushButton(self.tr("Back to the &proposal"))
        self.reset_button.setObjectName("resetPlanButton")
        self.reset_button.setToolTip(self.tr("Undo every split, merge and change of this wizard"))
        self.split_button.clicked.connect(self.split)
        self.merge_button.clicked.connect(self.merge)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        for button in (self.split_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    def initializePage(self) -> None:
        self._show(self.plan())

    def _show(self, plan: NextYearPlan, select: int = 0) -> None:
        self.set_plan(plan)
        self.model.set_plan(plan)
        if plan.classes:
            self.view.selectRow(min(select, len(plan.classes) - 1))
        self._update()

    def selected(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self) -> None:
        index = self.selected()
        move = self.plan().classes[index] if index is not None else None
        self.split_button.setEnabled(move is not None and len(move.pupil_ids) > 1)
        self.merge_button.setEnabled(move is not None and len(self.plan().classes) > 1)

    def split(self) -> None:
        index = self.selected()
        if index is None:
            return
        dialog = SplitClassDialog(self.plan(), index, self)
        if dialog.exec() and dialog.plan is not None:
            self._show(dialog.plan, index + 1)
        dialog.deleteLater()

    def merge(self) -> None:
        index = self.selected()
        if index is None:
            return
        dialog = MergeClassesDialog(self.plan(), index, self)
        if dialog.exec() and dialog.plan is not None:
            self._show(dialog.plan, dialog.merged_index)
        dialog.deleteLater()

    def reset(self) -> None:
        self._show(self.wizard().proposal)  # type: ignore[attr-defined]


class GroupOneStep(_Page):
    """The new grade 1 classes: empty, or the names of a class list."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The new grade 1"))
        self.setSubTitle(
            self.tr(
                "A new grade 1 starts empty, or with the names of a class list. Double-click a "
                "name or teacher to change it."
            )
        )
        self.model = NextYearClassModel(self)
        self.model.planEdited.connect(self.set_plan)
        self.view = _class_table("groupOneView", self.model, editable=True)
        self.view.setAccessibleName(self.tr("New classes"))
        self.view.setColumnHidden(MoveColumn.FROM, True)
        self.names_label = QLabel()
        self.names_label.setObjectName("groupOneNamesLabel")
        self.empty_label = _hint(self.tr("Empty: add the pupils later, on the Classes page."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.names = QStringListModel(self)
        self.names_view = QListView()
        self.names_view.setObjectName("groupOneNames")
        self.names_view.setAccessibleName(self.tr("Pupils of the new class"))
        self.names_view.setModel(self.names)
        self.names_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_button = QPushButton(self.tr("&Class list…"))
        self.list_button.setObjectName("classListButton")
        self.empty_button = QPushButton(self.tr("&Empty"))
        self.empty_button.setObjectName("emptyButton")
        self.add_button = QPushButton(self.tr("&Add a grade 1"))
        self.add_button.setObjectName("addGroupOneButton")
        self.leave_button = QPushButton(self.tr("&Leave out"))
        self.leave_button.setObjectName("leaveOutButton")
        self.list_button.clicked.connect(self.choose_class_list)
        self.empty_button.clicked.connect(lambda: self._change(lambda p, i: p.set_new_pupils(i, [])))
        self.add_button.clicked.connect(self.add_group_one)
        self.leave_button.clicked.connect(self.leave_out)
        self.none_label = _hint(self.tr("No new class without pupils of last year."))
        buttons = QHBoxLayout()
        for button in (self.list_button, self.empty_button, self.add_button, self.leave_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.names_label.setBuddy(self.names_view)
        names = QVBoxLayout()
        names.addWidget(self.names_label)
        names.addWidget(self.names_view, 1)
        names.addWidget(self.empty_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.view, 3)
        row.addLayout(names, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.none_label)
        layout.addLayout(buttons)
        self.rows: list[int] = []
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    def initializePage(self) -> None:
        self._show(self.plan())

    def _show(self, plan: NextYearPlan, select: int = 0) -> None:
        self.set_plan(plan)
        self.rows = [i for i, m in enumerate(plan.classes) if not m.previous_ids]
        self.model.set_plan(plan, self.rows)
        if self.rows:
            self.view.selectRow(min(select, len(self.rows) - 1))
        self.none_label.setVisible(not self.rows)
        self._update()

    def selected(self) -> int | None:
        """The index in the plan of the class selected."""
        rows = self.view.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update(self) -> None:
        index = self.selected()
        move = self.plan().classes[index] if index is not None else None
        self.names.setStringList(list(move.new_pupils) if move else [])
        self.names_label.setText(
            self.tr("Pupils of %1 (%n)", "", move.pupils).replace("%1", move.name) if move else ""
        )
        self.names_view.setVisible(move is not None and bool(move.new_pupils))
        self.empty_label.setVisible(move is not None and not move.new_pupils)
        for button in (self.list_button, self.leave_button):
            button.setEnabled(move is not None)
        self.empty_button.setEnabled(move is not None and bool(move.new_pupils))

    def _change(self, change) -> None:  # type: ignore[no-untyped-def]
        index = self.selected()
        if index is not None:
            position = self.rows.index(index)
            self._show(change(self.plan(), index), position)

    def choose_class_list(self) -> None:
        index = self.selected()
        if index is None:
            return
        move = self.plan().classes[index]
        info = ClassInfo(0, move.name, move.grade, move.teacher, self.plan().label, 0, 0)
        workspace: Workspace = self.wizard().workspace  # type: ignore[attr-defined]
        dialog = ClassListDialog(workspace, info, self, new_class=True)
        if dialog.exec() and dialog.names is not None:
            names = dialog.names
            self._change(lambda p, i: p.set_new_pupils(i, names))
        dialog.deleteLater()

    def add_group_one(self) -> None:
        plan = self.plan()
        # Named after the school's own groep 1 ("Groep 1" → "Groep 1b"): a name is data.
        first = next((m.name for m in plan.classes if m.grade == 1), "Groep 1")
        _kept, name = split_names(first, [m.name for m in plan.classes])
        plan = plan.with_class_added(ClassMove(name=name, grade=1, teacher=""))
        self._show(plan, len(self.rows))

    def leave_out(self) -> None:
        index = self.selected()
        if index is not None:
            self._show(self.plan().without_class(index), max(0, self.rows.index(index) - 1))
