"""The main window: navigation between the screens, the menus and the status bar.

A screen (``Page``) is built, and its module imported, when it is first shown or asked
for (``page(name)``, and ``planner_page`` … ``overview_page``): the window's start
builds only the one it opens on. Dialogs are imported when opened.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.ui.page import ChainRequest, Page
from beroepsplanner.ui.widgets import busy, fitting_size
from beroepsplanner.ui.workspace import Workspace

if TYPE_CHECKING:
    from beroepsplanner.store.location import DatabaseLocation
    from beroepsplanner.store.start_view import StartView
    from beroepsplanner.ui.catalog_page import CatalogPage
    from beroepsplanner.ui.classes_page import ClassesPage
    from beroepsplanner.ui.companies_page import CompaniesPage
    from beroepsplanner.ui.overview_page import OverviewPage
    from beroepsplanner.ui.planner_page import PlannerPage

PROGRAM_NAME = "Beroepsplanner"
GEOMETRY_KEY = "mainWindow/geometry"
PAGE_KEY = "mainWindow/page"
LAST_DATABASE_KEY = "database/last"
DEFAULT_SIZE = (1200, 760)
DATABASE_FILTER = "Beroepsplanner (*.db);;*"

PAGE_NAMES = ("planner", "catalog", "companies", "classes", "overview")
"""The screens in navigation order: Jaarplanning, Catalogus, Bedrijven, Klassen, Overzicht."""



def page_class(name: str) -> type[Page]:
    """The class of screen ``name``, its module imported when the screen is first built."""
    if name == "planner":
        from beroepsplanner.ui.planner_page import PlannerPage

        return PlannerPage
    if name == "catalog":
        from beroepsplanner.ui.catalog_page import CatalogPage

        return CatalogPage
    if name == "companies":
        from beroepsplanner.ui.companies_page import CompaniesPage

        return CompaniesPage
    if name == "classes":
        from beroepsplanner.ui.classes_page import ClassesPage

        return ClassesPage
    from beroepsplanner.ui.overview_page import OverviewPage

    return OverviewPage


def page_title(name: str) -> str:
    """The title of page ``name`` in the navigation, without building the page (the
    same text, in the same translation context, as the page's own ``title()``)."""
    translate = QCoreApplication.translate
    titles = {
        "planner": lambda: translate("PlannerPage", "Year plan"),
        "catalog": lambda: translate("CatalogPage", "Catalogue"),
        "companies": lambda: translate("CompaniesPage", "Companies"),
        "classes": lambda: translate("ClassesPage", "Classes"),
        "overview": lambda: translate("OverviewPage", "Overview"),
    }
    return titles[name]()


class MainWindow(QMainWindow):
    """The program window on one ``Workspace``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("mainWindow")
        self.manual_dialog: QDialog | None = None
        self.pages: dict[str, Page] = {}
        """The screens built so far, by name (``page`` builds the others when asked)."""

        self._build_central_widget()
        self._build_menus()
        self._build_status_bar()

        workspace.databaseChanged.connect(self._show_database)
        workspace.dataChanged.connect(self._show_status)
        workspace.failed.connect(self._show_failure)

        self.resize(fitting_size(DEFAULT_SIZE))
        self._restore_geometry()
        self._show_database()
        self.show_page(_remembered_page())

    # --- building --------------------------------------------------------------

    def _build_central_widget(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        titles = [page_title(name) for name in PAGE_NAMES]
        for name, title in zip(PAGE_NAMES, titles, strict=True):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the page's place until it is built
        widest = max(self.fontMetrics().horizontalAdvance(title) for title in titles)
        self.navigation.setFixedWidth(widest + 48)
        self.navigation.currentRowChanged.connect(self._on_navigation)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def page(self, name: str) -> Page:
        """The screen ``name`` (one of ``PAGE_NAMES``), built and put in its place when it
        is asked for the first time."""
        built = self.pages.get(name)
        if built is not None:
            return built
        if name not in PAGE_NAMES:
            raise KeyError(name)
        page = page_class(name)(self.workspace)
        row = PAGE_NAMES.index(name)
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if current == row:
            self.stack.setCurrentIndex(row)
        self.pages[name] = page
        page.chainBuilderRequested.connect(self.open_chain_builder)
        if name == "classes":
            requested = page.newYearRequested  # type: ignore[attr-defined]  # ClassesPage's signal
            requested.connect(lambda: self.new_school_year(page="classes"))
        return page

    @property
    def planner_page(self) -> PlannerPage:
        return self.page("planner")  # type: ignore[return-value]  # page_class("planner")

    @property
    def catalog_page(self) -> CatalogPage:
        return self.page("catalog")  # type: ignore[return-value]  # page_class("catalog")

    @property
    def companies_page(self) -> CompaniesPage:
        return self.page("companies")  # type: ignore[return-value]  # page_class("companies")

    @property
    def classes_page(self) -> ClassesPage:
        return self.page("classes")  # type: ignore[return-value]  # page_class("classes")

    @property
    def overview_page(self) -> OverviewPage:
        return self.page("overview")  # type: ignore[return-value]  # page_class("overview")

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.new_action = self._action(self.tr("&New database…"), self.new_database)
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open database…"), self.open_database)
        self.open_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.server_action = self._action(
            self.tr("Connect to &school server…"), self.connect_to_server
        )
        self.server_action.setObjectName("connectServerAction")
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.restore_action = self._action(self.tr("&Restore a back-up…"), self.restore)
        self.new_year_action = self._action(self.tr("New school &year…"), self.new_school_year)
        self.new_year_action.setObjectName("newSchoolYearAction")
        self.export_plan_action = self._action(self.tr("&Export plan…"), self.export_plan)
        self.import_plan_action = self._action(self.tr("&Import plan…"), self.import_plan)
        self.print_action = self._action(self.tr("&Print…"), self.show_print_dialog)
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.quit_action = self._action(self.tr("&Quit"), self.close)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            # Windows has no standard Quit key; Ctrl+Q is what teachers know from other programs.
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.new_action, self.open_action, self.server_action, None,
                       self.new_year_action, None,
                       self.backup_action, self.restore_action, None, self.export_plan_action,
                       self.import_plan_action, None, self.print_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("editMenu")
        stack = self.workspace.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in self.redo_action.shortcuts():
            self.redo_action.setShortcuts([*self.redo_action.shortcuts(), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.school_year_action = self._action(
            self.tr("School &year: study days and holidays…"), self.show_school_year
        )
        self.edit_menu.addAction(self.school_year_action)
        # The same dialog, found by what a teacher looks for: the school's name and region.
        self.school_action = self._action(
            self.tr("S&chool: name, place and region…"), lambda: self.show_school_year(school=True)
        )
        self.edit_menu.addAction(self.school_action)
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.edit_menu.addAction(self.settings_action)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.manual_action = self._action(self.tr("&Manual"), self.show_manual)
        self.manual_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.help_menu.addAction(self.manual_action)
        self.log_file_action = self._action(self.tr("Open &log file"), self.open_log_file)
        self.help_menu.addAction(self.log_file_action)
        self.about_action = self._action(self.tr("&About Beroepsplanner"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

        find = QAction(self)
        find.setShortcuts(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_filter)
        self.addAction(find)

    def _action(self, text: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setContentsMargins(6, 0, 0, 0)
        self.path_label = QLabel()
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    # --- pages -------------------------------------------------------------------

    def show_page(self, name: str) -> Page:
        """Show the page ``name`` (one of ``PAGE_NAMES``) and return it."""
        row = PAGE_NAMES.index(name) if name in PAGE_NAMES else 0
        self.navigation.setCurrentRow(row)
        return self.current_page()

    def current_page(self) -> Page:
        row = self.navigation.currentRow()
        return self.page(PAGE_NAMES[row if row >= 0 else 0])

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGE_NAMES[row])
        self.stack.setCurrentIndex(row)
        page.refresh()
        QSettings().setValue(PAGE_KEY, PAGE_NAMES[row])
        self._show_status()

    def _focus_filter(self) -> None:
        focus = getattr(self.current_page(), "focus_filter", None)
        if focus is not None:
            focus()

    # --- showing -----------------------------------------------------------------

    def _show_database(self) -> None:
        if not self.workspace.is_open:
            self.new_year_action.setEnabled(False)
            self.setWindowTitle(PROGRAM_NAME)
            self.path_label.clear()
            self.count_label.clear()
            return
        location = self.workspace.location
        assert location is not None
        self._show_title()
        self.path_label.setText(str(location))
        self.path_label.setToolTip(str(location))
        self._show_status()
        from beroepsplanner.ui.place_warning import warn_about_place

        warn_about_place(self, location)

    def _show_title(self) -> None:
        location = self.workspace.location
        name = self.workspace.school_name or (location.database_name if location is not None else "")
        self.setWindowTitle(f"{PROGRAM_NAME} — {name}" if name else PROGRAM_NAME)

    def _show_status(self, subject: str = "") -> None:
        if not self.workspace.is_open:
            return
        if subject == "school":
            # The school's name may have changed (Edit > School year): the title follows.
            self._show_title()
        # A new school year comes after an existing one; the very first is the welcome's.
        self.new_year_action.setEnabled(self.workspace.school_name is not None)
        self.count_label.setText(self._count_text(self.workspace.counts()))

    def _count_text(self, counts: dict[str, int]) -> str:
        parts = [
            self.tr("%n activities", "", counts.get("activities", 0)),
            self.tr("%n companies", "", counts.get("companies", 0)),
            self.tr("%n classes", "", counts.get("classes", 0)),
            self.tr("%n chains", "", counts.get("chains", 0)),
        ]
        return " · ".join(parts)

    def show_start(self, path: Path | DatabaseLocation | str, view: StartView | None) -> QWidget | None:
        """While the database of ``path`` (a file, a server's location or its URL as text)
        opens (``ui/start.py``): its name, and the first screen kept from the last start
        (``view``; None: nothing kept), read-only. Returns the widget that paints the kept
        year plan next, if it shows one."""
        if isinstance(path, str):
            from beroepsplanner.store.url_text import database_name, without_password

            own_name, shown = database_name(path), without_password(path)
        else:
            own_name = path.name if isinstance(path, Path) else path.database_name
            shown = str(path)
        name = (view.school_name if view is not None else None) or own_name
        self.setWindowTitle(f"{PROGRAM_NAME} — {name}")
        self.path_label.setText(shown)
        self.path_label.setToolTip(shown)
        if view is None:
            return None
        self.count_label.setText(self._count_text(view.counts))
        planner = self.pages.get("planner")
        if planner is None or view.plan is None:
            return None
        planner.show_view(view.plan, kept_state=view.state)  # type: ignore[attr-defined]  # PlannerPage
        return planner.grid.viewport() if planner.grid_data else None  # type: ignore[attr-defined]

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The change was not made"), message)

    def show_manual(self) -> None:
        """Help > Handleiding: the manual beside the window (one at a time, not modal)."""
        from beroepsplanner.ui.manual import ManualDialog

        if self.manual_dialog is None:
            self.manual_dialog = ManualDialog(self)
        self.manual_dialog.show()
        self.manual_dialog.raise_()
        self.manual_dialog.activateWindow()

    def open_log_file(self) -> None:
        """Help > Logbestand openen: the log (for support) in the system's text viewer."""
        from beroepsplanner.ui.log_file import open_log_file

        open_log_file(self)

    def show_about(self) -> None:
        from beroepsplanner.ui.about import AboutDialog

        AboutDialog(self).exec()

    def show_settings(self) -> None:
        """Bewerken > Instellingen: the language, used from the next start."""
        from beroepsplanner.ui.settings import SettingsDialog

        SettingsDialog(self).exec()

    # --- files -------------------------------------------------------------------

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self._folder(), DATABASE_FILTER
        )
        if path:
            if not path.lower().endswith(".db"):
                path += ".db"
            if self.open_path(Path(path)):
                self.welcome_if_new()

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self._folder(), DATABASE_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open (or create) the database at ``path``; on failure the open one stays.

        A symbolic link is followed once, here: the window works on the real file."""
        path = Path(os.path.realpath(path))
        try:
            self.workspace.open(path)
        except BeroepsplannerError as exc:
            QMessageBox.critical(self, self.tr("The database cannot be opened"), _shown(exc))
            return False
        QSettings().setValue(LAST_DATABASE_KEY, str(path))
        return True

    def connect_to_server(self) -> bool:
        """File > Connect to school server…: the dialog; True when a server database is
        open afterwards. A refusal is shown in the dialog; the open database stays."""
        from beroepsplanner.ui.server_dialog import ServerDialog

        return bool(ServerDialog(self.open_server, self).exec())

    def open_server(self, location: DatabaseLocation, remember: bool) -> None:
        """Open the server database at ``location`` (raises the store's Dutch error) and
        keep or forget the typed password in the system's keyring."""
        self.workspace.open(location)
        QSettings().setValue(LAST_DATABASE_KEY, str(location))
        keep_or_forget_password(location, remember, self)

    def back_up(self) -> None:
        """File > Back up…: of a file, or of a server database (a database file then)."""
        location = self.workspace.location
        if location is None:
            return
        # A dated name in Documents: a back-up belongs with the user's files, not beside
        # the database (where a lost disk takes both).
        name = backup_name(self.workspace.school_name or Path(location.database_name).stem)
        suggested = str(documents_folder() / name)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), suggested, DATABASE_FILTER
        )
        if not target:
            return
        from beroepsplanner.store.server_backup import back_up as back_up_database

        try:
            with busy():
                back_up_database(location, Path(target))
        except BeroepsplannerError as exc:
            QMessageBox.critical(self, self.tr("Back-up failed"), _shown(exc))
            return
        self.statusBar().showMessage(self.tr("Back-up saved in %1").replace("%1", target), 8000)

    def restore(self) -> None:
        if self.workspace.location is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a back-up"), self._folder(), DATABASE_FILTER
        )
        if not chosen:
            return
        self.restore_from(Path(chosen))

    def restore_from(self, backup: Path, *, confirm: bool = True) -> bool:
        """Replace the open database by ``backup``; the current file is kept aside (on a
        server: what it held is kept in a back-up file first)."""
        current = self.workspace.location
        if current is None:
            return False
        if confirm:
            question = (
                self.tr(
                    "Everything in the database %1 on the school server is replaced by the "
                    "back-up %2, for every colleague. What it holds now is kept in a back-up "
                    "file first. Ask your colleagues to close Beroepsplanner. Continue?"
                ).replace("%1", current.database_name)
                if current.is_server
                else self.tr(
                    "The database is replaced by the back-up %1. The current file is kept "
                    "beside it, so nothing is lost. Continue?"
                )
            ).replace("%2" if current.is_server else "%1", backup.name)
            answer = QMessageBox.question(self, self.tr("Restore a back-up"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from beroepsplanner.store.server_backup import restore as restore_database

        self.workspace.close()
        try:
            # The current file is kept as "<name>.voor-terugzetten-…" in the window's language.
            with busy():
                kept = restore_database(backup, current, kept_as=self.tr("before-restore"))
        except BeroepsplannerError as exc:
            QMessageBox.critical(self, self.tr("Restoring failed"), _shown(exc))
            self._reopen(current)
            return False
        if not self._reopen(current):
            return False
        if kept is not None and current.is_server:
            self.statusBar().showMessage(
                self.tr("Back-up restored; what the server held is kept in %1").replace(
                    "%1", str(kept)
                ),
                15000,
            )
        elif kept is not None:
            self.statusBar().showMessage(
                self.tr("Back-up restored; the previous file is kept as %1").replace(
                    "%1", kept.name
                ),
                10000,
            )
        return True

    def _reopen(self, location: DatabaseLocation) -> bool:
        """Open ``location`` again after a restore; a refusal is shown."""
        if location.path is not None:
            return self.open_path(location.path)
        try:
            self.workspace.open(location)
        except BeroepsplannerError as exc:
            QMessageBox.critical(self, self.tr("The database cannot be opened"), _shown(exc))
            return False
        return True

    def open_chain_builder(self, request: ChainRequest | None = None) -> None:
        """The chain builder on an existing chain, or on a new chain for a class."""
        from beroepsplanner.ui.chain_builder import ChainBuilderDialog

        if self.workspace.is_open:
            ChainBuilderDialog(self.workspace, request or ChainRequest(), self).exec()

    def welcome_if_new(self) -> None:
        """On a database without a school: the first-use welcome, then the chain builder."""
        if not self.workspace.is_open or self.workspace.school_name is not None:
            return
        from beroepsplanner.ui.welcome import WelcomeDialog

        welcome = WelcomeDialog(self.workspace, self)
        if welcome.exec() and welcome.class_id is not None:
            self.show_page("planner")
            self.open_chain_builder(ChainRequest(class_id=welcome.class_id))

    def new_school_year(self, *, page: str = "planner") -> bool:
        """File > New school year…: the wizard; after Do it the year plan (or ``page``
        "classes": the Klassen page) shows the new year. True when the new year was made."""
        from beroepsplanner.ui.next_year_wizard import NextYearWizard

        if not self.workspace.is_open or self.workspace.school_name is None:
            return False
        try:
            wizard = NextYearWizard(self.workspace, self)
        except BeroepsplannerError as exc:
            QMessageBox.warning(self, self.tr("New school year"), _shown(exc))
            return False
        made = bool(wizard.exec()) and wizard.summary is not None
        summary = wizard.summary
        wizard.deleteLater()
        if not made or summary is None:
            return False
        shown = self.classes_page if page == "classes" else self.planner_page
        shown.show_year(summary.label)
        self.show_page(page)
        self.statusBar().showMessage(
            self.tr("School year %1 made. Edit > Undo takes the whole move back.").replace(
                "%1", summary.label
            ),
            15000,
        )
        return True

    def show_school_year(self, *, school: bool = False) -> None:
        """Edit > School year…: study days and the holiday weeks the school chooses; the
        school's name, place and region on top (``school``: start in its name)."""
        from beroepsplanner.ui.school_year_dialog import SchoolYearDialog

        if self.workspace.is_open:
            dialog = SchoolYearDialog(self.workspace, self)
            box = getattr(dialog, "school_box", None)
            if school and box is not None:
                box.name_edit.setFocus()
            dialog.exec()
            dialog.deleteLater()

    def export_plan(self) -> None:
        """File > Export plan…: every school year as a plan file (JSON, version 2)."""
        if not self.workspace.is_open:
            return
        suggested = str(Path(self._folder()) / "plan.json")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export plan"), suggested, self.tr("Plan file (*.json)")
        )
        if not target:
            return
        from beroepsplanner.ui.plan_files import export_plan_to

        try:
            classes, chains = export_plan_to(self.workspace, Path(target))
        except BeroepsplannerError as exc:
            QMessageBox.warning(self, self.tr("Export plan"), _shown(exc))
            return
        self.statusBar().showMessage(
            self.tr("Plan written to %1: %2 classes, %3 chains")
            .replace("%1", target).replace("%2", str(classes)).replace("%3", str(chains)),
            10000,
        )

    def import_plan(self) -> None:
        """File > Import plan…: choose a plan file, confirm, back up, import."""
        if not self.workspace.is_open:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import plan"), self._folder(), self.tr("Plan file (*.json)")
        )
        if chosen:
            self.import_plan_from(Path(chosen))

    def import_plan_from(
        self, path: Path, *, confirm: bool = True, backup_folder: Path | None = None
    ) -> bool:
        """Import the plan file ``path``; classes that exist are replaced only when confirmed.

        The back-up made first goes to ``backup_folder`` (default: the automatic back-ups).
        """
        from beroepsplanner.ui.plan_files import import_plan_file, read_plan_for_import, summary_text

        try:
            plan = read_plan_for_import(self.workspace, path)
        except BeroepsplannerError as exc:
            QMessageBox.warning(self, self.tr("Import plan"), _shown(exc))
            return False
        replace = False
        if plan.existing_classes:
            answer = QMessageBox.question(
                self,
                self.tr("Import plan"),
                self.tr(
                    "These classes already exist in school year %1: %2. Replace them, with their "
                    "pupils and chains, by the classes of the file?"
                )
                .replace("%1", plan.school_year)
                .replace("%2", ", ".join(plan.existing_classes)),
            ) if confirm else QMessageBox.StandardButton.Yes
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        try:
            summary, backup = import_plan_file(
                self.workspace, plan, replace=replace, backup_folder=backup_folder
            )
        except BeroepsplannerError as exc:
            QMessageBox.warning(self, self.tr("Import plan"), _shown(exc))
            return False
        self._show_database()
        if confirm:
            QMessageBox.information(self, self.tr("Import plan"), summary_text(summary, backup))
        return True

    def show_print_dialog(self) -> None:
        from beroepsplanner.ui.print_dialog import PrintDialog

        if self.workspace.is_open:
            # On the chain selected in the planner, else on the next chain of its class.
            grid = self.planner_page.grid
            dialog = PrintDialog(
                self.workspace, self, chain_id=grid.selected_chain, class_id=grid.current_class
            )
            dialog.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 30000))
            dialog.exec()
            dialog.deleteLater()

    def _folder(self) -> str:
        path = self.workspace.path
        return str(path.parent) if path is not None else str(Path.home())

    # --- window state ------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, bytes):
            geometry = QByteArray(geometry)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.workspace.location is not None:
            # A server's URL without its password (DatabaseLocation.__str__).
            QSettings().setValue(LAST_DATABASE_KEY, str(self.workspace.location))
        super().closeEvent(event)


def _shown(exc: BeroepsplannerError) -> str:
    """``exc``'s message in the window's language (``ui/error_text.py``, imported when needed)."""
    from beroepsplanner.ui import error_text

    return error_text.error(exc)


def keep_or_forget_password(
    location: DatabaseLocation, remember: bool, parent: QWidget | None
) -> None:
    """After a connection: keep the typed password in the system's keyring (ticked), or
    forget an older one kept for this login (typed without the tick); nothing typed:
    nothing changes. A keyring that cannot keep it gives a warning, not a failure."""
    from beroepsplanner.store.server_password import forget_password, remember_password

    assert location.url is not None
    password = location.url.password
    if not password:
        return
    if not remember:
        forget_password(location.url)
        return
    try:
        remember_password(location.url, str(password))
    except BeroepsplannerError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MainWindow", "Password not kept"),
            _shown(exc),
        )


def documents_folder() -> Path:
    """The user's Documents folder (Qt knows it on every system), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def backup_name(school: str, today: dt.date | None = None) -> str:
    """``basisschool-de-vlieger-back-up-2026-12-05.db``: whose back-up, and of which day
    (``…-backup-…`` in the English window)."""
    from beroepsplanner.domain.catalog import slug

    day = (today or dt.date.today()).isoformat()
    backup = slug(QCoreApplication.translate("MainWindow", "backup")) or "backup"
    return f"{slug(school) if school.strip() else 'beroepsplanner'}-{backup}-{day}.db"


def _remembered_page() -> str:
    value = QSettings().value(PAGE_KEY)
    return value if isinstance(value, str) and value in PAGE_NAMES else "planner"


def last_database() -> Path | DatabaseLocation | None:
    """The database the window had open last time: a file that still exists, or a
    server database (its URL, stored without password)."""
    value = QSettings().value(LAST_DATABASE_KEY)
    if not isinstance(value, str) or not value:
        return None
    if "://" not in value:
        # A file (the usual case): no need to import the database layer for it.
        return Path(value) if Path(value).is_file() else None
    from beroepsplanner.store.location import DatabaseLocation

    try:
        location = DatabaseLocation.parse(value)
    except BeroepsplannerError:
        return None
    if location.is_server:
        return location
    return Path(value) if Path(value).is_file() else None
