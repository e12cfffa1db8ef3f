"""Help > Handleiding shows the short Dutch manual (docs/handleiding.md) inside the program,
with its screenshots (issue 12, item 7)."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from pytestqt.qtbot import QtBot

from beroepsplanner.resources import docs_path
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.manual import IMAGE_WIDTH, MANUAL_FILE, ManualDialog
from beroepsplanner.ui.workspace import Workspace

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def manual_images() -> list[str]:
    return IMAGE.findall(docs_path(*MANUAL_FILE).read_text(encoding="utf-8"))


def test_every_screenshot_the_manual_shows_exists() -> None:
    images = manual_images()
    assert len(images) >= 5
    for image in images:
        assert docs_path(image).is_file(), image


def test_help_manual_opens_the_dutch_manual_with_its_screenshots_scaled(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.manual_action in window.help_menu.actions()
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in window.manual_action.shortcuts()

    window.manual_action.trigger()

    dialog = window.manual_dialog
    assert isinstance(dialog, ManualDialog) and dialog.isVisible()
    text = dialog.view.toPlainText()
    assert text.startswith("Handleiding Beroepsplanner")
    assert "Een keten plannen" in text and "Privacy" in text and "![" not in text
    document = dialog.view.document()
    for image in manual_images():
        loaded = document.resource(
            QTextDocument.ResourceType.ImageResource, QUrl(image)
        ) or dialog.view.loadResource(
            QTextDocument.ResourceType.ImageResource.value, document.baseUrl().resolved(QUrl(image))
        )
        assert loaded is not None and not loaded.isNull(), image
        assert loaded.width() <= IMAGE_WIDTH
    assert dialog.view.missing_images == []

    # A second trigger brings the same window forward instead of opening another.
    window.manual_action.trigger()
    assert window.manual_dialog is dialog
