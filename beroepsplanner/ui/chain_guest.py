"""The chain builder's guest: a parent of the register as the guest of a guest lesson.

A row under the company ("Guest (parent):" with the register's parents of the class's
school year, the class's own first, and "Suggest…"), shown for an activity with a guest (a
guest lesson, a format of one guest such as Beeldenbrekers). The parent is linked as a role
model of the chain (``store/parents.py``: every parent has one, without a company), so the
rules, the paper and the line count the parent like any other role model.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.domain.parent_matching import ParentSuggestion
from beroepsplanner.domain.parents import ParentInfo
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.chain_editing import ChainForm
from beroepsplanner.store.parent_matching import suggest_parents_for_class, takes_a_guest
from beroepsplanner.store.parents import guest_choices
from beroepsplanner.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class ParentGuestRow(QWidget):
    """Choose a parent of the register as the chain's guest; ``changed`` when chosen."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.chain_id: int | None = None
        self.parents: list[ParentInfo] = []
        self.label = QLabel(self.tr("&Guest (parent):"))
        self.combo = QComboBox()
        self.combo.setObjectName("guestCombo")
        self.label.setBuddy(self.combo)
        self.suggest_button = QPushButton(self.tr("Suggest…"))
        self.suggest_button.setObjectName("suggestParentButton")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setToolTip(
            self.tr("Parents of the register who offered a guest lesson, best first")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.suggest_button)
        self.combo.activated.connect(lambda _index: self.changed.emit())
        self.suggest_button.clicked.connect(lambda _checked=False: self.suggest())
        self._form: ChainForm | None = None

    @property
    def parent_role_ids(self) -> frozenset[int]:
        """The role models of the parents offered (a chain's others are a company's)."""
        return frozenset(p.role_model_id for p in self.parents if p.role_model_id is not None)

    def show_for(self, form: ChainForm | None, activity: ActivitySummary | None) -> None:
        """Show the guest of ``form``; hidden for an activity without a guest."""
        self._form = form
        shown = form is not None and activity is not None and takes_a_guest(activity.kind, activity.one_guest)
        self.setVisible(shown)
        self.label.setVisible(shown)
        if not shown or form is None:
            return
        try:
            self.parents = self.workspace.read(lambda s: guest_choices(s, form.class_id))
        except BeroepsplannerError:
            self.parents = []
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— no parent —"), None)
        for info in self.parents:
            job = f", {info.job}" if info.job else ""
            self.combo.addItem(f"{info.first_name} ({info.class_text}{job})", info.role_model_id)
        chosen = next((i for i in form.role_model_ids if i in self.parent_role_ids), None)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)) if chosen is not None else 0)
        self.combo.blockSignals(False)
        self.suggest_button.setEnabled(bool(self.parents))

    def with_guest(self, form: ChainForm) -> ChainForm:
        """``form`` with the parent chosen as its guest (and no other parent)."""
        others = tuple(i for i in form.role_model_ids if i not in self.parent_role_ids)
        chosen = self.combo.currentData()
        return dataclasses.replace(form, role_model_ids=others + ((chosen,) if chosen else ()))

    def suggest(self) -> bool:
        """Offer the parents who fit; the one chosen becomes the guest."""
        form = self._form
        if form is None:
            return False
        try:
            suggestions = self.workspace.read(
                lambda s: suggest_parents_for_class(
                    s, form.class_id, form.activity_key, chain_id=self.chain_id
                )
            )
        except BeroepsplannerError:
            return False
        dialog = ParentSuggestionsDialog(suggestions, self)
        chosen = dialog.chosen_role_model if dialog.exec() else None
        dialog.deleteLater()
        index = self.combo.findData(chosen) if chosen is not None else -1
        if index < 0:
            return False
        self.combo.setCurrentIndex(index)
        self.changed.emit()
        return True


class ParentSuggestionModel(QAbstractTableModel):
    """Ranked parents: first name and class, job, score and the Dutch reasons."""

    def __init__(self, suggestions: list[ParentSuggestion], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.suggestions = list(suggestions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.suggestions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Parent"), self.tr("Job"), self.tr("Score"), self.tr("Why"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        found = self.suggestions[index.row()]
        column = index.column()
        if column == 0:
            return f"{found.parent.first_name} ({found.parent.class_name})"
        if column == 1:
            return found.parent.job
        if column == 2:
            return str(found.score)
        return ("\n" if role == Qt.ItemDataRole.ToolTipRole else "; ").join(_reasons(found))


def _reasons(found: ParentSuggestion) -> list[str]:
    """The reasons in the window's language (the domain's Dutch reasons by key)."""
    return [_reason(key, args) for key, args in found.reason_keys]


def _reason(key: str, args: tuple[object, ...]) -> str:
    translate = QCoreApplication.translate
    found = {
        "own-class": translate("ParentSuggestions", "parent from %1"),
        "other-class": translate("ParentSuggestions", "parent from %1"),
        "not-met": translate("ParentSuggestions", "%1 has not met %2 yet"),
        "fits": translate("ParentSuggestions", "fits %1"),
        "job-unknown": translate("ParentSuggestions", "job unknown"),
        "counter-stereotypical": translate("ParentSuggestions", "breaks a stereotype"),
        "guest-already": translate("ParentSuggestions", "already a guest %1 times with %2 this school year"),
    }.get(key, key)
    if key == "guest-already" and args and args[0] == 1:
        found = translate("ParentSuggestions", "already a guest with %2 this school year")
    for number, value in enumerate(args, start=1):
        found = found.replace(f"%{number}", str(value))
    return found


class ParentSuggestionsDialog(QDialog):
    """Shows the suggested parents; ``chosen_role_model`` is the guest picked (or None)."""

    def __init__(self, suggestions: list[ParentSuggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parents who fit"))
        self.chosen_role_model: int | None = None
        self.model = ParentSuggestionModel(suggestions, self)
        intro = QLabel(
            self.tr("Parents who offered a guest lesson: first a job in a world the class has "
                    "not met yet, a parent of the class itself, a parent who breaks a stereotype.")
        )
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName("parentSuggestionView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        empty = QLabel(self.tr("No parent in the register offered a guest lesson yet (Classes > Parents)."))
        empty.setWordWrap(True)
        empty.setVisible(not suggestions)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(suggestions))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        self.resize(760, 380)
        if suggestions:
            self.view.selectRow(0)

    def accept(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen_role_model = self.model.suggestions[rows[0].row()].parent.role_model_id
        super().accept()
