"""Undoable changes: every change a screen makes is a ``StoreCommand`` on the undo stack.

A command calls ``store`` functions inside one transaction of the open
database, both to do and to undo, so undo is a real database change as well.
``Workspace.execute`` does a command once before it goes on the stack: a
change the store refuses (a Dutch ``BeroepsplannerError``) raises there, is
not put on the stack, and has changed nothing.

Once executed, a command belongs to the undo stack: keep no other reference to
it (read what you need, e.g. its result, right after ``execute``). The stack
deletes its commands when it is cleared or destroyed, and a Python reference
that outlives that makes the interpreter crash when it is collected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from beroepsplanner.errors import BeroepsplannerError

StoreStep = Callable[[Session], Any]


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
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: StoreStep) -> None:
        try:
            self.workspace.run_in_transaction(step, self.subjects)
        except BeroepsplannerError as exc:
            # Something changed meanwhile (or the disk is full): nothing was written.
            # The command leaves the stack so undo and redo stay consistent.
            self.setObsolete(True)
            self.workspace.failed.emit(str(exc))


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
