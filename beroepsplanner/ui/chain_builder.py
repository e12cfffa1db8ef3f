"""The chain builder: being built (issue 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace


class ChainBuilderDialog(QDialog):
    def __init__(
        self, workspace: Workspace, request: ChainRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.request = request
        self.setWindowTitle(self.tr("Chain"))
