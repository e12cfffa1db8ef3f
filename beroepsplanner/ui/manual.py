"""Help > Handleiding: the short Dutch manual (docs/handleiding.md), shown inside the program.

The manual is Markdown with screenshots beside it (docs/screenshots); Qt's text
browser renders Markdown itself (``QTextDocument.setMarkdown``), so the same file
is read on GitHub, in the repository and here. Screenshots are scaled down to the
width of the page so a 1200-pixel picture never needs a horizontal scroll bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from beroepsplanner.resources import docs_path
from beroepsplanner.ui.widgets import fitting_size

MANUAL_FILE = ("handleiding.md",)
IMAGE_WIDTH = 560
"""Screenshots are shown at most this wide (logical pixels)."""


class ManualView(QTextBrowser):
    """A text browser for the manual: images scaled to ``IMAGE_WIDTH``, links in the manual
    followed inside, links to the web not followed (the program opens nothing online)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.missing_images: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            url = QUrl(name)
            image = QImage(url.toLocalFile())
            if image.isNull():
                self.missing_images.append(url.toString())
                return None
            if image.width() > IMAGE_WIDTH:
                image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, name)


class ManualDialog(QDialog):
    """The manual in a window of its own, beside the program (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("Manual"))
        self.view = ManualView()
        self.view.setObjectName("manualView")
        self.view.setAccessibleName(self.tr("Manual"))
        path = docs_path(*MANUAL_FILE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr(
                "The manual (%1) is missing from this installation. "
                "Install Beroepsplanner again to get it back."
            ).replace("%1", str(path))
        self.view.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.view.document().setMarkdown(text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size((IMAGE_WIDTH + 120, 640)))
