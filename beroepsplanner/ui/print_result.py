"""After printing: say where the PDF went, and open it or its folder on request.

The window never opens the PDF by itself: on a computer without a PDF viewer that
would do nothing at all, and the teacher would not know where the file is. The
message names the file and offers "Open PDF" and "Open folder"; when the system
cannot open either, a Dutch message says so and names the path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class PrintResult(QObject):
    """The texts with a number in them: ``tr`` of a QObject is what lupdate reads as a
    plural text (``QCoreApplication.translate`` with a count it takes as a plain one)."""

    def saved(self, path: Path, pages: int) -> str:
        return self.tr("PDF saved (%n page(s)): %1", "", pages).replace("%1", str(path))

    def ready(self, pages: int) -> str:
        return self.tr("The PDF is ready: %n page(s).", "", pages)


def open_pdf(parent: QWidget | None, path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer; a Dutch warning when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("PrintResult", "Open PDF"),
        QCoreApplication.translate(
            "PrintResult",
            "The PDF cannot be opened: this computer has no program that shows PDF files "
            "(for example a PDF reader or a web browser). The file is saved as:\n%1"
        ).replace("%1", str(path)),
    )
    return False


def open_folder(parent: QWidget | None, path: Path) -> bool:
    """Show the folder of ``path`` in the file manager; a Dutch warning when that fails."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("PrintResult", "Open folder"),
        QCoreApplication.translate(
            "PrintResult", "The folder cannot be opened from here. The PDF is saved as:\n%1"
        ).replace("%1", str(path)),
    )
    return False


def saved_text(path: Path, pages: int) -> str:
    """One line for the status bar: where the PDF is and how long it is."""
    return PrintResult().saved(path, pages)


def show_print_result(parent: QWidget | None, path: Path, pages: int) -> QMessageBox:
    """A message (not blocking: ``open()``) that names the PDF, with "Open PDF", "Open
    folder" and "Close". Returns it; the message of an earlier PDF goes when this one comes."""
    if parent is not None:
        for earlier in parent.findChildren(QMessageBox, "printResult"):
            earlier.close()
            earlier.deleteLater()
    box = QMessageBox(parent)
    box.setObjectName("printResult")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PrintResult", "Print"))
    box.setText(PrintResult().ready(pages))
    saved = QCoreApplication.translate("PrintResult", "It is saved as:\n%1")
    box.setInformativeText(saved.replace("%1", str(path)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    pdf_button = box.addButton(
        QCoreApplication.translate("PrintResult", "Open PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    pdf_button.setObjectName("openPdfButton")
    folder_button = box.addButton(
        QCoreApplication.translate("PrintResult", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button.setObjectName("openFolderButton")
    close_button = box.addButton(QMessageBox.StandardButton.Close)
    close_button.setObjectName("closeButton")
    box.setDefaultButton(pdf_button)
    box.setEscapeButton(close_button)

    def clicked(button: QAbstractButton) -> None:
        if button is pdf_button:
            open_pdf(parent, path)
        elif button is folder_button:
            open_folder(parent, path)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
