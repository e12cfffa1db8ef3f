"""The log in the window: unexpected errors logged and told, Help > Logbestand openen.

An exception that no code catches — in a slot, an event handler or a worker thread —
reaches ``sys.excepthook`` (``threading.excepthook`` for Python threads). The hook
writes it to the log (``beroepsplanner.logs``: its frames and class, never its
message) and tells the user in the window's language that something went wrong and
where the details are. The message comes after the hook returns (a queued signal), in
the window's thread, whichever thread failed; an error that comes again right after
its message was closed (a paint event that fails on every repaint) is only logged
and shown in the status bar, so the user is not caught in a loop of messages.
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from beroepsplanner import logs

QUIET_SECONDS = 5.0
"""No new message for the same error this long after its previous message closed."""


class ErrorReporter(QObject):
    """Installed by ``install``: logs unexpected errors and shows the message."""

    found = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.found.connect(self._tell, Qt.ConnectionType.QueuedConnection)
        self._quiet_until: dict[str, float] = {}
        self.box: QMessageBox | None = None
        """The message on screen, if any."""
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Put back the hooks that were there before ``install``."""
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous[1]

    def _hook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, exc, tb)
            return
        self.report(exc.with_traceback(tb), "in the window")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_value.with_traceback(args.exc_traceback), "in a thread")

    def report(self, exc: BaseException, where: str) -> None:
        """Log ``exc`` and ask for the message (from any thread)."""
        logs.log_unexpected(exc, where)
        self.found.emit(type(exc).__qualname__)

    def _tell(self, kind: str) -> None:
        if self.box is not None or time.monotonic() < self._quiet_until.get(kind, 0.0):
            window = next(
                (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None
            )
            if window is not None:
                again = QCoreApplication.translate(
                    "LogFile", "Another unexpected error; the details are in the log file."
                )
                window.statusBar().showMessage(again, 15000)
            return
        box = self.box = unexpected_error_box(QApplication.activeWindow())

        def closed() -> None:
            self.box = None
            self._quiet_until[kind] = time.monotonic() + QUIET_SECONDS
            box.deleteLater()

        box.finished.connect(closed)
        box.open()


def unexpected_error_box(parent: QWidget | None) -> QMessageBox:
    """The message about an unexpected error: what to do, and where the log is (selectable)."""
    box = QMessageBox(parent)
    box.setObjectName("unexpectedErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("LogFile", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "LogFile",
            "Something went wrong that should not have happened. What you were doing may "
            "not have been finished: please check it."
        )
    )
    log = logs.active_log_file()
    if log is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "LogFile",
                "The details are in the log file (Help > Open log file), without personal "
                "data. If it happens again, send that file to whoever helps you with "
                "Beroepsplanner:\n%1"
            ).replace("%1", str(log))
        )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def install(app: QApplication) -> ErrorReporter:
    """Log and tell every unexpected error of the window from now on; the reporter's
    ``uninstall`` puts the previous hooks back."""
    reporter = ErrorReporter(app)
    reporter.setObjectName("errorReporter")
    reporter.install()
    return reporter


def open_log_file(parent: QWidget | None) -> bool:
    """Help > Logbestand openen: the log in the system's text viewer; when there is none
    (or no log yet), a message that says where the file is, with the path selectable."""
    path = logs.log_file_path().absolute()
    if path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    if path.is_file():
        where_text = QCoreApplication.translate(
            "LogFile", "The log file cannot be opened from here. It is saved as:\n%1"
        )
    else:
        where_text = QCoreApplication.translate(
            "LogFile", "There is no log file yet. It will be saved as:\n%1"
        )
    box = QMessageBox(parent)
    box.setObjectName("logFileBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("LogFile", "Open log file"))
    box.setText(where_text.replace("%1", str(path)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return False
