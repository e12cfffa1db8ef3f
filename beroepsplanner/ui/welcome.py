"""The first-use welcome: being built (issue 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from beroepsplanner.ui.workspace import Workspace


class WelcomeDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.class_id: int | None = None
        self.setWindowTitle(self.tr("Welcome"))
