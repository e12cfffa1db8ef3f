"""A locked school year in the window: the banner that says so, and unlocking it.

Last year's plan is history (``store/year_lock.py``): the planner, the chain builder and
the classes page show a locked year read-only, with a banner "Schooljaar 2026-2027 is
afgesloten: alleen lezen. [Ontgrendelen]" above it. Ontgrendelen is an undoable command
(Edit > Undo locks the year again). The store refuses a change of a locked year anyway;
the banner and the disabled controls only say it before the user tries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui.commands import StoreCommand
from beroepsplanner.ui.widgets import show_refusal
from beroepsplanner.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Everything that shows a year's lock, or the years a company can be confirmed for.
YEAR_SUBJECTS = ("school", "classes", "chains", "companies")


class UnlockYearCommand(StoreCommand):
    """Unlock school year ``label`` (or lock it: ``locked=True``); undo sets it back."""

    def __init__(self, label: str, *, locked: bool = False) -> None:
        if locked:
            text = QCoreApplication.translate("LockedYear", "Lock school year %1")
        else:
            text = QCoreApplication.translate("LockedYear", "Unlock school year %1")
        super().__init__(text.replace("%1", label), YEAR_SUBJECTS)
        self.label = label
        self.locked = locked
        self._previous: bool | None = None

    def apply(self, session: Session) -> None:
        from beroepsplanner.store.year_lock import set_locked

        self._previous = set_locked(session, self.label, self.locked)

    def revert(self, session: Session) -> None:
        from beroepsplanner.store.year_lock import set_locked

        assert self._previous is not None
        set_locked(session, self.label, self._previous)


class LockedYearBanner(QFrame):
    """"School year 2026-2027 is closed: read only. [Unlock]" — hidden for an open year."""

    unlocked = Signal(str)
    """The user unlocked this school year (its label)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.label: str | None = None
        self.setObjectName("lockedYearBanner")
        self.setStyleSheet(
            "QFrame#lockedYearBanner { background: #e8eef7; border: 1px solid #9db3d6;"
            " border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setObjectName("lockedYearText")
        self.text.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockYearButton")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.unlock)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.unlock_button)
        self.hide()

    def show_for(self, label: str | None, more: str = "") -> None:
        """Show the banner for locked school year ``label`` (with ``more`` after the first
        sentence); None hides it."""
        self.label = label
        if label is not None:
            text = self.tr("School year %1 is closed: read only.").replace("%1", label)
            self.text.setText(f"{text} {more}".strip())
            self.unlock_button.setToolTip(
                self.tr(
                    "Make school year %1 changeable again. Edit > Undo locks it again."
                ).replace("%1", label)
            )
        self.setVisible(label is not None)

    def unlock(self) -> bool:
        """Unlock the year shown, as an undoable step; False when the store refused."""
        label = self.label
        if label is None:
            return False
        try:
            self.workspace.execute(UnlockYearCommand(label))
        except BeroepsplannerError as exc:
            from beroepsplanner.ui import error_text

            show_refusal(self, self.tr("The school year was not unlocked"), error_text.error(exc))
            return False
        self.show_for(None)
        self.unlocked.emit(label)
        return True
