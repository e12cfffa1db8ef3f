"""Undoable changes to each pupil's record, made in the chain builder (``ui/chain_record.py``).

One command per change of one pupil in one chain (absent, the talents, "wil ik meer van
weten", the own words); its undo stores what was there before. The entries a deleted chain
or removed pupil took along come back with them (``chain_commands``, ``class_commands``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.store.chain_pupils import set_chain_pupil_entry
from beroepsplanner.ui.commands import StoreCommand

RECORD = ("chains",)


class SetChainPupilCommand(StoreCommand):
    """Store ``entry`` (one pupil in one chain); undo puts back what was stored before."""

    def __init__(self, entry: ChainPupilEntry, pupil_name: str) -> None:
        text = QCoreApplication.translate("RecordCommands", "Record of %1")
        super().__init__(text.replace("%1", pupil_name), RECORD)
        self.entry = entry
        self._previous: ChainPupilEntry | None = None

    def apply(self, session: Session) -> None:
        self._previous = set_chain_pupil_entry(session, self.entry)

    def revert(self, session: Session) -> None:
        assert self._previous is not None
        set_chain_pupil_entry(session, self._previous)
