"""The chain builder's "Evaluation" tab: a few fields about how the chain went, for the
teacher and for the company (``domain/evaluation.py``).

It opens on the activity's day (before that a line says when). The teacher's side: what
went well, what pupils asked, which people and jobs they met, whether the preparation
helped and the reflection reached attitudes, again next year; the company's side: its
answers from the printed form (``print evaluation``). Saved with its own button as one
undoable command (``ui/evaluation_commands.py``), apart from the chain — also in a locked
school year — and along with the chain when the builder's Save is pressed. The version
read with the tab goes with the save; a colleague's evaluation saved meanwhile opens the
conflict dialog with what was typed kept. No pupil names here: the hint says so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.evaluation import (
    TEXT_MAX,
    Again,
    Degree,
    EvaluationAnswers,
    EvaluationSheet,
    contact_text,
)
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.chain_evaluations import evaluation_sheet
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.chain_builder_widgets import hint_label, message_label
from beroepsplanner.ui.conflict_dialog import Field, is_save_conflict, resolve_conflict, text
from beroepsplanner.ui.evaluation_commands import SaveEvaluationCommand
from beroepsplanner.ui.workspace import Workspace

_LINES = {"went_well": 3, "pupils_asked": 2, "people_met": 2, "company_went_well": 2,
          "company_pupils_asked": 2, "company_remarks": 2}


def _labels() -> dict[str, str]:
    """The fields' labels (also the conflict dialog's field names)."""
    translate = QCoreApplication.translate
    return {
        "went_well": translate("ChainEvaluationPanel", "What went well?"),
        "pupils_asked": translate("ChainEvaluationPanel", "What did the pupils ask?"),
        "people_met": translate("ChainEvaluationPanel", "Which people and jobs did they meet?"),
        "preparation_helped": translate("ChainEvaluationPanel", "Did the preparation help?"),
        "reflection_attitudes": translate(
            "ChainEvaluationPanel", "Did the reflection reach attitudes?"
        ),
        "again": translate("ChainEvaluationPanel", "Again next year?"),
        "company_went_well": translate("ChainEvaluationPanel", "What went well (company)?"),
        "company_pupils_asked": translate("ChainEvaluationPanel", "What did the pupils ask them?"),
        "company_again": translate("ChainEvaluationPanel", "Receive a class again next year?"),
        "company_remarks": translate("ChainEvaluationPanel", "Remarks of the company"),
    }


def _answer_text(value: Any) -> str:
    if isinstance(value, Degree):
        return domain_text.degree(value)
    if isinstance(value, Again):
        return domain_text.again(value)
    return text(value)


def evaluation_fields() -> list[Field]:
    """The fields of an evaluation (``EvaluationAnswers``) for the conflict dialog."""
    return [(name, label, _answer_text) for name, label in _labels().items()]


class ChainEvaluationPanel(QWidget):
    """The evaluation of one saved chain (``set_chain``); closed before the activity's day."""

    saved = Signal()
    """An evaluation was stored."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chainEvaluationPanel")
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.chain_id: int | None = None
        self.title = ""
        self.sheet: EvaluationSheet | None = None
        self.version: int | None = None
        """The evaluation's version read with the tab (0: none yet; None: nothing read)."""
        self._loaded = EvaluationAnswers()
        self._filling = False
        self._buddies: dict[str, QLabel] = {}

        labels = _labels()
        self.hint = hint_label()
        self.hint.setObjectName("evaluationHint")
        self.texts: dict[str, QPlainTextEdit] = {}
        self.combos: dict[str, QComboBox] = {}

        teacher = QGroupBox(self.tr("You, the teacher"))
        teacher_form = self._form(teacher)
        for name in ("went_well", "pupils_asked", "people_met"):
            teacher_form.addRow(self._caption(labels[name], name))
            teacher_form.addRow(self._text(name))
        for name, choices in (
            ("preparation_helped", Degree), ("reflection_attitudes", Degree), ("again", Again)
        ):
            teacher_form.addRow(self._caption(labels[name], name), self._combo(name, choices))

        company = QGroupBox(self.tr("The company (from its form)"))
        company_form = self._form(company)
        self.contact_label = hint_label()
        self.contact_label.setObjectName("evaluationContact")
        company_form.addRow(self.contact_label)
        for name in ("company_went_well", "company_pupils_asked"):
            company_form.addRow(self._caption(labels[name], name))
            company_form.addRow(self._text(name))
        company_form.addRow(
            self._caption(labels["company_again"], "company_again"), self._combo("company_again", Again)
        )
        company_form.addRow(self._caption(labels["company_remarks"], "company_remarks"))
        company_form.addRow(self._text("company_remarks"))

        self.privacy = hint_label()
        self.privacy.setObjectName("evaluationPrivacy")
        self.privacy.setText(
            self.tr("Write about the class as a whole: no pupils' names (the evaluation is "
                    "kept for years and shared with the company's history).")
        )
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(teacher)
        inner_layout.addWidget(company)
        inner_layout.addWidget(self.privacy)
        inner_layout.addStretch(1)
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("evaluationScroll")
        self.fields_area.setWidget(inner)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)

        self.message = message_label()
        self.message.setObjectName("evaluationMessage")
        self.save_button = QPushButton(self.tr("Save evaluation"))
        self.save_button.setObjectName("saveEvaluationButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields_area, 1)
        layout.addLayout(buttons)
        workspace.dataChanged.connect(self._on_data_changed)
        self.set_chain(None)

    # --- building ---------------------------------------------------------------------------

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _caption(self, label: str, name: str) -> QLabel:
        caption = QLabel(label)
        caption.setObjectName(f"{name}Label")
        caption.setWordWrap(True)
        self._buddies[name] = caption
        return caption

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"{name}Edit")
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(self._buddies[name].text())
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * _LINES[name] + 12)
        edit.textChanged.connect(self._on_edit)
        self.texts[name] = edit
        return edit

    def _combo(self, name: str, choices: type[Degree] | type[Again]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}Combo")
        combo.addItem("—", None)
        for choice in choices:
            combo.addItem(_answer_text(choice), choice)
        self._buddies[name].setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self._on_edit())
        self.combos[name] = combo
        return combo

    # --- what is shown ------------------------------------------------------------------------

    def set_chain(self, chain_id: int | None, title: str = "") -> None:
        """Show the evaluation of saved chain ``chain_id`` (None: a chain not saved yet)."""
        self.chain_id, self.title = chain_id, title
        self.reload()

    def reload(self) -> None:
        """Read the evaluation again (what was typed is replaced)."""
        self.sheet, self.version = None, None
        chain_id = self.chain_id
        if chain_id is not None:
            try:
                self.sheet = self.workspace.read(lambda s: evaluation_sheet(s, chain_id))
            except BeroepsplannerError as exc:
                self._show_message(error_text.error(exc))
        evaluation = self.sheet.evaluation if self.sheet is not None else None
        self.version = (evaluation.version or 0) if evaluation is not None else 0
        self._loaded = evaluation.answers if evaluation is not None else EvaluationAnswers()
        self._fill(self._loaded)
        self._show_state()

    def is_open(self) -> bool:
        """Whether the evaluation can be written now (a saved chain, its day has come)."""
        return self.sheet is not None and self.sheet.opens(self.today)

    def before_activity(self) -> bool:
        return self.sheet is not None and not self.sheet.opens(self.today)

    def is_evaluated(self) -> bool:
        return self.sheet is not None and self.sheet.evaluation is not None

    def _show_state(self) -> None:
        sheet = self.sheet
        open_now = self.is_open()
        self.fields_area.setEnabled(open_now)
        self.save_button.setEnabled(open_now and self.is_modified())
        if self.chain_id is None:
            hint = self.tr("Save the chain first; after the activity you evaluate it here.")
        elif sheet is None:
            hint = ""
        elif not open_now:
            hint = self.tr(
                "The evaluation opens on %1, the day of the activity. Print the forms for the "
                "company and for yourself beforehand (File > Print, Evaluation forms)."
            ).replace("%1", domain_text.date_text(sheet.date))
        elif sheet.evaluation is not None and sheet.evaluation.evaluated_on is not None:
            hint = self.tr("Evaluated on %1. Change what you like and save again.").replace(
                "%1", domain_text.date_text(sheet.evaluation.evaluated_on)
            )
        else:
            hint = self.tr("A few fields, for you and for the company: fill in what you know.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.contact_label.setText(self._contact())

    def _contact(self) -> str:
        sheet = self.sheet
        if sheet is None or sheet.company is None:
            return self.tr("This chain has no company: leave this part empty.")
        evaluation = sheet.evaluation
        if evaluation is not None and evaluation.contact_name:
            contact = contact_text(evaluation.contact_name, evaluation.contact_role)
            return self.tr("%1; contact at the time: %2").replace("%1", sheet.company).replace("%2", contact)
        if sheet.contact_now:
            return self.tr("%1; contact: %2 (kept with the evaluation)").replace(
                "%1", sheet.company
            ).replace("%2", sheet.contact_now)
        return sheet.company

    def _fill(self, answers: EvaluationAnswers) -> None:
        self._filling = True
        try:
            for name, edit in self.texts.items():
                edit.setPlainText(getattr(answers, name))
            for name, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(answers, name))))
        finally:
            self._filling = False

    def answers(self) -> EvaluationAnswers:
        """What the tab holds now."""
        values: dict[str, Any] = {name: edit.toPlainText() for name, edit in self.texts.items()}
        values.update({name: combo.currentData() for name, combo in self.combos.items()})
        return EvaluationAnswers(**values)

    def is_modified(self) -> bool:
        return self.sheet is not None and self.answers().cleaned() != self._loaded.cleaned()

    def set_answers(self, answers: EvaluationAnswers) -> None:
        """Fill the tab with ``answers`` (as if typed)."""
        self._fill(answers)
        self._on_edit()

    def _on_edit(self) -> None:
        if self._filling:
            return
        too_long = [n for n, e in self.texts.items() if len(e.toPlainText().strip()) > TEXT_MAX]
        self._show_message(
            self.tr("At most %1 characters per field.").replace("%1", str(TEXT_MAX)) if too_long else ""
        )
        self.save_button.setEnabled(self.is_open() and self.is_modified())

    def _on_data_changed(self, subject: str) -> None:
        # Only while shown and not being typed in: a colleague's change is read again.
        if subject == "chains" and self.chain_id is not None and self.isVisible() and not self.is_modified():
            self.reload()

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store what the tab holds as one undoable step; True when stored (or nothing to
        store), False with the reason shown when refused."""
        if self.chain_id is None or not self.is_open():
            return True
        command = SaveEvaluationCommand(self.chain_id, self.answers(), self.title, self.version)
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            if isinstance(exc, ChangedByColleagueError) and is_save_conflict(exc):
                return self._resolve_conflict(exc)
            self._show_message(error_text.error(exc))
            return False
        self.reload()  # what the store keeps (texts trimmed), with the new version
        self._show_message("")
        self.saved.emit()
        return True

    def save_if_modified(self) -> bool:
        """Before the builder closes with Save: store the evaluation when it was changed."""
        return self.save() if self.is_open() and self.is_modified() else True

    def may_close(self) -> bool:
        """Before the builder closes without saving: ask about a changed evaluation."""
        if not (self.is_open() and self.is_modified()):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Evaluation not saved"),
            self.tr("You changed the evaluation. Save it?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _resolve_conflict(self, exc: ChangedByColleagueError) -> bool:
        version = resolve_conflict(self, exc, evaluation_fields())
        if version is None:
            self._show_message(error_text.error(exc))
            return False
        self.version = version
        return self.save()

    def _show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
