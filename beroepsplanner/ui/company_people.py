"""Parts of the company form: the checkable lists (worlds, professions) and the two small
editable tables of people (contact persons, role models)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.company_details import Choice, ContactDetails, RoleModelDetails
from beroepsplanner.ui.widgets import cell

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LINKS_ROLE = Qt.ItemDataRole.UserRole + 2


class CheckList(QWidget):
    """A list of choices with a check box each, optionally with a filter line above it.

    With ``add_text`` a button below the filter offers to add what was typed when no
    choice has that name (Enter in the filter does the same): ``addRequested``.
    """

    changed = Signal()
    addRequested = Signal(str)
    """The user asks to add the typed name as a new choice."""

    def __init__(
        self, *, filter_placeholder: str = "", add_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        # Narrow windows: the list scrolls rather than making the window wider.
        self.view.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.filter_edit: QLineEdit | None = None
        if filter_placeholder:
            self.filter_edit = QLineEdit()
            self.filter_edit.setPlaceholderText(filter_placeholder)
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.setMinimumWidth(120)
            self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
            self.filter_edit.setAccessibleName(filter_placeholder.rstrip("…."))
            layout.addWidget(self.filter_edit)
        self.add_text = add_text
        self.add_button: QPushButton | None = None
        if self.filter_edit is not None and add_text:
            self.add_button = QPushButton()
            self.add_button.setObjectName("addChoiceButton")
            self.add_button.hide()
            self.add_button.clicked.connect(self._request_add)
            self.filter_edit.textChanged.connect(self._update_add_button)
            self.filter_edit.returnPressed.connect(self._request_add)
            layout.addWidget(self.add_button)
        layout.addWidget(self.view)
        self._loading = False
        self.model.itemChanged.connect(self._on_item_changed)

    def set_choices(self, choices: Iterable[Choice]) -> None:
        """Replace the choices; those still there stay checked (unsaved input is kept)."""
        checked = set(self.checked())
        self._loading = True
        try:
            self.model.clear()
            for choice in choices:
                item = QStandardItem(choice.name)
                item.setData(choice.key, KEY_ROLE)
                item.setCheckable(True)
                item.setEditable(False)
                if choice.key in checked:
                    item.setCheckState(Qt.CheckState.Checked)
                self.model.appendRow(item)
        finally:
            self._loading = False
        self._update_add_button()

    def typed_name(self) -> str:
        """The filter text when no choice has that name (what "add" would add), else ""."""
        if self.filter_edit is None:
            return ""
        typed = " ".join(self.filter_edit.text().split())
        names = {self.model.item(row).text().casefold() for row in range(self.model.rowCount())}
        return typed if typed and typed.casefold() not in names else ""

    def _update_add_button(self, _text: str = "") -> None:
        if self.add_button is None:
            return
        typed = self.typed_name()
        self.add_button.setText(self.add_text.replace("%1", typed))
        self.add_button.setVisible(bool(typed))

    def _request_add(self) -> None:
        typed = self.typed_name()
        if typed and self.add_button is not None:
            self.addRequested.emit(typed)

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        self._loading = True
        try:
            for row in range(self.model.rowCount()):
                item = self.model.item(row)
                on = item.data(KEY_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.model.item(row).data(KEY_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        )

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._loading:
            self.changed.emit()

    def check(self, key: str, on: bool = True) -> None:
        """Check (or uncheck) the choice with ``key``, as a click would."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class PeopleTable(QWidget):
    """A small editable table with buttons to add and remove a row."""

    changed = Signal()

    def __init__(self, headers: list[str], add_text: str, remove_text: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self) -> int:
        """Add an empty row at the end and start editing its first cell."""
        row = self.table.rowCount()
        self._insert([""] * self.table.columnCount(), [], row)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(cell(self.table, row, 0))
        self.changed.emit()
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def is_checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _insert(self, texts: list[str], checks: list[bool], row: int) -> None:
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if text:
                item.setToolTip(text)  # long descriptions are elided in the cell
            self.table.setItem(row, column, item)
        first_check = len(texts) - len(checks)
        for offset, on in enumerate(checks):
            item = QTableWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(row, first_check + offset, item)
        self.table.blockSignals(False)

    def _clear(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)

    def _row_is_empty(self, row: int) -> bool:
        return not any(self.text(row, c) for c in range(self.table.columnCount())) and not any(
            self.is_checked(row, c) for c in range(self.table.columnCount())
        )


class ContactTable(PeopleTable):
    """Contact persons: name, role, e-mail, phone."""

    def set_contacts(self, contacts: Iterable[ContactDetails]) -> None:
        self._clear()
        for row, c in enumerate(contacts):
            self._insert([c.name, c.role, c.email, c.phone], [], row)

    def contacts(self) -> tuple[ContactDetails, ...]:
        """The contacts typed; rows left entirely empty are ignored."""
        return tuple(
            ContactDetails(
                name=self.text(row, 0),
                role=self.text(row, 1),
                email=self.text(row, 2),
                phone=self.text(row, 3),
            )
            for row in range(self.table.rowCount())
            if not self._row_is_empty(row)
        )


class ProfessionDelegate(QStyledItemDelegate):
    """Edits a profession as an editable combo box: a catalog profession or free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems(self.names)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(index.data() or "")

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())


class RoleModelTable(PeopleTable):
    """Role models: name, profession, description, counter-stereotypical, parent.

    A row keeps the chains its person is linked to, also when the name is
    changed, so the store can keep (or, on undo, restore) those links.
    """

    NAME, PROFESSION, DESCRIPTION, COUNTER, PARENT = range(5)

    def __init__(self, headers: list[str], add_text: str, remove_text: str) -> None:
        super().__init__(headers, add_text, remove_text)
        self.delegate = ProfessionDelegate(self.table)
        self.table.setItemDelegateForColumn(self.PROFESSION, self.delegate)
        self._name_of: dict[str, str] = {}
        self._key_of: dict[str, str] = {}

    def set_professions(self, professions: Iterable[Choice]) -> None:
        self._name_of = {p.key: p.name for p in professions}
        self._key_of = {name.casefold(): key for key, name in self._name_of.items()}
        self.delegate.names = list(self._name_of.values())

    def set_role_models(self, role_models: Iterable[RoleModelDetails]) -> None:
        self._clear()
        for row, r in enumerate(role_models):
            profession = self._name_of.get(r.profession, r.profession)
            self._insert(
                [r.name, profession, r.description, "", ""],
                [r.counter_stereotypical, r.is_parent],
                row,
            )
            cell(self.table, row, self.NAME).setData(LINKS_ROLE, list(r.linked_chains))

    def role_models(self) -> tuple[RoleModelDetails, ...]:
        """The role models typed; rows left entirely empty are ignored."""
        found = []
        for row in range(self.table.rowCount()):
            if self._row_is_empty(row):
                continue
            profession = self.text(row, self.PROFESSION)
            links = cell(self.table, row, self.NAME).data(LINKS_ROLE) or []
            found.append(
                RoleModelDetails(
                    name=self.text(row, self.NAME),
                    profession=self._key_of.get(profession.casefold(), profession),
                    description=self.text(row, self.DESCRIPTION),
                    counter_stereotypical=self.is_checked(row, self.COUNTER),
                    is_parent=self.is_checked(row, self.PARENT),
                    linked_chains=tuple(links),
                )
            )
        return tuple(found)

    def add_row(self) -> int:
        row = self.table.rowCount()
        self._insert(["", "", "", "", ""], [False, False], row)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(cell(self.table, row, 0))
        self.changed.emit()
        return row


def fit_people_columns(table: QTableWidget, stretch: int, narrow: Iterable[int] = ()) -> None:
    """``narrow`` columns as wide as their content, the others share the rest of the width,
    so that no column is squeezed below its title on a small screen (``stretch``, kept
    for the callers, is one of the sharing columns)."""
    header = table.horizontalHeader()
    narrow = set(narrow)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents if column in narrow else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
