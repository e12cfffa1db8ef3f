"""Year plan: this screen is being built (issue 5); for now it names itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from beroepsplanner.ui.page import Page
from beroepsplanner.ui.widgets import heading
from beroepsplanner.ui.workspace import Workspace


class PlannerPage(Page):
    subjects = frozenset({"planner"})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("plannerPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(QLabel(), 1)

    def title(self) -> str:
        return self.tr("Year plan")

    def reload(self) -> None:
        pass
