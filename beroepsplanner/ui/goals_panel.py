"""The Overzicht's "Goals" tab: the school's vision, and each goal's state — reached, on its
way, not reached, cannot be measured yet — in words and colour with the numbers behind it,
for the chosen school year (one row per goal) or per cohort (a row per cohort at school that
year, a column per goal; the cell's tooltip has the numbers in full). "Edit vision and
goals…" opens ``GoalsDialog``; what it holds is stored as one undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.goal_settings import GoalSettings
from beroepsplanner.domain.goals import GoalResult, GoalsReport
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui import error_text, goals_text
from beroepsplanner.ui.goals_commands import EditGoalsCommand
from beroepsplanner.ui.goals_dialog import GoalsDialog
from beroepsplanner.ui.widgets import record_table, show_refusal
from beroepsplanner.ui.workspace import Workspace

GOAL_COLUMN_CHARACTERS = 22
"""Per cohort, a goal's column is at most this wide (elided; the tooltip has it all)."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 40
"""A state cell's ``GoalState`` (tests and screen readers read the text)."""


class GoalsPanel(QWidget):
    """The vision and the goals of the Overzicht's chosen school year."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPanel")
        self.workspace = workspace
        self.report: GoalsReport | None = None
        self._per_cohort = False

        self.vision_label = QLabel()
        self.vision_label.setObjectName("visionLabel")
        self.vision_label.setWordWrap(True)
        self.vision_label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("&Edit vision and goals…"))
        self.edit_button.setObjectName("editGoalsButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("goalsScopeLabel")
        self.scope_label.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.vision_label, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = QStandardItemModel(self)
        self.view = record_table("goalsView")
        self.view.setAccessibleName(self.tr("The school's goals"))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.view, 1)

    # --- showing ------------------------------------------------------------------------

    def set_report(self, report: GoalsReport | None) -> None:
        self.report = report
        self._show()

    def set_per_cohort(self, on: bool) -> None:
        self._per_cohort = on
        self._show()

    def _show(self) -> None:
        report = self.report
        vision = report.settings.vision.strip() if report else ""
        self.vision_label.setText(
            self.tr("Vision: %1").replace("%1", vision) if vision
            else self.tr("The school has not written its vision yet.")
        )
        self.model.clear()
        if report is None:
            self.scope_label.setText(self.tr("There is no school year yet."))
            return
        if not report.year:
            self.scope_label.setText(self.tr("The school follows no goals; switch them on with Edit."))
            return
        if self._per_cohort:
            self._show_cohorts(report)
        else:
            self._show_year(report)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        last = self.model.columnCount() - 1
        for column in range(last + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if not self._per_cohort:
            # The numbers take the rest of the width, elided (the tooltip has them whole).
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        else:
            widest = self.fontMetrics().horizontalAdvance("x") * GOAL_COLUMN_CHARACTERS
            for column in range(2, last + 1):
                header.resizeSection(column, min(header.sectionSize(column), widest))

    def _show_year(self, report: GoalsReport) -> None:
        self.scope_label.setText(
            self.tr("School year %1, as the plan stands today. The goals about all seven worlds and the "
                    "companies are about cohorts: here, how the cohorts in those grades this year are "
                    "doing (Per cohort shows each).").replace("%1", report.school_year)
        )
        self.model.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("State"), self.tr("Numbers")])
        for result in report.year:
            title = QStandardItem(goals_text.title(result.kind, report.settings))
            title.setToolTip(title.text())
            numbers = QStandardItem(goals_text.numbers(result))
            numbers.setToolTip(numbers.text())
            self.model.appendRow([title, self._state_item(result, full=False), numbers])

    def _show_cohorts(self, report: GoalsReport) -> None:
        self.scope_label.setText(
            self.tr("Per cohort at school in %1 (named by the year it leaves grade 8), as the plan stands "
                    "today; hover over a cell for the numbers.").replace("%1", report.school_year)
        )
        kinds = [result.kind for result in report.year]
        self.model.setHorizontalHeaderLabels(
            [self.tr("Cohort"), self.tr("Grade"), *(goals_text.short_name(kind) for kind in kinds)]
        )
        for index, kind in enumerate(kinds):
            self.model.horizontalHeaderItem(index + 2).setToolTip(goals_text.title(kind, report.settings))
        for cohort in report.cohorts:
            row = [QStandardItem(str(cohort.cohort)), QStandardItem(", ".join(cohort.classes))]
            row[0].setToolTip(self.tr("Leaves grade 8 in %1").replace("%1", str(cohort.cohort)))
            row += [self._state_item(result, full=True, settings=report.settings) for result in cohort.results]
            self.model.appendRow(row)

    def _state_item(self, result: GoalResult, *, full: bool, settings: GoalSettings | None = None) -> QStandardItem:
        state = goals_text.state_text(result.state)
        short = goals_text.numbers(result, short=True)
        text = f"{state} ({short})" if full and short else state
        item = QStandardItem(text)
        item.setData(result.state, STATE_ROLE)
        item.setBackground(goals_text.STATE_COLOURS[result.state])
        item.setForeground(QColor("#202020"))
        tip = f"{state}: {goals_text.numbers(result)}"
        if settings is not None:
            tip = f"{goals_text.title(result.kind, settings)}\n{tip}"
        item.setToolTip(tip)
        return item

    def state_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and the manual's screenshot)."""
        return [
            [self.model.item(r, c).text() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]

    # --- editing ------------------------------------------------------------------------

    def edit(self) -> None:
        """Open the dialog; OK stores what it holds as one undoable change."""
        from beroepsplanner.store.goals import load_goal_settings

        current = self.workspace.read(load_goal_settings)
        dialog = GoalsDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        wanted = dialog.settings()
        if wanted == current:
            return
        try:
            self.workspace.execute(EditGoalsCommand(wanted, expected=current))
        except BeroepsplannerError as exc:
            show_refusal(self, self.tr("Goals not saved"), error_text.error(exc))
