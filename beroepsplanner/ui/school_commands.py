"""Undoable change of the school's own details: name, place, holiday region and free days."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.school import SchoolDetails, update_school
from beroepsplanner.ui.commands import StoreCommand

# The region moves the holidays: the planner, the rules and the overview change too.
SCHOOL_SUBJECTS = ("school", "classes", "chains")


class EditSchoolCommand(StoreCommand):
    """Give the school a new name, place and region; undo gives back the old ones."""

    def __init__(
        self,
        name: str,
        place: str,
        region: Region,
        free_days: FreeDays = FreeDays(),
        version: int | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SchoolCommands", "Edit school details"), SCHOOL_SUBJECTS
        )
        self._new = SchoolDetails(name, place, region, free_days)
        self.version = version
        """The version the form showed; only the first run checks it."""
        self._old: SchoolDetails | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._old = update_school(session, self._new, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._old is not None
        update_school(session, self._old)
