"""The school's vision and goals, edited by the coordinator (Overzicht, tab Goals, "Edit
vision and goals…"): the vision in a few sentences, and per goal whether the school follows
it and its numbers, each with the research's default shown and a button to go back to it.
OK hands the settings back; the panel stores them as one undoable ``EditGoalsCommand``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.goal_settings import MAX_VISION, GoalKind, GoalSettings
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN
from beroepsplanner.ui import goals_text

_YEAR = 2001
"""The year of the date edit of the second half's first day: only its day and month count
(not a leap year: a half cannot start on 29 February every year)."""


class GoalsDialog(QDialog):
    """The vision and the goals; ``settings()`` is what the dialog holds."""

    def __init__(self, settings: GoalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsDialog")
        self.setWindowTitle(self.tr("The school's vision and goals"))
        self.default = GoalSettings()
        self.boxes: dict[GoalKind, QGroupBox] = {}
        self.spins: dict[str, QSpinBox] = {}

        self.vision_edit = QPlainTextEdit()
        self.vision_edit.setObjectName("visionEdit")
        self.vision_edit.setAccessibleName(self.tr("The school's vision"))
        self.vision_edit.setPlaceholderText(
            self.tr("In a few sentences: what the school wants its pupils to take with them from career "
                    "orientation.")
        )
        self.vision_edit.setTabChangesFocus(True)
        self.vision_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.vision_count = QLabel()
        self.vision_edit.textChanged.connect(self._count_vision)

        content = QWidget()
        goals_layout = QVBoxLayout(content)
        vision_label = QLabel(self.tr("&Vision"))
        vision_label.setBuddy(self.vision_edit)
        goals_layout.addWidget(vision_label)
        goals_layout.addWidget(self.vision_edit)
        goals_layout.addWidget(self.vision_count)
        for kind in GoalKind:
            goals_layout.addWidget(self._goal_box(kind))
        goals_layout.addStretch(1)
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_all_button = self.buttons.addButton(
            self.tr("All goals to their defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_all_button.setObjectName("resetAllGoalsButton")
        self.reset_all_button.clicked.connect(self.reset_all)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 600)
        self.show_settings(settings)
        # Each goal's title says the goal as it now stands in the dialog.
        for spin in self.spins.values():
            spin.valueChanged.connect(self._update_titles)
        self.second_half_edit.dateChanged.connect(self._update_titles)

    # --- building -----------------------------------------------------------------------

    def _spin(self, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"{name}Spin")
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setToolTip(self.tr("Default: %1").replace("%1", f"{getattr(self.default, name)}{suffix}"))
        self.spins[name] = spin
        return spin

    def _goal_box(self, kind: GoalKind) -> QGroupBox:
        box = QGroupBox(goals_text.title(kind, self.default))
        box.setObjectName(f"{kind.value}Box")
        box.setCheckable(True)
        box.setToolTip(self.tr("Untick to leave this goal out of the overview."))
        self.boxes[kind] = box
        form = QFormLayout()
        if kind in (GoalKind.WORLDS, GoalKind.COMPANIES):
            prefix = "worlds" if kind is GoalKind.WORLDS else "companies"
            if kind is GoalKind.COMPANIES:
                form.addRow(self.tr("At least this many companies:"), self._spin("companies", 1, 100))
            form.addRow(self.tr("From grade:"), self._spin(f"{prefix}_from", GRADE_MIN, GRADE_MAX))
            form.addRow(self.tr("Up to and including grade:"), self._spin(f"{prefix}_to", GRADE_MIN, GRADE_MAX))
        elif kind is GoalKind.REFLECTION:
            form.addRow(self.tr("Reflection lessons per chain:"), self._spin("reflections", 1, 2))
            form.addRow(self.tr("Of them about attitudes:"), self._spin("attitude_reflections", 0, 2))
        elif kind is GoalKind.FIRST_HALF:
            self.second_half_edit = QDateEdit()
            self.second_half_edit.setObjectName("secondHalfEdit")
            self.second_half_edit.setDisplayFormat("d MMMM")
            self.second_half_edit.setDateRange(QDate(_YEAR, 1, 1), QDate(_YEAR, 12, 31))
            self.second_half_edit.setToolTip(
                self.tr("Default: %1").replace("%1", goals_text.second_half_day(self.default))
            )
            form.addRow(self.tr("The second half starts on:"), self.second_half_edit)
            form.addRow(self.tr("Share of the activities before it:"), self._spin("first_half_percent", 1, 100, "%"))
        elif kind is GoalKind.PARENTS:
            form.addRow(self.tr("Chains with parents per grade per year:"), self._spin("parent_chains", 1, 20))
            note = QLabel(self.tr(
                "For now the program knows of parents only in a parent's guest lesson from the "
                "catalogue; for other chains the goal shows \"cannot be measured yet\"."
            ))
            note.setWordWrap(True)
            form.addRow(note)
        else:
            note = QLabel(self.tr(
                "Counted in the chains in which pupils meet people (a visit, a guest lesson, an "
                "internship, or a chain with a company). Tick \"breaks a stereotype\" at the role "
                "model in the company network."
            ))
            note.setWordWrap(True)
            form.addRow(note)
        reset = QPushButton(self.tr("Default"))
        reset.setObjectName(f"{kind.value}ResetButton")
        reset.setAutoDefault(False)
        reset.setToolTip(
            self.tr("Set this goal back to the research's default: %1").replace(
                "%1", goals_text.title(kind, self.default))
        )
        reset.clicked.connect(lambda _checked=False, k=kind: self.reset(k))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reset)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addLayout(row)
        return box

    def _count_vision(self) -> None:
        length = len(self.vision_edit.toPlainText())
        self.vision_count.setText(self.tr("%1 of %2 characters").replace("%1", str(length)).replace(
            "%2", str(MAX_VISION)))
        if length > MAX_VISION:
            self.vision_edit.setPlainText(self.vision_edit.toPlainText()[:MAX_VISION])

    # --- values -------------------------------------------------------------------------

    def show_settings(self, settings: GoalSettings) -> None:
        self.vision_edit.setPlainText(settings.vision)
        for kind, box in self.boxes.items():
            box.setChecked(settings.on(kind))
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))
        self.second_half_edit.setDate(QDate(_YEAR, settings.second_half_month, settings.second_half_day))
        self._update_titles()

    def _update_titles(self) -> None:
        shown = self.settings()
        for kind, box in self.boxes.items():
            box.setTitle(goals_text.title(kind, shown))

    def settings(self) -> GoalSettings:
        # int and bool values by field name (Any: mypy checks each field's type against the
        # union otherwise); settings_problems checks the values when they are stored.
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        values.update({f"{kind.value}_on": box.isChecked() for kind, box in self.boxes.items()})
        day = self.second_half_edit.date()
        values.update(second_half_month=day.month(), second_half_day=day.day())
        return replace(GoalSettings(), vision=self.vision_edit.toPlainText().strip(), **values)

    def reset(self, kind: GoalKind) -> None:
        """Goal ``kind`` back to its default (followed, the research's numbers)."""
        self.show_settings(self.settings().reset(kind))

    def reset_all(self) -> None:
        """Every goal back to its default; the vision stays."""
        self.show_settings(GoalSettings(vision=self.vision_edit.toPlainText()))
