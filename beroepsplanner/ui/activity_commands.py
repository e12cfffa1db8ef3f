"""Undoable changes to the catalog: add, change and delete an activity.

Each command calls ``store.activity_editing`` in one transaction, both to do
and to undo. A redo after an undo gives the activity back its key, so commands
further up the stack keep referring to the right activity.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.catalog import ActivityDraft
from beroepsplanner.store.activity_editing import (
    ActivityChange,
    CreatedActivity,
    RemovedActivity,
    create_activity,
    delete_activity,
    remove_created_activity,
    restore_activity,
    revert_update,
    update_activity,
)
from beroepsplanner.ui.commands import StoreCommand

ACTIVITIES = ("activities",)
# A changed activity changes what the chains that use it show (title, lessons).
ACTIVITIES_AND_CHAINS = ("activities", "chains")


class CreateActivityCommand(StoreCommand):
    """Add an own activity to the catalog; ``key`` is known after it was done."""

    def __init__(self, draft: ActivityDraft) -> None:
        text = QCoreApplication.translate("ActivityCommands", "Add activity %1")
        super().__init__(text.replace("%1", draft.title.strip()), ACTIVITIES)
        self.draft = draft
        self.key: str | None = None
        self._created: CreatedActivity | None = None

    def apply(self, session: Session) -> None:
        self._created = create_activity(session, self.draft, key=self.key)
        self.key = self._created.key

    def revert(self, session: Session) -> None:
        assert self._created is not None
        remove_created_activity(session, self._created)


class UpdateActivityCommand(StoreCommand):
    """Change an activity (own or from the bundled catalog)."""

    def __init__(self, key: str, draft: ActivityDraft) -> None:
        text = QCoreApplication.translate("ActivityCommands", "Change activity %1")
        super().__init__(text.replace("%1", draft.title.strip()), ACTIVITIES_AND_CHAINS)
        self.key, self.draft = key, draft
        self._change: ActivityChange | None = None

    def apply(self, session: Session) -> None:
        self._change = update_activity(session, self.key, self.draft)

    def revert(self, session: Session) -> None:
        assert self._change is not None
        revert_update(session, self._change)


class DeleteActivityCommand(StoreCommand):
    """Delete an own activity that no chain uses (the store refuses the others)."""

    def __init__(self, key: str, title: str) -> None:
        text = QCoreApplication.translate("ActivityCommands", "Delete activity %1")
        super().__init__(text.replace("%1", title), ACTIVITIES)
        self.key = key
        self._removed: RemovedActivity | None = None

    def apply(self, session: Session) -> None:
        self._removed = delete_activity(session, self.key)

    def revert(self, session: Session) -> None:
        assert self._removed is not None
        restore_activity(session, self._removed)
