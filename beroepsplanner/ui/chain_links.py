"""The chain builder's controls for chains that belong together (issue 15 item 5).

- **t/m**: the last day of an activity that lasts several days (a project week); empty
  ("one day") for an activity of one day. The lessons are proposed anew around it:
  preparation before the first day, reflection after the last.
- **Vervolg op**: the earlier chain of the class this chain follows up (a visit, then the
  build assignment, then a presentation: one series in the year plan, counted once by the
  repetition warning, one experience on the pupil's record). The store refuses a link to
  another class or school year, to a chain that already has a follow-up, and a circle.
- **Tijdens het bezoek**: tasks pupils do during a company visit (the Medewerkerspaspoort),
  printed in the chain's logbook; shown for a visit only.

The widgets show and give back these fields of a ``ChainForm``; the chain builder puts
them in the form it checks and saves (``store/chain_links.py``, ``store/chain_tasks.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from beroepsplanner.store.chain_editing import ChainForm
from beroepsplanner.store.chain_links import FollowChoice
from beroepsplanner.store.chain_tasks import TaskChoice
from beroepsplanner.ui.qt_dates import pydate, qdate, shown_date


class ChainLinks(QObject):
    """The end date, the chain followed up and the tasks of one chain's form.

    ``endChanged`` when the user changes the end date, ``changed`` when the follow-up or a
    task changes (nothing is proposed anew for those)."""

    endChanged = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._quiet = False
        self._start = dt.date.today()

        self.end_edit = QDateEdit()
        self.end_edit.setObjectName("activityEndDate")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.end_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        # The lowest date (the first day itself) stands for "one day": its special text,
        # shown from the start too (a new chain before its activity is chosen), not Qt's
        # default date of 1 January 2000.
        self.end_edit.setSpecialValueText(self.tr("one day"))
        self.end_edit.setMinimumDate(qdate(self._start))
        self.end_edit.setDate(qdate(self._start))
        self.end_edit.setToolTip(
            self.tr("For an activity of several days (a project week): its last day. "
                    "Reflection lessons come after it.")
        )
        self.end_label = QLabel(self.tr("&until"))
        self.end_label.setBuddy(self.end_edit)

        self.follows_combo = QComboBox()
        self.follows_combo.setObjectName("followsChain")
        self.follows_combo.setToolTip(
            self.tr("A deliberate follow-up of an earlier chain of this class (a visit, then a "
                    "build assignment, then a presentation): one series, not a repetition.")
        )

        self.tasks_row = QWidget()
        self.tasks_row.setObjectName("visitTasks")
        self._tasks_layout = QHBoxLayout(self.tasks_row)
        self._tasks_layout.setContentsMargins(0, 0, 0, 0)
        self._task_checks: dict[str, QCheckBox] = {}
        self.tasks_label = QLabel(self.tr("During the &visit:"))
        # Shown once the chain's activity is known to be a company visit (``show_form``).
        self.tasks_row.setVisible(False)
        self.tasks_label.setVisible(False)

        self.end_edit.dateChanged.connect(lambda _d: self._end_changed())
        self.follows_combo.currentIndexChanged.connect(lambda _i: self._changed())

    def _end_changed(self) -> None:
        if not self._quiet:
            self.endChanged.emit()

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    # --- showing ------------------------------------------------------------------------

    def set_task_choices(self, choices: Sequence[TaskChoice]) -> None:
        """The catalog's tasks during a visit, one tick box each."""
        for check in self._task_checks.values():
            check.deleteLater()
        self._task_checks = {}
        for choice in choices:
            check = QCheckBox(choice.title)
            check.setObjectName(f"task-{choice.key}")
            check.setToolTip(self.tr("Pupils do this during the visit; it is printed in the logbook."))
            check.toggled.connect(lambda _on: self._changed())
            self._tasks_layout.addWidget(check)
            self._task_checks[choice.key] = check
        self._tasks_layout.addStretch(1)

    def show_form(
        self, form: ChainForm, follow_choices: Sequence[FollowChoice], carries_tasks: bool
    ) -> None:
        """Show the form's end date, follow-up (among ``follow_choices``) and tasks."""
        self._quiet = True
        try:
            self._start = form.date
            self.end_edit.setMinimumDate(qdate(form.date))
            self.end_edit.setDate(qdate(form.activity_end_date or form.date))
            self.follows_combo.clear()
            self.follows_combo.addItem(self.tr("Nothing: a chain of its own"), None)
            for choice in follow_choices:
                text = f"{choice.title} ({shown_date(choice.date, 'EEE d MMM')})"
                if choice.company:
                    text += f" · {choice.company}"
                self.follows_combo.addItem(text, choice.id)
            index = self.follows_combo.findData(form.follows_chain_id)
            self.follows_combo.setCurrentIndex(max(index, 0))
            for key, check in self._task_checks.items():
                check.setChecked(key in form.task_keys)
            visible = carries_tasks and bool(self._task_checks)
            self.tasks_row.setVisible(visible)
            self.tasks_label.setVisible(visible)
        finally:
            self._quiet = False

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.end_edit, self.follows_combo, *self._task_checks.values()):
            widget.setEnabled(enabled)

    # --- reading ------------------------------------------------------------------------

    def end_date(self) -> dt.date | None:
        """The last day chosen, or None for one day."""
        day = pydate(self.end_edit.date())
        return day if day > self._start else None

    def values(self, carries_tasks: bool) -> dict[str, Any]:
        """The follow-up and the tasks as ``ChainForm`` fields (no tasks unless the chain's
        activity carries them)."""
        tasks = tuple(key for key, check in self._task_checks.items() if check.isChecked())
        return {
            "follows_chain_id": self.follows_combo.currentData(),
            "task_keys": tasks if carries_tasks else (),
        }

