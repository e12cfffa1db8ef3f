"""The chain builder: one chain of preparation lessons, an activity and reflection lessons.

Left the teacher picks class, activity, company and date; the lessons are proposed on
school days around the activity and can be moved, added and removed. Right the rules'
findings follow every edit (``store.chain_editing.check_form``, nothing is written).
Save and Delete are undoable commands (``ui.chain_commands``); both send the chain's
version read with the form, and a chain a colleague saved meanwhile opens the conflict
dialog (``ui/conflict_dialog.py``) with the user's input kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.domain.company_brief import has_brief
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store import chain_editing as store
from beroepsplanner.store.chain_editing import ChainForm, FormChoices
from beroepsplanner.store.chain_links import follow_choices
from beroepsplanner.store.chain_tasks import carries_tasks, task_choices
from beroepsplanner.store.classes import ClassInfo
from beroepsplanner.store.matching import suggest_for_class
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.year_lock import locked_years
from beroepsplanner.ui import chain_builder_widgets as widgets
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.chain_brief import BriefDialog
from beroepsplanner.ui.chain_commands import DeleteChainCommand, SaveChainCommand
from beroepsplanner.ui.chain_evaluation import ChainEvaluationPanel
from beroepsplanner.ui.chain_guest import ParentGuestRow
from beroepsplanner.ui.chain_letter import LetterVariantCombo
from beroepsplanner.ui.chain_links import ChainLinks
from beroepsplanner.ui.chain_measurement import ChainMeasurementPanel
from beroepsplanner.ui.chain_record import ChainRecordPanel
from beroepsplanner.ui.chain_transport import TransportBox
from beroepsplanner.ui.company_suggestions import CompanySuggestionsDialog
from beroepsplanner.ui.conflict_dialog import chain_fields, is_save_conflict, resolve_conflict
from beroepsplanner.ui.locked_year import LockedYearBanner
from beroepsplanner.ui.models.finding_list import FindingsPanel
from beroepsplanner.ui.models.lesson_table import LessonTableModel
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.qt_dates import pydate, qdate
from beroepsplanner.ui.widgets import fitting_size, line_edit, show_refusal
from beroepsplanner.ui.workspace import Workspace

DIALOG_SIZE = (1000, 650)


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
        self.version: int | None = None
        """The chain's row version read with the form (``store/row_versions.py``)."""
        self.loaded: ChainForm | None = None
        """The chain as read at ``version``: the save writes only what differs from it."""
        self.form: ChainForm | None = None
        self.findings: list[Finding] = []
        self._updating = False
        self.read_only = False
        """The chain's school year is locked: only the observation can be written."""
        self._locked_years: frozenset[str] = frozenset()
        self.resize(fitting_size(DIALOG_SIZE))
        self._build()
        self._load()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.class_combo = QComboBox()
        self.activity_combo, completer = widgets.activity_combo(
            self.tr("Type to search an activity…")
        )
        self.company_combo = QComboBox()
        self.role_models_label = widgets.hint_label()
        self.date_edit = widgets.date_edit()

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
        # The brief for the company (ui/chain_brief.py): for a visit or guest lesson.
        self.brief_button = QPushButton(self.tr("Company b&rief…"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.setAutoDefault(False)
        self.brief_button.setToolTip(
            self.tr("What the brief for the company says: times, goal, questions, day programme")
        )
        self.brief_button.hide()
        self.brief_button.clicked.connect(lambda _checked=False: self.edit_brief())
        company_row.addWidget(self.brief_button)
        # A row with a layout gets no buddy by itself: without one the & would show.
        company_label = QLabel(self.tr("C&ompany:"))
        company_label.setBuddy(self.company_combo)
        form.addRow(company_label, company_row)
        # A parent of the register as the guest (issue 17 item 4; ui/chain_guest.py).
        self.guest_row = ParentGuestRow(self.workspace)
        self.guest_row.chain_id = self.chain_id
        self.guest_row.changed.connect(self._on_guest)
        form.addRow(self.guest_row.label, self.guest_row)
        form.addRow("", self.role_models_label)
        # The last day of an activity of several days, the chain it follows up and the
        # tasks during a visit (ui/chain_links.py).
        self.links = ChainLinks(self)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.links.end_label)
        date_row.addWidget(self.links.end_edit, 1)
        date_label = QLabel(self.tr("&Date of the activity:"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Follows up:"), self.links.follows_combo)
        form.addRow(self.links.tasks_label, self.links.tasks_row)
        self.links.tasks_label.setBuddy(self.links.tasks_row)
        self.letter_combo = LetterVariantCombo()
        form.addRow(self.tr("Par&ent letter:"), self.letter_combo)

        self.lesson_model = LessonTableModel(self)
        self.lesson_view = widgets.lesson_table(
            self.lesson_model, self.fontMetrics().horizontalAdvance("wo. 30 sep. 2026") + 40
        )
        self.lesson_view.setAccessibleName(self.tr("Lessons of the chain"))
        self.add_preparation_button = QPushButton(self.tr("+ Preparation lesson"))
        self.add_reflection_button = QPushButton(self.tr("+ Reflection lesson"))
        self.remove_lesson_button = QPushButton(self.tr("Remove lesson"))
        buttons = widgets.button_row(
            (self.add_preparation_button, self.add_reflection_button, self.remove_lesson_button)
        )
        self.edit_hint = widgets.hint_label()
        self.edit_hint.setObjectName("lessonEditHint")
        self.edit_hint.setText(self.tr("Double-click a lesson's date or title to change it."))
        self.message_label = widgets.message_label()
        self.transport_box = TransportBox()
        self.transport_box.hide()

        self.status_group = QButtonGroup(self)
        status_box, self.status_buttons = widgets.status_row(
            self.status_group,
            {
                ChainStatus.CONCEPT: self.tr("Concept"),
                ChainStatus.PLANNED: self.tr("Planned"),
                ChainStatus.DONE: self.tr("Carried out"),
            },
        )
        self.status_buttons[ChainStatus.CONCEPT].setChecked(True)
        self.status_hint = widgets.hint_label()
        self.notes_edit = widgets.note_edit(self.tr("Appointments, materials, what to arrange…"))
        self.observation_edit = widgets.note_edit(
            self.tr("Afterwards: what did you notice in the pupils?")
        )
        notes = QFormLayout()
        notes.addRow(self.tr("Status:"), status_box)
        notes.addRow("", self.status_hint)
        notes.addRow(self.tr("&Notes:"), self.notes_edit)
        notes.addRow(self.tr("O&bservation:"), self.observation_edit)

        left = widgets.column(
            (form, self.lesson_view, buttons, self.edit_hint, self.message_label,
             self.transport_box, notes)
        )
        self.findings_panel = FindingsPanel()
        # Beside the form: what the rules say, and the pupils' record (ui/chain_record.py).
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("chainSideTabs")
        self.side_tabs.addTab(self.findings_panel, self.tr("What the rules say"))
        self.record_panel = ChainRecordPanel(self.workspace)
        self.side_tabs.addTab(self.record_panel, self.tr("&Pupils"))
        self.measurement_panel = ChainMeasurementPanel(self.workspace)
        self.side_tabs.addTab(self.measurement_panel, self.tr("Before and after"))
        self.evaluation_panel = ChainEvaluationPanel(self.workspace)  # ui/chain_evaluation.py
        self.side_tabs.addTab(self.evaluation_panel, self.tr("&Evaluation"))
        # Every tab's title in view (no scroll arrows): the form beside it gives way.
        self.side_tabs.setMinimumWidth(self.side_tabs.tabBar().sizeHint().width() + 4)
        splitter = widgets.side_by_side(left, self.side_tabs)

        self.button_box, self.save_button = widgets.save_cancel_box()
        self.delete_button = self.button_box.addButton(
            self.tr("&Delete chain…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.chain_id is not None)

        self.lock_banner = LockedYearBanner(self.workspace, self)
        self.lock_banner.unlocked.connect(self._on_unlocked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.button_box)

        self.class_combo.currentIndexChanged.connect(lambda _i: self._on_choice())
        self.activity_combo.activated.connect(lambda _i: self._on_choice())
        # The stubs do not know a signal's overload selector ([str]: the text, not the index).
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]
        line_edit(self.activity_combo).editingFinished.connect(self._on_search_finished)
        self.company_combo.currentIndexChanged.connect(lambda _i: self._on_company())
        self.date_edit.dateChanged.connect(lambda _d: self._on_date())
        self.lesson_model.lessonEdited.connect(self._on_lesson_edited)
        self.lesson_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.add_preparation_button.clicked.connect(lambda: self._add(LessonKind.PREPARATION))
        self.add_reflection_button.clicked.connect(lambda: self._add(LessonKind.REFLECTION))
        self.remove_lesson_button.clicked.connect(self._remove_selected)
        self.transport_box.changed.connect(self._on_transport)
        self.links.endChanged.connect(self._on_end)
        self.links.changed.connect(self._on_transport)
        self.letter_combo.currentIndexChanged.connect(lambda _i: self._on_letter())
        self.status_group.buttonClicked.connect(lambda _b: self._update_status())
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

    # --- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            if (chain_id := self.chain_id) is not None:
                # The version and the chain in one statement: the version is the form's.
                self.version, form = self.workspace.read(
                    lambda s: store.load_versioned_form(s, chain_id)
                )
                self.loaded = form
                include = form.class_id
            else:
                form, include = None, self.request.class_id
            self.choices: FormChoices = self.workspace.read(
                lambda s: store.form_choices(s, include)
            )
            self._locked_years = frozenset(self.workspace.read(locked_years))
            self.links.set_task_choices(self.workspace.read(task_choices))
        except BeroepsplannerError as exc:
            self._show_message(error_text.error(exc))
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
            self._apply_lock()
            self.record_panel.set_chain(self.chain_id, form.date)
            self.measurement_panel.set_chain(self.chain_id)
            self.evaluation_panel.set_chain(self.chain_id, self._title(form))
            if self.request.evaluate and self.evaluation_panel.is_open():
                self.side_tabs.setCurrentWidget(self.evaluation_panel)
            elif not self.record_panel.before_activity():
                # After the activity the teacher comes to fill in the pupils' record.
                self.side_tabs.setCurrentWidget(self.record_panel)
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
            self.date_edit.setDate(qdate(self.request.date or self._default_day()))
        if self._class_id() is None:
            self._show_message(self.tr("Add a class first (Classes screen)."))
        self._propose(whole_week=self.request.date is None or self.request.whole_week)
        self._apply_lock()

    def _on_unlocked(self, _label: str) -> None:
        self._locked_years = frozenset(self.workspace.read(locked_years))
        self._apply_lock()

    def _apply_lock(self) -> None:
        """Read-only while the class's school year is locked (``ui/locked_year.py``): only
        the observation of a saved chain can still be written; Unlock opens it all again."""
        info = self._class_info()
        self.read_only = info is not None and info.school_year in self._locked_years
        self.lock_banner.show_for(
            info.school_year if info is not None and self.read_only else None,
            self.tr("You can still write the observation.") if self.chain_id is not None else "",
        )
        editable = not self.read_only
        for widget in (
            self.class_combo, self.activity_combo, self.company_combo, self.suggest_button,
            self.guest_row, self.date_edit, self.transport_box, self.status_buttons[ChainStatus.CONCEPT],
            self.brief_button,
            self.letter_combo,
        ):
            widget.setEnabled(editable)
        self.links.set_enabled(editable)
        self.notes_edit.setReadOnly(not editable)
        # Read-only text looks like the window, not like a field to type in.
        self.notes_edit.viewport().setBackgroundRole(
            QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window
        )
        self.lesson_model.read_only = not editable
        self.edit_hint.setVisible(editable)
        self.delete_button.setEnabled(editable)
        self._update_status()
        self._update_buttons()

    def _default_day(self) -> dt.date:
        """A school day a week from now in the class's school year, or early in a year not
        begun yet: never a Saturday or a day in a holiday."""
        info = self._class_info()
        day = widgets.default_day(info.school_year if info else None, dt.date.today())
        if info is None:
            return day
        try:
            return self.workspace.read(lambda s: store.first_school_day(s, info.id, day))
        except BeroepsplannerError:
            return day

    # --- widgets <-> form ------------------------------------------------------------------

    def _quiet(self) -> widgets.Quiet:
        return widgets.Quiet(self)

    def _class_id(self) -> int | None:
        return self.class_combo.currentData()

    def _class_info(self) -> ClassInfo | None:
        class_id = self._class_id()
        return next((c for c in self.choices.classes if c.id == class_id), None)

    def _class_name(self, form: ChainForm) -> str:
        return next((c.name for c in self.choices.classes if c.id == form.class_id), "")

    def _activity_key(self) -> str | None:
        index = self.activity_combo.currentIndex()
        if index < 0 or self.activity_combo.currentText() != self.activity_combo.itemText(index):
            return None
        return self.activity_combo.itemData(index)

    _select_data = staticmethod(widgets.select_data)

    def _fill_activities(self) -> None:
        """The activities suiting the class's groep first; the others greyed, with their groep."""
        info = self._class_info()
        widgets.fill_activities(
            self.activity_combo,
            self.choices.activities,
            info.grade if info is not None else None,
            self._activity_key(),
            QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)),
            self.tr("Meant for grade %1 (our estimate); this class is grade %2. The rules "
                    "will give a warning, but you can choose it."),
        )

    def _show_form(self, form: ChainForm) -> None:
        """Show ``form`` in the widgets (without reacting to it) and remember it."""
        self.form = form
        with self._quiet():
            self._select_data(self.class_combo, form.class_id)
            if self.activity_combo.count() == 0 or self._activity_key() != form.activity_key:
                self._fill_activities()
                self._select_data(self.activity_combo, form.activity_key)
            self._select_data(self.company_combo, form.company_id)
            self.date_edit.setDate(qdate(form.date))
            self.status_buttons[form.status].setChecked(True)
        activity = self._activities.get(form.activity_key)
        self.lesson_model.set_form(form, activity.title if activity else form.activity_key)
        self.transport_box.show_form(form)
        self.letter_combo.show_form(form)
        self._show_transport(form)
        self._show_brief(form)
        self.guest_row.show_for(form, self._activities.get(form.activity_key))
        self._show_links(form)
        self._show_role_models(form)
        self._update_buttons()

    def _carries_tasks(self, form: ChainForm) -> bool:
        activity = self._activities.get(form.activity_key)
        return activity is not None and carries_tasks(activity.kind)

    def _show_links(self, form: ChainForm) -> None:
        """The end date, the earlier chains of the class it can follow up, the tasks."""
        try:
            choices = self.workspace.read(
                lambda s: follow_choices(s, form.class_id, self.chain_id, form.date)
            )
        except BeroepsplannerError:
            choices = []
        self.links.show_form(form, choices, self._carries_tasks(form))

    def _show_transport(self, form: ChainForm) -> None:
        """The transport box for an outing (an activity that needs transport, a visit or
        an internship), with what the class needs; hidden otherwise."""
        activity = self._activities.get(form.activity_key)
        outing = activity is not None and (activity.needs_transport or activity.kind.is_outing)
        if outing:
            try:
                need = self.workspace.read(lambda s: store.companion_need(s, form.class_id))
            except BeroepsplannerError:
                need = None
            self.transport_box.set_need(need)
        self.transport_box.setVisible(outing)

    def _show_brief(self, form: ChainForm) -> None:
        """The brief's button for a visit to, or a guest lesson by, the chosen company."""
        activity = self._activities.get(form.activity_key)
        self.brief_button.setVisible(
            activity is not None and has_brief(activity.kind, form.company_id is not None)
        )

    def edit_brief(self) -> bool:
        """What the brief for the company says (``ui/chain_brief.py``); saved with the chain."""
        activity = self._activities.get(self.form.activity_key) if self.form else None
        if self.form is None or activity is None:
            return False
        dialog = BriefDialog(self.form.brief, activity.kind, activity.duration_minutes, self)
        dialog.set_read_only(self.read_only)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and not self.read_only
        if accepted and self.form is not None:
            self.form = dataclasses.replace(self.form, brief=dialog.panel.values())
        dialog.deleteLater()
        return accepted

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
        if self.read_only:
            return dataclasses.replace(self.form, observation=self.observation_edit.toPlainText())
        return dataclasses.replace(
            self.form,
            status=self._status(),
            notes=self.notes_edit.toPlainText(),
            observation=self.observation_edit.toPlainText(),
            **self.transport_box.values(),
            **self.links.values(self._carries_tasks(self.form)),
            **self.letter_combo.values(),
        )

    # --- reacting to edits --------------------------------------------------------------

    def _attempt(self, step: Callable[[Any], ChainForm]) -> ChainForm | None:
        """Run a store step that makes a new form; a refusal is shown under the table."""
        try:
            form = self.workspace.read(step)
        except BeroepsplannerError as exc:
            self._show_message(error_text.error(exc))
            return None
        self._show_message("")
        return form

    def _carry(self, new: ChainForm) -> ChainForm:
        """Keep what the teacher wrote (status, notes, project, ...) in a new proposal."""
        old = self.current_form()
        if old is None:
            return new
        # The parent chosen as guest stays (a company's role models follow the company).
        guests = tuple(
            i for i in old.role_model_ids
            if i in self.guest_row.parent_role_ids and i not in new.role_model_ids
        )
        return dataclasses.replace(
            new,
            role_model_ids=new.role_model_ids + guests,
            status=old.status,
            project=old.project,
            transport_arranged=old.transport_arranged,
            companions=old.companions,
            transport_mode=old.transport_mode,
            departure_time=old.departure_time,
            return_time=old.return_time,
            brief=old.brief,
            # A follow-up stays one within the class; tasks only where the activity takes them.
            follows_chain_id=old.follows_chain_id if old.class_id == new.class_id else None,
            task_keys=old.task_keys if self._carries_tasks(new) else (),
            letter_variant=old.letter_variant,
        )

    def _propose(self, *, whole_week: bool = False) -> None:
        class_id, key = self._class_id(), self._activity_key()
        if class_id is None or key is None:
            self.form = None
            self.lesson_model.set_form(None)
            self.transport_box.hide()
            self._check()
            return
        day = pydate(self.date_edit.date())
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
        self._apply_lock()

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

    def _on_guest(self) -> None:
        if self._updating or self.form is None:
            return
        self._show_form(self.guest_row.with_guest(self.form))
        self._check()

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
            self._show_message(error_text.error(exc))
            return False
        heading = self.tr(
            "Companies that fit %1 with this activity: by world of technology, groep, "
            "capacity, confirmation and role models; a company the class already visits "
            "this year ranks lower, and last year's evaluations count (a company that said "
            "no to this year comes last)."
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
        form, day = self.form, pydate(self.date_edit.date())
        new = self._attempt(
            lambda s: store.redate_form(s, form, day, except_chain=self.chain_id)
        )
        # No room for the lessons: the activity moves anyway, the rules say what is wrong.
        self._show_form(new if new is not None else dataclasses.replace(form, date=day))
        self._check()

    def _on_transport(self) -> None:
        """Transport, companions, the follow-up or a task edited: the form takes them (later
        steps start from it)."""
        if self.form is None:
            return
        self.form = dataclasses.replace(
            self.form, **self.transport_box.values(), **self.links.values(self._carries_tasks(self.form))
        )
        self._check()

    def _on_end(self) -> None:
        """The last day of the activity changed: the lessons are proposed anew around it."""
        if self._updating or self.form is None:
            return
        form, end = self.current_form() or self.form, self.links.end_date()
        new = self._attempt(lambda s: store.with_end_date(s, form, end, except_chain=self.chain_id))
        self._show_form(new if new is not None else dataclasses.replace(form, activity_end_date=end))
        self._check()

    def _on_letter(self) -> None:
        """The letter's variant chosen: the form takes it (later steps start from it)."""
        if self.form is not None:
            self.form = dataclasses.replace(self.form, **self.letter_combo.values())

    def _on_lesson_edited(self, lesson: int, field: str, value: object) -> None:
        if self.form is None:
            return
        self._show_form(self.form.with_lesson(lesson, **{field: value}))
        self._check()

    def _add(self, kind: LessonKind) -> None:
        if self.form is None:
            return
        form = self.form
        # A lesson beyond the activity's templates is titled in the window's language (the
        # title is stored as the teacher's own text).
        follow_up = self.tr("continued")  # a lesson title: "Visit the baker (continued)"
        untitled = domain_text.lesson_kind(kind).capitalize()
        new = self._attempt(
            lambda s: store.add_lesson(s, form, kind, follow_up=follow_up, untitled=untitled)
        )
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
        editable = not self.read_only
        self.add_preparation_button.setEnabled(editable and count(LessonKind.PREPARATION) < 2)
        self.add_reflection_button.setEnabled(editable and count(LessonKind.REFLECTION) < 2)
        lesson = self._selected_lesson() if form is not None else None
        self.remove_lesson_button.setEnabled(
            editable
            and lesson is not None
            and form is not None
            and form.count(form.lessons[lesson].kind) > 1
        )
        # A return before the departure: the box says so; saving would be refused. In a
        # locked year only a saved chain's observation can be saved.
        self.save_button.setEnabled(
            form is not None
            and not self.transport_box.times_out_of_order
            and (editable or self.chain_id is not None)
        )

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
                self._show_message(error_text.error(exc))
                self.findings = []
        self.findings_panel.set_findings(self.findings, waiting=self._missing())
        try:
            days = self.workspace.read(lambda s: store.days_without_school(s, form)) if form else {}
        except BeroepsplannerError:
            days = {}
        self.lesson_model.set_days_without_school(days)
        self._update_status()
        self._update_buttons()

    def _missing(self) -> str:
        """What the chain still lacks before the rules can judge it ("" when nothing)."""
        if self.form is not None:
            return ""
        if self._class_id() is None:
            return self.tr("Add a class first (Classes screen).")
        return self.tr("Choose an activity first.")

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def _update_status(self) -> None:
        blocked = self.has_errors or self.form is None
        reason = self.tr("Solve the errors first; until then the chain stays a concept.")
        missing = self._missing()
        if missing:
            reason = self.tr("%1 Until then the chain stays a concept.").replace("%1", missing)
        for status in (ChainStatus.PLANNED, ChainStatus.DONE):
            button = self.status_buttons[status]
            button.setEnabled(not blocked and not self.read_only)
            button.setToolTip(reason if blocked else "")
        hint = ""
        if missing:
            hint = reason
        elif self.has_errors and not self.read_only:
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
        if form is None or not self.evaluation_panel.save_if_modified():
            return
        command = SaveChainCommand(
            form, self.chain_id, self._title(form), self.version, self.loaded
        )
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            if isinstance(exc, ChangedByColleagueError) and is_save_conflict(exc):
                self._resolve_conflict(exc)
                return
            show_refusal(self, self.tr("Chain not saved"), error_text.error(exc))
            return
        self.chain_id = command.chain_id
        self.guest_row.chain_id = self.chain_id
        self.accept()

    def _resolve_conflict(self, exc: ChangedByColleagueError) -> None:
        """A colleague saved this chain meanwhile: show both versions; save this one over it
        only when asked twice, else keep the form as the user left it."""
        ids = {*exc.newer.role_model_ids, *exc.mine.role_model_ids}
        try:
            roles = self.workspace.read(lambda s: store.role_model_choices(s, sorted(ids)))
        except BeroepsplannerError:
            roles = []
        fields = chain_fields(
            {c.id: c.name for c in self.choices.classes},
            {key: a.title for key, a in self._activities.items()},
            {c.id: c.name for c in self.choices.companies},
            {r.id: r.name for r in roles},
        )
        version = resolve_conflict(self, exc, fields)
        if version is None:
            self._show_message(error_text.error(exc))
            return
        self.version = version
        # What the colleague saved, read with the row locked at that version.
        self.loaded = exc.newer if isinstance(exc.newer, ChainForm) else None
        self.save()

    def reject(self) -> None:
        """Cancel: a changed evaluation is saved, dropped or kept open (asked first)."""
        if self.evaluation_panel.may_close():
            super().reject()

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
            self.workspace.execute(DeleteChainCommand(self.chain_id, title, self.version))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Chain not deleted"), error_text.error(exc))
            return
        self.accept()
