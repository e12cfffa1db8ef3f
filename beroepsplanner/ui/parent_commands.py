"""Undoable changes to the register of parents: add, edit, remove (``store/parents.py``).

A removal is undoable while the program runs, like a pupil's: the undo stack lives in memory
only, so the parent's data is gone for good once the program is closed. Undo puts the parent
back under the same id, a guest again in the chains it was a guest in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.parents import ParentDetails
from beroepsplanner.store.parents import (
    RemovedParent,
    add_parent,
    remove_parent,
    restore_parent,
    save_parent,
)
from beroepsplanner.ui.commands import StoreCommand

PARENTS = ("classes",)
"""The register is shown on the Klassen page."""
PARENTS_AND_CHAINS = ("classes", "chains")
"""A parent who is a guest in a chain: the chain's role models and findings change too."""


class AddParentCommand(StoreCommand):
    """Put a parent in the register."""

    def __init__(self, details: ParentDetails) -> None:
        super().__init__(
            QCoreApplication.translate("ParentCommands", "Add parent %1")
            .replace("%1", details.first_name.strip()),
            PARENTS,
        )
        self.details = details
        self.parent_id: int | None = None
        self._removed: RemovedParent | None = None

    def apply(self, session: Session) -> None:
        if self._removed is None:
            self.parent_id = add_parent(session, self.details)
        else:
            self.parent_id = restore_parent(session, self._removed)

    def revert(self, session: Session) -> None:
        assert self.parent_id is not None
        self._removed = remove_parent(session, self.parent_id)


class EditParentCommand(StoreCommand):
    """Change a parent of the register (its role model follows)."""

    def __init__(self, parent_id: int, details: ParentDetails, version: int | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ParentCommands", "Edit parent %1")
            .replace("%1", details.first_name.strip()),
            PARENTS_AND_CHAINS,
        )
        self.parent_id = parent_id
        self.details = details
        self.version = version
        """The parent's version the dialog showed; only the first run checks it."""
        self._old: ParentDetails | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._old = save_parent(session, self.parent_id, self.details, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._old is not None
        save_parent(session, self.parent_id, self._old, undoing=True)


class RemoveParentCommand(StoreCommand):
    """Take a parent out of the register (and out of the chains it was a guest in)."""

    def __init__(self, parent_id: int, name: str, version: int | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ParentCommands", "Remove parent %1").replace("%1", name),
            PARENTS_AND_CHAINS,
        )
        self.parent_id = parent_id
        self.version = version
        self._removed: RemovedParent | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._removed = remove_parent(session, self.parent_id, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._removed is not None
        self.parent_id = restore_parent(session, self._removed)
