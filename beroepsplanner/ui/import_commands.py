"""Undoable imports: a company file, and a class list for one class.

Each import is one command on the undo stack, so Edit > Undo takes a whole
file back in one step. The company import remembers the companies the file
names as they were (``store/transfer/window_import.py``) and puts them back; the class
list import removes exactly the pupils it added, and a redo brings them back
under the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.pupils import PupilRecord, name_key
from beroepsplanner.io.company_import import CompanyRow
from beroepsplanner.io.pupil_import import ClassListPupil
from beroepsplanner.logs import log_import
from beroepsplanner.store.pupils import class_pupils, remove_pupil, restore_pupil
from beroepsplanner.store.transfer.company_import import ImportResult, import_companies
from beroepsplanner.store.transfer.pupil_import import PupilImportResult, import_pupils
from beroepsplanner.store.transfer.window_import import (
    ImportSnapshot,
    company_import_snapshot,
    undo_company_import,
)
from beroepsplanner.ui.commands import StoreCommand


class ImportCompaniesCommand(StoreCommand):
    """Add and update the companies of a file; undo puts them back as they were."""

    def __init__(self, rows: Sequence[CompanyRow], file_name: str, *, skip_invalid: bool) -> None:
        text = QCoreApplication.translate("ImportCommands", "Import companies from %1")
        super().__init__(text.replace("%1", file_name), ("companies",))
        self.rows = tuple(rows)
        self.skip_invalid = skip_invalid
        self.result: ImportResult | None = None
        self._snapshot: ImportSnapshot | None = None

    def apply(self, session: Session) -> None:
        # The snapshot is taken in the same transaction as the import, every time
        # (a redo), so it is exactly the state the import changed.
        self._snapshot = company_import_snapshot(session, self.rows)
        self.result = import_companies(session, self.rows, skip_invalid=self.skip_invalid)
        log_import("companies", self.result)

    def revert(self, session: Session) -> None:
        assert self._snapshot is not None
        undo_company_import(session, self._snapshot)


class ImportClassListCommand(StoreCommand):
    """Add the pupils of a class list that the class does not have yet."""

    def __init__(self, class_id: int, class_name: str, pupils: Sequence[ClassListPupil]) -> None:
        text = QCoreApplication.translate("ImportCommands", "Import class list into %1")
        super().__init__(text.replace("%1", class_name), ("classes",))
        self.class_id = class_id
        self.pupils = tuple(pupils)
        self.result: PupilImportResult | None = None
        self.pupil_ids: list[int] = []
        self._records: list[PupilRecord] = []

    def apply(self, session: Session) -> None:
        if self._records:
            self.pupil_ids = [restore_pupil(session, r) for r in self._records]
            return
        self.result = import_pupils(session, self.class_id, self.pupils)
        log_import("class list", self.result)
        added = {name_key(n) for n in self.result.added}
        self.pupil_ids = [
            p.id for p in class_pupils(session, self.class_id) if name_key(p.display_name) in added
        ]

    def revert(self, session: Session) -> None:
        self._records = [remove_pupil(session, i) for i in self.pupil_ids]
