"""Bestand > Verbinden met schoolserver…: host, database, user and, if needed, a password.

The dialog builds a ``DatabaseLocation`` (store/location.py) from its fields and hands
it to ``connect``, the main window's way of opening it; a refusal (a server that cannot
be reached, a wrong password, a database without our schema…) is shown inside the
dialog in the store's words and everything typed stays, so the user corrects one field
and tries again. The password is optional: empty, the connection takes it from the
system's keyring, ``PGPASSWORD``, ``.pgpass`` or a service file
(store/server_password.py). It is kept in the keyring only when the user ticks the box,
and never in the program's settings: those remember the last connection as its address
without password (``str(location)``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.server_password import DEFAULT_PORT
from beroepsplanner.ui import error_text
from beroepsplanner.ui.class_dialog import error_label

LAST_SERVER_KEY = "database/lastServer"
"""The last server connection, as its address without password."""

Connect = Callable[[DatabaseLocation, bool], None]
"""Open ``location``; the flag: keep the password in the keyring. Raises
``BeroepsplannerError`` (Dutch) when the database cannot be used."""


class ServerDialog(QDialog):
    """The fields of a school server connection; Verbinden tries it and stays open on a
    refusal."""

    def __init__(
        self,
        connect: Connect,
        parent: QWidget | None = None,
        *,
        start: DatabaseLocation | None = None,
    ) -> None:
        """``start``: the connection to show (one that just failed); else the last one."""
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Connect to school server"))
        self._connect = connect
        self.location: DatabaseLocation | None = None

        intro = QLabel(
            self.tr(
                "A school server holds the plan for the whole team. The school's IT provider "
                "gives you the server's name, the database and your user name."
            )
        )
        intro.setWordWrap(True)

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setPlaceholderText(self.tr("e.g. server.school.nl"))
        self.port_edit = QSpinBox()
        self.port_edit.setObjectName("portEdit")
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setText("beroepsplanner")
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: from the keyring or .pgpass"))
        self.remember_box = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.remember_box.setObjectName("rememberBox")
        self.ssl_box = QComboBox()
        self.ssl_box.setObjectName("sslBox")
        for mode, label in (
            ("prefer", self.tr("Encrypted when the server can (prefer)")),
            ("require", self.tr("Always encrypted (require)")),
            ("verify-full", self.tr("Encrypted, server certificate checked (verify-full)")),
            ("disable", self.tr("Not encrypted (disable)")),
        ):
            self.ssl_box.addItem(label, mode)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_edit)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_box)
        form.addRow(self.tr("&Encryption:"), self.ssl_box)

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill_from(start if start is not None else _last_server())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def _fill_from(self, location: DatabaseLocation | None) -> None:
        """The fields of ``location`` (never a password: none is remembered)."""
        url = location.url if location is not None else None
        if url is None:
            return
        query_host = url.query.get("host", "")
        self.host_edit.setText(url.host or (query_host if isinstance(query_host, str) else ""))
        query_port = url.query.get("port", "")
        port = url.port or (int(query_port) if isinstance(query_port, str) and query_port.isdigit() else 0)
        if port:
            self.port_edit.setValue(port)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        index = self.ssl_box.findData(url.query.get("sslmode", "prefer"))
        if index >= 0:
            self.ssl_box.setCurrentIndex(index)
        self.password_edit.setFocus()

    def chosen_location(self) -> DatabaseLocation:
        """The location the fields describe; a Dutch error for a missing field."""
        return DatabaseLocation.for_server(
            self.host_edit.text(),
            self.database_edit.text(),
            self.user_edit.text(),
            port=self.port_edit.value(),
            sslmode=str(self.ssl_box.currentData()),
            password=self.password_edit.text(),
        )

    def try_connect(self) -> None:
        """Connect; on a refusal show why and keep every field as typed."""
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            location = self.chosen_location()
            self._connect(location, self.remember_box.isChecked())
        except BeroepsplannerError as exc:
            self.error.setText(error_text.error(exc))
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.location = location
        QSettings().setValue(LAST_SERVER_KEY, str(location))
        self.accept()


def _last_server() -> DatabaseLocation | None:
    """The last server connection the settings remember, if any."""
    value = QSettings().value(LAST_SERVER_KEY)
    if not isinstance(value, str) or not value:
        return None
    try:
        return DatabaseLocation.parse(value)
    except BeroepsplannerError:
        return None
