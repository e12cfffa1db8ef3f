"""The chain builder: one chain of preparation lessons, an activity and reflection lessons.

Left the teacher picks class, activity, company and date; the lessons are proposed on
school days around the activity and can be moved, added and removed. Right the rules'
findings follow every edit (``store.chain_editing.check_form``, nothing is written).
Save and Delete are undoable commands (``ui.chain_commands``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store import chain_editing as store
from beroepsplanner.store.chain_editing import ChainForm, FormChoices
from beroepsplanner.store.matching import suggest_for_class
from beroepsplanner.ui.chain_commands import DeleteChainCommand, SaveChainCommand
from beroepsplanner.ui.company_suggestions import CompanySuggestionsDialog
from beroepsplanner.ui.models.finding_list import FindingsPanel
from beroepsplanner.ui.models.lesson_table import (
    Column,
    DateDelegate,
    LessonTableModel,
)
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.widgets import show_refusal
from beroepsplanner.ui.workspace import Workspace

DIALOG_SIZE = (1000, 650)
NOTE_HEIGHT = 72


class ChainBuilderDialog(QDialog):
    """Make or change one chain. Opens on ``request``: an existing chain (``chain_id``),
    or a new chain with what the request gives (class, activity, date)."""

    def __init__(
        self, workspace: Workspace, request: ChainRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.request = request
        self.chain_id = request.chain_id
        self.form: ChainForm | None = None
        self.findings: list[Finding] = []
        self._updating = False
        self.resize(*DIALOG_SIZE)
        self._build()
        self._load()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.class_combo = QComboBox()
        self.activity_combo = QComboBox()
        self.activity_combo.setEditable(True)
        self.activity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.activity_combo.lineEdit().setPlaceholderText(self.tr("Type to search an activity…"))
        completer = QCompleter(self.activity_combo.model(), self.activity_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activity_combo.setCompleter(completer)
        self.company_combo = QComboBox()
        self.role_models_label = QLabel()
        self.role_models_label.setWordWrap(True)
        self.role_models_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)

        form = QFormLayout()
        form.addRow(self.tr("&Class:"), self.class_combo)
        form.addRow(self.tr("&Activity:"), self.activity_combo)
        self.suggest_button = QPushButton(self.tr("Suggest…"))
        self.suggest_button.setObjectName("suggestButton")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setToolTip(
            self.tr("Companies of the network that fit this class and activity, best first")
        )
        self.suggest_button.clicked.connect(lambda _checked=False: self.suggest_company())
        company_row = QHBoxLayout()
        company_row.addWidget(self.company_combo, 1)
        company_row.addWidget(self.suggest_button)
        form.addRow(self.tr("C&ompany:"), company_row)
        form.addRow("", self.role_models_label)
        form.addRow(self.tr("&Date of the activity:"), self.date_edit)

        self.lesson_model = LessonTableModel(self)
        self.lesson_view = QTableView()
        self.lesson_view.setModel(self.lesson_model)
        self.lesson_view.setItemDelegateForColumn(Column.DATE, DateDelegate(self.lesson_view))
        self.lesson_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lesson_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lesson_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.lesson_view.verticalHeader().hide()
        self.lesson_view.setAlternatingRowColors(True)
        header = self.lesson_view.horizontalHeader()
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.lesson_view.setColumnWidth(
            Column.DATE, self.fontMetrics().horizontalAdvance("wo. 30 sep. 2026") + 40
        )

        self.add_preparation_button = QPushButton(self.tr("+ Preparation lesson"))
        self.add_reflection_button = QPushButton(self.tr("+ Reflection lesson"))
        self.remove_lesson_button = QPushButton(self.tr("Remove lesson"))
        buttons = QHBoxLayout()
        for button in (
            self.add_preparation_button,
            self.add_reflection_button,
            self.remove_lesson_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()

        status_box = QHBoxLayout()
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[ChainStatus, QRadioButton] = {}
        for status, text in (
            (ChainStatus.CONCEPT, self.tr("Concept")),
            (ChainStatus.PLANNED, self.tr("Planned")),
            (ChainStatus.DONE, self.tr("Carried out")),
        ):
            button = QRadioButton(text)
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_box.addWidget(button)
        status_box.addStretch(1)
        self.status_hint = QLabel()
        self.status_hint.setWordWrap(True)
        self.status_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Appointments, materials, what to arrange…"))
        self.observation_edit = QPlainTextEdit()
        self.observation_edit.setPlaceholderText(
            self.tr("Afterwards: what did you notice in the pupils?")
        )
        for edit in (self.notes_edit, self.observation_edit):
            edit.setFixedHeight(NOTE_HEIGHT)
            edit.setTabChangesFocus(True)
        notes = QFormLayout()
        notes.addRow(self.tr("Status:"), status_box)
        notes.addRow("", self.status_hint)
        notes.addRow(self.tr("&Notes:"), self.notes_edit)
        notes.addRow(self.tr("O&bservation:"), self.observation_edit)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.lesson_view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message_label)
        left_layout.addLayout(notes)

        self.findings_panel = FindingsPanel()
        findings_box = QGroupBox(self.tr("What the rules say"))
        box_layout = QVBoxLayout(findings_box)
        box_layout.addWidget(self.findings_panel)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([590, 390])
        splitter.setChildrenCollapsible(False)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        # Enter in the activity's search field must not save the chain.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.delete_button = self.button_box.addButton(
            self.tr("&Delete chain…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.chain_id is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.button_box)

        self.class_combo.currentIndexChanged.connect(lambda _i: self._on_choice())
        self.activity_combo.activated.connect(lambda _i: self._on_choice())
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]
        self.activity_combo.lineEdit().editingFinished.connect(self._on_search_finished)
        self.company_combo.currentIndexChanged.connect(lambda _i: self._on_company())
        self.date_edit.dateChanged.connect(lambda _d: self._on_date())
        self.lesson_model.lessonEdited.connect(self._on_lesson_edited)
        self.lesson_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.add_preparation_button.clicked.connect(lambda: self._add(LessonKind.PREPARATION))
        self.add_reflection_button.clicked.connect(lambda: self._add(LessonKind.REFLECTION))
        self.remove_lesson_button.clicked.connect(self._remove_selected)
        self.status_group.buttonClicked.connect(lambda _b: self._update_status())
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

    # --- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            if self.chain_id is not None:
                form = self.workspace.read(lambda s: store.load_chain_form(s, self.chain_id))
                include = form.class_id
            else:
                form, include = None, self.request.class_id
            self.choices: FormChoices = self.workspace.read(
                lambda s: store.form_choices(s, include)
            )
        except BeroepsplannerError as exc:
            self._show_message(str(exc))
            self._set_enabled(False)
            return
        self._activities = {a.key: a for a in self.choices.activities}
        with self._quiet():
            for info in self.choices.classes:
                self.class_combo.addItem(info.name, info.id)
            self.company_combo.addItem(self.tr("No company"), None)
            for company in self.choices.companies:
                text = f"{company.name}, {company.place}" if company.place else company.name
                self.company_combo.addItem(text, company.id)
        if form is not None:
            self.setWindowTitle(self.tr("Chain of %1").replace("%1", self._class_name(form)))
            self._show_form(form)
            with self._quiet():
                self.notes_edit.setPlainText(form.notes)
                self.observation_edit.setPlainText(form.observation)
            self._check()
            return
        self.setWindowTitle(self.tr("New chain"))
        with self._quiet():
            if self.request.class_id is not None:
                self._select_data(self.class_combo, self.request.class_id)
            self._fill_activities()
            if self.request.activity_key is not None:
                self._select_data(self.activity_combo, self.request.activity_key)
            else:
                self.activity_combo.setCurrentIndex(-1)
            self.date_edit.setDate(QDate(self.request.date or self._default_day()))
        if self._class_id() is None:
            self._show_message(self.tr("Add a class first (Classes screen)."))
        self._propose(whole_week=self.request.date is None)

    def _default_day(self) -> dt.date:
        """A week from now in the class's school year, or early in a year not begun yet."""
        info = self._class_info()
        today = dt.date.today()
        if info is None:
            return today
        year = SchoolYear.parse(info.school_year)
        if today in year and today + dt.timedelta(days=60) < year.end:
            return today + dt.timedelta(days=7)
        return year.start + dt.timedelta(days=45)

    # --- widgets <-> form ------------------------------------------------------------------

    class _Quiet:
        def __init__(self, dialog: ChainBuilderDialog) -> None:
            self.dialog = dialog

        def __enter__(self) -> None:
            self.previous = self.dialog._updating
            self.dialog._updating = True

        def __exit__(self, *exc: object) -> None:
            self.dialog._updating = self.previous

    def _quiet(self) -> ChainBuilderDialog._Quiet:
        return ChainBuilderDialog._Quiet(self)

    def _class_id(self) -> int | None:
        return self.class_combo.currentData()

    def _class_info(self):  # type: ignore[no-untyped-def]
        class_id = self._class_id()
        return next((c for c in self.choices.classes if c.id == class_id), None)

    def _class_name(self, form: ChainForm) -> str:
        return next((c.name for c in self.choices.classes if c.id == form.class_id), "")

    def _activity_key(self) -> str | None:
        index = self.activity_combo.currentIndex()
        if index < 0 or self.activity_combo.currentText() != self.activity_combo.itemText(index):
            return None
        return self.activity_combo.itemData(index)

    @staticmethod
    def _select_data(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_activities(self) -> None:
        """The activities suiting the class's groep first; the others greyed, with their groep."""
        info = self._class_info()
        grade = info.grade if info is not None else None
        current = self._activity_key()
        combo = self.activity_combo
        combo.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for activity in store.order_activities(self.choices.activities, grade):
            suits = grade is None or activity.suits_grade(grade)
            combo.addItem(f"{activity.title} ({activity.grade_range})", activity.key)
            if not suits:
                combo.setItemData(combo.count() - 1, grey, Qt.ItemDataRole.ForegroundRole)
                combo.setItemData(
                    combo.count() - 1,
                    self.tr("Not meant for this groep"),
                    Qt.ItemDataRole.ToolTipRole,
                )
        if current is not None:
            self._select_data(combo, current)
        else:
            combo.setCurrentIndex(-1)

    def _show_form(self, form: ChainForm) -> None:
        """Show ``form`` in the widgets (without reacting to it) and remember it."""
        self.form = form
        with self._quiet():
            self._select_data(self.class_combo, form.class_id)
            if self.activity_combo.count() == 0 or self._activity_key() != form.activity_key:
                self._fill_activities()
                self._select_data(self.activity_combo, form.activity_key)
            self._select_data(self.company_combo, form.company_id)
            self.date_edit.setDate(QDate(form.date))
            self.status_buttons[form.status].setChecked(True)
        activity = self._activities.get(form.activity_key)
        self.lesson_model.set_form(form, activity.title if activity else form.activity_key)
        self._show_role_models(form)
        self._update_buttons()

    def _show_role_models(self, form: ChainForm) -> None:
        try:
            roles = self.workspace.read(
                lambda s: store.role_model_choices(s, form.role_model_ids)
            )
        except BeroepsplannerError:
            roles = []
        parts = []
        for role in roles:
            details = [role.profession] if role.profession else []
            if role.counter_stereotypical:
                details.append(self.tr("breaks a stereotype"))
            parts.append(f"{role.name} ({', '.join(details)})" if details else role.name)
        self.role_models_label.setText(
            self.tr("Role models: %1").replace("%1", "; ".join(parts)) if parts else ""
        )
        self.role_models_label.setVisible(bool(parts))

    def _status(self) -> ChainStatus:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return ChainStatus.CONCEPT

    def current_form(self) -> ChainForm | None:
        """The form as the widgets show it now (status, notes and observation included)."""
        if self.form is None:
            return None
        return dataclasses.replace(
            self.form,
            status=self._status(),
            notes=self.notes_edit.toPlainText(),
            observation=self.observation_edit.toPlainText(),
        )

    # --- reacting to edits --------------------------------------------------------------

    def _attempt(self, step: Callable[[Any], ChainForm]) -> ChainForm | None:
        """Run a store step that makes a new form; a refusal is shown under the table."""
        try:
            form = self.workspace.read(step)
        except BeroepsplannerError as exc:
            self._show_message(str(exc))
            return None
        self._show_message("")
        return form

    def _carry(self, new: ChainForm) -> ChainForm:
        """Keep what the teacher wrote (status, notes, project, ...) in a new proposal."""
        old = self.current_form()
        if old is None:
            return new
        return dataclasses.replace(
            new,
            status=old.status,
            project=old.project,
            transport_arranged=old.transport_arranged,
            companions=old.companions,
        )

    def _propose(self, *, whole_week: bool = False) -> None:
        class_id, key = self._class_id(), self._activity_key()
        if class_id is None or key is None:
            self.form = None
            self.lesson_model.set_form(None)
            self._check()
            return
        day = self.date_edit.date().toPython()
        company = self.company_combo.currentData()
        form = self._attempt(
            lambda s: store.propose_form(
                s, class_id, key, day, company, whole_week=whole_week, except_chain=self.chain_id
            )
        )
        if form is not None:
            self._show_form(self._carry(form))
        self._check()

    def _on_choice(self) -> None:
        if self._updating:
            return
        with self._quiet():
            self._fill_activities()
        self._propose()

    def _on_completed(self, text: str) -> None:
        index = self.activity_combo.findText(text)
        if index >= 0:
            self.activity_combo.setCurrentIndex(index)
            self._on_choice()

    def _on_search_finished(self) -> None:
        """Typed text that names no activity gives way to the chain's activity again."""
        if self._activity_key() is None and self.form is not None:
            with self._quiet():
                self._select_data(self.activity_combo, self.form.activity_key)
                index = self.activity_combo.currentIndex()
                self.activity_combo.setEditText(self.activity_combo.itemText(index))

    def _on_company(self) -> None:
        if self._updating or self.form is None:
            return
        form, company = self.form, self.company_combo.currentData()
        new = self._attempt(lambda s: store.with_company(s, form, company))
        if new is not None:
            self._show_form(new)
        self._check()

    def suggest_company(self) -> bool:
        """Offer the companies that fit; the one chosen becomes the chain's company."""
        class_id, key = self._class_id(), self._activity_key()
        if class_id is None or key is None:
            self._show_message(self.tr("Choose a class and an activity first."))
            return False
        try:
            suggestions = self.workspace.read(
                lambda s: suggest_for_class(s, class_id, key, chain_id=self.chain_id)
            )
        except BeroepsplannerError as exc:
            self._show_message(str(exc))
            return False
        heading = self.tr(
            "Companies that fit %1 with this activity: by world of technology, groep, "
            "capacity, confirmation and role models; a company the class already visits "
            "this year ranks lower."
        ).replace("%1", self.class_combo.currentText())
        dialog = CompanySuggestionsDialog(suggestions, heading, self)
        chosen = dialog.chosen_company_id if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return False
        self._select_data(self.company_combo, chosen)
        return self.company_combo.currentData() == chosen

    def _on_date(self) -> None:
        if self._updating:
            return
        if self.form is None:
            self._propose()
            return
        form, day = self.form, self.date_edit.date().toPython()
        new = self._attempt(
            lambda s: store.redate_form(s, form, day, except_chain=self.chain_id)
        )
        # No room for the lessons: the activity moves anyway, the rules say what is wrong.
        self._show_form(new if new is not None else dataclasses.replace(form, date=day))
        self._check()

    def _on_lesson_edited(self, lesson: int, field: str, value: object) -> None:
        if self.form is None:
            return
        self._show_form(self.form.with_lesson(lesson, **{field: value}))
        self._check()

    def _add(self, kind: LessonKind) -> None:
        if self.form is None:
            return
        form = self.form
        new = self._attempt(lambda s: store.add_lesson(s, form, kind))
        if new is not None:
            self._show_form(new)
            self.lesson_view.selectRow(self.lesson_model.row_of_lesson(len(new.lessons) - 1))
        self._check()

    def _selected_lesson(self) -> int | None:
        rows = self.lesson_view.selectionModel().selectedRows()
        if not rows:
            return None
        lesson = self.lesson_model.lesson_index(rows[0].row())
        return lesson if lesson >= 0 else None

    def _remove_selected(self) -> None:
        lesson = self._selected_lesson()
        if self.form is None or lesson is None:
            return
        self._show_form(self.form.without_lesson(lesson))
        self._check()

    def _update_buttons(self) -> None:
        form = self.form
        count = form.count if form is not None else (lambda _kind: 2)
        self.add_preparation_button.setEnabled(count(LessonKind.PREPARATION) < 2)
        self.add_reflection_button.setEnabled(count(LessonKind.REFLECTION) < 2)
        lesson = self._selected_lesson() if form is not None else None
        self.remove_lesson_button.setEnabled(
            lesson is not None and form is not None and form.count(form.lessons[lesson].kind) > 1
        )
        self.save_button.setEnabled(form is not None)

    # --- the rules ----------------------------------------------------------------------

    def _check(self) -> None:
        """Run the rules on the form as it is now and show what they find."""
        form = self.current_form()
        if form is None:
            self.findings = []
        else:
            try:
                self.findings = self.workspace.read(
                    lambda s: store.check_form(s, form, self.chain_id)
                )
            except BeroepsplannerError as exc:
                self._show_message(str(exc))
                self.findings = []
        self.findings_panel.set_findings(self.findings)
        try:
            days = self.workspace.read(lambda s: store.days_without_school(s, form)) if form else {}
        except BeroepsplannerError:
            days = {}
        self.lesson_model.set_days_without_school(days)
        self._update_status()
        self._update_buttons()

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def _update_status(self) -> None:
        blocked = self.has_errors or self.form is None
        reason = self.tr("Solve the errors first; until then the chain stays a concept.")
        for status in (ChainStatus.PLANNED, ChainStatus.DONE):
            button = self.status_buttons[status]
            button.setEnabled(not blocked)
            button.setToolTip(reason if self.has_errors else "")
        hint = ""
        if self.has_errors:
            if self._status() is not ChainStatus.CONCEPT:
                hint = self.tr("The status went back to Concept: solve the errors first.")
                self.status_buttons[ChainStatus.CONCEPT].setChecked(True)
            else:
                hint = reason
        self.status_hint.setText(hint)
        self.status_hint.setVisible(bool(hint))

    # --- saving -----------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.class_combo, self.activity_combo, self.company_combo, self.suggest_button, self.date_edit
        ):
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _title(self, form: ChainForm) -> str:
        activity = self._activities.get(form.activity_key)
        return f"{self._class_name(form)}, {activity.title if activity else form.activity_key}"

    def save(self) -> None:
        """Save the chain as one undoable step and close; a refusal is shown and the
        dialog stays open."""
        form = self.current_form()
        if form is None:
            return
        command = SaveChainCommand(form, self.chain_id, self._title(form))
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Chain not saved"), str(exc))
            return
        self.chain_id = command.chain_id
        self.accept()

    def delete(self) -> None:
        """Delete the chain (after asking) as one undoable step and close."""
        if self.chain_id is None or self.form is None:
            return
        title = self._title(self.form)
        answer = QMessageBox.question(
            self,
            self.tr("Delete chain"),
            self.tr("Delete the chain %1 with its lessons? Edit > Undo brings it back.").replace(
                "%1", title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.workspace.execute(DeleteChainCommand(self.chain_id, title))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Chain not deleted"), str(exc))
            return
        self.accept()
