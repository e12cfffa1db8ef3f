"""Undoable change of the school's vision and goals (``store/goals.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.goal_settings import GoalSettings
from beroepsplanner.store.goals import save_goal_settings
from beroepsplanner.ui.commands import StoreCommand

GOAL_SUBJECTS = ("school",)
"""The Overzicht reloads on "school"."""


class EditGoalsCommand(StoreCommand):
    """Store new goals; undo stores the ones before. The first run refuses when a colleague
    saved other goals since the dialog read them (``expected``)."""

    def __init__(self, new: GoalSettings, expected: GoalSettings | None = None) -> None:
        super().__init__(QCoreApplication.translate("GoalCommands", "Edit the school's goals"), GOAL_SUBJECTS)
        self._new = new
        self._expected = expected
        self._old: GoalSettings | None = None

    def apply(self, session: Session) -> None:
        expected, self._expected = self._expected, None
        if self._old is None:
            self._old = save_goal_settings(session, self._new, expected=expected)
        else:
            # A redo: only over the goals the undo left (not over a colleague's).
            save_goal_settings(session, self._new, expected=self._old)

    def revert(self, session: Session) -> None:
        assert self._old is not None
        # Only over the goals this command stored (not over a colleague's).
        save_goal_settings(session, self._old, expected=self._new)
