"""The chain builder's "Pupils" tab: each pupil's record in this chain.

A compact table of the class's pupils, filled in after the activity (the tab opens on the
activity's day): who was absent, the talents each pupil recognised in the reflection,
"wil ik meer van weten" and one line in the pupil's own words. Made to be quick by
keyboard: arrows and Tab move, Space ticks a box, Enter (or a double click) chooses the
talents, typing starts the own words.

Every change is stored at once as one undoable command (``ui/record_commands.py``),
independent of the chain's Save; Ctrl+Z in the tab takes back the last change of the
record (and nothing else), Edit > Undo in the window does the same after the builder is
closed. The widgets never query: the tab reads through the workspace
(``store/chain_pupils.py``) and shows plain rows (``ui/models/chain_pupil_table.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.pupil_record import OWN_WORDS_MAX, TALENTS, ChainPupilEntry, Talent
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.chain_pupils import ChainPupilSheet, chain_pupil_sheet
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.chain_builder_widgets import hint_label, message_label
from beroepsplanner.ui.models.chain_pupil_table import ChainPupilTableModel, Column
from beroepsplanner.ui.record_commands import SetChainPupilCommand
from beroepsplanner.ui.widgets import ColumnFitter
from beroepsplanner.ui.workspace import Workspace


class TalentDialog(QDialog):
    """Tick the talents one pupil recognised; OK keeps them, Cancel changes nothing."""

    def __init__(self, pupil_name: str, chosen: tuple[Talent, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talentDialog")
        self.setWindowTitle(self.tr("Talents of %1").replace("%1", pupil_name))
        intro = QLabel(self.tr("Which talents did %1 recognise?").replace("%1", pupil_name))
        intro.setWordWrap(True)
        self.boxes: dict[Talent, QCheckBox] = {}
        grid = QGridLayout()
        rows = (len(TALENTS) + 1) // 2
        for position, talent in enumerate(TALENTS):
            box = QCheckBox(domain_text.talent(talent))
            box.setObjectName(f"talent-{talent.value}")
            box.setChecked(talent in chosen)
            self.boxes[talent] = box
            grid.addWidget(box, position % rows, position // rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.boxes[TALENTS[0]].setFocus()

    def talents(self) -> tuple[Talent, ...]:
        return tuple(t for t in TALENTS if self.boxes[t].isChecked())


class _OwnWordsDelegate(QStyledItemDelegate):
    """One line of at most ``OWN_WORDS_MAX`` characters."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(OWN_WORDS_MAX)
        return editor


class ChainRecordPanel(QWidget):
    """The record of one saved chain (``set_chain``); disabled before the activity's day."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chainRecordPanel")
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.chain_id: int | None = None
        self.date: dt.date | None = None
        self.sheet: ChainPupilSheet | None = None

        self.hint = hint_label()
        self.hint.setObjectName("recordHint")
        self.model = ChainPupilTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("recordTable")
        self.view.setAccessibleName(self.tr("Pupils of the chain"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(Column.OWN_WORDS, _OwnWordsDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Every column inside the tab, however narrow: the own words give way (elided, in
        # full in their tooltip).
        self.fitter = ColumnFitter(
            self.view, Column.OWN_WORDS, (), self.fontMetrics().horizontalAdvance("x" * 6)
        )
        self.message = message_label()
        self.message.setObjectName("recordMessage")

        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action, step in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(step)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        self.model.entryEdited.connect(self._on_edited)
        self.view.doubleClicked.connect(self._on_activated)
        # Enter is the table's own (the view would pass it on to the dialog's Save).
        self.view.installEventFilter(self)
        workspace.dataChanged.connect(self._on_data_changed)
        self.set_chain(None, None)

    # --- what is shown ------------------------------------------------------------------

    def set_chain(self, chain_id: int | None, date: dt.date | None) -> None:
        """Show the record of saved chain ``chain_id`` (None: a chain not saved yet), whose
        activity is on ``date``; before that day the table only shows the pupils."""
        self.chain_id, self.date = chain_id, date
        self.reload()

    def before_activity(self) -> bool:
        """The activity's day has not come yet: nothing to fill in."""
        return self.date is not None and self.date > self.today

    def reload(self) -> None:
        """Read the chain's pupils and their entries again, and say what can be done."""
        chain_id = self.chain_id
        self.sheet = None
        if chain_id is not None:
            try:
                self.sheet = self.workspace.read(lambda s: chain_pupil_sheet(s, chain_id))
            except BeroepsplannerError as exc:
                self._show_message(error_text.error(exc))
        self.model.read_only = self.sheet is None or self.before_activity()
        self.model.set_rows(list(self.sheet.rows) if self.sheet else [])
        self._fit_columns()
        self.view.setEnabled(self.sheet is not None and bool(self.sheet.rows))
        self.hint.setText(self._hint())
        self._update_actions()

    def _fit_columns(self) -> None:
        header, chars = self.view.horizontalHeader(), self.fontMetrics().horizontalAdvance
        widths: dict[int, int] = {
            column: max(header.sectionSizeFromContents(column).width(), 24)
            for column in (Column.ABSENT, Column.WANTS_MORE)
        }
        self.view.resizeColumnToContents(Column.PUPIL)
        widths[Column.PUPIL] = min(self.view.columnWidth(Column.PUPIL), chars("x" * 16))
        widths[Column.TALENTS] = max(header.sectionSizeFromContents(Column.TALENTS).width(), chars("x" * 10))
        widths[Column.OWN_WORDS] = chars("x" * 30)
        # The own words give way, never below their title.
        self.fitter.flexible_min = header.sectionSizeFromContents(Column.OWN_WORDS).width()
        self.fitter.fit(widths)

    def _hint(self) -> str:
        if self.chain_id is None:
            return self.tr("Save the chain first; after the activity you fill in here who was "
                           "absent and what each pupil recognised.")
        if self.sheet is not None and not self.sheet.rows:
            return self.tr("%1 has no pupils yet (Classes screen).").replace(
                "%1", self.sheet.class_name
            )
        if self.before_activity() and self.date is not None:
            return self.tr(
                "From %1, the day of the activity, you fill in here who was absent and what "
                "each pupil recognised in the reflection."
            ).replace("%1", domain_text.date_text(self.date))
        return self.tr(
            "Saved at once, for each pupil's record (File > Print). Space ticks a box, "
            "Enter chooses talents, typing writes the own words; Ctrl+Z takes a change back."
        )

    def _on_data_changed(self, subject: str) -> None:
        # Only while shown: a closed builder stays a child of the window and must not
        # read the database at every change.
        if subject in ("chains", "classes") and self.chain_id is not None and self.isVisible():
            self.reload()

    # --- changing -----------------------------------------------------------------------

    def _on_edited(self, entry: ChainPupilEntry, name: str) -> None:
        self.save(entry, name)

    def save(self, entry: ChainPupilEntry, name: str) -> bool:
        """Store ``entry`` as one undoable step; False (the reason shown) when refused."""
        try:
            self.workspace.execute(SetChainPupilCommand(entry, name))
        except BeroepsplannerError as exc:
            self._show_message(error_text.error(exc))
            return False
        self._show_message("")
        self._update_actions()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the table (not while writing the own words): choose the talents, write
        the own words, or go one pupil down; never the dialog's Save."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid() and not self.model.read_only and index.column() in (
                Column.TALENTS, Column.OWN_WORDS
            ):
                self._on_activated(index)
            elif index.isValid() and index.row() + 1 < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(index.row() + 1, index.column()))
            return True
        return super().eventFilter(watched, event)

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Enter or a double click: choose the talents, or write the own words."""
        if self.model.read_only or not index.isValid():
            return
        if index.column() == Column.TALENTS:
            self.choose_talents(index.row())
        elif index.column() == Column.OWN_WORDS and self.view.state() != QAbstractItemView.State.EditingState:
            self.view.edit(self.model.index(index.row(), index.column()))

    def choose_talents(self, row: int) -> bool:
        """Open the talents of the pupil on ``row``; True when a change was stored."""
        pupil = self.model.row(row)
        dialog = TalentDialog(pupil.display_name, pupil.entry.talents, self)
        chosen = dialog.talents() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None or chosen == pupil.entry.talents:
            return False
        saved = self.save(dataclasses.replace(pupil.entry, talents=chosen), pupil.display_name)
        self.view.setCurrentIndex(self.model.index(row, Column.TALENTS))
        return saved

    # --- undo within the tab ------------------------------------------------------------------

    def _top_is_record(self, *, redo: bool) -> bool:
        stack = self.workspace.undo_stack
        index = stack.index() if redo else stack.index() - 1
        if not 0 <= index < stack.count():
            return False
        command = stack.command(index)
        return isinstance(command, SetChainPupilCommand) and command.entry.chain_id == self.chain_id

    def undo(self) -> None:
        """Take back the last change, when it is a change of this chain's record."""
        if self._top_is_record(redo=False):
            self.workspace.undo_stack.undo()
        self._update_actions()

    def redo(self) -> None:
        if self._top_is_record(redo=True):
            self.workspace.undo_stack.redo()
        self._update_actions()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self._top_is_record(redo=False))
        self.redo_action.setEnabled(self._top_is_record(redo=True))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
