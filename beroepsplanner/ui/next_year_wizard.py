"""Bestand > Nieuw schooljaar…: the move to the next school year, step by step, then Doen.

Every step shows what the move will do and lets the user change it — the wizard works on
a ``NextYearPlan`` (domain/next_year.py) and writes nothing until Doen:

1. the school year: from the newest to the one after it;
2. the classes of the new year: from which class of last year, name, groep and teacher
   (editable in the table), the pupils; groep 8 leaving;
3. split and merge (``ui/next_year_split.py``);
4. the new groep 1: empty, or the names of a class list (the Klassen page's import);
   steps 1–4 are in ``ui/next_year_steps.py``;
5. the chains that come back as concepts per class, and those that find no room
   (``store.years.preview_next_year``: the move done and rolled back);
6. a summary; Doen makes the year in one transaction, one step on the undo stack
   (``ui/next_year_command.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QVBoxLayout, QWidget, QWizard

from beroepsplanner.domain.next_year import NextYearPlan
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.years import (
    NextYearSummary,
    load_for_move,
    plan_next_year,
    preview_next_year,
)
from beroepsplanner.ui import error_text
from beroepsplanner.ui.class_dialog import error_label
from beroepsplanner.ui.models.next_year_table import ChainsBackModel
from beroepsplanner.ui.next_year_command import NextYearCommand
from beroepsplanner.ui.next_year_steps import (
    ClassesStep,
    GroupOneStep,
    SplitMergeStep,
    YearPage,
    _Page,
    _text,
)
from beroepsplanner.ui.widgets import fitting_size, record_table
from beroepsplanner.ui.workspace import Workspace

_Resize = QHeaderView.ResizeMode


class ChainsStep(_Page):
    """The chains that come back as concepts, per class; those that find no room, named."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Last year's chains as concepts"))
        self.setSubTitle(
            self.tr(
                "Each class gets the chains its grade had last year, in the same school week, "
                "as concepts to check and confirm."
            )
        )
        self.model = ChainsBackModel(self)
        self.view = record_table("chainsBackView")
        self.view.setAccessibleName(self.tr("Chains per class"))
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, _Resize.ResizeToContents)
        header.setSectionResizeMode(1, _Resize.Stretch)
        header.setSectionResizeMode(2, _Resize.ResizeToContents)
        self.left_out_label = _text()
        self.left_out_label.setObjectName("leftOutLabel")
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard: NextYearWizard = self.wizard()  # type: ignore[assignment]
        plan = self.plan()
        summary = wizard.run_preview()
        per_class = dict(summary.chains_per_class) if summary else {}
        self.model.set_rows(
            [
                (
                    move.name.strip(),
                    _name_of(plan, move.chains_from),
                    per_class.get(move.name.strip(), 0),
                )
                for move in plan.classes
            ]
        )
        self.error_label.setText(wizard.preview_error)
        self.error_label.setVisible(bool(wizard.preview_error))
        lines = list(summary.left_out) if summary else []
        if lines:
            text = self.tr("%n chains find no room in the new school year:", "", len(lines))
            self.left_out_label.setText(
                text + "\n" + "\n".join("• " + error_text.keyed_line(line) for line in lines)
            )
        elif summary:
            self.left_out_label.setText(self.tr("Every chain finds a place in the new school year."))
        self.left_out_label.setVisible(summary is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.wizard().preview_error  # type: ignore[attr-defined]


def _name_of(plan: NextYearPlan, class_id: int | None) -> str:
    found = plan.last_class(class_id) if class_id is not None else None
    return found.name if found else ""


class SummaryStep(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Do it makes the new school year in one step."))
        self.summary_label = _text()
        self.summary_label.setObjectName("summaryLabel")
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wizard: NextYearWizard = self.wizard()  # type: ignore[assignment]
        summary = wizard.run_preview()
        self.error_label.setText(wizard.preview_error)
        self.error_label.setVisible(bool(wizard.preview_error))
        self.summary_label.setText(self.summary_text(self.plan(), summary) if summary else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.wizard().preview_error  # type: ignore[attr-defined]

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def summary_text(self, plan: NextYearPlan, summary: NextYearSummary) -> str:
        """What Do it will do, as a few lines in the window's language."""
        new = sum(len(m.new_pupils) for m in plan.classes)
        lines = [
            self.tr("School year %1 is made with %n classes:", "", summary.classes).replace("%1", plan.label),
            "• " + self.tr("%n pupils go on to the next grade", "", summary.pupils - new),
        ]
        if new:
            lines.append("• " + self.tr("%n new pupils in grade 1", "", new))
        if plan.leaving:
            lines.append(
                "• " + self.tr("%n pupils of grade 8 leave the school", "", plan.leaving_pupils)
            )
        lines.append("• " + self.tr("%n chains of last year come back as concepts", "", summary.chains))
        if summary.left_out:
            lines.append("• " + self.tr("%n chains find no room; plan them again", "", len(summary.left_out)))
        if summary.companies_to_confirm:
            lines.append(
                "• " + self.tr("%n companies must confirm again for %1", "", summary.companies_to_confirm)
                .replace("%1", plan.label)
            )
        lines.append(
            "• " + self.tr("School year %1 stays as it is and is closed (read only until you unlock it)")
            .replace("%1", plan.from_label)
        )
        lines.append("")
        lines.append(self.tr("Edit > Undo takes the whole move back."))
        return "\n".join(lines)


class NextYearWizard(QWizard):
    """File > New school year…: the move in six steps; Do it makes it (one undoable step)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextYearWizard")
        self.workspace = workspace
        self.proposal: NextYearPlan = workspace.read(_proposal)
        self.plan = self.proposal
        self.summary: NextYearSummary | None = None
        """What the move did, after Do it."""
        self.preview_error = ""
        self._preview: tuple[NextYearPlan, NextYearSummary | None, str] | None = None
        self.setWindowTitle(self.tr("New school year %1").replace("%1", self.plan.label))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Do it"))
        self.year_step = YearPage()
        self.classes_step = ClassesStep()
        self.split_step = SplitMergeStep()
        self.group_one_step = GroupOneStep()
        self.chains_step = ChainsStep()
        self.summary_step = SummaryStep()
        for page in (
            self.year_step,
            self.classes_step,
            self.split_step,
            self.group_one_step,
            self.chains_step,
            self.summary_step,
        ):
            self.addPage(page)
        self.resize(fitting_size((900, 600)))
        self._shown = self.currentId()
        self.currentIdChanged.connect(self._on_step)

    def _on_step(self, step: int) -> None:
        # Back shows a step as it was left; the plan may have changed since (a split).
        if step >= 0 and step < self._shown:
            page = self.page(step)
            if page is not None:
                page.initializePage()
        self._shown = step

    def run_preview(self) -> NextYearSummary | None:
        """What the move would do with the plan as it is now (cached per plan)."""
        if self._preview is None or self._preview[0] is not self.plan:
            plan = self.plan
            # The move done and rolled back: a second on a large school.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                summary = self.workspace.read(lambda s: _preview(s, plan))
                self._preview = (plan, summary, "")
            except BeroepsplannerError as exc:
                self._preview = (plan, None, error_text.error(exc))
            finally:
                QApplication.restoreOverrideCursor()
        _plan, summary, self.preview_error = self._preview
        return summary

    def accept(self) -> None:
        """Do it: the move in one transaction, on the undo stack; a refusal stays shown."""
        command = NextYearCommand(self.plan)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.summary_step.show_error(error_text.error(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.summary = command.summary
        super().accept()


def _proposal(session) -> NextYearPlan:  # type: ignore[no-untyped-def]
    load_for_move(session)
    return plan_next_year(session)


def _preview(session, plan: NextYearPlan) -> NextYearSummary:  # type: ignore[no-untyped-def]
    load_for_move(session)
    return preview_next_year(session, plan)
