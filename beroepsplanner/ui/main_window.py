"""The main window: for now the catalog of activities of the open database."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner import __version__
from beroepsplanner.ui.models.activity_table import (
    ActivityFilterModel,
    ActivityTableModel,
    Column,
)
from beroepsplanner.ui.workspace import Workspace

PROGRAM_NAME = "Beroepsplanner"
GEOMETRY_KEY = "mainWindow/geometry"
DEFAULT_SIZE = (1100, 700)

# Widest a text column gets from "resize to contents"; longer text is elided, with a tooltip.
_MAX_COLUMN_WIDTH = {Column.TITLE: 340, Column.PROVIDER: 220, Column.KIND: 180}


class MainWindow(QMainWindow):
    """The program window on one ``Workspace``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("mainWindow")

        self.activity_model = ActivityTableModel(self)
        self.activity_proxy = ActivityFilterModel(self)
        self.activity_proxy.setSourceModel(self.activity_model)

        self._build_central_widget()
        self._build_menus()
        self._build_status_bar()

        self.filter_edit.textChanged.connect(self.activity_proxy.setFilterFixedString)
        self.activity_proxy.modelReset.connect(self._show_row_count)
        self.activity_proxy.rowsInserted.connect(self._show_row_count)
        self.activity_proxy.rowsRemoved.connect(self._show_row_count)
        self.activity_proxy.layoutChanged.connect(self._show_row_count)
        workspace.databaseChanged.connect(self.reload)

        self.resize(*DEFAULT_SIZE)
        self._restore_geometry()
        self.reload()

    # --- building --------------------------------------------------------------

    def _build_central_widget(self) -> None:
        self.heading_label = QLabel(self.tr("Catalogue"))
        self.heading_label.setObjectName("headingLabel")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading_label.setFont(font)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading_label)
        heading_row.addStretch(1)
        heading_row.addWidget(self.summary_label)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Search activities…"))
        self.filter_edit.setClearButtonEnabled(True)

        self.activity_view = QTableView()
        self.activity_view.setObjectName("activityView")
        self.activity_view.setModel(self.activity_proxy)
        self.activity_view.setSortingEnabled(True)
        self.activity_view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.activity_view.setAlternatingRowColors(True)
        self.activity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activity_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity_view.setWordWrap(False)
        self.activity_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.activity_view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.activity_view.fontMetrics().height() + 10)
        header = self.activity_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout()
        layout.addLayout(heading_row)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.activity_view, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            # Windows has no standard Quit key; Ctrl+Q is what teachers know from other programs.
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("&About Beroepsplanner"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

        find = QAction(self)
        find.setShortcuts(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_filter)
        self.addAction(find)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setContentsMargins(6, 0, 0, 0)
        self.path_label = QLabel()
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    # --- showing -----------------------------------------------------------------

    def reload(self) -> None:
        """Read everything the window shows from the workspace again."""
        if not self.workspace.is_open:
            self.activity_model.set_activities([])
            self.setWindowTitle(PROGRAM_NAME)
            self.summary_label.clear()
            self.path_label.clear()
            return
        self.activity_model.set_activities(self.workspace.activities())
        self._fit_columns()
        path = self.workspace.path
        assert path is not None
        name = self.workspace.school_name or path.name
        self.setWindowTitle(f"{PROGRAM_NAME} — {name}")
        self.path_label.setText(str(path))
        self.path_label.setToolTip(str(path))
        self._show_summary(self.workspace.counts())

    def _fit_columns(self) -> None:
        self.activity_view.resizeColumnsToContents()
        header = self.activity_view.horizontalHeader()
        for column, widest in _MAX_COLUMN_WIDTH.items():
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _show_summary(self, counts: dict[str, int]) -> None:
        parts = [
            self.tr("%n companies", "", counts.get("companies", 0)),
            self.tr("%n classes", "", counts.get("classes", 0)),
            self.tr("%n chains", "", counts.get("chains", 0)),
        ]
        self.summary_label.setText(" · ".join(parts))

    def _show_row_count(self) -> None:
        shown = self.activity_proxy.rowCount()
        total = self.activity_model.rowCount()
        if shown == total:
            text = self.tr("%n activities", "", total)
        else:
            text = self.tr("%n of %1 activities shown", "", shown).replace("%1", str(total))
        self.count_label.setText(text)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_about(self) -> None:
        version = self.tr("Version %1").replace("%1", __version__)
        purpose = self.tr(
            "Plans career orientation for primary schools as chains: "
            "preparation lessons, an activity and reflection lessons."
        )
        text = f"<h3>{PROGRAM_NAME}</h3><p>{escape(version)}</p><p>{escape(purpose)}</p>"
        QMessageBox.about(self, self.tr("About Beroepsplanner"), text)

    # --- window state ------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, (QByteArray, bytes)) and len(geometry) > 0:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
