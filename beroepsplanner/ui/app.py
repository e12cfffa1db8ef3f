"""Start the window: the Qt application, its translation, the database, the main window.

On a database file at the newest schema the window is shown before the database layer
is imported, and the database is opened on a thread (``ui/start.py``); anything else
opens first, as always, with its messages before any window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
from beroepsplanner.resources import resource_path
from beroepsplanner.ui.main_window import (
    LAST_DATABASE_KEY,
    MainWindow,
    keep_or_forget_password,
    last_database,
)

# LANGUAGE_ENV is imported from here by the tests.
from beroepsplanner.ui.settings import DUTCH, ENGLISH, LANGUAGE_ENV, interface_language  # noqa: F401
from beroepsplanner.ui.start import (
    DailyBackups,
    DatabaseOpener,
    Opened,
    after_first_paint,
    quick_start,
    start_times,
)
from beroepsplanner.ui.workspace import Workspace

if TYPE_CHECKING:
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.start_view import StartView
    from beroepsplanner.ui.log_file import ErrorReporter

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


def _backup_failed(window: MainWindow, exc: BeroepsplannerError) -> None:
    """The day's automatic back-up failed: the status bar says so (the program goes on);
    a damaged database — found by the back-up's check of its copy, the day's integrity
    check — gets a message that says what to do."""
    from beroepsplanner.logs import log_refused
    from beroepsplanner.ui import error_text

    log_refused(exc, "the automatic back-up")
    text = error_text.error(exc)
    window.statusBar().showMessage(
        QCoreApplication.translate("app", "No automatic back-up today: %1").replace("%1", text),
        15000,
    )
    if getattr(exc, "key", None) in DAMAGED_KEYS:
        QMessageBox.warning(
            window, QCoreApplication.translate("app", "The database is damaged"), text
        )


DAMAGED_KEYS = frozenset({"backup-of-damaged-database", "backup-database-damaged"})
"""The back-up's refusals that mean the database itself is damaged."""


def _open_failed(exc: BeroepsplannerError) -> None:
    from beroepsplanner.logs import log_refused
    from beroepsplanner.ui import error_text

    log_refused(exc, "opening the database")
    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "Beroepsplanner cannot open the database"),
        error_text.error(exc),
    )


def _server_or_own_file(
    workspace: Workspace, remembered: Path | DatabaseLocation | str, default: Path | None
) -> bool:
    """The school server remembered from last time cannot be used now (no network, no
    VPN, no password): the connection dialog to try again, or — cancelled — the user's
    own database file, so the program still starts. True when a database is open."""
    if isinstance(remembered, Path):
        return False
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.ui.server_dialog import ServerDialog

    if not isinstance(remembered, DatabaseLocation) or not remembered.is_server:
        return False

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
        from beroepsplanner.ui import error_text

        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Beroepsplanner cannot open the database"),
            error_text.error(exc),
        )
        return False
    return True


def run(
    db_path: Path | DatabaseLocation | str | None,
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
    remembered = db_path is None
    if db_path is None:
        db_path = last_database() or default
    if db_path is None:
        raise ValueError("run() needs a database path or a default")
    workspace = Workspace()
    error_reporter: ErrorReporter | None = None

    def report_errors() -> None:
        # Unexpected errors logged and told from here on (``ui/log_file.py``); before, one
        # goes out of run() to the command line, which logs it and says so in Dutch.
        nonlocal error_reporter
        if error_reporter is None:
            from beroepsplanner.ui import log_file

            error_reporter = log_file.install(app)

    times = start_times(app)
    ended: list[bool] = []
    backups = DailyBackups()
    opener: DatabaseOpener | None = None
    first: Path | None = None  # the file the window starts on: its back-up is made at the latest at the end
    try:
        quick = quick_start(db_path)
        if quick is None:
            report_errors()
            _log_start(app)
            try:
                workspace.open(db_path)
            except BeroepsplannerError as exc:
                _open_failed(exc)
                if not (remembered and _server_or_own_file(workspace, db_path, default)):
                    return 1
            # A server's URL without its password (DatabaseLocation.__str__).
            QSettings().setValue(LAST_DATABASE_KEY, str(workspace.location))
            first = workspace.path
        else:
            first = quick.file  # a server's back-ups are its IT provider's
        window = MainWindow(workspace)

        def backed_up(_path: Path, error: BeroepsplannerError | None) -> None:
            if ended:
                return
            if error is not None:
                _backup_failed(window, error)
            if times is not None:
                times.mark("done")

        def back_up() -> None:
            # Every database opened in this window gets its own back-up of the day (a
            # server's back-ups are its IT provider's).
            if workspace.path is not None:
                backups.back_up(workspace.path)
            elif times is not None:
                times.mark("done")  # no back-up to wait for

        backups.done.connect(backed_up)
        workspace.databaseChanged.connect(back_up)
        if quick is not None:
            window.show_start(quick.path, None)  # its name; the year plan after the first paint
        window.show()
        quit_after = _quit_after_ms()
        quitted: list[bool] = []
        if quit_after is not None:
            # exit() also ends a modal dialog's loop (the welcome on a new database), quit() not.

            def quit_now() -> None:
                quitted.append(True)
                app.exit(0)

            QTimer.singleShot(quit_after, quit_now)
        if quick is None:
            if times is not None:
                times.mark("ready")
            QTimer.singleShot(0, back_up)  # after the first paint
            window.welcome_if_new()
        else:
            opener = DatabaseOpener(quick)
            started = opener

            def open_now() -> None:
                # After the first paint: the thread reads the kept year plan, then opens.
                if ended:
                    return
                report_errors()
                _log_start(app)
                started.start()

            def show_kept(view: StartView | None) -> None:
                # The year plan kept from the last start (when the file is as it was then);
                # once that is painted too, the thread opens the database.
                if ended:
                    return
                shown = window.show_start(quick.path, view) if view is not None else None
                if shown is not None:
                    # Not while it paints: the thread would share Python with the paint.
                    after_first_paint(shown, started.go)
                else:
                    started.go()

            def opened(result: Opened) -> None:
                if ended:
                    return  # delivered after the window closed: finish() cleans up
                if _adopt(window, workspace, started, result, remembered, default) and times:
                    times.mark("ready")

            opener.kept.connect(show_kept)
            opener.done.connect(opened)
            after_first_paint(window, open_now)
        if times is not None:
            # Installed last, so it sees a paint first (before after_first_paint's step).
            planner = window.pages.get("planner")
            times.watch(window, getattr(planner, "grid", None))
        if quitted:
            return 0
        return app.exec()
    finally:
        # A result or a timer still on its way belongs to this run, not to a later loop.
        ended.append(True)
        if opener is not None:
            opener.finish()
            if opener.result is None or opener.result.error is not None:
                first = None  # never opened: nothing to back up
        if first is not None:
            backups.back_up(first)  # the day's back-up, also when the window closed early
        backups.finish()
        workspace.close()
        for translator in translators:
            app.removeTranslator(translator)
        if error_reporter is not None:
            error_reporter.uninstall()
            error_reporter.deleteLater()
        from beroepsplanner.logs import logger

        logger.info("window closed")


def _log_start(app: QApplication) -> None:
    from beroepsplanner.logs import logger, start_log

    start_log("window")
    logger.info(
        "window: Qt %s, PySide6 %s, platform %s, language %s",
        qVersion(), PySide6.__version__, app.platformName(), interface_language(),
    )


def _adopt(
    window: MainWindow,
    workspace: Workspace,
    opener: DatabaseOpener,
    result: Opened,
    remembered: bool,
    default: Path | None,
) -> bool:
    """The opener's thread is done: make its database the window's. A failure is said as
    before the window existed (and a remembered server or file is replaced by the
    user's own file when possible); the window closes when no database opens."""
    if result.error is not None or result.database is None:
        error = result.error
        if not isinstance(error, BeroepsplannerError):
            raise error if error is not None else RuntimeError("no database")
        _open_failed(error)
        if not (remembered and _server_or_own_file(workspace, opener.path, default)):
            window.close()
            QApplication.instance().exit(1)  # type: ignore[union-attr]  # run() made it
            return False
        QSettings().setValue(LAST_DATABASE_KEY, str(workspace.location))
        return True
    if workspace.is_open:
        # The user opened another database meanwhile: that one stays.
        return False
    opener.taken = True
    if result.view is not None:
        window.show_start(opener.path, result.view)
    workspace.adopt(result.database)
    QSettings().setValue(LAST_DATABASE_KEY, str(workspace.location))
    window.welcome_if_new()
    return True
