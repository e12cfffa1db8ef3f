"""Add or change an activity of the catalog, with its preparation and reflection lessons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.catalog import (
    ActivityDraft,
    QuestionDraft,
    TemplateDraft,
    activity_problems,
)
from beroepsplanner.domain.documents import pupil_title_of
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ActivityKind, LessonKind, QuestionKind
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.catalog import CatalogChoices
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.widgets import fitting_size, line_edit

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return edit


def _minutes_box(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(5)
    return box


class TemplateEditor(QWidget):
    """The fields of one lesson template; questions in two lists, knowledge and attitude."""

    def __init__(self, kind: LessonKind, template: TemplateDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._original = template
        self.title_edit = QLineEdit()
        self.goal_edit = _text_edit(3)
        self.duration_box = _minutes_box(240)
        self.duration_box.setSuffix(self.tr(" min"))
        self.duration_box.setSpecialValueText(self.tr("unknown"))
        self.steps_edit = _text_edit(4)
        self.materials_edit = _text_edit(3)
        self.knowledge_edit = _text_edit(4)
        self.attitude_edit = _text_edit(4)
        self.knowledge_edit.setPlaceholderText(self.tr("What did you see? Which professions?"))
        self.attitude_edit.setPlaceholderText(self.tr("Could anyone learn this work? Why?"))
        for edit in (self.steps_edit, self.knowledge_edit, self.attitude_edit):
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.duration_box.setMaximumWidth(160)
        questions = QHBoxLayout()
        for text, edit in (
            (self.tr("Knowledge questions (one per line)"), self.knowledge_edit),
            (self.tr("Attitude questions (one per line)"), self.attitude_edit),
        ):
            column = QVBoxLayout()
            label = QLabel(text)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            questions.addLayout(column)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Goal"), self.goal_edit)
        form.addRow(self.tr("Duration"), self.duration_box)
        form.addRow(self.tr("Steps (one per line)"), self.steps_edit)
        form.addRow(self.tr("Materials (one per line)"), self.materials_edit)
        form.addRow(questions)
        if template is not None:
            self.title_edit.setText(template.title)
            self.goal_edit.setPlainText(template.goal)
            self.duration_box.setValue(template.duration_minutes or 0)
            self.steps_edit.setPlainText("\n".join(template.steps))
            self.materials_edit.setPlainText("\n".join(template.materials))
            self.knowledge_edit.setPlainText(
                "\n".join(q.text for q in template.questions_of(QuestionKind.KNOWLEDGE))
            )
            self.attitude_edit.setPlainText(
                "\n".join(q.text for q in template.questions_of(QuestionKind.ATTITUDE))
            )

    def template(self) -> TemplateDraft:
        return TemplateDraft(
            title=self.title_edit.text().strip(),
            goal=self.goal_edit.toPlainText().strip(),
            duration_minutes=self.duration_box.value() or None,
            steps=_lines(self.steps_edit),
            materials=_lines(self.materials_edit),
            questions=self._questions(),
        )

    def _questions(self) -> tuple[QuestionDraft, ...]:
        knowledge, attitude = _lines(self.knowledge_edit), _lines(self.attitude_edit)
        original = self._original
        if original is not None and (knowledge, attitude) == (
            tuple(q.text for q in original.questions_of(QuestionKind.KNOWLEDGE)),
            tuple(q.text for q in original.questions_of(QuestionKind.ATTITUDE)),
        ):
            # Unchanged: keep their order and career competences as they were.
            return original.questions
        competences = {(q.text, q.kind): q.competence for q in original.questions} if original else {}
        return tuple(
            QuestionDraft(text, kind, competences.get((text, kind)))
            for kind, texts in ((QuestionKind.KNOWLEDGE, knowledge), (QuestionKind.ATTITUDE, attitude))
            for text in texts
        )


class ActivityDialog(QDialog):
    """Edits an ``ActivityDraft``. ``save`` is called with it on OK; a refusal of the store
    (``BeroepsplannerError``) is shown in the dialog, which stays open."""

    def __init__(
        self,
        choices: CatalogChoices,
        draft: ActivityDraft | None,
        save: Callable[[ActivityDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("New activity") if draft is None else self.tr("Edit activity"))
        self._save = save
        self._core_objectives = draft.core_objectives if draft else ()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(choices), self.tr("General"))
        self.tabs.addTab(self._worlds_tab(choices), self.tr("Worlds and professions"))
        self.tabs.addTab(self._lessons_tab(), self.tr("Lessons"))

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(fitting_size((780, 640)))
        self._fill(draft)

    # --- tabs ------------------------------------------------------------------------

    def _general_tab(self, choices: CatalogChoices) -> QWidget:
        self.title_edit = QLineEdit()
        self.pupil_title_edit = QLineEdit()
        self.pupil_title_edit.setObjectName("pupilTitleEdit")
        self.pupil_title_edit.setMaxLength(200)
        self.pupil_title_edit.setToolTip(
            self.tr("What the pupils' logbooks call the activity: short, in Dutch, without a provider")
        )
        self.title_edit.textChanged.connect(self._suggest_pupil_title)
        self.kind_box = QComboBox()
        for kind in ActivityKind:
            self.kind_box.addItem(domain_text.activity_kind(kind).capitalize(), kind)
        self.provider_box = QComboBox()
        self.provider_box.setEditable(True)
        self.provider_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.provider_box.addItem("", None)
        for provider in choices.providers:
            self.provider_box.addItem(provider.name, provider.key)
        line_edit(self.provider_box).setPlaceholderText(self.tr("Pick a provider or type a new name"))
        self.grade_min_box, self.grade_max_box = QSpinBox(), QSpinBox()
        grades = QHBoxLayout()
        for box, text in ((self.grade_min_box, self.tr("from")), (self.grade_max_box, self.tr("to"))):
            box.setRange(GRADE_MIN, GRADE_MAX)
            box_label = QLabel(text)
            box_label.setBuddy(box)
            grades.addWidget(box_label)
            grades.addWidget(box)
        grades.addStretch(1)
        self.duration_box = _minutes_box(60 * 24 * 5)
        self.duration_box.setSuffix(self.tr(" min"))
        self.duration_box.setSpecialValueText(self.tr("unknown"))
        self.cost_box = QDoubleSpinBox()
        self.cost_box.setRange(-1, 100_000)
        self.cost_box.setDecimals(2)
        self.cost_box.setPrefix("€ ")
        self.cost_box.setSpecialValueText(self.tr("unknown or on request"))
        for widget in (self.kind_box, self.duration_box, self.cost_box):
            widget.setMaximumWidth(260)
        self.transport_check = QCheckBox(self.tr("Pupils need transport"))
        self.one_guest_check = QCheckBox(self.tr("One guest"))
        self.one_guest_check.setObjectName("oneGuestCheck")
        self.one_guest_check.setToolTip(
            self.tr(
                "The format is one guest (such as Beeldenbrekers or a parent's guest lesson): "
                "one role model is the activity as it is meant, so the warning about only one "
                "role model does not apply"
            )
        )
        self.visit_task_check = QCheckBox(self.tr("Task during a company visit"))
        self.visit_task_check.setObjectName("visitTaskCheck")
        self.visit_task_check.setToolTip(
            self.tr(
                "An assignment pupils do during a company visit (such as the "
                "Medewerkerspaspoort): the chain builder offers it as a task of a visit chain, "
                "printed in that chain's logbook; it stays an activity of its own as well"
            )
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Title for pupils"), self.pupil_title_edit)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Provider"), self.provider_box)
        form.addRow(self.tr("Grades"), grades)
        form.addRow(self.tr("Duration"), self.duration_box)
        form.addRow(self.tr("Cost"), self.cost_box)
        form.addRow("", self.transport_check)
        form.addRow("", self.one_guest_check)
        form.addRow("", self.visit_task_check)
        form.addRow(self.tr("Description"), self.description_edit)
        return page

    def _worlds_tab(self, choices: CatalogChoices) -> QWidget:
        self.world_list = QListWidget()
        self.profession_list = QListWidget()
        for widget, items in ((self.world_list, choices.worlds), (self.profession_list, choices.professions)):
            for choice in items:
                shown = domain_text.world(choice.name) if widget is self.world_list else choice.name
                item = QListWidgetItem(shown)
                item.setData(KEY_ROLE, choice.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        self.profession_filter = QLineEdit()
        self.profession_filter.setPlaceholderText(self.tr("Search professions…"))
        self.profession_filter.setClearButtonEnabled(True)
        self.profession_filter.textChanged.connect(self._filter_professions)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.world_list.setAccessibleName(self.tr("Worlds of technology and sectors"))
        self.profession_list.setAccessibleName(self.tr("Professions pupils see"))
        self.profession_filter.setAccessibleName(self.tr("Search professions"))
        left.addWidget(QLabel(self.tr("Worlds of technology and sectors")))
        left.addWidget(self.world_list)
        right.addWidget(QLabel(self.tr("Professions pupils see")))
        right.addWidget(self.profession_filter)
        right.addWidget(self.profession_list)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addLayout(right)
        return page

    def _lessons_tab(self) -> QWidget:
        self.lesson_list = QListWidget()
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.lesson_list.setFixedWidth(220)
        self.lesson_list.setWordWrap(True)
        self.lesson_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lesson_list.setSpacing(2)
        self.lesson_stack = QStackedWidget()
        self.add_preparation_button = QPushButton(self.tr("Add preparation lesson"))
        self.add_reflection_button = QPushButton(self.tr("Add reflection lesson"))
        self.remove_lesson_button = QPushButton(self.tr("Remove lesson"))
        self.add_preparation_button.clicked.connect(lambda: self.add_lesson(LessonKind.PREPARATION))
        self.add_reflection_button.clicked.connect(lambda: self.add_lesson(LessonKind.REFLECTION))
        self.remove_lesson_button.clicked.connect(self.remove_lesson)
        self.lesson_list.currentRowChanged.connect(self.lesson_stack.setCurrentIndex)
        left = QVBoxLayout()
        left.addWidget(self.lesson_list, 1)
        for button in (self.add_preparation_button, self.add_reflection_button, self.remove_lesson_button):
            left.addWidget(button)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addWidget(self.lesson_stack, 1)
        return page

    # --- lessons ------------------------------------------------------------------------

    def editors(self, kind: LessonKind | None = None) -> list[TemplateEditor]:
        """The lesson editors in list order (preparation lessons first), of one kind or all."""
        found = [self.lesson_stack.widget(i) for i in range(self.lesson_stack.count())]
        return [e for e in found if isinstance(e, TemplateEditor) and kind in (None, e.kind)]

    def add_lesson(self, kind: LessonKind, template: TemplateDraft | None = None) -> TemplateEditor:
        """Add a lesson of ``kind`` (after the others of its kind) and show it."""
        editor = TemplateEditor(kind, template)
        position = len(self.editors(LessonKind.PREPARATION))
        if kind is LessonKind.REFLECTION:
            position = self.lesson_stack.count()
        self.lesson_stack.insertWidget(position, editor)
        self.lesson_list.insertItem(position, "")
        editor.title_edit.textChanged.connect(self._name_lessons)
        self._name_lessons()
        self.lesson_list.setCurrentRow(position)
        self.lesson_stack.setCurrentIndex(position)
        return editor

    def remove_lesson(self) -> None:
        row = self.lesson_list.currentRow()
        if row < 0:
            return
        editor = self.lesson_stack.widget(row)
        if editor is not None:
            self.lesson_stack.removeWidget(editor)
            editor.deleteLater()
        self.lesson_list.takeItem(row)
        self._name_lessons()

    def _name_lessons(self) -> None:
        for row, editor in enumerate(self.editors()):
            same = self.editors(editor.kind)
            label = self.tr("Preparation lesson %1") if editor.kind is LessonKind.PREPARATION else self.tr(
                "Reflection lesson %1"
            )
            label = label.replace("%1", str(same.index(editor) + 1))
            title = editor.title_edit.text().strip()
            self.lesson_list.item(row).setText(f"{label}\n{title}" if title else label)
        self.add_preparation_button.setEnabled(len(self.editors(LessonKind.PREPARATION)) < 2)
        self.add_reflection_button.setEnabled(len(self.editors(LessonKind.REFLECTION)) < 2)
        self.remove_lesson_button.setEnabled(self.lesson_stack.count() > 0)

    # --- in and out ------------------------------------------------------------------------

    def _fill(self, draft: ActivityDraft | None) -> None:
        if draft is None:
            self.grade_min_box.setValue(GRADE_MIN)
            self.grade_max_box.setValue(GRADE_MAX)
            self.cost_box.setValue(-1)
            self.add_lesson(LessonKind.PREPARATION)
            self.add_lesson(LessonKind.REFLECTION)
            self.lesson_list.setCurrentRow(0)
            return
        self.title_edit.setText(draft.title)
        self.pupil_title_edit.setText(draft.pupil_title)
        self.kind_box.setCurrentIndex(self.kind_box.findData(draft.kind))
        self.provider_box.setCurrentIndex(max(0, self.provider_box.findData(draft.provider_key)))
        self.grade_min_box.setValue(draft.grade_min)
        self.grade_max_box.setValue(draft.grade_max)
        self.duration_box.setValue(draft.duration_minutes or 0)
        self.cost_box.setValue(-1 if draft.cost_cents is None else draft.cost_cents / 100)
        self.transport_check.setChecked(draft.needs_transport)
        self.one_guest_check.setChecked(draft.one_guest)
        self.visit_task_check.setChecked(draft.visit_task)
        self.description_edit.setPlainText(draft.description)
        self.set_checked_keys(self.world_list, draft.world_keys)
        self.set_checked_keys(self.profession_list, draft.profession_keys)
        for kind in LessonKind:
            for template in draft.templates_of(kind):
                self.add_lesson(kind, template)
        self.lesson_list.setCurrentRow(0)

    @staticmethod
    def set_checked_keys(widget: QListWidget, keys: tuple[str, ...]) -> None:
        wanted = set(keys)
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.data(KEY_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def checked_keys(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            sorted(
                widget.item(row).data(KEY_ROLE)
                for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked
            )
        )

    def _suggest_pupil_title(self, title: str) -> None:
        """An empty pupil title prints as the title without the provider: show that."""
        self.pupil_title_edit.setPlaceholderText(pupil_title_of("", title))

    def _filter_professions(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.profession_list.count()):
            item = self.profession_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def draft(self) -> ActivityDraft:
        """What the dialog holds now."""
        provider_text = self.provider_box.currentText().strip()
        index = self.provider_box.findText(provider_text, Qt.MatchFlag.MatchFixedString)
        provider_key = self.provider_box.itemData(index) if index >= 0 else None
        cost = self.cost_box.value()
        return ActivityDraft(
            title=self.title_edit.text().strip(),
            pupil_title=self.pupil_title_edit.text().strip(),
            kind=self.kind_box.currentData(),
            grade_min=self.grade_min_box.value(),
            grade_max=self.grade_max_box.value(),
            provider_key=provider_key,
            new_provider=provider_text if provider_text and index < 0 else "",
            description=self.description_edit.toPlainText().strip(),
            duration_minutes=self.duration_box.value() or None,
            cost_cents=None if cost < 0 else round(cost * 100),
            needs_transport=self.transport_check.isChecked(),
            one_guest=self.one_guest_check.isChecked(),
            visit_task=self.visit_task_check.isChecked(),
            core_objectives=self._core_objectives,
            world_keys=self.checked_keys(self.world_list),
            profession_keys=self.checked_keys(self.profession_list),
            preparation=tuple(e.template() for e in self.editors(LessonKind.PREPARATION)),
            reflection=tuple(e.template() for e in self.editors(LessonKind.REFLECTION)),
        )

    def accept(self) -> None:
        draft = self.draft()
        problems = activity_problems(draft)
        if problems:
            self._show_problems("\n".join(f"• {error_text.keyed_line(p)}" for p in problems))
            return
        try:
            self._save(draft)
        except BeroepsplannerError as exc:
            self._show_problems(error_text.error(exc))
            return
        super().accept()

    def _show_problems(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.show()
