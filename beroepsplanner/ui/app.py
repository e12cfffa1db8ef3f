"""Start the window: the Qt application, its translation, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from beroepsplanner import __version__
from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.logs import log_refused, logger, start_log
from beroepsplanner.resources import resource_path
from beroepsplanner.store.backup import automatic_backup, automatic_backup_folder
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.ui import error_text, log_file
from beroepsplanner.ui.main_window import (
    LAST_DATABASE_KEY,
    MainWindow,
    keep_or_forget_password,
    last_database,
)

# LANGUAGE_ENV is imported from here by the tests.
from beroepsplanner.ui.settings import DUTCH, ENGLISH, LANGUAGE_ENV, interface_language  # noqa: F401
from beroepsplanner.ui.workspace import Workspace

APPLICATION_NAME = "Beroepsplanner"
ORGANIZATION_NAME = "Beroepsplanner"
QUIT_AFTER_ENV = "BEROEPSPLANNER_QUIT_AFTER_MS"
"""For checks only (make dist-check, the start-up benchmark): quit this many
milliseconds after the main window is shown, with exit code 0."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def translation_files(language: str = DUTCH) -> list[Path]:
    """The ``.qm`` files of ``language``, in the order they are installed.

    Dutch: our own, then Qt's (standard buttons and dialogs), then our additions to
    Qt's (file dialog texts that qtbase_nl lacks; installed last, so asked first).
    English: our own, which holds only the plural forms ("1 class", "2 classes");
    every other text is its English source.
    """
    if language == ENGLISH:
        return [resource_path("i18n", "beroepsplanner_en.qm")]
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [
        resource_path("i18n", "beroepsplanner_nl.qm"),
        qt_translations / "qtbase_nl.qm",
        resource_path("i18n", "qtbase_extra_nl.qm"),
    ]


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install the translation of the interface language: Dutch, whatever the system language.

    The program is for Dutch schools, so Dutch is the default; English when chosen
    in the settings (``ui/settings.py``) or with ``BEROEPSPLANNER_LANG=en``, which wins
    over the setting. Dates and numbers follow the same language. Returns the
    installed translators, so a caller can remove them again.
    """
    language = interface_language()
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed: list[QTranslator] = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            # A missing file is a packaging fault; the window still works (in English).
            print(f"beroepsplanner: vertaling {path} niet gevonden", file=sys.stderr)
    return installed


def application_icon() -> QIcon:
    """The program's icon (resources/icons, drawn by scripts/make_icon.py) in every size."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"beroepsplanner-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _quit_after_ms() -> int | None:
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    try:
        return max(0, int(value)) if value else None
    except ValueError:
        return None


def _daily_backup(window: MainWindow, db_path: Path) -> None:
    """The automatic back-up of the day; a failure is reported, the program goes on."""
    try:
        automatic_backup(db_path, automatic_backup_folder())
    except BeroepsplannerError as exc:
        log_refused(exc, "the automatic back-up")
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "No automatic back-up today: %1").replace(
                "%1", error_text.error(exc)
            ),
            15000,
        )


def _server_or_own_file(
    workspace: Workspace, remembered: Path | DatabaseLocation, default: Path | None
) -> bool:
    """The school server remembered from last time cannot be used now (no network, no
    VPN, no password): the connection dialog to try again, or — cancelled — the user's
    own database file, so the program still starts. True when a database is open."""
    if not isinstance(remembered, DatabaseLocation) or not remembered.is_server:
        return False
    from beroepsplanner.ui.server_dialog import ServerDialog

    def connect(location: DatabaseLocation, remember: bool) -> None:
        workspace.open(location)
        keep_or_forget_password(location, remember, None)

    if ServerDialog(connect, start=remembered).exec():
        return True
    if default is None:
        return False
    try:
        workspace.open(default)
    except BeroepsplannerError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Beroepsplanner cannot open the database"),
            error_text.error(exc),
        )
        return False
    return True


def run(
    db_path: Path | DatabaseLocation | None,
    argv: list[str] | None = None,
    *,
    default: Path | None = None,
) -> int:
    """Open the window on a database; returns the exit code.

    ``db_path`` is the database asked for (``--db`` or ``BEROEPSPLANNER_DB``: a file or a
    server's URL);
    without it the window opens the database it had open last time, else
    ``default``. A database that cannot be opened gives a dialog with the message (in
    the window's language) and exit code 1, never a traceback.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())

    # Before any widget exists: widgets translate their texts when they are built.
    translators = install_translators(app)
    start_log("window")
    logger.info(
        "window: Qt %s, PySide6 %s, platform %s, language %s",
        qVersion(), PySide6.__version__, app.platformName(), interface_language(),
    )
    remembered = db_path is None
    if db_path is None:
        db_path = last_database() or default
    if db_path is None:
        raise ValueError("run() needs a database path or a default")
    workspace = Workspace()
    error_reporter = log_file.install(app)
    try:
        try:
            workspace.open(db_path)
        except BeroepsplannerError as exc:
            log_refused(exc, "opening the database")
            QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "Beroepsplanner cannot open the database"),
                error_text.error(exc),
            )
            if not (remembered and _server_or_own_file(workspace, db_path, default)):
                return 1
        # A server's URL without its password (DatabaseLocation.__str__).
        QSettings().setValue(LAST_DATABASE_KEY, str(workspace.location))
        window = MainWindow(workspace)
        window.show()
        quit_after = _quit_after_ms()
        quitted: list[bool] = []
        if quit_after is not None:
            # exit() also ends a modal dialog's loop (the welcome on a new database), quit() not.

            def quit_now() -> None:
                quitted.append(True)
                app.exit(0)

            QTimer.singleShot(quit_after, quit_now)
        if workspace.path is not None:  # a server's back-ups are its IT provider's
            _daily_backup(window, workspace.path)
        # Every other database opened in this window gets its own back-up of the day too.
        def back_up_new_database() -> None:
            if workspace.path is not None:
                _daily_backup(window, workspace.path)

        workspace.databaseChanged.connect(back_up_new_database)
        window.welcome_if_new()
        if quitted:
            return 0
        return app.exec()
    finally:
        workspace.close()
        for translator in translators:
            app.removeTranslator(translator)
        error_reporter.uninstall()
        error_reporter.deleteLater()
        logger.info("window closed")
