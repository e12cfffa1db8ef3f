"""The chain builder's dialog for the brief for the company (issue 17 item 1): the arrival at
and departure from the company (a guest lesson: its start and end), the goal of the visit,
the class's research question, the questions the pupils will ask and the day programme.

The panel shows and gives back the ``BriefFields`` of a ``ChainForm``; the chain builder
(its "Company brief…" button, beside the company) puts them in the form it saves when the
dialog is closed with OK, so a save (with its undo) carries them like every other field. The day programme starts as the proposal from the times
(``domain.company_brief.default_programme``), shown in grey; the first edit makes it the
chain's own, and "Back to the proposal" lets the times decide again.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.company_brief import (
    PROGRAMME_MAX,
    PROGRAMME_TEXT_MAX,
    BriefFields,
    ProgrammeItem,
    default_programme,
)
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.ui.chain_transport import _set_time, _time_edit, _time_of

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_clock(value: str) -> dt.time | None:
    """``9:30``, ``09.30`` → 09:30; empty or not a time of day → None."""
    match = _CLOCK.match(value)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


class BriefPanel(QWidget):
    """The brief's fields of one chain; ``changed`` after every edit by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanel")
        self._quiet = False
        self._kind = ActivityKind.COMPANY_VISIT
        self._minutes: int | None = None
        self._own_programme = False

        not_known = self.tr("not known")
        self.start_edit = _time_edit(not_known)
        self.start_edit.setObjectName("visitStart")
        self.end_edit = _time_edit(not_known)
        self.end_edit.setObjectName("visitEnd")
        self.start_edit.setAccessibleName(self.tr("Arrival (a guest lesson: start)"))
        self.end_edit.setAccessibleName(self.tr("Departure (a guest lesson: end)"))
        self.goal_edit = QPlainTextEdit()
        self.goal_edit.setObjectName("visitGoal")
        self.goal_edit.setPlaceholderText(
            self.tr("Empty: the brief says the pupils discover the work, the people and what "
                    "you can learn for it.")
        )
        self.goal_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.question_edit = QLineEdit()
        self.question_edit.setObjectName("researchQuestion")
        self.question_edit.setPlaceholderText(self.tr("for example: How does the heat get into our house?"))
        self.pupil_questions_edit = QPlainTextEdit()
        self.pupil_questions_edit.setObjectName("pupilQuestions")
        self.pupil_questions_edit.setPlaceholderText(self.tr("One question per line"))
        self.pupil_questions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.programme_table = QTableWidget(0, 2)
        self.programme_table.setObjectName("programmeTable")
        self.programme_table.setAccessibleName(self.tr("Day programme"))
        self.programme_table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("What")])
        self.programme_table.verticalHeader().hide()
        header = self.programme_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.programme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.programme_table.setWordWrap(True)
        self.add_button = QPushButton(self.tr("+ Step"))
        self.add_button.setObjectName("addProgrammeStep")
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.setObjectName("removeProgrammeStep")
        self.proposal_button = QPushButton(self.tr("Back to the proposal"))
        self.proposal_button.setObjectName("programmeProposal")
        self.proposal_button.setToolTip(
            self.tr("Let the times decide the programme again (arrival, welcome, groups, "
                    "questions, closing)")
        )
        for button in (self.add_button, self.remove_button, self.proposal_button):
            button.setAutoDefault(False)
        self.programme_hint = QLabel()
        self.programme_hint.setObjectName("programmeHint")
        self.programme_hint.setWordWrap(True)
        self.programme_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("until")))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.times_label = QLabel(self.tr("&Arrival and departure:"))
        self.times_label.setBuddy(self.start_edit)
        form = QFormLayout()
        form.addRow(self.times_label, times)
        form.addRow(self._buddy(self.tr("&Goal of the visit:"), self.goal_edit), self.goal_edit)
        form.addRow(self._buddy(self.tr("Research &question:"), self.question_edit), self.question_edit)
        form.addRow(
            self._buddy(self.tr("What the pupils &will ask:"), self.pupil_questions_edit),
            self.pupil_questions_edit,
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.proposal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Day programme:")))
        layout.addWidget(self.programme_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.programme_hint)

        self.start_edit.timeChanged.connect(lambda _t: self._times_edited())
        self.end_edit.timeChanged.connect(lambda _t: self._times_edited())
        self.goal_edit.textChanged.connect(self._edited)
        self.question_edit.textChanged.connect(lambda _text: self._edited())
        self.pupil_questions_edit.textChanged.connect(self._edited)
        self.programme_table.itemChanged.connect(lambda _item: self._programme_edited())
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.proposal_button.clicked.connect(self.back_to_proposal)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- form <-> widgets ---------------------------------------------------------------

    def show_fields(
        self, fields: BriefFields, kind: ActivityKind, duration_minutes: int | None
    ) -> None:
        """Show ``fields`` of a chain whose activity is ``kind`` (lasting
        ``duration_minutes``), without emitting ``changed``."""
        self._kind, self._minutes = kind, duration_minutes
        at_school = not kind.is_outing
        self.times_label.setText(
            self.tr("&Start and end:") if at_school else self.tr("&Arrival and departure:")
        )
        if fields == self.values():
            self._show_programme(fields.programme)
            return
        self._quiet = True
        try:
            _set_time(self.start_edit, fields.visit_start)
            _set_time(self.end_edit, fields.visit_end)
            self.goal_edit.setPlainText(fields.goal)
            self.question_edit.setText(fields.research_question)
            self.pupil_questions_edit.setPlainText(fields.pupil_questions)
        finally:
            self._quiet = False
        self._show_programme(fields.programme)

    def values(self) -> BriefFields:
        """The brief's fields as the panel shows them."""
        return BriefFields(
            visit_start=_time_of(self.start_edit),
            visit_end=_time_of(self.end_edit),
            goal=self.goal_edit.toPlainText(),
            research_question=self.question_edit.text(),
            pupil_questions=self.pupil_questions_edit.toPlainText(),
            programme=self._table_programme() if self._own_programme else None,
        )

    def _table_programme(self) -> tuple[ProgrammeItem, ...]:
        items = []
        for row in range(self.programme_table.rowCount()):
            time_item, what_item = self.programme_table.item(row, 0), self.programme_table.item(row, 1)
            what = what_item.text()[:PROGRAMME_TEXT_MAX] if what_item is not None else ""
            time = parse_clock(time_item.text()) if time_item is not None else None
            items.append(ProgrammeItem(time, what))
        return tuple(items)

    def _show_programme(self, programme: tuple[ProgrammeItem, ...] | None) -> None:
        self._own_programme = programme is not None
        shown = programme if programme is not None else default_programme(
            self._kind, _time_of(self.start_edit), _time_of(self.end_edit), self._minutes
        )
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.programme_table.blockSignals(True)
        try:
            self.programme_table.setRowCount(len(shown))
            for row, item in enumerate(shown):
                cells = (f"{item.time:%H:%M}" if item.time else "", item.what)
                for column, value in enumerate(cells):
                    cell = QTableWidgetItem(value)
                    if programme is None:
                        cell.setForeground(grey)
                    self.programme_table.setItem(row, column, cell)
            self.programme_table.resizeRowsToContents()
        finally:
            self.programme_table.blockSignals(False)
        self.programme_hint.setText(
            self.tr("The programme as you made it for this chain.")
            if programme is not None
            else self.tr("A proposal from the times, in Dutch like the brief; change a step to "
                         "make it your own.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.proposal_button.setEnabled(self._own_programme)
        self.add_button.setEnabled(self.programme_table.rowCount() < PROGRAMME_MAX)
        self.remove_button.setEnabled(self.programme_table.rowCount() > 0)

    # --- editing the programme -------------------------------------------------------------

    def add_step(self) -> None:
        """A new empty step at the end (the programme becomes the chain's own)."""
        programme = (*self._table_programme(), ProgrammeItem(None, self.tr("New step")))
        self._show_programme(programme[:PROGRAMME_MAX])
        self.programme_table.setCurrentCell(self.programme_table.rowCount() - 1, 1)
        self._edited()

    def remove_step(self) -> None:
        """Remove the selected step (else the last)."""
        rows = self.programme_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.programme_table.rowCount() - 1
        programme = self._table_programme()
        if not 0 <= row < len(programme):
            return
        self._show_programme(programme[:row] + programme[row + 1 :])
        self._edited()

    def back_to_proposal(self) -> None:
        self._show_programme(None)
        self._edited()

    def _programme_edited(self) -> None:
        """A cell was changed: the programme is the chain's own from now on; a time that is
        not a time of day is said (and left out) rather than silently kept."""
        typed = [
            self.programme_table.item(row, 0) for row in range(self.programme_table.rowCount())
        ]
        wrong = [
            item.text() for item in typed
            if item is not None and item.text().strip() and parse_clock(item.text()) is None
        ]
        self._show_programme(self._table_programme())
        if wrong:
            self.programme_hint.setText(
                self.tr("'%1' is not a time; type a time such as 09:30.").replace("%1", wrong[0])
            )
        self._edited()

    def _times_edited(self) -> None:
        if not self._own_programme:
            self._show_programme(None)  # the proposal follows the times
        self._edited()

    def _edited(self) -> None:
        if not self._quiet:
            self.changed.emit()


class BriefDialog(QDialog):
    """The ``BriefPanel`` of one chain with OK and Cancel; the chain builder takes
    ``panel.values()`` after OK."""

    def __init__(
        self,
        fields: BriefFields,
        kind: ActivityKind,
        duration_minutes: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("Brief for the company"))
        self.panel = BriefPanel(self)
        self.panel.show_fields(fields, kind, duration_minutes)
        note = QLabel(
            self.tr("Saved with the chain (Save). Print the brief with File > Print… > Brief "
                    "for the company.")
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 90, self.sizeHint().height())

    def set_read_only(self, read_only: bool) -> None:
        """A locked school year: the brief is shown, not changed."""
        self.panel.setEnabled(not read_only)


__all__ = ["BriefDialog", "BriefPanel", "parse_clock"]
