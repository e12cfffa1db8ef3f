"""Undoable addition of a profession to the list (from the company form)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.store.professions import add_profession, remove_profession
from beroepsplanner.ui.commands import StoreCommand

PROFESSION_SUBJECTS = ("companies", "activities")


class AddProfessionCommand(StoreCommand):
    """Add a profession; undo removes it again (when nothing uses it by then)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("ProfessionCommands", "Add profession %1").replace(
                "%1", " ".join(name.split())
            ),
            PROFESSION_SUBJECTS,
        )
        self.name = name
        self.key: str | None = None

    def apply(self, session: Session) -> None:
        self.key = add_profession(session, self.name, self.key).key

    def revert(self, session: Session) -> None:
        assert self.key is not None
        remove_profession(session, self.key)
