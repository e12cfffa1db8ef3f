"""The workspace: the one open database the window works on.

Screens never run a query. They ask the workspace, which calls ``store`` and
tells every view through Qt signals when something changed, so all views
refresh from one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from beroepsplanner.domain.catalog import ActivitySummary
from beroepsplanner.store.catalog import list_activities
from beroepsplanner.store.database import Database, open_database
from beroepsplanner.store.overview import count_records
from beroepsplanner.store.plans import the_school

if TYPE_CHECKING:
    from beroepsplanner.ui.commands import StoreCommand


class Workspace(QObject):
    """Owns the open ``Database`` and answers the questions of the screens."""

    databaseChanged = Signal()
    """Another database was opened, or the open one was closed: reload everything."""

    dataChanged = Signal(str)
    """Data of one subject changed ("activities", "companies", "classes", "chains"):
    every view showing that subject reloads from here."""

    failed = Signal(str)
    """A change that was already on the undo stack could not be undone or redone;
    the Dutch message says why. Nothing was written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        # Every change goes through a QUndoCommand that calls the store, so undo is a
        # real database change too. Cleared when another database opens.
        self.undo_stack = QUndoStack(self)

    # --- opening and closing ---------------------------------------------------

    def open(self, path: Path | str) -> None:
        """Open (or create) the database at ``path`` and make it the current one.

        Raises ``DatabaseError`` with a Dutch message when the file cannot be
        used; the database that was open stays open in that case.
        """
        database = open_database(Path(path))
        previous, self._database = self._database, database
        if previous is not None:
            previous.close()
        self.undo_stack.clear()
        self.databaseChanged.emit()

    def close(self) -> None:
        """Close the open database, if any."""
        if self._database is None:
            return
        self._database.close()
        self._database = None
        self.databaseChanged.emit()

    @property
    def database(self) -> Database:
        """The open database, for the screen controllers (widgets never query it)."""
        return self._require()

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def path(self) -> Path | None:
        """The file of the open database, or None."""
        return self._database.path if self._database is not None else None

    # --- changing ------------------------------------------------------------------

    def execute(self, command: StoreCommand) -> None:
        """Do ``command`` in one transaction, then put it on the undo stack.

        A refusal of the store raises its ``BeroepsplannerError`` (Dutch message)
        before anything is written or stacked; the caller shows the message.
        """
        command.workspace = self
        self.run_in_transaction(command.apply, command.subjects)
        command._done_before_push = True
        self.undo_stack.push(command)

    def run_in_transaction(self, step: Callable[[Session], Any], subjects: Iterable[str]) -> Any:
        """Run ``step(session)`` as one transaction and tell the views what changed."""
        with self._require().transaction() as session:
            result = step(session)
        for subject in subjects:
            self.dataChanged.emit(subject)
        return result

    def read(self, question: Callable[[Session], Any]) -> Any:
        """Answer ``question(session)`` in a read-only session (for screen controllers)."""
        with self._require().session() as session:
            return question(session)

    # --- questions ---------------------------------------------------------------

    @property
    def school_name(self) -> str | None:
        """The name of the school in this database, or None while no school is set up."""
        with self._require().session() as session:
            school = the_school(session)
            return school.name if school is not None else None

    def activities(self) -> list[ActivitySummary]:
        """Every activity of the catalog, ordered by title."""
        with self._require().session() as session:
            return list_activities(session)

    def counts(self) -> dict[str, int]:
        """How many activities, companies, classes and chains the database holds."""
        with self._require().session() as session:
            return count_records(session)

    def _require(self) -> Database:
        if self._database is None:
            raise RuntimeError("Workspace has no open database; call open() first")
        return self._database
