"""Undoable changes: every change a screen makes is a ``StoreCommand`` on the undo stack.

A command calls ``store`` functions inside one transaction of the open
database, both to do and to undo, so undo is a real database change as well.
``Workspace.execute`` does a command once before it goes on the stack: a
change the store refuses (a Dutch ``BeroepsplannerError``) raises there, is
not put on the stack, and has changed nothing.

Undo and redo never take back a colleague's work: every run remembers the
versions of the rows it wrote (``store/row_versions.py``) and the change-log
revision of its transaction with the rows it touched (``store/change_log.py``).
The next undo or redo first checks, in its own transaction, that those rows
still have the version this window last wrote (rows locked, so nobody saves in
between: "Dit kan niet ongedaan worden gemaakt: een collega heeft … intussen
gewijzigd") and that no other program (another window, the command line) has
touched related rows since. If one has, it refuses with a Dutch message,
writes nothing and leaves the stack; changes of this window itself are fine,
the stack's order takes them back first.

Once executed, a command belongs to the undo stack: keep no other reference to
it (read what you need, e.g. its result, right after ``execute``). The stack
deletes its commands when it is cleared or destroyed, and a Python reference
that outlives that makes the interpreter crash when it is collected.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtGui import QUndoCommand

from beroepsplanner.errors import BeroepsplannerError

if TYPE_CHECKING:
    # Types only: the window's first screen is built before SQLAlchemy is imported.
    from sqlalchemy.orm import Session

    from beroepsplanner.store.change_log import Change
    from beroepsplanner.store.row_versions import RowKey

StoreStep: TypeAlias = "Callable[[Session], Any]"

_serial_numbers = itertools.count(1)


class StoreCommand(QUndoCommand):
    """One change: ``apply`` does it, ``revert`` takes it back, each in one transaction.

    Subclasses implement ``apply(session)`` and ``revert(session)``; ``apply``
    may remember what ``revert`` needs (the previous values, a removed record).
    ``subjects`` are the ``Workspace.dataChanged`` subjects that change.
    """

    def __init__(self, text: str, subjects: Iterable[str]) -> None:
        super().__init__(text)
        self.subjects = tuple(subjects)
        self.workspace: Any = None  # set by Workspace.execute
        self._done_before_push = False
        self.change: Change | None = None
        """The logged transaction of the last run that wrote something (set by the workspace)."""
        self.serial = next(_serial_numbers)
        """Ties the transactions of this command's runs together in the change log."""
        self.written_rows: frozenset[RowKey] = frozenset()
        """The versioned rows the last run wrote (set by the workspace); the next undo or
        redo expects them at the version this window last wrote."""

    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    # --- QUndoCommand -----------------------------------------------------------

    def redo(self) -> None:
        if self._done_before_push:
            # Workspace.execute already did it, before pushing.
            self._done_before_push = False
            return
        self._run(self.apply, redo=True)

    def undo(self) -> None:
        self._run(self.revert, redo=False)

    def _run(self, step: StoreStep, *, redo: bool) -> None:
        from beroepsplanner.store.change_log import ensure_unchanged
        from beroepsplanner.store.row_versions import ensure_versions
        from beroepsplanner.ui import error_text

        since, what = self.change, self.text()

        def checked(session: Session) -> None:
            own = self.workspace.own_versions
            expected = {row: own[row] for row in self.written_rows if row in own}
            if expected:
                # Refuses, with the rows locked, when a colleague saved one of them since.
                ensure_versions(session, expected, what=what, redo=redo)
            if since is not None:
                # Refuses before anything is written when another program touched
                # the same rows after our last run.
                ensure_unchanged(
                    session, since, what=what, redo=redo, groups=self.workspace.own_changes
                )
            step(session)

        try:
            self.workspace.run_command(self, checked)
        except BeroepsplannerError as exc:
            # Someone else changed it meanwhile (or the disk is full): nothing was written.
            # The command leaves the stack so undo and redo stay consistent.
            self.setObsolete(True)
            self.workspace.failed.emit(error_text.error(exc))


class FunctionCommand(StoreCommand):
    """A command from two functions, for changes that need no state of their own."""

    def __init__(
        self, text: str, subjects: Iterable[str], apply: StoreStep, revert: StoreStep
    ) -> None:
        super().__init__(text, subjects)
        self._apply, self._revert = apply, revert

    def apply(self, session: Session) -> None:
        self._apply(session)

    def revert(self, session: Session) -> None:
        self._revert(session)
