"""Undoable changes to classes and pupils (and the first set-up of the school).

Each command calls the store in one transaction, both to do and to undo. A
redo after an undo puts back the very records the undo removed (same ids), so
commands further up the stack keep referring to the right class or pupil.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.pupil_record import ChainPupilEntry
from beroepsplanner.domain.pupils import PupilRecord
from beroepsplanner.store.chain_pupils import pupil_entries, put_back_entries
from beroepsplanner.store.classes import (
    ClassFields,
    ClassRecord,
    add_class,
    delete_class,
    ensure_school,
    remove_empty_school_year,
    restore_class,
    update_class,
)
from beroepsplanner.store.pupils import add_pupil, remove_pupil, rename_pupil, restore_pupil
from beroepsplanner.ui.commands import StoreCommand

CLASSES = ("classes",)
CLASSES_AND_SCHOOL = ("classes", "school")


class AddClassCommand(StoreCommand):
    """Add a class to an existing school year (a new school year is made by the move:
    ``ui/next_year_command.py``; the first one by the welcome, ``SetUpSchoolCommand``)."""

    def __init__(self, school_year: str, name: str, grade: int, teacher: str) -> None:
        super().__init__(
            QCoreApplication.translate("ClassCommands", "Add class %1").replace("%1", name.strip()),
            CLASSES,
        )
        self.school_year, self.name, self.grade, self.teacher = school_year, name, grade, teacher
        self.class_id: int | None = None
        self._record: ClassRecord | None = None

    def apply(self, session: Session) -> None:
        if self._record is None:
            self.class_id = add_class(
                session, self.school_year, self.name, self.grade, self.teacher
            )
        else:
            self.class_id = restore_class(session, self._record)

    def revert(self, session: Session) -> None:
        assert self.class_id is not None
        self._record = delete_class(session, self.class_id)


class EditClassCommand(StoreCommand):
    """Change a class's name, grade and teacher."""

    def __init__(
        self, class_id: int, name: str, grade: int, teacher: str, version: int | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("ClassCommands", "Edit class %1").replace("%1", name.strip()), CLASSES)
        self.class_id = class_id
        self.version = version
        """The class's version the dialog showed; only the first run checks it."""
        self._new = ClassFields(name, grade, teacher)
        self._old: ClassFields | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._old = update_class(
            session, self.class_id, *self._fields(self._new), expected_version=expected
        )

    def revert(self, session: Session) -> None:
        assert self._old is not None
        update_class(session, self.class_id, *self._fields(self._old))

    @staticmethod
    def _fields(fields: ClassFields) -> tuple[str, int, str]:
        return fields.name, fields.grade, fields.teacher


class RemoveClassCommand(StoreCommand):
    """Remove a class and its pupils (the store refuses a class that has chains)."""

    def __init__(self, class_id: int, name: str, version: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClassCommands", "Remove class %1").replace("%1", name), CLASSES)
        self.class_id = class_id
        self.version = version
        self._record: ClassRecord | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._record = delete_class(session, self.class_id, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._record is not None
        self.class_id = restore_class(session, self._record)


class AddPupilsCommand(StoreCommand):
    """Add one or several pupils to a class (a pasted list is one command)."""

    def __init__(self, class_id: int, names: Sequence[str]) -> None:
        names = [n for n in names if n.strip()]
        if len(names) == 1:
            text = QCoreApplication.translate("ClassCommands", "Add pupil %1").replace("%1", names[0].strip())
        else:
            text = QCoreApplication.translate("ClassCommands", "Add %n pupils", None, len(names))
        super().__init__(text, CLASSES)
        self.class_id = class_id
        self.names = names
        self.pupil_ids: list[int] = []
        self._records: list[PupilRecord] = []

    def apply(self, session: Session) -> None:
        if self._records:
            self.pupil_ids = [restore_pupil(session, r) for r in self._records]
        else:
            self.pupil_ids = [add_pupil(session, self.class_id, n) for n in self.names]

    def revert(self, session: Session) -> None:
        self._records = [remove_pupil(session, i) for i in self.pupil_ids]


class RenamePupilCommand(StoreCommand):
    """Give a pupil another display name."""

    def __init__(self, pupil_id: int, name: str, version: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("ClassCommands", "Rename pupil to %1").replace("%1", name.strip()), CLASSES)
        self.pupil_id = pupil_id
        self.version = version
        self._new = name
        self._old: str | None = None

    def apply(self, session: Session) -> None:
        expected, self.version = self.version, None
        self._old = rename_pupil(session, self.pupil_id, self._new, expected_version=expected)

    def revert(self, session: Session) -> None:
        assert self._old is not None
        rename_pupil(session, self.pupil_id, self._old, undoing=True)


class RemovePupilsCommand(StoreCommand):
    """Remove one or several pupils (with their record; undo brings both back)."""

    def __init__(self, pupil_ids: Sequence[int], names: Sequence[str]) -> None:
        if len(names) == 1:
            text = QCoreApplication.translate("ClassCommands", "Remove pupil %1").replace("%1", names[0])
        else:
            text = QCoreApplication.translate("ClassCommands", "Remove %n pupils", None, len(pupil_ids))
        super().__init__(text, CLASSES)
        self.pupil_ids = list(pupil_ids)
        self._records: list[PupilRecord] = []
        self._entries: tuple[ChainPupilEntry, ...] = ()

    def apply(self, session: Session) -> None:
        self._entries = pupil_entries(session, self.pupil_ids)
        self._records = [remove_pupil(session, i) for i in self.pupil_ids]

    def revert(self, session: Session) -> None:
        old = [r.id for r in self._records]
        self.pupil_ids = [restore_pupil(session, r) for r in self._records]
        put_back_entries(
            session, self._entries, pupil_ids=dict(zip(old, self.pupil_ids, strict=True))
        )


class SetUpSchoolCommand(StoreCommand):
    """The first-use welcome: the school, its school year, a first class and its pupils.

    Undoable like every other change: undo removes the class, its pupils, the
    school year and the school (the database is new again, and the welcome can
    be filled in anew — the only way to correct a wrong region).
    """

    def __init__(
        self,
        school_name: str,
        region: Region | None,
        school_year: str,
        class_name: str,
        grade: int,
        teacher: str,
        pupils: Sequence[str],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ClassCommands", "Set up school %1").replace("%1", school_name.strip()), CLASSES_AND_SCHOOL
        )
        self.school_name, self.region, self.school_year = school_name, region, school_year
        self.class_name, self.grade, self.teacher = class_name, grade, teacher
        self.pupils = [p for p in pupils if p.strip()]
        self.class_id: int | None = None
        self._record: ClassRecord | None = None

    def apply(self, session: Session) -> None:
        ensure_school(session, self.school_name, self.region, self.school_year)
        if self._record is not None:
            self.class_id = restore_class(session, self._record)
            return
        self.class_id = add_class(
            session, self.school_year, self.class_name, self.grade, self.teacher
        )
        for name in self.pupils:
            add_pupil(session, self.class_id, name)

    def revert(self, session: Session) -> None:
        assert self.class_id is not None
        self._record = delete_class(session, self.class_id)
        remove_empty_school_year(session, self.school_year)
