"""Undoable change of the school's own details: name, place, holiday region, free days and
the contact person for companies."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.domain.kinds import Region
from beroepsplanner.store.school import SchoolDetails, school_details, update_school
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
        *,
        contact: tuple[str, str, str] | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SchoolCommands", "Edit school details"), SCHOOL_SUBJECTS
        )
        self._new = SchoolDetails(name, place, region, free_days)
        self._contact = contact
        """The contact person's name, phone and e-mail; None keeps the school's."""
        self.version = version
        """The version the form showed; only the first run checks it."""
        self._old: SchoolDetails | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        if self._contact is None:
            current = school_details(session)
            self._contact = (
                (current.contact_name, current.contact_phone, current.contact_email)
                if current is not None
                else ("", "", "")
            )
        name, phone, email = self._contact
        new = dataclasses.replace(
            self._new, contact_name=name, contact_phone=phone, contact_email=email
        )
        self._old = update_school(session, new, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._old is not None
        update_school(session, self._old)
