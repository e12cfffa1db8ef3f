"""The window's warning for a database file on a network share or in a synced folder.

``store/file_place.py`` finds out whether the open file's place is risky for SQLite
(OneDrive, Dropbox, Google Drive, iCloud Drive; SMB, NFS, sshfs and other network file
systems). The window then says so once per file (remembered in the settings), in a
message that does not block the window, and in the status bar every time that file is
opened; it points to the school server and to the plan file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from beroepsplanner.store.file_place import CLOUD, RiskyPlace, risky_place
from beroepsplanner.store.location import DatabaseLocation

WARNED_KEY = "database/placeWarned"
"""The files whose place the window has warned about (a list of paths)."""


def place_text(path: Path, place: RiskyPlace) -> str:
    """The warning in the window's language."""
    if place.kind == CLOUD:
        where = QCoreApplication.translate("PlaceWarning", "in a folder that %1 synchronises")
        where = where.replace("%1", place.name)
    elif place.name == "netwerkschijf":
        where = QCoreApplication.translate("PlaceWarning", "on a network drive")
    else:
        where = QCoreApplication.translate("PlaceWarning", "on a network drive (%1)")
        where = where.replace("%1", place.name)
    return (
        QCoreApplication.translate(
            "PlaceWarning",
            "The database %1 is %2. There a database file can get damaged, or changes can be "
            "lost, especially when several people or computers use it.\n\n"
            "Put the file on this computer's own disk (and make back-ups), work with the "
            "whole team on a school server (File > Connect to school server…; the school's "
            "IT provider moves the file there with 'beroepsplanner db copy', see "
            "docs/school-server.md), or exchange a plan with a plan file (File > Export plan…)."
        )
        .replace("%1", str(path))
        .replace("%2", where)
    )


def warn_about_place(
    window: QMainWindow,
    location: DatabaseLocation | None,
    *,
    find: Callable[[Path], RiskyPlace | None] | None = None,
) -> QMessageBox | None:
    """Warn when the file of ``location`` is in a risky place: the status bar each time,
    a message that leaves the window usable once per file. Returns the message shown."""
    if location is None or location.path is None:
        return None
    path = location.path
    place = (find or risky_place)(path)
    if place is None:
        return None
    text = place_text(path, place)
    window.statusBar().showMessage(text.split("\n")[0], 20000)
    settings = QSettings()
    warned = settings.value(WARNED_KEY) or []
    if isinstance(warned, str):  # QSettings gives a list of one as its only text
        warned = [warned]
    if str(path) in warned:
        return None
    settings.setValue(WARNED_KEY, [*warned, str(path)])
    title = QCoreApplication.translate("PlaceWarning", "Database in a risky place")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("placeWarning")
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
