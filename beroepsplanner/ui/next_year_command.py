"""The move to the next school year as one step on the undo stack.

``NextYearCommand`` does the whole move (``store/years.start_next_year``) in one
transaction; Bewerken > Ongedaan maken takes it back whole — the new school year with
every class, pupil and chain it made (``store/year_rows.py``) — and sets every year's
lock back as it was; Opnieuw puts the very same rows back (same ids), so a command
further up the stack still finds its class or chain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.store.year_lock import set_year_locks, year_locks
from beroepsplanner.store.year_rows import (
    YearRows,
    put_back_year_rows,
    remove_year_rows,
    take_year_rows,
)
from beroepsplanner.store.years import (
    NextYearPlan,
    NextYearSummary,
    load_for_move,
    start_next_year,
)
from beroepsplanner.ui.commands import StoreCommand

SUBJECTS = ("school", "classes", "chains", "companies")
"""A new year changes every list that shows a year: classes, chains, the years a company
can be confirmed for."""


class NextYearCommand(StoreCommand):
    """Make school year ``plan.label`` by ``plan``; undo removes it and unlocks last year."""

    def __init__(self, plan: NextYearPlan) -> None:
        super().__init__(
            QCoreApplication.translate("NextYear", "New school year %1").replace("%1", plan.label),
            SUBJECTS,
        )
        self.plan = plan
        self.summary: NextYearSummary | None = None
        self._rows: YearRows | None = None
        self._locks_before: dict[str, bool] = {}
        self._locks_after: dict[str, bool] = {}

    def apply(self, session: Session) -> None:
        if self._rows is None:
            self._locks_before = year_locks(session)
            load_for_move(session)
            self.summary = start_next_year(session, self.plan)
            self._rows = take_year_rows(session, self.plan.label)
            self._locks_after = year_locks(session)
        else:
            put_back_year_rows(session, self._rows)
            set_year_locks(session, self._locks_after)

    def revert(self, session: Session) -> None:
        assert self._rows is not None
        remove_year_rows(session, self._rows)
        set_year_locks(session, self._locks_before)
