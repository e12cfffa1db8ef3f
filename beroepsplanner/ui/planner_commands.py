"""Undoable changes of the year planner: moving a chain to another week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

import shiboken6
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.store.planner import (
    ChainDates,
    ClassRow,
    class_row,
    move_chain_in_row,
    restore_chain_dates,
)
from beroepsplanner.ui.commands import StoreCommand


class ChainMoveView(Protocol):
    """What a move tells the screen that shows it (the planner page)."""

    def own_change(self) -> AbstractContextManager[None]:
        """While open, the screen does not reload for the "chains" change it makes itself."""

    def class_changed(self, row: ClassRow, command: MoveChainCommand) -> None:
        """Show the class's row as it is after the move (or its undo)."""


class MoveChainCommand(StoreCommand):
    """Move one chain to the week of ``target_monday``; undo puts every date back.

    After every step the class's row is re-read (with its findings) and handed
    to the view, so the planner redraws one row instead of the whole year.
    """

    def __init__(
        self, chain_id: int, target_monday: dt.date, text: str, view: ChainMoveView | None = None
    ) -> None:
        super().__init__(text, ["chains"])
        self.chain_id = chain_id
        self.target_monday = target_monday
        self.view = view
        self.class_id: int | None = None
        self.previous: ChainDates | None = None
        self.row: ClassRow | None = None
        self.demoted = False
        """True when this move put a planned chain back to concept (it has an error now)."""

    def apply(self, session: Session) -> None:
        self.previous, self.row = move_chain_in_row(session, self.chain_id, self.target_monday)
        self.class_id = self.row.id
        now = next(bar for bar in self.row.bars if bar.chain_id == self.chain_id)
        self.demoted = self.previous.status is not ChainStatus.CONCEPT and now.status is ChainStatus.CONCEPT

    def revert(self, session: Session) -> None:
        assert self.previous is not None and self.class_id is not None
        restore_chain_dates(session, self.chain_id, self.previous)
        self.row = class_row(session, self.class_id)

    def redo(self) -> None:
        self._step(super().redo)

    def undo(self) -> None:
        self._step(super().undo)

    def _step(self, run: Callable[[], None]) -> None:
        if self._done_before_push or not self._view_alive():
            run()  # the first redo does nothing; a closed view has nothing to redraw
            return
        assert self.view is not None
        self.row = None
        with self.view.own_change():
            run()
        if self.row is not None:
            self.view.class_changed(self.row, self)

    def _view_alive(self) -> bool:
        view = self.view
        return view is not None and (not isinstance(view, shiboken6.Object) or shiboken6.isValid(view))
