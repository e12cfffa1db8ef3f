"""The workspace: the one open database the window works on.

Screens never run a query. They ask the workspace, which calls ``store`` and
tells every view through Qt signals when something changed, so all views
refresh from one place.

Changes by other programs on the same file (another window, a command-line
import) reach the views the same way: a timer asks a ``ChangeWatcher`` every
second whether another connection committed (SQLite's ``PRAGMA
data_version``, one small query), and if so reads the change log since the
last look and emits ``dataChanged`` for the subjects of the tables touched.
While a modal dialog is open the refresh waits until it closes, so nothing a
user is typing in a dialog is reloaded under their hands; a page keeps its
own unsaved form input (the companies page reloads a form only when it was
not modified).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from beroepsplanner.errors import BeroepsplannerError

if TYPE_CHECKING:
    # Types only: the first screen is shown before the database layer is imported
    # (``ui/start.py``); the store is imported where it is called.
    from sqlalchemy.orm import Session

    from beroepsplanner.domain.catalog import ActivitySummary
    from beroepsplanner.store.change_log import ChangeWatcher, LogEntry
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.row_versions import RowKey
    from beroepsplanner.store.sessions import Database
    from beroepsplanner.ui.commands import StoreCommand

logger = logging.getLogger("beroepsplanner")

SUBJECTS = ("activities", "companies", "classes", "chains", "school")

POLL_MS = 1000
"""How often the window looks for changes by other programs (a cheap PRAGMA)."""

TABLE_SUBJECTS: dict[str, tuple[str, ...]] = {
    # What a change of another program in a table makes the window reload.
    "activities": ("activities", "chains"),
    "lesson_templates": ("activities", "chains"),
    "template_questions": ("activities",),
    "activity_worlds": ("activities",),
    "activity_professions": ("activities",),
    "providers": ("activities",),
    "worlds": ("activities", "companies"),
    "professions": ("activities", "companies"),
    "seed_records": (),
    "companies": ("companies", "chains"),
    "company_confirmations": ("companies", "chains"),
    "company_contacts": ("companies",),
    "company_worlds": ("companies",),
    "company_professions": ("companies",),
    "role_models": ("companies", "chains"),
    "schools": ("school", "classes", "chains"),
    "school_years": ("school", "classes", "chains"),
    "study_days": ("school", "chains"),
    "holiday_moves": ("school", "chains"),
    "classes": ("classes", "school", "chains"),
    "pupils": ("classes",),
    "parents": ("classes", "chains"),
    "chains": ("chains",),
    "chain_lessons": ("chains",),
    "chain_role_models": ("chains",),
    "chain_pupils": ("chains",),
    "chain_evaluations": ("chains", "companies"),
    "settings": ("school", "chains"),
}


def subjects_of(entries: Iterable[LogEntry]) -> set[str]:
    """The ``dataChanged`` subjects of what ``entries`` touched (every subject for a
    table this program does not know)."""
    found: set[str] = set()
    for entry in entries:
        for table in entry.touched.tables():
            found.update(TABLE_SUBJECTS.get(table, SUBJECTS))
    return found


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
        self.own_changes: dict[int, int] = {}
        """Change-log revision → serial number of the command that wrote it, for this
        database (``change_log.ensure_unchanged`` counts a command's runs as one step)."""
        self.own_versions: dict[RowKey, int] = {}
        """The version this window last wrote of each versioned row (``store/row_versions``):
        an undo or redo finds it there unless a colleague saved the row since."""
        self._watcher: ChangeWatcher | None = None
        self._held: set[str] = set()
        self.opened_state: str | None = None
        """The state of the database file when it was opened (``adopt``)."""
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.check_for_changes)

    # --- opening and closing ---------------------------------------------------

    def open(self, location: DatabaseLocation | Path | str) -> None:
        """Open (or create) the database at ``location`` (a file, or a server's
        ``postgresql://`` URL) and make it the current one.

        Raises ``DatabaseError`` with a Dutch message when the database cannot be
        used; the database that was open stays open in that case.
        """
        from beroepsplanner.store.database import open_database
        from beroepsplanner.store.location import DatabaseLocation

        self.adopt(open_database(DatabaseLocation.parse(location)))

    def adopt(self, database: Database) -> str | None:
        """Make ``database``, opened elsewhere (the start's thread, ``ui/start.py``), the
        current one, as ``open`` does. Returns the state of the database read once the
        changes of other programs are watched (``store/start_view.file_state``, on a
        server ``session_state``): a view read at that state is current
        (``opened_state``); None when it cannot be read."""
        previous, self._database = self._database, database
        self._stop_watching()
        if previous is not None:
            previous.close()
        self.undo_stack.clear()
        self.own_changes.clear()
        self.own_versions.clear()
        self._start_watching()
        self.opened_state = None
        if database.path is not None:
            from beroepsplanner.store.start_view import file_state

            self.opened_state = file_state(database.path)
        else:
            self.opened_state = self._server_state(database)
        self.databaseChanged.emit()
        return self.opened_state

    @staticmethod
    def _server_state(database: Database) -> str | None:
        from beroepsplanner.errors import DatabaseError
        from beroepsplanner.store.start_view import session_state

        try:
            with database.session() as session:
                return session_state(session)
        except DatabaseError:
            return None  # the pages read anew, and say what is wrong

    def close(self) -> None:
        """Close the open database, if any."""
        if self._database is None:
            return
        self._stop_watching()
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
        """The file of the open database; None when none is open or it is on a server."""
        return self._database.path if self._database is not None else None

    @property
    def location(self) -> DatabaseLocation | None:
        """Where the open database is (a file or a server), or None."""
        return self._database.location if self._database is not None else None

    # --- changing ------------------------------------------------------------------

    def execute(self, command: StoreCommand) -> None:
        """Do ``command`` in one transaction, then put it on the undo stack.

        A refusal of the store raises its ``BeroepsplannerError`` (Dutch message)
        before anything is written or stacked; the caller shows the message.
        """
        command.workspace = self
        try:
            self.run_command(command, command.apply)
        except BeroepsplannerError as exc:
            from beroepsplanner.logs import log_refused

            log_refused(exc, type(command).__name__)
            raise
        # The command's kind only: its text on the undo stack names classes and people.
        logger.info("change: %s", type(command).__name__)
        command._done_before_push = True
        self.undo_stack.push(command)

    def run_command(self, command: StoreCommand, step: Callable[[Session], Any]) -> Any:
        """Run one step of ``command`` (its apply or revert) as one transaction; the
        command remembers what the change log recorded of it and the versions of the rows
        it wrote, for its next undo or redo."""
        from beroepsplanner.store.change_log import committed_change, touched_so_far
        from beroepsplanner.store.row_versions import written_versions

        with self._require().transaction() as session:
            result = step(session)
            written = written_versions(session, touched_so_far(session).own)
        command.written_rows = frozenset(written)
        self.own_versions.update(written)
        change = committed_change(session)
        if change is not None:
            command.change = change
            self.own_changes[change.revision] = command.serial
        for subject in command.subjects:
            self.dataChanged.emit(subject)
        return result

    def run_in_transaction(self, step: Callable[[Session], Any], subjects: Iterable[str]) -> Any:
        """Run ``step(session)`` as one transaction and tell the views what changed (the
        versions it wrote count as this window's own, as a command's do)."""
        from beroepsplanner.store.change_log import touched_so_far
        from beroepsplanner.store.row_versions import written_versions

        with self._require().transaction() as session:
            result = step(session)
            written = written_versions(session, touched_so_far(session).own)
        self.own_versions.update(written)
        for subject in subjects:
            self.dataChanged.emit(subject)
        return result

    # --- changes by other programs ---------------------------------------------

    def check_for_changes(self) -> bool:
        """Emit ``dataChanged`` for what other programs changed since the last look;
        True when it did. Called by ``poll_timer``; waits while a modal dialog is open."""
        if self._watcher is not None:
            try:
                found = self._watcher.poll()
            except BeroepsplannerError:
                found = None  # locked or unreadable for a moment: look again next time
            if found is not None:
                entries, complete = found
                self._held |= subjects_of(entries) if complete else set(SUBJECTS)
        if not self._held:
            return False
        application = QApplication.instance()
        if isinstance(application, QApplication) and application.activeModalWidget() is not None:
            return False
        held, self._held = self._held, set()
        for subject in SUBJECTS:
            if subject in held:
                self.dataChanged.emit(subject)
        return True

    def _start_watching(self) -> None:
        from beroepsplanner.store.change_log import ChangeWatcher

        try:
            self._watcher = ChangeWatcher(self._require())
        except BeroepsplannerError:
            self._watcher = None
            return
        self.poll_timer.start()

    def _stop_watching(self) -> None:
        self.poll_timer.stop()
        self._held.clear()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def read(self, question: Callable[[Session], Any]) -> Any:
        """Answer ``question(session)`` in a read-only session (for screen controllers)."""
        with self._require().session() as session:
            return question(session)

    # --- questions ---------------------------------------------------------------

    @property
    def school_name(self) -> str | None:
        """The name of the school in this database, or None while no school is set up."""
        from beroepsplanner.store.plans import the_school

        with self._require().session() as session:
            school = the_school(session)
            return school.name if school is not None else None

    def activities(self) -> list[ActivitySummary]:
        """Every activity of the catalog, ordered by title."""
        from beroepsplanner.store.catalog import list_activities

        with self._require().session() as session:
            return list_activities(session)

    def counts(self) -> dict[str, int]:
        """How many activities, companies, classes and chains the database holds."""
        from beroepsplanner.store.overview import count_records

        with self._require().session() as session:
            return count_records(session)

    def _require(self) -> Database:
        if self._database is None:
            raise RuntimeError("Workspace has no open database; call open() first")
        return self._database
