"""Printing from the window: being built (issue 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from beroepsplanner.ui.workspace import Workspace


class PrintDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Print"))
