"""What every screen of the main window is: a ``Page`` on the workspace.

A page reads what it shows from the workspace (never from the database
itself) and reloads when the workspace says that one of its subjects changed.
A hidden page only notes that it is out of date and reloads when it is shown
again, so a change in one screen costs no time in the others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from beroepsplanner.ui.workspace import Workspace


@dataclass(frozen=True)
class ChainRequest:
    """What the chain builder opens on: an existing chain, or a new one for a class,
    perhaps with an activity (from the catalog) or on a date (a week in the year planner)."""

    chain_id: int | None = None
    class_id: int | None = None
    activity_key: str | None = None
    date: dt.date | None = None
    whole_week: bool = False
    """With ``date`` a Monday: any school day of that week will do (the proposal picks
    one that is free), as when a week of the year planner is double-clicked."""
    evaluate: bool = False
    """Open on the chain's evaluation (the Overzicht's list of chains to evaluate)."""


class Page(QWidget):
    """A screen of the main window. Subclasses set ``subjects`` and implement ``reload``."""

    chainBuilderRequested = Signal(object)
    """Emitted with a ``ChainRequest``: the main window opens the chain builder on it."""

    subjects: frozenset[str] = frozenset()
    """The ``Workspace.dataChanged`` subjects ("activities", "companies", "classes",
    "chains", "school") that make this page reload."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        workspace.databaseChanged.connect(self._on_database_changed)
        workspace.dataChanged.connect(self._on_data_changed)

    def title(self) -> str:
        """The name of the page in the navigation (translated)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read everything the page shows from the workspace again."""
        raise NotImplementedError

    def status_text(self) -> str:
        """A short line for the status bar while the page is shown ("25 activities")."""
        return ""

    def mark_stale(self) -> None:
        """Reload now when shown, else the next time the page is shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload if something changed since the last time."""
        if self._stale and self.workspace.is_open:
            self._stale = False
            self.reload()

    def _on_database_changed(self) -> None:
        self.mark_stale()

    def _on_data_changed(self, subject: str) -> None:
        if subject in self.subjects:
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
